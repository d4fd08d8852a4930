"""Lake statistics for ``rasd stats``: articles per source and day, last runs, failures."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from pipeline import datasets as ds
from pipeline.lake import Lake


def record_run_summary(lake: Lake, run_key: str, summary: dict[str, Any]) -> None:
    """Keep the summary of a whole run where ``rasd stats`` finds it."""
    lake.put_json(
        ds.run_summary_key(run_key),
        {"run_key": run_key, "finished_at": datetime.now(UTC).isoformat(), **summary},
    )


def last_runs(lake: Lake, limit: int = 5) -> list[dict[str, Any]]:
    """The most recent run summaries, newest first."""
    runs = []
    for key in lake.list(ds.run_summaries_prefix()):
        try:
            runs.append(json.loads(lake.get(key)))
        except ValueError:
            continue
    runs.sort(key=lambda r: r.get("finished_at", ""), reverse=True)
    return runs[:limit]


def _query(table: pa.Table, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect()
    con.register("t", table)
    return con.execute(sql).fetchall()


def lake_stats(lake: Lake, days: int = 14) -> dict[str, Any]:
    """Counts a operator wants at a glance, as plain data."""
    articles = ds.read_dataset(
        lake, ds.ARTICLES, columns=["source", "published_at", "duplicate_of"]
    )
    per_day = _query(
        articles,
        "select source, cast(published_at as date) as day, count(*) as n, "
        "count(duplicate_of) as reprints from t group by all order by day desc nulls last, source",
    )
    recent_days = sorted({d for _, d, _, _ in per_day if d is not None}, reverse=True)[:days]
    totals = _query(
        articles, "select source, count(*), count(duplicate_of) from t group by all order by 1"
    )
    log = ds.read_dataset(lake, ds.CRAWL_LOG, columns=["source", "status", "error"])
    failures = _query(
        log,
        "select source, coalesce(cast(status as varchar), error, 'unknown') as what, count(*) "
        "from t group by all order by 1, 3 desc",
    )
    rejects = ds.read_dataset(lake, ds.REJECTS, columns=["source", "reason"])
    reject_counts = _query(
        rejects, "select source, reason, count(*) from t group by all order by 1, 3 desc"
    )
    return {
        "lake": lake.uri,
        "articles": {src: {"total": n, "reprints": r} for src, n, r in totals},
        "per_day": [
            {"source": s, "day": str(d), "articles": n, "reprints": r}
            for s, d, n, r in per_day
            if d is None or d in recent_days
        ],
        "failures": [{"source": s, "what": w, "count": n} for s, w, n in failures],
        "rejects": [{"source": s, "reason": w, "count": n} for s, w, n in reject_counts],
        "last_runs": last_runs(lake),
    }


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [headers, *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_stats(stats: dict[str, Any]) -> str:
    """Stats as plain-text tables."""
    parts = [f"lake: {stats['lake']}", ""]
    arts = stats["articles"]
    parts.append(
        _table(
            ["source", "articles", "reprints"],
            [[s, v["total"], v["reprints"]] for s, v in arts.items()],
        )
        if arts
        else "no articles yet"
    )
    if stats["per_day"]:
        parts += ["", "per day (published):"]
        parts.append(
            _table(
                ["day", "source", "articles", "reprints"],
                [[r["day"], r["source"], r["articles"], r["reprints"]] for r in stats["per_day"]],
            )
        )
    parts += ["", "last runs:"]
    if stats["last_runs"]:
        parts.append(
            _table(
                ["run", "finished", "failed sources"],
                [
                    [
                        r["run_key"],
                        r.get("finished_at", "?"),
                        ", ".join(r.get("failed_sources") or []) or "-",
                    ]
                    for r in stats["last_runs"]
                ],
            )
        )
    else:
        parts.append("none recorded")
    parts += ["", "failed fetches:"]
    parts.append(
        _table(
            ["source", "status/error", "count"],
            [[f["source"], f["what"], f["count"]] for f in stats["failures"]],
        )
        if stats["failures"]
        else "none"
    )
    if stats["rejects"]:
        parts += ["", "rejected pages:"]
        parts.append(
            _table(
                ["source", "reason", "count"],
                [[r["source"], r["reason"], r["count"]] for r in stats["rejects"]],
            )
        )
    return "\n".join(parts)
