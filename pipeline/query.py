"""Query the lake: committed files as a pyarrow dataset, and DuckDB over it (local or S3)."""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlparse

import pyarrow.dataset as pads
import pyarrow.fs as pafs

from pipeline.datasets import Dataset, list_partitions
from pipeline.lake import MANIFEST_NAME, Lake, LocalLake, S3Lake


def arrow_filesystem(lake: Lake) -> tuple[pafs.FileSystem, str]:
    """Return a pyarrow filesystem for the lake and the lake root path in it."""
    if isinstance(lake, LocalLake):
        return pafs.LocalFileSystem(), str(lake.root)
    if isinstance(lake, S3Lake):
        kwargs: dict[str, Any] = {"region": os.environ.get("AWS_DEFAULT_REGION", "us-east-1")}
        if lake.endpoint:
            parsed = urlparse(lake.endpoint)
            kwargs["endpoint_override"] = parsed.netloc
            kwargs["scheme"] = parsed.scheme or "https"
        return pafs.S3FileSystem(**kwargs), f"{lake.bucket}/{lake.prefix}".rstrip("/")
    raise TypeError(f"no arrow filesystem for {type(lake).__name__}")


def arrow_dataset(lake: Lake, dataset: Dataset) -> pads.Dataset:
    """The committed files of ``dataset`` (manifests honoured) as one pyarrow dataset."""
    fs, root = arrow_filesystem(lake)
    paths = []
    for values in list_partitions(lake, dataset):
        prefix = dataset.partition_prefix(values)
        paths += [
            f"{root}/{prefix}{name}"
            for name in lake.partition_files(prefix)
            if name != MANIFEST_NAME and name.endswith(".parquet")
        ]
    partitioning = pads.partitioning(
        dataset.full_schema.empty_table().select(list(dataset.partition_by)).schema, flavor="hive"
    )
    return pads.dataset(
        paths,
        schema=dataset.full_schema,
        filesystem=fs,
        format="parquet",
        partitioning=partitioning,
        partition_base_dir=f"{root}/{dataset.name}",
    )
