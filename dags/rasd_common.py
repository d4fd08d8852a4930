"""Shared wiring of the Rasd DAGs: configuration, defaults, summaries and the failure callback.

Not a DAG file. Kept free of heavy imports: ``pipeline``/``spiders`` are imported inside tasks.

Failure callback: every task (and every DAG run) that fails is logged with its DAG, task, run,
try number and error. When an Airflow Connection ``rasd_webhook`` exists, the same facts are
POSTed to it as JSON. Configure it in the UI (Admin > Connections) or by environment::

    AIRFLOW_CONN_RASD_WEBHOOK='{"conn_type": "http", "host": "https://hooks.example.org/rasd"}'

The URL is ``extra.url`` if set, else ``host`` when it is a full URL, else built from the
connection's type (http/https), host, port and schema (the path).
"""

from __future__ import annotations

import json
import logging
import os
import urllib.request
from datetime import timedelta
from pathlib import Path
from typing import Any

log = logging.getLogger("rasd.dags")

REPO = Path(__file__).resolve().parents[1]
CRAWL_POOL = "rasd_crawl"
CRAWL_POOL_SLOTS = int(os.environ.get("RASD_CRAWL_SLOTS", "4"))
WEBHOOK_CONN_ID = "rasd_webhook"
SUMMARY_KEYS = ("fetched", "new", "failed", "duplicates", "rejects", "bytes")


def default_sources_file() -> str:
    """RASD_SOURCES, else the repo's sources.yaml."""
    return os.environ.get("RASD_SOURCES") or str(REPO / "sources.yaml")


def default_lake() -> str:
    """RASD_LAKE, else ./lake beside the DAGs."""
    return os.environ.get("RASD_LAKE") or str(REPO / "lake")


def resolve(params: dict[str, Any] | None) -> tuple[str, str]:
    """The sources file and lake URI of a run: DAG params first, then the environment."""
    params = params or {}
    return (
        params.get("sources_file") or default_sources_file(),
        params.get("lake") or default_lake(),
    )


def enabled_sources(sources_file: str, only: list[str] | None) -> list[str]:
    """Names of the enabled outlets of a registry, or of the ``only`` ones (enabled or not)."""
    from pipeline.sources import load_sources

    return [s.name for s in load_sources(sources_file).select(list(only) if only else None)]


def summary(**counts: Any) -> dict[str, Any]:
    """A task summary with the standard counters (missing ones are 0) plus any extra fields."""
    out: dict[str, Any] = {k: 0 for k in SUMMARY_KEYS}
    out.update(counts)
    return out


def log_summary(task: str, value: dict[str, Any]) -> dict[str, Any]:
    """Log a task's summary as one JSON line and return it (shown as the task's XCom in the UI)."""
    log.info("rasd summary %s: %s", task, json.dumps(value, ensure_ascii=False, default=str))
    return value


def webhook_url(conn: Any) -> str | None:
    """The URL to POST failure notices to, from an Airflow Connection."""
    extra = conn.extra_dejson or {}
    if extra.get("url"):
        return str(extra["url"])
    host = conn.host or ""
    if host.startswith(("http://", "https://")):
        return host
    if not host:
        return None
    scheme = "https" if (conn.conn_type or "").lower() == "https" else "http"
    port = f":{conn.port}" if conn.port else ""
    path = "/" + conn.schema.lstrip("/") if conn.schema else ""
    return f"{scheme}://{host}{port}{path}"


def failure_notice(context: dict[str, Any]) -> dict[str, Any]:
    """The facts of a failure, JSON-able."""
    ti = context.get("ti") or context.get("task_instance")
    dag_run = context.get("dag_run")
    return {
        "event": "rasd_failure",
        "dag_id": getattr(ti, "dag_id", None) or getattr(dag_run, "dag_id", None),
        "task_id": getattr(ti, "task_id", None),
        "map_index": getattr(ti, "map_index", None),
        "run_id": getattr(ti, "run_id", None) or getattr(dag_run, "run_id", None),
        "try_number": getattr(ti, "try_number", None),
        "error": str(context.get("exception") or context.get("reason") or ""),
    }


def post_json(url: str, payload: dict[str, Any], timeout: float = 10.0) -> int:
    """POST ``payload`` as JSON to ``url``; return the HTTP status."""
    body = json.dumps(payload, ensure_ascii=False, default=str).encode()
    req = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.status


def on_failure(context: dict[str, Any]) -> None:
    """Failure callback: log the failure and POST it to the ``rasd_webhook`` connection if set."""
    notice = failure_notice(context)
    log.error("rasd failure: %s", json.dumps(notice, ensure_ascii=False))
    try:
        from airflow.sdk import BaseHook

        conn = BaseHook.get_connection(WEBHOOK_CONN_ID)
    except Exception:  # no such connection: logging is all we do
        return
    url = webhook_url(conn)
    if not url:
        return
    try:
        post_json(url, notice)
    except Exception as exc:  # a dead webhook must not hide the original failure
        log.warning("rasd failure webhook %s failed: %s", url, exc)


# Retries with exponential backoff: 2, 4, 8... minutes, at most 30. RASD_RETRIES overrides the
# count at parse time (tests and debugging use 0).
RETRIES = int(os.environ.get("RASD_RETRIES", "3"))

DEFAULT_ARGS: dict[str, Any] = {
    "owner": "rasd",
    "retries": RETRIES,
    "retry_delay": timedelta(minutes=2),
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(minutes=30),
    "execution_timeout": timedelta(minutes=50),
    "on_failure_callback": on_failure,
}
