"""Arabic number parsing: digits, words in every form, scales, approximations (UCDP style)."""

from __future__ import annotations

import pytest

from pipeline.normalize import normalize_arabic
from pipeline.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20", 20),
        ("٣٤", 34),
        ("۱۲", 12),
        ("ثلاثة", 3),
        ("ثلاث", 3),
        ("ثلاثين", 30),
        ("ثلاثون", 30),
        ("اثنين", 2),
        ("اثنان", 2),
        ("عشرة", 10),
        ("عشر", 10),
        ("أحد عشر", 11),
        ("اثنا عشر", 12),
        ("خمسة عشر", 15),
        ("ثلاث عشرة", 13),
        ("خمسة وعشرين", 25),
        ("واحد وعشرون", 21),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتين", 200),
        ("مائتان", 200),
        ("ثلاثمئة", 300),
        ("ثلاث مئة", 300),
        ("خمسمائة", 500),
        ("مئة وخمسون", 150),
        ("مئتين وخمسين", 250),
        ("ألف", 1000),
        ("ألفين", 2000),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10000),
        ("ألف ومئتان", 1200),
        ("380 ألف", 380_000),
        ("1.5 مليون", 1_500_000),
        ("نصف مليون", 500_000),
        ("1,100", 1100),
        ("بثلاثة", 3),
    ],
)
def test_values(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "low", "best", "high", "qualifier"),
    [
        ("نحو 155", 139, 155, 171, "about"),
        ("حوالي 20", 18, 20, 22, "about"),
        ("قرابة 30", 27, 30, 33, "about"),
        ("أكثر من 51", 51, 51, None, "more_than"),
        ("ما لا يقل عن 23", 23, 23, None, "at_least"),
        ("العشرات", 20, 30, 90, "vague"),
        ("عشرات", 20, 30, 90, "vague"),
        ("المئات", 200, 300, 900, "vague"),
        ("آلاف", 2000, 3000, 9000, "vague"),
        ("عشرات الآلاف", 20_000, 30_000, 90_000, "vague"),
        ("17", 17, 17, 17, "exact"),
    ],
)
def test_estimates(text: str, low: int, best: int, high: int | None, qualifier: str) -> None:
    (found,) = find_numbers(normalize_arabic(text))
    assert (found.low, found.best, found.high, found.qualifier) == (low, best, high, qualifier)


def test_qualifier_after_the_noun() -> None:
    (found,) = find_numbers(normalize_arabic("قتل 20 عنصرا على الأقل"))
    assert (found.best, found.qualifier, found.high) == (20, "at_least", None)


def test_offsets_point_at_the_number_and_its_qualifier() -> None:
    text = normalize_arabic("أدى إلى مقتل نحو 155 عنصرا")
    (found,) = find_numbers(text)
    assert text[found.start : found.end] == "نحو 155"
    assert text[found.value_start : found.value_end] == "155"


def test_definite_number_words_are_flagged() -> None:
    (found,) = find_numbers(normalize_arabic("عمليات التنظيم الأربعة الأخيرة"))
    assert found.definite and found.best == 4
    (hours,) = find_numbers(normalize_arabic("الساعات الأربع والعشرين الماضية"))
    assert hours.definite and hours.best == 24


def test_no_number_in_plain_words() -> None:
    assert find_numbers(normalize_arabic("اشتباكات عنيفة في البادية")) == []
    assert parse_number("لا أرقام هنا") is None


@pytest.mark.parametrize(
    ("text", "estimate"),
    [
        ("مقتل 10 إلى 15 عنصرا", [(10, 10, 15)]),
        ("مقتل ما بين 10 و15 عنصرا", [(10, 10, 15)]),
        ("سقوط بين ثلاثة وخمسة قتلى", [(3, 3, 5)]),
        ("مقتل 10-15 عنصرا", [(10, 10, 15)]),
        # a change and a span of years are no ranges
        ("ارتفع العدد من 10 إلى 15", [(10, 10, 10), (15, 15, 15)]),
        ("بين عامي 2023-2024", [(2023, 2023, 2023), (2024, 2024, 2024)]),
    ],
)
def test_ranges(text: str, estimate: list[tuple[int, int, int]]) -> None:
    found = find_numbers(normalize_arabic(text))
    assert [(m.low, m.best, m.high) for m in found] == estimate


def test_sunday_is_no_number() -> None:
    found = find_numbers(normalize_arabic("المعارك الدائرة منذ فجر الأحد إلى 27 قتيلاً"))
    assert [(m.low, m.best, m.high) for m in found] == [(27, 27, 27)]
