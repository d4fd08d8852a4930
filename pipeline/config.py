"""Settings from the environment: where the sources file and the lake are."""

from __future__ import annotations

import os
from datetime import UTC, datetime

DEFAULT_SOURCES = "sources.yaml"
DEFAULT_LAKE = "lake"


def sources_file(explicit: str | None = None) -> str:
    """The sources file: explicit value, else RASD_SOURCES, else ./sources.yaml."""
    return explicit or os.environ.get("RASD_SOURCES") or DEFAULT_SOURCES


def lake_uri(explicit: str | None = None) -> str:
    """The lake URI: explicit value, else RASD_LAKE, else ./lake."""
    return explicit or os.environ.get("RASD_LAKE") or DEFAULT_LAKE


def manual_run_key(moment: datetime | None = None) -> str:
    """Run key of a run started by hand (CLI), from the wall clock."""
    moment = moment or datetime.now(UTC)
    return "manual-" + moment.strftime("%Y%m%dT%H%M%S")


def interval_run_key(start: datetime, end: datetime) -> str:
    """Run key of a scheduled run: its data interval."""
    return f"{start:%Y%m%dT%H%M}-{end:%Y%m%dT%H%M}"
