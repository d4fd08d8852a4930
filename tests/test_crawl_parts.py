"""Crawl building blocks without a crawl: discovery parsers, safe XML, WARC records, crawl state."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.crawl_state import CrawlState, load_state, save_state
from pipeline.errors import CorruptDataError
from pipeline.lake import Lake
from pipeline.sample_site import BILLION_LAUGHS, EXTERNAL_ENTITY
from pipeline.warc_archive import (
    WarcBuffer,
    declared_charset,
    decode_body,
    iter_records,
    parse_raw_ref,
    raw_ref,
    read_record,
)
from spiders.discovery import (
    DiscoveryError,
    in_window,
    parse_feed,
    parse_sitemap,
    parse_wp_posts,
)
from spiders.middlewares import retry_after_seconds

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>https://s.example/2025/11/\xd9\x87\xd8\xac\xd9\x88\xd9\x85/</link>
<pubDate>Thu, 20 Nov 2025 07:00:00 GMT</pubDate></item>
<item><title>b</title><guid>https://s.example/b</guid></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><link rel="alternate" href="https://s.example/x"/><published>2025-11-01T10:00:00+03:00</published></entry>
<entry><link rel="enclosure" href="https://s.example/img.jpg"/><link href="https://s.example/y"/></entry></feed>"""
RDF = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="https://s.example/r"><link>https://s.example/r</link><dc:date>2025-10-01</dc:date></item></rdf:RDF>"""
SITEMAP = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://s.example/1</loc><lastmod>2025-11-02</lastmod></url>
<url><loc>https://s.example/2</loc><news:news><news:publication_date>2025-11-03T08:00:00Z</news:publication_date></news:news></url>
</urlset>"""
INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://s.example/post-sitemap.xml.gz</loc><lastmod>2025-11-03</lastmod></sitemap></sitemapindex>"""


def test_rss_atom_rdf_feeds() -> None:
    rss = parse_feed(RSS, "u")
    assert rss[0].url == "https://s.example/2025/11/هجوم/"
    assert rss[0].lastmod == datetime(2025, 11, 20, 7, tzinfo=UTC)
    assert rss[1].url == "https://s.example/b" and rss[1].lastmod is None
    atom = parse_feed(ATOM, "u")
    assert [x.url for x in atom] == ["https://s.example/x", "https://s.example/y"]
    assert atom[0].lastmod == datetime(2025, 11, 1, 7, tzinfo=UTC)
    rdf = parse_feed(RDF, "u")
    assert rdf[0].url == "https://s.example/r"


def test_sitemaps_plain_gzipped_index_and_news() -> None:
    plain = parse_sitemap(SITEMAP, "u")
    assert not plain.is_index
    assert [x.url for x in plain.links] == ["https://s.example/1", "https://s.example/2"]
    assert plain.links[1].lastmod == datetime(2025, 11, 3, 8, tzinfo=UTC)  # Google News date
    assert parse_sitemap(gzip.compress(SITEMAP), "u.xml.gz").links == plain.links
    index = parse_sitemap(INDEX, "u")
    assert index.is_index and index.links[0].url.endswith(".xml.gz")


def test_entity_expansion_and_external_entities_are_refused() -> None:
    with pytest.raises(DiscoveryError, match="refused to expand"):
        parse_feed(BILLION_LAUGHS.encode(), "http://s/feed")
    with pytest.raises(DiscoveryError, match="refused"):
        parse_sitemap(EXTERNAL_ENTITY.encode(), "http://s/sitemap.xml")


def test_malformed_and_wrong_documents_give_clear_errors() -> None:
    with pytest.raises(DiscoveryError, match=r"malformed feed http://s/feed: .*line \d+, column"):
        parse_feed(RSS[:120], "http://s/feed")
    with pytest.raises(DiscoveryError, match="not an RSS, Atom or RDF feed"):
        parse_feed(b"<html><body/></html>", "http://s/feed")
    with pytest.raises(DiscoveryError, match="not a sitemap"):
        parse_sitemap(RSS, "http://s/sm")
    with pytest.raises(DiscoveryError, match="corrupt gzip"):
        parse_sitemap(gzip.compress(SITEMAP)[:30], "http://s/sm.gz")


def test_wp_posts_json() -> None:
    body = b'[{"id":1,"link":"https://s.example/p1","date_gmt":"2025-11-01T10:00:00"},{"id":2}]'
    links = parse_wp_posts(body, "u")
    assert links[0].url == "https://s.example/p1"
    assert links[0].lastmod == datetime(2025, 11, 1, 10, tzinfo=UTC)
    with pytest.raises(DiscoveryError, match="did not return JSON"):
        parse_wp_posts(b"<html>", "u")


def test_window() -> None:
    since, until = datetime(2025, 11, 1, tzinfo=UTC), datetime(2025, 11, 15, tzinfo=UTC)
    assert in_window(None, since, until)
    assert in_window(since, since, until)
    assert not in_window(until, since, until)
    assert not in_window(since - timedelta(seconds=1), since, None)


def test_retry_after_header_forms() -> None:
    now = datetime(2025, 11, 1, 12, tzinfo=UTC)
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("Sat, 01 Nov 2025 12:00:30 GMT", now) == 30
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None


def test_charsets_declared_in_header_or_meta() -> None:
    text = "مقتل خمسة عناصر في دير الزور"
    cp = f'<html><head><meta charset="windows-1256"></head><body>{text}</body></html>'.encode(
        "cp1256"
    )
    assert declared_charset(cp) == "cp1256"
    assert text in decode_body(cp)
    assert text in decode_body(text.encode("cp1256"), "text/html; charset=windows-1256")
    iso = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">' + text.encode(
        "iso8859_6"
    )
    assert decode_body(iso).endswith(text)
    assert decode_body(text.encode("cp1256")) == text  # undeclared, not UTF-8: windows-1256
    assert decode_body(text.encode("utf-8")) == text


def test_warc_round_trip_through_lake(lake: Lake) -> None:
    buf = WarcBuffer()
    moment = datetime(2025, 11, 1, 10, 0, 5, tzinfo=UTC)
    body = "<p>هجوم في البادية</p>".encode("cp1256")
    first = buf.add(
        "http://s/a",
        200,
        [("Content-Type", "text/html; charset=windows-1256")],
        body,
        moment,
        [("User-Agent", "RasdBot")],
    )
    second = buf.add("http://s/b", 404, [("Content-Type", "text/html")], b"gone", moment)
    lake.put("raw/test.warc.gz", buf.getvalue())
    rec = read_record(lake, "raw/test.warc.gz", first.offset, first.length)
    assert (rec.url, rec.status, rec.body, rec.fetched_at) == ("http://s/a", 200, body, moment)
    assert rec.text() == "<p>هجوم في البادية</p>"
    assert rec.header("content-type") == "text/html; charset=windows-1256"
    assert read_record(lake, "raw/test.warc.gz", second.offset, second.length).status == 404
    assert [r.url for r in iter_records(buf.getvalue())] == ["http://s/a", "http://s/b"]
    ref = raw_ref("raw/test.warc.gz", first.offset, first.length)
    assert parse_raw_ref(ref) == ("raw/test.warc.gz", first.offset, first.length)
    with pytest.raises(CorruptDataError):
        read_record(lake, "raw/test.warc.gz", first.offset + 3, 50)


def test_crawl_state_round_trip(lake: Lake) -> None:
    state = load_state(lake, "src")
    assert state.seen == {} and state.conditional_headers("http://s/feed") == {}
    when = datetime(2025, 11, 1, tzinfo=UTC)
    state.mark_seen("http://s/a", when, "abc", "run1")
    state.set_validators("http://s/feed", '"e1"', "Sat, 01 Nov 2025 00:00:00 GMT")
    state.add_pending("http://s/b", "feed", "HTTP 503")
    save_state(lake, state)
    again = load_state(lake, "src")
    assert again.is_seen("http://s/a")
    assert not again.is_seen("http://s/a", lastmod=when + timedelta(days=1))  # changed since
    assert again.conditional_headers("http://s/feed") == {
        "If-None-Match": '"e1"',
        "If-Modified-Since": "Sat, 01 Nov 2025 00:00:00 GMT",
    }
    assert again.pending["http://s/b"]["attempts"] == 1
    assert isinstance(again, CrawlState)


def test_polite_identifiable_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    from spiders.crawl_process import spider_class
    from spiders.settings import DEFAULT_USER_AGENT, crawl_settings

    monkeypatch.delenv("RASD_USER_AGENT", raising=False)
    monkeypatch.delenv("RASD_CONTACT_URL", raising=False)
    base = crawl_settings()
    assert base["USER_AGENT"] == DEFAULT_USER_AGENT
    assert base["ROBOTSTXT_OBEY"] is True and base["AUTOTHROTTLE_ENABLED"] is True
    assert base["CONCURRENT_REQUESTS_PER_DOMAIN"] in (1, 2)
    assert 429 in base["RETRY_HTTP_CODES"] and 503 in base["RETRY_HTTP_CODES"]
    assert base["DOWNLOAD_MAXSIZE"] and base["DOWNLOAD_TIMEOUT"]
    monkeypatch.setenv("RASD_CONTACT_URL", "https://example.org/contact")
    assert crawl_settings()["USER_AGENT"] == "RasdBot/0.1 (+https://example.org/contact)"
    cls = spider_class({"name": "x", "politeness": {"delay": 5.0, "concurrency": 1}}, {})
    assert cls.custom_settings == {
        "DOWNLOAD_DELAY": 5.0,
        "AUTOTHROTTLE_START_DELAY": 5.0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    }
    # overrides (tests, benchmark) win over a source's politeness
    assert spider_class({"name": "x"}, {"DOWNLOAD_DELAY": 0}).custom_settings == {
        "DOWNLOAD_DELAY": 0
    }


def test_feed_in_windows_1256_parses() -> None:
    title = "مقتل عنصرين بهجوم في الرصافة"
    feed = (
        '<?xml version="1.0" encoding="windows-1256"?>\n<rss version="2.0"><channel>'
        f"<item><title>{title}</title><link>https://s.example/أخبار/1</link></item>"
        "</channel></rss>"
    ).encode("cp1256")
    assert parse_feed(feed, "u")[0].url == "https://s.example/أخبار/1"
