"""Item pipeline: archive raw article responses as WARC in the lake, index them, log failures, save state.

Write order makes a crash lose nothing: WARC file PUT, then the RAW_INDEX rows that point into it,
then the crawl state that marks those URLs seen. A crash before the state save only means the next
run fetches that run's pages again. Feed validators and the run's success mark are saved at the end.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pipeline.crawl_state import save_state
from pipeline.datasets import (
    CRAWL_LOG,
    RAW_INDEX,
    crawl_file_run_key,
    read_file,
    run_manifest_key,
    warc_key,
    write_run,
)
from pipeline.warc_archive import WarcBuffer
from spiders.spider import SourceSpider

logger = logging.getLogger(__name__)
_PART = re.compile(r"-(\d{5})\.warc\.gz$")


class ArchivePipeline:
    """Writes one source's crawl into the lake: WARC parts, RAW_INDEX, CRAWL_LOG and crawl state."""

    def __init__(
        self, crawler: Any, part_bytes: int, summary_dir: str | None, crash_after: int = 0
    ) -> None:
        self.crawler = crawler
        self.part_bytes = part_bytes
        self.summary_dir = summary_dir
        self.crash_after = crash_after

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchivePipeline:
        """Build from the crawler's settings."""
        return cls(
            crawler,
            crawler.settings.getint("RASD_WARC_PART_BYTES", 64 * 1024 * 1024),
            crawler.settings.get("RASD_SUMMARY_DIR"),
            crawler.settings.getint("RASD_TEST_CRASH_AFTER", 0),
        )

    # ------------------------------------------------------------------ lifecycle
    def open_spider(self) -> None:
        """Load rows this run key wrote before (a re-run keeps them) and pick the next WARC part."""
        spider: SourceSpider = self.crawler.spider
        self.spider = spider
        self.t0 = time.monotonic()
        self.write_error: str | None = None
        self.stats = {"fetched": 0, "new": 0, "updated": 0, "bytes": 0, "warc_files": 0}
        if spider.init_error:
            return
        self.key = crawl_file_run_key(spider.run_key, spider.source.name)
        try:
            self.rows: list[dict[str, Any]] = self._previous_rows()
        except Exception as exc:  # e.g. a corrupt RAW_INDEX file of an earlier attempt
            spider.init_error = f"{type(exc).__name__}: {exc}"
            return
        parts = [int(m.group(1)) for r in self.rows if (m := _PART.search(r["warc_key"]))]
        self.next_part = max(parts) + 1 if parts else 0
        self.buffer: WarcBuffer | None = None
        self.buffer_date: date | None = None
        self.pending_rows: list[dict[str, Any]] = []

    def _previous_rows(self) -> list[dict[str, Any]]:
        lake, spider = self.spider.lake, self.spider
        manifest = lake.get_json(run_manifest_key(RAW_INDEX, self.key), default={"partitions": []})
        rows: list[dict[str, Any]] = []
        for prefix in manifest["partitions"]:
            name = RAW_INDEX.file_name(self.key)
            if not lake.exists(prefix + name):
                continue
            values = dict(seg.split("=", 1) for seg in prefix.strip("/").split("/")[1:])
            for row in read_file(lake, RAW_INDEX, prefix + name).to_pylist():
                rows.append({**row, **values})
        if rows:
            logger.info("%s: re-run of %s keeps %d rows", spider.name, spider.run_key, len(rows))
        return rows

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        """Append an article response to the current WARC part; flush full parts."""
        spider = self.spider
        if item.get("type") != "page":
            return item
        fetched: datetime = item["fetched_at"]
        day = fetched.astimezone(UTC).date()
        if self.buffer is not None and (
            self.buffer_date != day or self.buffer.size >= self.part_bytes
        ):
            self._flush(final=False)
        if self.buffer is None:
            self.buffer, self.buffer_date = WarcBuffer(), day
        body: bytes = item["body"]
        written = self.buffer.add(
            item["url"],
            item["status"],
            item["headers"],
            body,
            fetched,
            item["request_headers"],
            protocol=item.get("protocol") or "HTTP/1.1",
        )
        content_type = next((v for k, v in item["headers"] if k.lower() == "content-type"), None)
        canon = item["canonical_url"]
        state = spider.state
        self.stats["updated" if canon in state.seen else "new"] += 1
        self.stats["fetched"] += 1
        self.stats["bytes"] += len(body)
        content_hash = written.digest.removeprefix("sha256:")
        for url in {canon, item["final_canonical_url"]}:
            state.mark_seen(url, fetched, content_hash, spider.run_key)
        state.pending.pop(item.get("source_url") or "", None)
        self.pending_rows.append(
            {
                "url": item["url"],
                "canonical_url": canon,
                "offset": written.offset,
                "length": written.length,
                "status": item["status"],
                "fetched_at": fetched,
                "content_type": content_type,
                "digest": written.digest,
                "discovered_via": item.get("via"),
                "lastmod": item.get("lastmod"),
                "run_key": spider.run_key,
                "source": spider.source.name,
            }
        )
        if self.crash_after and self.stats["fetched"] >= self.crash_after:
            os._exit(70)  # test hook: die like a killed worker, without any clean-up
        return {"type": "archived", "url": item["url"]}

    def _flush(self, final: bool) -> None:
        """PUT the WARC part, rewrite this run's RAW_INDEX rows, then save the crawl state."""
        spider = self.spider
        if self.buffer is not None and self.buffer.count:
            assert self.buffer_date is not None
            key = warc_key(spider.source.name, self.buffer_date, spider.run_key, self.next_part)
            spider.lake.put(key, self.buffer.getvalue())
            crawl_date = self.buffer_date.isoformat()
            for row in self.pending_rows:
                self.rows.append({**row, "warc_key": key, "crawl_date": crawl_date})
            self.next_part += 1
            self.stats["warc_files"] += 1
        self.buffer, self.buffer_date, self.pending_rows = None, None, []
        write_run(spider.lake, RAW_INDEX, self.rows, self.key)
        if not final:
            save_state(spider.lake, spider.state)

    def close_spider(self) -> None:
        """Write everything left, the crawl log and the state; then the source's summary."""
        spider = self.spider
        if spider.init_error:
            self._write_summary(spider)
            return
        try:
            self._flush(final=True)
            log_rows = [
                {
                    **f,
                    "run_key": spider.run_key,
                    "source": spider.source.name,
                    "crawl_date": f["time"].astimezone(UTC).date().isoformat(),
                }
                for f in spider.failures
            ]
            write_run(spider.lake, CRAWL_LOG, log_rows, self.key)
            state = spider.state
            for url, (etag, last_modified) in spider.new_validators.items():
                state.set_validators(url, etag, last_modified)
            if not spider.errors:
                state.last_success = spider.started_at.isoformat()
            save_state(spider.lake, state)
        except Exception as exc:  # the lake failed: name it in the summary, lose the run's state
            logger.exception("%s: writing the crawl to the lake failed", spider.name)
            self.write_error = f"writing to the lake failed: {exc}"
        self._write_summary(spider)

    def _write_summary(self, spider: SourceSpider) -> None:
        errors = list(spider.errors)
        if self.write_error:
            errors.insert(0, self.write_error)
        failed = sum(1 for f in spider.failures if f["kind"] not in ("offsite", "robots"))
        summary = {
            **self.stats,
            "unchanged": spider.counts["unchanged"],
            "not_modified": spider.counts["not_modified"],
            "outside_window": spider.counts["outside_window"],
            "offsite": spider.counts["offsite"],
            "robots": sum(1 for f in spider.failures if f["kind"] == "robots"),
            "failed": failed,
            "pending_retry": len(spider.state.pending),
            "error": "; ".join(errors) if errors else None,
            "seconds": round(time.monotonic() - self.t0, 3),
        }
        spider.summary = summary  # type: ignore[attr-defined]
        if self.summary_dir:
            path = Path(self.summary_dir) / f"{spider.source.name}.json"
            path.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
