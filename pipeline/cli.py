"""The ``rasd`` command line.

Exit codes: 0 success; 1 unexpected failure; 2 bad configuration or usage (sources file, arguments);
3 lake unusable (unreachable endpoint, missing bucket, denied access, unwritable folder);
4 corrupt stored data; 5 the run finished but some sources failed (the summary names them).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pipeline import config
from pipeline.crawler import load_crawler
from pipeline.errors import ConfigError, RasdError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_PARTIAL = 5


def _timestamp(text: str) -> datetime:
    """Parse a --since/--until value (YYYY-MM-DD or ISO timestamp) as UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _add_sources(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--sources",
        help="sources file (default: $RASD_SOURCES or ./sources.yaml)",
    )
    p.add_argument(
        "--source",
        action="append",
        dest="only",
        metavar="NAME",
        help="only this source (repeatable; default: every enabled source)",
    )


def _add_lake(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lake", help="lake: folder or s3://bucket/prefix (default: $RASD_LAKE or ./lake)"
    )


def _add_window(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", type=_timestamp, help="start of the window, inclusive (UTC)")
    p.add_argument("--until", type=_timestamp, help="end of the window, exclusive (UTC)")
    p.add_argument("--run-key", help="key of this run's output (default: manual-<timestamp>)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="rasd",
        description="Rasd: a deduplicated record of Arabic news reports on armed conflict.",
        epilog=(__doc__ or "").split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("run", help="crawl every enabled source once, then process what was fetched")
    _add_sources(p)
    _add_lake(p)
    _add_window(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("crawl", help="crawl sources into the raw archive (no processing)")
    _add_sources(p)
    _add_lake(p)
    _add_window(p)
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("process", help="extract, dedup and index raw pages into the datasets")
    _add_lake(p)
    _add_window(p)
    p.add_argument("--sources", help="sources file, for per-source time zones (optional)")
    p.add_argument(
        "--source", action="append", dest="only", metavar="NAME", help="only this source"
    )
    p.set_defaults(func=cmd_process)

    p = sub.add_parser("stats", help="articles per source and day, last runs, failures")
    _add_lake(p)
    p.add_argument("--days", type=int, default=14, help="how many recent days to show (default 14)")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("sources-check", help="validate a sources file and list its sources")
    p.add_argument("--sources", help="sources file (default: $RASD_SOURCES or ./sources.yaml)")
    p.set_defaults(func=cmd_sources_check)

    p = sub.add_parser("sample-site", help="serve the bundled sample Arabic news site over HTTP")
    p.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.set_defaults(func=cmd_sample_site)

    p = sub.add_parser("events", help="print casualty figures found in a text, one JSON per line")
    p.add_argument("--text-file", required=True, type=Path, help="UTF-8 text of one report")
    p.add_argument("--published", type=_day, help="publication date YYYY-MM-DD (resolves 'أمس'...)")
    p.set_defaults(func=cmd_events)
    return parser


def cmd_crawl(args: argparse.Namespace) -> int:
    """Crawl the sources into the raw archive."""
    from pipeline.lake import open_lake

    open_lake(config.lake_uri(args.lake)).check_writable()
    summary = load_crawler()(
        config.sources_file(args.sources),
        config.lake_uri(args.lake),
        sources=args.only,
        since=args.since,
        until=args.until,
        run_key=args.run_key or config.manual_run_key(),
    )
    _print_json(summary)
    return EXIT_PARTIAL if summary.get("failed_sources") else EXIT_OK


def cmd_process(args: argparse.Namespace) -> int:
    """Process raw pages into the datasets."""
    from pipeline.processing import process

    summary = process(
        config.lake_uri(args.lake),
        since=args.since,
        until=args.until,
        sources=args.only,
        run_key=args.run_key,  # None: the --since/--until interval, so a re-run replaces its output
        sources_file=args.sources,
    )
    _print_json(summary)
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    """Crawl, then process what this crawl fetched."""
    from pipeline.lake import open_lake
    from pipeline.processing import process
    from pipeline.sources import load_sources
    from pipeline.stats import record_run_summary

    crawl = load_crawler()
    run_key = args.run_key or config.manual_run_key()
    sources_file = config.sources_file(args.sources)
    load_sources(sources_file)  # a bad sources file fails here, before anything runs
    lake = config.lake_uri(args.lake)
    open_lake(lake).check_writable()
    crawled = crawl(
        sources_file, lake, sources=args.only, since=args.since, until=args.until, run_key=run_key
    )
    processed = process(
        lake,
        sources=args.only,
        crawl_run_keys=[crawled["run_key"]],
        run_key=run_key,
        sources_file=sources_file,
    )
    failed = crawled.get("failed_sources") or []
    summary = {"crawl": crawled, "process": processed, "failed_sources": failed}
    record_run_summary(open_lake(lake), run_key, summary)
    _print_json({"run_key": run_key, **summary})
    if failed:
        print(f"rasd: sources that failed: {', '.join(failed)}", file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """Print articles per source and day, last runs and failures."""
    from pipeline.lake import open_lake
    from pipeline.stats import lake_stats, render_stats

    stats = lake_stats(open_lake(config.lake_uri(args.lake)), days=args.days)
    if args.json:
        _print_json(stats)
    else:
        print(render_stats(stats))
    return EXIT_OK


def cmd_sources_check(args: argparse.Namespace) -> int:
    """Validate the sources file."""
    from pipeline.sources import load_sources

    path = config.sources_file(args.sources)
    registry = load_sources(path)
    for source in registry.sources:
        state = "enabled" if source.enabled else "disabled"
        print(f"{source.name}\t{state}")
    return EXIT_OK


def cmd_sample_site(args: argparse.Namespace) -> int:
    """Serve the sample site until interrupted."""
    from pipeline.sample_site import serve

    print(f"sample site on http://{args.host}:{args.port}/ (Ctrl-C to stop)", flush=True)
    try:
        serve(args.port, host=args.host)
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    """Print the casualty figures of one text."""
    try:
        text = args.text_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"no such file {args.text_file}", "give the path of a UTF-8 text file"
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(
            f"{args.text_file} is not UTF-8", "convert it: iconv -f WINDOWS-1256 -t UTF-8"
        ) from None
    from pipeline.conflict_events import figures_as_json

    for figure in figures_as_json(text, args.published):
        print(json.dumps(figure, ensure_ascii=False, default=str))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``rasd`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except RasdError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
