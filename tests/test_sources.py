"""The source registry: validation with file, line, source and field; the shipped sources.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.sample_site import sample_sources_yaml
from pipeline.sources import load_sources, parse_sources

REPO = Path(__file__).resolve().parents[1]

GOOD = """sources:
  - name: first
    feeds: [https://www.first.example/feed/]
    wordpress_api: https://www.first.example/wp-json/
  - name: second
    sitemaps:
      - https://second.example/sitemap.xml
    listings:
      - url: https://news.second.example/cat/
    politeness: {delay: 3, concurrency: 1}
    enabled: false
"""


def test_valid_registry_defaults() -> None:
    reg = parse_sources(GOOD)
    first, second = reg.sources
    assert first.language == "ar" and first.timezone == "Asia/Damascus" and first.enabled
    assert first.verified is False
    assert first.allowed_domains == ["www.first.example"]
    assert first.wp_posts_url() == "https://www.first.example/wp-json/wp/v2/posts"
    assert second.allowed_domains == ["news.second.example", "second.example"]
    assert second.politeness.delay == 3 and second.listings[0].max_pages == 5
    assert [s.name for s in reg.select()] == ["first"]
    assert [s.name for s in reg.select(["second"])] == ["second"]


def _error(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        parse_sources(text, "my-sources.yaml")
    return str(info.value)


def test_error_names_file_line_source_and_field() -> None:
    msg = _error(GOOD.replace("concurrency: 1", "concurrency: 99"))
    assert msg.startswith("my-sources.yaml:10: source 'second' field 'politeness.concurrency'")
    assert "fix:" in msg


def test_bad_name_and_unknown_field_and_bad_url() -> None:
    assert "my-sources.yaml:2: source 'First-One' field 'name'" in _error(
        GOOD.replace("name: first", "name: First-One")
    )
    assert "field 'feed'" in _error(GOOD.replace("feeds:", "feed:"))
    assert "is not an http(s) URL" in _error(
        GOOD.replace("https://second.example/sitemap.xml", "ftp://x")
    )
    assert "field 'timezone'" in _error(GOOD.replace("enabled: false", "timezone: Mars/Olympus"))
    assert "at least one of feeds" in _error("sources:\n  - name: empty\n")


def test_duplicate_names_and_invalid_yaml() -> None:
    assert "appears twice" in _error(GOOD.replace("name: second", "name: first"))
    assert "my-sources.yaml:3" in _error("sources:\n  - name: x\n    feeds: [unclosed\n")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_sources(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match="no source named 'zz'"):
        parse_sources(GOOD).get("zz")


def test_shipped_sources_yaml_lists_the_outlets_unverified() -> None:
    reg = load_sources(REPO / "sources.yaml")
    names = {s.name for s in reg.sources}
    assert {
        "syriahr",
        "almodon",
        "baladi_news",
        "enab_baladi",
        "npa_syria",
        "syria_tv",
        "middle_east_online",
        "aawsat",
        "alarab",
    } <= names
    assert all(not s.verified for s in reg.sources)
    assert reg.get("enab_baladi").wordpress_api
    assert all(s.feeds or s.sitemaps for s in reg.sources)


def test_sample_sources_yaml_is_valid() -> None:
    reg = parse_sources(sample_sources_yaml("http://127.0.0.1:9999"))
    src = reg.get("badia_news")
    assert src.allowed_domains == ["127.0.0.1"]
    assert src.feeds and src.sitemaps and src.wordpress_api and src.listings
