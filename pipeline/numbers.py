"""Arabic numbers in news text: digits, number words in every form, scales and approximations.

``find_numbers(norm_text)`` scans text already normalised with ``normalize_arabic`` (or
``arabic_match.normalize_with_offsets``) and returns every number mention with a UCDP-style
estimate: ``low``/``best``/``high``. Conventions (documented, applied everywhere):

- exact ("20", "عشرين", "٢٠"): low = best = high;
- about ("نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "تقريبا"): best = n, low/high = n -/+ 10%;
- at least / more than ("ما لا يقل عن", "على الأقل", "أكثر من", "ما يزيد عن"): low = best = n,
  high unknown (None);
- less than ("أقل من", "ما دون"): low = 1, best = high = n;
- ranges ("10 إلى 15", "ما بين 10 و15"): low = best = the first, high = the second (the lower
  figure is the conservative best, as ACLED does); "من 10 إلى 15" is a change, no range;
- vague plurals: "عشرات" 20/30/90, "مئات" 200/300/900, "آلاف" 2000/3000/9000, "بضعة" 3/3/9;
  "عشرات الآلاف" multiplies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1, "احدهم": 1, "احدهما": 1, "احداهن": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
}  # fmt: skip
TEN = {"عشر": 10, "عشره": 10}
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
HUNDRED = {"مئه", "مائه", "ميه"}
HUNDREDS = {"مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "ميتين": 200}
for _w, _v in list(UNITS.items()):
    if _v >= 3 and not _w.endswith("ه"):
        for _h in ("مئه", "مائه"):
            HUNDREDS[_w + _h] = _v * 100
THOUSAND = {"الف": 1000, "الاف": 1000, "الفا": 1000}
THOUSANDS = {"الفان": 2000, "الفين": 2000}
MILLION = {"مليون": 1_000_000, "ملايين": 1_000_000, "مليونا": 1_000_000}
MILLIONS = {"مليونان": 2_000_000, "مليونين": 2_000_000}
SCALE_WORDS = {**THOUSAND, **MILLION}
VAGUE = {
    "عشرات": (20, 30, 90),
    "مئات": (200, 300, 900),
    "الاف": (2000, 3000, 9000),
    "بضع": (3, 3, 9),
    "بضعه": (3, 3, 9),
}
APPROX_BEFORE = (
    ("ما لا يقل عن", "at_least"), ("لا يقل عن", "at_least"), ("ما لا يقل عن", "at_least"),
    ("على الاقل", "at_least"), ("علي الاقل", "at_least"), ("ما يزيد عن", "more_than"),
    ("ما يزيد علي", "more_than"), ("ما يربو علي", "more_than"), ("اكثر من", "more_than"),
    ("ازيد من", "more_than"), ("ما يقارب", "about"), ("ما يقرب من", "about"), ("نحو", "about"),
    ("حوالي", "about"), ("قرابه", "about"), ("زهاء", "about"), ("قرابه ال", "about"),
    ("اقل من", "less_than"), ("ما دون", "less_than"), ("ما يناهز", "about"), ("يناهز", "about"),
)  # fmt: skip
APPROX_AFTER = (("علي الاقل", "at_least"), ("على الاقل", "at_least"), ("تقريبا", "about"),
                ("علي اقل تقدير", "at_least"), ("او اكثر", "at_least"))  # fmt: skip

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[\u0621-\u064a]+")
_CLITIC = re.compile(r"^(?:[وفبلك]|وب|ول|فب|فل)(?=.)")


@dataclass(frozen=True)
class NumberMention:
    """A number found in normalised text, with its UCDP-style estimate."""

    start: int
    end: int
    best: int
    low: int | None
    high: int | None
    qualifier: str  # exact, about, at_least, more_than, less_than, vague
    is_word: bool
    definite: bool
    value_start: int  # where the number itself starts (after a qualifier like "نحو")
    value_end: int

    @property
    def value(self) -> int:
        """The number as written (best estimate)."""
        return self.best


_SUNDAY = {"الاحد", "والاحد", "بالاحد", "فالاحد", "للاحد"}


def _strip(word: str) -> tuple[str, bool]:
    """Drop one proclitic and the article from a number word; say whether it was definite."""
    if word in WORD_VALUES or word in VAGUE:
        return word, False
    if word in _SUNDAY:
        return word, False  # "الأحد" is Sunday, never "the one"
    if word.startswith(("وال", "بال", "فال", "كال")) and len(word) > 4:
        return word[3:], True
    if word.startswith("لل") and len(word) > 3:
        return word[2:], True
    if word.startswith("ال") and len(word) > 3:
        return word[2:], True
    for cut in (2, 1):
        head, rest = word[:cut], word[cut:]
        if _CLITIC.match(word) and head in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"):
            if rest in WORD_VALUES or rest in VAGUE:
                return rest, False
            if rest.startswith("ال") and rest[2:] in VAGUE:
                return rest[2:], True
    return word, False


WORD_VALUES: set[str] = (
    set(UNITS) | set(TEN) | set(TENS) | HUNDRED | set(HUNDREDS) | set(THOUSAND) | set(THOUSANDS)
    | set(MILLION) | set(MILLIONS)
)  # fmt: skip


def _parse_words(words: list[str]) -> tuple[int, int] | None:
    """Parse a run of number words (already without proclitics); return (value, words used)."""
    total = 0
    current = 0
    used = 0
    last = None
    for i, raw in enumerate(words):
        w = raw
        if i > 0:
            if w.startswith("وال") and w[3:] in WORD_VALUES:
                w = "و" + w[3:]
            if not w.startswith("و") or w[1:] not in WORD_VALUES:
                if last in UNITS and w in TEN:  # "خمسه عشر"
                    current += 10
                    used = i + 1
                    last = "teen"
                    continue
                if not (
                    (w in HUNDRED and last in UNITS)
                    or (w in THOUSAND | MILLION and last is not None)
                ):
                    break
            else:
                w = w[1:]
        if w in UNITS:
            if last in UNITS or last == "teen":
                break
            current += UNITS[w]
        elif w in TEN:
            current += 10
        elif w in TENS:
            current += TENS[w]
        elif w in HUNDRED:
            current = (current or 1) * 100 if current < 10 else current + 100
        elif w in HUNDREDS:
            current += HUNDREDS[w]
        elif w in THOUSAND:
            total += (current or 1) * 1000
            current = 0
        elif w in THOUSANDS:
            total += THOUSANDS[w]
        elif w in MILLION:
            total += (current or 1) * 1_000_000
            current = 0
        elif w in MILLIONS:
            total += MILLIONS[w]
        else:
            break
        last = w
        used = i + 1
    if not used:
        return None
    return total + current, used


def _estimate(n: int, qualifier: str) -> tuple[int | None, int, int | None]:
    """low, best, high for a number and its qualifier."""
    if qualifier == "about":
        spread = max(1, round(n * 0.1))
        return max(n - spread, 1), n, n + spread
    if qualifier in ("at_least", "more_than"):
        return n, n, None
    if qualifier == "less_than":
        return 1, n, n
    return n, n, n


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    """A qualifier ending right before ``start`` ("نحو 20"): (qualifier, its start)."""
    head = text[max(0, start - 20) : start].rstrip()
    for phrase, kind in APPROX_BEFORE:
        if re.search(rf"(?:^|[\s\"'«“(])[وف]?{phrase}$", head):
            return kind, start - (len(text[max(0, start - 20) : start]) - len(head)) - len(phrase)
    return "exact", start


def _qualifier_after(text: str, end: int) -> str | None:
    """A qualifier within two words after a number ("20 عنصرا على الأقل")."""
    tail = text[end : end + 40]
    for phrase, kind in APPROX_AFTER:
        if re.match(rf"^\s*(?:[\u0621-\u064a]+\s+){{0,2}}{phrase}(?![\u0621-\u064a])", tail):
            return kind
    return None


def _scaled_remainder(tokens: list[tuple[int, int, str]], i: int, scale: int) -> int:
    """The digits joined by "و" to a scaled number ("4 آلاف و512"), or 0."""
    if i + 1 >= len(tokens) or tokens[i][2] != "و" or tokens[i][0] - tokens[i - 1][1] > 1:
        return 0
    start, _, digits = tokens[i + 1]
    after = _strip(tokens[i + 2][2])[0] if i + 2 < len(tokens) else ""
    if not digits.isdigit() or start - tokens[i][1] > 1 or after in SCALE_WORDS:
        return 0  # "بين 3 آلاف و4 آلاف": a range
    return int(digits) if 0 < int(digits) < scale else 0


_ORDINAL_UNIT = re.compile(
    r"[وفبل]?ال(?:حادي|حاديه|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه"
    r"|ثامن|ثامنه|تاسع|تاسعه)"
)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in normalised text: digits, words, scaled and vague numbers."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        start, end, tok = tokens[i]
        value: int | None = None
        used = 1
        is_word = False
        definite = False
        vague: tuple[int, int, int] | None = None
        if tok[0].isdigit():
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+", tok):
                value = int(tok.replace(",", ""))
            elif re.fullmatch(r"\d+[.,]\d+", tok):
                nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
                if _strip(nxt)[0] in SCALE_WORDS:
                    value = round(float(tok.replace(",", ".")) * SCALE_WORDS[_strip(nxt)[0]])
                    used = 2
                else:
                    i += 1
                    continue
            elif re.fullmatch(r"\d+", tok):
                value = int(tok)
            else:
                i += 1
                continue
            if used == 1 and i + 1 < len(tokens):
                nxt = _strip(tokens[i + 1][2])[0]
                if nxt in SCALE_WORDS and tokens[i + 1][0] - end <= 2:
                    value *= SCALE_WORDS[nxt]
                    used = 2
                    value += _scaled_remainder(tokens, i + 2, SCALE_WORDS[nxt])
                    used += 2 * (value % SCALE_WORDS[nxt] > 0)
        else:
            word, definite = _strip(tok)
            if word in VAGUE and not (
                word == "الاف" and i > 0 and _is_number_word(tokens[i - 1][2])
            ):
                vague = VAGUE[word]
                is_word = True
                if i + 1 < len(tokens) and _strip(tokens[i + 1][2])[0] in ("الاف", "ملايين"):
                    factor = 1000 if "الاف" in tokens[i + 1][2] else 1_000_000
                    vague = (vague[0] * factor, vague[1] * factor, vague[2] * factor)
                    used = 2
            elif (
                word == "نصف" and i + 1 < len(tokens) and _strip(tokens[i + 1][2])[0] in SCALE_WORDS
            ):
                value = SCALE_WORDS[_strip(tokens[i + 1][2])[0]] // 2
                used = 2
                is_word = True
            elif word in ("عشر", "عشره") and i > 0 and _ORDINAL_UNIT.fullmatch(tokens[i - 1][2]):
                i += 1  # "دون الثامنة عشرة", "الحادي عشر": an ordinal, not ten
                continue
            elif word in WORD_VALUES:
                words = [word] + [t[2] for t in tokens[i + 1 : i + 8]]
                parsed = _parse_words(words)
                if parsed:
                    value, used = parsed
                    is_word = True
        if value is None and vague is None:
            i += 1
            continue
        value_start, value_end = start, tokens[i + used - 1][1]
        qualifier, q_start = _qualifier_before(text, start)
        after = _qualifier_after(text, value_end)
        if qualifier == "exact" and after:
            qualifier = after
        if vague is not None:
            low, best, high = vague
            qualifier = "vague"
        else:
            low, best, high = _estimate(int(value or 0), qualifier)
        out.append(
            NumberMention(
                start=q_start,
                end=value_end,
                best=best,
                low=low,
                high=high,
                qualifier=qualifier,
                is_word=is_word,
                definite=definite,
                value_start=value_start,
                value_end=value_end,
            )
        )
        i += used
    return _ranges(text, out)


_RANGE_TO = re.compile(r"\s*(?:الي|-|–)\s*")
_RANGE_AND = re.compile(r"\s*و\s*")
_RANGE_BETWEEN = re.compile(r"(?:^|\s)(?:ما\s+)?بين\s*$")
_RANGE_FROM = re.compile(r"(?:^|\s)من\s*$")


# "1- 4 من عناصر ...", "2) مواطنان": a numbered item's marker at the start of a line
ITEM_MARKER = r"\d{1,2}[-–.)]\s"  # a numbered item's marker: "1- ", "2) ", "3. "
_ITEM_MARKER = re.compile(ITEM_MARKER)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Join "10 إلى 15" and "بين 10 و15" into one mention: low = best = first, high = second."""
    out: list[NumberMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        if _ITEM_MARKER.match(text, a.value_start) and _LINE_START.search(text, 0, a.start):
            i += 1  # "1- 4 من عناصر قوات النظام": an item's number, then the count
            continue
        b = found[i + 1] if i + 1 < len(found) else None
        year = b and re.fullmatch(r"(?:19|20)\d\d", text[b.value_start : b.value_end])
        if b and not year and a.qualifier == b.qualifier == "exact" and a.best < b.best:
            joined = b.is_word and text.startswith("و", b.value_start)  # "ثلاثة وخمسة"
            gap = text[a.value_end : b.value_start + joined]
            head = text[max(0, a.start - 12) : a.start]
            between = _RANGE_BETWEEN.search(head)
            to = _RANGE_TO.fullmatch(gap) and not _RANGE_FROM.search(head)
            if to or (between and _RANGE_AND.fullmatch(gap)):
                start = a.start - (len(head) - between.start()) if between else a.start
                start += len(text[start : a.start]) - len(text[start : a.start].lstrip())
                out.append(
                    NumberMention(start, b.end, a.best, a.best, b.best, "range", a.is_word,
                                  a.definite, a.value_start, b.value_end)
                )  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _is_number_word(token: str) -> bool:
    word, _ = _strip(token)
    return word in WORD_VALUES or bool(re.fullmatch(r"\d+", token))


def parse_number(text: str) -> int | None:
    """The value of a single number expression ("خمسة وعشرين", "380 ألف", "٣٤"), or None."""
    from pipeline.normalize import normalize_arabic

    found = find_numbers(normalize_arabic(text))
    return found[0].best if found else None
