"""URL hygiene: canonical URLs, article ids, Arabic IRIs percent-encoded both ways, site checks."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import (
    SplitResult,
    parse_qsl,
    quote,
    unquote,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)

# query parameters that only track the reader, never select the content
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref",
        "ref_src",
        "share",
        "amp",
        "output",
        "s_cid",
        "xtor",
        "at_medium",
        "at_campaign",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_PCT = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = "/?:@!$'()*+,;-._~%"


def _encode_component(text: str, safe: str) -> str:
    """Percent-encode non-ASCII and unsafe characters; upper-case escapes; decode unreserved ones."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    # a '%' not followed by two hex digits is a literal percent sign
    text = re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", text)
    return _PCT.sub(fix, quote(text, safe=safe, encoding="utf-8", errors="strict"))


def iri_to_uri(url: str) -> str:
    """Percent-encode an IRI (Arabic path, query or host) into an ASCII URI; idempotent."""
    parts = urlsplit(url.strip())
    host = _encode_host(parts.hostname or "")
    netloc = _netloc(parts, host)
    path = _encode_component(parts.path, _PATH_SAFE)
    query = _encode_component(parts.query, _QUERY_SAFE + "=&")
    fragment = _encode_component(parts.fragment, _QUERY_SAFE + "=&#")
    return urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))


def uri_to_iri(url: str) -> str:
    """Decode percent-encoded UTF-8 (e.g. an Arabic path) for display; reserved escapes stay."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        host = host.encode("ascii").decode("idna") if "xn--" in host else host
    except UnicodeError:
        pass
    netloc = _netloc(parts, host)
    return urlunsplit(
        (parts.scheme, netloc, _decode_component(parts.path), _decode_component(parts.query), "")
    ) + (f"#{_decode_component(parts.fragment)}" if parts.fragment else "")


def _decode_component(text: str) -> str:
    """Decode runs of escapes that form non-ASCII UTF-8; keep ASCII escapes (%2F, %20...) as they are."""

    def run(match: re.Match[str]) -> str:
        raw = match.group(0)
        data = bytes(int(h, 16) for h in re.findall(r"%([0-9A-Fa-f]{2})", raw))
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            return raw
        out = []
        for char in decoded:
            out.append(char if ord(char) > 127 else quote(char, safe=""))
        return "".join(out)

    return re.sub(r"(?:%[0-9A-Fa-f]{2})+", run, text)


def _encode_host(host: str) -> str:
    host = host.lower().rstrip(".")
    if host and not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            host = quote(host, safe=".-")
    return host


def _netloc(parts: SplitResult, host: str) -> str:
    """Rebuild user@host:port, dropping the scheme's default port."""
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"[{host}]" if ":" in host else host
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    if port and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        netloc = f"{netloc}:{port}"
    return netloc


def is_tracking_param(name: str) -> bool:
    """Tell whether a query parameter only tracks the reader (utm_*, fbclid...)."""
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def canonical_url(url: str, base: str | None = None) -> str:
    """Canonical form: lower-case scheme/host, no default port, no fragment, no tracking params.

    Arabic paths are percent-encoded (UTF-8, upper-case hex); remaining query parameters are sorted.
    """
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    netloc = _netloc(
        parts._replace(scheme=scheme, netloc=parts.netloc.rpartition("@")[2]),
        _encode_host(parts.hostname or ""),
    )
    path = _encode_component(parts.path or "/", _PATH_SAFE)
    path = re.sub(r"/{2,}", "/", path)
    pairs = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    ]
    query = urlencode(sorted(pairs), doseq=True, quote_via=quote, safe="/:@!$'()*+,;-._~")
    return urlunsplit((scheme, netloc, path, query, ""))


def article_id(canonical: str) -> str:
    """Stable article id: first 16 hex digits of SHA-256 of the canonical URL."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def host_of(url: str) -> str:
    """Lower-case host of a URL (IDNA-encoded), without port."""
    return _encode_host(urlsplit(url).hostname or "")


def in_domains(url: str, domains: list[str] | tuple[str, ...] | frozenset[str]) -> bool:
    """Tell whether the URL's host is one of ``domains`` or a subdomain of one."""
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)


def decoded_path(url: str) -> str:
    """The URL's path with percent-escapes decoded (for matching patterns written in Arabic)."""
    return unquote(urlsplit(url).path)
