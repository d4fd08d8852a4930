"""Extraction on real Arabic pages (shared corpus) and on the sample site.

Measure for main text: token-level F1 between the extracted text and the gold text, both as
normalised word tokens counted as multisets (precision = shared tokens / extracted tokens, recall =
shared tokens / gold tokens). Threshold: F1 >= 0.85 on every gold page.
"""

from __future__ import annotations

import json
import urllib.request
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipeline.dates import find_publication_date, parse_date_string, url_date
from pipeline.extraction import extract_document, extract_html, extract_wp_post, rendered_text
from pipeline.normalize import word_tokens
from pipeline.quality import detect_language, reject_reason, url_gate

F1_THRESHOLD = 0.85
# each outlet's timezone, as its entry in sources.yaml would give it
ZONES = {
    "youm7.com": "Africa/Cairo",
    "alyaum.com": "Asia/Riyadh",
    "albayan.ae": "Asia/Dubai",
    "akhbarelyom.com": "Africa/Cairo",
    "almadenahnews.com": "Asia/Amman",
    "sputniknews.com": "Europe/Moscow",
    "elbaladtv.net": "Africa/Cairo",
    "beirutobserver.com": "Asia/Beirut",
}


def token_f1(extracted: str, gold: str) -> float:
    """Token-level F1 of two texts (normalised word tokens as multisets)."""
    a, b = Counter(word_tokens(extracted)), Counter(word_tokens(gold))
    shared = sum((a & b).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(a.values()), shared / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def squash(text: str | None) -> str:
    """Whitespace-collapsed text."""
    return " ".join((text or "").split())


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> Path:
    return shared_dir / "corpus"


def test_lbc_main_text_and_title(corpus: Path) -> None:
    gold = json.loads((corpus / "gold" / "fundus_lbc.json").read_text())["V1"]
    text = "\n".join(p for s in gold["body"]["sections"] for p in s["paragraphs"])
    doc = extract_html(
        (corpus / "pages" / "fundus_lbc.html").read_bytes(), "https://www.lbcgroup.tv/news/898682"
    )
    assert token_f1(doc.text, text) >= F1_THRESHOLD
    assert squash(doc.title) == squash(gold["title"])
    published = datetime.fromisoformat(gold["publishing_date"])
    assert doc.published_at is not None
    assert abs((doc.published_at - published).total_seconds()) <= 24 * 3600


def test_cnn_arabic_main_text_and_title(corpus: Path) -> None:
    meta = json.loads((corpus / "gold" / "newspaper4k_cnn_arabic.meta.json").read_text())
    gold = (corpus / "gold" / "newspaper4k_cnn_arabic.text.txt").read_text()
    doc = extract_html((corpus / "pages" / "newspaper4k_cnn_arabic.html").read_bytes(), meta["url"])
    assert token_f1(doc.text, gold) >= F1_THRESHOLD
    assert squash(doc.title) == squash(meta["title"])
    assert detect_language(doc.text, doc.declared_language) == "ar"


def test_assabah_with_and_without(corpus: Path) -> None:
    gold = json.loads((corpus / "gold" / "trafilatura_assabah.json").read_text())
    doc = extract_html((corpus / "pages" / "trafilatura_assabah.html").read_bytes(), gold["url"])
    for phrase in gold["with"]:
        assert phrase in doc.text, phrase
    for phrase in gold["without"]:
        assert phrase not in doc.text, phrase
    assert squash(doc.title) == squash(gold["title"])
    assert doc.site_name
    assert reject_reason(doc) is None


def test_dates_against_gold(corpus: Path) -> None:
    gold = json.loads((corpus / "gold" / "htmldate_dates.json").read_text())
    right, wrong = 0, []
    for name, item in gold.items():
        zone = next(z for host, z in ZONES.items() if host in item["url"])
        doc = extract_html((corpus / "pages" / name).read_bytes(), item["url"], timezone=zone)
        found = (
            doc.published_at.astimezone(ZoneInfo(zone)).date().isoformat()
            if doc.published_at
            else None
        )
        if found == item["published_date"]:
            right += 1
        else:
            wrong.append((name, found, item["published_date"], doc.date_source))
        assert doc.published_at_raw, name  # the original string is kept
    assert right >= 7, wrong
    assert len(gold) == 8


def test_all_corpus_pages_are_articles(corpus: Path) -> None:
    for page in sorted((corpus / "pages").glob("*.html")):
        doc = extract_html(page.read_bytes(), f"https://example.org/news/{page.stem}/")
        assert reject_reason(doc) is None, page.name
        assert detect_language(doc.text, doc.declared_language) == "ar", page.name


def test_date_rules() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    damascus = ZoneInfo("Asia/Damascus")
    # naive dates are read in the source's timezone
    assert parse_date_string("2025-05-01 10:00:00", damascus, now) == datetime(
        2025, 5, 1, 7, 0, tzinfo=UTC
    )
    assert parse_date_string("2025-05-01T10:00:00+00:00", damascus, now) == datetime(
        2025, 5, 1, 10, tzinfo=UTC
    )
    # future and pre-1995 dates are unknown, not wrong
    assert parse_date_string("2031-01-01", damascus, now) is None
    assert parse_date_string("1990-01-01", damascus, now) is None
    # Arabic month names, Levantine and Egyptian, with a 12-hour clock
    assert parse_date_string("الأربعاء، 07 أكتوبر 2020 - 12:09 م", damascus, now) == datetime(
        2020, 10, 7, 9, 9, tzinfo=UTC
    )
    assert parse_date_string("15 تشرين الثاني 2024", damascus, now) == datetime(
        2024, 11, 14, 21, 0, tzinfo=UTC
    )
    # incomplete dates are refused rather than completed with today's month and day
    assert parse_date_string("2020", damascus, now) is None
    assert parse_date_string("March 2020", damascus, now) is None
    # numeric dates are read day first, as Arabic outlets write them
    assert parse_date_string("03/04/2020 10:00", damascus, now) == datetime(
        2020, 4, 3, 7, 0, tzinfo=UTC
    )
    # the URL is the last resort
    found = url_date("https://x.sy/2024/03/15/some-slug/", damascus, now)
    assert found.source == "url" and found.published_at == datetime(2024, 3, 14, 21, 0, tzinfo=UTC)
    found = find_publication_date(None, "https://x.sy/news/123", timezone="Asia/Damascus", now=now)
    assert found.published_at is None and found.source is None


def test_future_metadata_falls_back() -> None:
    html = """<html lang="ar"><head><meta property="article:published_time" content="2099-01-01T00:00:00Z">
    </head><body><article><p>نص</p></article></body></html>"""
    doc = extract_html(html, "https://x.sy/2024/05/06/slug/", timezone="UTC")
    assert doc.date_source == "url"
    assert doc.published_at == datetime(2024, 5, 6, tzinfo=UTC)


def test_wordpress_record_uses_rendered_content() -> None:
    post = {
        "id": 7,
        "date": "2025-03-02T14:30:00",
        "date_gmt": "2025-03-02T11:30:00",
        "link": "https://badia.example/2025/03/02/%D8%AE%D8%A8%D8%B1/",
        "title": {"rendered": "مقتل عنصرين &#8211; البادية"},
        "content": {
            "rendered": "<p>قُتل عنصران في <strong>البادية</strong> أمس.</p>"
            "<p>وأفاد مصدر محلي بأن الهجوم وقع ليلاً.</p><script>var x=1;</script>"
        },
        "excerpt": {"rendered": "<p>قُتل عنصران</p>"},
        "_embedded": {
            "author": [{"name": "مراسل البادية"}],
            "wp:term": [
                [{"taxonomy": "category", "name": "أخبار"}],
                [{"taxonomy": "post_tag", "name": "داعش"}],
            ],
        },
    }
    doc = extract_wp_post(
        post, "https://badia.example/wp-json/wp/v2/posts/7", timezone="Asia/Damascus"
    )
    assert doc.title == "مقتل عنصرين – البادية"
    assert doc.text == "قُتل عنصران في البادية أمس.\nوأفاد مصدر محلي بأن الهجوم وقع ليلاً."
    assert doc.published_at == datetime(2025, 3, 2, 11, 30, tzinfo=UTC)
    assert doc.date_source == "wp-api"
    assert doc.author == "مراسل البادية"
    assert doc.categories == ["أخبار"] and doc.tags == ["داعش"]
    docs = extract_document(
        json.dumps([post, post]), "https://badia.example/wp-json/wp/v2/posts", "application/json"
    )
    assert len(docs) == 2 and docs[0].kind == "wp-api"
    assert rendered_text("") == ""


def test_gates_and_language() -> None:
    assert url_gate("https://x.sy/") == "home_page"
    assert url_gate("https://x.sy/tag/%D8%AF%D8%A7%D8%B9%D8%B4/") == "tag_page"
    assert url_gate("https://x.sy/category/news/") == "category_page"
    assert url_gate("https://x.sy/author/ahmad/") == "author_page"
    assert url_gate("https://x.sy/gallery/2024/") == "gallery"
    assert url_gate("https://x.sy/2024/03/15/some-article/") is None
    assert (
        detect_language(
            "The attack killed three soldiers and the group said that it was in the desert."
        )
        == "en"
    )
    assert (
        detect_language(
            "L'attaque a fait trois morts dans le désert et les forces de la coalition sont là."
        )
        == "fr"
    )
    assert (
        detect_language(
            "حمله به نیروهای دولتی در بیابان سوریه که چند کشته داشت و گروه مسئولیت آن را پذیرفت"
        )
        == "fa"
    )
    assert detect_language("قُتل ثلاثة عناصر في هجوم على حاجز في البادية السورية") == "ar"
    doc = extract_html("<html><body><p>قصير جداً</p></body></html>", "https://x.sy/2024/01/01/a/")
    assert reject_reason(doc)[0] == "near_empty"


@pytest.mark.slow
def test_sample_site_pages_without_furniture() -> None:
    from pipeline.sample_site import running_site

    with running_site() as base:
        articles = base.site.articles[:5]
        for art in articles:
            url = base + art.encoded_path
            with urllib.request.urlopen(url, timeout=10) as resp:
                body = resp.read()
            doc = extract_html(body, url, timezone="Asia/Damascus")
            for para in art.paragraphs:
                assert squash(para) in squash(doc.text), para[:40]
            for furniture in (
                "أخبار ذات صلة",
                "الأكثر قراءة",
                "جميع الحقوق محفوظة",
                "أبو محمد",
                "أضف تعليقك",
                "شارك:",
                "إعلان",
                "اشترك في النشرة",
                "الخبر السابق",
                "سياسة الخصوصية",
                "عاجل:",
            ):
                assert furniture not in doc.text, (art.slug, furniture)
            assert squash(doc.title) == squash(art.title)
            assert doc.published_at == art.published.astimezone(UTC)
            assert doc.author == art.author
            assert reject_reason(doc) is None
