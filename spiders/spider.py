"""The generic, registry-driven spider: discovers article URLs of one source and fetches them raw.

Discovery (feeds, sitemaps, WordPress API, listing pages) is separate from fetching: article
responses are handed over untouched as items to :class:`spiders.pipelines.ArchivePipeline`, which
archives them; nothing here extracts text.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urljoin
from zoneinfo import ZoneInfo

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from pipeline.crawl_state import CrawlState, load_state
from pipeline.lake import open_lake
from pipeline.sources import Source
from pipeline.urls import canonical_url, in_domains, iri_to_uri
from spiders.discovery import (
    DiscoveryError,
    Link,
    in_window,
    parse_feed,
    parse_sitemap,
    parse_wp_posts,
)

logger = logging.getLogger(__name__)
MAX_SITEMAP_DEPTH = 3
DISCOVERY_MAXSIZE = 50 * 1024 * 1024  # sitemaps may be 50 MB by the protocol
MAX_PENDING_RUNS = 5  # crawls that retry an article whose fetch failed before giving up


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _transient(exc: BaseException) -> bool:
    """True for failures worth retrying on a later run: 429, 5xx, timeouts, connection errors."""
    if isinstance(exc, HttpError):
        return exc.response.status == 429 or exc.response.status >= 500
    return not isinstance(exc, (IgnoreRequest, DownloadCancelledError))


class SourceSpider(scrapy.Spider):
    """Crawl one source of the registry: discover, skip what was seen, fetch the rest."""

    name = "rasd_source"

    def __init__(
        self,
        source: dict[str, Any],
        lake_uri: str,
        run_key: str,
        since: str | None = None,
        until: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.source = Source.model_validate(source)
        self.name = self.source.name
        self.lake_uri = lake_uri
        self.run_key = run_key
        self.since = datetime.fromisoformat(since) if since else None
        self.until = datetime.fromisoformat(until) if until else None
        self.tz = ZoneInfo(self.source.timezone)
        self.allowed_domains = list(self.source.allowed_domains)
        self.started_at = datetime.now(UTC)
        # a source that cannot start (corrupt state, lake down) fails alone: it crawls nothing,
        # writes nothing and names the error in the summary
        self.init_error: str | None = None
        try:
            self.lake = open_lake(lake_uri)
            self.state: CrawlState = load_state(self.lake, self.source.name)
        except Exception as exc:
            self.init_error = f"{type(exc).__name__}: {exc}"
            self.state = CrawlState(source=self.source.name)
        self.scheduled: set[str] = set()
        self.new_validators: dict[str, tuple[str | None, str | None]] = {}
        self.errors: list[str] = []
        self.counts: Counter[str] = Counter()
        self.failures: list[dict[str, Any]] = []

    # ------------------------------------------------------------------ start
    async def start(self) -> AsyncIterator[scrapy.Request]:
        """First requests: feeds, sitemaps, the WordPress API, listings, and last run's failures."""
        if self.init_error:
            self.errors.append(self.init_error)
            return
        for request in self._start_requests():
            yield request

    def _start_requests(self) -> Iterable[scrapy.Request]:
        src = self.source
        for url in src.feeds:
            yield self._discovery_request(url, self.parse_feed, "feed")
        for url in src.sitemaps:
            yield self._discovery_request(url, self.parse_sitemap, "sitemap", depth=0)
        if src.wordpress_api:
            yield self._wp_request(1)
        for n, listing in enumerate(src.listings):
            yield scrapy.Request(
                iri_to_uri(listing.url),
                callback=self.parse_listing,
                errback=self.on_error,
                meta={"kind": "listing", "listing": n, "page": 1},
            )
        for url, entry in list(self.state.pending.items()):
            if entry.get("attempts", 0) >= MAX_PENDING_RUNS:
                self.state.pending.pop(url)
                error = f"gave up after {MAX_PENDING_RUNS} crawls: {entry.get('error')}"
                self._failure(url, None, error, 0, "gave_up")
                continue
            request = self._article_request(
                Link(url), entry.get("via", "pending"), count_seen=False
            )
            if request is not None:
                yield request

    def _discovery_request(self, url: str, callback: Any, kind: str, **meta: Any) -> scrapy.Request:
        headers = self.state.conditional_headers(url)
        return scrapy.Request(
            iri_to_uri(url),
            callback=callback,
            errback=self.on_error,
            headers=headers,
            dont_filter=True,
            meta={
                "kind": kind,
                "source_url": url,
                "handle_httpstatus_list": [304],
                "download_maxsize": max(
                    DISCOVERY_MAXSIZE, self.settings.getint("DOWNLOAD_MAXSIZE")
                ),
                **meta,
            },
        )

    def _wp_request(self, page: int) -> scrapy.Request:
        params: dict[str, Any] = {
            "per_page": self.settings.getint("RASD_WP_PER_PAGE", 100),
            "page": page,
            "orderby": "date",
            "order": "desc",
            "_fields": "id,link,date_gmt,modified_gmt",
        }
        after = self.since
        if after is None and (last := self.state.last_success_time()):
            after = last - timedelta(hours=self.settings.getfloat("RASD_WP_OVERLAP_HOURS", 48))
        if after:
            params["after"] = after.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if self.until:
            params["before"] = self.until.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        url = f"{self.source.wp_posts_url()}?{urlencode(params)}"
        return scrapy.Request(
            url,
            callback=self.parse_wp,
            errback=self.on_error,
            meta={"kind": "wp_api", "page": page, "handle_httpstatus_list": [400]},
        )

    # ------------------------------------------------------------------ article requests
    def _article_request(
        self, link: Link, via: str, count_seen: bool = True
    ) -> scrapy.Request | None:
        """A request for an article, or None when off-site, excluded, seen or out of the window."""
        url = link.url
        if not url.startswith(("http://", "https://")):
            return None
        canon = canonical_url(url)
        if canon in self.scheduled:
            return None
        if not in_domains(canon, self.allowed_domains):
            self.scheduled.add(canon)
            self.counts["offsite"] += 1
            self._failure(url, None, "off-site link not followed", 0, "offsite")
            return None
        if not self.source.is_article_url(canon):
            return None
        if not in_window(link.lastmod, self.since, self.until):
            self.counts["outside_window"] += 1
            return None
        if self.state.is_seen(canon, link.lastmod):
            self.scheduled.add(canon)
            if count_seen:
                self.counts["unchanged"] += 1
            self.state.pending.pop(url, None)
            return None
        self.scheduled.add(canon)
        return scrapy.Request(
            iri_to_uri(url),
            callback=self.parse_article,
            errback=self.on_error,
            meta={
                "kind": "article",
                "canonical_url": canon,
                "via": via,
                "lastmod": link.lastmod,
                "source_url": url,
            },
        )

    def _articles(
        self, links: Iterable[Link], via: str, base: str | None = None
    ) -> Iterable[scrapy.Request]:
        for link in links:
            if base and not link.url.startswith(("http://", "https://")):
                link = Link(urljoin(base, link.url), link.lastmod)  # a relative link
            request = self._article_request(link, via)
            if request is not None:
                yield request

    # ------------------------------------------------------------------ discovery callbacks
    def _remember_validators(self, response: Response) -> bool:
        """Keep a feed's validators for the end of the run; False when it answered 304."""
        url = response.meta["source_url"]
        if response.status == 304:
            self.counts["not_modified"] += 1
            return False
        self.new_validators[url] = (_header(response, "ETag"), _header(response, "Last-Modified"))
        return True

    def _discovery_failed(self, response: Response, exc: DiscoveryError) -> None:
        message = str(exc)
        logger.error("%s: %s", self.name, message)
        self.errors.append(message)
        self.new_validators.pop(response.meta.get("source_url", ""), None)
        self._failure(response.url, response.status, message, 1, response.meta.get("kind", "feed"))

    def parse_feed(self, response: Response) -> Iterable[scrapy.Request]:
        """Article links of an RSS, Atom or RDF feed."""
        if not self._remember_validators(response):
            return
        try:
            links = parse_feed(response.body, response.url, self.tz)
        except DiscoveryError as exc:
            self._discovery_failed(response, exc)
            return
        yield from self._articles(links, "feed", response.url)

    def parse_sitemap(self, response: Response) -> Iterable[scrapy.Request]:
        """Article links of a sitemap, or child sitemaps of an index (filtered by lastmod)."""
        if not self._remember_validators(response):
            return
        try:
            sitemap = parse_sitemap(response.body, response.url, self.tz)
        except DiscoveryError as exc:
            self._discovery_failed(response, exc)
            return
        if not sitemap.is_index:
            yield from self._articles(sitemap.links, "sitemap", response.url)
            return
        depth = response.meta.get("depth", 0) + 1
        if depth > MAX_SITEMAP_DEPTH:
            return
        for child in sitemap.links:
            if self.since and child.lastmod and child.lastmod < self.since:
                continue  # nothing in it changed since the window opened
            if not in_domains(child.url, self.allowed_domains):
                self._failure(child.url, None, "off-site sitemap not followed", 0, "offsite")
                continue
            yield self._discovery_request(child.url, self.parse_sitemap, "sitemap", depth=depth)

    def parse_wp(self, response: Response) -> Iterable[scrapy.Request]:
        """Article links of a WordPress API page; the first page schedules the others."""
        page = response.meta["page"]
        if response.status == 400:  # past the last page (rest_post_invalid_page_number)
            return
        try:
            links = parse_wp_posts(response.body, response.url)
        except DiscoveryError as exc:
            self._discovery_failed(response, exc)
            return
        yield from self._articles(links, "wp_api", response.url)
        if page == 1:
            try:
                total = int(_header(response, "X-WP-TotalPages") or 1)
            except ValueError:
                total = 1
            for n in range(2, min(total, 1000) + 1):
                yield self._wp_request(n)

    def parse_listing(self, response: Response) -> Iterable[scrapy.Request]:
        """Article links of a listing page; follow the next page while it still yields new links."""
        listing = self.source.listings[response.meta["listing"]]
        page = response.meta["page"]
        hrefs = response.css(listing.article_links).getall()
        links = [Link(response.urljoin(h.strip())) for h in hrefs if h.strip()]
        new = [r for r in self._articles(links, "listing") if r is not None]
        yield from new
        nxt = response.css(listing.next_page).get() if listing.next_page else None
        if nxt and new and page < listing.max_pages:
            url = response.urljoin(nxt.strip())
            if in_domains(url, self.allowed_domains):
                yield scrapy.Request(
                    iri_to_uri(url),
                    callback=self.parse_listing,
                    errback=self.on_error,
                    meta={"kind": "listing", "listing": response.meta["listing"], "page": page + 1},
                )

    # ------------------------------------------------------------------ articles
    def parse_article(self, response: Response) -> Iterable[dict[str, Any]]:
        """Hand the raw article response over to the archive pipeline."""
        request = response.request
        meta = response.meta
        yield {
            "type": "page",
            "url": response.url,
            "canonical_url": meta["canonical_url"],
            "final_canonical_url": canonical_url(response.url),
            "status": response.status,
            "headers": [
                (k.decode("latin-1"), v.decode("latin-1"))
                for k, vs in response.headers.items()
                for v in vs
            ],
            "request_headers": [
                (k.decode("latin-1"), v.decode("latin-1"))
                for k, vs in (request.headers.items() if request else [])
                for v in vs
            ],
            "body": response.body,
            "fetched_at": datetime.now(UTC),
            "via": meta.get("via"),
            "lastmod": meta.get("lastmod"),
            "source_url": meta.get("source_url"),
            "protocol": response.protocol or "HTTP/1.1",
        }

    # ------------------------------------------------------------------ failures
    def _failure(self, url: str, status: int | None, error: str, attempts: int, kind: str) -> None:
        self.failures.append(
            {
                "url": url,
                "status": status,
                "error": error,
                "attempts": attempts,
                "time": datetime.now(UTC),
                "kind": kind,
            }
        )

    def on_error(self, failure: Failure) -> None:
        """Record every failed fetch in the crawl log (and as a source error for discovery URLs)."""
        request = failure.request  # type: ignore[attr-defined]
        kind = request.meta.get("kind", "article")
        attempts = request.meta.get("retry_times", 0) + 1
        exc = failure.value
        status = None
        if isinstance(exc, HttpError):
            status = exc.response.status
            error = f"HTTP {status}"
        elif isinstance(exc, IgnoreRequest) and "robots" in str(exc).lower():
            error, kind, attempts = "forbidden by robots.txt", "robots", 0
        elif isinstance(exc, IgnoreRequest):
            error, attempts = f"ignored: {exc}", 0
        elif isinstance(exc, DownloadCancelledError) or "max size" in str(exc).lower():
            maxsize = request.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
            error, kind = (
                f"page larger than DOWNLOAD_MAXSIZE ({maxsize} bytes): skipped",
                "oversized",
            )
        else:
            error = f"{type(exc).__name__}: {exc}"
        url = request.meta.get("source_url") or request.url
        self._failure(url, status, error, attempts, kind)
        if kind in ("feed", "sitemap", "wp_api", "listing"):
            message = f"{kind} {url} failed: {error}"
            self.errors.append(message)
            self.new_validators.pop(url, None)
        elif kind == "article" and _transient(exc):
            # a transient failure: retry on the next run even if the feed answers 304 then
            self.state.add_pending(url, request.meta.get("via", "pending"), error)
        logger.warning("%s: %s %s", self.name, url, error)
