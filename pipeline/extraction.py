"""Extraction of an article from a raw page (trafilatura) or a WordPress API record."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import html as lxml_html
from trafilatura.utils import load_html

from pipeline.dates import UNKNOWN, FoundDate, find_publication_date, parse_date_string, source_zone
from pipeline.errors import RasdError

_LIST_SPLIT = re.compile(r"\s*[,،;|]\s*")
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td")
_SPACES = re.compile(r"[ \t\u00a0]+")


class ExtractionError(RasdError):
    """A raw record could not be turned into an article."""


@dataclass
class Extracted:
    """What extraction found in one raw record; text exactly as published."""

    url: str
    page_canonical_url: str | None = None
    title: str | None = None
    text: str = ""
    author: str | None = None
    description: str | None = None
    site_name: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    declared_language: str | None = None
    page_type: str | None = None
    published_at: datetime | None = None
    published_at_raw: str | None = None
    date_source: str | None = None
    kind: str = "html"

    def set_date(self, found: FoundDate) -> None:
        """Store a found publication date."""
        self.published_at = found.published_at
        self.published_at_raw = found.raw
        self.date_source = found.source


def split_terms(value: Any) -> list[str]:
    """Turn trafilatura's categories/tags (a list of comma-joined strings) into unique terms."""
    items = value if isinstance(value, list) else [value] if value else []
    out: list[str] = []
    for item in items:
        for term in _LIST_SPLIT.split(str(item)):
            term = term.strip()
            if term and term not in out:
                out.append(term)
    return out


def _clean(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def extract_html(
    html: str | bytes, url: str, *, timezone: str | None = None, now: datetime | None = None
) -> Extracted:
    """Extract main text and metadata from an HTML page (parsed once, shared with the dates)."""
    tree = load_html(html)
    if tree is None:
        raise ExtractionError(
            f"{url}: not parseable as HTML", "check the raw record's content type"
        )
    result = Extracted(url=url)
    result.declared_language = _declared_language(tree)
    found = find_publication_date(tree, url, timezone=timezone, now=now)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    if doc is not None:
        result.text = (doc.text or "").strip()
        result.title = _clean(doc.title)
        result.author = _clean(doc.author)
        result.description = _clean(doc.description)
        result.site_name = _clean(doc.sitename)
        result.categories = split_terms(doc.categories)
        result.tags = split_terms(doc.tags)
        result.page_type = _clean(doc.pagetype)
        if doc.url:
            result.page_canonical_url = urljoin(url, doc.url)
    else:
        result.title = _clean(tree.findtext(".//title"))
    if found.published_at is None:
        htmldate_value = doc.date if doc is not None else None
        found = find_publication_date(
            None, url, timezone=timezone, htmldate_value=htmldate_value, now=now
        )
    result.set_date(found)
    return result


def _declared_language(tree: lxml_html.HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang")
    if not lang:
        for meta in tree.iter("meta"):
            key = (meta.get("http-equiv") or meta.get("property") or "").lower()
            if key in ("content-language", "og:locale") and meta.get("content"):
                lang = meta.get("content")
                break
    return lang.strip().replace("_", "-").split("-")[0].lower() if lang else None


def rendered_text(fragment: str) -> str:
    """Plain text of a rendered HTML fragment (WordPress ``content.rendered``), one block a line."""
    if not fragment or not fragment.strip():
        return ""
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath(".//script|.//style|.//noscript|.//iframe|.//figcaption"):
        if bad.getparent() is not None:
            bad.drop_tree()
    blocks = [
        el for el in root.iter(*_BLOCKS) if not any(a.tag in _BLOCKS for a in el.iterancestors())
    ]
    pieces = [el.text_content() for el in blocks] if blocks else [root.text_content()]
    lines = [_SPACES.sub(" ", p).strip() for p in pieces]
    return "\n".join(line for line in lines if line)


def extract_wp_post(
    post: Mapping[str, Any], url: str, *, timezone: str | None = None, now: datetime | None = None
) -> Extracted:
    """Extract an article from one WordPress REST API post (its rendered content)."""
    link = post.get("link") or url
    result = Extracted(url=link, page_canonical_url=link, kind="wp-api")
    result.title = _clean(rendered_text(_rendered(post.get("title"))))
    result.text = rendered_text(_rendered(post.get("content")))
    result.description = _clean(rendered_text(_rendered(post.get("excerpt"))))
    embedded = post.get("_embedded") or {}
    authors = [a.get("name") for a in embedded.get("author") or [] if isinstance(a, dict)]
    result.author = _clean("; ".join(a for a in authors if a))
    for group in embedded.get("wp:term") or []:
        for term in group or []:
            if not isinstance(term, dict) or not term.get("name"):
                continue
            target = result.categories if term.get("taxonomy") == "category" else result.tags
            if term["name"] not in target:
                target.append(term["name"])
    result.page_type = post.get("type") or "post"
    found = UNKNOWN
    if post.get("date_gmt"):
        ts = parse_date_string(str(post["date_gmt"]), source_zone("UTC"), now)
        found = FoundDate(ts, str(post["date_gmt"]), "wp-api") if ts else UNKNOWN
    if found.published_at is None and post.get("date"):
        ts = parse_date_string(str(post["date"]), source_zone(timezone), now)
        found = FoundDate(ts, str(post["date"]), "wp-api") if ts else UNKNOWN
    if found.published_at is None:
        found = find_publication_date(None, link, timezone=timezone, now=now)
    result.set_date(found)
    return result


def _rendered(value: Any) -> str:
    if isinstance(value, Mapping):
        return str(value.get("rendered") or "")
    return str(value or "")


def is_json(content_type: str | None, body: str | bytes) -> bool:
    """Tell whether a raw record is a JSON document (WordPress API) rather than a page."""
    if content_type and "json" in content_type.lower():
        return True
    head = body[:64].lstrip() if isinstance(body, str) else body[:64].lstrip().decode("latin-1")
    return head.startswith(("{", "["))


def extract_document(
    body: str | bytes,
    url: str,
    content_type: str | None = None,
    *,
    timezone: str | None = None,
    now: datetime | None = None,
) -> list[Extracted]:
    """Extract the article(s) of a raw record: an HTML page or a WordPress API response."""
    if not body or not body.strip():
        raise ExtractionError(f"{url}: empty body", "re-fetch the page; the raw record is empty")
    if is_json(content_type, body):
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise ExtractionError(f"{url}: invalid JSON: {exc}", "re-fetch the API page") from exc
        posts = data if isinstance(data, list) else [data]
        out = [
            extract_wp_post(p, url, timezone=timezone, now=now)
            for p in posts
            if isinstance(p, Mapping) and ("content" in p or "title" in p)
        ]
        if not out:
            raise ExtractionError(
                f"{url}: JSON without WordPress posts", "point wordpress_api at /wp-json/wp/v2/"
            )
        return out
    return [extract_html(body, url, timezone=timezone, now=now)]


def same_site(url_a: str, url_b: str) -> bool:
    """Tell whether two URLs are on the same site (host without ``www.``)."""
    host_a = (urlsplit(url_a).hostname or "").removeprefix("www.")
    host_b = (urlsplit(url_b).hostname or "").removeprefix("www.")
    return bool(host_a) and host_a == host_b
