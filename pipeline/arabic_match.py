"""Normalised Arabic text that remembers where each character came from, and word lexicons.

``normalize_with_offsets(text)`` produces the same matching form as
``pipeline.normalize.normalize_arabic`` (dediacritised, tatweel and broken words re-joined, alef,
alef maksura and teh marbuta unified, ASCII digits, spaces collapsed, lower case; a run of
whitespace holding a line break becomes one newline, so paragraphs survive) plus, for every
character of that form, the index of the original character it came from, so a match found in the
normalised text maps back to the text as published. ``Lexicon`` matches labelled terms as whole
normalised words with their proclitics ("وبالسخنة", "للتنظيم").

Optional: when camel-tools' morphology database is installed (``camel_data``), ``lemmas(word)``
gives a word's lemmas, used to recognise casualty verbs in forms no lexicon lists. Without it
``morphology_available()`` is False, ``lemmas`` returns nothing and everything else is unchanged;
the check never downloads anything.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.normalize import PUNCT_BREAK, TATWEEL_BREAK, normalize_term, to_ascii_digits

_DIACRITICS = set(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640", "\u0654", "\u0655"}
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_SPACE = re.compile(r"\s")

# one-letter proclitics (and, so, with, for, like) and their pairs, in front of a word
PROCLITICS = r"(?:[وف]?[بلك]?|[وف])"
WORD_START = r"(?<!\w)"
WORD_END = r"(?!\w)"


@dataclass(frozen=True)
class NormText:
    """A normalised text and, for each of its characters, the offset of the original character."""

    original: str
    norm: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original text."""
        if end <= start:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def original_slice(self, start: int, end: int) -> str:
        """The original text behind a normalised span."""
        a, b = self.span(start, end)
        return self.original[a:b]


_IN_HASHTAG = re.compile(r"#[^\s#]*$")


def _deleted_positions(text: str) -> set[int]:
    """Positions of characters that break words to slip past filters (tatweel runs, dots)."""
    gone: set[int] = set()
    for pattern in (TATWEEL_BREAK, PUNCT_BREAK):
        for m in pattern.finditer(text):
            if m.group() == "_" and _IN_HASHTAG.search(text, 0, m.start()):
                continue  # "#بادية_الميادين": the hashtag's words, kept apart
            gone.update(range(m.start(), m.end()))
    return gone


@lru_cache(maxsize=8192)
def _char_form(ch: str) -> str:
    """What one character becomes in the matching form ("" for diacritics; " " or "\n" for space)."""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c in _DIACRITICS:
            continue
        c = to_ascii_digits(c.translate(_LETTERS)).lower()
        if _SPACE.match(c):
            c = "\n" if c in "\n\r\u2029\u2028" else " "
        elif c == "_":
            c = " "  # a hashtag's words: "#بادية_الميادين"
        out.append(c)
    return "".join(out)


def normalize_with_offsets(text: str) -> NormText:
    """Normalise ``text`` for matching, keeping a map from each normalised character to its origin."""
    out: list[str] = []
    index: list[int] = []
    gone = _deleted_positions(text)
    for i, ch in enumerate(text):
        if i in gone:
            continue
        for c in _char_form(ch):
            if c == " " or c == "\n":
                if not out:
                    continue
                if out[-1] in " \n":
                    if c == "\n" and out[-1] == " ":
                        out[-1] = "\n"
                    continue
            out.append(c)
            index.append(i)
    while out and out[-1] in " \n":
        out.pop()
        index.pop()
    return NormText(text, "".join(out), tuple(index))


class Lexicon:
    """Labelled terms matched as whole normalised words (with proclitics), longest term first.

    One regex for all terms: far faster than one alternative per term with its own lookarounds.
    """

    def __init__(self, labelled: dict[str, list[str]] | list[str]) -> None:
        if isinstance(labelled, dict):
            pairs = [(normalize_term(t), label) for label, terms in labelled.items() for t in terms]
        else:
            pairs = [(normalize_term(t), t) for t in labelled]
        self.labels: dict[str, str] = {}
        for term, label in pairs:
            self.labels.setdefault(term, label)
        terms = sorted(self.labels, key=len, reverse=True)
        alts = "|".join(re.escape(t).replace(r"\ ", r"\s") for t in terms)
        lam = "|".join(re.escape(t[2:]).replace(r"\ ", r"\s") for t in terms if t.startswith("ال"))
        pattern = rf"{WORD_START}(?:{PROCLITICS}(?P<t>{alts}){WORD_END}"
        if lam:
            pattern += rf"|[وف]?لل(?P<l>{lam}){WORD_END}"
        self.regex = re.compile(pattern + ")")

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """(start, end, label) of every term in ``text[start:end]``."""
        end = len(text) if end is None else end
        for m in self.regex.finditer(text, start, end):
            term = m.group("t") or "ال" + m.group("l")
            label = self.labels.get(term) or self.labels.get(re.sub(r"\s", " ", term))
            yield m.start(), m.end(), label

    def search(self, text: str, start: int = 0, end: int | None = None):
        """The first (start, end, label) in ``text[start:end]``, or None."""
        return next(self.finditer(text, start, end), None)

    def fullmatch(self, word: str) -> bool:
        """Whether a single word is one of the terms (with proclitics)."""
        m = self.regex.fullmatch(word)
        return m is not None


def camel_data_dir() -> Path:
    """Where camel-tools looks for its data: ``$CAMELTOOLS_DATA``, else ``~/.camel_tools``."""
    env = os.environ.get("CAMELTOOLS_DATA")
    return Path(env).expanduser() if env else Path.home() / ".camel_tools"


@lru_cache(maxsize=1)
def morphology_analyzer() -> Any | None:
    """camel-tools' morphological analyser when its database is installed, else None.

    camel-tools fetches its catalogue from the network when it is missing, so nothing of
    ``camel_tools.data`` is imported unless the local catalogue is already there."""
    if not (camel_data_dir() / "catalogue.json").is_file():
        return None
    try:
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB

        return Analyzer(MorphologyDB.builtin_db())
    except Exception:  # no morphology DB in the catalogue, unreadable DB, camel-tools absent
        return None


def morphology_available() -> bool:
    """Whether the optional camel-tools morphology is installed and usable."""
    return morphology_analyzer() is not None


@lru_cache(maxsize=16384)
def lemmas(word: str) -> frozenset[str]:
    """Normalised lemmas of one word by camel-tools morphology; empty when it is not installed."""
    analyzer = morphology_analyzer()
    if analyzer is None:
        return frozenset()
    try:
        found = analyzer.analyze(word)
    except Exception:  # an analyser error on one odd token must not stop extraction
        return frozenset()
    return frozenset(normalize_term(a["lex"]) for a in found if a.get("lex"))
