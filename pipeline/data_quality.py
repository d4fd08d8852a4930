"""Data-quality checks over one day of the lake, failing loudly when something looks wrong.

Checks (each per source, for the articles crawled on the day checked):

* ``volume``: rows per source and day against the trailing median of the previous days; a day
  under ``min_volume_ratio`` x median (when the median is at least ``min_median``) fails;
* ``null_rate:<column>``: share of nulls (or empty strings) in key columns;
* ``duplicate_rows``: share of rows whose ``article_id`` is stored more than once (a storage
  defect: re-runs must replace their output, never add to it);
* ``reprint_rate``: share of rows marked as reprints (``duplicate_of``), a sanity bound only;
* ``failure_rate``: extraction failures: pages rejected for a failed or empty extraction plus
  fetches recorded in ``crawl_log``, over everything fetched that day.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.datasets import ARTICLES, CRAWL_LOG, RAW_INDEX, REJECTS, read_dataset
from pipeline.errors import RasdError
from pipeline.lake import Lake

KEY_COLUMNS = ("title", "text", "published_at", "canonical_url")
FAILURE_REASON_WORDS = ("extract", "error", "fail", "empty", "decode")


@dataclass(frozen=True)
class Thresholds:
    """Limits the checks hold the data to."""

    trailing_days: int = 14
    min_median: float = 5.0
    min_volume_ratio: float = 0.25
    max_null_rate: dict[str, float] = field(
        default_factory=lambda: {
            "title": 0.2,
            "text": 0.05,
            "published_at": 0.5,
            "canonical_url": 0.0,
        }
    )
    max_duplicate_rows: float = 0.0
    max_reprint_rate: float = 0.8
    max_failure_rate: float = 0.3
    min_rows_for_rates: int = 5


@dataclass
class Check:
    """One check's outcome."""

    name: str
    source: str
    value: float
    limit: float
    ok: bool
    detail: str = ""


@dataclass
class QualityReport:
    """All checks of one day."""

    day: str
    checks: list[Check] = field(default_factory=list)

    @property
    def failures(self) -> list[Check]:
        """The checks that failed."""
        return [c for c in self.checks if not c.ok]

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form: counts and the failed checks in full."""
        return {
            "day": self.day,
            "checks": len(self.checks),
            "failed": len(self.failures),
            "failures": [asdict(c) for c in self.failures],
        }

    def raise_for_failures(self) -> None:
        """Raise a :class:`QualityError` describing every failed check."""
        if self.failures:
            lines = "; ".join(
                f"{c.name} [{c.source}] = {c.value:.3g} (limit {c.limit:.3g}) {c.detail}".strip()
                for c in self.failures
            )
            raise QualityError(
                f"data-quality checks failed for {self.day}: {lines}",
                "look at the named sources' crawl_log and rejects for that day; fix the source or "
                "the extractor, then clear and re-run the affected ingest runs",
            )


class QualityError(RasdError):
    """Data-quality checks found a problem."""

    exit_code = 5


def _months(first: date, last: date) -> dict[str, list[str]]:
    """Partition values (year, month) covering the days from ``first`` to ``last``."""
    years, months = set(), set()
    day = first.replace(day=1)
    while day <= last:
        years.add(f"{day.year:04d}")
        months.add(f"{day.month:02d}")
        day = (day + timedelta(days=32)).replace(day=1)
    return {"year": sorted(years), "month": sorted(months)}


def _day_column(table: pa.Table, column: str) -> list[date | None]:
    """Calendar days (UTC) of a timestamp column."""
    return [ts.date() if ts else None for ts in table.column(column).to_pylist()]


def _null_rate(column: pa.ChunkedArray) -> float:
    """Share of nulls and empty strings."""
    if len(column) == 0:
        return 0.0
    nulls = column.null_count
    if pa.types.is_string(column.type):
        nulls += pc.sum(pc.equal(pc.utf8_trim_whitespace(column), "")).as_py() or 0
    return nulls / len(column)


def check_day(lake: Lake, day: date, thresholds: Thresholds | None = None) -> QualityReport:
    """Run every check on the articles crawled on ``day``; return the report (does not raise)."""
    t = thresholds or Thresholds()
    first = day - timedelta(days=t.trailing_days)
    where = _months(first, day)
    articles = read_dataset(
        lake,
        ARTICLES,
        where=where,
        columns=["article_id", "source", "crawled_at", "duplicate_of", *KEY_COLUMNS],
    )
    days = _day_column(articles, "crawled_at")
    report = QualityReport(day=day.isoformat())
    sources = sorted(set(articles.column("source").to_pylist()))
    per_day: dict[str, Counter[date]] = {s: Counter() for s in sources}
    for source, d in zip(articles.column("source").to_pylist(), days, strict=True):
        if d is not None and first <= d <= day:
            per_day[source][d] += 1
    today_mask = pa.array([d == day for d in days], pa.bool_())
    todays = articles.filter(today_mask)
    failures = _failures_per_source(lake, day)
    for source in sources:
        history = [
            per_day[source].get(first + timedelta(days=i), 0) for i in range(t.trailing_days)
        ]
        median = statistics.median(history) if history else 0.0
        count = per_day[source].get(day, 0)
        if median >= t.min_median:
            ratio = count / median
            report.checks.append(
                Check(
                    "volume",
                    source,
                    ratio,
                    t.min_volume_ratio,
                    ratio >= t.min_volume_ratio,
                    f"{count} rows vs trailing median {median:g}",
                )
            )
        rows = todays.filter(pc.equal(todays.column("source"), source))
        if rows.num_rows >= t.min_rows_for_rates:
            _rate_checks(report, source, rows, t)
        fetched, crawl_failed, extract_failed = failures.get(source, (0, 0, 0))
        attempted = fetched + crawl_failed
        if attempted >= t.min_rows_for_rates:
            failed = crawl_failed + extract_failed
            rate = failed / attempted
            report.checks.append(
                Check(
                    "failure_rate",
                    source,
                    rate,
                    t.max_failure_rate,
                    rate <= t.max_failure_rate,
                    f"{crawl_failed} fetches and {extract_failed} extractions failed of {attempted}",
                )
            )
    return report


def _rate_checks(report: QualityReport, source: str, rows: pa.Table, t: Thresholds) -> None:
    """Null-rate, duplicate and reprint checks on one source's rows of the day."""
    for column, limit in t.max_null_rate.items():
        rate = _null_rate(rows.column(column))
        report.checks.append(Check(f"null_rate:{column}", source, rate, limit, rate <= limit))
    ids = Counter(rows.column("article_id").to_pylist())
    dup = sum(n for n in ids.values() if n > 1) / rows.num_rows
    report.checks.append(
        Check(
            "duplicate_rows",
            source,
            dup,
            t.max_duplicate_rows,
            dup <= t.max_duplicate_rows,
            f"{sum(1 for n in ids.values() if n > 1)} article_id stored more than once",
        )
    )
    reprints = (rows.num_rows - rows.column("duplicate_of").null_count) / rows.num_rows
    report.checks.append(
        Check("reprint_rate", source, reprints, t.max_reprint_rate, reprints <= t.max_reprint_rate)
    )


def _failures_per_source(lake: Lake, day: date) -> dict[str, tuple[int, int, int]]:
    """(fetched, failed fetches, failed extractions) per source for ``day``."""
    crawl_date = {"crawl_date": [day.isoformat()]}
    fetched = Counter(
        read_dataset(lake, RAW_INDEX, where=crawl_date, columns=["source"])
        .column("source")
        .to_pylist()
    )
    failed = Counter(
        read_dataset(lake, CRAWL_LOG, where=crawl_date, columns=["source"])
        .column("source")
        .to_pylist()
    )
    extraction: Counter[str] = Counter()
    rejects = read_dataset(
        lake, REJECTS, where=_months(day, day), columns=["source", "reason", "crawled_at"]
    )
    for source, reason, d in zip(
        rejects.column("source").to_pylist(),
        rejects.column("reason").to_pylist(),
        _day_column(rejects, "crawled_at"),
        strict=True,
    ):
        if d == day and any(w in (reason or "").lower() for w in FAILURE_REASON_WORDS):
            extraction[source] += 1
    return {
        s: (fetched.get(s, 0), failed.get(s, 0), extraction.get(s, 0))
        for s in set(fetched) | set(failed) | set(extraction)
    }
