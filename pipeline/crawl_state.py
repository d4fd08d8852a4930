"""Per-source incremental crawl state in the lake: seen URLs and feed/sitemap validators.

Stored gzipped JSON at ``datasets.state_key("crawl", source, "json.gz")``; every save is one atomic
PUT (local: temp file + rename; S3: a PUT is atomic), so a crash leaves the previous state readable.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pipeline.datasets import state_key
from pipeline.errors import CorruptDataError, LakeKeyNotFound
from pipeline.lake import Lake

STATE_VERSION = 1


def _iso(ts: datetime) -> str:
    return ts.astimezone(UTC).isoformat()


@dataclass
class CrawlState:
    """What a source's earlier crawls saw: canonical URL -> fetch time and hash; URL -> validators.

    ``pending`` holds article URLs whose fetch failed (5xx, timeouts): the next crawl retries them
    even when the feed that listed them answers 304 Not Modified.
    """

    source: str
    seen: dict[str, dict[str, str]] = field(default_factory=dict)
    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    pending: dict[str, dict[str, Any]] = field(default_factory=dict)
    last_success: str | None = None
    updated_at: str | None = None

    def is_seen(self, canonical: str, lastmod: datetime | None = None) -> bool:
        """True when the URL was fetched before and has not changed since (by its lastmod)."""
        entry = self.seen.get(canonical)
        if entry is None:
            return False
        if lastmod is None:
            return True
        fetched = datetime.fromisoformat(entry["fetched_at"])
        return lastmod <= fetched

    def mark_seen(
        self, canonical: str, fetched_at: datetime, content_hash: str, run_key: str
    ) -> None:
        """Record a fetched article."""
        self.seen[canonical] = {
            "fetched_at": _iso(fetched_at),
            "hash": content_hash,
            "run": run_key,
        }

    def add_pending(self, url: str, via: str, error: str) -> None:
        """Keep an article whose fetch failed, to retry it on the next crawl (feeds may not list it again)."""
        entry = self.pending.setdefault(url, {"via": via, "attempts": 0})
        entry["attempts"] += 1
        entry["error"] = error

    def conditional_headers(self, url: str) -> dict[str, str]:
        """Headers for a conditional GET of a feed or sitemap fetched before."""
        val = self.validators.get(url, {})
        headers = {}
        if val.get("etag"):
            headers["If-None-Match"] = val["etag"]
        if val.get("last_modified"):
            headers["If-Modified-Since"] = val["last_modified"]
        return headers

    def set_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember a feed's or sitemap's ETag / Last-Modified (or forget them when absent)."""
        if etag or last_modified:
            self.validators[url] = {
                k: v for k, v in (("etag", etag), ("last_modified", last_modified)) if v
            }
        else:
            self.validators.pop(url, None)

    def last_success_time(self) -> datetime | None:
        """When the last complete crawl of this source started."""
        return datetime.fromisoformat(self.last_success) if self.last_success else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-able snapshot."""
        return {
            "version": STATE_VERSION,
            "source": self.source,
            "seen": self.seen,
            "validators": self.validators,
            "pending": self.pending,
            "last_success": self.last_success,
            "updated_at": self.updated_at,
        }


def load_state(lake: Lake, source: str) -> CrawlState:
    """Load a source's crawl state (empty when it was never crawled)."""
    key = state_key("crawl", source, "json.gz")
    try:
        data = lake.get(key)
    except LakeKeyNotFound:
        return CrawlState(source=source)
    try:
        doc = json.loads(gzip.decompress(data))
    except (OSError, EOFError, ValueError) as exc:
        raise CorruptDataError(
            f"corrupt crawl state {lake.url(key)}: {exc}",
            "delete it: the next crawl re-fetches what the feeds list and rebuilds it",
        ) from exc
    return CrawlState(
        source=source,
        seen=doc.get("seen", {}),
        validators=doc.get("validators", {}),
        pending=doc.get("pending", {}),
        last_success=doc.get("last_success"),
        updated_at=doc.get("updated_at"),
    )


def save_state(lake: Lake, state: CrawlState) -> None:
    """Save a source's crawl state atomically (one object PUT)."""
    state.updated_at = _iso(datetime.now(UTC))
    payload = json.dumps(state.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    lake.put(state_key("crawl", state.source, "json.gz"), gzip.compress(payload, mtime=0))
