"""The rasd command line: help everywhere, stats, and one-line errors that name the fix."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline import datasets as ds
from pipeline.cli import build_parser, main
from pipeline.lake import LocalLake
from pipeline.stats import record_run_summary

COMMANDS = ["run", "crawl", "process", "stats", "sources-check", "sample-site", "events"]


def rasd(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed console script."""
    exe = Path(sys.executable).with_name("rasd")
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env or os.environ.copy(), timeout=120
    )


def test_help_everywhere() -> None:
    top = rasd("--help")
    assert top.returncode == 0
    assert "Exit codes" in top.stdout
    for command in COMMANDS:
        result = rasd(command, "--help")
        assert result.returncode == 0, result.stderr
        assert "usage: rasd " + command in result.stdout


def test_every_command_has_a_handler() -> None:
    parser = build_parser()
    for command in COMMANDS:
        args = parser.parse_args(
            [command, "--help"][:1] + (["--text-file", "x"] if command == "events" else [])
        )
        assert callable(args.func)


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["process", "--since", "yesterday"])
    assert info.value.code == 2
    assert "write YYYY-MM-DD" in capsys.readouterr().err


def test_stats_counts_per_source_and_day(tmp_path: Path) -> None:
    lake = LocalLake(tmp_path / "lake")
    moment = datetime(2024, 3, 5, 10, tzinfo=UTC)
    rows = [
        {
            "article_id": f"a{i}",
            "url": f"https://x/{i}",
            "canonical_url": f"https://x/{i}",
            "source": "almodon" if i < 3 else "baladi",
            "published_at": moment,
            "duplicate_of": "a0" if i == 2 else None,
            **ds.year_month(moment, moment),
        }
        for i in range(5)
    ]
    ds.write_run(lake, ds.ARTICLES, rows, "r1")
    ds.write_run(
        lake,
        ds.CRAWL_LOG,
        [
            {
                "url": "https://x/bad",
                "status": 503,
                "attempts": 3,
                "time": moment,
                "source": "baladi",
                "crawl_date": "2024-03-05",
            }
        ],
        "r1",
    )
    record_run_summary(lake, "r1", {"failed_sources": ["baladi"]})
    result = rasd("stats", "--lake", str(lake.root), "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["articles"] == {
        "almodon": {"total": 3, "reprints": 1},
        "baladi": {"total": 2, "reprints": 0},
    }
    assert {"source": "almodon", "day": "2024-03-05", "articles": 3, "reprints": 1} in stats[
        "per_day"
    ]
    assert stats["failures"] == [{"source": "baladi", "what": "503", "count": 1}]
    assert stats["last_runs"][0]["failed_sources"] == ["baladi"]
    text = rasd("stats", "--lake", str(lake.root))
    assert "almodon" in text.stdout and "failed fetches" in text.stdout


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_s3_endpoint_one_line_error() -> None:
    env = dict(
        os.environ,
        AWS_ENDPOINT_URL=f"http://127.0.0.1:{_closed_port()}",
        AWS_ACCESS_KEY_ID="x",
        AWS_SECRET_ACCESS_KEY="x",
        AWS_DEFAULT_REGION="us-east-1",
    )
    result = rasd("stats", "--lake", "s3://bucket/lake", env=env)
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "cannot reach the S3 endpoint" in lines[0] and "fix: check AWS_ENDPOINT_URL" in lines[0]


def test_missing_bucket_one_line_error(s3_env: str) -> None:
    result = rasd("stats", "--lake", "s3://no-such-bucket/lake", env=os.environ.copy())
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1
    assert "bucket 'no-such-bucket' does not exist" in result.stderr
    assert "aws s3 mb" in result.stderr


def test_unwritable_folder_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = rasd("stats", "--lake", str(blocker / "lake"))
    assert result.returncode == 3
    assert "cannot create the lake folder" in result.stderr
    assert "--lake" in result.stderr


def test_events_command_reads_utf8_only(tmp_path: Path) -> None:
    bad = tmp_path / "report.txt"
    bad.write_bytes("قتل 5 عناصر".encode("cp1256"))
    result = rasd("events", "--text-file", str(bad))
    assert result.returncode == 2
    assert "is not UTF-8" in result.stderr and "iconv" in result.stderr
    missing = rasd("events", "--text-file", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_invalid_sources_file_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "sources.yaml"
    bad.write_text(
        "sources:\n  - name: almodon\n    feeds: [https://www.almodon.com/rss]\n"
        "  - name: Bad Name\n    feeds: [https://x.example/feed]\n",
        encoding="utf-8",
    )
    result = rasd("run", "--sources", str(bad), "--lake", str(tmp_path / "lake"))
    assert result.returncode == 2
    line = result.stderr.strip()
    assert "\n" not in line
    assert f"{bad}:4" in line and "'name'" in line and "fix:" in line
    missing = rasd(
        "run", "--sources", str(tmp_path / "nope.yaml"), "--lake", str(tmp_path / "lake")
    )
    assert missing.returncode == 2 and "nope.yaml" in missing.stderr
    assert not (tmp_path / "lake").exists() or not any((tmp_path / "lake").rglob("*.parquet"))
