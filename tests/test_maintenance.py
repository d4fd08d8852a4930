"""Lake upkeep (compaction, retention), data-quality checks, backfill planning, failure notices."""

from __future__ import annotations

import json
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from pipeline.backfill import parse_day, plan_chunks, run_chunk
from pipeline.data_quality import QualityError, Thresholds, check_day
from pipeline.datasets import (
    ARTICLES,
    RAW_INDEX,
    backfill_marker_key,
    list_partitions,
    read_dataset,
    warc_key,
    write_run,
)
from pipeline.errors import ConfigError, CorruptDataError
from pipeline.lake import Lake
from pipeline.maintenance import (
    COMPACTED_PREFIX,
    apply_raw_retention,
    compact_dataset,
    compact_lake,
    plan_bins,
    run_end_time,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dags"))
import rasd_common

NOW = datetime(2026, 1, 20, tzinfo=UTC)


def hour_key(start: datetime) -> str:
    return f"{start:%Y%m%dT%H%M}-{start + timedelta(hours=1):%Y%m%dT%H%M}"


def article(i: int, source: str = "a", crawled: datetime | None = None, **over: Any) -> dict:
    crawled = crawled or datetime(2026, 1, 5, 10, tzinfo=UTC)
    row = {
        "article_id": f"{source}{i:05d}",
        "url": f"https://{source}.example/{i}",
        "canonical_url": f"https://{source}.example/{i}",
        "title": f"عنوان {i}",
        "text": f"نص الخبر رقم {i}",
        "published_at": crawled - timedelta(hours=1),
        "crawled_at": crawled,
        "source": source,
        "year": "2026",
        "month": "01",
    }
    row.update(over)
    return row


def partition_files(lake: Lake) -> list[str]:
    prefix = ARTICLES.partition_prefix({"source": "a", "year": "2026", "month": "01"})
    return [n for n in lake.partition_files(prefix) if n.endswith(".parquet")]


# ---------------------------------------------------------------------------------------------
# compaction


def test_run_end_time_and_bins() -> None:
    assert run_end_time("part-20260101T0000-20260101T0100.parquet") == datetime(
        2026, 1, 1, 1, tzinfo=UTC
    )
    assert run_end_time("part-20260101T0000-20260101T0100-badia_news.parquet") == datetime(
        2026, 1, 1, 1, tzinfo=UTC
    )
    assert run_end_time("part-manual-20260102T030405.parquet") == datetime(
        2026, 1, 2, 3, 4, 5, tzinfo=UTC
    )
    assert run_end_time("part-whatever.parquet") is None
    assert run_end_time(f"{COMPACTED_PREFIX}abc.parquet") is None
    assert plan_bins({"a": 40, "b": 40, "c": 40, "d": 40, "e": 40}, 100) == [
        ["a", "b"],
        ["c", "d"],
    ]
    assert plan_bins({"a": 10}, 100) == []


def test_compaction_merges_settled_small_files_atomically_and_idempotently(lake: Lake) -> None:
    start = datetime(2026, 1, 5, tzinfo=UTC)
    keys = [hour_key(start + timedelta(hours=h)) for h in range(6)]
    for h, key in enumerate(keys):
        write_run(lake, ARTICLES, [article(h * 10 + i, run_key=key) for i in range(10)], key)
    recent = hour_key(NOW - timedelta(hours=2))  # not settled: may still be re-run
    write_run(lake, ARTICLES, [article(900 + i) for i in range(5)], recent)
    before = sorted(read_dataset(lake, ARTICLES).column("article_id").to_pylist())
    assert len(partition_files(lake)) == 7

    done = compact_dataset(lake, ARTICLES, now=NOW, target_bytes=1024 * 1024)
    assert done["files_in"] == 6 and done["files_out"] == 1 and done["rows"] == 60
    files = partition_files(lake)
    assert len(files) == 2
    assert f"part-{recent}.parquet" in files
    assert any(f.startswith(COMPACTED_PREFIX) for f in files)
    after = read_dataset(lake, ARTICLES)
    assert sorted(after.column("article_id").to_pylist()) == before
    assert set(after.column("run_key").to_pylist()) == {*keys, None}  # kept as written

    again = compact_lake(lake, now=NOW, target_bytes=1024 * 1024)
    assert again["articles"]["files_in"] == 0
    assert partition_files(lake) == files

    # the unsettled run can still replace its own output without duplicating rows
    write_run(lake, ARTICLES, [article(900 + i) for i in range(5)], recent)
    ids = read_dataset(lake, ARTICLES).column("article_id").to_pylist()
    assert sorted(ids) == before and len(set(ids)) == len(ids)


def test_compaction_respects_target_size(local_lake: Lake) -> None:
    start = datetime(2026, 1, 5, tzinfo=UTC)
    for h in range(6):
        write_run(
            local_lake,
            ARTICLES,
            [article(h * 10 + i) for i in range(10)],
            hour_key(start + timedelta(hours=h)),
        )
    size = max(
        len(
            local_lake.get(
                ARTICLES.partition_prefix({"source": "a", "year": "2026", "month": "01"}) + f
            )
        )
        for f in partition_files(local_lake)
    )
    done = compact_dataset(local_lake, ARTICLES, now=NOW, target_bytes=size * 3)
    assert done["files_in"] == 6 and done["files_out"] == 2
    assert read_dataset(local_lake, ARTICLES).num_rows == 60


def test_compaction_of_a_corrupt_file_fails_and_changes_nothing(local_lake: Lake) -> None:
    start = datetime(2026, 1, 5, tzinfo=UTC)
    for h in range(3):
        write_run(
            local_lake,
            ARTICLES,
            [article(h * 10 + i) for i in range(3)],
            hour_key(start + timedelta(hours=h)),
        )
    prefix = ARTICLES.partition_prefix({"source": "a", "year": "2026", "month": "01"})
    victim = prefix + partition_files(local_lake)[1]
    local_lake.put(victim, b"PAR1 not really parquet")
    files = partition_files(local_lake)
    with pytest.raises(CorruptDataError, match="corrupt Parquet"):
        compact_dataset(local_lake, ARTICLES, now=NOW, target_bytes=1024 * 1024)
    assert partition_files(local_lake) == files


# ---------------------------------------------------------------------------------------------
# retention


def test_raw_retention_by_age(lake: Lake) -> None:
    old, new = date(2025, 10, 1), date(2026, 1, 10)
    for day in (old, new):
        lake.put(warc_key("a", day, "run", 0), b"warc")
        write_run(
            lake,
            RAW_INDEX,
            [
                {
                    "url": f"https://a.example/{day}",
                    "canonical_url": f"https://a.example/{day}",
                    "warc_key": warc_key("a", day, "run", 0),
                    "offset": 0,
                    "length": 4,
                    "source": "a",
                    "crawl_date": day.isoformat(),
                }
            ],
            f"run-{day}",
        )
    done = apply_raw_retention(lake, keep_days=30, today=date(2026, 1, 20))
    assert done == {"cutoff": "2025-12-21", "warc_files": 1, "index_partitions": 1}
    assert not lake.exists(warc_key("a", old, "run", 0))
    assert lake.exists(warc_key("a", new, "run", 0))
    assert [p["crawl_date"] for p in list_partitions(lake, RAW_INDEX)] == [new.isoformat()]
    assert read_dataset(lake, RAW_INDEX).num_rows == 1
    again = apply_raw_retention(lake, keep_days=30, today=date(2026, 1, 20))
    assert again["warc_files"] == 0 and again["index_partitions"] == 0


# ---------------------------------------------------------------------------------------------
# data quality


def _history(lake: Lake, day: date, per_day: int = 10) -> None:
    for back in range(1, 15):
        d = datetime.combine(day - timedelta(days=back), datetime.min.time(), UTC) + timedelta(
            hours=9
        )
        rows = [
            article(back * 100 + i, crawled=d, year=f"{d.year}", month=f"{d.month:02d}")
            for i in range(per_day)
        ]
        write_run(lake, ARTICLES, rows, f"hist-{d:%Y%m%d}")


def test_quality_passes_on_a_normal_day(local_lake: Lake) -> None:
    day = date(2026, 1, 20)
    _history(local_lake, day)
    d = datetime(2026, 1, 20, 9, tzinfo=UTC)
    write_run(local_lake, ARTICLES, [article(5000 + i, crawled=d) for i in range(9)], "today")
    report = check_day(local_lake, day)
    assert report.failures == [], report.to_dict()
    names = {c.name for c in report.checks}
    assert {
        "volume",
        "null_rate:title",
        "null_rate:text",
        "duplicate_rows",
        "reprint_rate",
    } <= names
    report.raise_for_failures()


def test_quality_fails_loudly_on_volume_nulls_and_duplicates(local_lake: Lake) -> None:
    day = date(2026, 1, 20)
    _history(local_lake, day)
    d = datetime(2026, 1, 20, 9, tzinfo=UTC)
    rows = [article(5000, crawled=d, title=None)]  # 1 row vs a median of 10, untitled
    write_run(local_lake, ARTICLES, rows, "today")
    # a buggy re-run under another key stores the same articles again
    write_run(local_lake, ARTICLES, rows, "today-again")
    report = check_day(local_lake, day, Thresholds(min_rows_for_rates=2))
    failed = {(c.name, c.source) for c in report.failures}
    assert ("volume", "a") in failed
    assert ("null_rate:title", "a") in failed
    assert ("duplicate_rows", "a") in failed
    with pytest.raises(QualityError) as err:
        report.raise_for_failures()
    assert "volume [a]" in str(err.value) and "fix:" in str(err.value)


# ---------------------------------------------------------------------------------------------
# backfill planning and resumption


def test_plan_chunks() -> None:
    chunks = plan_chunks(parse_day("2025-01-01", "from"), parse_day("2025-01-16", "to"), 7)
    assert [c["key"] for c in chunks] == [
        "backfill-20250101T0000-20250108T0000",
        "backfill-20250108T0000-20250115T0000",
        "backfill-20250115T0000-20250116T0000",
    ]
    with pytest.raises(ConfigError, match="empty"):
        plan_chunks(parse_day("2025-01-02", "a"), parse_day("2025-01-01", "b"), 7)
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        parse_day("yesterday", "from_date")


def test_run_chunk_resumes_without_refetching(local_lake: Lake, tmp_path: Path) -> None:
    """A chunk whose second outlet failed re-crawls only that outlet when run again."""
    from pipeline.sample_site import running_site, sample_sources_yaml
    from spiders.runner import crawl

    calls: list[list[str]] = []

    def counting_crawl(*args: Any, **kwargs: Any) -> dict[str, Any]:
        calls.append(kwargs["sources"])
        # no retries: the dead outlet fails fast
        return crawl(*args, settings={"RETRY_ENABLED": False}, **kwargs)

    with running_site() as base:
        text = sample_sources_yaml(base)
        broken = text.replace("- name: badia_news", "- name: broken_news", 1).replace(
            base, "http://127.0.0.1:9"
        )
        sources = tmp_path / "sources.yaml"
        sources.write_text(text + broken.split("sources:\n", 1)[1], encoding="utf-8")
        chunk = plan_chunks(parse_day("2025-11-14", "a"), parse_day("2025-11-15", "b"), 1)[0]
        first = run_chunk(
            str(sources), local_lake.uri, ["badia_news", "broken_news"], chunk, crawl=counting_crawl
        )
        assert first["failed_sources"] == ["broken_news"]
        assert first["crawled"] == ["badia_news"] and first["processed"]
        assert local_lake.exists(backfill_marker_key(chunk["key"], "badia_news"))
        assert not local_lake.exists(backfill_marker_key(chunk["key"], "broken_news"))
        articles = read_dataset(local_lake, ARTICLES).num_rows
        assert articles > 0
        calls.clear()
        base.site.clear_hits()
        second = run_chunk(
            str(sources), local_lake.uri, ["badia_news", "broken_news"], chunk, crawl=counting_crawl
        )
        assert calls == [["broken_news"]]
        assert second["skipped"] == ["badia_news"]
        assert base.site.hit_paths() == []
        assert read_dataset(local_lake, ARTICLES).num_rows == articles


# ---------------------------------------------------------------------------------------------
# failure notices


class _Conn:
    def __init__(self, **kw: Any) -> None:
        self.conn_type = kw.get("conn_type")
        self.host = kw.get("host")
        self.port = kw.get("port")
        self.schema = kw.get("schema")
        self.extra_dejson = kw.get("extra", {})


def test_webhook_url_from_connection_fields() -> None:
    assert (
        rasd_common.webhook_url(_Conn(host="https://hooks.example/x")) == "https://hooks.example/x"
    )
    assert (
        rasd_common.webhook_url(_Conn(conn_type="http", host="h", port=81, schema="a/b"))
        == "http://h:81/a/b"
    )
    assert rasd_common.webhook_url(_Conn(extra={"url": "https://e/u"}, host="h")) == "https://e/u"
    assert rasd_common.webhook_url(_Conn()) is None


def test_failure_notice_is_posted_as_json() -> None:
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(json.loads(body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:

        class TI:
            dag_id, task_id, map_index, run_id, try_number = (
                "rasd_ingest",
                "crawl_source",
                0,
                "r1",
                2,
            )

        notice = rasd_common.failure_notice({"ti": TI(), "exception": ValueError("feed broken")})
        status = rasd_common.post_json(f"http://127.0.0.1:{server.server_port}/hook", notice)
    finally:
        server.shutdown()
    assert status == 204
    assert received == [
        {
            "event": "rasd_failure",
            "dag_id": "rasd_ingest",
            "task_id": "crawl_source",
            "map_index": 0,
            "run_id": "r1",
            "try_number": 2,
            "error": "feed broken",
        }
    ]
