"""Conflict events: an article's casualty figures as rows, and the reports of one incident merged.

Pure functions, no lake access (the processing step writes what they return):

- ``extract_article_events(article_id, text, published_at, source, *, title=None, run_key=None,
  crawled_at=None) -> list[dict]``: one row per casualty figure of the article, the columns of
  ``datasets.CASUALTIES`` plus its partition values (``source``, ``year``, ``month``).
  ``published_at`` (datetime or date, or None) anchors relative dates ("أمس", "الأربعاء").
- ``merge_events(casualty_rows, run_key=None) -> list[dict]``: rows of ``datasets.EVENTS``. Incident
  figures of different articles about one incident (same status, dates within a day, same or
  containing place, compatible parties) become one event with all sources, article ids and
  low/best/high across reports (low = lowest low, high = highest high, best = highest best: tolls
  are revised upwards). Sub-counts ("بينهم 8 ضباط") are not events; aggregates (period totals)
  stay apart, one event row each, flagged ``aggregate``.
- ``figures_as_json(text, published) -> list[dict]``: what ``rasd events --text-file F`` prints, one
  object per figure: status, count (best), count_low, count_high, party, aggregate, event_type,
  place, event_date, evidence and more.

Per figure: the place is the nearest gazetteer mention in its sentence (datelines such as
"دمشق –" and reference points such as "جنوبي الحسكة" aside), else the most precise one in the two
sentences before, else the headline's, else Syria; the date is the nearest date expression in its
sentence, else one in the sentences before while the story goes on, else the publication date
(precision ``published``). Inside an article, sub-counts take their parent's date and place, a
headline figure those of the body figure it restates, and an undated figure those of a similar
figure (same status, count within 35%) or of its sentence's other figures.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pipeline.arabic_match import normalize_with_offsets
from pipeline.casualties import (
    AT_THE_SITE,
    DURING_THE_OPERATION,
    LASTED_DAYS,
    LIST_ITEM,
    NEW_INCIDENT,
    PARTY_LEXICON,
    RELATIVE_OPENS,
    TAKEN_BEFORE,
    Analysis,
    Figure,
    Sentence,
    find_figures,
    lead_paragraphs,
    list_intro,
)
from pipeline.datasets import year_month
from pipeline.event_dates import ABSOLUTE, MONTH_ONLY, WEEKDAY, DateMention, find_dates
from pipeline.event_types import classify_event, event_keywords
from pipeline.gazetteer import (
    GOVERNORATE_SEATS,
    Gazetteer,
    Place,
    PlaceMention,
    distance_km,
    load_gazetteer,
)
from pipeline.normalize import normalize_arabic
from pipeline.numbers import find_numbers, parse_number

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PRECISION_RANK = {"town": 0, "road": 1, "badia_area": 2, "governorate": 3, "country": 4}
DATE_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4, "published": 5}
MERGE_KM = 60.0
GENERIC_AREAS = {"sy.badia", "sy.triangle"}  # "البادية": any more precise place named wins


def _as_date(value: datetime | date | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def _as_ts(value: datetime | date | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def _figure_id(article_id: str, fig: Figure) -> str:
    key = f"{article_id}|{fig.evidence_start}|{fig.start}|{fig.status}|{fig.best}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


_DIRECTION = re.compile(
    r"(?:شرقي|غربي|شمالي|جنوبي|شمال|جنوب|شرق|غرب|شمال\s+شرقي|جنوب\s+شرقي|شمال\s+غربي|جنوب\s+غربي)\s+"
    r"(?:(?:مدينه|بلده)\s+)?$"
)  # and "قرب بلدة الطيبة شمال شرق مدينة تدمر": the town located


# "على بعد نحو 60 كيلومتراً جنوب غربي مدينة دير الزور": a distance from a reference point
_DISTANCE_FROM = re.compile(
    r"(?<!\w)[تي]?بعد\s+(?:\S+\s+){0,2}?(?:كيلو\S*|كم|كلم|متر\S*|اميال|ميل)\s+(?:\S+\s+){0,4}?$"
)


_NEAR_KM = 15  # "على بعد 8 كيلومترات جنوب بلدة الهول": near enough to stand for the place


_INCIDENTS_LISTED = re.compile(r"(?<!\w)(?:ال)?(?:حوادث|هجمات|اعتداءات|كمائن)(?!\w)")


def _told_after(analysis: Analysis, fig: Figure) -> bool:
    """Whether an incident is told just after a figure: in a list item, in the item itself,
    unless the list announces incidents ("وسجلت حوادث أخرى:" then "- بادية آراك: 3 قتلى")."""
    norm = analysis.text.norm
    end = len(norm)
    intro = list_intro(analysis.sentences, norm, fig.sentence)
    if intro is not None:
        if _INCIDENTS_LISTED.search(norm, intro.start, intro.end):
            return True
        end = analysis.sentences[fig.sentence].end
    return bool(event_keywords(norm, fig.n_end, min(end, fig.n_end + 80)))


_ROAD_BEFORE = re.compile(r"(?<!\w)(?:ال)?طريق\s+(?:(?:مدينه|بلده)\s+)?$")


def _the_road_told(norm: str, mention: PlaceMention, places: list[PlaceMention]) -> PlaceMention:
    """ "على طريق تدمر" after "طريق تدمر – السخنة" was told: that road, not the town."""
    if mention.place.kind != "town" or not _ROAD_BEFORE.search(
        norm, max(0, mention.start - 14), mention.start
    ):
        return mention
    roads = [
        p
        for p in places
        if p.place.kind == "road"
        and mention.place.place_id in p.place.place_id.removeprefix("road.").split("|")
    ]
    if len({p.place.place_id for p in roads}) != 1:
        return mention
    return PlaceMention(mention.start, mention.end, roads[0].place, mention.text)


_A_LOCALITY = re.compile(r"(?<!\w)(?:[وفب]|في\s+|وفي\s+)(?:بلده|قريه|مدينه|ناحيه)\s+(?=\S)")


def _names_unknown_locality(analysis: Analysis, fig: Figure, places: list[PlaceMention]) -> bool:
    """Whether a figure's sentence names a town or village the gazetteer lacks."""
    s = analysis.sentences[fig.sentence]
    norm = analysis.text.norm
    starts = {p.start for p in places}
    gazetteer = load_gazetteer()
    return any(
        m.end() not in starts
        and not any(p.start == 0 for p in gazetteer.find(norm[m.end() : m.end() + 40]))
        for m in _A_LOCALITY.finditer(norm, s.start, s.end)
    )


def _far_reference(norm: str, mention: PlaceMention) -> bool:
    """Whether a place is told as more than ``_NEAR_KM`` kilometres away ("على بعد 50 كيلومتراً
    من مدينة دير الزور"), so only a reference point."""
    m = _DISTANCE_FROM.search(norm, max(0, mention.start - 70), mention.start)
    if not m:
        return False
    if mention.place.kind == "road":
        return True  # "مزرعة تبعد نحو 6 كيلومترات عن الطريق الدولي دمشق – حمص": a road is long
    span = m.group()
    numbers = [n for n in find_numbers(span) if n.best > 0]
    metres = re.search(r"(?<!\w)متر", span) and "كيلو" not in span
    return not metres and (not numbers or numbers[0].best > _NEAR_KM)


def _is_reference(norm: str, mention: PlaceMention, places: list[PlaceMention]) -> bool:
    """A place named as a reference point ("بلدة الشدادي جنوبي الحسكة": الحسكة; "على بعد 60
    كيلومتراً جنوب غربي مدينة دير الزور")."""
    if _far_reference(norm, mention):
        return True
    if not _DIRECTION.search(norm[max(0, mention.start - 24) : mention.start]):
        return False
    if _near_unnamed_locality(norm, mention, places):
        return True
    # but "في البادية جنوب غرب مدينة الميادين" tells which Badia
    return any(
        0 <= mention.start - p.end <= 40
        for p in places
        if p is not mention and p.place.place_id not in GENERIC_AREAS
    )


_LOCATING_GAP = re.compile(r"\s*[،,]?\s*(?:في\s+|ب)?(?:(?:ريف|باديه|منطقه|محافظه)\s+)?")


def _locates_unnamed(norm: str, mention: PlaceMention, places: list[PlaceMention]) -> bool:
    """A town that locates a locality the gazetteer lacks ("بلدة الكسرة غربي دير الزور")."""
    return (
        mention.place.kind == "town"
        and _DIRECTION.search(norm[max(0, mention.start - 24) : mention.start]) is not None
        and _near_unnamed_locality(norm, mention, places)
    )


def _locates_before(norm: str, mention: PlaceMention, places: list[PlaceMention]) -> bool:
    """A wider place right after a finer one, locating it ("على طريق أثريا – الرصافة في بادية
    الرقة": the road, not the Badia)."""
    rank = PRECISION_RANK[mention.place.kind]
    return any(
        p.end <= mention.start
        and PRECISION_RANK[p.place.kind] < rank
        and _LOCATING_GAP.fullmatch(norm, p.end, mention.start)
        for p in places
    )


def _near_unnamed_locality(
    norm: str,
    mention: PlaceMention,
    places: list[PlaceMention],
    pattern: re.Pattern[str] | None = None,
) -> bool:
    """ "في بلدة الكرامة شرقي الرقة": a place locating a locality the gazetteer lacks (or, with
    ``_UNNAMED_BADIA``, a Badia: "في بادية المسرب غربي دير الزور")."""
    m = (pattern or _UNNAMED_LOCALITY).search(norm, max(0, mention.start - 50), mention.start)
    return m is not None and not any(m.start() <= p.start < mention.start for p in places)


_UNNAMED_LOCALITY = re.compile(
    r"(?<!\w)[وفب]?(?:بلده|قريه|منطقه|حي|مخيم|ناحيه)\s+\S+(?:\s+\S+)?\s+"
    r"(?:شرقي|غربي|شمالي|جنوبي|شمال|جنوب|شرق|غرب)(?:\s+(?:شرقي|غربي))?\s+(?:(?:مدينه|بلده)\s+)?$"
)


_UNNAMED_BADIA = re.compile(
    r"(?<!\w)[وفب]?باديه\s+\S+\s+(?:شرقي|غربي|شمالي|جنوبي|شمال|جنوب|شرق|غرب)"
    r"(?:\s+(?:شرقي|غربي))?\s+(?:(?:مدينه|بلده)\s+)?$"
)


# "نقلوا إلى المستشفى الوطني في حمص", "توفي في مشفى الميادين": where the wounded were taken
_HOSPITAL = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:مشفي|مستشفي|مشافي|مستشفيات)(?!\w)(?:\s+\S+){0,4}?\s+"
    r"(?:(?:في|ب)\s+)?(?:(?:مدينه|بلده)\s+)?$"
)
# "نقل عدد من الجرحى بمروحية إلى قاعدة الشدادي": where the wounded were taken
_TAKEN_TO = re.compile(
    r"(?<!\w)[وف]?(?:نقل|نقلت|نقلوا|نقلهم|نقلتهم|ينقل|اسعاف|اسعافهم|اسعافه|اجلاء|اجلاؤهم|اقتيد|اقتيدوا|"
    r"تحويل|تحويلهم|حول|حولت|حولوا)"
    r"(?!\w)(?:\s+\S+){0,5}?\s+الي\s+(?:[^\s.،,]+\s+){0,4}?$"
)
# "قبل أن يلوذوا بالفرار باتجاه البادية": where the attackers fled, not where they struck
_FLIGHT = re.compile(
    r"(?<!\w)(?:\w*(?:فرار|هروب|هرب|نسحب|نسحاب|لاذ|لوذ|توار|اقتاد|اقتياد|تسلل)\w*|[وفب]?(?:فر|فروا|يفر|"
    r"يفرون|يفروا|فارين|هاربين|الفارين|الهاربين))\s+(?:\S+\s+){0,3}?(?:باتجاه|نحو|الي|صوب|ناحيه)\s+(?:عمق\s+|طريق\s+)?$"
)


# "أربعة من القتلى ينتمون إلى ميليشيا الدفاع الوطني في مدينة السلمية": where they come from
_ORIGIN = re.compile(
    r"(?<!\w)(?:ينتم|تنتم|ينحدر|تنحدر|المنحدر)\S*\s+(?:\S+\s+){0,5}?"
    r"(?:في|من)\s+(?:(?:مدينه|بلده|قريه|ريف)\s+)?$"
    r"|(?<!\w)من\s+(?:اهالي|ابناء)\s+(?:(?:مدينه|بلده|قريه|ريف|قريتي|بلدتي|مدينتي)\s+)?$"
    r"|[،,]\s*(?:وهو\s+)?من\s+(?:ريف|مدينه|بلده|قريه)\s+$"
)  # and "المقاتل خليل (24 عاماً) من أهالي بلدة ذيبان", "والنقيب سامر ديب، من ريف جبلة،"


# "تسللت من عمق البادية باتجاه الحاجز": where the attackers came from
# "انطلاقاً من محيط بلدة الطيبة", "والثاني من عمق البادية"
_CAME_FROM = re.compile(
    r"(?<!\w)(?:تسلل|قادم|انطلق|انطلاق)\S*\s+(?:\S+\s+){0,4}?من\s+"
    r"(?:(?:عمق|محيط|اطراف|جهه|ناحيه)\s+)?(?:(?:مدينه|بلده|قريه)\s+)?$|(?<!\w)من\s+عمق\s+$"
    r"|(?<!\w)(?:ال)?تعزيزات\s+(?:\S+\s+){0,2}?من\s+(?:(?:مدينه|بلده|قريه)\s+)?$"
    r"|(?<!\w)توجه(?:ه|ها|هم|هما)\s+من\s+(?:(?:مدينه|بلده|قريه)\s+)?$"
    r"|(?<!\w)توجه(?:ه|ها|هم|هما)\s+(?:\S+\s+){0,5}?الي\s+(?:نقاط|مواقع|مقرات|مقر)\S*\s+"
    r"(?:\S+\s+){0,2}?في\s+(?:(?:مدينه|بلده|قريه|باديه|منطقه)\s+)?$"
)  # and "قبل وصول تعزيزات من مدينة دير الزور": where help came from
# "عائدين من مقر الميليشيا في مدينة الميادين إلى مدينة دير الزور", "في طريق عودتهم إلى مواقعهم
# في بادية السخنة": where travellers came from or were heading, not where they were hit (but
# "أثناء عودته إلى منزله في بلدة الشحيل" is where he was shot)
# "استشهاد عنصرين من حماة الحاجز": its guards ("حماة", plural of "حامي"), not Hama
_GUARDED = re.compile(r"\s+(?:ال)?(?:حاجز|نقطه|موقع|وطن|ديار|حدود|مقدسات|ثغور|عرين|مقر)(?!\w)")
_OUTLET_OF = re.compile(r"(?<!\w)(?:نداء|تلفزيون|راديو|اذاعه)\s+$")  # 'لـ"نداء سوريا"'
_CURRENCY = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:ليره|ليرات)\s+$")  # "150 ألف ليرة سورية"
_TRAVEL = re.compile(
    r"(?<!\w)(?:عائد|عائده|عائدين|عائدون|متجه|متجهه|متجهين|متجهون|متوجه|متوجهه|متوجهين|متوجهون|"
    r"عودته|عودتهم|عودتها|عودتهما|طريقهم|طريقه|طريقها|طريقهما)\s+(?:(?!\S*(?:منزل|بيت))\S+\s+){0,7}?"
    r"(?:من|الي|نحو|في)\s+"
    r"(?:(?:مدينه|بلده|قريه|باديه|منطقه|محيط)\s+)?$"
)
# "حافلة كانت تقلّهم من الحقل باتجاه مدينة حمص": where a vehicle was bound, not where it was hit
_CARRIED_TOWARD = re.compile(
    r"(?<!\w)(?:تقل|يقل|تقلهم|يقلهم|تقلهما|تنقل|ينقل|تنقلهم|ينقلهم)\s+(?:\S+\s+){0,5}?"
    r"(?:باتجاه|نحو|الي|صوب)\s+(?:(?:مدينه|بلده|قريه|منطقه)\s+)?$"
)
# "ويأتي الاعتداء على حاجز الميادين بعد نحو شهر على استشهاد 13": the later incident's place
_COMES_AFTER = re.compile(r"\s*[وف]?(?:ياتي|تاتي)\s[^.]*?(?<!\w)بعد(?!\w)")
# "أفاد مراسل الميادين في دير الزور": where the correspondent is
_CORRESPONDENT = re.compile(
    r"(?<!\w)مراسل\S*\s+(?:\S+\s+){0,2}?في\s+(?:مدينه\s+)?$|(?<!\w)مراسل\s+(?:قناه\s+)?$"
    # "مراسل وكالة تسنيم الدولية للأنباء في دمشق": an agency's long name
    r"|(?<!\w)مراسل\S*\s+(?:وكاله|قناه|صحيفه|موقع|اذاعه)\s+(?:\S+\s+){0,4}?في\s+(?:مدينه\s+)?$"
)  # and the outlet named after "مراسل": "مراسل الميادين"


# "مركز محلي لتوثيق ضحايا الألغام في الرقة", "مكتب توثيق الشهداء في درعا": a documenter's seat
_DOCUMENTER = re.compile(r"(?<!\w)(?:ل|و)?(?:توثيق|رصد)\s+(?:\S+\s+){0,3}?في\s+$")

# 'المسؤول عن "قاطع البادية"', "ولاية الرقة": an ISIS sector, not a place of the incident (not "والي": normalised "وإلى" reads the same)
_SECTOR = re.compile(r"(?<!\w)[\"«“]?(?:قاطع|ولايه)\s+[\"«“]?$")
# "مصدر في مديرية الصحة في حمص": an office's seat
_OFFICE = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:مديريه|دائره|مكتب|فرع)\s+(?:\S+\s+){0,2}?في\s+(?:محافظه\s+)?$"
)

# 'المسؤول الإعلامي في قسد عدنان عفرين إن': a family name after a first name is no place
_FIRST_NAME = re.compile(
    r"(?<!\w)(?:محمد|احمد|عمر|خالد|حسن|حسين|ابراهيم|مصطفي|محمود|يوسف|عدنان|فراس|سامر|"
    r"ماهر|وليد|سعيد|ياسر|رامي|عماد|نزار|فادي|باسم|بشار|ماجد|جميل|كمال|فواز|فيصل|صالح|سليمان|"
    r"طلال|نواف|عامر|زياد|مازن|هيثم|فرهاد|سيامند|شيرو|ريزان|كينو|مظلوم|نوري|جوان|اكرم|حمزه|"
    r"انس|اسامه|معاذ|بلال|طارق|رائد|غسان|منذر|هشام|وائل|نبيل|عصام|جمال|رياض|عبدالله|عبدالرحمن|"
    r"عبدالكريم|عبدالرزاق|عبدالعزيز|عبدالقادر)\s+$"
)


# "وقال مصدر محلي من بلدة السعن": the source's town, unless the story is then told there ("على
# أطراف البلدة")
_SOURCE_FROM = re.compile(
    r"(?<!\w)(?:مصدر|مصادر)\s+(?:(?:محلي|محليه|اهلي|اهليه)\s+)?من\s+(?:(?:مدينه|بلده|قريه|ريف)\s+)?$"
)
_THE_TOWN_AGAIN = re.compile(r"(?<!\w)(?:[وفب]?ال|لل)(?:بلده|مدينه|قريه)(?!\w)")


def _is_elsewhere(norm: str, mention: PlaceMention) -> bool:
    """A hospital's town, a direction of flight, the victims' home town, the correspondent's
    town or a person's family name: not where it happened."""
    # "نُقلوا إلى المشفى العسكري في #تدمر": a hashtag is the name
    before = norm[max(0, mention.start - 60) : mention.start].replace("#", "")
    before = before[max(before.rfind("\n"), before.rfind(".")) + 1 :]  # this sentence only
    return bool(
        _HOSPITAL.search(before[-45:])
        or _TAKEN_TO.search(before)
        or _FLIGHT.search(before[-45:])
        or _ORIGIN.search(before)
        or (
            _SOURCE_FROM.search(before)
            and not _THE_TOWN_AGAIN.search(norm, mention.end, mention.end + 200)
        )
        or _CORRESPONDENT.search(before[-60:])
        or _CAME_FROM.search(before)
        or _DOCUMENTER.search(before)
        or _OFFICE.search(before[-45:])
        or _SECTOR.search(before[-12:])
        or _TRAVEL.search(before)
        or _CARRIED_TOWARD.search(before)
        or _FIRST_NAME.search(before[-20:])
        or _CURRENCY.search(before[-10:])
        or (mention.place.kind == "country" and bool(_OUTLET_OF.search(before[-12:])))
        or (mention.text.endswith("حماه") and bool(_GUARDED.match(norm, mention.end)))
        or _PRISON.search(before[-55:])
        or _STATIONED.search(before[-45:])
        or _NAMED_AFTER.match(norm, mention.end)
        or (_COUNCIL.search(before[-12:]) and _COUNCIL_NAME_END.match(norm, mention.end))
        or _STREET.search(before[-12:])
        or _SPEAKS.search(before[-20:])
        or (mention.text in ("دمشق", "ودمشق", "لدمشق") and not _IN_DAMASCUS.search(before[-25:]))
        or (_SPEAKS_AFTER.match(norm, mention.end) and not _LOCATIVE.search(before[-25:]))
        or _PAST_DEEDS.search(norm, max(0, mention.start - 100), mention.start)
        or _CAME_FROM_AREA.search(norm, max(0, mention.start - 110), mention.start)
        or (mention.text == "للميادين" and _TOLD_TO.search(before[-45:]))
        or (_FRAME_BEFORE.search(before[-20:]) and _HOSPITAL_NEXT.match(norm, mention.end))
    )


# "وفي مدينة دير الزور، أكد مدير مشفى الأسد أن المشفى استقبل جثامين الشهداء": the hospital's town
_FRAME_BEFORE = re.compile(r"(?:^|\n|[.،,]\s*)\s*[وف]?(?:في|ب)\s+(?:(?:مدينه|بلده)\s+)?$")
_HOSPITAL_NEXT = re.compile(
    r"\s*[،,]\s*(?:\S+\s+){0,3}?(?:مدير|اداره|مصدر\s+في|مصادر\s+في)?\s*[وفبل]?(?:ال)?(?:مشفي|مستشفي)(?!\w)"
)


# "قادمين من جهة منطقة الـ 55 كيلومتراً التي يفرضها الاحتلال حول قاعدة التنف"
_CAME_FROM_AREA = re.compile(
    r"(?<!\w)(?:تسلل|قادم|انطلق|انطلاق)\S*\s+(?:\S+\s+){0,3}?من\s+(?:جهه|ناحيه|محيط|منطقه)\s+"
    r"(?:(?!(?:في|علي|الي|نحو|باتجاه|ل\S+)\s)[^.،,\s]+\s+){0,10}$"
)
# "قالت مصادر محلية للميادين": the channel told, not the town
_TOLD_TO = re.compile(
    r"(?<!\w)(?:قال|قالت|اكد|اكدت|افاد|افادت|صرح|صرحت|مصادر|مصدر|نفته|نفت)(?!\w)[^.،,]{0,30}?\s+$"
)


# "و3 من المتورطين في اغتيال وجهاء ... وزرع العبوات على طريق الشدادي – الهول": what those
# counted did before, not where they were caught
_PAST_DEEDS = re.compile(
    r"(?<!\w)(?:ال)?(?:متورط|متورطا|متورطين|متهم|متهما|متهمين|مسؤول|مسؤولا|مسؤولين)\s+(?:عن|في|بتنفيذ)\s+[^.،,]{0,80}?"
    r"(?:في|علي)\s+(?:(?:طريق|بلده|مدينه|قريه|منطقه)\s+)?$"
    # "قياديان في التنظيم كانا ينشطان في نقل المقاتلين بين باديتي حمص ودير الزور": where they worked
    r"|(?<!\w)(?:كان|كانا|كانوا|كانت)\s+(?:ينشط|ينشطان|ينشطون|يعمل|يعملان|يعملون)\s+[^.،,]{0,60}?"
    r"(?:في|بين|علي)\s+(?:(?:باديتي|باديه|مدينتي|مدينه|منطقه)\s+)?$"
)


# "دمشق تعلن 7 قتلى", "أعلى مما أعلنته دمشق": a capital speaking for its government
_SPEECH = (
    r"(?:اعلن|قال|اتهم|نفي|اكد|رد|طالب|حمل)(?:ت|ته|تها)?|تعلن|تقول|تتهم|تنفي|تؤكد|ترد|تطالب|تحمل"
)
# "لم تعلّق عليه دمشق", "تراهن دمشق", "رسالة إلى دمشق", "حملات أمنية شنتها دمشق": the
# government, unless a place is said
_IN_DAMASCUS = re.compile(
    r"(?<!\w)[وف]?(?:في|من|قرب|بين|عند|داخل|ريف|مدينه|العاصمه|محافظه|محيط|اطراف|طريق|اوتوستراد|"
    r"(?:شرق|غرب|شمال|جنوب)\S*)\s+$"
)
_SPEAKS = re.compile(rf"(?<!\w)(?:{_SPEECH})\s+$")
_SPEAKS_AFTER = re.compile(rf"\s+(?:{_SPEECH})(?!\w)")
# "في هجوم قرب السخنة حمّلت دمشق التنظيم مسؤوليته": a place, then a capital that speaks
_LOCATIVE = re.compile(
    r"(?<!\w)(?:قرب|بين|عند|داخل|(?:شرق|غرب|شمال|جنوب)\S*)\s+(?:(?:مدينه|بلده|قريه)\s+)?$"
)


# "واقتادوهم إلى سجن "النقطة 11" في مدينة الرقة": where captives are held, not where taken
_PRISON = re.compile(
    r"(?<!\w)(?:الي|نحو)\s+(?:ال)?(?:سجن|سجون|معتقل)(?!\w)(?:\s+\S+){0,3}?\s+"
    r"(?:(?:في|ب)\s+)?(?:(?:مدينه|بلده)\s+)?$"
)
# "قوات الاحتلال الأمريكي المتمركزة في منطقة التنف": where a force is based, not where it struck
_STATIONED = re.compile(
    r"(?<!\w)(?:ال)?(?:متمركز|متمركزه|متمركزين|منتشره|منتشرين|يتمركز|تتمركز|يتمركزون|ينتشر|تنتشر"
    r"|ينتشرون)\s+(?:في|ب)\s*(?:(?:منطقه|قاعده|مدينه|بلده)\s+)?$"
)
# 'حملة "الرقة تذبح بصمت"': a campaign named after a town
_NAMED_AFTER = re.compile(r"\s+تذبح\s+بصمت(?!\w)")
# "مجلس دير الزور المدني", "لمجلس منبج العسكري": a council's name
_COUNCIL = re.compile(r"(?<!\w)[وبل]?(?:ال|ل)?مجلس\s+[\"«“]?$")
_COUNCIL_NAME_END = re.compile(r"\s+(?:المدني|العسكري)(?!\w)")
# "في شارع تل أبيض" (in Raqqa city): a street named after another town
_STREET = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:شارع|اوتوستراد)\s+[\"«“]?$")


_REPORTED = re.compile(
    r"(?<!\w)[وف]?(?:اعلن|اعلنت|قال|قالت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|نشر|نشرت|اوضح|اوضحت|اضاف|اضافت"
    r"|(?:نشر|نشرت|اصدر|اصدرت|بث|بثت|اكد|اكدت|ذكر|ذكرت|اعلن|اعلنت)(?:ه|ها))(?!\w)(?:(?!(?<!\w)(?:ان|بان|انه|بانه)(?!\w))[^.،,]){0,60}[،,]?\s*$"
)  # not past "أن": "أفاد بأن المركز سجل أمس" dates what was told
_REPORTED_REACH = 75  # characters from a reporting verb to the date it is told on
# "وقالت الوزارة إن الهجوم وقع فجر السبت": the next sentence dates the incident
_OCCURRED = re.compile(
    r"(?<!\w)(?:ال)?(?:هجوم|حادثه|حادث|انفجار|كمين|اشتباك|اشتباكات|استهداف|تفجير|غاره|غارات|ضربه|"
    r"ضربات|عمليه|حمله|مداهمه|انزال)\s+(?:قد\s+)?(?:وقع|وقعت|جري|جرت|حصل|حصلت|نفذ|نفذت)(?!\w)"
    r"|(?<!\w)(?:وقع|وقعت|جري|جرت)\s+(?:ال)?(?:هجوم|حادثه|حادث|انفجار|كمين|اشتباك|اشتباكات)(?!\w)"
    r"|(?<!\w)(?:نفذ|نفذت|نفذوا)"  # "نفذت، الثلاثاء، عملية", "نفذت ليل الخميس - الجمعة، بمشاركة قسد، عملية"
    r"(?:\s+(?:ليل|فجر|صباح|مساء|ظهر|يوم|امس|اليوم)(?!\w)[^،,.\n]{0,25}?)?"
    r"(?:\s*[،,]\s*[^،,.\n]{1,40}[،,]\s*|\s+)(?:ال)?(?:عمليه|حمله|مداهمه|مداهمات|هجوم|انزال)(?!\w)"
    r"|(?<!\w)(?:ال)?(?:عبوه|لغم|سياره|دراجه)\s+(?:\S+\s+)?(?:قد\s+)?(?:انفجرت|انفجر)(?!\w)"
)
# "أن الإرهابيين رُصدوا ليل الأربعاء قرب رأس العين وجرى تحييدهم": the same people's fate told
# again, with its own day and place anywhere in that sentence
_FATE_RETOLD = re.compile(
    r"(?<!\w)[وف]?(?:جري|تم)\s+(?:تحييد|قتل|اعتقال|اسر|اختطاف|توقيف)(?:هم|هما)(?!\w)"
    r"|(?<!\w)[وب]?(?:مقتلهم|مقتلهما|تحييدهم|اعتقالهم)(?!\w)"
)


# "أسفرت عملية أمنية عن مقتل 3" then "أن العملية انطلقت فجر الثلاثاء": when that operation began
_AN_OPERATION = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:عمليه|حمله)(?!\w)")
_OPERATION_BEGAN = re.compile(r"(?<!\w)ال(?:عمليه|حمله)\s+(?:قد\s+)?(?:انطلقت|بدات)(?!\w)")


def _told_next_from(norm: str, nxt: Sentence, told: Sentence) -> int | None:
    """Where the next sentence starts telling the incident's day and place: after "وقع الهجوم",
    or "انطلقت العملية" after a sentence ``told`` of an operation, anywhere when it tells the
    same people's fate again, or None when it does neither."""
    occurred = _OCCURRED.search(norm, nxt.start, nxt.end)
    if occurred is None and _AN_OPERATION.search(norm, told.start, told.end):
        occurred = _OPERATION_BEGAN.search(norm, nxt.start, nxt.end)
    if occurred:
        return occurred.start()
    return nxt.start if _FATE_RETOLD.search(norm, nxt.start, nxt.end) else None


_SAME_PLACE = re.compile(
    r"(?<!\w)(?:[بفل]?(?:ال)?(?:منطقه|باديه)\s+(?:ذاتها|نفسها)|[بف]?(?:ذات|نفس)\s+(?:ال)?منطقه|"
    r"[بف]?المكان\s+(?:ذاته|نفسه)|[بف]?(?:ذات|نفس)\s+المكان)(?!\w)"
)
# "أسفرت الغارات خلال المدة ذاتها عن مقتل 21": the period, and the place, of the total before
_SAME_PERIOD = re.compile(
    r"(?<!\w)(?:[وف]?(?:خلال|في)\s+)?(?:(?:ال)?(?:مده|فتره)\s+(?:ذاتها|نفسها)|(?:ذات|نفس)\s+(?:ال)?(?:مده|فتره))(?!\w)"
)
_NEXT_DAY = re.compile(
    r"(?<!\w)[وف]?(?:في\s+)?(?:اليوم\s+التالي|صباح\s+اليوم\s+التالي|اليوم\s+الذي\s+تلاه|اليوم\s+الثاني)(?!\w)"
)
_ANOTHER_ACCOUNT = re.compile(r"\s*(?:اما|واما)\s|\s*[وف]?(?:في|ب)\s*المقابل[،,]?\s")
_DAYS_WORDS = {"يوم": 1, "يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5}
_DAYS_LATER = re.compile(
    r"(?<!\w)[وف]?بعد\s+(?:(?P<n>يومين|يوم)|(?P<m>ثلاثه|اربعه|خمسه)\s+ايام)(?!\w)(?!\s+من)"
)
_NEW_CLAUSE = re.compile(r"(?<!\w)(?:كما|فيما|بينما|في حين|(?:بال)?اضافه\s+الي)(?!\w)")
_CLAUSE_BREAK = re.compile(rf"[،,؛]|{_NEW_CLAUSE.pattern}")
# "دير الزور 24 |", "حمص – ", "دمشق 8 فبراير 2022 (شينخوا)"
_DATELINE_AFTER = re.compile(
    r"\s*(?:24\s*)?(?:[-–—(|]|\s*[-–—]\s*\w+)|\s*\d{1,2}\s+\S+\s+\d{4}\s*[(\-–—|]"
)
# "شبكة دير الزور 24", "موقع درعا 24": an outlet named after a place
_OUTLET_NAME = re.compile(r"\s*24(?!\w)")
_OUTLET_QUOTED = re.compile(r"\s*24\s*[\"»”|:،,.)]")  # 'وثقت "دير الزور 24" خلال'
_BYLINE = re.compile(r"[^\n.،,]{1,25}\s[-–—]\s*[^\n.،,]{2,20}?\s*(?:\(\s*خاص\s*\))?\s*")
_BROADCASTER_BEFORE = re.compile(r"(?<!\w)[ول]?(?:تلفزيون|قناه|اذاعه|راديو)\s+$")
_OUTLET_BEFORE = re.compile(r"(?<!\w)(?:شبكه|موقع|منصه|صفحه|مراسل)\s+$")


def _is_dateline(norm: str, mention: PlaceMention) -> bool:
    """Where the report was filed or who filed it, not where it happened: a place opening a
    paragraph before a dash, bar or parenthesis ("دير الزور 24 |"), an outlet named after a place
    ("شبكة درعا 24", 'وثقت "دير الزور 24"', "تلفزيون سوريا"), or a byline ("جسر – دير الزور (خاص)")."""
    line_start = norm.rfind("\n", 0, mention.start) + 1
    if line_start == mention.start and _DATELINE_AFTER.match(norm, mention.end):
        return True
    if _OUTLET_QUOTED.match(norm, mention.end):
        return True
    before = norm[max(0, mention.start - 12) : mention.start]
    if _OUTLET_NAME.match(norm, mention.end) and _OUTLET_BEFORE.search(before):
        return True
    if _BROADCASTER_BEFORE.search(before):
        return True  # "مراسل تلفزيون سوريا": a broadcaster named after a place
    # a byline "جسر – دير الزور (خاص)", "عنب بلدي – حمص": where the report was filed
    line_end = norm.find("\n", mention.end)
    line_end = len(norm) if line_end < 0 else line_end
    return line_end - line_start <= 45 and bool(_BYLINE.fullmatch(norm, line_start, line_end))


# "إلى قاعدة الشدادي في ريف الحسكة": what locates a place that is no incident place
_QUALIFIER_GAP = re.compile(r"\s*[،,]?\s*(?:(?:في|ب)\s*)?(?:(?:ريف|مدينه|محافظه|منطقه)\s+)?")


_KURDISH_TOWN_NAMES = frozenset({"كوباني", "عفرين", "قامشلو", "ديرك", "ديريك"})
_PLACE_LEADS = frozenset(
    {
        "في", "من", "الي", "علي", "قرب", "بقرب", "محيط", "حول", "نحو", "باتجاه", "و",
        "مدينه", "بمدينه", "ومدينه", "بلده", "منطقه", "بمنطقه", "ريف", "بريف", "وريف",
        "مقاطعه", "بمقاطعه", "اقليم", "داخل", "خارج", "ضواحي",
        "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي",
    }
)  # fmt: skip


def _is_nom_de_guerre(norm: str, mention: PlaceMention) -> bool:
    """ "استشهد الرفيق شيار كوباني", "وتابع كوباني": a Kurdish town's name as a surname, after a
    given name or a verb rather than a preposition or a place noun."""
    if mention.text not in _KURDISH_TOWN_NAMES:
        return False
    before = norm[max(0, mention.start - 30) : mention.start]
    words = before.split()
    if not words or before[-1:] != " " or re.search(r"[^\w\s]\s*$", before):
        return False
    return words[-1] not in _PLACE_LEADS


_POSITIONS_EXTENT = re.compile(
    r"(?<!\w)(?:مواقع|مناطق|نقاط|انتشار)\S*\s+(?:ال)?ممتد(?:ه|ين)?\s+(?:من|بين)\s[^.،,؛\n]*"
)
_EXTENT = re.compile(r"\s+(?:ال)?ممتد(?:ه|ين)?\s+(?:من|بين|علي)\s[^.،,؛\n]*")


def _incident_places(
    norm: str, found: list[PlaceMention], named: list[tuple[int, int]]
) -> list[PlaceMention]:
    """The place mentions that may be where an incident happened: without datelines, places
    told as elsewhere (hospitals, origins, journeys), places inside a party's name ("قوات سوريا
    الديمقراطية") and what locates a place so dropped."""
    places: list[PlaceMention] = []
    dropped_end = -1
    # "البادية السورية الممتدة من ريف حماة ... إلى باديتي حمص ودير الزور": a named region's
    # edges; but "البادية الممتدة بين محافظتي دير الزور والرقة" says which Badia
    extents = [
        (p.end, m.end()) for p in found if p.text != "الباديه" and (m := _EXTENT.match(norm, p.end))
    ]
    # "مواقعهما الممتدة من بادية السخنة وحتى بادية معدان": where positions stretch, no incident
    extents += [(m.start(), m.end()) for m in _POSITIONS_EXTENT.finditer(norm)]
    for p in found:
        if (
            any(a <= p.start < b for a, b in extents)
            or _is_dateline(norm, p)
            or _is_elsewhere(norm, p)
            or _is_nom_de_guerre(norm, p)
            or any(a <= p.start < b for a, b in named)
            or (dropped_end >= 0 and _QUALIFIER_GAP.fullmatch(norm, dropped_end, p.start))
        ):
            dropped_end = p.end
        elif (
            places
            and places[-1].place.kind == "governorate"
            and _GLOSS.fullmatch(norm, places[-1].end, p.start)
            and p.place.governorate == places[-1].place.governorate
        ):
            continue  # '"ولاية البركة" (الحسكة)': the province glossed, no town
        else:
            places.append(p)
    return places


_FRAME_COMMA = re.compile(r"\s*[،,]")
_FRAME_START = re.compile(r"(?:^|\n|[.:]\s*)\s*[وف]?(?:في|ب)\s+(?:محافظه\s+)?$")
_FRONTED = re.compile(r"\s*[وف]?(?:في|ب)\s*[\"“«]?\s*")
_GLOSS = re.compile(r"[\"”»]?\s*\(\s*")


# "في ريف المحافظة", "في أرجاء المحافظة": the governorate of the place named before
_THE_GOVERNORATE = re.compile(
    r"(?<!\w)(?:[وفب]?ريف|[وفب]?ارياف|[وفب]?ارجاء|[وفب]?انحاء|[وفب]?عموم|[وف]?(?:في|ب))\s+(?P<gov>المحافظه)(?!\w)"
)


# "توزعت الحصيلة على المحافظات ...: 29 في محافظة إدلب، و24 في درعا": a count per governorate
_ITS_OWN_PLACE = re.compile(r"\s+(?:في|ب)\s+(?:محافظه\s+)?")
_PER_GOVERNORATE = re.compile(r"(?<!\w)(?:ال)?محافظات(?!\w)[^.\n]*\d+\s+في\s+$")


def _the_governorate(
    norm: str, places: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """The places of a text with "المحافظة" resolved to the governorate named or implied before,
    and a governorate's seat in a count per governorate read as the governorate."""
    places = [
        PlaceMention(p.start, p.end, gov, p.text)
        if (gov := gazetteer.namesake_governorate(p.place)) is not None
        and _PER_GOVERNORATE.search(norm, max(0, p.start - 300), p.start)
        else p
        for p in places
    ]
    places = [
        PlaceMention(p.start, p.end, gov, p.text)
        if _locates_unnamed(norm, p, places) and (gov := gazetteer.governorate_of(p.place))
        else p
        for p in places
    ]  # "في بلدة الكسرة غربي دير الزور": somewhere in the governorate of the town that locates it
    places = [
        PlaceMention(p.start, p.end, gov, p.text)
        if p.place.place_id in GOVERNORATE_SEATS
        and _FRAME_START.search(norm, max(0, p.start - 12), p.start)
        and _FRAME_COMMA.match(norm, p.end)
        and (gov := gazetteer.namesake_governorate(p.place)) is not None
        else p
        for p in places
    ]  # "وفي دير الزور، ...": a frame naming a governorate by its seat names the governorate
    added = []
    for m in _THE_GOVERNORATE.finditer(norm):
        before = [p for p in places if p.end <= m.start() and p.place.kind != "country"]
        gov = gazetteer.governorate_of(before[-1].place) if before else None
        if gov is not None:
            added.append(PlaceMention(m.start("gov"), m.end("gov"), gov, m.group("gov")))
    return sorted(places + added, key=lambda p: p.start) if added else places


_THE_CITY = re.compile(r"(?<!\w)(?:مدينه|لمدينه|بمدينه|مدينتي)\s*$")


def _section_heading(norm: str, pos: int) -> tuple[int, int] | None:
    """The heading line of the report section ``pos`` lies in ("محافظة دير الزور"), if any:
    a short line without punctuation, not the headline."""
    end = norm.rfind("\n", 0, pos)
    while end > 0:
        start = norm.rfind("\n", 0, end) + 1
        line = norm[start:end].strip()
        if start > 0 and line and len(line.split()) <= 5 and not re.search(r"[.،,:؟!]", line):
            return start, end
        end = start - 1
    return None


def _place_for(
    analysis: Analysis, fig: Figure, places: list[PlaceMention]
) -> tuple[PlaceMention | None, str]:
    """The place of a figure and where it came from: nearest in its sentence ("sentence"), else
    the most precise in the two sentences before ("context"), else the headline ("title")."""
    sents = analysis.sentences
    norm = analysis.text.norm
    s = sents[fig.sentence]

    def within(a: int, b: int) -> list[PlaceMention]:
        return [p for p in places if a <= p.start < b]

    def penalty(p: PlaceMention) -> int:
        extra = {"country": 1000, "governorate": 80}.get(p.place.kind, 0)
        if p.text.startswith(("ولايه", "وولايه", "بولايه", "لولايه")):
            extra = 0  # '"ولاية الخير" ... بـ11 هجوماً': ISIS's province is where its claims are
        extra += 80 if p.place.place_id in GENERIC_AREAS else 0
        located = (
            _is_reference(norm, p, places)
            and not (p.place.kind == "governorate" and _near_unnamed_locality(norm, p, places))
        ) or _locates_before(norm, p, places)
        return extra + (150 if located else 0)

    def finest(found: Iterable[PlaceMention]) -> PlaceMention:
        return min(found, key=lambda p: (penalty(p), PRECISION_RANK[p.place.kind]))

    story = _story_told_before(analysis, fig)
    if story is not None:  # "شيّعت في جبلة الملازم ...، الذي قُتل في الكمين": the ambush's place
        return _place_for(analysis, story, places)
    here = within(s.start, s.end)
    # "أفاد بأن العملية أسفرت عن مقتل 4": where that operation was told
    placed_here = any(
        p.place.kind != "country"
        and p.place.place_id not in GENERIC_AREAS
        and not _far_reference(norm, p)
        for p in here
    )  # not "على بعد نحو 80 كيلومتراً شمال شرق تدمر" nor "عمق البادية": no place of its own
    # "في الكمين ذاته", "ارتفاع حصيلة القتلى إلى 12": where the incident named again was told
    for told_before in () if placed_here else (_same_event_told, _toll_updated):
        first = told_before(analysis, fig)
        if first is not None:
            return _place_for(analysis, first, places)
    for k in [] if placed_here else _event_told_before(analysis, fig):
        first = _incident_told_in(analysis, k)
        if first is not None:
            return _place_for(analysis, first, places)
        found = [p for p in within(sents[k].start, sents[k].end) if p.place.kind != "country"]
        event = _EVENT_NOUN.search(norm, sents[k].start, sents[k].end)
        if found and event:  # "لم يكن الكمين ... على طريق دير الزور – تدمر ... رسالة إلى دمشق"
            return min(found, key=lambda p: penalty(p) + _distance_after(event, p)), "context"
        if found:
            return finest(found), "context"
    same = _SAME_PLACE.search(norm, s.start, s.end)
    if same and here and all(p.place.kind == "country" for p in here):  # "المنطقة ذاتها"
        earlier = [p for p in within(0, s.start) if p.place.kind != "country"]
        if earlier:
            return earlier[-1], "context"
    if same:  # "فيما عُثر على جثة راعٍ في البادية ذاتها": the Badia named before
        earlier = [p for p in within(0, same.start()) if p.place.kind != "country"]
        here = [
            PlaceMention(p.start, p.end, earlier[-1].place, p.text)
            if earlier and same.start() <= p.start < same.end()
            else p
            for p in here
        ]
    if not [p for p in here if p.place.kind != "country"] and _SAME_PERIOD.search(
        norm, s.start, s.end
    ):
        totals = [
            f.sentence
            for f in analysis.figures
            if f.aggregate and f.aggregate_reason != "continuation" and f.sentence < fig.sentence
        ]
        if totals:
            told = sents[totals[-1]]
            found = [p for p in within(told.start, told.end) if p.place.kind != "country"]
            if found:
                return finest(found), "context"
    if all(p.place.kind in ("country", "governorate") for p in here) and fig.sentence + 1 < len(
        sents
    ):
        # "أعلنت سنتكوم أن غارات في شرق سوريا أسفرت عن مقتل 3 ... وقالت إن الغارات نُفذت في ريف
        # دير الزور الشرقي": where it happened is told next; after "في ريف دير الزور الشرقي",
        # "نفذوا فجر اليوم عملية في بلدة الشحيل" tells the town
        nxt = sents[fig.sentence + 1]
        start = _told_next_from(norm, nxt, s)
        told = (
            [p for p in within(start, nxt.end) if p.place.kind != "country"]
            if start is not None
            else []
        )
        governorates = [p.place.governorate for p in here if p.place.kind == "governorate"]
        if len(governorates) > 1:
            told = []  # "في ريف دمشق وريف حمص الشرقي ... في عمليتين": two places told
        elif governorates:
            told = [
                p
                for p in told
                if p.place.kind != "governorate" and p.place.governorate in governorates
            ]
        if told:
            return finest(told), "context"
    if (
        here
        and all(p.place.kind == "country" for p in here)
        and _NATIONALITY.search(norm, s.start, s.end)
    ):
        here = []  # "من جنسيات سورية وعراقية": who they are, not where
    vague = (
        not fig.aggregate
        and fig.qualifier != "vague"  # "قتلوا مئات الدواعش في معارك البادية": a claim over battles
        and here
        # "في عمق البادية، على بعد نحو 40 كم شمال شرق مدينة السخنة": the town is only a reference
        and all(p.place.place_id in GENERIC_AREAS or _far_reference(norm, p) for p in here)
        and not all(_far_reference(norm, p) for p in here)
    )
    own_time = any(
        not _UNTIL_WHEN.search(norm, max(s.start, m.start() - 30), m.start())
        for r in (ABSOLUTE, MONTH_ONLY, WEEKDAY)
        for m in r.finditer(norm, s.start, s.end)
    )  # not "انقطع الاتصال بستة منهم حتى ساعة متأخرة من ليل الاثنين": how long, not when
    # "وكان المراسل قد أفاد، صباح الاثنين، بمقتل أربعة ... عند أطراف البادية": the first
    # report of the story, told again
    retold = _HAD_TOLD.match(norm, s.start) is not None
    if vague and (retold or (not own_time and not NEW_INCIDENT.match(norm, s.start))):
        # "أحد حواجز الفرقة 74 العاملة في البادية تعرّض لهجوم": the story's place told before
        for back in (1, 2, 3):  # while the story goes on
            if fig.sentence - back < 0 or (
                back > 1 and NEW_INCIDENT.match(norm, sents[fig.sentence - back + 1].start)
            ):
                break
            prev = sents[fig.sentence - back]
            found = [
                p
                for p in within(prev.start, prev.end)
                if p.place.kind != "country" and p.place.place_id not in GENERIC_AREAS
            ]
            if found:
                return finest(reversed(found)), "context"
    if here and all(_far_reference(norm, p) for p in here):
        here = []  # "على بعد نحو 50 كيلومتراً من مدينة دير الزور": only how far it was from there
    if here:
        comes_after = _COMES_AFTER.match(norm, s.start, s.end)

        def cost(p: PlaceMention) -> tuple[int, int]:
            gap = p.start - fig.n_end if p.start >= fig.n_end else max(0, fig.n_start - p.end)
            if p.place.kind == "governorate" and _ITS_OWN_PLACE.fullmatch(norm, fig.n_end, p.start):
                gap -= penalty(p)  # "29 في محافظة إدلب، و24 في درعا": each count's own governorate
            a, b = (fig.n_end, p.start) if p.start >= fig.n_end else (p.end, fig.n_start)
            other_clause = 60 if _CLAUSE_BREAK.search(norm, a, b) else 0
            if p.end <= fig.n_start and _NEW_CLAUSE.search(norm, p.end, fig.n_start):
                other_clause += 40  # "قُتل فيه عنصران، بينما قُتل عنصران آخران ... قرب هجين"
            if (
                p.end <= fig.n_start
                and p.place.place_id not in GENERIC_AREAS
                and _FRONTED.fullmatch(norm, s.start, p.start)
            ):
                other_clause = 0  # 'وفي "ولاية البركة" (الحسكة)، ادعى ... قُتل فيها خمسة': its frame
                if p.place.kind == "governorate" and _FRAME_COMMA.match(norm, p.end):
                    other_clause = 80  # "وفي دير الزور، أصيب مدنيان ... في سوق مدينة الميادين":
                    # the governorate framed, the town told after
            if p.start >= fig.n_end and any(  # "أصيب 31، كما لقي 9 مدنيين حتفهم في باديتي حمص"
                fig.n_end <= o.n_start < p.start
                and o.parent is None
                and _NEW_CLAUSE.search(norm, fig.n_end, o.n_start)
                for o in analysis.figures
            ):
                other_clause += 100
            if comes_after and p.start < comes_after.end() <= fig.n_start:
                other_clause += 200
            opens = _TALLY_OPENS.search(norm, p.end, fig.n_start) if fig.aggregate else None
            if opens and _CLAUSE_BREAK.search(norm, p.end, opens.start()):
                other_clause += 100  # "في بادية تدمر، مشيراً إلى أنه وثق منذ مطلع العام مقتل 147"
            return gap + penalty(p) + other_clause, PRECISION_RANK[p.place.kind]

        best = min(here, key=cost)
        if best.place.kind == "town" and _near_unnamed_locality(norm, best, places, _UNNAMED_BADIA):
            # "في بادية المسرب غربي دير الزور": the Badia around the town, not the town
            best = PlaceMention(best.start, best.end, load_gazetteer().badia(best.place), best.text)
        elif best.place.kind == "town" and _near_unnamed_locality(norm, best, places):
            # "في بلدة الكرامة شرقي الرقة": somewhere in the governorate, not in the town itself
            gov = load_gazetteer().governorate_of(best.place)
            if gov is not None:
                best = PlaceMention(best.start, best.end, gov, best.text)
        return best, "sentence"
    lasted = LASTED_DAYS.search(norm, 0, s.start) if fig.aggregate else None
    if lasted and DURING_THE_OPERATION.search(norm, s.start, s.end):
        # "ترتفع حصيلة الشهداء خلال العملية إلى سبعة": where the operation of several days was
        told = next(t for t in sents if t.start <= lasted.start() < t.end)
        found = [p for p in within(told.start, told.end) if p.place.kind != "country"]
        if found:
            return finest(found), "context"
    report = analysis.report_headline if fig.aggregate else None
    heading = _section_heading(norm, s.start) if report else None
    headed = [p for p in within(*heading) if p.place.kind != "country"] if heading else []
    if headed:  # "محافظة دير الزور" over a report's section: its totals are the section's
        return finest(headed), "context"
    reported = [p for p in within(*report) if p.place.kind != "country"] if report else []
    if reported:  # a report's totals without a place of their own: the area it covers
        return finest(reported), "title"
    if fig.aggregate and fig.aggregate_reason != "continuation":
        # "وبذلك، وثقت الشبكة خلال الأسبوع مقتل 5": a tally covers the area the report is about,
        # not the town of the incident told last
        areas = [p for p in within(0, s.start) if p.place.kind in ("governorate", "badia_area")]
        recent = [p for p in areas if p.start >= sents[max(0, fig.sentence - 2)].start]
        named = [p for p in areas if p.place.place_id not in GENERIC_AREAS]
        if recent or named:  # the Badia in general only when told just before
            return (recent or named)[-1], "context"
    if AT_THE_SITE.search(norm, s.start, s.end):  # "أصيب راعٍ قرب موقع الكمين"
        story = [f for f in analysis.figures if f.sentence < fig.sentence and not f.aggregate]
        if story:
            return _place_for(analysis, story[-1], places)
    for back in (1, 2):
        if fig.sentence - back < 0:
            break
        prev = sents[fig.sentence - back]
        found = [  # "مزرعة تبعد 6 كيلومترات عن الطريق الدولي": a reference point is no context
            p
            for p in within(prev.start, prev.end)
            if p.place.kind != "country" and not _far_reference(norm, p)
        ]
        if found:
            return finest(reversed(found)), "context"
    # the headline is the first line, though ".." may break it into sentences ("بين 9 و14
    # قتيلاً.. داعش يهاجم حاجزاً قرب السخنة")
    line_end = norm.find("\n", sents[0].start) if sents else -1
    title_end = max(sents[0].end, line_end) if sents else 0
    title = (
        [p for p in within(sents[0].start, title_end) if p.place.kind != "country"] if sents else []
    )
    if title:
        return title[0], "title"
    return None, "none"


# a period that opens a tally: the places before it are the incidents told before
_TALLY_OPENS = re.compile(
    r"(?<!\w)(?:منذ\s+(?:مطلع|بدايه|بدء|اول|(?:19|20)\d\d)"
    r"|(?:خلال|طوال)\s+(?:الشهر|العام|الاسبوع|الاشهر|الاسابيع|الفتره|السنوات|الاعوام))(?!\w)"
)
# "وكانت وزارة الدفاع قد أعلنت في بيان أمس استشهاد 11": the first telling of the same incident
_HAD_TOLD = re.compile(
    r"\s*وكان(?:ت)?\s+(?:\S+\s+){0,3}?قد\s+(?:اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|نشر|نشرت|اكد|اكدت)(?!\w)"
)
# "وكانت المجموعة الإرهابية قد استهدفت الحافلة": the incident told before, told again
_HAD_DONE_THE = re.compile(
    r"\s*وكان(?:ت)?\s+(?:\S+\s+){0,3}?قد\s+\S+\s+ال(?P<object>[\u0621-\u064a]{3,})"
)


def _retold(norm: str, sent: Sentence, before: Sentence) -> bool:
    """Whether a "وكان ... قد" sentence tells again what the sentence before it told."""
    m = _HAD_DONE_THE.match(norm, sent.start, sent.end)
    if not m:
        return False
    again = re.compile(rf"(?<!\w)(?:ال|لل)?{m.group('object')}(?!\w)")
    return again.search(norm, before.start, before.end) is not None


_NATIONALITY = re.compile(r"(?<!\w)(?:جنسيات|الجنسيه|جنسيه|الجنسيتين)\s+(?:ال)?سوري")
_BIRTH = re.compile(r"(?<!\w)(?:مواليد|مولود|ولد)\s+(?:عام\s+)?$")
# "وتحرير راعيين كانت الخلية قد اختطفتهما قبل أيام": a pluperfect clause tells an earlier event
_PLUPERFECT = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا)\s+(?:\S+\s+){0,3}?قد\s")
_WHILE_OTHER = re.compile(r"(?<!\w)(?:فيما|بينما|في\s+حين)(?!\w)")
_CLAUSE_ENDS = re.compile(r"\s*[،,]\s*و(?!\s)")
_UNTIL_WHEN = re.compile(r"(?<!\w)حتي\s+(?:\S+\s+){0,4}?(?:من\s+)?$")
_UNTIL = re.compile(r"(?<!\w)حتي\s+(?:(?:صباح|مساء|ظهر|ليل|فجر|ساعه)\s+)?$")
_DIED_LATER = re.compile(
    r"(?<!\w)[وف]?(?:وفاه|توفي|توفيت|توفوا|توفيا|[يت]?فارق|فارقوا|فارقا|فارقت|متاثر\S*)(?!\w)"
)


_OF_THE_WOUNDED_DIED = re.compile(
    r"(?<!\w)(?:من\s+(?:ال)?(?:مصابين|جرحي)|(?:ال)?(?:جريح|مصاب)\s+(?:ال)?(?:ثالث|رابع|اخر))(?!\w)"
)


_DATELINE_AGENCY = re.compile(r"\s*\([^()\n]{2,20}\)")
_LINE_OPENS = re.compile(r"(?:^|\n)\s*[^\s\d.،,()]+(?:\s+[^\s\d.،,()]+)?\s+$")


def _incident_dates(norm: str, s: Sentence, usable: list[DateMention]) -> list[DateMention]:
    """Dates of a sentence, without the day the news was told on when another date is there
    ("أعلنت، اليوم الأربعاء، مقتل ... يوم الثلاثاء", "... ليل السبت الأحد، وفق ما أفاد المرصد الاثنين")."""
    here = [
        d
        for d in usable
        if s.start <= d.start < s.end
        and not _BIRTH.search(norm, max(0, d.start - 20), d.start)
        and not (_DATELINE_AGENCY.match(norm, d.end) and _LINE_OPENS.search(norm, 0, d.start))
        and not (
            d.precision == "year"
            and RELATIVE_OPENS.search(norm, max(s.start, d.start - 80), d.start)
        )
    ]  # "من مواليد عام 1984": a birth year; "دمشق 7 يونيو 2022 (شينخوا)": the dateline's day;
    # "أحد المقاتلين الذين حملوا السلاح خلال احتجاجات عام 2019": what the person once did
    told = _told_dates(norm, s, here)
    if len(here) > len(told):
        here = [d for d in here if d not in told]
    # "... إلى 9 قتلى، بعد وفاة اثنين من الجرحى صباح اليوم": the attack's day, not the deaths'
    died = [d for d in here if _DIED_LATER.search(norm, max(s.start, d.start - 60), d.start)]
    if len(here) > len(died) or (died and _OF_THE_WOUNDED_DIED.search(norm, s.start, s.end)):
        # "وأضاف أن اثنين من المصابين فارقا الحياة مساء الاثنين": the wounded of the attack
        # told before, dated by it
        here = [d for d in here if d not in died]
    # "نعت صفحات موالية ستة منهم حتى صباح اليوم": how far the count was told, not when it happened
    return [d for d in here if not _UNTIL.search(norm, max(s.start, d.start - 15), d.start)]


_WEEKDAY = r"(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)"
_SAME_DAY_GAP = re.compile(rf"\s*[،,]?\s*(?:(?:يوم\s+)?{_WEEKDAY}\s*[،,]?\s*)?")
_SAID_AFTER = re.compile(
    rf"\s*(?:{_WEEKDAY}\s*)?[،,]\s*(?:قال|قالت|افاد|افادت|اعلن|اعلنت|ذكر|ذكرت)(?!\w)"
)


def _told_dates(norm: str, s: Sentence, here: list[DateMention]) -> list[DateMention]:
    """The dates of a sentence that date its telling ("أعلنت، أمس الثلاثاء، أن ...")."""
    told: list[DateMention] = []
    for d in sorted(here, key=lambda d: d.start):
        # "اليوم الأربعاء", "اليوم، الثلاثاء 23 من أيلول"
        after_told = bool(told) and bool(_SAME_DAY_GAP.fullmatch(norm, told[-1].end, d.start))
        if (
            after_told
            or _REPORTED.search(norm, max(s.start, d.start - _REPORTED_REACH), d.start)
            # "صباح اليوم السبت، قال المرصد إن" (but "وفي 6 تشرين الثاني، أفادت التقارير
            # بمقتل": a day of the month heads a chronicle's incident)
            or (_SAID_AFTER.match(norm, d.end) and not re.search(r"\d", norm[d.start : d.end]))
        ):
            told.append(d)
    return told


def _told_incident_date(
    analysis: Analysis, index: int, usable: list[DateMention], told_on: date
) -> DateMention | None:
    """The incident's day in the sentences after a figure dated only by the day it was told
    ("أفادت، الأحد، بمقتل 14 ... وقال مصدر إن مسلحين نصبوا كميناً مساء السبت"): while the story
    goes on (no figure of their own, no new incident), a day of the event told up to two days
    before."""
    norm = analysis.text.norm
    sents = analysis.sentences
    with_figures = {f.sentence for f in analysis.figures}
    for nxt in range(index + 1, min(index + 3, len(sents))):
        s = sents[nxt]
        if nxt in with_figures or NEW_INCIDENT.match(norm, s.start):
            return None
        if not event_keywords(norm, s.start, s.end):
            continue
        days = [
            d
            for d in _incident_dates(norm, s, usable)
            if d.precision == "day" and d.date and 0 <= (told_on - d.date).days <= 2
        ]
        told = [
            d
            for d in days
            if _REPORTED.search(norm, max(s.start, d.start - _REPORTED_REACH), d.start)
        ]
        days = [d for d in days if d not in told]
        if days:
            return days[0]
    return None


_DAYS_BEFORE_STORY = re.compile(
    r"(?:ياتي|تاتي)\s+(?:\S+\s+){0,3}?بعد\s+(?:نحو\s+)?"
    r"(?P<n>يوم|يومين|اسبوع|اسبوعين|(?:\d+|\S+)\s+ايام)\s+(?:من|علي)(?!\w)"
)


def _days(span: str) -> int:
    """Days in "يومين", "أسبوع", "ثلاثة أيام"."""
    fixed = {"يوم": 1, "يومين": 2, "اسبوع": 7, "اسبوعين": 14}
    return fixed.get(span) or parse_number(span.split()[0]) or 0


# "منذ 10 آب الماضي، حين قُتل 23 عنصراً": the day the comparison names, and what happened on it
_WHEN_THEN = re.compile(
    r"(?:\s+(?:الماضي|الفائت|المنصرم))?\s*[،,]?\s*(?:حين|عندما|يوم)\s+(?:\S+\s+){0,3}?"
)


_IN_THE_INCIDENT = re.compile(
    r"\s*(?:\S+\s+){0,6}?[،,]?\s*(?:(?:الذي|التي)\s+\S+\s+(?:في|خلال|جراء|ب)\s*"
    # "قُتلوا في الاشتباكات التي أعقبت الهجوم": the fight after the incident told before
    r"|(?:في|خلال)\s+ال(?:اشتباكات|اشتباك|مواجهات|معارك)\s+(?:التي|الذي)\s+(?:اعقبت|تلت|اعقب|تلا)\s+)"
    r"ال(?:كمين|هجوم|انفجار|اشتباك|اشتباكات|تفجير|استهداف|غاره|حادثه|عمليه)(?!\w)"
)


def _story_told_before(analysis: Analysis, fig: Figure) -> Figure | None:
    """The incident a person's fate refers back to ("الذي قُتل في الكمين"): the last incident
    figure told before, if any."""
    if not _IN_THE_INCIDENT.match(analysis.text.norm, fig.n_end):
        return None
    story = [f for f in analysis.figures if f.sentence < fig.sentence and not f.aggregate]
    return story[-1] if story else None


_THE_EVENT = re.compile(
    r"(?<!\w)(?:عمليه\s+)?(?:ال|لل)(?P<noun>انزال|كمين|تفجير|هجوم|انفجار)(?!\w)"
    r"|(?<!\w)(?:ان|بان)\s+[\"“«]?ال(?P<op>عمليه)(?!\w)"  # "أفاد بأن العملية ... أسفرت عن مقتل 4"
)


_EVENT_NOUN = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)(?:انزال|كمين|تفجير|هجوم|انفجار|عمليه)(?!\w)")


def _distance_after(event: re.Match[str], p: PlaceMention) -> int:
    """How far a place is from an event's noun, places after it (its complement) first."""
    return p.start - event.end() if p.start >= event.end() else 100 + event.start() - p.end


def _in_headline(analysis: Analysis, k: int) -> bool:
    """Whether sentence ``k`` lies in the first line (a headline ".." may split in two)."""
    return analysis.sentences[k].start < analysis.text.norm.find("\n")


_EVENT_VERBS = {"هجوم": "هاجم", "استهداف": "استهدف"}


def _subheading(norm: str, sent: Sentence) -> bool:
    """A short line of its own without punctuation ("هجوم لمرتزقة داعش في دير الزور")."""
    line = norm[sent.start : sent.end]
    return (
        (sent.start == 0 or norm[sent.start - 1] == "\n")
        and (sent.end >= len(norm) or norm[sent.end] == "\n")
        and len(line.split()) <= 8
        and not re.search(r"[.،,:؟!]", line)
    )


def _event_told_before(analysis: Analysis, fig: Figure) -> list[int]:
    """The sentences that told the incident a figure's sentence names again by its kind
    ("عملية الإنزال", "أفاد بأن العملية أسفرت عن"), nearest first; none when the sentence just
    before tells it."""
    norm = analysis.text.norm
    s = analysis.sentences[fig.sentence]
    m = _THE_EVENT.search(norm, s.start, fig.n_start)
    if m is None or fig.sentence < 2:
        return []
    noun = m.group("noun") or m.group("op")
    verb = _EVENT_VERBS.get(noun)  # "هاجمت خلية ... نقطة" tells "الهجوم" too
    same = re.compile(
        rf"(?<!\w)(?:و?[بل]?(?:ال)?|لل){noun}(?!\w)" + (rf"|(?<!\w)[وف]?{verb}\S*" if verb else "")
    )
    told = [
        k
        for k in range(fig.sentence - 1, -1, -1)
        if not _in_headline(analysis, k)  # the headline only sums the story up
        and not _subheading(norm, analysis.sentences[k])  # nor does a section's heading
        and same.search(norm, analysis.sentences[k].start, analysis.sentences[k].end)
    ]
    return [] if told and told[0] == fig.sentence - 1 else told


_SAME_EVENT = re.compile(
    r"(?<!\w)[وفب]?ال(?:حادثه|حادث|هجوم|كمين|تفجير|انفجار|مجزره|جريمه|عمليه)\s+"
    r"(?:ذاتها|ذاته|نفسها|نفسه|عينها|عينه)(?!\w)"
    r"|(?<!\w)(?:ان\s+)?ال(?:قتلي|ضحايا)\s+هم(?!\w)"  # "وأوضحت المصادر أن القتلى هم ستة"
)


def _same_event_told(analysis: Analysis, fig: Figure) -> Figure | None:
    """ "نفى مصدر ما تداولته صفحات عن مقتل 8 من عناصرها في الكمين ذاته": the last incident told
    before with the same outcome."""
    norm = analysis.text.norm
    s = analysis.sentences[fig.sentence]
    if not _SAME_EVENT.search(norm, s.start, s.end):
        return None
    told = _same_outcome_told_before(analysis, fig)
    return told[-1] if told else None


def _same_outcome_told_before(analysis: Analysis, fig: Figure) -> list[Figure]:
    """The incident figures of the body before a figure's sentence with the same status."""
    return [
        f
        for f in analysis.figures
        if f.sentence < fig.sentence
        and not _in_headline(analysis, f.sentence)
        and f.status == fig.status
        and not f.aggregate
    ]


def _same_toll_told_before(analysis: Analysis, fig: Figure) -> Figure | None:
    """The first body figure before with the same outcome, count and side: the incident a
    statement dated only by its issue retells."""
    return next(
        (
            f
            for f in _same_outcome_told_before(analysis, fig)
            if f.best == fig.best and f.party == fig.party
        ),
        None,
    )


_UPDATED_TOLL = re.compile(
    r"(?<!\w)[وف]?ل?(?:ارتفعت|ارتفع|ارتفاع|ترتفع|يرتفع|يرفع|ترفع|رفع)\s+(?:(?:ال)?حصيله|عدد)(?!\w)"
    r"|(?<!\w)(?:ال)?حصيله\s+(?:ال)?(?:محدثه|نهائيه|جديده|اوليه)(?!\w)"
    # "بأن حصيلة القتلى ارتفعت إلى تسعة": the verb after its noun
    r"|(?<!\w)(?:ال)?(?:حصيله|عدد)\s+(?:ال)?\S+\s+(?:قد\s+)?(?:ارتفعت|ارتفع|ترتفع|يرتفع)(?!\w)"
)


_ANOTHER_CLAUSE = re.compile(r"[،,]\s*(?:كما|فيما|بينما|في\s+حين)(?!\w)")


def _toll_updated(analysis: Analysis, fig: Figure) -> Figure | None:
    """The first telling of the incident an updated toll updates ("ارتفعت حصيلة قتلى الهجوم إلى
    9"، "الحصيلة المحدثة: مقتل 5"): the first incident figure before it of the same outcome and
    compatible side, else the first telling in the next sentence ("وكانت الوزارة قد أعلنت ...")."""
    norm = analysis.text.norm
    s = analysis.sentences[fig.sentence]
    rose = list(_UPDATED_TOLL.finditer(norm, s.start, fig.n_start))
    if fig.aggregate or not rose:
        return None
    if _ANOTHER_CLAUSE.search(norm, rose[-1].end(), fig.n_start) and any(
        f.sentence == fig.sentence and rose[-1].end() <= f.n_start < fig.n_start
        for f in analysis.figures
    ):
        return None  # "ليرتفع عدد قتلى الطرفين إلى 5، كما أصيبت امرأة": the 5 rose, not she
    told = [
        f
        for f in _same_outcome_told_before(analysis, fig)
        if _parties_compatible(f.party, fig.party)
    ]
    # "ارتفاع عدد قتلى الأمن العام إلى 4": the side's own incident first; when only the headline
    # told it, not an earlier one of no named side
    own = [f for f in told if fig.party != "unknown" and f.party == fig.party]
    first = own[0] if own else next(iter(told), None)
    if not own and any(
        f.sentence < fig.sentence
        and _in_headline(analysis, f.sentence)
        and f.status == fig.status
        and f.party == fig.party != "unknown"
        for f in analysis.figures
    ):
        first = None
    if first is not None or fig.sentence + 1 >= len(analysis.sentences):
        return first
    nxt = analysis.sentences[fig.sentence + 1]
    if _HAD_TOLD.match(norm, nxt.start) and not _UPDATED_TOLL.search(norm, nxt.start, nxt.end):
        return _incident_told_in(analysis, fig.sentence + 1)
    return None


_ROSE_ON = re.compile(
    r"(?<!\w)(?:ارتفعت|ارتفع|ترتفع|يرتفع)\s+(?:(?:صباح|مساء|ظهر|فجر|ليل|يوم)\s+)?"
    r"(?:(?:امس|اليوم|يوم)\s+)?$"
)


def _untimed_update(analysis: Analysis, fig: Figure, here: list[DateMention]) -> Figure | None:
    """The incident an updated toll updates, when the toll has no day of its own (only the day
    it was told, or the day the wounded died: "بعد وفاة عنصرين اليوم")."""
    norm = analysis.text.norm
    s = analysis.sentences[fig.sentence]
    own = [
        d
        for d in here
        if not _DIED_LATER.search(norm, max(s.start, d.start - 60), d.start)
        and not (_ROSE_ON.search(norm, max(s.start, d.start - 40), d.start) and d.end < fig.n_start)
    ]  # "إن حصيلة القتلى ارتفعت صباح أمس الجمعة إلى 19": the day it rose, not the attack's
    if len(_told_dates(norm, s, own)) < len(own):
        return None
    return _toll_updated(analysis, fig)


def _sentence_update(analysis: Analysis, fig: Figure, here: list[DateMention]) -> Figure | None:
    """The incident a figure's sentence updates, by the figure's own toll or another's ("وفاة
    مدني ثالث متأثراً بإصابته، ما يرفع الحصيلة إلى 7")."""
    mates = [f for f in analysis.figures if f.sentence == fig.sentence and not f.aggregate]
    for other in [fig] + [f for f in mates if f is not fig]:
        updated = _untimed_update(analysis, other, here)
        if updated is not None:
            return updated
    return None


def _incident_told_in(analysis: Analysis, k: int) -> Figure | None:
    """The first incident figure of sentence ``k``, if any."""
    return next((f for f in analysis.figures if f.sentence == k and not f.aggregate), None)


def _date_for(
    analysis: Analysis, fig: Figure, dates: list[DateMention], published: date | None
) -> tuple[date | None, str | None]:
    """The incident date of a figure: nearest in its sentence, else that of the nearest dated
    sentence before it while the story goes on, else the publication date."""
    sents = analysis.sentences
    s = sents[fig.sentence]
    usable = [d for d in dates if d.kind != "since" and d.date is not None]
    in_sentence = _incident_dates(analysis.text.norm, s, usable)
    here = [
        d
        for d in in_sentence
        if not (d.start > fig.n_end and _PLUPERFECT.search(analysis.text.norm, fig.n_end, d.start))
    ]  # "وتحرير راعيين كانت الخلية قد اختطفتهما قبل أيام": an earlier event's day
    since = [d for d in dates if d.kind == "since" and d.date and s.start <= d.start < fig.n_start]
    if since and _WHEN_THEN.fullmatch(analysis.text.norm, since[-1].end, fig.n_start):
        return since[-1].date, since[-1].precision  # "الأعنف منذ 10 آب الماضي، حين قُتل 23"
    story = _story_told_before(analysis, fig)
    if story is not None:  # "شيّعت، اليوم، الملازم ...، الذي قُتل في الكمين": the ambush's day
        return _date_for(analysis, story, dates, published)
    before_story = _DAYS_BEFORE_STORY.search(analysis.text.norm, s.start, fig.n_start)
    if before_story and not any(
        d.precision in ("day", "days") for d in here
    ):  # "ويأتي ذلك بعد يومين من مقتل 4": two days before the story's
        story = [f for f in analysis.figures if f.sentence < fig.sentence and not f.aggregate]
        when, precision = (
            _date_for(analysis, story[-1], dates, published) if story else (None, None)
        )
        if when and precision in ("day", "days"):
            return when - timedelta(days=_days(before_story.group("n"))), "day"
    updated = _sentence_update(analysis, fig, here)
    if updated is not None:  # "الحصيلة المحدثة: مقتل 5 عناصر": the day of the attack it updates
        return _date_for(analysis, updated, dates, published)
    told = _told_dates(analysis.text.norm, s, here)
    if fig.sentence + 1 < len(sents) and len(told) == len(here):
        nxt = sents[fig.sentence + 1]
        start = _told_next_from(analysis.text.norm, nxt, s)
        later = [d for d in usable if start is not None and start <= d.start < nxt.end]
        if later:  # "أعلنت الوزارة، الأحد، مقتل 5 ... وقالت إن الهجوم وقع فجر السبت"
            return later[0].date, later[0].precision
    if told and len(told) == len(here):
        told_on = max(d.date for d in told if d.date)
        when = _told_incident_date(analysis, fig.sentence, usable, told_on)
        if when:  # "أفادت، الأحد، بمقتل 14 ... وقال مصدر إن مسلحين نصبوا كميناً مساء السبت"
            return when.date, when.precision
        same = _same_toll_told_before(analysis, fig)
        if same is not None:  # "وفي بيان أصدرته صباح الأحد ...: ما أدى لاستشهاد ثلاثة"
            then, precision = _date_for(analysis, same, dates, published)
            if then and precision in ("day", "days") and then <= told_on:
                return then, precision
        if fig.sentence > 0:  # "نفذ يوم أمس الثلاثاء 14 ضربة ... وقال في إيجاز يوم الأربعاء"
            prev = sents[fig.sentence - 1]
            days = [
                d
                for d in _incident_dates(analysis.text.norm, prev, usable)
                if d.precision == "day" and d.date and 0 < (told_on - d.date).days <= 2
            ]
            new = NEW_INCIDENT.match(analysis.text.norm, s.start)
            if days and (not new or _HAD_TOLD.match(analysis.text.norm, s.start)):
                return days[-1].date, days[-1].precision
            story = [f for f in analysis.figures if f.sentence == fig.sentence - 1]
            if story and not new and _ANOTHER_ACCOUNT.match(analysis.text.norm, s.start):
                # "أما الوزارة، فتحدثت في بيان صباح الثلاثاء عن ارتقاء ثلاثة": another account
                # of the attack just told, dated by its telling
                then, precision = _date_for(analysis, story[-1], dates, published)
                if then and precision == "day" and 0 < (told_on - then).days <= 2:
                    return then, precision
    taken = TAKEN_BEFORE.match(analysis.text.norm, fig.n_end, s.end)
    told_then = [d for d in in_sentence if taken and d.start >= taken.end()]
    if told_then:  # "أفرجت، أمس، عن أربعة رعاة كانت اختطفتهم يوم الثلاثاء": the abduction's day
        return told_then[0].date, told_then[0].precision
    if here:
        finer = any(d.precision in ("day", "days") for d in here)

        def gap(d: DateMention) -> int:
            far = d.start - fig.n_end if d.start >= fig.n_end else max(0, fig.n_start - d.end)
            # "يُفرج عن خمسة منهم الأربعاء، ويُعدم أربعة آخرين صباح الخميس": the clause before's
            if d.end <= fig.n_start and _CLAUSE_ENDS.match(analysis.text.norm, d.end):
                far += 40
            a, b = (d.end, fig.n_start) if d.end <= fig.n_start else (fig.n_end, d.start)
            if _WHILE_OTHER.search(analysis.text.norm, a, b):
                far += 60  # "قُتل مدنيان ... في الثالث من الشهر، فيما أصيب ثلاثة ... يوم الأربعاء"
            # "صيف عام 2020، حين ... قُتل الجنرال ... في 18 آب من ذلك العام": the day, not the year
            return far + (100 if finer and d.precision == "year" else 0)

        best = min(here, key=gap)
        then = _NEXT_DAY.search(analysis.text.norm, best.end, s.end)
        if (
            then
            and best.date
            and best.precision == "day"
            and best.end <= fig.n_start
            and fig.n_end <= then.start()
            and not re.search(r"[،,.]", analysis.text.norm[fig.n_end : then.start()])
        ):  # "خطفوا ثلاثة مساء الأحد 12 أيار، قبل أن تعدم أحدهم صباح اليوم التالي": the 13th
            return best.date + timedelta(days=1), "day"
        return best.date, best.precision
    for k in _event_told_before(analysis, fig):  # "قال المرصد إن عملية الإنزال ... أسفرت": its day
        first = _incident_told_in(analysis, k)
        if first is not None:
            return _date_for(analysis, first, dates, published)
        days = _incident_dates(analysis.text.norm, sents[k], usable)
        if days:
            return days[-1].date, days[-1].precision
    next_day = _NEXT_DAY.search(analysis.text.norm, s.start, s.end)
    current = s
    for back in range(1, fig.sentence + 1):  # the sentences before, while the story goes on
        prev = sents[fig.sentence - back]
        if NEW_INCIDENT.match(analysis.text.norm, current.start) and not _retold(
            analysis.text.norm, current, prev
        ):
            break
        before = _incident_dates(analysis.text.norm, prev, usable)
        tally = any(f.sentence == prev.index for f in analysis.figures) and all(
            f.aggregate and f.aggregate_reason != "continuation"
            for f in analysis.figures
            if f.sentence == prev.index
        )
        if tally and not (before and before[-1].precision == "day"):
            current = prev
            continue  # a tally's month or year dates its period, not this incident
        if before and len(_told_dates(analysis.text.norm, prev, before)) == len(before):
            # "وقالت الوزارة، في بيان نشرته صباح الأربعاء، إن الهجوم أسفر عن ...": its telling
            told = [f for f in analysis.figures if f.sentence == prev.index and not f.aggregate]
            if told:
                return _date_for(analysis, told[-1], dates, published)
        if before and next_day and before[-1].precision in ("day", "days"):  # "وفي اليوم التالي"
            return before[-1].date + timedelta(days=1), "day"
        later = _DAYS_LATER.search(analysis.text.norm, s.start, fig.n_start)
        if (
            before
            and later
            and before[-1].precision == "day"
            and before[-1].date
            and re.fullmatch(
                r"\s*(?:\S+\s+){0,3}",
                analysis.text.norm[
                    later.end() : min(
                        f.n_start
                        for f in analysis.figures
                        if f.sentence == fig.sentence and f.n_start >= later.end()
                    )
                ],
            )
        ):
            # "في 3 آذار ... قبل أن تعلن بعد يومين مقتل 3 من أفراد الخلية": the 5th
            days = _DAYS_WORDS[later.group("n") or later.group("m")]
            return before[-1].date + timedelta(days=days), "day"
        if before:
            return before[-1].date, before[-1].precision
        current = prev
    if published:
        # "قُتل 6 عناصر في هجوم على حافلة ... وأوضحت المصادر أنهم استهدفوها مساء الجمعة"
        when = _told_incident_date(analysis, fig.sentence, usable, published)
        if when:
            return when.date, when.precision
        return published, "published"
    return None, None


_SINCE_BEFORE = re.compile(r"(?<!\w)منذ\s+(?:(?:فجر|صباح|مساء|ظهر|ليل)\s+)?(?:يوم\s+)?$")
_RISING_TOTAL = re.compile(r"(?<!\w)(?:حصيله|ارتفع|ارتفعت|يرتفع|ترتفع|بلغ|بلغت)(?!\w)")


def _battle_totals(analysis: Analysis, dates: list[DateMention], published: date | None) -> None:
    """ "ترتفع حصيلة المعارك الدائرة منذ فجر الأحد إلى 27 قتيلاً" told on Tuesday: a total over the
    days since, like "خلال اليومين الماضيين"."""
    norm = analysis.text.norm
    for fig in analysis.figures:
        s = analysis.sentences[fig.sentence]
        if fig.aggregate or not published or not _RISING_TOTAL.search(norm, s.start, fig.n_start):
            continue
        since = [
            d
            for d in dates
            if s.start <= d.start < fig.n_start
            and d.date
            and (published - d.date).days >= 2
            and _SINCE_BEFORE.search(norm, max(s.start, d.start - 20), d.start)
        ]
        if since:
            for k in [analysis.figures.index(fig), *fig.children]:
                analysis.figures[k].aggregate = True


def _event_type(analysis: Analysis, fig: Figure) -> str:
    norm = analysis.text.norm
    s = analysis.sentences[fig.sentence]
    kind = classify_event(norm, fig.n_start, s.start, s.end)
    if fig.status == "executed":
        return "execution"
    if kind == "unknown" and fig.status == "captured_or_abducted":
        return "abduction"
    if kind == "unknown" and fig.sentence > 0:
        prev = analysis.sentences[fig.sentence - 1]
        kind = classify_event(norm, prev.end, prev.start, prev.end)
    return kind


def extract_article_events(
    article_id: str,
    text: str,
    published_at: datetime | date | None,
    source: str,
    *,
    title: str | None = None,
    run_key: str | None = None,
    crawled_at: datetime | None = None,
) -> list[dict[str, Any]]:
    """One CASUALTIES row per casualty figure of an article (pure: no lake access)."""
    if not text:
        return []
    published = _as_date(published_at)
    normalised = normalize_with_offsets(text)
    norm = normalised.norm
    dates = find_dates(norm, published)
    analysis = find_figures(text, dates=dates, normalised=normalised)  # dates are never figures
    if not analysis.figures:
        return []
    gazetteer = load_gazetteer()
    named = [(a, b) for a, b, _ in PARTY_LEXICON.finditer(norm)]
    places = _the_governorate(norm, _incident_places(norm, gazetteer.find(norm), named), gazetteer)
    title_places = [
        p.place for p in gazetteer.find(normalize_arabic(title or "")) if p.place.kind != "country"
    ]
    parts = year_month(_as_ts(published_at), crawled_at or EPOCH)
    rows: list[dict[str, Any]] = []
    sources: list[str] = []
    ids = [_figure_id(article_id, f) for f in analysis.figures]
    types: list[str] = []
    for fig in analysis.figures:
        kind = _event_type(analysis, fig)
        if kind == "unknown" and fig.parent is not None:
            kind = types[fig.parent] if fig.parent < len(types) else kind
        types.append(kind)
    _battle_totals(analysis, dates, published)
    placed_itself: set[int] = set()
    for i, fig in enumerate(analysis.figures):
        mention, place_source = _place_for(analysis, fig, places)
        if mention is not None:
            mention = _the_road_told(norm, mention, places)
        if mention and place_source == "context" and _names_unknown_locality(analysis, fig, places):
            # "وفي بلدة محكان، أعدم عناصر التنظيم ...": a town the gazetteer lacks, somewhere in
            # the governorate of the story told before, not at its place
            wider = gazetteer.governorate_of(mention.place)
            if wider is not None and mention.place.kind in ("town", "road", "badia_area"):
                mention = PlaceMention(mention.start, mention.end, wider, mention.text)
        if (
            fig.parent is not None
            and mention is not None
            and place_source == "sentence"
            and (
                _OWN_PLACE_GAP.fullmatch(norm, fig.n_end, mention.start)
                # "- 31 مدنياً ... قضوا بقصف ... في ريفي إدلب وحلب": a list item's own place
                or (
                    LIST_ITEM.match(norm, analysis.sentences[fig.sentence].start)
                    and mention.place.kind != "country"
                )
            )
        ):
            placed_itself.add(i)  # "بينهم 14 في بادية الرقة وحدها": a sub-count's own place
        place: Place | None = mention.place if mention else None
        if place is None:
            place = title_places[0] if title_places else gazetteer.places.get("SY")
        when, when_precision = _date_for(analysis, fig, dates, published)
        aggregate = fig.aggregate
        if fig.aggregate_reason == "continuation" and place_source == "sentence" and place:
            # after a total, "قتل عنصر بانفجار عبوة في بلدة البصيرة" is an incident of its own
            precise = (
                place.kind in ("town", "road", "badia_area") and place.place_id not in GENERIC_AREAS
            )
            told = _told_after(analysis, fig)
            # but "إضافة إلى إصابة أكثر من 20 آخرين" after a total kept: the same tally
            others = (
                fig.parent is None
                and any(
                    r["aggregate"] and analysis.figures[j].sentence == fig.sentence
                    for j, r in enumerate(rows)
                )
                and _OTHERS_AFTER.match(norm, fig.n_end)
            )
            aggregate = not (precise and told) or bool(others)
        namesake = (
            gazetteer.namesake_governorate(place) if aggregate and place and mention else None
        )
        if namesake is not None and not _THE_CITY.search(
            norm, max(0, mention.start - 8), mention.start
        ):
            place = namesake  # "سقط في دير الزور وحدها 84 قتيلاً": a total over the governorate
        rows.append(
            {
                "figure_id": ids[i],
                "article_id": article_id,
                "status": fig.status,
                "count_low": fig.low,
                "count_best": fig.best,
                "count_high": fig.high,
                "qualifier": fig.qualifier,
                "parent_figure_id": ids[fig.parent] if fig.parent is not None else None,
                "party": fig.party,
                "perpetrator": fig.perpetrator,
                "aggregate": aggregate,
                "attributed_to": fig.attributed_to,
                "event_type": types[i],
                "place": place.name if place else None,
                "place_text": analysis.text.original_slice(mention.start, mention.end)
                if mention
                else None,
                "place_id": place.place_id if place else None,
                "governorate": place.governorate if place else None,
                "district": place.district if place else None,
                "latitude": place.lat if place else None,
                "longitude": place.lon if place else None,
                "place_precision": place.kind if place else None,
                "event_date": when,
                "date_precision": when_precision,
                "evidence": fig.evidence,
                "evidence_start": fig.evidence_start,
                "evidence_end": fig.evidence_end,
                "figure_text": fig.figure_text,
                "figure_start": fig.start,
                "figure_end": fig.end,
                "published_at": _as_ts(published_at),
                "run_key": run_key,
                "source": source,
                **parts,
            }
        )
        sources.append(place_source)
    _propagate(rows, analysis, sources, placed_itself)
    return rows


# "بينهم 14 في بادية الرقة", "تسعة منهم في بلدة ذيبان": the place told right after a count
_OWN_PLACE_GAP = re.compile(r"\s*(?:[^\s،,.]+\s+){0,2}?(?:في\s+|ب)(?:[^\s،,.]+\s+)?")

_PLACE_KEYS = ("place", "place_text", "place_id", "governorate", "district", "latitude", "longitude",
               "place_precision")  # fmt: skip


def _copy_place(to: dict[str, Any], src: Mapping[str, Any]) -> None:
    for key in _PLACE_KEYS:
        to[key] = src[key]


def _similar(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two figures of one article that may report one incident (a restated or revised count)."""
    if a["status"] != b["status"] or a["aggregate"] or b["aggregate"]:
        return False
    if not _parties_compatible(a["party"], b["party"]):
        return False
    told = "published" not in (a["date_precision"], b["date_precision"])
    if told and a["event_date"] and b["event_date"] and not _dates_compatible(a, b):
        return False  # "the bus attack on Thursday" and "a mine on Monday" are two incidents
    big = max(a["count_best"], b["count_best"])
    return abs(a["count_best"] - b["count_best"]) <= 0.35 * big


def _weeks_before(row: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Whether another figure's incident lies more than a week before this one's date ("بعد
    تفجير في 29 نيسان الماضي": recalled, so it dates nothing told before it)."""
    then, now = other["event_date"], row["event_date"]
    return then is not None and now is not None and (now - then).days > 7


def _bare_noun(figure_text: str) -> str:
    """A figure's words without a leading "ال" or "وال" ("والوجيه" -> "وجيه")."""
    return re.sub(r"^و?ال", "", normalize_arabic(figure_text))


def _another_incident_between(analysis: Analysis, k: int, later: int) -> bool:
    """Whether a sentence after ``k`` and up to ``later`` opens another incident ("وفي سياق
    منفصل، اغتال مسلحون الوجيه ...": his town is not where the clash told before was)."""
    return any(
        NEW_INCIDENT.match(analysis.text.norm, analysis.sentences[m].start)
        for m in range(k + 1, later + 1)
    )


def _updated_incidents(analysis: Analysis) -> dict[int, int]:
    """The incident figures of each sentence that updates a toll, and the figure first telling
    the incident updated (by index)."""
    figs = analysis.figures
    index = {id(f): j for j, f in enumerate(figs)}
    out: dict[int, int] = {}
    for fig in figs:
        first = _toll_updated(analysis, fig)
        if first is None:
            continue
        for j, other in enumerate(figs):
            if other.sentence == fig.sentence and not other.aggregate and other is not first:
                out[j] = index[id(first)]
    return out


def _propagate(
    rows: list[dict[str, Any]], analysis: Analysis, sources: list[str], placed_itself: set[int]
) -> None:
    """Share dates and places inside an article: sub-counts take their parent's (but keep a place
    told right after them, ``placed_itself``), a headline
    figure takes those of the body figure it restates, and a figure whose sentence names no date
    or place takes them from its sentence's other figures or from a similar figure nearby."""
    figs = analysis.figures
    updated = _updated_incidents(analysis)
    lead = lead_paragraphs(analysis.sentences, analysis.text.norm)
    in_lead = [analysis.sentences[f.sentence].paragraph in lead for f in figs]
    for i, row in enumerate(rows):
        if in_lead[i]:
            same = [
                o for j, o in enumerate(rows)
                if not in_lead[j] and o["status"] == row["status"]
                and o["count_best"] == row["count_best"]
            ]  # fmt: skip
            body = [o for o in same if _parties_compatible(o["party"], row["party"])]
            if not body and len(same) == 1:
                body = same  # "والمرصد يتحدث عن 5 قتلى": the party came from another clause
            # the same kind first; else the body tells whether the figure is a total
            # and one person by the same noun ("اغتيال وجيه" is "الوجيه" of the body, not "طفل")
            body.sort(
                key=lambda o: (
                    o["aggregate"] != row["aggregate"],
                    row["count_best"] == 1
                    and _bare_noun(o["figure_text"]) != _bare_noun(row["figure_text"]),
                )
            )
            if body:
                row["aggregate"] = body[0]["aggregate"]
                row["event_date"], row["date_precision"] = (
                    body[0]["event_date"],
                    body[0]["date_precision"],
                )
                _copy_place(row, body[0])
                sources[i] = sources[rows.index(body[0])]
                if body[0]["party"] != "unknown":
                    row["party"] = body[0]["party"]
    for _ in range(2):
        for i, row in enumerate(rows):
            fig = figs[i]
            # (one of a total told apart as an incident of its own keeps its day and place)
            if fig.parent is not None and not (
                rows[fig.parent]["aggregate"] and not row["aggregate"]
            ):
                parent = rows[fig.parent]
                row["event_date"], row["date_precision"] = (
                    parent["event_date"],
                    parent["date_precision"],
                )
                if i not in placed_itself:
                    _copy_place(row, parent)
                    sources[i] = sources[fig.parent]
                continue
            near = sorted(
                (
                    j
                    for j in range(len(rows))
                    if j != i and abs(figs[j].sentence - fig.sentence) <= 5
                ),
                key=lambda j: (
                    figs[j].sentence != fig.sentence,
                    abs(figs[j].sentence - fig.sentence),
                    figs[j].sentence > fig.sentence,  # at equal distance, the story told so far
                ),
            )
            peers = [
                j
                for j in near
                if (
                    figs[j].sentence == fig.sentence
                    and not rows[j]["aggregate"]
                    and not row["aggregate"]
                )
                or _similar(row, rows[j])
            ]
            if row["date_precision"] == "published" and i in updated:
                # "وفاة مدني ثالث ... ما يرفع الحصيلة إلى 7": the day of the incident updated
                row["event_date"] = rows[updated[i]]["event_date"]
                row["date_precision"] = rows[updated[i]]["date_precision"]
            elif row["date_precision"] == "published":
                dated = [
                    j
                    for j in peers
                    if rows[j]["date_precision"] not in ("published", None)
                    and not (figs[j].sentence > fig.sentence and _weeks_before(row, rows[j]))
                ]
                if dated:
                    row["event_date"] = rows[dated[0]]["event_date"]
                    row["date_precision"] = rows[dated[0]]["date_precision"]
            if sources[i] != "sentence" and sources[updated.get(i, i)] == "sentence":
                # "وكانت الحصيلة الأولية ... قد تحدثت عن مقتل ستة": where the toll updated was
                _copy_place(row, rows[updated[i]])
                sources[i] = "peer"
            elif sources[i] != "sentence":
                # a figure of the sentence placed by a similar one counts too ("ارتفعت إلى 9، بعد
                # وفاة اثنين من الجرحى في مشفى الميادين": the 9 are the ambush's 7 revised)
                placed = [
                    j
                    for j in peers
                    if sources[j] == "sentence"
                    and not _another_incident_between(analysis, fig.sentence, figs[j].sentence)
                    and not (in_lead[j] and not in_lead[i])  # a headline is placed by its body
                ] or [j for j in peers if sources[j] == "peer" and figs[j].sentence == fig.sentence]
                if not placed and sources[i] == "none":  # "قال المرصد إن الضربة أسفرت عن مقتل
                    # ثلاثة": placed nowhere, the strike told before placed from its context
                    placed = [
                        j
                        for j in peers
                        if sources[j] == "context"
                        and figs[j].sentence < fig.sentence
                        and not _another_incident_between(analysis, figs[j].sentence, fig.sentence)
                    ]
                if not _vague_place(row):  # a later figure in another governorate: another story
                    placed = [
                        j
                        for j in placed
                        if figs[j].sentence <= fig.sentence
                        or rows[j]["governorate"] == row["governorate"]
                    ]
                if placed:
                    _copy_place(row, rows[placed[0]])
                    sources[i] = "peer"
    _restated_places(rows, sources, analysis.text.original)


def _vague_place(row: Mapping[str, Any]) -> bool:
    return row["place_id"] in GENERIC_AREAS or row["place_precision"] in ("country", None)


_OTHERS_AFTER = re.compile(r"\s+(?:اخرين|اخرون)(?!\w)")
_ANOTHER_ONE = re.compile(r"[\u064b-\u0652]*\s*(?:آخر|أخرى|اخر|اخرى)(?!\w)")


def _restated_places(rows: list[dict[str, Any]], sources: list[str], text: str) -> None:
    """A figure told again with the same count, side and day ("قُتل 11 عسكرياً ... في البادية
    السورية", then "استشهاد 11 عسكرياً ... على طريق تدمر – دير الزور") takes the finer place the
    retelling names, when its own is only the Badia or the country."""
    for i, row in enumerate(rows):
        if row["aggregate"] or not _vague_place(row):
            continue
        for j, other in enumerate(rows):
            if (
                j != i
                and not other["aggregate"]
                and sources[j] == "sentence"
                and not _vague_place(other)
                and other["status"] == row["status"]
                and other["count_best"] == row["count_best"]
                and other["party"] == row["party"]
                and other["event_date"] == row["event_date"]
                and not _ANOTHER_ONE.match(text, other["figure_end"])  # "قيادياً آخر"
                # one person each: the same only when a day of the incident is told
                and (row["count_best"] > 1 or row["date_precision"] in ("day", "days"))
            ):
                _copy_place(row, other)
                sources[i] = "peer"
                break


def figures_as_json(text: str, published: date | None) -> list[dict[str, Any]]:
    """JSON-able figures of a text, as ``rasd events --text-file F [--published D]`` prints them."""
    rows = extract_article_events("text", text, published, "text")
    index = {r["figure_id"]: i for i, r in enumerate(rows)}
    out = []
    for r in rows:
        out.append(
            {
                "status": r["status"],
                "count": r["count_best"],
                "count_low": r["count_low"],
                "count_high": r["count_high"],
                "qualifier": r["qualifier"],
                "party": r["party"],
                "perpetrator": r["perpetrator"],
                "aggregate": r["aggregate"],
                "parent": index.get(r["parent_figure_id"]) if r["parent_figure_id"] else None,
                "attributed_to": r["attributed_to"],
                "event_type": r["event_type"],
                "place": r["place"],
                "place_id": r["place_id"],
                "place_text": r["place_text"],
                "governorate": r["governorate"],
                "district": r["district"],
                "latitude": r["latitude"],
                "longitude": r["longitude"],
                "place_precision": r["place_precision"],
                "event_date": r["event_date"].isoformat() if r["event_date"] else None,
                "date_precision": r["date_precision"],
                "figure_text": r["figure_text"],
                "evidence": r["evidence"],
                "evidence_start": r["evidence_start"],
                "evidence_end": r["evidence_end"],
            }
        )
    return out


# ---------------------------------------------------------------------------------------------
# Merging reports of one incident


def _parties_compatible(a: str | None, b: str | None) -> bool:
    return a == b or a in (None, "unknown") or b in (None, "unknown")


def _places_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Same place, or one contains the other, or two points close enough to be one incident."""
    pa, pb = a.get("place_id"), b.get("place_id")
    if pa == pb or not pa or not pb:
        return True
    ka, kb = a.get("place_precision"), b.get("place_precision")
    if "country" in (ka, kb):
        return True
    if a.get("place_id") == "sy.badia" or b.get("place_id") == "sy.badia":
        return True
    if (ka == "governorate" or kb == "governorate") and a.get("governorate") == b.get(
        "governorate"
    ):
        return True
    coords = (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude"))
    if None in coords:
        return False
    return distance_km((coords[0], coords[1]), (coords[2], coords[3])) <= MERGE_KM


def _dates_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    da, db = a.get("event_date"), b.get("event_date")
    if da is None or db is None:
        return False
    return abs((da - db).days) <= 1


def _same_incident(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if a["status"] != b["status"] or not _parties_compatible(a.get("party"), b.get("party")):
        return False
    if a["article_id"] == b["article_id"] and a.get("count_best") != b.get("count_best"):
        return False  # one article's distinct figures are distinct incidents
    return _dates_compatible(a, b) and _places_compatible(a, b)


def _most_common(values: Iterable[Any], skip: tuple = (None, "unknown")) -> Any:
    counts = Counter(v for v in values if v not in skip)
    return counts.most_common(1)[0][0] if counts else next(iter(skip), None)


def _event_row(
    members: list[Mapping[str, Any]], aggregate: bool, run_key: str | None
) -> dict[str, Any]:
    ids = sorted(m["figure_id"] for m in members)
    best_place = min(
        members, key=lambda m: PRECISION_RANK.get(m.get("place_precision") or "country", 9)
    )
    best_date = min(members, key=lambda m: DATE_RANK.get(m.get("date_precision") or "published", 9))
    lows = [m["count_low"] for m in members if m.get("count_low") is not None]
    highs = [m["count_high"] for m in members if m.get("count_high") is not None]
    bests = [m["count_best"] for m in members if m.get("count_best") is not None]
    moment = best_date.get("event_date") or _as_date(members[0].get("published_at"))
    parts = (
        {"year": f"{moment.year:04d}", "month": f"{moment.month:02d}"}
        if moment
        else {"year": "0000", "month": "00"}
    )
    return {
        "event_id": hashlib.sha256("|".join(ids).encode()).hexdigest()[:16],
        "event_date": best_date.get("event_date"),
        "date_precision": best_date.get("date_precision"),
        "event_type": _most_common(m.get("event_type") for m in members) or "unknown",
        "status": members[0]["status"],
        "party": _most_common(m.get("party") for m in members) or "unknown",
        "perpetrator": _most_common(m.get("perpetrator") for m in members),
        "aggregate": aggregate,
        "place": best_place.get("place"),
        "place_id": best_place.get("place_id"),
        "governorate": best_place.get("governorate"),
        "latitude": best_place.get("latitude"),
        "longitude": best_place.get("longitude"),
        "place_precision": best_place.get("place_precision"),
        "count_low": min(lows) if lows else None,
        "count_best": max(bests) if bests else None,
        "count_high": max(highs) if highs and len(highs) == len(members) else None,
        "n_reports": len({m["article_id"] for m in members}),
        "sources": sorted({m.get("source") for m in members if m.get("source")}),
        "article_ids": sorted({m["article_id"] for m in members}),
        "figure_ids": ids,
        "attributions": sorted({m.get("attributed_to") for m in members if m.get("attributed_to")}),
        "run_key": run_key or max((m.get("run_key") or "" for m in members), default="") or None,
        **parts,
    }


def merge_events(
    casualty_rows: Iterable[Mapping[str, Any]], run_key: str | None = None
) -> list[dict[str, Any]]:
    """EVENTS rows: incident figures of one incident across articles merged; aggregates apart."""
    rows = [r for r in casualty_rows if r.get("status") and not r.get("parent_figure_id")]
    events: list[dict[str, Any]] = []
    incidents = [r for r in rows if not r.get("aggregate")]
    for r in rows:
        if r.get("aggregate"):
            events.append(_event_row([r], True, run_key))
    # union-find over incident figures, compared within a sliding window of dates
    parent = list(range(len(incidents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(incidents)), key=lambda i: incidents[i].get("event_date") or date.max)
    for pos, i in enumerate(order):
        di = incidents[i].get("event_date")
        for j in order[pos + 1 :]:
            dj = incidents[j].get("event_date")
            if di is None or dj is None or dj - di > timedelta(days=1):
                break
            if _same_incident(incidents[i], incidents[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[Mapping[str, Any]]] = {}
    for i in range(len(incidents)):
        groups.setdefault(find(i), []).append(incidents[i])
    for members in groups.values():
        events.append(_event_row(members, False, run_key))
    events.sort(key=lambda e: (e["event_date"] or date.min, e["event_id"]))
    return events
