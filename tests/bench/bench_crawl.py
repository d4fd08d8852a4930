"""Benchmark: Rasd's crawl of 2,000 local pages against a bare Scrapy spider, in the same run.

Both crawls run in a subprocess against the same sample site (politeness delays off, same
concurrency); wall-clock time includes Scrapy start-up for both. Rasd's crawl also discovers the
pages from a sitemap, obeys robots.txt, writes WARC files, RAW_INDEX and crawl state to a local lake.
Target: Rasd's pages/s at least 0.7 x the bare spider's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from pipeline.datasets import RAW_INDEX, read_dataset  # noqa: E402
from pipeline.lake import open_lake  # noqa: E402
from pipeline.sample_site import running_site  # noqa: E402
from spiders.runner import crawl  # noqa: E402
from spiders.settings import FAST_SETTINGS  # noqa: E402

PAGES = 2000
CONCURRENCY = 16
SETTINGS = {
    **FAST_SETTINGS,
    "CONCURRENT_REQUESTS": CONCURRENCY,
    "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY,
    "LOG_LEVEL": "WARNING",
}

BARE = """
import json, sys, scrapy
from scrapy.crawler import CrawlerProcess

urls = json.load(open(sys.argv[1]))
count = {"n": 0}

class Bare(scrapy.Spider):
    name = "bare"
    async def start(self):
        for u in urls:
            yield scrapy.Request(u, callback=self.parse)
    def parse(self, response):
        count["n"] += 1

settings = json.loads(sys.argv[2])
process = CrawlerProcess({**settings, "TELNETCONSOLE_ENABLED": False, "ROBOTSTXT_OBEY": False})
process.crawl(Bare)
process.start()
print(count["n"])
"""


def bare_crawl(urls: list[str], tmp: Path) -> tuple[int, float]:
    """Download the URLs with a spider that does nothing else; return (pages, seconds)."""
    (tmp / "urls.json").write_text(json.dumps(urls))
    (tmp / "bare.py").write_text(BARE)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(tmp / "bare.py"), str(tmp / "urls.json"), json.dumps(SETTINGS)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip().splitlines()[-1]), time.perf_counter() - t0


def rasd_crawl(base: str, tmp: Path) -> tuple[int, float]:
    """Crawl the same pages with Rasd's spider into a local lake; return (pages, seconds)."""
    sources = tmp / "sources.yaml"
    sources.write_text(
        "sources:\n  - name: bench\n"
        f"    sitemaps: ['{base}/bench/sitemap.xml']\n"
        "    politeness: {delay: 0, concurrency: 8}\n"
    )
    t0 = time.perf_counter()
    summary = crawl(str(sources), str(tmp / "lake"), settings=SETTINGS, run_key="bench")
    seconds = time.perf_counter() - t0
    if summary["failed_sources"]:
        raise SystemExit(f"rasd crawl failed: {summary}")
    rows = read_dataset(open_lake(tmp / "lake"), RAW_INDEX).num_rows
    return rows, seconds


def main() -> None:
    """Run both crawls side by side and print pages/s and the ratio."""
    with running_site(bench_pages=PAGES) as base, tempfile.TemporaryDirectory() as tmp:
        urls = [f"{base}/bench/p/{i}.html" for i in range(PAGES)]
        work = Path(tmp)
        bare_pages, bare_s = bare_crawl(urls, work)
        rasd_pages, rasd_s = rasd_crawl(base, work)
    bare_rate, rasd_rate = bare_pages / bare_s, rasd_pages / rasd_s
    print(f"bare scrapy : {bare_pages} pages in {bare_s:.2f}s = {bare_rate:.0f} pages/s")
    print(
        f"rasd crawl  : {rasd_pages} pages in {rasd_s:.2f}s = {rasd_rate:.0f} pages/s (WARC + index + state)"
    )
    ratio = rasd_rate / bare_rate
    print(
        f"ratio rasd/bare: {ratio:.2f} (target >= 0.70) {'OK' if ratio >= 0.7 else 'BELOW TARGET'}"
    )


if __name__ == "__main__":
    main()
