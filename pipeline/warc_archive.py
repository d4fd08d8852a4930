"""The raw archive: WARC files (request + response records, gzip per record) written and read back."""

from __future__ import annotations

import codecs
import hashlib
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.errors import CorruptDataError, LakeKeyNotFound
from pipeline.lake import Lake

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
# names outlets use for the Arabic legacy encodings, mapped to Python codecs
_CHARSET_ALIASES = {
    "windows-1256": "cp1256",
    "cp-1256": "cp1256",
    "win-1256": "cp1256",
    "x-cp1256": "cp1256",
    "iso-8859-6": "iso8859_6",
    "iso_8859-6": "iso8859_6",
    "iso-8859-6-i": "iso8859_6",
    "iso-8859-6-e": "iso8859_6",
    "arabic": "iso8859_6",
    "asmo-708": "iso8859_6",
    "ecma-114": "iso8859_6",
    "iso-ir-127": "iso8859_6",
    "utf8": "utf-8",
}


@dataclass
class RawRecord:
    """One archived HTTP response, as read back from the WARC archive."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    content_type: str | None
    warc_key: str = ""
    offset: int = 0
    length: int = 0

    def header(self, name: str) -> str | None:
        """The first value of a response header (case-insensitive)."""
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), None)

    def text(self) -> str:
        """The body decoded with its declared charset (header, meta or XML declaration)."""
        return decode_body(self.body, self.content_type)


@dataclass
class WrittenRecord:
    """Where a response landed in a WARC file."""

    offset: int
    length: int
    digest: str


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str | None = None) -> str | None:
    """The charset a page declares: HTTP header first, then BOM, meta tag or XML declaration."""
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (codec := _codec(match.group(1))):
            return codec
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    head = body[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match and (codec := _codec(match.group(1).decode("ascii", "replace"))):
            return codec
    return None


def decode_body(body: bytes, content_type: str | None = None) -> str:
    """Decode a page to text, honouring windows-1256 / ISO-8859-6 declared in header or meta.

    Without a declaration: UTF-8 when valid, else windows-1256 (the usual legacy Arabic encoding).
    """
    codec = declared_charset(body, content_type)
    if codec:
        if codec == "utf-8" and body.startswith(codecs.BOM_UTF8):
            body = body[len(codecs.BOM_UTF8) :]
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            if codec != "utf-8":
                return body.decode(codec, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1256", errors="replace")


def payload_digest(body: bytes) -> str:
    """Digest stored in the index: ``sha256:<hex>`` of the response body."""
    return "sha256:" + hashlib.sha256(body).hexdigest()


class WarcBuffer:
    """Accumulates request/response record pairs of one WARC file in memory, gzip per record."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=True)
        self.count = 0

    @property
    def size(self) -> int:
        """Bytes written so far."""
        return self.buffer.tell()

    def add(
        self,
        url: str,
        status: int,
        headers: Sequence[tuple[str, str]],
        body: bytes,
        fetched_at: datetime,
        request_headers: Sequence[tuple[str, str]] = (),
        method: str = "GET",
        protocol: str = "HTTP/1.1",
    ) -> WrittenRecord:
        """Append a response record and its request record; return the response's offset/length."""
        date = fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        headers = [(k, v) for k, v in headers if k.lower() not in ("content-length",)]
        headers.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status} {_reason(status)}", headers, protocol=protocol)
        response = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        offset = self.buffer.tell()
        self.writer.write_record(response)
        length = self.buffer.tell() - offset
        path = _request_target(url)
        req_http = StatusAndHeaders(
            f"{method} {path} {protocol}", list(request_headers), is_http_request=True
        )
        request = self.writer.create_warc_record(
            url,
            "request",
            http_headers=req_http,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        self.writer.write_record(request)
        self.count += 1
        return WrittenRecord(offset=offset, length=length, digest=payload_digest(body))

    def getvalue(self) -> bytes:
        """The WARC file's bytes."""
        return self.buffer.getvalue()


def _request_target(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _read_range(lake: Lake, key: str, offset: int, length: int) -> bytes:
    """Read ``length`` bytes at ``offset`` of a lake object without fetching the whole file."""
    client = getattr(lake, "client", None)
    if client is not None:  # S3: a ranged GET
        from botocore.exceptions import ClientError

        try:
            obj = client.get_object(
                Bucket=lake.bucket,  # type: ignore[attr-defined]
                Key=lake.prefix + key,  # type: ignore[attr-defined]
                Range=f"bytes={offset}-{offset + length - 1}",
            )
        except ClientError as exc:
            raise lake._error(exc, key) from exc  # type: ignore[attr-defined]
        return obj["Body"].read()
    path = Path(lake.url(key))
    if not path.is_file():
        raise LakeKeyNotFound(f"no WARC file {key!r} in lake {lake.uri}")
    with open(path, "rb") as fh:
        fh.seek(offset)
        return fh.read(length)


def parse_record(data: bytes, warc_key: str = "", offset: int = 0) -> RawRecord:
    """Parse one gzipped WARC response record from its bytes."""
    if data[:2] != b"\x1f\x8b":
        raise CorruptDataError(
            f"corrupt WARC record in {warc_key} at offset {offset}: not the start of a gzip member",
            "check the raw_index offset/length against the WARC file, or re-crawl the source",
        )
    try:
        for rec in ArchiveIterator(io.BytesIO(data)):
            if rec.rec_type != "response":
                continue
            http = rec.http_headers
            body = rec.content_stream().read()
            headers = list(http.headers) if http else []
            status = int(http.get_statuscode()) if http else 0
            date = rec.rec_headers.get_header("WARC-Date") or ""
            fetched = datetime.fromisoformat(date.replace("Z", "+00:00")) if date else None
            return RawRecord(
                url=rec.rec_headers.get_header("WARC-Target-URI"),
                status=status,
                headers=headers,
                body=body,
                fetched_at=fetched or datetime.now(UTC),
                content_type=http.get_header("Content-Type") if http else None,
                warc_key=warc_key,
                offset=offset,
                length=len(data),
            )
    except Exception as exc:
        raise CorruptDataError(
            f"corrupt WARC record in {warc_key} at offset {offset}: {exc}",
            "re-crawl the source or delete the WARC file and its raw_index rows",
        ) from exc
    raise CorruptDataError(
        f"no WARC response record in {warc_key} at offset {offset}",
        "check the raw_index offset/length against the WARC file",
    )


def read_record(lake: Lake, warc_key: str, offset: int, length: int) -> RawRecord:
    """Read one archived response back (a ranged read: the rest of the WARC file is not fetched)."""
    return parse_record(_read_range(lake, warc_key, offset, length), warc_key, offset)


def iter_records(data: bytes, warc_key: str = "") -> Iterator[RawRecord]:
    """Every response record of a whole WARC file, with its offset and length."""
    it = ArchiveIterator(io.BytesIO(data))
    spans = []
    for rec in it:
        if rec.rec_type == "response":
            rec.content_stream().read()
            spans.append(it.get_record_offset())
    for offset, nxt in zip(spans, [*spans[1:], None], strict=True):
        chunk = data[offset:] if nxt is None else data[offset:nxt]
        yield parse_record(chunk, warc_key, offset)


def raw_ref(warc_key: str, offset: int, length: int) -> str:
    """The reference stored in articles.raw_ref: ``<warc key>#<offset>:<length>``."""
    return f"{warc_key}#{offset}:{length}"


def parse_raw_ref(ref: str) -> tuple[str, int, int]:
    """Split a raw_ref back into (warc key, offset, length)."""
    key, _, span = ref.rpartition("#")
    offset, _, length = span.partition(":")
    return key, int(offset), int(length)
