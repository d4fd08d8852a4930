"""
### rasd_ingest: crawl every enabled outlet for one data interval, then process what was fetched

Runs hourly (data interval ``[data_interval_start, data_interval_end)``, UTC). Backfill past
intervals with ``airflow backfill create --dag-id rasd_ingest --from-date 2026-01-01 --to-date
2026-01-02 --max-active-runs 1``: each backfilled run crawls the outlets' archives for its own
interval (sitemap ``lastmod``, WordPress ``after``/``before``, listing pages). For long ranges
prefer the ``rasd_backfill`` DAG (chunked, resumable). A manual trigger covers the last complete
hour (Airflow 3 infers a manual run's interval from its run-after time, not its logical date).

**Tasks**

1. ``plan_sources``: reads the source registry and lists the enabled outlets (or the ones named
   in the ``sources`` param).
2. ``crawl_source``: one mapped task per outlet (dynamic task mapping; the map index is named
   after the outlet). It crawls the outlet for the run's interval with the run key
   ``<interval>-<source>`` and archives raw pages in the lake.
3. ``process_interval``: extracts, deduplicates and writes ``articles``/``rejects``/``signatures``
   from the raw pages of this run's crawl run keys; run key = the interval.
4. ``report``: gathers every summary and fails the run (so the failure callback fires) when an
   outlet could not be crawled.

**Hand-off: downstream tasks, not Assets.** Processing must see exactly the pages this run
fetched, no more and no less, and must run once per interval even when one outlet fails; a
downstream task with trigger rule ``all_done_min_one_success`` gives that, keyed by the
deterministic crawl run keys (no XCom payload needed). An Asset-triggered processing DAG would
run on asset events rather than intervals and could batch several crawls, which breaks the
"one interval, one output" idempotency. ``process_interval`` still emits the ``rasd_articles``
Asset, so downstream consumers (reports, exports) can be Asset-scheduled.

**Never two crawls of one outlet at once.** Each outlet is one map index of a run;
``max_active_runs=1`` keeps scheduled and manual runs of this DAG from overlapping; every crawl
runs in the ``rasd_crawl`` pool (``RASD_CRAWL_SLOTS`` slots, default 4), and a ``rasd_backfill``
chunk takes the whole pool, so it never runs beside an ingest crawl. Give
``airflow backfill create`` ``--max-active-runs 1`` for the same guarantee within a backfill.

**Idempotent per interval.** Run keys come from the data interval, never from the clock:
clearing and re-running a task replaces that task's own output in the lake.

**Configuration.** Params ``sources_file`` and ``lake`` override ``RASD_SOURCES`` (default: the
repo's ``sources.yaml``) and ``RASD_LAKE`` (default: ``./lake`` beside ``dags/``); S3 lakes take
``s3://bucket/prefix`` plus ``AWS_ENDPOINT_URL`` and the standard AWS credentials.

**Monitoring.** Every task returns a summary (``fetched``, ``new``, ``failed``, ``duplicates``,
``rejects``, ``bytes``) shown as its XCom in the UI and logged as one JSON line; failures are
logged and POSTed to the ``rasd_webhook`` connection when it exists (see ``rasd_common``).
Metrics: enable StatsD with ``AIRFLOW__METRICS__STATSD_ON=True``, ``AIRFLOW__METRICS__STATSD_HOST``
/``_PORT`` and ``AIRFLOW__METRICS__STATSD_PREFIX=airflow`` (or OpenTelemetry with
``AIRFLOW__METRICS__OTEL_ON``); task duration, failures and pool usage (``rasd_crawl``) are then
exported per task.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.sdk import Asset, CronDataIntervalTimetable, Param, dag, task
from rasd_common import (
    CRAWL_POOL,
    DEFAULT_ARGS,
    RETRIES,
    enabled_sources,
    log_summary,
    on_failure,
    resolve,
    summary,
)

CRAWL_TIMEOUT = timedelta(minutes=40)  # the Scrapy subprocess stops before the task times out
ARTICLES_ASSET = Asset(name="rasd_articles", uri="x-rasd://lake/articles")

PARAMS = {
    "sources_file": Param(
        None,
        type=["null", "string"],
        description="Sources file; default RASD_SOURCES or sources.yaml",
    ),
    "lake": Param(
        None, type=["null", "string"], description="Lake URI; default RASD_LAKE or ./lake"
    ),
    "sources": Param(
        [],
        type="array",
        items={"type": "string"},
        description="Only these outlets (default: all enabled)",
    ),
}


def as_utc(moment: Any) -> datetime:
    """A plain UTC datetime from Airflow's (pendulum) interval bounds."""
    return datetime.fromtimestamp(moment.timestamp(), tz=UTC)


def run_interval(start: Any, end: Any, dag_run: Any) -> tuple[datetime, datetime]:
    """The run's data interval; for a manual run without one, the hour before its run-after time.

    Airflow 3 gives runs triggered without a logical date no data interval; the last complete
    hour before the run's ``run_after`` (fixed when the run was created) keeps it idempotent.
    """
    if start is not None and end is not None and start != end:
        return as_utc(start), as_utc(end)
    after = as_utc(dag_run.run_after).replace(minute=0, second=0, microsecond=0)
    return after - timedelta(hours=1), after


def interval_key(start: Any, end: Any) -> str:
    """Run key of a data interval (``20260101T0000-20260101T0100``)."""
    from pipeline.config import interval_run_key

    return interval_run_key(as_utc(start), as_utc(end))


def crawl_run_key(start: Any, end: Any, source: str) -> str:
    """Run key of one outlet's crawl for a data interval."""
    return f"{interval_key(start, end)}-{source}"


@dag(
    dag_id="rasd_ingest",
    schedule=CronDataIntervalTimetable("0 * * * *", timezone="UTC"),
    start_date=datetime(2020, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params=PARAMS,
    on_failure_callback=on_failure,
    dagrun_timeout=timedelta(hours=3),
    tags=["rasd", "ingest"],
    doc_md=__doc__,
)
def rasd_ingest() -> None:
    """Hourly ingest of every enabled outlet."""

    @task(
        retries=min(RETRIES, 1),
        doc_md="List the enabled outlets of the registry (or the `sources` param).",
    )
    def plan_sources(params: dict[str, Any] | None = None) -> list[str]:
        sources_file, _ = resolve(params)
        names = enabled_sources(sources_file, (params or {}).get("sources"))
        log_summary("plan_sources", {"sources": names, "sources_file": sources_file})
        return names

    @task(
        pool=CRAWL_POOL,
        map_index_template="{{ task.op_kwargs['source'] }}",
        execution_timeout=timedelta(minutes=45),
        doc_md=(
            "Crawl one outlet for the run's data interval `[start, end)` into the raw archive "
            "(run key `<interval>-<source>`). Raises when the outlet failed, so it is retried "
            "with exponential backoff. Summary: fetched, new, failed, bytes."
        ),
    )
    def crawl_source(
        source: str,
        params: dict[str, Any] | None = None,
        data_interval_start: Any = None,
        data_interval_end: Any = None,
        dag_run: Any = None,
    ) -> dict[str, Any]:
        from pipeline.errors import RasdError
        from spiders.runner import crawl

        sources_file, lake = resolve(params)
        since, until = run_interval(data_interval_start, data_interval_end, dag_run)
        run_key = crawl_run_key(since, until, source)
        result = crawl(
            sources_file,
            lake,
            sources=[source],
            since=since,
            until=until,
            run_key=run_key,
            timeout=CRAWL_TIMEOUT.total_seconds(),
        )
        stats = (result.get("sources") or {}).get(source) or {}
        out = log_summary(
            "crawl_source",
            summary(
                source=source,
                run_key=result.get("run_key", run_key),
                fetched=stats.get("fetched", 0),
                new=stats.get("new", 0),
                unchanged=stats.get("unchanged", 0),
                failed=stats.get("failed", 0),
                bytes=stats.get("bytes", 0),
                error=stats.get("error"),
            ),
        )
        if stats.get("error") or source in (result.get("failed_sources") or []):
            raise RasdError(
                f"crawl of {source} for {run_key} failed: {stats.get('error') or 'see the log'}",
                "check the outlet's feeds/sitemaps in the sources file; the task retries itself",
            )
        return out

    @task(
        trigger_rule="all_done_min_one_success",
        outlets=[ARTICLES_ASSET],
        execution_timeout=timedelta(minutes=45),
        doc_md=(
            "Process the raw pages this run's crawls fetched (their run keys) into articles, "
            "rejects and signatures; run key = the interval, so a re-run replaces its output. "
            "Summary: fetched (pages processed), new (articles), duplicates, rejects, failed."
        ),
    )
    def process_interval(
        sources: list[str],
        params: dict[str, Any] | None = None,
        data_interval_start: Any = None,
        data_interval_end: Any = None,
        dag_run: Any = None,
    ) -> dict[str, Any]:
        from pipeline.processing import process

        sources_file, lake = resolve(params)
        since, until = run_interval(data_interval_start, data_interval_end, dag_run)
        keys = [crawl_run_key(since, until, s) for s in sources]
        run_key = interval_key(since, until)
        if not sources:
            return log_summary("process_interval", summary(run_key=run_key, sources=[]))
        result = process(
            lake, sources=sources, crawl_run_keys=keys, run_key=run_key, sources_file=sources_file
        )
        return log_summary("process_interval", process_summary(result, run_key))

    @task(
        trigger_rule="all_done",
        retries=0,
        doc_md="Total the run's summaries; fail the run, naming them, when outlets failed.",
    )
    def report(sources: list[str], ti: Any = None) -> dict[str, Any]:
        from pipeline.errors import RasdError

        crawls = ti.xcom_pull(task_ids="crawl_source") or []
        crawls = [crawls] if isinstance(crawls, dict) else [c for c in crawls if c]
        processed = ti.xcom_pull(task_ids="process_interval") or {}
        out = run_report(sources, crawls, processed)
        log_summary("report", out)
        if out["failed_sources"] or (sources and not processed):
            raise RasdError(
                f"run incomplete: failed sources {out['failed_sources']}, "
                f"processing {'done' if processed else 'missing'}",
                "open the failed tasks' logs; clear them to retry (re-runs replace their output)",
            )
        return out

    planned = plan_sources()
    crawled = crawl_source.expand(source=planned)
    processed = process_interval(planned)
    crawled >> processed >> report(planned)


def process_summary(result: dict[str, Any], run_key: str) -> dict[str, Any]:
    """The standard summary of a processing result."""
    return summary(
        run_key=run_key,
        fetched=result.get("processed", 0),
        new=result.get("articles", 0),
        duplicates=result.get("duplicates", 0),
        rejects=result.get("rejects", 0),
        failed=result.get("failed", 0),
        bytes=result.get("bytes", 0),
        detail={k: v for k, v in result.items() if isinstance(v, (int, float, str))},
    )


def run_report(
    sources: list[str], crawls: list[dict[str, Any]], processed: dict[str, Any]
) -> dict[str, Any]:
    """One summary for a run: crawl totals, processing totals, outlets that failed."""
    done = {c.get("source") for c in crawls}
    out = summary(
        fetched=sum(c.get("fetched", 0) for c in crawls),
        new=processed.get("new", 0),
        failed=sum(c.get("failed", 0) for c in crawls) + processed.get("failed", 0),
        duplicates=processed.get("duplicates", 0),
        rejects=processed.get("rejects", 0),
        bytes=sum(c.get("bytes", 0) for c in crawls),
    )
    out["failed_sources"] = sorted(set(sources) - done)
    out["sources"] = len(sources)
    return out


rasd_ingest()
