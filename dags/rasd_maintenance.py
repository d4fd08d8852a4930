"""
### rasd_maintenance: daily compaction, data-quality checks and raw retention

Runs daily at 03:00 UTC for the previous day (its data interval); no task reads the clock.

* ``compact``: merges the small per-run Parquet files of every dataset partition into files of
  about ``target_mb`` MB (default 128), atomically (``Lake.replace_partition``) and idempotently.
  Only runs settled for ``settle_days`` (default 2) are merged, so recent intervals can still be
  cleared and re-run without duplicating rows (see ``pipeline/maintenance.py``).
* ``quality``: checks the day's articles per source: rows against the trailing median, null
  rates of key columns, duplicate rows, reprint rate, extraction/fetch failure rate. Fails loudly
  (the failure callback fires) naming every failed check (see ``pipeline/data_quality.py``).
* ``retention``: deletes raw WARC files and their index older than ``raw_keep_days`` (default
  365; 0 disables). Articles and crawl state are kept.

Each task returns a summary shown in the UI and logged as a JSON line.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.sdk import CronDataIntervalTimetable, Param, dag, task
from rasd_common import DEFAULT_ARGS, RETRIES, log_summary, on_failure, resolve, summary

PARAMS = {
    "lake": Param(None, type=["null", "string"], description="Lake URI; default RASD_LAKE"),
    "target_mb": Param(128, type="integer", minimum=1, description="Target file size (MB)"),
    "settle_days": Param(2, type="integer", minimum=0, description="Only compact older runs"),
    "raw_keep_days": Param(365, type="integer", minimum=0, description="0 keeps raw forever"),
    "trailing_days": Param(14, type="integer", minimum=1, description="Volume check look-back"),
}


@dag(
    dag_id="rasd_maintenance",
    schedule=CronDataIntervalTimetable("0 3 * * *", timezone="UTC"),
    start_date=datetime(2020, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    default_args={**DEFAULT_ARGS, "retries": min(RETRIES, 1)},
    params=PARAMS,
    on_failure_callback=on_failure,
    tags=["rasd", "maintenance"],
    doc_md=__doc__,
)
def rasd_maintenance() -> None:
    """Daily lake upkeep."""

    @task(
        execution_timeout=timedelta(hours=2),
        doc_md="Merge small settled Parquet files per partition (atomic, idempotent).",
    )
    def compact(params: dict[str, Any] | None = None, data_interval_end: Any = None) -> dict:
        from pipeline.lake import open_lake
        from pipeline.maintenance import compact_lake

        params = params or {}
        _, lake = resolve(params)
        done = compact_lake(
            open_lake(lake),
            now=datetime.fromtimestamp(data_interval_end.timestamp(), tz=UTC),
            target_bytes=int(params.get("target_mb", 128)) * 1024 * 1024,
            settle=timedelta(days=int(params.get("settle_days", 2))),
        )
        per = {k: {f: v[f] for f in ("files_in", "files_out", "rows")} for k, v in done.items()}
        return log_summary(
            "compact",
            summary(
                files_in=sum(v["files_in"] for v in done.values()),
                files_out=sum(v["files_out"] for v in done.values()),
                datasets=per,
            ),
        )

    @task(retries=0, doc_md="Data-quality checks of the day; fails naming every failed check.")
    def quality(params: dict[str, Any] | None = None, data_interval_start: Any = None) -> dict:
        from pipeline.data_quality import Thresholds, check_day
        from pipeline.lake import open_lake

        params = params or {}
        _, lake = resolve(params)
        day = datetime.fromtimestamp(data_interval_start.timestamp(), tz=UTC).date()
        thresholds = Thresholds(trailing_days=int(params.get("trailing_days", 14)))
        report = check_day(open_lake(lake), day, thresholds)
        out = log_summary("quality", summary(**report.to_dict()))
        report.raise_for_failures()
        return out

    @task(doc_md="Delete raw WARC files and index partitions older than raw_keep_days.")
    def retention(params: dict[str, Any] | None = None, data_interval_end: Any = None) -> dict:
        from pipeline.lake import open_lake
        from pipeline.maintenance import apply_raw_retention

        params = params or {}
        _, lake = resolve(params)
        keep = int(params.get("raw_keep_days", 365))
        if keep <= 0:
            return log_summary("retention", summary(disabled=True))
        today = datetime.fromtimestamp(data_interval_end.timestamp(), tz=UTC).date()
        done = apply_raw_retention(open_lake(lake), keep_days=keep, today=today)
        return log_summary("retention", summary(**done))

    compact() >> quality()
    retention()


rasd_maintenance()
