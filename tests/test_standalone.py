"""`make run`'s launcher: airflow standalone serves the health endpoint and lists rasd_ingest."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from airflow_harness import stop

REPO = Path(__file__).resolve().parents[1]
LAUNCHER = REPO / "dags" / "standalone.sh"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, token: str | None = None) -> dict:
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())


def _post(url: str, body: dict) -> dict:
    req = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())


def _stop(proc: subprocess.Popen) -> None:
    """Ctrl-C the launcher, then terminate and kill its whole process group if it lingers."""
    stop(proc, grace=15, interrupt_first=True)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_standalone_serves_health_and_lists_rasd_ingest(tmp_path: Path) -> None:
    port = _free_port()
    home = tmp_path / "airflow"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "RASD_"))}
    env.update(
        AIRFLOW_HOME=str(home),
        RASD_AIRFLOW_PORT=str(port),
        RASD_LAKE=str(tmp_path / "lake"),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
    )
    log = open(tmp_path / "standalone.log", "wb")
    proc = subprocess.Popen(
        [str(LAUNCHER)], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        health = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                health = _get(f"{base}/api/v2/monitor/health")
                if all(
                    health.get(c, {}).get("status") == "healthy"
                    for c in ("metadatabase", "scheduler", "dag_processor")
                ):
                    break
            except OSError:
                pass
            time.sleep(1)
        assert proc.poll() is None, (tmp_path / "standalone.log").read_text()[-3000:]
        assert health and health["metadatabase"]["status"] == "healthy", health
        assert health["scheduler"]["status"] == "healthy", health

        password = json.loads((home / "simple_auth_manager_passwords.json").read_text())["admin"]
        token = _post(f"{base}/auth/token", {"username": "admin", "password": password})[
            "access_token"
        ]
        dag_ids: set[str] = set()
        while time.monotonic() < deadline and "rasd_ingest" not in dag_ids:
            dag_ids = {d["dag_id"] for d in _get(f"{base}/api/v2/dags", token)["dags"]}
            time.sleep(1)
        assert {"rasd_ingest", "rasd_backfill", "rasd_maintenance"} <= dag_ids
        errors = _get(f"{base}/api/v2/importErrors", token)
        assert errors["total_entries"] == 0, errors
        ingest = _get(f"{base}/api/v2/dags/rasd_ingest", token)
        assert ingest["is_paused"] is True  # nothing crawls the real outlets until unpaused
        pools = {p["name"]: p for p in _get(f"{base}/api/v2/pools", token)["pools"]}
        assert pools["rasd_crawl"]["slots"] == 4
        banner = (tmp_path / "standalone.log").read_text()
        assert f"{base}" in banner and f"admin / {password}" in banner
    finally:
        _stop(proc)
        log.close()
    assert proc.poll() is not None
