"""A realistic local Arabic news outlet for demos and tests: "شبكة البادية الإخبارية".

Serves article pages (menus, related links, share bars, comments, footers), RSS/Atom/RDF feeds, a
sitemap index with a plain and a gzipped sitemap, a Google News sitemap, robots.txt, paged category
listings, tag and category pages, and a WordPress-style ``/wp-json/wp/v2/posts`` API. One article is
served in windows-1256 and one in ISO-8859-6. Every request is recorded in a hit log; switches
inject faults (``faults``): ``retry_after`` (one 503 with Retry-After), ``malformed_feed``,
``oversized`` (a 3 MB article), ``entity_expansion`` (a billion-laughs Atom feed),
``external_entity`` (a Google News sitemap with an external entity), ``unavailable`` (one article
always answers 503) and ``extra`` (two new articles).

Use ``serve(port)`` (blocking) or ``with running_site() as base_url:`` (a str with ``.site``).
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

from pipeline.sample_site.articles import ARTICLES, EXTRA_ARTICLES, REPRINTS

SITE_NAME = "شبكة البادية الإخبارية"
DAMASCUS = timezone(timedelta(hours=3))
PER_PAGE = 10
FAULTS = (
    "retry_after",
    "malformed_feed",
    "oversized",
    "entity_expansion",
    "external_entity",
    "extra",
    "unavailable",
)
WINDOWS_1256_SLUG = "hajin-assassination-teacher"
ISO_8859_6_SLUG = "ithriya-road-closure"
OVERSIZED_SLUG = "palmyra-museum-reopening"
RETRY_SLUG = "bread-prices-deir-ezzor"
MENU = ["الرئيسية", "أخبار سوريا", "البادية", "دير الزور", "اقتصاد", "رأي", "تقارير", "اتصل بنا"]


@dataclass
class Article:
    """One article of the sample site."""

    id: int
    published: datetime
    slug: str
    title: str
    category: str
    tags: list[str]
    author: str
    paragraphs: list[str]
    reprint_of: str | None = None

    @property
    def path(self) -> str:
        """Decoded path (Arabic slugs as IRI)."""
        p = self.published
        return f"/{p.year:04d}/{p.month:02d}/{p.day:02d}/{self.slug}/"

    @property
    def encoded_path(self) -> str:
        """Percent-encoded path, as it appears in sitemaps."""
        return quote(self.path, safe="/")


def _load_articles() -> tuple[list[Article], list[Article]]:
    base = [Article(i + 1, _dt(a[0]), *a[1:]) for i, a in enumerate(ARTICLES)]
    by_slug = {a.slug: a for a in base}
    reprints = []
    for n, (when, slug, original, title) in enumerate(REPRINTS):
        src = by_slug[original]
        paras = list(src.paragraphs)
        paras[0] = "نقلاً عن مصادر محلية، " + paras[0]
        paras[-1] = paras[-1].rstrip(".") + "، بحسب المصادر ذاتها."
        reprints.append(
            Article(
                100 + n, _dt(when), slug, title, src.category, src.tags, "وكالات", paras, src.slug
            )
        )
    extra = [Article(200 + i, _dt(a[0]), *a[1:]) for i, a in enumerate(EXTRA_ARTICLES)]
    return sorted(base + reprints, key=lambda a: a.published), extra


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=DAMASCUS)


@dataclass
class Hit:
    """One request the site served."""

    method: str
    path: str
    status: int
    user_agent: str
    headers: dict[str, str]
    time: datetime
    query: str = ""


@dataclass
class SampleSite:
    """The site's content, fault switches and hit log."""

    faults: set[str] = field(default_factory=set)
    bench_pages: int = 0
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    retried: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.base_articles, self.extra_articles = _load_articles()

    @property
    def articles(self) -> list[Article]:
        """Published articles, oldest first."""
        if "extra" in self.faults:
            return sorted(self.base_articles + self.extra_articles, key=lambda a: a.published)
        return self.base_articles

    def record(self, hit: Hit) -> None:
        """Append to the hit log."""
        with self.lock:
            self.hits.append(hit)

    def hit_paths(self, method: str | None = None) -> list[str]:
        """Decoded paths of every request so far."""
        with self.lock:
            return [h.path for h in self.hits if method is None or h.method == method]

    def article_hits(self) -> list[str]:
        """Paths of article pages requested (articles only, no feeds or listings)."""
        paths = {a.path for a in self.base_articles + self.extra_articles}
        return [p for p in self.hit_paths() if p in paths or p.startswith("/bench/p/")]

    def clear_hits(self) -> None:
        """Empty the hit log."""
        with self.lock:
            self.hits.clear()


# ---------------------------------------------------------------------------------------------
# Pages


def _page(title: str, body: str, *, charset: str = "utf-8", head: str = "") -> str:
    menu = "".join(
        f'<li><a href="/category/{quote(m)}/">{html.escape(m)}</a></li>' for m in MENU[1:]
    )
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{charset}">
<title>{html.escape(title)} | {SITE_NAME}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME}" href="/feed/">
</head>
<body class="rtl">
<header class="site-header">
  <div class="topbar"><span class="date">السبت ٢٢ تشرين الثاني</span>
  <a href="/newsletter/">اشترك في النشرة البريدية</a> <a href="/about/">من نحن</a></div>
  <a class="logo" href="/">{SITE_NAME}</a>
  <nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li>{menu}</ul></nav>
  <div class="ticker"><strong>عاجل:</strong> <a href="/category/news/">تابعوا آخر الأخبار الميدانية من البادية السورية</a></div>
</header>
<main id="content">
{body}
</main>
<aside class="sidebar">
  <section class="most-read"><h3>الأكثر قراءة</h3><ol>
  <li><a href="/category/news/">تقارير البادية</a></li><li><a href="/tag/{quote("داعش")}/">ملف داعش</a></li></ol></section>
  <section class="ad">إعلان: احجز تذكرتك الآن بأفضل الأسعار</section>
</aside>
<footer class="site-footer">
  <p>جميع الحقوق محفوظة © ٢٠٢٥ {SITE_NAME}. يُسمح بالاقتباس مع ذكر المصدر.</p>
  <ul><li><a href="/about/">من نحن</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li>
  <li><a href="/contact/">اتصل بنا</a></li><li><a href="https://www.facebook.com/badianews">فيسبوك</a></li></ul>
</footer>
</body>
</html>
"""


def _article_html(site: SampleSite, art: Article, charset: str = "utf-8") -> str:
    arts = site.articles
    idx = next((i for i, a in enumerate(arts) if a.id == art.id), 0)
    related = [a for a in arts if a.id != art.id and a.category == art.category][-3:]
    related_html = "".join(
        f'<li><a href="{a.path}">{html.escape(a.title)}</a></li>' for a in related
    )
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in art.paragraphs)
    tags = " ".join(f'<a rel="tag" href="/tag/{quote(t)}/">{html.escape(t)}</a>' for t in art.tags)
    iso = art.published.isoformat()
    prev_link = f'<a class="prev" href="{arts[idx - 1].path}">الخبر السابق</a>' if idx > 0 else ""
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art.title,
            "datePublished": iso,
            "author": {"@type": "Person", "name": art.author},
            "publisher": {"@type": "Organization", "name": SITE_NAME},
        },
        ensure_ascii=False,
    )
    head = f"""<meta property="og:title" content="{html.escape(art.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<meta name="author" content="{html.escape(art.author)}">
<meta name="description" content="{html.escape(art.paragraphs[0][:150])}">
<link rel="canonical" href="{art.path}">
<script type="application/ld+json">{jsonld}</script>"""
    credit = (
        f'<p class="source">المصدر: وكالات ({html.escape(art.reprint_of)})</p>'
        if art.reprint_of
        else ""
    )
    body = f"""<nav class="breadcrumb"><a href="/">الرئيسية</a> › <a href="/category/{quote(art.category)}/">{html.escape(art.category)}</a></nav>
<article class="post" id="post-{art.id}">
  <h1 class="entry-title">{html.escape(art.title)}</h1>
  <div class="meta"><span class="author">{html.escape(art.author)}</span>
  <time datetime="{iso}">{art.published:%Y/%m/%d %H:%M}</time></div>
  <div class="share-bar">شارك: <a href="https://www.facebook.com/sharer.php?u={art.encoded_path}">فيسبوك</a>
  <a href="https://twitter.com/intent/tweet?url={art.encoded_path}">تويتر</a>
  <a href="https://wa.me/?text={art.encoded_path}">واتساب</a> <button>نسخ الرابط</button></div>
  <div class="entry-content">
{paras}
{credit}
  </div>
  <div class="tags">الوسوم: {tags}</div>
</article>
<section class="related"><h3>أخبار ذات صلة</h3><ul>{related_html}</ul>{prev_link}</section>
<section class="comments"><h3>التعليقات (٢)</h3>
  <div class="comment"><b>أبو محمد</b>: الله يرحم الضحايا، متى سينتهي هذا الوضع؟</div>
  <div class="comment"><b>سوري من حمص</b>: الطريق صار خطراً جداً، لازم حل.</div>
  <form><textarea placeholder="أضف تعليقك"></textarea><button>إرسال</button></form>
</section>"""
    return _page(art.title, body, charset=charset, head=head)


def _listing_html(site: SampleSite, title: str, items: list[Article], page: int, base: str) -> str:
    pages = max(1, -(-len(items) // PER_PAGE))
    newest = list(reversed(items))[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(
        f'<div class="card"><h2 class="entry-title"><a href="{a.path}">{html.escape(a.title)}</a></h2>'
        f"<p>{html.escape(a.paragraphs[0][:120])}…</p></div>"
        for a in newest
    )
    nav = ""
    if page < pages:
        nav += f'<a rel="next" class="next" href="{base}page/{page + 1}/">الصفحة التالية</a>'
    if page > 1:
        nav += f' <a rel="prev" href="{base}page/{page - 1}/">الصفحة السابقة</a>'
    body = f'<h1 class="archive-title">{html.escape(title)}</h1>\n{cards}\n<nav class="pagination">{nav}</nav>'
    return _page(title, body)


# ---------------------------------------------------------------------------------------------
# Feeds and sitemaps


def _rfc822(ts: datetime) -> str:
    return format_datetime(ts.astimezone(UTC), usegmt=True)


def _rss(site: SampleSite, base: str) -> str:
    items = []
    for a in list(reversed(site.articles))[:25]:
        items.append(
            f"<item><title>{html.escape(a.title)}</title><link>{base}{a.path}</link>"
            f'<guid isPermaLink="false">post-{a.id}</guid><pubDate>{_rfc822(a.published)}</pubDate>'
            f"<category>{html.escape(a.category)}</category>"
            f"<description>{html.escape(a.paragraphs[0])}</description></item>"
        )
    # one link to a page robots.txt forbids, one off-site link (another host name)
    private = (
        "<item><title>تقرير داخلي</title><link>" + base + "/private/internal-report/</link></item>"
    )
    offsite_base = base.replace("127.0.0.1", "localhost")
    offsite = (
        f"<item><title>خبر من موقع آخر</title><link>{offsite_base}/offsite/story/</link></item>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{SITE_NAME}</title><link>{base}/</link><language>ar</language>"
        + "".join(items)
        + private
        + offsite
        + "</channel></rss>"
    )


def _atom(site: SampleSite, base: str) -> str:
    entries = "".join(
        f"<entry><title>{html.escape(a.title)}</title>"
        f'<link rel="alternate" href="{base}{a.encoded_path}"/><id>tag:badia,{a.id}</id>'
        f"<published>{a.published.isoformat()}</published><updated>{a.published.isoformat()}</updated></entry>"
        for a in list(reversed(site.articles))[:25]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{SITE_NAME}</title><id>{base}/</id>{entries}</feed>"
    )


def _rdf(site: SampleSite, base: str) -> str:
    items = "".join(
        f'<item rdf:about="{base}{a.encoded_path}"><title>{html.escape(a.title)}</title>'
        f"<link>{base}{a.encoded_path}</link><dc:date>{a.published.isoformat()}</dc:date></item>"
        for a in list(reversed(site.articles))[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{base}/"><title>{SITE_NAME}</title></channel>{items}</rdf:RDF>'
    )


SM_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _urlset(entries: list[tuple[str, datetime | None]], news: bool = False) -> str:
    ns = SM_NS + (' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else "")
    rows = []
    for loc, ts in entries:
        if news:
            rows.append(
                f"<url><loc>{loc}</loc><news:news><news:publication><news:name>{SITE_NAME}</news:name>"
                f"<news:language>ar</news:language></news:publication>"
                f"<news:publication_date>{ts.isoformat() if ts else ''}</news:publication_date>"
                "<news:title>خبر</news:title></news:news></url>"
            )
        else:
            lastmod = f"<lastmod>{ts.isoformat()}</lastmod>" if ts else ""
            rows.append(f"<url><loc>{loc}</loc>{lastmod}</url>")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>{"".join(rows)}</urlset>'


def _sitemap_index(site: SampleSite, base: str) -> str:
    arts = site.articles
    half = len(arts) // 2
    parts = [
        ("/post-sitemap.xml", arts[half - 1].published),
        ("/post-sitemap2.xml.gz", arts[-1].published),
        ("/page-sitemap.xml", None),
    ]
    rows = "".join(
        f"<sitemap><loc>{base}{p}</loc>{f'<lastmod>{ts.isoformat()}</lastmod>' if ts else ''}</sitemap>"
        for p, ts in parts
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {SM_NS}>{rows}</sitemapindex>'


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>&lol9;</title></feed>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&xxe;</loc></url></urlset>
"""


# ---------------------------------------------------------------------------------------------
# WordPress REST API


def _wp_posts(
    site: SampleSite, base: str, query: dict[str, list[str]]
) -> tuple[int, dict[str, str], bytes]:
    def arg(name: str, default: str | None = None) -> str | None:
        return query.get(name, [default])[0]

    posts = list(reversed(site.articles))
    try:
        if after := arg("after"):
            posts = [a for a in posts if a.published > _wp_date(after)]
        if before := arg("before"):
            posts = [a for a in posts if a.published < _wp_date(before)]
        per_page = min(100, int(arg("per_page", "10") or 10))
        page = int(arg("page", "1") or 1)
    except ValueError as exc:
        body = {"code": "rest_invalid_param", "message": str(exc), "data": {"status": 400}}
        return 400, {}, json.dumps(body).encode()
    total = len(posts)
    pages = max(1, -(-total // per_page))
    if page > pages and total:
        body = {
            "code": "rest_post_invalid_page_number",
            "message": "رقم الصفحة المطلوب أكبر من عدد الصفحات المتوفرة.",
            "data": {"status": 400},
        }
        return 400, {}, json.dumps(body, ensure_ascii=False).encode()
    chunk = posts[(page - 1) * per_page : page * per_page]
    data = [
        {
            "id": a.id,
            "date": a.published.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_gmt": a.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            "modified_gmt": a.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            "slug": quote(a.slug),
            "link": base + a.encoded_path,
            "title": {"rendered": a.title},
        }
        for a in chunk
    ]
    headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
    return 200, headers, json.dumps(data, ensure_ascii=False).encode()


def _wp_date(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=DAMASCUS)


# ---------------------------------------------------------------------------------------------
# Benchmark pages


def _bench_page(n: int) -> str:
    paras = "".join(
        f"<p>فقرة رقم {i} من الصفحة {n}: نص تجريبي لقياس سرعة الزحف على موقع محلي، "
        "يتضمن كلمات عربية متنوعة عن البادية ودير الزور وحمص والرقة.</p>"
        for i in range(40)
    )
    return _page(f"صفحة اختبار {n}", f"<article><h1>صفحة اختبار {n}</h1>{paras}</article>")


# ---------------------------------------------------------------------------------------------
# HTTP


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BadiaNews/1.0"
    site: SampleSite

    def log_message(self, format: str, *args: object) -> None:
        """Silence the default stderr log (the hit log records everything)."""

    def do_GET(self) -> None:
        """Serve one request and record it in the hit log."""
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        status, headers, body = self._route(path, parse_qs(parts.query))
        etag = headers.get("ETag")
        if status == 200 and etag and self.headers.get("If-None-Match") == etag:
            status, body = 304, b""
        elif (
            status == 200 and headers.get("Last-Modified") and not self.headers.get("If-None-Match")
        ):
            since = self.headers.get("If-Modified-Since")
            try:
                if since and parsedate_to_datetime(since) >= parsedate_to_datetime(
                    headers["Last-Modified"]
                ):
                    status, body = 304, b""
            except (TypeError, ValueError):
                pass
        self.site.record(
            Hit(
                "GET",
                path,
                status,
                self.headers.get("User-Agent", ""),
                {k: v for k, v in self.headers.items()},
                datetime.now(UTC),
                parts.query,
            )
        )
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _base(self) -> str:
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
        return f"http://{host}"

    def _route(self, path: str, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        site, base = self.site, self._base()
        xml = "application/xml; charset=utf-8"
        if path == "/robots.txt":
            text = (
                "User-agent: *\nDisallow: /private/\nDisallow: /wp-admin/\n\n"
                f"Sitemap: {base}/sitemap_index.xml\nSitemap: {base}/news-sitemap.xml\n"
            )
            return 200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode()
        if path == "/feed/":
            if "malformed_feed" in site.faults:
                return 200, {"Content-Type": "application/rss+xml"}, _rss(site, base)[:700].encode()
            return _validated(_rss(site, base), "application/rss+xml; charset=UTF-8", site)
        if path == "/feed/atom/":
            if "entity_expansion" in site.faults:
                return 200, {"Content-Type": "application/atom+xml"}, BILLION_LAUGHS.encode()
            return _validated(_atom(site, base), "application/atom+xml; charset=UTF-8", site)
        if path == "/feed/rdf/":
            return _validated(_rdf(site, base), "application/rdf+xml; charset=UTF-8", site)
        if path == "/sitemap_index.xml":
            return _validated(_sitemap_index(site, base), xml, site)
        arts = site.articles
        half = len(arts) // 2
        if path == "/post-sitemap.xml":
            return _validated(
                _urlset([(base + a.encoded_path, a.published) for a in arts[:half]]), xml, site
            )
        if path == "/post-sitemap2.xml.gz":
            text = _urlset([(base + a.encoded_path, a.published) for a in arts[half:]])
            status, headers, _ = _validated(text, "application/x-gzip", site)
            return status, headers, gzip.compress(text.encode(), mtime=0)
        if path == "/page-sitemap.xml":
            pages = [f"/category/{quote('البادية')}/", f"/tag/{quote('داعش')}/", "/about/"]
            return _validated(_urlset([(base + p, None) for p in pages]), xml, site)
        if path == "/news-sitemap.xml":
            if "external_entity" in site.faults:
                return 200, {"Content-Type": xml}, EXTERNAL_ENTITY.encode()
            recent = [(base + a.encoded_path, a.published) for a in arts[-10:]]
            return _validated(_urlset(recent, news=True), xml, site)
        if path == "/wp-json/wp/v2/posts":
            status, headers, body = _wp_posts(site, base, query)
            return status, {"Content-Type": "application/json; charset=UTF-8", **headers}, body
        if path.startswith("/category/") or path.startswith("/tag/"):
            return self._listing(path)
        if path in ("/about/", "/"):
            return (
                200,
                _html_type(),
                _page(
                    SITE_NAME, "<h1>من نحن</h1><p>شبكة إخبارية محلية تغطي البادية السورية.</p>"
                ).encode(),
            )
        if path.startswith("/bench/"):
            return self._bench(path, base)
        for art in site.base_articles + site.extra_articles:
            if art.path == path and art in site.articles:
                return self._article(art)
        if path.startswith("/private/") or path.startswith("/offsite/"):
            return 200, _html_type(), _page("صفحة", "<p>لا ينبغي جلب هذه الصفحة.</p>").encode()
        return 404, _html_type(), _page("غير موجود", "<h1>الصفحة غير موجودة</h1>").encode()

    def _article(self, art: Article) -> tuple[int, dict[str, str], bytes]:
        site = self.site
        if art.slug == RETRY_SLUG and "retry_after" in site.faults and art.slug not in site.retried:
            with site.lock:
                site.retried.add(art.slug)
            return 503, {"Retry-After": "1", "Content-Type": "text/plain"}, b"busy, come back later"
        if art.slug == RETRY_SLUG and "unavailable" in site.faults:
            return 503, {"Retry-After": "1", "Content-Type": "text/plain"}, b"down for maintenance"
        if art.slug == WINDOWS_1256_SLUG:
            text = _article_html(site, art, charset="windows-1256")
            return (
                200,
                {"Content-Type": "text/html; charset=windows-1256"},
                text.encode("cp1256", "xmlcharrefreplace"),
            )
        if art.slug == ISO_8859_6_SLUG:
            text = _article_html(site, art, charset="iso-8859-6")
            return 200, {"Content-Type": "text/html"}, text.encode("iso8859_6", "xmlcharrefreplace")
        body = _article_html(site, art).encode()
        if art.slug == OVERSIZED_SLUG and "oversized" in site.faults:
            body = body.replace(b"</body>", b"<!--" + b"x" * 3_000_000 + b"--></body>")
        return 200, _html_type(), body

    def _listing(self, path: str) -> tuple[int, dict[str, str], bytes]:
        kind, _, rest = path.strip("/").partition("/")
        name, _, paging = rest.partition("/page/")
        page = int(paging.strip("/") or 1) if paging.strip("/").isdigit() or not paging else 0
        arts = self.site.articles
        if kind == "tag":
            items = [a for a in arts if name in a.tags]
        elif name == "news":
            items = arts
        else:
            items = [a for a in arts if a.category == name]
        pages = max(1, -(-len(items) // PER_PAGE))
        if page < 1 or page > pages:
            return 404, _html_type(), _page("غير موجود", "<h1>الصفحة غير موجودة</h1>").encode()
        base = f"/{kind}/{quote(name)}/"
        title = f"أرشيف {name}" if kind == "category" else f"الوسم: {name}"
        return 200, _html_type(), _listing_html(self.site, title, items, page, base).encode()

    def _bench(self, path: str, base: str) -> tuple[int, dict[str, str], bytes]:
        n = self.site.bench_pages
        if path == "/bench/sitemap.xml":
            when = datetime(2025, 11, 1, tzinfo=UTC)
            return (
                200,
                {"Content-Type": "application/xml"},
                _urlset([(f"{base}/bench/p/{i}.html", when) for i in range(n)]).encode(),
            )
        num = path.removeprefix("/bench/p/").removesuffix(".html")
        if num.isdigit() and int(num) < n:
            return 200, _html_type(), _bench_page(int(num)).encode()
        return 404, _html_type(), b"not found"


def _html_type() -> dict[str, str]:
    return {"Content-Type": "text/html; charset=UTF-8"}


def _validated(text: str, content_type: str, site: SampleSite) -> tuple[int, dict[str, str], bytes]:
    """A feed or sitemap with ETag and Last-Modified (so crawlers can send conditional requests)."""
    body = text.encode("utf-8")
    newest = site.articles[-1].published
    return (
        200,
        {
            "Content-Type": content_type,
            "ETag": '"' + hashlib.sha1(body).hexdigest()[:16] + '"',
            "Last-Modified": _rfc822(newest),
        },
        body,
    )


class SiteServer(ThreadingHTTPServer):
    """The HTTP server of one sample site."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        """Ignore clients that hang up (a crawler cancelling an oversized download)."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def make_server(
    port: int = 0, host: str = "127.0.0.1", site: SampleSite | None = None
) -> SiteServer:
    """Create (not start) a server for ``site`` on host:port (0 = any free port)."""
    site = site or SampleSite()
    handler = type("Handler", (_Handler,), {"site": site})
    server = SiteServer((host, port), handler)
    server.site = site  # type: ignore[attr-defined]
    return server


def serve(port: int, host: str = "127.0.0.1") -> None:
    """Serve the sample site until interrupted (``rasd sample-site --port N``)."""
    server = make_server(port, host)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


class SiteHandle(str):
    """The site's base URL (a str) carrying the live ``SampleSite`` as ``.site``."""

    site: SampleSite


@contextmanager
def running_site(
    port: int = 0, *, faults: set[str] | None = None, bench_pages: int = 0
) -> Iterator[SiteHandle]:
    """Run the sample site in a thread; yield its base URL (with ``.site`` for hits and faults)."""
    unknown = set(faults or ()) - set(FAULTS)
    if unknown:
        raise ValueError(f"unknown fault switches {sorted(unknown)}; known: {FAULTS}")
    site = SampleSite(faults=set(faults or ()), bench_pages=bench_pages)
    server = make_server(port, site=site)
    thread = threading.Thread(target=server.serve_forever, name="sample-site", daemon=True)
    thread.start()
    handle = SiteHandle(f"http://127.0.0.1:{server.server_address[1]}")
    handle.site = site
    try:
        yield handle
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def sample_sources_yaml(base_url: str) -> str:
    """A sources.yaml for the sample site at ``base_url`` (every discovery path on one source)."""
    base = base_url.rstrip("/")
    return f"""# Sources of the local sample site (generated for {base})
sources:
  - name: badia_news
    title: {SITE_NAME}
    homepage: {base}/
    feeds:
      - {base}/feed/
      - {base}/feed/atom/
      - {base}/feed/rdf/
    sitemaps:
      - {base}/sitemap_index.xml
      - {base}/news-sitemap.xml
    wordpress_api: {base}/wp-json/wp/v2/
    listings:
      - url: {base}/category/news/
        article_links: "h2.entry-title a::attr(href)"
        next_page: "a[rel=next]::attr(href)"
        max_pages: 5
    article_deny: ['/feed/', '/wp-json/']
    language: ar
    timezone: Asia/Damascus
    politeness: {{delay: 0, concurrency: 4}}  # a local site: AutoThrottle alone paces the crawl
    verified: true
    enabled: true
"""
