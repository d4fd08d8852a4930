"""
### rasd_backfill: fetch and process a long date range from the outlets' archives, in chunks

Trigger it by hand with the range (UI "Trigger DAG w/ config", or the CLI)::

    airflow dags trigger rasd_backfill --conf '{"from_date": "2025-01-01", "to_date": "2025-07-01", "chunk_days": 7}'

``from_date`` is inclusive, ``to_date`` exclusive (UTC midnights). ``plan_chunks`` cuts the range
into chunks of ``chunk_days`` days; ``backfill_chunk`` is mapped over them, one map index per
chunk, named after it, so the grid view shows progress chunk by chunk (done, running, queued,
failed). Chunks run one at a time (``max_active_tis_per_dag=1``), oldest first.

**Resumable.** Every outlet crawled in a chunk and every processed chunk leave a done-marker in
the lake (``_state/backfill/<chunk>/``); re-running a failed chunk (clear it), or triggering the
same range again, skips what is marked and fetches only the rest. The outlets' crawl state also
keeps already-seen URLs from being fetched again.

**Never beside an ingest crawl.** A chunk crawls in the ``rasd_crawl`` pool and takes all its
slots, so no ``rasd_ingest`` crawl runs while it does (and vice versa).

**Alternative: Airflow's own backfill** of the hourly DAG, one run per hour of the range::

    airflow backfill create --dag-id rasd_ingest --from-date 2026-01-01 --to-date 2026-01-02 --max-active-runs 1

Fine for days; for months prefer this DAG (one crawl per outlet and chunk instead of per hour).
Every task returns a summary (fetched, new, failed, duplicates, rejects, bytes).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.sdk import Param, dag, task
from rasd_common import (
    CRAWL_POOL,
    CRAWL_POOL_SLOTS,
    DEFAULT_ARGS,
    enabled_sources,
    log_summary,
    on_failure,
    resolve,
    summary,
)

PARAMS = {
    "from_date": Param(
        None, type=["null", "string"], description="First day (YYYY-MM-DD), inclusive"
    ),
    "to_date": Param(None, type=["null", "string"], description="Last day (YYYY-MM-DD), exclusive"),
    "chunk_days": Param(7, type="integer", minimum=1, description="Days per chunk"),
    "sources_file": Param(None, type=["null", "string"], description="Default RASD_SOURCES"),
    "lake": Param(None, type=["null", "string"], description="Default RASD_LAKE"),
    "sources": Param([], type="array", items={"type": "string"}, description="Only these outlets"),
}


@dag(
    dag_id="rasd_backfill",
    schedule=None,
    start_date=datetime(2020, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params=PARAMS,
    on_failure_callback=on_failure,
    tags=["rasd", "backfill"],
    doc_md=__doc__,
)
def rasd_backfill() -> None:
    """Chunked, resumable backfill of a date range."""

    @task(retries=0, doc_md="Validate the range and cut it into chunks; lists the outlets.")
    def plan(params: dict[str, Any] | None = None) -> dict[str, Any]:
        from pipeline.backfill import parse_day, plan_chunks
        from pipeline.errors import ConfigError

        params = params or {}
        if not params.get("from_date") or not params.get("to_date"):
            raise ConfigError(
                "rasd_backfill needs from_date and to_date",
                'trigger it with conf {"from_date": "YYYY-MM-DD", "to_date": "YYYY-MM-DD"}',
            )
        sources_file, _ = resolve(params)
        chunks = plan_chunks(
            parse_day(params["from_date"], "from_date"),
            parse_day(params["to_date"], "to_date"),
            int(params.get("chunk_days") or 7),
        )
        names = enabled_sources(sources_file, params.get("sources"))
        return log_summary("plan", {"chunks": chunks, "sources": names})

    @task(retries=0, doc_md="The chunk list, for mapping.")
    def chunks_of(planned: dict[str, Any]) -> list[dict[str, str]]:
        return planned["chunks"]

    @task(
        pool=CRAWL_POOL,
        pool_slots=CRAWL_POOL_SLOTS,
        max_active_tis_per_dag=1,
        map_index_template="{{ task.op_kwargs['chunk']['key'] }}",
        execution_timeout=timedelta(hours=6),
        doc_md=(
            "Crawl every outlet for one chunk from its archives, then process the chunk. "
            "Skips outlets and processing already marked done in the lake; fails naming the "
            "outlets that failed (the others stay done). Summary: fetched, new, failed, "
            "duplicates, rejects, bytes, crawled/skipped outlets."
        ),
    )
    def backfill_chunk(
        chunk: dict[str, str], planned: dict[str, Any], params: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        from pipeline.backfill import raise_for_failed, run_chunk

        sources_file, lake = resolve(params)
        result = run_chunk(sources_file, lake, planned["sources"], chunk)
        log_summary("backfill_chunk", result)
        raise_for_failed(result)
        return result

    @task(trigger_rule="all_done", retries=0, doc_md="Totals over all chunks.")
    def report(planned: dict[str, Any], ti: Any = None) -> dict[str, Any]:
        from pipeline.errors import RasdError

        done = ti.xcom_pull(task_ids="backfill_chunk") or []
        done = [done] if isinstance(done, dict) else [d for d in done if d]
        out = summary(
            **{k: sum(int(d.get(k, 0)) for d in done) for k in ("fetched", "new", "failed")},
            duplicates=sum(int(d.get("duplicates", 0)) for d in done),
            rejects=sum(int(d.get("rejects", 0)) for d in done),
            bytes=sum(int(d.get("bytes", 0)) for d in done),
            chunks=len(planned["chunks"]),
            chunks_done=len(done),
        )
        log_summary("report", out)
        if len(done) < len(planned["chunks"]):
            missing = sorted({c["key"] for c in planned["chunks"]} - {d["chunk"] for d in done})
            raise RasdError(
                f"backfill incomplete: chunks {', '.join(missing)} failed",
                "clear the failed chunks to resume; done outlets are not fetched again",
            )
        return out

    planned = plan()
    chunked = backfill_chunk.partial(planned=planned).expand(chunk=chunks_of(planned))
    chunked >> report(planned)


rasd_backfill()
