"""Incident dates resolved against the publication date, with their precision."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.event_dates import find_dates, resolve_date
from pipeline.normalize import normalize_arabic

PUB = date(2023, 11, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "when", "precision"),
    [
        ("الأربعاء", date(2023, 11, 15), "day"),
        ("يوم الاثنين", date(2023, 11, 13), "day"),
        ("فجر الخميس", date(2023, 11, 9), "day"),
        ("مساء أمس", date(2023, 11, 14), "day"),
        ("أمس", date(2023, 11, 14), "day"),
        ("أول أمس", date(2023, 11, 13), "day"),
        ("اليوم", date(2023, 11, 15), "day"),
        ("قبل يومين", date(2023, 11, 13), "day"),
        ("وقبل أسبوع", date(2023, 11, 8), "week"),
        ("قبل نحو أسبوعين", date(2023, 11, 1), "week"),
        ("الأسبوع الماضي", date(2023, 11, 8), "week"),
        ("ليل السبت الأحد", date(2023, 11, 11), "days"),
        ("ليلة السبت - الأحد", date(2023, 11, 11), "days"),
        ("في الساعات الـ24 الماضية", date(2023, 11, 15), "days"),
        ("في الساعات الأربع والعشرين الماضية", date(2023, 11, 15), "days"),
        ("في 22 سبتمبر/ايلول", date(2023, 9, 22), "day"),
        ("بتاريخ 30 ديسمبر 2020", date(2020, 12, 30), "day"),
        ("16 من كانون الثاني 2021", date(2021, 1, 16), "day"),
        ("في 26 أكتوبر/تشرين الأول 2019", date(2019, 10, 26), "day"),
        ("الثلاثاء 20 من شباط", date(2023, 2, 20), "day"),
        ("في 14 آذار", date(2023, 3, 14), "day"),
        ("25 تشرين الثاني", date(2022, 11, 25), "day"),
        ("22/9/2023", date(2023, 9, 22), "day"),
        ("في أغسطس/آب", date(2023, 8, 1), "month"),
        ("مطلع يوليو/تموز", date(2023, 7, 1), "month"),
        ("خلال شهر آذار/مارس 2024", date(2024, 3, 1), "month"),
        ("في جوان", date(2023, 6, 1), "month"),
        ("الشهر الماضي", date(2023, 10, 1), "month"),
    ],
)
def test_resolution(text: str, when: date, precision: str) -> None:
    found = resolve_date(text, PUB)
    assert found is not None, text
    assert (found.date, found.precision) == (when, precision)


def test_since_is_a_period_start_not_an_incident_date() -> None:
    kinds = {
        d.kind for d in find_dates(normalize_arabic("منذ مارس/اذار 2019 ومنذ العام 2011"), PUB)
    }
    assert kinds == {"since"}


def test_relative_dates_need_a_publication_date() -> None:
    found = resolve_date("أمس", None)
    assert found is not None and found.date is None
    assert resolve_date("بتاريخ 30 ديسمبر 2020", None).date == date(2020, 12, 30)


def test_ordinals_and_ambiguous_month_words_are_not_dates() -> None:
    assert find_dates(normalize_arabic("لليوم الرابع على التوالي"), PUB) == []
    assert find_dates(normalize_arabic("مارس التنظيم ضغوطا على الأب"), PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعدم التنظيم في التاسع عشر من الشهر الجاري راعيين", date(2023, 11, 19)),
        ("في الثاني والعشرين من شباط الماضي", date(2023, 2, 22)),
        ("يوم الخامس من أيلول 2021", date(2021, 9, 5)),
        ("في الأول من الشهر الماضي", date(2023, 10, 1)),
    ],
)
def test_ordinal_days_of_a_month(text: str, expected: date) -> None:
    found = find_dates(normalize_arabic(text), PUB)
    assert [(d.date, d.precision) for d in found] == [(expected, "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة صباح الثلاثاء، فيما شن الطيران في اليوم ذاته غارات", date(2023, 11, 14)),
        ("اعتقلت 23 شخصاً الاثنين 12 من شباط. وفي اليوم نفسه تبنى التنظيم هجوماً", date(2023, 2, 12)),
        ("كمين مساء السبت. وقتل ثلاثة صباح اليوم ذاته بانفجار لغم", date(2023, 11, 11)),
        ("أعدم راعيين أمس، وخطف آخرين ذات اليوم", date(2023, 11, 14)),
    ],
)
def test_the_same_day_is_the_day_named_before(text: str, expected: date) -> None:
    found = find_dates(normalize_arabic(text), PUB)
    same = [d for d in found if d.kind == "same"]
    assert [(d.date, d.precision) for d in same] == [(expected, "day")], found
    assert all(d.date != PUB for d in found)  # "اليوم ذاته" is not today


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الكمين بتاريخ 17 آذار، كما أعدم التنظيم في 24 من الشهر ذاته راعيين", date(2023, 3, 24)),
        ("بعد هجوم على حقل في التاسع من الشهر أسفر عن إصابة أربعة", date(2023, 11, 9)),
        ("قتل 3 في 4 من الشهر الجاري", date(2023, 11, 4)),
        ("قتل 3 في 20 من الشهر الماضي", date(2023, 10, 20)),
    ],
)
def test_a_day_of_the_month_named_before(text: str, expected: date) -> None:
    found = find_dates(normalize_arabic(text), PUB)
    assert (found[-1].date, found[-1].precision) == (expected, "day"), found
