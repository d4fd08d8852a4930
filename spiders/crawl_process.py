"""Entry point of the crawl subprocess: ``python -m spiders.crawl_process CONFIG.json OUT.json``.

Runs one Scrapy CrawlerProcess with one spider per source (sources crawl side by side); a source
whose spider cannot start or fails is named in the summary and the others go on.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.utils.reactor import install_reactor

from spiders.settings import crawl_settings, polite_overrides
from spiders.spider import SourceSpider

logger = logging.getLogger("spiders.crawl_process")
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


def spider_class(source: dict[str, Any], overrides: dict[str, Any]) -> type[SourceSpider]:
    """A SourceSpider subclass carrying the source's politeness settings (overrides win)."""
    pol = source.get("politeness") or {}
    custom = {**polite_overrides(pol.get("delay"), pol.get("concurrency")), **overrides}
    return type(f"Spider_{source['name']}", (SourceSpider,), {"custom_settings": custom})


def run(config: dict[str, Any]) -> dict[str, Any]:
    """Crawl every source of ``config``; return {source name: summary}."""
    summary_dir = Path(config["summary_dir"])
    settings = {**crawl_settings(), "RASD_SUMMARY_DIR": str(summary_dir)}
    overrides = dict(config.get("settings") or {})
    install_reactor(str(settings.get("TWISTED_REACTOR") or ASYNCIO_REACTOR))
    process = CrawlerProcess(settings)
    start_errors: dict[str, str] = {}

    for source in config["sources"]:
        name = source["name"]

        def failed(failure: Any, name: str = name) -> None:
            start_errors[name] = f"{type(failure.value).__name__}: {failure.value}"
            logger.error("source %s failed: %s", name, failure.getTraceback())

        deferred = process.crawl(
            spider_class(source, overrides),
            source=source,
            lake_uri=config["lake_uri"],
            run_key=config["run_key"],
            since=config.get("since"),
            until=config.get("until"),
        )
        deferred.addErrback(failed)
    process.start()

    results: dict[str, Any] = {}
    for source in config["sources"]:
        name = source["name"]
        path = summary_dir / f"{name}.json"
        if path.exists():
            results[name] = json.loads(path.read_text(encoding="utf-8"))
            if name in start_errors:
                err = results[name].get("error")
                results[name]["error"] = "; ".join(e for e in (start_errors[name], err) if e)
        else:
            results[name] = {
                "fetched": 0,
                "new": 0,
                "unchanged": 0,
                "failed": 0,
                "bytes": 0,
                "error": start_errors.get(
                    name, "the crawl of this source did not finish (see log)"
                ),
            }
    return results


def main(argv: list[str]) -> int:
    """Read the config, crawl, write the per-source results as JSON."""
    config_path, out_path = argv[0], argv[1]
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    try:
        results = run(config)
    except Exception as exc:
        traceback.print_exc()
        results = {
            s["name"]: {
                "fetched": 0,
                "new": 0,
                "unchanged": 0,
                "failed": 0,
                "bytes": 0,
                "error": f"crawl process failed: {exc}",
            }
            for s in config["sources"]
        }
        Path(out_path).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
        return 1
    Path(out_path).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
