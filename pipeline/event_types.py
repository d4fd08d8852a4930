"""Event types in the ACLED spirit, told by keywords nearest to a casualty figure.

``classify_event(norm_text, position, start, end) -> str`` picks, inside ``[start, end)`` of the
normalised text (a sentence), the event keyword closest to ``position`` (the figure); a tie goes to
the more specific type (the order of ``EVENT_TYPES``). ``"unknown"`` when none is there.
"""

from __future__ import annotations

from pipeline.arabic_match import Lexicon

# most specific first: a tie in distance goes to the earlier type
EVENT_TYPES: dict[str, tuple[str, list[str]]] = {
    "execution": ("killing of captives", ["اعدام", "اعدامات", "اعدم", "اعدمت", "اعدموا", "ذبح", "نحر", "إعدام ميداني", "اعدامهم", "اعدامه"]),
    "assassination": ("targeted killing", ["اغتيال", "اغتيالات", "اغتال", "اغتالت", "اغتالوا", "تصفية", "تصفيه", "عملية اغتيال", "بأداة حادة", "اداه حاده", "اطلاق الرصاص", "إطلاق النار على"]),
    "abduction": ("abduction or capture", ["اختطاف", "خطف", "اختطف", "اختطفت", "اختطفوا", "مختطفين", "المختطفين", "اسر", "أسر", "اسرت", "اعتقال", "اعتقلت", "اعتقالات", "احتجاز", "حملة دهم"]),
    "ied_landmine": ("IED, landmine, car bomb", ["عبوة ناسفة", "عبوات ناسفة", "عبوه", "عبوات", "لغم", "ألغام", "الغام", "لغم أرضي", "مفخخة", "سيارة مفخخة", "انفجار عبوة", "مخلفات الحرب", "جسم متفجر", "تفجير", "تفجيرات", "انفجار"]),
    "ambush": ("ambush", ["كمين", "كمائن", "الكمين", "نصب كمين", "كميناً"]),
    "attack_checkpoint": ("attack on a checkpoint or post", ["حاجز", "حواجز", "نقطة عسكرية", "نقاط عسكرية", "نقطة تفتيش", "مخفر", "نقطة للجيش", "نقطة لقوى الأمن"]),
    "attack_convoy_bus": ("attack on a convoy, bus or vehicle", ["حافلة", "حافلات", "باص", "رتل", "أرتال", "قافلة", "سيارة", "سيارات", "صهريج", "صهاريج", "شاحنة", "آلية", "آليات"]),
    "air_drone_strike": ("air or drone strike", ["غارة", "غارات", "الغارات", "قصف جوي", "ضربة جوية", "ضربات جوية", "الطائرات الروسية", "الطيران الروسي", "الطيران الحربي", "طائرة مسيرة", "طائرات مسيرة", "مسيرة", "مسيّرة", "درون", "طلعات جوية", "بقصف جوي"]),
    "shelling": ("artillery or rocket shelling", ["قصف مدفعي", "قصف صاروخي", "قذائف", "قذيفة", "صواريخ", "صاروخ", "قصف"]),
    "armed_clash": ("armed clash or attack", ["اشتباك", "اشتباكات", "مواجهات", "مواجهة", "معارك", "معركة", "هجوم", "هجمات", "هجوما", "اقتحام", "مهاجمة", "قتال", "برصاص", "رصاص", "حملة تمشيط"]),
}  # fmt: skip
_LEXICON = Lexicon({name: terms for name, (_, terms) in EVENT_TYPES.items()})
_ORDER = list(EVENT_TYPES)


def event_keywords(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every event keyword in ``norm[start:end]``: (start, end, type)."""
    return list(_LEXICON.finditer(norm, start, end))


def classify_event(norm: str, position: int, start: int = 0, end: int | None = None) -> str:
    """The event type whose keyword is nearest to ``position`` within ``norm[start:end]``."""
    found = event_keywords(norm, start, end)
    if not found:
        return "unknown"

    def distance(k: tuple[int, int, str]) -> tuple[int, int]:
        gap = k[0] - position if k[0] >= position else max(0, position - k[1])
        # a keyword after the figure ("قتلوا في كمين") counts a little more than one before it
        return (gap if k[0] >= position else gap + 5, _ORDER.index(k[2]))

    nearest = min(found, key=distance)[2]
    if nearest == "armed_clash":
        # "هجوم على حافلة": the attack's target or means, named in the same clause, says more
        left = (
            max(norm.rfind("،", start, position), norm.rfind(",", start, position), start - 1) + 1
        )
        rights = [
            i for i in (norm.find("،", position, end), norm.find(",", position, end)) if i >= 0
        ]
        right = min(rights, default=end)
        specific = [
            k for k in found if k[2] not in ("armed_clash", "shelling") and left <= k[0] < right
        ]
        if specific:
            return min(specific, key=distance)[2]
    return nearest


def is_event_word(word: str) -> bool:
    """Whether a normalised word is an event keyword (used to tell strikes from casualties)."""
    return _LEXICON.fullmatch(word)
