"""Discovery parsers: RSS/Atom/RDF feeds, sitemaps (index, gzip, Google News), WordPress API JSON.

Pure functions over bytes (no Scrapy): XML is parsed with defusedxml, so DTD entity expansion and
external entities are refused with a clear error instead of being expanded.
"""

from __future__ import annotations

import gzip
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from email.utils import parsedate_to_datetime

import defusedxml
import defusedxml.ElementTree as DET
from dateutil import parser as dateparser

from pipeline.errors import RasdError

MAX_XML_BYTES = 50 * 1024 * 1024  # a sitemap may hold 50,000 URLs in at most 50 MB


class DiscoveryError(RasdError):
    """A feed, sitemap or API answer that cannot be used."""


@dataclass(frozen=True)
class Link:
    """An article (or child sitemap) URL found by discovery, with its date when given."""

    url: str
    lastmod: datetime | None = None


@dataclass
class Sitemap:
    """A parsed sitemap: article links, or child sitemaps when it is an index."""

    is_index: bool
    links: list[Link]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_date(text: str | None, tz: tzinfo = UTC) -> datetime | None:
    """Parse an RFC 822 or ISO 8601 date; naive times are taken in ``tz``; None when unparseable."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            value = dateparser.isoparse(text)
        except (ValueError, OverflowError):
            try:
                value = dateparser.parse(text)
            except (ValueError, OverflowError):
                return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def maybe_gunzip(body: bytes, url: str) -> bytes:
    """Decompress a gzipped sitemap (``.xml.gz``), refusing anything bigger than 50 MB unpacked."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            data = fh.read(MAX_XML_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise DiscoveryError(f"corrupt gzip file {url}: {exc}", "check the sitemap URL") from exc
    if len(data) > MAX_XML_BYTES:
        raise DiscoveryError(f"{url} unpacks to more than 50 MB", "split the sitemap or skip it")
    return data


def parse_xml(body: bytes, url: str, what: str) -> ET.Element:
    """Parse XML safely (no entity expansion, no external entities); raise a clear error."""
    try:
        return DET.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden as exc:
        raise DiscoveryError(
            f"{what} {url} declares XML entities ({exc.name}); refused to expand or resolve "
            "them (entity expansion or external entity attack, or a broken generator)",
            "ask the site to fix the XML or remove this URL from sources.yaml",
        ) from None
    except (defusedxml.DTDForbidden, defusedxml.ExternalReferenceForbidden) as exc:
        raise DiscoveryError(
            f"{what} {url} references external XML entities or DTDs ({exc}); refused",
            "ask the site to fix the XML or remove this URL from sources.yaml",
        ) from None
    except ET.ParseError as exc:
        raise DiscoveryError(
            f"malformed {what} {url}: {exc}",
            "check the URL in sources.yaml returns valid XML; other URLs were still crawled",
        ) from None


def parse_feed(body: bytes, url: str, tz: tzinfo = UTC) -> list[Link]:
    """Article links of an RSS 2.0, Atom or RDF (RSS 1.0) feed, with their dates."""
    root = parse_xml(body, url, "feed")
    kind = _local(root.tag)
    links: list[Link] = []
    if kind == "feed":  # Atom
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            href, date = None, None
            for child in entry:
                name = _local(child.tag)
                if name == "link" and child.get("rel", "alternate") == "alternate":
                    href = href or child.get("href")
                elif name in ("published", "updated") and date is None:
                    date = parse_date(child.text, tz)
            if href:
                links.append(Link(href.strip(), date))
    elif kind in ("rss", "rdf"):
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            href, date, guid = None, None, None
            for child in item:
                name = _local(child.tag)
                if name == "link" and child.text:
                    href = child.text.strip()
                elif name == "guid" and child.text and child.get("isPermaLink", "true") == "true":
                    guid = child.text.strip()
                elif name in ("pubdate", "date", "published") and date is None:
                    date = parse_date(child.text, tz)
            href = href or (guid if guid and guid.startswith("http") else None)
            if href:
                links.append(Link(href, date))
    else:
        raise DiscoveryError(
            f"{url} is not an RSS, Atom or RDF feed (root element <{kind}>)",
            "point 'feeds' at the feed URL (often /feed/ or /rss.xml)",
        )
    return links


def parse_sitemap(body: bytes, url: str, tz: tzinfo = UTC) -> Sitemap:
    """A sitemap or sitemap index (gzipped or not); Google News publication dates count as lastmod."""
    root = parse_xml(maybe_gunzip(body, url), url, "sitemap")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise DiscoveryError(
            f"{url} is not a sitemap (root element <{kind}>)", "point 'sitemaps' at a sitemap URL"
        )
    links: list[Link] = []
    for entry in root:
        if _local(entry.tag) not in ("url", "sitemap"):
            continue
        loc, lastmod, published = None, None, None
        for child in entry.iter():
            name = _local(child.tag)
            if name == "loc" and child.text and loc is None:
                loc = child.text.strip()
            elif name == "lastmod":
                lastmod = parse_date(child.text, tz)
            elif name == "publication_date":
                published = parse_date(child.text, tz)
        if loc:
            links.append(Link(loc, lastmod or published))
    return Sitemap(is_index=kind == "sitemapindex", links=links)


def parse_wp_posts(body: bytes, url: str) -> list[Link]:
    """Article links of a WordPress ``/wp/v2/posts`` page (dates from modified_gmt or date_gmt)."""
    try:
        posts = json.loads(body)
    except ValueError as exc:
        raise DiscoveryError(
            f"WordPress API {url} did not return JSON: {exc}",
            "check 'wordpress_api' in sources.yaml (the base of /wp-json/wp/v2/)",
        ) from None
    if not isinstance(posts, list):
        raise DiscoveryError(
            f"WordPress API {url} returned {type(posts).__name__}, not a list of posts",
            "check 'wordpress_api' in sources.yaml",
        )
    links = []
    for post in posts:
        if not isinstance(post, dict) or not post.get("link"):
            continue
        raw = post.get("modified_gmt") or post.get("date_gmt")
        date = parse_date(raw + "Z" if raw and raw[-1].isdigit() else raw)
        links.append(Link(str(post["link"]), date))
    return links


def in_window(moment: datetime | None, since: datetime | None, until: datetime | None) -> bool:
    """True when a date is inside [since, until), or unknown."""
    if moment is None:
        return True
    if since and moment < since:
        return False
    return not (until and moment >= until)
