"""Lake upkeep: compaction of small Parquet files and retention of the raw archive.

Compaction policy
-----------------
Every run writes one file per partition it touches (``part-<run key>.parquet``), so an hourly
schedule leaves many small files. :func:`compact_dataset` merges, per partition, the small files
of *settled* runs into files of about ``target_bytes``:

* a file is small when it is under half the target size; bigger files are left alone;
* a run is settled when the end of its interval (from its run key) is at least ``settle`` before
  the reference time ``now`` passed in by the caller; files of unsettled runs and files whose
  name carries no time are never touched, so a recent run can still be cleared and re-run and
  replace its own file (``pipeline.datasets.write_run``) without duplicating rows;
* small files are packed greedily, oldest first, into bins of at most ``target_bytes`` (input
  size); a bin of one file is left as it is;
* each bin becomes one file named after a hash of its inputs, swapped in with
  :meth:`pipeline.lake.Lake.replace_partition` (atomic: a reader sees either the old files or the
  merged one). Running it again finds nothing left to merge: compaction is idempotent.

Rows are re-read with the current schema and written back unchanged (``run_key`` column kept).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pyarrow as pa

from pipeline.datasets import (
    DATASETS,
    RAW_INDEX,
    Dataset,
    list_partitions,
    raw_warc_prefix,
    read_file,
    table_to_parquet,
)
from pipeline.lake import MANIFEST_NAME, Lake

DEFAULT_TARGET_BYTES = 128 * 1024 * 1024
DEFAULT_SETTLE = timedelta(days=2)
COMPACTED_PREFIX = "part-compacted-"
_RUN_TIME = re.compile(r"(\d{8}T\d{4,6})(?!.*\d{8}T\d{4})")
_CRAWL_DATE = re.compile(r"/crawl_date=(\d{4}-\d{2}-\d{2})/")


def run_end_time(file_name: str) -> datetime | None:
    """End of the interval (or the moment) a run file belongs to, from its name; None if unknown."""
    if file_name.startswith(COMPACTED_PREFIX):
        return None
    match = _RUN_TIME.search(file_name)
    if not match:
        return None
    text = match.group(1)
    fmt = "%Y%m%dT%H%M%S" if len(text) == 15 else "%Y%m%dT%H%M"
    return datetime.strptime(text, fmt).replace(tzinfo=UTC)


def plan_bins(sizes: dict[str, int], target_bytes: int) -> list[list[str]]:
    """Pack small files (name -> bytes), in name order, into bins of at most ``target_bytes``."""
    bins: list[list[str]] = []
    current: list[str] = []
    total = 0
    for name in sorted(sizes):
        size = sizes[name]
        if current and total + size > target_bytes:
            bins.append(current)
            current, total = [], 0
        current.append(name)
        total += size
    if current:
        bins.append(current)
    return [b for b in bins if len(b) > 1]


def compact_partition(
    lake: Lake,
    dataset: Dataset,
    values: dict[str, str],
    *,
    now: datetime,
    target_bytes: int = DEFAULT_TARGET_BYTES,
    settle: timedelta = DEFAULT_SETTLE,
) -> dict[str, Any]:
    """Merge the small settled files of one partition; return what was done."""
    prefix = dataset.partition_prefix(values)
    sizes: dict[str, int] = {}
    for name in lake.partition_files(prefix):
        if name == MANIFEST_NAME or not name.endswith(".parquet"):
            continue
        end = run_end_time(name)
        if end is None or end > now - settle:
            continue
        size = len(lake.get(prefix + name))
        if size < target_bytes // 2:
            sizes[name] = size
    result: dict[str, Any] = {"partition": prefix, "files_in": 0, "files_out": 0, "rows": 0}
    for names in plan_bins(sizes, target_bytes):
        table = pa.concat_tables([read_file(lake, dataset, prefix + n) for n in names])
        digest = hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]
        out_name = f"{COMPACTED_PREFIX}{digest}.parquet"
        lake.replace_partition(
            prefix, put={out_name: table_to_parquet(dataset, table)}, remove=names
        )
        result["files_in"] += len(names)
        result["files_out"] += 1
        result["rows"] += table.num_rows
    return result


def compact_dataset(
    lake: Lake,
    dataset: Dataset,
    *,
    now: datetime,
    target_bytes: int = DEFAULT_TARGET_BYTES,
    settle: timedelta = DEFAULT_SETTLE,
) -> dict[str, Any]:
    """Compact every partition of ``dataset``; return totals and the partitions changed."""
    summary: dict[str, Any] = {
        "dataset": dataset.name,
        "partitions": 0,
        "files_in": 0,
        "files_out": 0,
        "rows": 0,
        "changed": [],
    }
    for values in list_partitions(lake, dataset):
        done = compact_partition(
            lake, dataset, values, now=now, target_bytes=target_bytes, settle=settle
        )
        summary["partitions"] += 1
        if done["files_in"]:
            for key in ("files_in", "files_out", "rows"):
                summary[key] += done[key]
            summary["changed"].append(done["partition"])
    return summary


def compact_lake(
    lake: Lake,
    *,
    now: datetime,
    datasets: Iterable[str] | None = None,
    target_bytes: int = DEFAULT_TARGET_BYTES,
    settle: timedelta = DEFAULT_SETTLE,
) -> dict[str, Any]:
    """Compact the named datasets (default: all); return one summary per dataset."""
    names = list(datasets) if datasets else list(DATASETS)
    return {
        name: compact_dataset(
            lake, DATASETS[name], now=now, target_bytes=target_bytes, settle=settle
        )
        for name in names
    }


def apply_raw_retention(lake: Lake, *, keep_days: int, today: date) -> dict[str, Any]:
    """Delete raw WARC files and their index rows crawled more than ``keep_days`` before ``today``.

    Articles, rejects and the crawl state are kept (the state still knows the URLs, so they are
    not fetched again); only re-extraction from raw becomes impossible for those days.
    """
    cutoff = today - timedelta(days=keep_days)
    summary: dict[str, Any] = {"cutoff": cutoff.isoformat(), "warc_files": 0, "index_partitions": 0}
    doomed = []
    for key in lake.list(raw_warc_prefix()):
        match = _CRAWL_DATE.search("/" + key)
        if match and date.fromisoformat(match.group(1)) < cutoff:
            doomed.append(key)
    for key in doomed:
        lake.delete(key)
    summary["warc_files"] = len(doomed)
    for values in list_partitions(lake, RAW_INDEX):
        if date.fromisoformat(values["crawl_date"]) < cutoff:
            lake.delete_prefix(RAW_INDEX.partition_prefix(values))
            summary["index_partitions"] += 1
    return summary
