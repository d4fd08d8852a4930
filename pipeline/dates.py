"""Where a publication date is parsed: page metadata first, then htmldate, then the URL.

Every date is returned as a UTC timestamp with the original string kept. A date without a zone is
read in the source's timezone. Dates in the future or before 1995 are "unknown" (None), not wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateparser
from lxml import html as lxml_html

from pipeline.errors import ConfigError
from pipeline.normalize import normalize_arabic

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)
DEFAULT_TIMEZONE = "Asia/Damascus"

# <meta> names/properties/itemprops that carry the publication time, best first
_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
    "cxenseparse:recs:publishtime",
)
_META_RANK = {k: i for i, k in enumerate(_META_KEYS)}

_MONTHS = {
    # Egyptian / Gulf transliterations
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    # Levantine / Iraqi (Syriac) names
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # Maghrebi
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "جويليا": 7, "اوت": 8,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted((re.escape(k) for k in _MONTHS), key=len, reverse=True))
_AR_DATE = re.compile(
    rf"(?P<d>\d{{1,2}})\s*(?:[-/]\s*)?(?P<m>{_MONTH_ALT})\s*(?:[-/،,]\s*)?(?P<y>\d{{4}})"
    r"(?:[^\d]{0,6}(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>ص|م)?)?"
)
_ISO_DAY = re.compile(r"^\d{4}-?\d{2}-?\d{2}(?:$|[T ])")
_URL_DATE_SEP = re.compile(
    r"/(?P<y>199[5-9]|20[0-9]{2})[/_\-](?P<m>0?[1-9]|1[0-2])[/_\-](?P<d>0?[1-9]|[12][0-9]|3[01])(?:[/_\-.]|$)"
)
_URL_DATE_COMPACT = re.compile(
    r"(?<![0-9])(?P<y>199[5-9]|20[0-9]{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12][0-9]|3[01])(?:[0-9]{0,12})(?![0-9])"
)


@dataclass(frozen=True)
class FoundDate:
    """A publication date: UTC timestamp (None when unknown), the original string, its origin."""

    published_at: datetime | None
    raw: str | None
    source: str | None


UNKNOWN = FoundDate(None, None, None)


def source_zone(name: str | None) -> ZoneInfo:
    """Return the ZoneInfo of a source's timezone name, with a clear error when unknown."""
    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"unknown timezone {name!r}", "use an IANA name such as Asia/Damascus or UTC"
        ) from None


def plausible(ts: datetime | None, now: datetime | None = None) -> datetime | None:
    """Return ``ts`` if it is a plausible publication time (1995 .. now), else None."""
    if ts is None:
        return None
    now = now or datetime.now(UTC)
    if ts < EARLIEST or ts > now + FUTURE_SLACK:
        return None
    return ts


def parse_date_string(raw: str, tz: ZoneInfo, now: datetime | None = None) -> datetime | None:
    """Parse a date string (ISO, RFC 2822, Arabic month names) to UTC; naive means ``tz``."""
    text = (raw or "").strip()
    if not text or len(text) > 120:
        return None
    ts = _parse_arabic(text, tz) or _parse_generic(text, tz)
    return plausible(ts, now)


def _parse_generic(text: str, tz: ZoneInfo) -> datetime | None:
    if text.isdigit() and len(text) >= 9:  # epoch seconds / milliseconds
        value = int(text)
        value = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        if not _ISO_DAY.match(text):
            raise ValueError("not a full ISO date")
        ts = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        try:  # day first, as Arabic outlets write; parsed twice to refuse a date lacking a part
            ts = dateparser.parse(text, dayfirst=True, default=datetime(2000, 1, 1))
            other = dateparser.parse(text, dayfirst=True, default=datetime(2001, 2, 2))
        except (ValueError, OverflowError, TypeError):
            return None
        if ts.date() != other.date():
            return None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=tz)
    return ts.astimezone(UTC)


def _parse_arabic(text: str, tz: ZoneInfo) -> datetime | None:
    if not re.search("[\u0600-\u06ff]", text):
        return None
    norm = normalize_arabic(text).replace("ة", "ه")
    match = _AR_DATE.search(norm)
    if not match:
        return None
    hour = int(match["H"] or 0)
    if match["ampm"] == "م" and hour < 12:
        hour += 12
    elif match["ampm"] == "ص" and hour == 12:
        hour = 0
    try:
        local = datetime(
            int(match["y"]),
            _MONTHS[match["m"]],
            int(match["d"]),
            hour,
            int(match["M"] or 0),
            int(match["S"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return local.astimezone(UTC)


def metadata_date(
    tree: lxml_html.HtmlElement, tz: ZoneInfo, now: datetime | None = None
) -> FoundDate:
    """Publication date from the page's own metadata: <meta>, JSON-LD, <time pubdate>."""
    candidates: list[tuple[int, str, str]] = []
    for meta in tree.iter("meta"):
        key = (
            (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        )
        if key in _META_RANK and meta.get("content"):
            candidates.append((_META_RANK[key], meta.get("content"), "meta"))
        elif (meta.get("itemprop") or "").lower() == "datepublished" and meta.get("content"):
            candidates.append((_META_RANK["datepublished"], meta.get("content"), "meta"))
    for raw in _jsonld_dates(tree):
        candidates.append((_META_RANK["datepublished"], raw, "json-ld"))
    for node in tree.iter("time"):
        if (node.get("itemprop") or "").lower() == "datepublished" or node.get(
            "pubdate"
        ) is not None:
            value = node.get("datetime") or (node.text or "")
            candidates.append((len(_META_KEYS), value, "meta"))
    candidates.sort(key=lambda c: (c[0], c[2] != "json-ld"))
    for _, raw, origin in candidates:
        ts = parse_date_string(raw, tz, now)
        if ts is not None:
            return FoundDate(ts, raw.strip(), origin)
    return UNKNOWN


def _jsonld_dates(tree: lxml_html.HtmlElement) -> list[str]:
    found: list[str] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str):
                    found.append(value)
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return found


def url_date(url: str, tz: ZoneInfo, now: datetime | None = None) -> FoundDate:
    """Publication date from the URL (``/2020/08/24/``, ``2020-06-03``, ``20200317...``)."""
    for pattern in (_URL_DATE_SEP, _URL_DATE_COMPACT):
        match = pattern.search(url or "")
        if match:
            try:
                local = datetime(int(match["y"]), int(match["m"]), int(match["d"]), tzinfo=tz)
            except ValueError:
                continue
            ts = plausible(local.astimezone(UTC), now)
            if ts is not None:
                return FoundDate(ts, match.group(0).strip("/_-."), "url")
    return UNKNOWN


def find_publication_date(
    tree: lxml_html.HtmlElement | None,
    url: str,
    *,
    timezone: str | None = None,
    htmldate_value: str | None = None,
    now: datetime | None = None,
) -> FoundDate:
    """Publication date: page metadata, then htmldate's answer, then the URL; else unknown."""
    tz = source_zone(timezone)
    if tree is not None:
        found = metadata_date(tree, tz, now)
        if found.published_at is not None:
            return found
    if htmldate_value:
        ts = parse_date_string(htmldate_value, tz, now)
        if ts is not None:
            return FoundDate(ts, htmldate_value, "htmldate")
    return url_date(url, tz, now)
