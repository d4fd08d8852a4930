"""Test helper: put pages into a lake's raw archive (WARC + RAW_INDEX) as a crawl run would."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from pipeline.datasets import RAW_INDEX, crawl_file_run_key, warc_key, write_run
from pipeline.lake import Lake
from pipeline.urls import canonical_url, iri_to_uri
from pipeline.warc_archive import WarcBuffer

Page = tuple[str, bytes | str, str]  # url, body, content type


def archive_pages(
    lake: Lake,
    pages: Mapping[str, Sequence[Page]],
    run_key: str,
    fetched_at: datetime | None = None,
    status: int = 200,
) -> list[dict]:
    """Write each source's pages as one WARC file and its RAW_INDEX rows; return the rows."""
    rows: list[dict] = []
    for source, source_pages in pages.items():
        source_rows = _archive_source(lake, source, source_pages, run_key, fetched_at, status)
        # as the crawler does: one file set per source, rows keep the crawl's run key
        write_run(lake, RAW_INDEX, source_rows, crawl_file_run_key(run_key, source))
        rows += source_rows
    return rows


def _archive_source(
    lake: Lake,
    source: str,
    pages: Sequence[Page],
    run_key: str,
    fetched_at: datetime | None,
    status: int,
) -> list[dict]:
    start = fetched_at or datetime(2026, 1, 10, 8, 0, tzinfo=UTC)
    buffer = WarcBuffer()
    key = warc_key(source, start.date(), run_key, 0)
    rows = []
    for i, (url, body, ctype) in enumerate(pages):
        data = body.encode("utf-8") if isinstance(body, str) else body
        moment = start + timedelta(seconds=i)
        url = iri_to_uri(url)  # as Scrapy hands it over: percent-encoded
        written = buffer.add(url, status, [("Content-Type", ctype)], data, moment)
        rows.append(
            {
                "source": source,
                "crawl_date": start.date().isoformat(),
                "url": url,
                "canonical_url": canonical_url(url),
                "warc_key": key,
                "offset": written.offset,
                "length": written.length,
                "status": status,
                "fetched_at": moment,
                "content_type": ctype,
                "digest": written.digest,
                "discovered_via": "test",
                "lastmod": None,
                "run_key": run_key,
            }
        )
    lake.put(key, buffer.getvalue())
    return rows
