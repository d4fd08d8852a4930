"""Real Scrapy crawls of the sample site over loopback HTTP, into a local lake and an S3 lake."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from pipeline.crawl_state import load_state
from pipeline.datasets import CRAWL_LOG, RAW_INDEX, read_dataset
from pipeline.lake import Lake, open_lake
from pipeline.sample_site import (
    ISO_8859_6_SLUG,
    OVERSIZED_SLUG,
    RETRY_SLUG,
    WINDOWS_1256_SLUG,
    SiteHandle,
    running_site,
    sample_sources_yaml,
)
from pipeline.urls import canonical_url
from pipeline.warc_archive import read_record
from spiders.runner import crawl
from spiders.settings import FAST_SETTINGS

pytestmark = pytest.mark.slow

TEST_SETTINGS: dict[str, Any] = {
    **FAST_SETTINGS,
    "RASD_WP_PER_PAGE": 10,
    "DOWNLOAD_MAXSIZE": 1024 * 1024,
    "RETRY_TIMES": 2,
    "DOWNLOAD_TIMEOUT": 15,
}
ARTICLES = 32  # 30 stories + 2 reprints published on the sample site


def sources_yaml(base: str, **only: str) -> str:
    """A registry with one source per discovery path (or the given name -> YAML body pairs)."""
    blocks = only or {
        "by_feeds": f"feeds: ['{base}/feed/', '{base}/feed/rdf/']",
        "by_sitemaps": f"sitemaps: ['{base}/sitemap_index.xml']",
        "by_wp": f"wordpress_api: '{base}/wp-json/wp/v2/'",
        "by_listing": (
            f"listings: [{{url: '{base}/category/news/', article_links: 'h2.entry-title a::attr(href)'}}]"
        ),
    }
    lines = ["sources:"]
    for name, body in blocks.items():
        lines += [f"  - name: {name}", f"    {body}", "    politeness: {delay: 0, concurrency: 4}"]
    return "\n".join(lines) + "\n"


def run_crawl(tmp: Path, base: str, lake_uri: str, yaml_text: str | None = None, **kw: Any) -> dict:
    path = tmp / "sources.yaml"
    path.write_text(yaml_text or sources_yaml(base), encoding="utf-8")
    return crawl(str(path), lake_uri, settings=TEST_SETTINGS, **kw)


def rows_of(lake: Lake, source: str) -> list[dict]:
    return read_dataset(lake, RAW_INDEX, where={"source": [source]}).to_pylist()


def log_of(lake: Lake, source: str) -> list[dict]:
    return read_dataset(lake, CRAWL_LOG, where={"source": [source]}).to_pylist()


def wait_until_quiet(site: SiteHandle, quiet: float = 1.0, limit: float = 20.0) -> None:
    """Wait until the site has logged no new hit for ``quiet`` seconds."""
    deadline = time.monotonic() + limit
    seen, since = len(site.site.hits), time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - since < quiet:
        time.sleep(0.1)
        if len(site.site.hits) != seen:
            seen, since = len(site.site.hits), time.monotonic()


def article_paths(site: SiteHandle) -> list[str]:
    return site.site.article_hits()


def test_each_discovery_path_robots_offsite_user_agent_and_charsets(tmp_path: Path) -> None:
    with running_site() as base:
        summary = run_crawl(tmp_path, base, str(tmp_path / "lake"), run_key="r1")
        hits = base.site.hits
    assert summary["failed_sources"] == [], summary
    lake = open_lake(tmp_path / "lake")
    feeds, sitemaps = rows_of(lake, "by_feeds"), rows_of(lake, "by_sitemaps")
    wp, listing = rows_of(lake, "by_wp"), rows_of(lake, "by_listing")
    assert len(feeds) == 25 and {r["discovered_via"] for r in feeds} == {"feed"}
    assert len(sitemaps) == ARTICLES + 3  # + category, tag and about pages from page-sitemap
    assert len(wp) == ARTICLES and {r["discovered_via"] for r in wp} == {"wp_api"}
    assert len(listing) == ARTICLES and {r["discovered_via"] for r in listing} == {"listing"}
    assert summary["sources"]["by_sitemaps"]["fetched"] == ARTICLES + 3
    # the gzipped child sitemap and the WordPress pages named by X-WP-TotalPages were fetched
    paths = [h.path for h in hits]
    assert "/post-sitemap2.xml.gz" in paths
    wp_pages = sorted(h.query for h in hits if h.path == "/wp-json/wp/v2/posts")
    assert len(wp_pages) == 4 and all("per_page=10" in q for q in wp_pages)
    assert sum("/category/news/page/" in p for p in paths) == 3
    # robots.txt obeyed, off-site link (another host name) never followed, both logged
    assert not any(p.startswith(("/private/", "/offsite/")) for p in paths)
    kinds = Counter(r["kind"] for r in log_of(lake, "by_feeds"))
    assert kinds == {"robots": 1, "offsite": 1}
    # identifiable user agent with a contact URL
    assert all("RasdBot" in h.user_agent and "+https://" in h.user_agent for h in hits)
    # Arabic IRIs: RAW_INDEX holds percent-encoded URLs; canonical form is stable
    arabic = [r for r in sitemaps if "%D9%87%D8%AC%D9%88%D9%85" in r["url"]]
    assert arabic and all(r["canonical_url"] == canonical_url(r["url"]) for r in arabic)
    # windows-1256 and ISO-8859-6 pages read back and decode to the right Arabic text
    by_slug = {r["url"].rstrip("/").rsplit("/", 1)[-1]: r for r in sitemaps}
    cp = by_slug[WINDOWS_1256_SLUG]
    rec = read_record(lake, cp["warc_key"], cp["offset"], cp["length"])
    assert "charset=windows-1256" in rec.content_type
    assert "اغتيال مدرس في بلدة هجين" in rec.text()
    iso = by_slug[ISO_8859_6_SLUG]
    assert (
        "إغلاق طريق أثريا"
        in read_record(lake, iso["warc_key"], iso["offset"], iso["length"]).text()
    )
    # request records carry the request headers; every row's digest and status are set
    assert all(r["status"] == 200 and r["digest"].startswith("sha256:") for r in sitemaps)
    assert all(r["run_key"] == "r1" and r["crawl_date"] for r in sitemaps)


def test_faults_retry_after_oversized_malformed_feed_entity_expansion(tmp_path: Path) -> None:
    faults = {"retry_after", "oversized", "malformed_feed", "entity_expansion", "external_entity"}
    with running_site(faults=faults) as base:
        yaml_text = sources_yaml(
            base,
            broken_feed=f"feeds: ['{base}/feed/']",
            bomb=f"feeds: ['{base}/feed/atom/']",
            xxe=f"sitemaps: ['{base}/news-sitemap.xml']",
            healthy=f"sitemaps: ['{base}/sitemap_index.xml']",
            unreachable="feeds: ['http://127.0.0.1:9/feed/']",
        )
        summary = run_crawl(tmp_path, base, str(tmp_path / "lake"), yaml_text, run_key="f1")
        hits = [(h.path, h.status) for h in base.site.hits]
    res = summary["sources"]
    assert summary["failed_sources"] == ["bomb", "broken_feed", "unreachable", "xxe"]
    assert (
        "malformed feed" in res["broken_feed"]["error"]
        and "line 2, column" in res["broken_feed"]["error"]
    )
    assert "declares XML entities (lol); refused to expand" in res["bomb"]["error"]
    assert "declares XML entities (xxe); refused" in res["xxe"]["error"]
    assert "feed http://127.0.0.1:9/feed/ failed" in res["unreachable"]["error"]
    # the other source went on: every article but the oversized one archived
    assert res["healthy"]["error"] is None
    lake = open_lake(tmp_path / "lake")
    healthy = rows_of(lake, "healthy")
    urls = {r["url"] for r in healthy}
    assert len(healthy) == ARTICLES + 3 - 1
    assert not any(OVERSIZED_SLUG in u for u in urls)
    # 503 with Retry-After, then fetched on the retry
    retry_hits = [s for p, s in hits if RETRY_SLUG in p]
    assert retry_hits == [503, 200]
    assert any(RETRY_SLUG in u for u in urls)
    # the oversized page is skipped and logged; the feed errors are in the crawl log too
    log = log_of(lake, "healthy")
    oversized = [r for r in log if r["kind"] == "oversized"]
    assert len(oversized) == 1 and OVERSIZED_SLUG in oversized[0]["url"]
    assert "DOWNLOAD_MAXSIZE" in oversized[0]["error"]
    assert [r["kind"] for r in log_of(lake, "broken_feed")] == ["feed"]
    assert "refused" in log_of(lake, "bomb")[0]["error"]
    assert log_of(lake, "unreachable")[0]["attempts"] == 3  # first try + RETRY_TIMES


def test_incremental_second_run_fetches_only_new_articles(tmp_path: Path) -> None:
    lake_dir = str(tmp_path / "lake")
    with running_site() as base:
        yaml_text = sample_sources_yaml(base)
        first = run_crawl(tmp_path, base, lake_dir, yaml_text, run_key="i1")
        assert first["sources"]["badia_news"]["new"] == ARTICLES + 3
        assert sorted(article_paths(base)) == sorted(set(article_paths(base)))  # each once
        # nothing changed: conditional requests answered 304, no article fetched again
        base.site.clear_hits()
        second = run_crawl(tmp_path, base, lake_dir, yaml_text, run_key="i2")
        assert article_paths(base) == []
        assert second["sources"]["badia_news"]["fetched"] == 0
        feeds = [h for h in base.site.hits if h.path.startswith("/feed/") or "sitemap" in h.path]
        assert feeds and all(h.status == 304 for h in feeds)
        assert all("If-None-Match" in h.headers and "If-Modified-Since" in h.headers for h in feeds)
        # two new stories appear: only they are fetched
        base.site.faults.add("extra")
        base.site.clear_hits()
        third = run_crawl(tmp_path, base, lake_dir, yaml_text, run_key="i3")
        new_paths = article_paths(base)
    extra = {a.path for a in base.site.extra_articles}
    assert sorted(new_paths) == sorted(extra)
    assert third["sources"]["badia_news"]["new"] == 2
    lake = open_lake(lake_dir)
    rows = rows_of(lake, "badia_news")
    assert Counter(r["run_key"] for r in rows) == {"i1": ARTICLES + 3, "i3": 2}
    state = load_state(lake, "badia_news")
    assert len(state.seen) >= ARTICLES + 5 and state.validators and state.last_success


def test_rerun_of_same_run_key_keeps_rows_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RASD_CONTACT_URL", "https://example.org/rasd-contact")
    lake_dir = str(tmp_path / "lake")
    with running_site() as base:
        yaml_text = sources_yaml(base, only_feed=f"feeds: ['{base}/feed/rdf/']")
        run_crawl(tmp_path, base, lake_dir, yaml_text, run_key="same")
        again = run_crawl(tmp_path, base, lake_dir, yaml_text, run_key="same")
        agents = {h.user_agent for h in base.site.hits}
    # the crawl subprocess inherits the environment (contact URL here, AWS_* for S3)
    assert agents == {"RasdBot/0.1 (+https://example.org/rasd-contact)"}
    assert again["sources"]["only_feed"]["fetched"] == 0
    rows = rows_of(open_lake(lake_dir), "only_feed")
    assert len(rows) == 10 and len({r["canonical_url"] for r in rows}) == 10


def test_crawl_window_filters_sitemaps_and_wordpress(tmp_path: Path) -> None:
    since, until = datetime(2025, 11, 1, tzinfo=UTC), datetime(2025, 11, 15, tzinfo=UTC)
    with running_site() as base:
        yaml_text = sources_yaml(
            base,
            win_sitemap=f"sitemaps: ['{base}/sitemap_index.xml']",
            win_wp=f"wordpress_api: '{base}/wp-json/wp/v2/'",
        )
        summary = run_crawl(
            tmp_path, base, str(tmp_path / "lake"), yaml_text, since=since, until=until
        )
        wp_queries = [h.query for h in base.site.hits if h.path == "/wp-json/wp/v2/posts"]
        expected = {
            canonical_url(base + a.encoded_path)
            for a in base.site.articles
            if since <= a.published < until
        }
    assert summary["run_key"].startswith("manual-") and summary["failed_sources"] == []
    assert len(expected) == 6
    lake = open_lake(tmp_path / "lake")
    assert {r["canonical_url"] for r in rows_of(lake, "win_wp")} == expected
    # sitemap entries with a lastmod outside the window are skipped (pages without lastmod kept)
    sitemap_urls = {r["canonical_url"] for r in rows_of(lake, "win_sitemap")}
    assert expected <= sitemap_urls and len(sitemap_urls - expected) == 3
    assert wp_queries and all(
        "after=2025-11-01T00" in q and "before=2025-11-15T00" in q for q in wp_queries
    )


def test_crawl_into_s3_lake(tmp_path: Path, s3_lake_uri: str) -> None:
    with running_site() as base:
        yaml_text = sources_yaml(base, s3_source=f"feeds: ['{base}/feed/rdf/']")
        summary = run_crawl(tmp_path, base, s3_lake_uri, yaml_text, run_key="s3run")
    assert summary["failed_sources"] == [] and summary["sources"]["s3_source"]["fetched"] == 10
    lake = open_lake(s3_lake_uri)
    rows = rows_of(lake, "s3_source")
    assert len(rows) == 10
    assert all(r["warc_key"].startswith("raw/warc/source=s3_source/") for r in rows)
    rec = read_record(lake, rows[0]["warc_key"], rows[0]["offset"], rows[0]["length"])
    assert rec.status == 200 and rec.url == rows[0]["url"] and "<article" in rec.text()
    assert load_state(lake, "s3_source").seen


def test_unreachable_lake_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.errors import LakeError

    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "x")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "x")
    (tmp_path / "s.yaml").write_text(
        sources_yaml("http://127.0.0.1:1", a="feeds: ['http://127.0.0.1:1/f']")
    )
    with pytest.raises(LakeError, match="AWS_ENDPOINT_URL"):
        crawl(str(tmp_path / "s.yaml"), "s3://nobucket/lake")


def test_failed_article_is_retried_next_run_although_feed_unchanged(tmp_path: Path) -> None:
    lake_dir = str(tmp_path / "lake")
    with running_site(faults={"unavailable"}) as base:
        yaml_text = sources_yaml(base, flaky=f"sitemaps: ['{base}/sitemap_index.xml']")
        first = run_crawl(tmp_path, base, lake_dir, yaml_text, run_key="p1")
        assert first["sources"]["flaky"]["failed"] == 1
        assert first["sources"]["flaky"]["pending_retry"] == 1
        base.site.faults.discard("unavailable")
        base.site.clear_hits()
        second = run_crawl(tmp_path, base, lake_dir, yaml_text, run_key="p2")
        fetched = article_paths(base)
    lake = open_lake(lake_dir)
    log = log_of(lake, "flaky")
    assert [(r["status"], r["attempts"]) for r in log] == [(503, 3)]
    assert len(fetched) == 1 and RETRY_SLUG in fetched[0]
    assert (
        second["sources"]["flaky"]["fetched"] == 1
        and second["sources"]["flaky"]["pending_retry"] == 0
    )
    assert [r["run_key"] for r in rows_of(lake, "flaky") if RETRY_SLUG in r["url"]] == ["p2"]


def test_warc_parts_rotate_and_corrupt_state_fails_only_its_source(tmp_path: Path) -> None:
    from pipeline.datasets import state_key

    lake_dir = tmp_path / "lake"
    lake = open_lake(lake_dir)
    lake.put(state_key("crawl", "broken_state", "json.gz"), b"not gzip")
    with running_site() as base:
        yaml_text = sources_yaml(
            base,
            broken_state=f"feeds: ['{base}/feed/rdf/']",
            parts=f"feeds: ['{base}/feed/rdf/']",
        )
        path = tmp_path / "sources.yaml"
        path.write_text(yaml_text, encoding="utf-8")
        summary = crawl(
            str(path), str(lake_dir), settings={**TEST_SETTINGS, "RASD_WARC_PART_BYTES": 8000}
        )
    assert summary["failed_sources"] == ["broken_state"]
    assert "corrupt crawl state" in summary["sources"]["broken_state"]["error"]
    rows = rows_of(lake, "parts")
    assert len(rows) == 10 and summary["sources"]["parts"]["warc_files"] > 2
    for row in rows:  # every index row points at its own record in its own part
        assert read_record(lake, row["warc_key"], row["offset"], row["length"]).url == row["url"]


def test_crash_mid_run_loses_nothing_and_refetches_only_unsaved_pages(tmp_path: Path) -> None:
    lake_dir = str(tmp_path / "lake")
    with running_site() as base:
        yaml_text = sources_yaml(base, crashy=f"sitemaps: ['{base}/sitemap_index.xml']")
        (tmp_path / "sources.yaml").write_text(yaml_text, encoding="utf-8")
        crash = {**TEST_SETTINGS, "RASD_WARC_PART_BYTES": 20000, "RASD_TEST_CRASH_AFTER": 20}
        crashed = crawl(str(tmp_path / "sources.yaml"), lake_dir, settings=crash, run_key="c1")
        saved = {r["canonical_url"] for r in rows_of(open_lake(lake_dir), "crashy")}
        wait_until_quiet(base)  # requests the killed crawler left in flight still get served
        first_hits = article_paths(base)
        base.site.clear_hits()
        again = run_crawl(tmp_path, base, lake_dir, yaml_text, run_key="c1")
        second_hits = article_paths(base)
    # the crash surfaces in the summary, naming the source
    assert crashed["failed_sources"] == ["crashy"]
    assert "exited with code 70" in crashed["sources"]["crashy"]["error"]
    # pages flushed before the crash are indexed and not fetched again; the rest are
    assert 0 < len(saved) < 20 <= len(first_hits)
    assert again["failed_sources"] == []
    saved_paths = {unquote(urlsplit(u).path) for u in saved}
    assert second_hits and not saved_paths & set(second_hits)
    assert len(second_hits) == len(set(second_hits))
    rows = rows_of(open_lake(lake_dir), "crashy")
    assert len(rows) == ARTICLES + 3 and len({r["canonical_url"] for r in rows}) == len(rows)
    lake = open_lake(lake_dir)
    for row in rows:
        assert read_record(lake, row["warc_key"], row["offset"], row["length"]).url == row["url"]


def test_rasd_crawl_and_sample_site_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from pipeline.cli import main

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "sample-site", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                robots = urllib.request.urlopen(base + "/robots.txt", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        assert b"Disallow: /private/" in robots
        sources = tmp_path / "sources.yaml"
        sources.write_text(sample_sources_yaml(base), encoding="utf-8")
        lake = str(tmp_path / "lake")
        # default (polite) settings: AutoThrottle, robots.txt, per-source politeness from the file
        code = main(["crawl", "--sources", str(sources), "--lake", lake, "--run-key", "cli"])
    finally:
        server.terminate()
        server.wait(timeout=10)
    summary = json.loads(capsys.readouterr().out)
    assert code == 0 and summary["run_key"] == "cli"
    assert summary["sources"]["badia_news"]["fetched"] == ARTICLES + 3
    assert len(rows_of(open_lake(lake), "badia_news")) == ARTICLES + 3
