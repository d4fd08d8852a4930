"""Incident dates in normalised Arabic text, resolved against the publication date.

``find_dates(norm_text, published)`` returns every date expression with the date it stands for and
its precision: ``day`` (an explicit day, "أمس", "الأربعاء"), ``days`` (a night across two days,
"الساعات الـ24 الماضية"), ``week`` ("قبل أسبوع"), ``month`` ("في أغسطس/آب", "الشهر الماضي"),
``year``. Kinds: ``absolute``, ``relative``, ``weekday``, ``since`` ("منذ آذار 2019": the start of a
period, never an incident date). Month names: Levantine (كانون الثاني ... كانون الأول), Egyptian
and Gulf (يناير ... ديسمبر), Maghrebi (جانفي, فيفري, أفريل, جوان, جويلية, أوت), written alone or paired
("سبتمبر/أيلول", "أيلول (سبتمبر)"). A day and month without a year take the latest such date not after
publication. Without a publication date, relative expressions resolve to nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.normalize import normalize_term

_MONTHS_RAW = {
    1: ["كانون الثاني", "يناير", "جانفي", "كانون ثاني"],
    2: ["شباط", "فبراير", "فيفري"],
    3: ["آذار", "مارس", "اذار"],
    4: ["نيسان", "أبريل", "إبريل", "ابريل", "أفريل", "افريل"],
    5: ["أيار", "مايو", "ماي"],
    6: ["حزيران", "يونيو", "يونيه", "جوان"],
    7: ["تموز", "يوليو", "يوليه", "جويلية"],
    8: ["آب", "أغسطس", "اغسطس", "أوت", "اوت", "آغسطس"],
    9: ["أيلول", "سبتمبر", "ايلول"],
    10: ["تشرين الأول", "أكتوبر", "اكتوبر", "تشرين اول"],
    11: ["تشرين الثاني", "نوفمبر", "تشرين ثاني"],
    12: ["كانون الأول", "ديسمبر", "كانون اول"],
}
MONTHS: dict[str, int] = {normalize_term(n): m for m, names in _MONTHS_RAW.items() for n in names}
WEEKDAYS = {
    normalize_term(n): i
    for n, i in (
        ("الإثنين", 0), ("الاثنين", 0), ("الثلاثاء", 1), ("الأربعاء", 2), ("الخميس", 3),
        ("الجمعة", 4), ("السبت", 5), ("الأحد", 6),
    )
}  # fmt: skip
_M = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_W = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_B = r"(?<!\w)"
_E = r"(?!\w)"
# "سبتمبر/ايلول", "ايلول (سبتمبر)", "سبتمبر - ايلول": one month written twice
_MONTH = rf"(?P<month>{_M})(?:\s*[/(\-–]\s*(?:{_M})\s*\)?)?"
_YEAR = r"(?:\s*[،,]?\s*(?:من\s+)?(?:العام|عام|سنه|السنه)?\s*(?P<year>(?:19|20)\d\d))?"
_SINCE = r"(?P<since>[وف]?منذ\s+(?:مطلع\s+|بدايه\s+|اوائل\s+|اواخر\s+)?(?:شهر\s+)?)?"
ABSOLUTE = re.compile(
    rf"{_B}{_SINCE}(?:[بلوف]?(?:يوم|تاريخ)\s+)?(?:ال)?(?P<day>[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?{_B}[وفبل]?{_MONTH}{_E}{_YEAR}"
)
# "يومي الأحد والاثنين 8 و9 أيلول", "بين 3 و5 آذار": a span of days, dated by its first
DAY_RANGE = re.compile(
    rf"{_B}(?:بين\s+|من\s+)?(?P<day>[0-3]?\d)\s*(?:و|-|–|الي|حتي)\s*(?P<day2>[0-3]?\d)\s+(?:من\s+)?(?:شهر\s+)?{_MONTH}{_E}{_YEAR}"
)
NUMERIC = re.compile(
    rf"{_B}{_SINCE}(?:(?P<d>[0-3]?\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<y>(?:19|20)\d\d)|"
    rf"(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]?\d)-(?P<d2>[0-3]?\d)){_E}"
)
MONTH_ONLY = re.compile(
    rf"{_B}{_SINCE}(?P<part>مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه)?\s*(?:شهر\s+)?{_B}[وفبل]?{_MONTH}{_E}{_YEAR}"
)
_SINCE_HIS = re.compile(r"(?<!\w)منذ\s+(?:[^\s\d.،,]+\s+){1,4}$")
YEAR_ONLY = re.compile(rf"{_B}{_SINCE}(?:العام|عام|سنه)\s+(?P<year>(?:19|20)\d\d){_E}")
YEAR_SINCE = re.compile(rf"{_B}(?P<since>[وف]?منذ)\s+(?P<year>(?:19|20)\d\d){_E}")
NIGHT = re.compile(
    rf"{_B}[وفب]?(?:ليل|ليله|ليلة)\s+(?:يوم\s+)?(?P<w1>{_W})\s*(?:[-–/]|علي|الي)?\s*(?P<w2>{_W}){_E}"
)
WEEKDAY = re.compile(
    rf"{_B}(?:[وفب]?(?:يوم|صباح|مساء|ظهر|فجر|ليل|ليله|عصر|ظهيره)\s+)?[وفبل]?(?P<w>{_W}){_E}"
    r"(?!\s+عشر)(?!\s+(?:الاخرين|الاخران|الباقيين|الباقيان|منهم|منهما))"
)  # not "الشهداء الأحد عشر": eleven; not "مصير الاثنين الآخرين": the other two
_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:غدا|بعد\s+غد)\s+$")
_FUTURE_AFTER = re.compile(r"\s+(?:المقبل|القادم)(?!\w)")
_GONE = re.compile(r"\s+(?:الماضي|الفائت|المنصرم)(?!\w)")
RELATIVE = [
    (re.compile(rf"{_B}[وف]?(?:اول\s+(?:من\s+)?امس|امس\s+الاول){_E}"), 2, "day"),
    (re.compile(rf"{_B}(?:[وفب]?(?:يوم|صباح|مساء|ليل|ليله|فجر|ظهر)\s+)?[وف]?(?:امس|البارحه){_E}"), 1, "day"),
    (re.compile(rf"{_B}(?:خلال\s+|في\s+)?(?:ال)?(?:الساعات|ساعات)\s+(?:ال\s?)?(?:24|الاربع\s+والعشرين|الاربع والعشرين)\s+(?:ساعه\s+)?الماضيه{_E}"), 0, "days"),
    (re.compile(rf"{_B}(?:خلال\s+)?(?:ال\s?)?24\s+ساعه\s+(?:ال)?ماضيه{_E}"), 0, "days"),
    (re.compile(rf"{_B}[وف]?قبل\s+(?:نحو\s+|حوالي\s+)?يومين{_E}"), 2, "day"),
    (re.compile(rf"{_B}[وف]?قبل\s+(?:نحو\s+|حوالي\s+)?(?:يوم|24\s+ساعه){_E}"), 1, "day"),
    (re.compile(rf"{_B}[وف]?قبل\s+(?:نحو\s+|حوالي\s+)?(?:ثلاثه|3)\s+ايام{_E}"), 3, "day"),
    (re.compile(rf"{_B}[وف]?قبل\s+(?:نحو\s+|حوالي\s+)?(?:اسبوع|اسبوع\s+واحد|ايام){_E}"), 7, "week"),
    (re.compile(rf"{_B}[وف]?(?:الاسبوع\s+(?:الماضي|الفائت|المنصرم)){_E}"), 7, "week"),
    (re.compile(rf"{_B}[وف]?قبل\s+(?:نحو\s+|حوالي\s+)?اسبوعين{_E}"), 14, "week"),
    (re.compile(rf"{_B}[وف]?قبل\s+(?:نحو\s+|حوالي\s+)?(?:شهر){_E}"), 30, "month"),
    (re.compile(rf"{_B}(?:في\s+)?(?:صباح|مساء|ظهر|فجر|ليل)?\s*(?<!ل)اليوم(?!\s+ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|اخير|التالي|تالي)){_E}"), 0, "day"),
]  # fmt: skip
_UNITS = [
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
]
_ORDINAL_DAYS = {u: i for i, u in enumerate(_UNITS, 1)}
_ORDINAL_DAYS |= {"الحادي عشر": 11} | {f"{u} عشر": i for i, u in enumerate(_UNITS[1:9], 12)}
_ORDINAL_DAYS |= {"العشرين": 20, "الثلاثين": 30, "الحادي والثلاثين": 31, "الحادي والعشرين": 21}
_ORDINAL_DAYS |= {f"{u} والعشرين": i for i, u in enumerate(_UNITS[1:9], 22)}
_OD = "|".join(
    sorted((re.escape(o).replace(r"\ ", r"\s+") for o in _ORDINAL_DAYS), key=len, reverse=True)
)
# "في التاسع عشر من الشهر الجاري", "في الثاني من شباط": an ordinal day of a month
ORDINAL_DATE = re.compile(
    rf"{_B}(?:[وف]?في\s+)?(?:[بل]?(?:يوم)\s+)?(?P<ord>{_OD})\s+(?:من\s+)?"
    rf"(?:(?P<this>الشهر\s+(?:الجاري|الحالي)|هذا\s+الشهر)|(?P<last>الشهر\s+(?:الماضي|الفائت|المنصرم))"
    rf"|(?:شهر\s+)?{_MONTH}{_E}{_YEAR})"
)
# "في 24 من الشهر ذاته", "في التاسع من الشهر", "في 3 من الشهر الجاري": a day of a month named
# before (else of the publication month), or of this or last month
MONTH_REF_DATE = re.compile(
    rf"{_B}(?:[وف]?في\s+)?(?:[بل]?(?:يوم|تاريخ)\s+)?(?:(?P<ord>{_OD})|(?:ال)?(?P<num>[0-3]?\d))\s+(?:من\s+)?"
    rf"(?:(?P<same>الشهر\s+(?:ذاته|نفسه|عينه)|(?:ذات|نفس)\s+الشهر)"
    rf"|(?P<this>الشهر\s+(?:الجاري|الحالي)|هذا\s+الشهر)|(?P<last>الشهر\s+(?:الماضي|الفائت|المنصرم))"
    rf"|(?P<bare>الشهر)(?!\s+(?:المقبل|القادم|التالي))){_E}"
)
_AMBIGUOUS = {"مارس", "اب", "ماي", "اوت", "جوان"}  # "جوان": also a Kurdish given name
_IN_BEFORE = re.compile(r"(?<!\w)(?:في|خلال)\s+$")  # "في جوان": the Maghrebi June
# "في اليوم ذاته", "صباح اليوم نفسه", "ذات اليوم": the day of the last date named before it
SAME_DAY = re.compile(
    rf"{_B}(?:[وف]?(?:في|ب)\s+)?(?:[وف]?(?:صباح|مساء|ظهر|فجر|ليل|ليله|عصر|ظهيره)\s+)?"
    rf"(?:[وفب]?(?:اليوم|الليله)\s+(?:ذاته|ذاتها|نفسه|نفسها|عينه|عينها)"
    rf"|[وفب]?(?:ذات|نفس)\s+(?:اليوم|الليله)){_E}"
)  # "في وقت متأخر من الليلة ذاتها": the night told before
_MONTH_AGO = re.compile(rf"{_B}[وف]?(?:الشهر|خلال الشهر)\s+(?:الماضي|الفائت|المنصرم){_E}")


@dataclass(frozen=True)
class DateMention:
    """A date expression in normalised text and what it resolves to."""

    start: int
    end: int
    date: date | None
    precision: str  # day, days, week, month, year
    kind: str  # absolute, relative, weekday, since, same ("في اليوم ذاته")


def _latest(month: int, day: int, published: date | None, year: int | None) -> date | None:
    """The date with that day and month: the given year, else the latest not after publication."""
    try:
        if year:
            return date(year, month, day)
        if not published:
            return None
        candidate = date(published.year, month, day)
        if candidate > published + timedelta(days=1):
            candidate = date(published.year - 1, month, day)
        return candidate
    except ValueError:
        return None


def _weekday_before(weekday: int, published: date | None) -> date | None:
    """The latest such weekday on or before the publication date."""
    if not published:
        return None
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _month_ref(m: re.Match[str], before: list[DateMention], published: date | None) -> DateMention:
    """A day of "الشهر ذاته" / "الشهر" (the month named last, else the publication month), of
    "الشهر الجاري" or of "الشهر الماضي"."""
    day = (
        _ORDINAL_DAYS[re.sub(r"\s+", " ", m.group("ord"))]
        if m.group("ord")
        else int(m.group("num"))
    )
    month_of = [d for d in before if d.precision in ("day", "month")]
    first: date | None = published.replace(day=1) if published else None
    if (m.group("same") or m.group("bare")) and month_of:
        first = month_of[-1].date.replace(day=1) if month_of[-1].date else None
    elif first and m.group("last"):
        first = (first - timedelta(days=1)).replace(day=1)
    when = _latest(first.month, day, None, first.year) if first else None
    return DateMention(m.start(), m.end(), when, "day", "same" if m.group("same") else "absolute")


_SAME_YEAR = re.compile(
    r"\s*من\s+(?:(?:العام|السنه)\s+(?:ذاته|نفسه|عينه)|ذلك\s+العام|تلك\s+السنه|(?:نفس|ذات)\s+(?:العام|السنه))(?!\w)"
)
_STAMP = re.compile(
    r"(?<!\w)(?:نشر|نشرت|تاريخ\s+النشر|اخر\s+تحديث|تحديث|محدث)(?:\s+(?:في|بتاريخ))?\s*:"
)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _same_year(norm: str, end: int) -> int | None:
    """ "في 18 تشرين الأول من العام ذاته": the year named last before it."""
    if not _SAME_YEAR.match(norm, end):
        return None
    years = _A_YEAR.findall(norm, 0, end)
    return int(years[-1]) if years else None


_NAMED_BY_ITS_DAY = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:اتفاق|اتفاقيه|تفاهم|تفاهمات|مرسوم|ثوره|انتفاضه)\s+$"
)


def find_dates(norm: str, published: date | None) -> list[DateMention]:
    """Every date expression in normalised text, resolved against the publication date."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: re.Match[str], when: date | None, precision: str, kind: str) -> None:
        if not free(m.start(), m.end()):
            return
        since = "since" in m.re.groupindex and m.group("since")
        found.append(DateMention(m.start(), m.end(), when, precision, "since" if since else kind))
        taken.append((m.start(), m.end()))

    for m in _STAMP.finditer(norm):  # "نشرت في: 29/10/2024 - 13:40": when the page went up
        line_end = norm.find("\n", m.end())
        taken.append((m.start(), line_end if line_end >= 0 else len(norm)))
    same_day = list(SAME_DAY.finditer(norm))
    taken.extend((m.start(), m.end()) for m in same_day)  # "اليوم ذاته" is no "اليوم"
    month_ref = list(MONTH_REF_DATE.finditer(norm))
    taken.extend((m.start(), m.end()) for m in month_ref)
    for m in NUMERIC.finditer(norm):
        d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (
            m.group("d2"), m.group("m2"), m.group("y2"))  # fmt: skip
        add(m, _latest(int(mo), int(d), None, int(y)), "day", "absolute")
    for m in ORDINAL_DATE.finditer(norm):
        day = _ORDINAL_DAYS[re.sub(r"\s+", " ", m.group("ord"))]
        when = None
        if published and (m.group("this") or m.group("last")):
            first = published.replace(day=1)
            if m.group("last"):
                first = (first - timedelta(days=1)).replace(day=1)
            when = _latest(first.month, day, None, first.year)
        elif m.group("month"):
            year = int(m.group("year")) if m.group("year") else None
            when = _latest(MONTHS[m.group("month")], day, published, year)
        add(m, when, "day", "absolute")
    for m in DAY_RANGE.finditer(norm):
        first, last = int(m.group("day")), int(m.group("day2"))
        if not 0 < last - first <= 6:
            continue
        year = int(m.group("year")) if m.group("year") else _same_year(norm, m.end())
        when = _latest(MONTHS[m.group("month")], first, published, year)
        add(m, when, "days" if last - first == 1 else "week", "absolute")
    for m in ABSOLUTE.finditer(norm):
        year = int(m.group("year")) if m.group("year") else _same_year(norm, m.end())
        add(
            m,
            _latest(MONTHS[m.group("month")], int(m.group("day")), published, year),
            "day",
            "absolute",
        )
    for m in MONTH_ONLY.finditer(norm):
        text = m.group(0)
        if m.group("month") in _AMBIGUOUS and not (
            m.group("year")
            or "/" in text
            or "شهر" in text
            or (
                m.group("month") == "جوان"
                and _IN_BEFORE.search(norm, max(0, m.start() - 6), m.start())
            )
        ):
            continue  # "مارس" (practised), "اب" (father), "جوان" (a name) alone are not months
        month = MONTHS[m.group("month")]
        year = int(m.group("year")) if m.group("year") else _same_year(norm, m.end())
        day = 15 if m.group("part") in ("منتصف", "اواسط") else 1
        if m.group("part") in ("اواخر", "نهايه"):
            day = 25
        add(m, _latest(month, day, published, year), "month", "absolute")
    for m in list(YEAR_ONLY.finditer(norm)) + list(YEAR_SINCE.finditer(norm)):
        kind = "since" if m.group("since") else "absolute"
        if _SINCE_HIS.search(norm, max(0, m.start() - 40), m.start()):
            kind = "since"  # "منذ عودته إلى البلدة عام 2019": when a state of his began
        if free(m.start(), m.end()):
            found.append(
                DateMention(m.start(), m.end(), date(int(m.group("year")), 1, 1), "year", kind)
            )
            taken.append((m.start(), m.end()))
    for m in NIGHT.finditer(norm):
        when = _weekday_before(WEEKDAYS[m.group("w1")], published)
        if when and when == published:
            when -= timedelta(days=7)  # "ليل السبت – الأحد" told on a Saturday: the night is over
        add(m, when, "days", "weekday")
    for pattern, days, precision in RELATIVE:
        for m in pattern.finditer(norm):
            when = published - timedelta(days=days) if published else None
            add(m, when, precision, "relative")
    for m in _MONTH_AGO.finditer(norm):
        when = (published.replace(day=1) - timedelta(days=1)).replace(day=1) if published else None
        add(m, when, "month", "relative")
    absolute = [d for d in found if d.kind in ("absolute", "since") and d.precision == "day"]
    for m in WEEKDAY.finditer(norm):
        if any(-4 <= d.start - m.end() <= 4 or -4 <= m.start() - d.end <= 4 for d in absolute):
            continue  # "الثلاثاء 20 من شباط": the weekday only restates the date
        if _FUTURE_BEFORE.search(norm, max(0, m.start() - 12), m.start()) or _FUTURE_AFTER.match(
            norm, m.end()
        ):
            continue  # "تقرر تشييع القتلى غداً الخميس", "الأحد المقبل": a day to come
        when = _weekday_before(WEEKDAYS[m.group("w")], published)
        if when and when == published and _GONE.match(norm, m.end()):
            when -= timedelta(days=7)  # "الإثنين الماضي" written on a Monday: a week back
        add(m, when, "day", "weekday")
    # "وفق اتفاق العاشر من آذار": an agreement named by its day dates no incident
    found = [d for d in found if not _NAMED_BY_ITS_DAY.search(norm, max(0, d.start - 20), d.start)]
    found.sort(key=lambda d: d.start)
    for m in sorted(same_day + month_ref, key=lambda m: m.start()):
        before = [d for d in found if d.end <= m.start() and d.kind != "since" and d.date]
        if m.re is SAME_DAY:
            day = before[-1] if before and before[-1].precision in ("day", "days") else None
            found.append(DateMention(m.start(), m.end(), day.date if day else None, "day", "same"))
        else:
            found.append(_month_ref(m, before, published))
        found.sort(key=lambda d: d.start)
    return found


def resolve_date(text: str, published: date | None) -> DateMention | None:
    """The first date expression in ``text`` (any form), resolved; None when there is none."""
    from pipeline.normalize import normalize_arabic

    found = find_dates(normalize_arabic(text), published)
    return found[0] if found else None
