"""Layering rules: pipeline/ knows nothing of Airflow or Scrapy; only datasets.py builds lake keys."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORBIDDEN_IN_PIPELINE = ("airflow", "scrapy", "twisted", "spiders", "dags")


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module a file imports (anywhere in it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_pipeline_never_imports_airflow_or_scrapy() -> None:
    offenders = {
        str(path.relative_to(REPO)): sorted(imported_modules(path) & set(FORBIDDEN_IN_PIPELINE))
        for path in (REPO / "pipeline").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_pipeline_imports_alone() -> None:
    code = (
        "import sys, pkgutil, importlib, pipeline\n"
        "for m in pkgutil.walk_packages(pipeline.__path__, 'pipeline.'):\n"
        "    if m.name in ('pipeline.demo',):\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('airflow', 'scrapy', 'twisted')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_only_datasets_module_builds_lake_partition_paths() -> None:
    pattern_users = []
    for path in list((REPO / "pipeline").rglob("*.py")) + list((REPO / "spiders").rglob("*.py")):
        if path.name == "datasets.py":
            continue
        text = path.read_text(encoding="utf-8")
        if any(marker in text for marker in ('"raw/warc', "'raw/warc", "source={", "year={")):
            pattern_users.append(str(path.relative_to(REPO)))
    assert pattern_users == []
