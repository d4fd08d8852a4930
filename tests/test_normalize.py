"""Arabic normalisation: the forms outlets use to slip past filters all match the plain word."""

from __future__ import annotations

import pytest

from pipeline.normalize import normalize_arabic, normalize_term, to_ascii_digits, word_tokens
from pipeline.relevance import score_topics


@pytest.mark.parametrize(
    ("broken", "plain"),
    [
        ("دا.عــش", "داعش"),
        ("مقـ.ـتل", "مقتل"),
        ("مقـ ـتل", "مقتل"),
        ("عنـ ـاصر", "عناصر"),
        ("قـ ـوات", "قوات"),
        ("داعـــش", "داعش"),
        ("د*اعش", "داعش"),
    ],
)
def test_broken_words_rejoin(broken: str, plain: str) -> None:
    assert normalize_arabic(broken) == normalize_term(plain)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قُتِلَ", "قتل"),  # diacritics
        ("أحمد إبراهيم آمنة", "احمد ابراهيم امنه"),  # alef forms, teh marbuta
        ("مستشفى", "مستشفي"),  # alef maksura
        ("٣٥ قتيلاً و۱۲ جريحاً", "35 قتيلا و12 جريحا"),  # Arabic-Indic and Persian digits
        ("ﻻ", "لا"),  # presentation form, NFKC
        ("  سوريا   اليوم ", "سوريا اليوم"),
    ],
)
def test_normalisation_cases(text: str, expected: str) -> None:
    assert normalize_arabic(text) == expected


def test_digits_and_tokens() -> None:
    assert to_ascii_digits("٢٠٢٤/٠٣/١٥") == "2024/03/15"
    assert word_tokens("قُتل ٣ عناصر من قـ ـوات النظام، في دير الزور.") == [
        "قتل", "3", "عناصر", "من", "قوات", "النظام", "في", "دير", "الزور",
    ]  # fmt: skip


def test_normalisation_never_touches_separate_words() -> None:
    # a tatweel between two separate words must not glue them together
    assert normalize_arabic("قال مصدر - أمس") == "قال مصدر - امس"
    assert normalize_arabic("هجوم. داعش") == "هجوم. داعش"


def test_watchlist_matches_obfuscated_text() -> None:
    text = (
        "أعلن مصدر مقـ.ـتل ثلاثة عنـ ـاصر من قـ ـوات النظام بهجوم لخلايا دا.عــش في بادية دير الزور"
    )
    rel = score_topics(text)
    assert "isis_syria" in rel.topics
    assert rel.hits["isis_syria"]["actor"] >= 1
    assert rel.hits["isis_syria"]["violence"] >= 2
    assert rel.score > 0.5


def test_watchlist_ignores_unrelated_text() -> None:
    rel = score_topics("افتتح وزير الزراعة معرضاً للتمور في المدينة وسط حضور شعبي واسع")
    assert rel.topics == []
    assert rel.score == 0.0
