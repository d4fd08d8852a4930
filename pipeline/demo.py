"""``make demo``: one offline run against the bundled sample site, a summary and a DuckDB query."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import duckdb

from pipeline import datasets as ds
from pipeline.cli import main as rasd_main
from pipeline.lake import open_lake
from pipeline.query import arrow_dataset
from pipeline.sample_site import running_site, sample_sources_yaml
from pipeline.stats import lake_stats, render_stats

QUERY = """
select source, strftime(published_at, '%Y-%m-%d') as day, left(title, 60) as title,
       coalesce(duplicate_of, '') as reprint_of, round(relevance, 2) as relevance
from articles
order by published_at desc nulls last
limit 15
"""


def run_demo(lake_uri: str) -> int:
    """Serve the sample site, run ``rasd run`` against it, print stats and a query."""
    with running_site() as base_url, tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.yaml"
        sources.write_text(sample_sources_yaml(base_url), encoding="utf-8")
        print(f"sample site at {base_url}; lake at {lake_uri}", flush=True)
        code = rasd_main(["run", "--sources", str(sources), "--lake", lake_uri])
    lake = open_lake(lake_uri)
    print()
    print(render_stats(lake_stats(lake)))
    articles = arrow_dataset(lake, ds.ARTICLES)  # noqa: F841 (DuckDB finds it by name)
    print("\nDuckDB:", " ".join(QUERY.split()))
    print(duckdb.sql(QUERY))
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m pipeline.demo``."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.demo", description=__doc__)
    parser.add_argument("--lake", default="demo-lake", help="lake to fill (default ./demo-lake)")
    args = parser.parse_args(argv)
    return run_demo(args.lake)


if __name__ == "__main__":
    sys.exit(main())
