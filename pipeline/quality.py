"""Quality gates: is a page an article at all, and in which language is it written."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from pipeline.extraction import Extracted

MIN_WORDS = 40  # fewer words of main text than this: "near_empty"

# reason -> URL path pattern (matched on the unquoted, lower-cased path)
_URL_GATES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tag_page", re.compile(r"/(?:tags?|hashtags?|keywords?|وسم|وسوم)(?:/|$)")),
    (
        "category_page",
        re.compile(r"/(?:category|categories|section|sections|topics?|قسم|تصنيف)(?:/|$)"),
    ),
    ("author_page", re.compile(r"/(?:author|authors|writers?|columnists?|كتاب|الكاتب)(?:/|$)")),
    (
        "gallery",
        re.compile(r"/(?:gallery|galleries|photos?|albums?|videos?|multimedia|صور|فيديو)(?:/|$)"),
    ),
    ("listing_page", re.compile(r"/(?:page/\d+|search|archives?)/?$")),
    (
        "static_page",
        re.compile(
            r"^/(?:about(?:-us)?|contact(?:-us)?|privacy(?:-policy)?|terms|newsletter|advertise"
            r"|من-نحن|اتصل-بنا|سياسة-الخصوصية)/?$"
        ),
    ),
)
_HOME = re.compile(r"^/?(?:(?:index|default|home)\.(?:html?|php|aspx?))?/?$|^/(?:ar|en|fr)/?$")
_PAGE_TYPES_NOT_ARTICLE = {"profile", "video.other", "video.movie", "music.song", "book"}

_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_PERSIAN_ONLY = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی
_URDU_ONLY = re.compile(r"[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")  # ٹ ڈ ڑ ں ھ ہ ے
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said"},
    "fr": {"le", "la", "les", "et", "des", "du", "de", "est", "une", "dans", "pour", "qui"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein"},
    "es": {"el", "los", "las", "y", "del", "que", "en", "por", "una", "para", "con"},
    "tr": {"ve", "bir", "bu", "ile", "için", "olarak", "da", "de", "çok", "olan"},
}


def detect_language(text: str, declared: str | None = None) -> str:
    """Language of ``text`` by script ratio (+ stopwords for Latin); ``und`` when undecidable."""
    sample = text[:5000]
    counts = {
        "arabic": len(_ARABIC.findall(sample)),
        "latin": len(_LATIN.findall(sample)),
        "cyrillic": len(_CYRILLIC.findall(sample)),
        "hebrew": len(_HEBREW.findall(sample)),
    }
    total = sum(counts.values())
    if total < 20:
        return declared or "und"
    script = max(counts, key=counts.get)
    if script == "arabic":
        persian = len(_PERSIAN_ONLY.findall(sample))
        urdu = len(_URDU_ONLY.findall(sample))
        if urdu > 0.01 * counts["arabic"]:
            return "ur"
        if persian > 0.02 * counts["arabic"]:
            return "fa"
        return "ar"
    if script == "cyrillic":
        return "ru"
    if script == "hebrew":
        return "he"
    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    if scores[best] >= 3:
        return best
    return declared if declared and declared != "ar" else "und"


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def url_gate(url: str) -> str | None:
    """Reason a URL is not an article page (home, tag, category, author, gallery), else None."""
    parts = urlsplit(url)
    path = unquote(parts.path or "/").lower()
    if _HOME.match(path) and not parts.query:
        return "home_page"
    for reason, pattern in _URL_GATES:
        if pattern.search(path):
            return reason
    return None


def reject_reason(doc: Extracted, min_words: int = MIN_WORDS) -> tuple[str, str] | None:
    """Why ``doc`` is not an article, as (reason, detail); None when it passes every gate."""
    reason = url_gate(doc.url)
    if reason and doc.kind == "html":
        return (
            reason,
            f"URL path {urlsplit(doc.url).path!r} looks like a {reason.replace('_', ' ')}",
        )
    if doc.page_type and doc.page_type.lower() in _PAGE_TYPES_NOT_ARTICLE:
        return "not_article", f"page declares og:type {doc.page_type!r}"
    words = word_count(doc.text)
    if words < min_words:
        return "near_empty", f"{words} words of main text (minimum {min_words})"
    return None
