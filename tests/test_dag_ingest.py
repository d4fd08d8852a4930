"""The DAGs run end to end with dag.test(): ingest and backfill against the sample site into an
S3 lake (moto), re-run idempotency, resumption, the failure webhook, and daily maintenance."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
from airflow_harness import airflow_env, dag_test, migrate

from pipeline.datasets import (
    ARTICLES,
    RAW_INDEX,
    backfill_marker_key,
    read_dataset,
    warc_key,
    write_run,
)
from pipeline.lake import open_lake
from pipeline.sample_site import running_site, sample_sources_yaml

INTERVAL_END = "2025-11-20T08:00:00+00:00"  # data interval [07:00, 08:00) UTC
INTERVAL_KEY = "20251120T0700-20251120T0800"


@pytest.fixture(scope="module")
def base_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    env = airflow_env(tmp_path_factory.mktemp("airflow-home"))
    migrate(env)
    return env


@pytest.fixture()
def env(base_env: dict[str, str], s3_env: str) -> dict[str, str]:
    """The Airflow env plus the AWS settings pointing at the moto server."""
    import os

    aws = {k: v for k, v in os.environ.items() if k.startswith("AWS_")}
    return {**base_env, **aws}


@pytest.fixture()
def site(tmp_path: Path) -> Any:
    with running_site() as base:
        sources = tmp_path / "sources.yaml"
        sources.write_text(sample_sources_yaml(base), encoding="utf-8")
        base.sources_file = str(sources)
        yield base


def _states(result: dict[str, Any]) -> dict[str, str]:
    return {f"{t}[{i}]": s for t, i, s in result["tis"]}


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_ingest_end_to_end_and_rerun_is_idempotent(
    env: dict[str, str], site: Any, s3_lake_uri: str, tmp_path: Path
) -> None:
    conf = {"sources_file": site.sources_file, "lake": s3_lake_uri}
    first = dag_test(env, "rasd_ingest", INTERVAL_END, conf, tmp_path / "run1.log")
    assert first["state"] == "success", first
    assert _states(first) == {
        "plan_sources[-1]": "success",
        "crawl_source[0]": "success",
        "process_interval[-1]": "success",
        "report[-1]": "success",
    }
    crawl = first["values"]["crawl_source[0]"]
    assert crawl["source"] == "badia_news"
    assert crawl["run_key"] == f"{INTERVAL_KEY}-badia_news"
    assert crawl["fetched"] > 0 and crawl["bytes"] > 0 and crawl["error"] is None
    report = first["values"]["report[-1]"]
    for key in ("fetched", "new", "failed", "duplicates", "rejects", "bytes"):
        assert key in report and key in first["values"]["process_interval[-1]"]
    assert report["failed_sources"] == []

    lake = open_lake(s3_lake_uri)
    articles = read_dataset(lake, ARTICLES, columns=["article_id", "run_key", "source"])
    ids = articles.column("article_id").to_pylist()
    assert len(ids) == report["new"] > 0
    assert len(set(ids)) == len(ids)
    assert set(articles.column("run_key").to_pylist()) == {INTERVAL_KEY}
    raw_rows = read_dataset(lake, RAW_INDEX).num_rows
    assert raw_rows == crawl["fetched"]
    fetched_pages = len(site.site.article_hits())

    # clearing and re-running the interval replaces its output: same rows, no page refetched
    second = dag_test(env, "rasd_ingest", INTERVAL_END, conf, tmp_path / "run2.log")
    assert second["state"] == "success", second
    again = read_dataset(lake, ARTICLES, columns=["article_id", "run_key"])
    assert sorted(again.column("article_id").to_pylist()) == sorted(ids)
    assert read_dataset(lake, RAW_INDEX).num_rows == raw_rows
    assert len(site.site.article_hits()) == fetched_pages
    assert second["values"]["crawl_source[0]"]["new"] == 0


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_backfill_two_intervals_then_resume_skips_done_work(
    env: dict[str, str], site: Any, s3_lake_uri: str, tmp_path: Path
) -> None:
    conf = {
        "sources_file": site.sources_file,
        "lake": s3_lake_uri,
        "from_date": "2025-11-14",
        "to_date": "2025-11-16",
        "chunk_days": 1,
    }
    first = dag_test(env, "rasd_backfill", None, conf, tmp_path / "bf1.log")
    assert first["state"] == "success", first
    chunks = [first["values"][f"backfill_chunk[{i}]"] for i in (0, 1)]
    keys = ["backfill-20251114T0000-20251115T0000", "backfill-20251115T0000-20251116T0000"]
    assert [c["chunk"] for c in chunks] == keys
    assert all(c["crawled"] == ["badia_news"] and c["processed"] for c in chunks)
    assert first["values"]["report[-1]"]["chunks_done"] == 2
    lake = open_lake(s3_lake_uri)
    for key in keys:
        assert lake.exists(backfill_marker_key(key, "badia_news"))
        assert lake.exists(backfill_marker_key(key))
    articles = read_dataset(lake, ARTICLES, columns=["article_id", "run_key"])
    ids = articles.column("article_id").to_pylist()
    assert ids and len(set(ids)) == len(ids)
    assert set(articles.column("run_key").to_pylist()) <= set(keys)

    # a failure in the second chunk (its markers gone): the re-run skips the first chunk entirely
    lake.delete(backfill_marker_key(keys[1], "badia_news"))
    lake.delete(backfill_marker_key(keys[1]))
    site.site.clear_hits()
    second = dag_test(env, "rasd_backfill", None, conf, tmp_path / "bf2.log")
    assert second["state"] == "success", second
    redo = [second["values"][f"backfill_chunk[{i}]"] for i in (0, 1)]
    assert redo[0]["skipped"] == ["badia_news"] and not redo[0]["processed"]
    assert redo[1]["crawled"] == ["badia_news"] and redo[1]["processed"]
    assert site.site.article_hits() == []  # nothing fetched again
    again = read_dataset(lake, ARTICLES, columns=["article_id"]).column("article_id").to_pylist()
    assert sorted(again) == sorted(ids)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_failed_task_is_logged_and_posted_to_the_webhook_connection(
    base_env: dict[str, str], site: Any, tmp_path: Path
) -> None:
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = {"conn_type": "http", "host": f"http://127.0.0.1:{server.server_port}/rasd-hook"}
    env = {**base_env, "AIRFLOW_CONN_RASD_WEBHOOK": json.dumps(hook)}
    conf = {
        "sources_file": site.sources_file,
        "lake": str(tmp_path / "lake"),
        "sources": ["no_such_outlet"],  # a configuration error: plan_sources fails at once
    }
    try:
        result = dag_test(env, "rasd_ingest", INTERVAL_END, conf, tmp_path / "fail.log")
    finally:
        server.shutdown()
    assert result["state"] == "failed"
    assert _states(result)["plan_sources[-1]"] == "failed"
    log = (tmp_path / "fail.log").read_text()
    assert "rasd failure" in log and "no_such_outlet" in log
    notices = [n for n in received if n["task_id"] == "plan_sources"]
    assert notices, received
    assert notices[0]["dag_id"] == "rasd_ingest" and "no_such_outlet" in notices[0]["error"]


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_maintenance_dag_compacts_checks_and_retains(
    base_env: dict[str, str], tmp_path: Path
) -> None:
    lake_dir = tmp_path / "lake"
    lake = open_lake(str(lake_dir))
    start = datetime(2026, 1, 5, tzinfo=UTC)
    for h in range(3):
        s, e = start + timedelta(hours=h), start + timedelta(hours=h + 1)
        row = {
            "article_id": f"id{h}",
            "url": f"https://a.example/{h}",
            "canonical_url": f"https://a.example/{h}",
            "source": "a",
            "year": "2026",
            "month": "01",
            "crawled_at": s,
            "title": "t",
            "text": "نص",
        }
        write_run(lake, ARTICLES, [row], f"{s:%Y%m%dT%H%M}-{e:%Y%m%dT%H%M}")
    lake.put(warc_key("a", date(2024, 1, 1), "old", 0), b"warc")
    conf = {"lake": str(lake_dir), "raw_keep_days": 365}
    # data interval [2026-01-20 03:00, 2026-01-21 03:00)
    result = dag_test(
        base_env, "rasd_maintenance", "2026-01-21T03:00:00+00:00", conf, tmp_path / "m.log"
    )
    assert result["state"] == "success", result
    compact = result["values"]["compact[-1]"]
    assert compact["files_in"] == 3 and compact["files_out"] == 1
    assert result["values"]["quality[-1]"]["failed"] == 0
    assert result["values"]["retention[-1]"]["warc_files"] == 1
    assert read_dataset(lake, ARTICLES).num_rows == 3
