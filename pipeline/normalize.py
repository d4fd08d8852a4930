"""Arabic normalisation for matching, dedup and extraction; never applied to stored text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

TATWEEL = "\u0640"
_AR = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"  # Arabic letters (no tatweel, no diacritics)
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",
    "01234567890123456789.,",
)
# a word broken with tatweel around a gap: "مقـ ـتل", "عنـ ـاصر", "مقـ.ـتل", "قـ ـوات"
TATWEEL_BREAK = re.compile(
    rf"(?<=[{_AR}])(?:{TATWEEL}+[ \t.·•*_\-]*{TATWEEL}*|[ \t.·•*_\-]*{TATWEEL}+)(?=[{_AR}])"
)
# a word broken by punctuation with no space: "دا.عش", "د*اعش"
PUNCT_BREAK = re.compile(rf"(?<=[{_AR}])[.·•*_]+(?=[{_AR}])")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(rf"[{_AR}]+|[0-9]+(?:[.,][0-9]+)?|[A-Za-z]+")


def to_ascii_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits (and Arabic separators) with ASCII ones."""
    return text.translate(_DIGITS)


def rejoin_broken_words(text: str) -> str:
    """Re-join words split with tatweel, dots or stars to slip past platform filters."""
    text = TATWEEL_BREAK.sub("", text)
    text = PUNCT_BREAK.sub("", text)
    return text.replace(TATWEEL, "")


def normalize_arabic(text: str) -> str:
    """Normalise text for matching: NFKC, rejoin broken words, dediacritise, unify letters and digits."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = dediac_ar(text)
    text = rejoin_broken_words(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    text = to_ascii_digits(text)
    return _SPACES.sub(" ", text).strip().lower()


@lru_cache(maxsize=65536)
def normalize_term(term: str) -> str:
    """Normalise a single term (watchlist entry, gazetteer name); cached."""
    return normalize_arabic(term)


def word_tokens(text: str) -> list[str]:
    """Normalised word tokens of ``text`` (Arabic words, numbers, Latin words)."""
    return _TOKEN.findall(normalize_arabic(text))
