"""Datasets on both backends: idempotent writes, Hive layout, schema versions, external readers."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest

from pipeline import datasets as ds
from pipeline.errors import CorruptDataError, RasdError
from pipeline.lake import Lake, LocalLake
from pipeline.query import arrow_dataset


def article(i: int, source: str = "almodon", month: int = 1) -> dict:
    """One articles row."""
    published = datetime(2024, month, 1 + i % 27, 12, tzinfo=UTC)
    return {
        "article_id": f"{source}-{i:04d}",
        "url": f"https://{source}.example/{i}",
        "canonical_url": f"https://{source}.example/{i}",
        "title": f"هجوم لتنظيم داعش في بادية السخنة {i}",
        "text": "قُتل 5 عناصر من قوات النظام في هجوم لخلايا التنظيم.",
        "published_at": published,
        "crawled_at": published,
        "language": "ar",
        "source": source,
        **ds.year_month(published, published),
    }


def test_write_run_is_idempotent(lake: Lake) -> None:
    rows = [article(i) for i in range(10)] + [article(i, "baladi", 2) for i in range(5)]
    first = ds.write_run(lake, ds.ARTICLES, rows, "20240101T0000-20240101T0100")
    assert first.rows == 15
    assert first.partitions == [
        "articles/source=almodon/year=2024/month=01/",
        "articles/source=baladi/year=2024/month=02/",
    ]
    ds.write_run(lake, ds.ARTICLES, rows, "20240101T0000-20240101T0100")
    table = ds.read_dataset(lake, ds.ARTICLES)
    assert table.num_rows == 15
    assert sorted(table.column("article_id").to_pylist()) == sorted(r["article_id"] for r in rows)
    # another run adds its own file next to the first
    ds.write_run(lake, ds.ARTICLES, [article(100)], "20240101T0100-20240101T0200")
    assert ds.read_dataset(lake, ds.ARTICLES).num_rows == 16
    # a re-run that now lands elsewhere removes its old files
    ds.write_run(lake, ds.ARTICLES, [article(1, "baladi", 3)], "20240101T0000-20240101T0100")
    table = ds.read_dataset(lake, ds.ARTICLES)
    assert table.num_rows == 2
    assert set(table.column("month").to_pylist()) == {"01", "03"}
    assert ds.delete_run(lake, ds.ARTICLES, "20240101T0000-20240101T0100") == 1
    assert ds.read_dataset(lake, ds.ARTICLES).num_rows == 1


def test_read_with_partition_filter(lake: Lake) -> None:
    ds.write_run(lake, ds.ARTICLES, [article(i, s) for i in range(3) for s in ("a", "b")], "r1")
    only_a = ds.read_dataset(lake, ds.ARTICLES, where={"source": ["a"]})
    assert set(only_a.column("source").to_pylist()) == {"a"}
    assert only_a.num_rows == 3
    assert ds.list_partitions(lake, ds.ARTICLES, {"source": ["b"], "year": ["2024"]}) == [
        {"source": "b", "year": "2024", "month": "01"}
    ]


def test_files_are_zstd_with_schema_version(local_lake: LocalLake) -> None:
    ds.write_run(local_lake, ds.ARTICLES, [article(1)], "r1")
    (key,) = [k for k in local_lake.list("articles/") if k.endswith(".parquet")]
    meta = pq.read_metadata(io.BytesIO(local_lake.get(key)))
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert meta.schema.to_arrow_schema().metadata[ds.SCHEMA_VERSION_KEY] == b"1"
    assert key == "articles/source=almodon/year=2024/month=01/part-r1.parquet"


def test_external_readers_duckdb_and_pyarrow(local_lake: LocalLake) -> None:
    rows = [article(i) for i in range(4)] + [article(i, "baladi") for i in range(2)]
    ds.write_run(local_lake, ds.ARTICLES, rows, "r1")
    root = local_lake.url()
    counts = duckdb.sql(
        f"select source, count(*) from read_parquet('{root}/articles/**/*.parquet', "
        "hive_partitioning=true) group by source order by source"
    ).fetchall()
    assert counts == [("almodon", 4), ("baladi", 2)]
    title = duckdb.sql(
        f"select title from read_parquet('{root}/articles/**/*.parquet', hive_partitioning=true) "
        "where article_id = 'almodon-0002'"
    ).fetchall()[0]
    assert title == ("هجوم لتنظيم داعش في بادية السخنة 2",)
    table = pads.dataset(f"{root}/articles", partitioning="hive").to_table()
    assert table.num_rows == 6


def test_duckdb_over_s3_through_arrow(s3_lake: Lake) -> None:
    ds.write_run(s3_lake, ds.ARTICLES, [article(i) for i in range(3)], "r1")
    articles = arrow_dataset(s3_lake, ds.ARTICLES)  # noqa: F841 (DuckDB finds it by name)
    result = duckdb.sql("select count(*), min(source) from articles").fetchall()[0]
    assert result == (3, "almodon")


def test_older_files_still_read_after_a_column_is_added(lake: Lake) -> None:
    old_columns = tuple(f for f in ds.ARTICLES.columns if f.name not in ("relevance", "topics"))
    old = ds.Dataset(
        name="articles",
        columns=old_columns,
        partition_by=ds.ARTICLES.partition_by,
        version=0,
        description="before relevance existed",
    )
    ds.write_run(lake, old, [article(1)], "old-run")
    ds.write_run(lake, ds.ARTICLES, [dict(article(2), relevance=0.5)], "new-run")
    table = ds.read_dataset(lake, ds.ARTICLES).sort_by("article_id")
    assert table.column("relevance").to_pylist() == [None, 0.5]
    if isinstance(lake, LocalLake):
        union = duckdb.sql(
            f"select count(*) from read_parquet('{lake.url()}/articles/**/*.parquet', "
            "hive_partitioning=true, union_by_name=true)"
        ).fetchall()[0]
        assert union == (2,)


def test_corrupt_parquet_is_named(lake: Lake) -> None:
    ds.write_run(lake, ds.ARTICLES, [article(1)], "r1")
    key = "articles/source=almodon/year=2024/month=01/part-r1.parquet"
    lake.put(key, b"PAR1 this is not parquet")
    with pytest.raises(CorruptDataError, match="corrupt Parquet file .*part-r1.parquet") as info:
        ds.read_dataset(lake, ds.ARTICLES)
    assert "re-run" in str(info.value)


def test_rows_without_partition_values_are_refused(lake: Lake) -> None:
    row = article(1)
    row["year"] = None
    with pytest.raises(RasdError, match="partition column 'year'"):
        ds.write_run(lake, ds.ARTICLES, [row], "r1")
    with pytest.raises(RasdError, match="characters a path cannot hold"):
        ds.write_run(lake, ds.ARTICLES, [dict(article(1), source="a/b")], "r1")
    assert lake.list("articles/") == []


def test_key_builders() -> None:
    from datetime import date

    assert ds.warc_key("almodon", date(2024, 5, 1), "20240501T0000-20240501T0100", 3) == (
        "raw/warc/source=almodon/crawl_date=2024-05-01/20240501T0000-20240501T0100-00003.warc.gz"
    )
    assert ds.state_key("crawl", "almodon", "parquet") == "_state/crawl/source=almodon.parquet"
    assert ds.safe_run_key("manual 2024:01") == "manual_2024_01"


def test_every_dataset_round_trips_empty_and_one_row(tmp_path: Path) -> None:
    lake = LocalLake(tmp_path / "lake")
    for dataset in ds.DATASETS.values():
        assert ds.read_dataset(lake, dataset).num_rows == 0
        row = {f.name: None for f in dataset.full_schema}
        for f in dataset.full_schema:
            if not f.nullable or f.name in dataset.partition_by:
                row[f.name] = "2024" if pa.types.is_string(f.type) else 1
        ds.write_run(lake, dataset, [row], "r1")
        assert ds.read_dataset(lake, dataset).num_rows == 1
