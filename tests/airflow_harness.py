"""Helpers for tests that run Airflow: isolated AIRFLOW_HOME, env-only configuration, dag.test()."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DAGS = REPO / "dags"
PYTHON = sys.executable
AIRFLOW = str(Path(sys.executable).with_name("airflow"))

# Runs one DAG with dag.test() and prints the run's state, task states and return values.
DAG_TEST_SCRIPT = r"""
import json, sys
from datetime import datetime
from pathlib import Path
from airflow.dag_processing.dagbag import BundleDagBag
from airflow.models.xcom import XComModel
from airflow.utils.session import create_session

folder, dag_id, logical, conf = Path(sys.argv[1]), sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
bag = BundleDagBag(dag_folder=str(folder), bundle_path=folder, bundle_name="dags-folder")
assert not bag.import_errors, bag.import_errors
dag = bag.get_dag(dag_id)
dr = dag.test(logical_date=datetime.fromisoformat(logical) if logical else None, run_conf=conf)
tis = sorted([ti.task_id, ti.map_index, str(ti.state)] for ti in dr.get_task_instances())
values = {}
with create_session() as session:
    rows = session.query(XComModel).filter_by(dag_id=dag_id, run_id=dr.run_id, key="return_value")
    for row in rows:
        values[f"{row.task_id}[{row.map_index}]"] = XComModel.deserialize_value(row)
print("RESULT " + json.dumps({"state": str(dr.state), "tis": tis, "values": values}, default=str))
"""


def airflow_env(home: Path, db_url: str | None = None, **extra: str) -> dict[str, str]:
    """Environment for an isolated Airflow: everything from env vars, nothing from ~/airflow."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "RASD_"))}
    env.update(
        AIRFLOW_HOME=str(home),
        AIRFLOW__CORE__DAGS_FOLDER=str(DAGS),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION="True",
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=db_url or f"sqlite:///{home}/airflow.db",
        AIRFLOW__CORE__EXECUTOR="LocalExecutor",
        AIRFLOW__LOGGING__LOGGING_LEVEL="INFO",
        RASD_RETRIES="0",  # a failing task fails the test now, not after minutes of backoff
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p),
    )
    env.update(extra)
    home.mkdir(parents=True, exist_ok=True)
    return env


def airflow(env: dict[str, str], *args: str, timeout: float = 120) -> str:
    """Run an ``airflow`` CLI command; return its stdout, raise with its output on failure."""
    proc = subprocess.run(
        [AIRFLOW, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        raise AssertionError(
            f"airflow {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
    return proc.stdout


def migrate(env: dict[str, str]) -> None:
    """Create the metadata tables and the rasd_crawl pool."""
    airflow(env, "db", "migrate", timeout=300)
    airflow(env, "pools", "set", "rasd_crawl", "4", "Rasd crawls")


def dag_test(
    env: dict[str, str], dag_id: str, logical_date: str | None, conf: dict[str, Any], log: Path
) -> dict[str, Any]:
    """Run ``dag.test()`` in a subprocess; return {state, tis, values}; the output goes to ``log``."""
    with open(log, "w") as out:
        proc = subprocess.run(
            [
                PYTHON,
                "-c",
                DAG_TEST_SCRIPT,
                str(DAGS),
                dag_id,
                logical_date or "",
                json.dumps(conf),
            ],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=600,
            check=False,
        )
    text = log.read_text()
    lines = [ln for ln in text.splitlines() if ln.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, f"dag.test of {dag_id} failed:\n{text[-5000:]}"
    return json.loads(lines[-1][len("RESULT ") :])


def stop(proc: subprocess.Popen[Any], grace: float = 20, interrupt_first: bool = False) -> None:
    """Stop a process started with ``start_new_session=True`` and everything in its group.

    With ``interrupt_first`` the process gets Ctrl-C (SIGINT) first, as a user stops ``make run``.
    """
    steps = [(signal.SIGTERM, grace), (signal.SIGKILL, 10)]
    if interrupt_first:
        steps.insert(0, (signal.SIGINT, 30))
    for sig, wait in steps:
        if proc.poll() is not None:
            break
        try:
            if sig == signal.SIGINT:
                proc.send_signal(sig)
            else:
                os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
