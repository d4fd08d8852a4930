"""Run a crawl from Python (CLI, Airflow tasks): Scrapy runs in a subprocess, a summary comes back.

Twisted reactors cannot restart and Airflow may run several tasks in one process, so each call
starts ``python -m spiders.crawl_process`` with this process's environment (AWS_ENDPOINT_URL,
credentials, RASD_* settings) and reads its JSON results; its errors surface in the summary.
Set RASD_CRAWL_LOG_DIR to keep Scrapy's full log of each crawl there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.config import manual_run_key
from pipeline.datasets import safe_run_key
from pipeline.lake import open_lake
from pipeline.sources import load_sources

REPO_ROOT = Path(__file__).resolve().parents[1]
LOG_TAIL_CHARS = 3000


def _iso(ts: datetime | None) -> str | None:
    if ts is None:
        return None
    return (ts if ts.tzinfo else ts.replace(tzinfo=UTC)).isoformat()


def crawl(
    sources_file: str,
    lake_uri: str,
    *,
    sources: list[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    run_key: str | None = None,
    settings: dict[str, Any] | None = None,
    timeout: float | None = None,
) -> dict[str, Any]:
    """Crawl the named (else every enabled) source into the lake; return a JSON-able summary.

    ``since``/``until`` bound the crawl window (sitemap lastmod, feed dates, WordPress after/before);
    naive datetimes are UTC. ``settings`` overrides Scrapy settings (tests turn politeness off).
    Summary: {"run_key", "sources": {name: {"fetched","new","unchanged","failed","bytes","error",
    ...}}, "failed_sources": [...]}.
    """
    registry = load_sources(sources_file)
    selected = registry.select(sources)
    run_key = run_key or manual_run_key()
    open_lake(lake_uri).check_writable()
    summary: dict[str, Any] = {
        "run_key": run_key,
        "lake": lake_uri,
        "since": _iso(since),
        "until": _iso(until),
        "sources": {},
        "failed_sources": [],
    }
    if not selected:
        return summary
    with tempfile.TemporaryDirectory(prefix="rasd-crawl-") as tmp:
        work = Path(tmp)
        (work / "summaries").mkdir()
        config = {
            "sources": [s.model_dump(mode="json") for s in selected],
            "lake_uri": lake_uri,
            "run_key": run_key,
            "since": _iso(since),
            "until": _iso(until),
            "settings": settings or {},
            "summary_dir": str(work / "summaries"),
        }
        (work / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
        out = work / "results.json"
        env = os.environ.copy()
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
        log_path = work / "crawl.log"
        with open(log_path, "wb") as log:
            try:
                proc = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "spiders.crawl_process",
                        str(work / "config.json"),
                        str(out),
                    ],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    timeout=timeout,
                    check=False,
                )
                code: int | None = proc.returncode
            except subprocess.TimeoutExpired:
                code = None
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-LOG_TAIL_CHARS:]
        if log_dir := os.environ.get("RASD_CRAWL_LOG_DIR"):  # keep Scrapy's full log
            kept = Path(log_dir) / f"crawl-{safe_run_key(run_key)}.log"
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(log_path, kept)
            summary["log_file"] = str(kept)
        if out.exists():
            results = json.loads(out.read_text(encoding="utf-8"))
        else:  # the subprocess died: sources that finished left their own summaries
            why = "timed out" if code is None else f"exited with code {code}"
            results = {}
            for src in selected:
                done = work / "summaries" / f"{src.name}.json"
                results[src.name] = (
                    json.loads(done.read_text(encoding="utf-8"))
                    if done.exists()
                    else {
                        "fetched": 0,
                        "new": 0,
                        "unchanged": 0,
                        "failed": 0,
                        "bytes": 0,
                        "error": f"crawl subprocess {why} before this source finished: "
                        f"{tail.strip()[-600:]}",
                    }
                )
        if code != 0:
            summary["log_tail"] = tail
    summary["sources"] = results
    summary["failed_sources"] = sorted(n for n, r in results.items() if r.get("error"))
    return summary
