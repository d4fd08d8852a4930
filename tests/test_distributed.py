"""rasd_ingest in the production shape on this machine: PostgreSQL metadata, CeleryExecutor with a
real Celery worker over Redis, API server, scheduler and DAG processor as separate processes, the
lake on the moto S3 server, crawling the sample site. Runs ``airflow backfill create`` over two
past hourly intervals, then a manual trigger."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from airflow_harness import AIRFLOW, airflow, airflow_env, stop

from pipeline.datasets import ARTICLES, RAW_INDEX, read_dataset
from pipeline.lake import open_lake
from pipeline.sample_site import running_site, sample_sources_yaml

PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres", "dbname": "test"}
REDIS_DB = 13  # a Redis database no other test uses; the Celery queue name is unique per run too
RUN_TIMEOUT = 240


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _psql(sql: str) -> None:
    import psycopg2

    conn = psycopg2.connect(**PG)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


@pytest.fixture()
def pg_database() -> Any:
    """A fresh PostgreSQL database for this run's Airflow metadata, dropped afterwards."""
    pytest.importorskip("psycopg2")
    name = f"rasd_airflow_{uuid.uuid4().hex[:10]}"
    try:
        _psql(f"CREATE DATABASE {name}")
    except Exception as exc:  # no server: this machine kind always has one, others may not
        pytest.skip(f"PostgreSQL at {PG['host']}:{PG['port']} unavailable: {exc}")
    try:
        yield f"postgresql+psycopg2://{PG['user']}@{PG['host']}:{PG['port']}/{name}"
    finally:
        _psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture()
def redis_url() -> str:
    redis = pytest.importorskip("redis")
    try:
        redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB).ping()
    except Exception as exc:
        pytest.skip(f"Redis at 127.0.0.1:6379 unavailable: {exc}")
    return f"redis://127.0.0.1:6379/{REDIS_DB}"


def _wait(
    what: str, check: Any, timeout: float, procs: dict[str, subprocess.Popen], logs: Path
) -> Any:
    """Poll ``check()`` until it returns something truthy; fail naming ``what`` (with logs)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for name, proc in procs.items():
            if proc.poll() is not None:
                pytest.fail(
                    f"{name} exited ({proc.returncode}):\n{(logs / f'{name}.log').read_text()[-4000:]}"
                )
        value = check()
        if value:
            return value
        time.sleep(2)
    tails = "\n".join(f"--- {n}\n{(logs / f'{n}.log').read_text()[-2500:]}" for n in procs)
    pytest.fail(f"timed out waiting for {what}\n{tails}")


def _runs(env: dict[str, str]) -> list[dict[str, Any]]:
    """Runs of rasd_ingest other than scheduled ones, from the CLI's JSON output."""
    out = airflow(env, "dags", "list-runs", "rasd_ingest", "-o", "json")
    match = re.search(r"^\[(\{|\])", out, re.M)
    runs = json.JSONDecoder().raw_decode(out[match.start() :])[0] if match else []
    return [r for r in runs if not r["run_id"].startswith("scheduled__")]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_ingest_on_celery_with_postgres_and_s3(
    tmp_path: Path, pg_database: str, redis_url: str, s3_lake_uri: str
) -> None:
    port = _free_port()
    queue = f"rasd-test-{uuid.uuid4().hex[:8]}"
    logs = tmp_path / "logs"
    logs.mkdir()
    aws = {k: v for k, v in os.environ.items() if k.startswith("AWS_")}
    with running_site() as base:
        sources = tmp_path / "sources.yaml"
        sources.write_text(sample_sources_yaml(base), encoding="utf-8")
        # the default registry (RASD_SOURCES) is empty, so the scheduled run that unpausing
        # creates crawls nothing; our runs name the sample site's registry in their conf
        empty = tmp_path / "no-sources.yaml"
        empty.write_text("sources: []\n", encoding="utf-8")
        conf = json.dumps({"sources_file": str(sources)})
        env = airflow_env(
            tmp_path / "airflow",
            db_url=pg_database,
            AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
            AIRFLOW__CELERY__BROKER_URL=redis_url,
            AIRFLOW__CELERY__RESULT_BACKEND="db+" + pg_database,
            AIRFLOW__CELERY__WORKER_CONCURRENCY="2",
            AIRFLOW__OPERATORS__DEFAULT_QUEUE=queue,
            AIRFLOW__API__PORT=str(port),
            AIRFLOW__API__HOST="127.0.0.1",
            AIRFLOW__API__BASE_URL=f"http://127.0.0.1:{port}",
            AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"http://127.0.0.1:{port}/execution/",
            AIRFLOW__API_AUTH__JWT_SECRET=uuid.uuid4().hex,
            AIRFLOW__CORE__FERNET_KEY="",
            AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT=str(_free_port()),
            AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC="2",
            AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL="5",
            RASD_LAKE=s3_lake_uri,
            RASD_SOURCES=str(empty),
            **aws,
        )
        airflow(env, "db", "migrate", timeout=300)
        airflow(env, "pools", "set", "rasd_crawl", "4", "Rasd crawls")
        commands = {
            "api-server": ["api-server", "--port", str(port)],
            "scheduler": ["scheduler"],
            "dag-processor": ["dag-processor"],
            "worker": ["celery", "worker", "--queues", queue, "--concurrency", "2"],
        }
        procs: dict[str, subprocess.Popen] = {}
        handles = []
        try:
            for name, args in commands.items():
                log = open(logs / f"{name}.log", "wb")
                handles.append(log)
                procs[name] = subprocess.Popen(
                    [AIRFLOW, *args],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )

            def parsed() -> bool:
                out = airflow(env, "dags", "list", "-o", "json")
                return "rasd_ingest" in out

            _wait("rasd_ingest to be parsed", parsed, 120, procs, logs)
            airflow(env, "dags", "unpause", "rasd_ingest")

            def finished(n: int) -> list[dict[str, Any]] | None:
                runs = _runs(env)
                done = [r for r in runs if r["state"] in ("success", "failed")]
                return runs if len(runs) >= n and len(done) == len(runs) else None

            # 1. Airflow's own backfill over two past hourly intervals, on an empty lake
            airflow(
                env,
                "backfill",
                "create",
                "--dag-id",
                "rasd_ingest",
                "--from-date",
                "2025-11-18T14:00:00+00:00",
                "--to-date",
                "2025-11-18T15:00:00+00:00",
                "--max-active-runs",
                "1",
                "--dag-run-conf",
                conf,
            )
            runs = _wait("the backfill runs", lambda: finished(2), RUN_TIMEOUT * 2, procs, logs)
            assert [r["state"] for r in runs] == ["success", "success"], runs
            assert all(r["run_id"].startswith("backfill__") for r in runs), runs
            lake = open_lake(s3_lake_uri)
            intervals = {"20251118T1400-20251118T1500", "20251118T1500-20251118T1600"}
            articles = read_dataset(lake, ARTICLES, columns=["article_id", "run_key"])
            assert articles.num_rows > 0
            assert set(articles.column("run_key").to_pylist()) <= intervals
            raw_keys = set(
                read_dataset(lake, RAW_INDEX, columns=["run_key"]).column("run_key").to_pylist()
            )
            assert raw_keys <= {f"{k}-badia_news" for k in intervals} and raw_keys
            worker_log = (logs / "worker.log").read_text()
            assert "crawl_source" in worker_log, worker_log[-3000:]  # the Celery worker ran it

            # 2. a manual trigger (Airflow 3: its interval is the last complete hour): nothing new
            airflow(env, "dags", "trigger", "rasd_ingest", "--conf", conf)
            runs = _wait("the triggered run", lambda: finished(3), RUN_TIMEOUT, procs, logs)
            assert all(r["state"] == "success" for r in runs), runs
            again = read_dataset(lake, ARTICLES, columns=["article_id"]).column("article_id")
            assert sorted(again.to_pylist()) == sorted(articles.column("article_id").to_pylist())
        finally:
            for proc in procs.values():
                stop(proc)
            for log in handles:
                log.close()
