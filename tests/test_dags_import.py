"""Every file in dags/ imports cleanly into a DagBag, with docs, retries and the agreed shape."""

from __future__ import annotations

import ast
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from airflow_harness import DAGS, PYTHON, airflow_env

# Loads the DagBag in a fresh interpreter configured only through the environment.
BAG_SCRIPT = r"""
import json, sys
from pathlib import Path
from airflow.dag_processing.dagbag import BundleDagBag
folder = Path(sys.argv[1])
bag = BundleDagBag(dag_folder=str(folder), bundle_path=folder, bundle_name="dags-folder")
out = {"errors": {k: str(v) for k, v in bag.import_errors.items()}, "dags": {}}
for dag_id, dag in bag.dags.items():
    tasks = {}
    for t in dag.tasks:
        tasks[t.task_id] = {
            "doc_md": bool(t.doc_md), "retries": t.retries, "pool": t.pool,
            "pool_slots": t.pool_slots,
            "timeout": t.execution_timeout.total_seconds() if t.execution_timeout else None,
            "backoff": t.retry_exponential_backoff, "trigger_rule": getattr(t.trigger_rule, "value", str(t.trigger_rule)),
            "mapped": "Mapped" in type(t).__name__,
            "max_active_tis_per_dag": t.max_active_tis_per_dag,
            "callback": bool(t.on_failure_callback),
            "outlets": [getattr(o, "name", str(o)) for o in (t.outlets or [])],
            "upstream": sorted(t.upstream_task_ids),
        }
    out["dags"][dag_id] = {
        "doc_md": dag.doc_md or "", "schedule": repr(getattr(dag.timetable, "_expression", dag.timetable)),
        "max_active_runs": dag.max_active_runs, "params": sorted(dag.params.keys()),
        "catchup": dag.catchup, "tasks": tasks,
    }
print("BAG " + json.dumps(out))
"""


@pytest.fixture(scope="module")
def bag(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    env = airflow_env(tmp_path_factory.mktemp("airflow-home"), RASD_RETRIES="3")
    proc = subprocess.run(
        [PYTHON, "-c", BAG_SCRIPT, str(DAGS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("BAG ")]
    assert proc.returncode == 0 and lines, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(lines[-1][4:])


def test_no_import_errors(bag: dict[str, Any]) -> None:
    assert bag["errors"] == {}
    assert set(bag["dags"]) == {"rasd_ingest", "rasd_backfill", "rasd_maintenance"}


def test_every_dag_and_task_is_documented_and_fails_loudly(bag: dict[str, Any]) -> None:
    for dag_id, dag in bag["dags"].items():
        assert len(dag["doc_md"]) > 200, dag_id
        for task_id, task in dag["tasks"].items():
            assert task["doc_md"], f"{dag_id}.{task_id} has no doc_md"
            assert task["callback"], f"{dag_id}.{task_id} has no failure callback"
            assert task["timeout"], f"{dag_id}.{task_id} has no execution timeout"


def test_ingest_shape(bag: dict[str, Any]) -> None:
    dag = bag["dags"]["rasd_ingest"]
    assert dag["max_active_runs"] == 1 and dag["catchup"] is False
    assert "0 * * * *" in dag["schedule"]
    assert {"sources_file", "lake", "sources"} <= set(dag["params"])
    crawl = dag["tasks"]["crawl_source"]
    assert crawl["mapped"] and crawl["pool"] == "rasd_crawl"
    assert crawl["retries"] == 3 and crawl["backoff"] and crawl["timeout"] <= 3600
    process = dag["tasks"]["process_interval"]
    assert process["upstream"] == ["crawl_source", "plan_sources"]
    assert process["trigger_rule"] == "all_done_min_one_success"
    assert process["outlets"] == ["rasd_articles"]
    assert dag["tasks"]["report"]["upstream"] == ["plan_sources", "process_interval"]


def test_backfill_shape(bag: dict[str, Any]) -> None:
    dag = bag["dags"]["rasd_backfill"]
    chunk = dag["tasks"]["backfill_chunk"]
    assert chunk["mapped"] and chunk["max_active_tis_per_dag"] == 1
    assert chunk["pool"] == "rasd_crawl" and chunk["pool_slots"] == 4  # the whole pool
    assert {"from_date", "to_date", "chunk_days"} <= set(dag["params"])
    assert "airflow backfill create --dag-id rasd_ingest" in dag["doc_md"]


def test_maintenance_shape(bag: dict[str, Any]) -> None:
    dag = bag["dags"]["rasd_maintenance"]
    assert {"compact", "quality", "retention"} == set(dag["tasks"])
    assert "3 * * *" in dag["schedule"]


def test_dag_files_import_no_project_code_at_top_level() -> None:
    for path in Path(DAGS).glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in tree.body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [node.module]
                    if isinstance(node, ast.ImportFrom)
                    else [a.name for a in node.names]
                )
                for name in names:
                    root = (name or "").split(".")[0]
                    assert root not in {"pipeline", "spiders", "scrapy", "pyarrow", "boto3"}, (
                        f"{path.name} imports {name} at top level"
                    )
