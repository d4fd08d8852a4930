"""Every dataset of the lake: schema, partition columns and key layout; the only place lake keys are built.

Layout (Hive-style, readable as-is by DuckDB, pyarrow, Spark and Athena)::

    <lake>/articles/source=<source>/year=<YYYY>/month=<MM>/part-<run key>.parquet
    <lake>/raw/warc/source=<source>/crawl_date=<YYYY-MM-DD>/<run key>-<n>.warc.gz
    <lake>/_runs/<dataset>/<run key>.json        which partitions a run wrote (for idempotent re-runs)
    <lake>/_state/<kind>/source=<source>.<ext>   crawl state, feed validators

One file per (partition, run key): writing the same run again replaces its own files only, so a
re-run never duplicates rows, and files of other runs are untouched.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.errors import CorruptDataError, RasdError
from pipeline.lake import MANIFEST_NAME, Lake

SCHEMA_VERSION_KEY = b"rasd.schema_version"
DATASET_KEY = b"rasd.dataset"
RUNS_PREFIX = "_runs"
STATE_PREFIX = "_state"
RAW_WARC_PREFIX = "raw/warc"
COMPRESSION = "zstd"
ROW_GROUP_SIZE = 50_000
_SAFE_VALUE = re.compile(r"^[A-Za-z0-9_.\-]+$")

TS = pa.timestamp("us", tz="UTC")


@dataclass(frozen=True)
class Dataset:
    """A Parquet dataset in the lake: columns, partition columns, version."""

    name: str
    columns: tuple[pa.Field, ...]
    partition_by: tuple[str, ...]
    version: int
    description: str
    column_docs: Mapping[str, str] = field(default_factory=dict)

    @property
    def schema(self) -> pa.Schema:
        """Schema of the data stored in files (partition columns live in the path)."""
        return pa.schema(list(self.columns)).with_metadata(
            {SCHEMA_VERSION_KEY: str(self.version).encode(), DATASET_KEY: self.name.encode()}
        )

    @property
    def full_schema(self) -> pa.Schema:
        """Schema with the partition columns (as strings) appended, as readers see it."""
        return pa.schema(list(self.columns) + [pa.field(c, pa.string()) for c in self.partition_by])

    def partition_prefix(self, values: Mapping[str, Any]) -> str:
        """Key prefix of one partition: ``<name>/<col>=<value>/...``."""
        parts = [self.name]
        for col in self.partition_by:
            value = str(values[col])
            if not _SAFE_VALUE.match(value):
                raise RasdError(
                    f"partition value {value!r} for {self.name}.{col} has characters a path cannot hold",
                    "use only letters, digits, '_', '-' and '.'",
                )
            parts.append(f"{col}={value}")
        return "/".join(parts) + "/"

    def file_name(self, run_key: str) -> str:
        """Name of the file a run writes in each partition it touches."""
        return f"part-{safe_run_key(run_key)}.parquet"


def safe_run_key(run_key: str) -> str:
    """Turn a run key (an interval, a timestamp) into a file-name-safe token."""
    token = re.sub(r"[^A-Za-z0-9_.\-]+", "_", run_key).strip("_")
    if not token:
        raise RasdError(
            f"run key {run_key!r} is empty once made path-safe", "pass a non-empty run key"
        )
    return token


def _f(name: str, type_: pa.DataType, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable)


STR_LIST = pa.list_(pa.string())

ARTICLES = Dataset(
    name="articles",
    version=1,
    partition_by=("source", "year", "month"),
    description="One row per article (canonical URL), text as published; reprints point at their original.",
    columns=(
        _f("article_id", pa.string(), False),
        _f("url", pa.string(), False),
        _f("canonical_url", pa.string(), False),
        _f("title", pa.string()),
        _f("text", pa.string()),
        _f("author", pa.string()),
        _f("description", pa.string()),
        _f("site_name", pa.string()),
        _f("categories", STR_LIST),
        _f("tags", STR_LIST),
        _f("published_at", TS),
        _f("published_at_raw", pa.string()),
        _f("date_source", pa.string()),
        _f("language", pa.string()),
        _f("content_hash", pa.string()),
        _f("duplicate_of", pa.string()),
        _f("cluster_id", pa.string()),
        _f("duplicate_reason", pa.string()),
        _f("similarity", pa.float32()),
        _f("topics", STR_LIST),
        _f("relevance", pa.float32()),
        _f("crawled_at", TS),
        _f("raw_ref", pa.string()),
        _f("run_key", pa.string()),
    ),
    column_docs={
        "article_id": "stable id: first 16 hex digits of SHA-256 of the canonical URL",
        "text": "main text exactly as published (never normalised)",
        "published_at": "publication time in UTC; null when unknown (future, pre-1995, absent)",
        "published_at_raw": "the date string as found on the page",
        "date_source": "where the date came from: meta, json-ld, htmldate, url, wp-api",
        "content_hash": "SHA-256 of the normalised body: identical bodies share it",
        "duplicate_of": "article_id of the earliest-published member of its reprint cluster",
        "cluster_id": "shared by all members of a reprint cluster",
        "raw_ref": "WARC key#offset:length of the raw response this row was extracted from",
    },
)

REJECTS = Dataset(
    name="rejects",
    version=1,
    partition_by=("source", "year", "month"),
    description="Fetched pages kept out of articles, each with the reason.",
    columns=(
        _f("url", pa.string(), False),
        _f("canonical_url", pa.string()),
        _f("reason", pa.string(), False),
        _f("detail", pa.string()),
        _f("title", pa.string()),
        _f("text_chars", pa.int64()),
        _f("crawled_at", TS),
        _f("raw_ref", pa.string()),
        _f("run_key", pa.string()),
    ),
)

SIGNATURES = Dataset(
    name="signatures",
    version=1,
    partition_by=("year", "month"),
    description="MinHash signatures of processed articles, the dedup look-back window.",
    columns=(
        _f("article_id", pa.string(), False),
        _f("source", pa.string()),
        _f("published_at", TS),
        _f("crawled_at", TS),
        _f("content_hash", pa.string()),
        _f("cluster_id", pa.string()),
        _f("duplicate_of", pa.string()),
        _f("original_published_at", TS),
        _f("minhash", pa.binary()),
        _f("run_key", pa.string()),
    ),
)

RAW_INDEX = Dataset(
    name="raw_index",
    version=1,
    partition_by=("source", "crawl_date"),
    description="Index of the raw WARC archive: one row per fetched article response.",
    columns=(
        _f("url", pa.string(), False),
        _f("canonical_url", pa.string(), False),
        _f("warc_key", pa.string(), False),
        _f("offset", pa.int64(), False),
        _f("length", pa.int64(), False),
        _f("status", pa.int32()),
        _f("fetched_at", TS),
        _f("content_type", pa.string()),
        _f("digest", pa.string()),
        _f("discovered_via", pa.string()),
        _f("lastmod", TS),
        _f("run_key", pa.string()),
    ),
)

CRAWL_LOG = Dataset(
    name="crawl_log",
    version=1,
    partition_by=("source", "crawl_date"),
    description="Every failed or skipped fetch: nothing disappears silently.",
    columns=(
        _f("url", pa.string(), False),
        _f("status", pa.int32()),
        _f("error", pa.string()),
        _f("attempts", pa.int32()),
        _f("time", TS),
        _f("kind", pa.string()),
        _f("run_key", pa.string()),
    ),
)

CASUALTIES = Dataset(
    name="casualties",
    version=1,
    partition_by=("source", "year", "month"),
    description="One row per casualty figure found in an article, with its evidence sentence.",
    columns=(
        _f("figure_id", pa.string(), False),
        _f("article_id", pa.string(), False),
        _f("status", pa.string()),
        _f("count_low", pa.int64()),
        _f("count_best", pa.int64()),
        _f("count_high", pa.int64()),
        _f("parent_figure_id", pa.string()),
        _f("party", pa.string()),
        _f("perpetrator", pa.string()),
        _f("aggregate", pa.bool_()),
        _f("attributed_to", pa.string()),
        _f("event_type", pa.string()),
        _f("place", pa.string()),
        _f("place_id", pa.string()),
        _f("governorate", pa.string()),
        _f("district", pa.string()),
        _f("latitude", pa.float64()),
        _f("longitude", pa.float64()),
        _f("place_precision", pa.string()),
        _f("event_date", pa.date32()),
        _f("date_precision", pa.string()),
        _f("evidence", pa.string()),
        _f("evidence_start", pa.int64()),
        _f("evidence_end", pa.int64()),
        _f("published_at", TS),
        _f("run_key", pa.string()),
        _f("qualifier", pa.string()),
        _f("place_text", pa.string()),
        _f("figure_text", pa.string()),
        _f("figure_start", pa.int64()),
        _f("figure_end", pa.int64()),
    ),
    column_docs={
        "status": "killed, wounded, captured_or_abducted, executed, missing",
        "count_low": "UCDP-style low estimate; count_high null when open-ended ('more than')",
        "parent_figure_id": "the figure this one is a sub-count of ('بينهم 8 ضباط')",
        "party": "victims: government, isis, sdf, russia, iran_backed, coalition, turkey, "
        "opposition, civilians, both_sides, mixed, unknown",
        "aggregate": "true for a period or running total, false for one incident's figure",
        "attributed_to": "sohr, russian_mod, syrian_government, local_sources, sdf, isis, "
        "coalition, un, outlet",
        "place_precision": "town, badia_area, road, governorate, country",
        "date_precision": "day, days, week, month, year, published (no date in the text)",
        "evidence_start": "character offset of the evidence sentence in articles.text",
        "figure_start": "character offset of the number itself in articles.text",
    },
)

EVENTS = Dataset(
    name="events",
    version=1,
    partition_by=("year", "month"),
    description="Incidents merged across outlets: one row per incident and casualty status.",
    columns=(
        _f("event_id", pa.string(), False),
        _f("event_date", pa.date32()),
        _f("date_precision", pa.string()),
        _f("event_type", pa.string()),
        _f("status", pa.string()),
        _f("party", pa.string()),
        _f("perpetrator", pa.string()),
        _f("place", pa.string()),
        _f("place_id", pa.string()),
        _f("governorate", pa.string()),
        _f("latitude", pa.float64()),
        _f("longitude", pa.float64()),
        _f("place_precision", pa.string()),
        _f("count_low", pa.int64()),
        _f("count_best", pa.int64()),
        _f("count_high", pa.int64()),
        _f("sources", STR_LIST),
        _f("article_ids", STR_LIST),
        _f("figure_ids", STR_LIST),
        _f("run_key", pa.string()),
        _f("aggregate", pa.bool_()),
        _f("n_reports", pa.int32()),
        _f("attributions", STR_LIST),
    ),
)

DATASETS: dict[str, Dataset] = {
    d.name: d for d in (ARTICLES, REJECTS, SIGNATURES, RAW_INDEX, CRAWL_LOG, CASUALTIES, EVENTS)
}


def get_dataset(name: str) -> Dataset:
    """Return the dataset called ``name`` or raise naming the known ones."""
    try:
        return DATASETS[name]
    except KeyError:
        raise RasdError(f"unknown dataset {name!r}", f"use one of {', '.join(DATASETS)}") from None


# ---------------------------------------------------------------------------------------------
# Keys outside the Parquet datasets


def warc_key(source: str, crawl_date: date, run_key: str, part: int) -> str:
    """Key of one raw WARC file of a crawl run."""
    prefix = f"{RAW_WARC_PREFIX}/source={source}/crawl_date={crawl_date.isoformat()}"
    return f"{prefix}/{safe_run_key(run_key)}-{part:05d}.warc.gz"


def crawl_file_run_key(run_key: str, source: str) -> str:
    """Run key naming one source's RAW_INDEX/CRAWL_LOG files of a crawl (sources write apart).

    Rows keep the crawl's own run key in their ``run_key`` column; only file names carry the source.
    """
    return f"{run_key}.{source}"


def raw_warc_prefix(source: str | None = None) -> str:
    """Prefix of the raw WARC archive, for one source or all."""
    return f"{RAW_WARC_PREFIX}/source={source}/" if source else f"{RAW_WARC_PREFIX}/"


def state_key(kind: str, source: str, ext: str = "json") -> str:
    """Key of a per-source state object (crawl state, feed validators...)."""
    return f"{STATE_PREFIX}/{kind}/source={source}.{ext}"


def backfill_marker_key(chunk_key: str, source: str | None = None) -> str:
    """Key of a backfill chunk's done-marker (processing), or of one outlet's crawl in it."""
    name = f"source={source}" if source else "_processed"
    return f"{STATE_PREFIX}/backfill/{safe_run_key(chunk_key)}/{name}.json"


def article_registry_key(article_id: str) -> str:
    """Key of the registry bucket (first two hex digits of the id) naming the run that wrote an article."""
    return f"{STATE_PREFIX}/article_registry/bucket={article_id[:2]}.json"


def run_manifest_key(dataset: Dataset, run_key: str) -> str:
    """Key of the record of which partitions a run wrote."""
    return f"{RUNS_PREFIX}/{dataset.name}/{safe_run_key(run_key)}.json"


def run_summary_key(run_key: str) -> str:
    """Key of the JSON summary of one whole run (crawl + process), shown by ``rasd stats``."""
    return f"{RUNS_PREFIX}/_summaries/{safe_run_key(run_key)}.json"


def run_summaries_prefix() -> str:
    """Prefix under which run summaries are kept."""
    return f"{RUNS_PREFIX}/_summaries/"


def year_month(ts: datetime | None, fallback: datetime) -> dict[str, str]:
    """Partition values (year, month) from a timestamp, or from ``fallback`` when unknown."""
    moment = ts or fallback
    return {"year": f"{moment.year:04d}", "month": f"{moment.month:02d}"}


# ---------------------------------------------------------------------------------------------
# Writing and reading


def table_to_parquet(dataset: Dataset, table: pa.Table) -> bytes:
    """Serialise rows to Parquet bytes with the dataset's schema, zstd-compressed."""
    data = table.select([f.name for f in dataset.columns]).cast(dataset.schema)
    sink = io.BytesIO()
    pq.write_table(
        data,
        sink,
        compression=COMPRESSION,
        row_group_size=ROW_GROUP_SIZE,
        use_dictionary=True,
        write_statistics=True,
    )
    return sink.getvalue()


def _conform(dataset: Dataset, rows: pa.Table | Sequence[Mapping[str, Any]]) -> pa.Table:
    if isinstance(rows, pa.Table):
        table = rows
    else:
        table = pa.Table.from_pylist(list(rows), schema=dataset.full_schema)
    missing = [f for f in dataset.full_schema if f.name not in table.column_names]
    for f in missing:
        if f.name in dataset.partition_by or not f.nullable:
            raise RasdError(f"rows for {dataset.name} lack the column {f.name!r}", "fill it in")
        table = table.append_column(f, pa.nulls(len(table), f.type))
    return table


@dataclass
class WriteResult:
    """What a write did: rows and files per partition."""

    dataset: str
    run_key: str
    rows: int = 0
    partitions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    bytes: int = 0


def write_run(
    lake: Lake, dataset: Dataset, rows: pa.Table | Sequence[Mapping[str, Any]], run_key: str
) -> WriteResult:
    """Write a run's rows; writing the same run key again replaces its earlier output exactly.

    Rows are split by the partition columns; each partition gets (or has replaced) one file named
    after the run key. Partitions the run wrote before but not now lose that run's file.
    """
    table = _conform(dataset, rows)
    result = WriteResult(dataset=dataset.name, run_key=run_key, rows=table.num_rows)
    name = dataset.file_name(run_key)
    groups = _split_by_partition(dataset, table)
    written: list[str] = []
    for values, part in groups:
        prefix = dataset.partition_prefix(values)
        payload = table_to_parquet(dataset, part)
        lake.replace_partition(prefix, put={name: payload})
        written.append(prefix)
        result.bytes += len(payload)
    manifest_key = run_manifest_key(dataset, run_key)
    previous = lake.get_json(manifest_key, default={"partitions": []})["partitions"]
    for prefix in sorted(set(previous) - set(written)):
        lake.replace_partition(prefix, put={}, remove=[name])
        result.removed.append(prefix)
    lake.put_json(manifest_key, {"partitions": sorted(written), "rows": table.num_rows})
    result.partitions = sorted(written)
    return result


def _split_by_partition(dataset: Dataset, table: pa.Table) -> list[tuple[dict[str, str], pa.Table]]:
    if table.num_rows == 0:
        return []
    keys = [table.column(c).cast(pa.string()) for c in dataset.partition_by]
    if any(k.null_count for k in keys):
        col = dataset.partition_by[[k.null_count > 0 for k in keys].index(True)]
        raise RasdError(
            f"rows for {dataset.name} have no value for partition column {col!r}", "fill it in"
        )
    combos = (
        pa.Table.from_arrays(keys, names=list(dataset.partition_by))
        .group_by(list(dataset.partition_by))
        .aggregate([])
    )
    out = []
    for combo in combos.to_pylist():
        mask = None
        for col in dataset.partition_by:
            eq = pc.equal(table.column(col).cast(pa.string()), combo[col])
            mask = eq if mask is None else pc.and_(mask, eq)
        out.append(({k: str(v) for k, v in combo.items()}, table.filter(mask)))
    return out


def list_partitions(
    lake: Lake, dataset: Dataset, where: Mapping[str, Iterable[str]] | None = None
) -> list[dict[str, str]]:
    """Return the partition values present, optionally restricted by ``where`` (column -> values)."""
    wanted = {k: {str(v) for v in vals} for k, vals in (where or {}).items()}
    base = dataset.name + "/"
    # narrow the listing with the leading partition columns that have a single wanted value
    prefix = base
    for col in dataset.partition_by:
        vals = wanted.get(col)
        if vals is None or len(vals) != 1:
            break
        prefix += f"{col}={next(iter(vals))}/"
    seen: dict[str, dict[str, str]] = {}
    for key in lake.list(prefix):
        parts = key[len(base) :].split("/")
        if len(parts) != len(dataset.partition_by) + 1:
            continue
        values = {}
        for col, seg in zip(dataset.partition_by, parts[:-1], strict=True):
            name, _, value = seg.partition("=")
            if name != col:
                break
            values[col] = value
        else:
            if all(values[c] in vals for c, vals in wanted.items() if c in values):
                seen["/".join(parts[:-1])] = values
    return [seen[k] for k in sorted(seen)]


def read_file(lake: Lake, dataset: Dataset, key: str) -> pa.Table:
    """Read one Parquet file of ``dataset``, conformed to the current schema."""
    data = lake.get(key)
    try:
        table = pq.read_table(io.BytesIO(data))
    except (pa.ArrowInvalid, OSError) as exc:
        raise CorruptDataError(
            f"corrupt Parquet file {lake.url(key)}: {exc}",
            "delete it and re-run the run that wrote it (its name is the run key)",
        ) from exc
    return conform_to_schema(dataset, table)


def conform_to_schema(dataset: Dataset, table: pa.Table) -> pa.Table:
    """Cast a table read from an older file to the current schema; absent columns become null."""
    arrays = []
    for f in dataset.columns:
        if f.name in table.column_names:
            arrays.append(table.column(f.name).cast(f.type))
        else:
            arrays.append(pa.nulls(table.num_rows, f.type))
    return pa.Table.from_arrays(arrays, schema=pa.schema(list(dataset.columns)))


def read_dataset(
    lake: Lake,
    dataset: Dataset,
    where: Mapping[str, Iterable[str]] | None = None,
    columns: Sequence[str] | None = None,
) -> pa.Table:
    """Read the committed files of a dataset (manifests honoured), partition columns included."""
    tables = []
    for values in list_partitions(lake, dataset, where):
        prefix = dataset.partition_prefix(values)
        for name in lake.partition_files(prefix):
            if name == MANIFEST_NAME or not name.endswith(".parquet"):
                continue
            table = read_file(lake, dataset, prefix + name)
            for col in dataset.partition_by:
                table = table.append_column(
                    pa.field(col, pa.string()),
                    pa.array([values[col]] * table.num_rows, pa.string()),
                )
            tables.append(table)
    if not tables:
        table = dataset.full_schema.empty_table()
    else:
        table = pa.concat_tables(tables)
    return table.select(list(columns)) if columns else table


def delete_run(lake: Lake, dataset: Dataset, run_key: str) -> int:
    """Remove every file a run wrote to ``dataset``; return how many partitions lost one."""
    result = write_run(lake, dataset, dataset.full_schema.empty_table(), run_key)
    lake.delete(run_manifest_key(dataset, run_key))
    return len(result.removed)
