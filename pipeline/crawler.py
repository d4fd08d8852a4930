"""Finds the crawler through the ``rasd.crawler`` entry point, so pipeline/ never imports Scrapy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from importlib.metadata import entry_points
from typing import Any, Protocol

from pipeline.errors import RasdError

ENTRY_POINT_GROUP = "rasd.crawler"


class Crawler(Protocol):
    """Crawl sources into the raw archive and return a JSON-able summary."""

    def __call__(
        self,
        sources_file: str,
        lake_uri: str,
        *,
        sources: list[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        run_key: str | None = None,
    ) -> dict[str, Any]: ...


def load_crawler(name: str = "scrapy") -> Callable[..., dict[str, Any]]:
    """Return the crawler registered under ``name`` (the Scrapy one by default)."""
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            return ep.load()
    raise RasdError(
        f"no crawler {name!r} is registered in the {ENTRY_POINT_GROUP!r} entry points",
        "reinstall the project (make setup, or pip install -e .)",
    )
