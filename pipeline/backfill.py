"""Backfill of long date ranges in chunks, resumable without refetching what is done.

A range ``[start, end)`` is cut into chunks of ``days`` days (UTC midnights). For each chunk every
outlet is crawled with the run key ``<chunk key>-<source>`` and, once crawled, gets a done-marker
in the lake (``pipeline.datasets.backfill_marker_key``); then the chunk's pages are processed with
the run key ``<chunk key>`` and the chunk gets its own marker listing the outlets processed. A
chunk (or a whole backfill) started again skips the outlets and chunks already marked, so a
failure costs at most the outlet that failed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from pipeline.config import interval_run_key
from pipeline.datasets import backfill_marker_key
from pipeline.errors import ConfigError, RasdError
from pipeline.lake import open_lake

CHUNK_PREFIX = "backfill-"


def parse_day(text: str, field: str) -> datetime:
    """A date (``YYYY-MM-DD``, or a full ISO timestamp) as a UTC datetime."""
    try:
        moment = datetime.fromisoformat(str(text).strip())
    except ValueError:
        raise ConfigError(
            f"backfill {field} {text!r} is not a date", "write it as YYYY-MM-DD"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def plan_chunks(start: datetime, end: datetime, days: int) -> list[dict[str, str]]:
    """Cut ``[start, end)`` into chunks of ``days`` days; each as {key, start, end} (ISO strings)."""
    if end <= start:
        raise ConfigError(
            f"backfill range {start:%Y-%m-%d}..{end:%Y-%m-%d} is empty",
            "give a to_date after from_date",
        )
    if days < 1:
        raise ConfigError(f"backfill chunk_days {days} is below 1", "use 1 or more days per chunk")
    chunks = []
    lo = start
    while lo < end:
        hi = min(lo + timedelta(days=days), end)
        chunks.append({"key": chunk_key(lo, hi), "start": lo.isoformat(), "end": hi.isoformat()})
        lo = hi
    return chunks


def chunk_key(start: datetime, end: datetime) -> str:
    """Run key of a backfill chunk: ``backfill-<interval>``."""
    return CHUNK_PREFIX + interval_run_key(start, end)


def _default_crawl() -> Callable[..., dict[str, Any]]:
    from pipeline.crawler import load_crawler  # the Scrapy crawler, through its entry point

    return load_crawler()


def _default_process() -> Callable[..., dict[str, Any]]:
    from pipeline.processing import process

    return process


def run_chunk(
    sources_file: str,
    lake_uri: str,
    sources: list[str],
    chunk: dict[str, str],
    *,
    crawl: Callable[..., dict[str, Any]] | None = None,
    process: Callable[..., dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Crawl and process one chunk, skipping what its markers say is done; return a summary.

    Outlets that fail are listed in ``failed_sources`` (see :func:`raise_for_failed`); the
    others are processed and marked.
    """
    crawl = crawl or _default_crawl()
    process = process or _default_process()
    lake = open_lake(lake_uri)
    key = chunk["key"]
    since, until = parse_day(chunk["start"], "start"), parse_day(chunk["end"], "end")
    out: dict[str, Any] = {
        "chunk": key,
        "fetched": 0,
        "new": 0,
        "failed": 0,
        "duplicates": 0,
        "rejects": 0,
        "bytes": 0,
        "crawled": [],
        "skipped": [],
        "failed_sources": [],
        "processed": False,
    }
    crawled_now = False
    for source in sources:
        marker = backfill_marker_key(key, source)
        if lake.exists(marker):
            out["skipped"].append(source)
            continue
        run_key = f"{key}-{source}"
        result = crawl(
            sources_file, lake_uri, sources=[source], since=since, until=until, run_key=run_key
        )
        stats = (result.get("sources") or {}).get(source) or {}
        for field in ("fetched", "new", "failed", "bytes"):
            out[field] += int(stats.get(field) or 0)
        if stats.get("error") or source in (result.get("failed_sources") or []):
            out["failed_sources"].append(source)
            continue
        lake.put_json(marker, {"run_key": run_key, "summary": stats})
        out["crawled"].append(source)
        crawled_now = True
    done = [s for s in sources if s not in out["failed_sources"]]
    chunk_marker = backfill_marker_key(key)
    previous = lake.get_json(chunk_marker) or {}
    if done and (crawled_now or not set(done) <= set(previous.get("sources", []))):
        result = process(
            lake_uri,
            sources=done,
            crawl_run_keys=[f"{key}-{s}" for s in done],
            run_key=key,
            sources_file=sources_file,
        )
        lake.put_json(chunk_marker, {"sources": done, "summary": result})
        out["processed"] = True
        out["new"] = int(result.get("articles", 0))
        out["duplicates"] = int(result.get("duplicates", 0))
        out["rejects"] = int(result.get("rejects", 0))
        out["failed"] += int(result.get("failed", 0))
    return out


def raise_for_failed(result: dict[str, Any]) -> None:
    """Raise a :class:`RasdError` naming the outlets of a chunk that failed, if any."""
    if result["failed_sources"]:
        raise RasdError(
            f"backfill chunk {result['chunk']}: outlets {', '.join(result['failed_sources'])} "
            "failed (the others are done and marked)",
            "see the crawl log; re-running the chunk fetches only what is not yet marked done",
        )
