"""Casualty figures in Arabic conflict reporting: status, counts, party, perpetrator, aggregate, source.

``find_figures(text) -> Analysis`` reads the text as published, matches on its normalised form
(``arabic_match.normalize_with_offsets``) and maps every figure back to the original: evidence
sentence and the number's own span are character offsets into ``text``.

A number is a casualty figure when a status cue is tied to it: a status noun right after it
("20 قتيلا", "آلاف المختطفين"), a status word before it ("مقتل 6 عناصر", "إصابة ما لا يقل عن 23
شخصا", "خسر التنظيم 81 من عناصره"), or a status verb after its noun phrase ("5 من عناصر النظام
قتلوا"); a number joined to a figure ("و15 جهاديا", "بينهم 8 ضباط", "هم 16 مدنيا") shares its
status, as a sibling or as a sub-count of it (``parent``). "مقتل ضابط" and "مقتل عنصرين" count 1
and 2. Numbers that are dates, years, durations, distances, money, counts of strikes, operations or
vehicles, ordinals and unit names ("الفرقة الرابعة", "اللواء 93") are never figures, nor are the
released ("أفرجت عن ثمانية"), deaths from earthquakes or road accidents, and mixed counts that
cannot be split ("مقتل وإصابة 5", "عشرات القتلى والجرحى", "12 بين قتيل وجريح").

Party: the words after the figure ("من قوات النظام", "في صفوف داعش", "15 جهاديا"), a possessive
("من عناصره": the subject), a running tally's noun ("حصيلة قتلى قوات النظام ... إلى 145"), "between
X and Y" (both sides), the attacked side ("نصبت خلايا التنظيم كميناً لرتل تابع لقوات النظام"),
then the figure before ("وأصيب 5 آخرون"), the story's side. Aggregate: a period or running total
named in the figure's clause or before it ("خلال الشهر الفائت", "منذ مطلع العام", "منذ 2011"), a
vague or huge count without a day, or a sentence continuing a total.

A verb may govern a number across a comma-framed aside ("اعتقلت قسد، فجر الثلاثاء، 7 أشخاص");
membership ("ينتسبان لـ...") beats origin ("من أبناء الميادين"); a possessive agrees in gender with
its antecedent ("قسد ... التنظيم ... من عناصرها" is SDF). With camel-tools morphology installed,
verb forms no lexicon lists are read by their lemma (``VERB_LEMMAS``); without it nothing changes.

Statuses: killed, wounded, captured_or_abducted, executed, missing. Parties: government (forces and
allied militias), isis, sdf, russia, iran_backed, coalition, turkey, opposition, civilians,
both_sides, mixed, unknown. Attribution: sohr, russian_mod, syrian_government, local_sources, sdf,
isis, coalition, un, outlet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from pipeline.arabic_match import (
    Lexicon,
    NormText,
    lemmas,
    morphology_available,
    normalize_with_offsets,
)
from pipeline.event_dates import MONTHS, DateMention, find_dates
from pipeline.event_types import is_event_word
from pipeline.normalize import normalize_term
from pipeline.numbers import NumberMention, find_numbers

STATUSES = ("killed", "wounded", "captured_or_abducted", "executed", "missing")


def _n(words: str) -> set[str]:
    return {normalize_term(w) for w in words.split()}


# status nouns right after a number ("20 قتيلا", "عشرات القتلى")
STATUS_NOUNS = {
    "killed": _n(
        "قتيل قتيلا قتيلان قتيلين قتلى شهيد شهيدا شهداء شهيدين شهيدان ضحية ضحايا جثة جثث جثامين"
    ),
    "wounded": _n("جريح جريحا جريحان جريحين جرحى مصاب مصابا مصابين مصابون إصابات إصابة"),
    "captured_or_abducted": _n(
        "أسير أسيرا أسرى مختطف مختطفا مختطفين مختطفون مخطوف مخطوفا مخطوفين معتقل معتقلا معتقلين "
        "معتقلون موقوف موقوفين محتجز محتجزين رهينة رهائن"
    ),
    "missing": _n("مفقود مفقودا مفقودين مفقودون مختف مختفيا مختفين مختفون مخفيين مخفيون"),
    "executed": set(),
}
# status words before a number ("مقتل 6", "قتل التنظيم 5", "إصابة نحو 10")
STATUS_BEFORE = {
    "killed": _n(
        "مقتل قتل قتلت قتلوا يقتلون يقتل تقتل قتلهم مصرع استشهاد استشهد استشهدت لقي لقوا "
        "حياة بحياة أرواح تصفية اغتيال اغتالت اغتال اغتالوا خسر خسرت يخسر فقد فقدت نفق نفقوا "
        "حصد حصدت أودى أودت القضاء تحييد ارتقاء ارتقى ارتقت يقضي قضى قضت تقضي جثث جثة جثامين رفات توفي "
        "ضحيته ضحيتها ضحيتهم يغتالون يغتال تغتال "
        "توفيت وفاة حيدت حيد حيدوا هلاك هلك يهلكون أهلكوا نعت نعى تنعى ينعى نعوا جثتي جثتا "
        "اغتيل اغتيلت اغتيلوا اغتيلا أردي أرديت أردوا أردى أردت صفي صفيت صفوا"
    ),
    "wounded": _n("إصابة اصابة أصيب أصيبت أصابت أصابوا جرح جرحت إصابتهم وإصابة اصابه يصيب تصيب"),
    "captured_or_abducted": _n(
        "اختطاف خطف اختطف اختطفت اختطفوا أسر أسرت اعتقال اعتقلت اعتقل احتجاز احتجزت اقتياد "
        "اقتاد اقتادت اقتادوا يقتاد يقتادوا يقتادون تقتاد اعتقالات اختطافات "
        "أسرهم يختطف تختطف يأسر تأسر اختطاف خطف أسر القبض توقيف تعتقل يعتقل يعتقلون تخطف يخطف "
        "توقف يوقف أوقفت أوقف أوقفوا خطفت خطفوا اعتقلوا أسروا احتجزوا استسلام استسلم استسلمت "
        "قبض قبضت قبضوا يقبض تقبض يقبضان يقبضون"  # "قبضت ... على مرتزقين اثنين"
    ),  # surrender: taken by the other side
    "executed": _n(
        "إعدام أعدم أعدمت أعدموا يعدم تعدم يعدمون يعدموا إعدامات نحر ذبح نحرت ذبحت نحروا ذبحوا يذبحون"
    ),
    "missing": _n("فقدان اختفاء الاتصال إخفاء تغييب أخفي أخفيت أخفوا"),
}
# status verbs after a number's noun phrase ("5 من عناصر النظام قتلوا")
STATUS_AFTER = {
    "killed": _n(
        "قتلوا قتلو قتل قتلا لقوا لقي حتفهم حتفه استشهدوا قضوا سقطوا قتلت لقيا حتفهما هلكوا نفقوا فارقوا "
        "مصرعهم مصرعه مصرعهما اغتيلوا اغتيلا اغتيل صفوا"
    ),
    "wounded": _n("أصيبوا اصيبوا أصيب جرحوا أصيبت أصيبا جرحا"),
    "captured_or_abducted": _n(
        "اختطفوا خطفوا أسروا اعتقلوا اعتقل احتجزوا اختطفهم اختطفتهم خطفهم أسرهم اعتقلتهم استسلموا سلموا"
    ),
    "executed": _n("أعدموا أعدم نحروا ذبحوا"),
    "missing": _n("فقدوا مجهولا مجهولي مجهولين مجهول اختفوا اختفى اختفت اختفيا للاختفاء"),
}
# lemmas of casualty verbs, for the optional camel-tools morphology (``arabic_match.lemmas``)
VERB_LEMMAS = {
    "killed": _n("قتل استشهد أردى لقي اغتال صرع"),
    "wounded": _n("جرح أصاب"),
    "captured_or_abducted": _n("اختطف خطف أسر اعتقل احتجز"),
    "executed": _n("أعدم نحر ذبح"),
}
_VERB_CUES = _n(
    "قتل قتلت قتلوا يقتلون يقتل تقتل خسر خسرت يخسر فقد فقدت أصيب أصيبت أصابت جرح جرحت اختطف "
    "اختطفت أسرت اعتقلت اعتقل أعدم أعدمت أعدموا حصد حصدت أودى أودت اغتالت اغتال يغتالون يغتال "
    "حيدت حيد حيدوا خطف خطفت نعت نعى اقتاد اقتادت اقتادوا استشهد استشهدت اختطفوا خطفوا اعتقلوا "
    "أسروا يعدمون يذبحون قبضت قبضوا"
)
# what a casualty number counts
PERSON_NOUNS = _n(
    "عنصر عناصر عنصرا عنصرين جندي جنديا جنود جنديين ضابط ضباط ضابطا مسلح مسلحا مسلحين مسلحون "
    "مقاتل مقاتلا مقاتلين مقاتلون مقاتلي جهادي جهاديا جهاديين جهاديون مدني مدنيا مدنيين مدنيون "
    "مدنية شخص شخصا أشخاص شخصين طفل طفلا أطفال طفلة امرأة نساء سيدة سيدات رجل رجال شاب شبان "
    "شابا مواطن مواطنا مواطنين مواطنون عامل عمال عاملا راع راعي رعاة عسكري عسكريا عسكريين "
    "أفراد فرد فردا قيادي قياديا قياديين صحفي صحفيين متطوع متطوعين جامعي باحثين صيادين "
    "مزارع مزارعين عناصره عناصرها مقاتليه مقاتليها جنوده جنودها أفراده أفرادها منتسبي عاملين "
    "موظف موظفين مسؤول مسؤولين ضحية شيخ وجهاء حارس حراس سائق سائقين مشتبه مشتبها مشتبهين "
    "مشتبهون متهم متهما متهمين متهمون روسيين روسيان إرهابيا "
    "إرهابيين إرهابي رعاة آخرون آخرين آخران آخر مطلوب مطلوبا مطلوبين مطلوبون إخوة أخوة أشقاء "
    "معلمين مدرسين أطباء مهندسين ممرضين تجار مسعفين إعلاميين مرتزقا مرتزقة مرتزق مرتزقين "
    "لاجئ لاجئة لاجئين لاجئون نازح نازحة نازحين فتى فتيان فتية قاصر قاصرا قاصرين قاصرات "
    "مواطنات مواطنة وجيه وجيها "
    "مهاجمين مهاجمون مستشار مستشارا مستشارين مستشارون خبير خبيرا خبراء"
)
POSSESSIVE_NOUNS = _n(
    "عناصره عناصرها مقاتليه مقاتليها جنوده جنودها أفراده أفرادها صفوفه صفوفها عناصرهم مقاتليهم "
    "قواته قواتها قواتهم"
)
SINGULAR = _n(
    "عنصر جندي ضابط مدني مدنية طفل طفلة شخص مواطن شاب رجل امرأة سيدة مقاتل مسلح قيادي راع راعي "
    "عامل مختار مسؤول مسؤولة فتاة عسكري صحفي ناشط حارس سائق شيخ ثالث رابع خامس آخر مرافق مرافقه "
    "مهاجم مسلحا قائد قائدا أمير أميرا مساعده "
    "مقاتلا عنصرا جنديا ضابطا شخصا طفلا شابا رجلا مدنيا مواطنا ملازم نقيب رائد مقدم عقيد عميد "
    "رقيب عريف مجند مساعد لواء ابنه ابنها شقيقه شقيقها زوجته والده والدته مقاتلة رفيقه "
    "رفيقها رفيقته رفيقتها زميله زميلها المدعو المدعوة مدرس معلم معلمة طبيب طبيبة مهندس ممرض "
    "لاجئ لاجئة نازح نازحة فتى وجيه وجيها "
    "ممرضة موظف موظفة تاجر محام محامي مسعف إعلامي مزارع صيدلاني خطيب مستشار خبير زعيم زعيمه "
    "متزعم عضو جنرال جنرالا مرتزق مرتزقا"
)
KIN_NOUNS = _n(
    "ابنه ابنها ابنته ابنتها شقيقه شقيقها شقيقته شقيقتها زوجته زوجها والده والدته أخاه أخته "
    "والدها والدتها والدهما والدتهما والدهم والدتهم والدهن والدتهن شقيقهما شقيقتهما"
)
SINGULAR |= KIN_NOUNS
DUAL = _n(
    "عنصرين عنصران جنديين جنديان ضابطين ضابطان شخصين شخصان طفلين طفلان شابين شابان رجلين رجلان "
    "امرأتين امرأتان طفلتين راعيين سائقين حارسين مدنيان عسكريان مقاتلان شقيقان شقيقين زعيمين زعيمان قائدين قائدان "
    "مستشاران مستشارين راعيي مرتزقين مرتزقان"
)
PERSON_NOUNS |= SINGULAR | DUAL
# a noun right after a number that shows it counts something else
NON_CASUALTY_NOUNS = _n(
    "ساعة ساعات يوم يوما أيام أسبوع أسابيع شهر شهرا أشهر شهور سنة سنوات عام أعوام عاما دقيقة "
    "دقائق ثانية كيلومتر كيلومترا كيلومترات كم كلم متر مترا أمتار ميل دولار دولارا ليرة ليرات "
    "يورو طن كغ غارة غارات ضربة ضربات عملية عمليات هجوم هجمات هجوما طلعة طلعات كمين كمائن "
    "صاروخ صواريخ قذيفة قذائف برميل براميل مرة مرات عبوة عبوات لغم ألغام انفجار تفجير تفجيرات "
    "اشتباك اشتباكات آلية آليات سيارة سيارات سيارتين سيارتان صهريج صهاريج صهريجين شاحنة "
    "شاحنات شاحنتين مركبة مركبات دبابة دبابات عربة عربات مدرعة حافلة حافلات موقع "
    "مواقع نقطة نقاط حاجز حواجز قرية قرى بلدة بلدات منزل منازل مقر مقرات طائرة طائرات مسيرة "
    "مسيرات بئر آبار رأس مليون مليار بالمئة بالمائة المئة بالمية نقطة شحنة محور محاور "
    "خلية خلايا مجموعة مجموعات معركة معارك مداهمة مداهمات حملة حملات غرفة رصاصة طلقة حالة "
    "حالات تعليق تعليقات منشور بيان هدف هدفا أهداف مخبأ مخابئ ميليشيا فصيلا فصائل منشأة منشآت "
    "سجن سجون مخيم مخيمات مستودع مستودعات"
)
UNIT_BEFORE = _n(
    "الفرقة اللواء الفوج الفيلق الكتيبة المجموعة الشهر الأسبوع اليوم العام عام سنة رقم المرتبة "
    "المادة القرار الطريق النقطة الحاجز المحور الساعة الساعات بتاريخ تاريخ لليوم للشهر الدقيقة "
    "الـ ال الدرجة الطابق المبنى بالمئة السنة الأيام القطاع الحي شهادات مقابلات"
)
FILLERS = _n(
    "إلى الى عن ما من منه منهم خلال يوم أمس اليوم فقط أيضا كذلك على في نحو حوالي قرابة "
    "بحسب وفق الأقل أكثر جميعا"
)
_SUPPORT_WORDS = _n("بالتعاون بالتنسيق بمساندة بمشاركة بدعم بإسناد مع")
_TIME_WORDS = _n("العام عام السنة الشهر الأسبوع اليوم الأيام")
DURATION_NOUNS = _n("ساعة ساعات يوم يوما أيام أسبوع أسابيع شهر شهرا أشهر دقيقة دقائق")
LOST_VERBS = _n("فقد فقدت فقدا فقدوا")
_LIVES = re.compile(r"(?<!\w)[وب]?(?:حيا[تة]|ارواح)")
TWO_WORDS = _n("اثنين اثنان اثنتين اثنتان")
ONE_WORDS = _n("واحد واحدا واحدة")  # "عنصر واحد": the numeral is the figure
TIMES_OF_DAY = _n("فجر صباح ظهر عصر مساء ليل ليلة منتصف اليوم أمس يوم")
# words of an aside between a verb and its object: time, manner, a party's adjectives
ASIDE_WORDS = (
    TIMES_OF_DAY
    | FILLERS
    | _n(
        "رميا بالرصاص ذبحا شنقا ميدانيا علنا ميليشيا الإيراني الأفغاني الأفغانية العراقي "
        "العراقية اللبناني الروسي الروسية الأمريكي الأميركي التركي الماضي الماضية الفائت "
        "الفائتة المنصرم بمساندة بمشاركة بدعم بإسناد بالتنسيق مع"  # "اعتقلت قسد، الثلاثاء الماضي،
        # 14 شخصاً", "اعتقلت قوى الأمن الداخلي، بمساندة من التحالف الدولي، تسعة أشخاص"
        " في حادثة واحدة منفصلة"  # "اختُطف، في حادثة واحدة مطلع آذار، 4"
        " السبت الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة"  # "يوم السبت 11 آذار"
    )
)
BREAKDOWN_MARKERS = _n("بينهم منهم هم بينها منها وهم بينهما منهما ضمنهم ضمنها")  # "من بينهم"
CAUSE_MARKERS = _n(
    "جراء إثر بسبب برصاص بنيران بغارات بغارة بقصف بهجوم بانفجار بكمين هجوم هجمات غارات غارة "
    "قصف كمين يد نفذه نفذها شنه شنها تبنى تبناه لهجوم استهداف لدى قبل"
)
PARTIES: dict[str, list[str]] = {
    "isis": [
        "داعش", "تنظيم الدولة", "الدولة الإسلامية", "تنظيم الدولة الإسلامية", "التنظيم",
        "الجهاديين", "جهاديين", "جهاديا", "جهادي", "الجهاديون", "خلايا التنظيم", "خلايا داعش",
        "التنظيم المتطرف", "التنظيم المتشدد", "ولاية الشام", "مقاتلي التنظيم", "عناصر التنظيم",
        "خلايا", "الخلايا", "خلاياه", "خلية", "الخلية", "الإرهابيين", "إرهابيي", "إرهابيا", "إرهابيين", "الإرهابيون",
        "إرهابيو", "المجموعة الإرهابية", "مجموعة إرهابية", "المجموعات الإرهابية",
        "مجموعات إرهابية", "التنظيمات الإرهابية", "فلول داعش", "مرتزقة داعش", "المرتزقة",
        "جنود الخلافة", "مقاتلي الدولة", "فلول التنظيم", "دواعش", "الدواعش", "داعشي", "داعشيا",
        "داعشيين", "الداعشيين", "عناصر يعتقد انتماؤهم لداعش", "التكفيريين", "التكفيريون",
        "تكفيريين", "الجماعات التكفيرية", "العصابات التكفيرية", "المجموعات التكفيرية",
    ],
    "government": [
        "قوات النظام", "النظام السوري", "النظام", "الجيش السوري", "الجيش العربي السوري",
        "القوات الحكومية", "قوات الحكومة", "الحكومة السورية", "جنود النظام", "القوات السورية",
        "القوات الموالية للنظام", "القوات الموالية", "الدفاع الوطني", "الفيلق الخامس",
        "لواء القدس", "الميليشيات الموالية", "المليشيات الموالية", "الميلشيات الموالية",
        "الميليشيات الرديفة", "المليشيات الرديفة", "الميلشيات الرديفة", "القوات الرديفة",
        "القوات المساندة", "الميليشيات", "المليشيات",
        "الميلشيات", "ميليشيات", "مليشيات", "الفرقة الرابعة", "الحرس الجمهوري", "جيش النظام",
        "المسلحين الموالين", "الأمن العسكري", "قوات الأمن", "الأجهزة الأمنية", "الأمن العام",
        "جهاز الأمن العام", "وزارة الداخلية السورية", "وزارة الدفاع السورية", "إدارة العمليات العسكرية",
        "وزارة الداخلية", "وزارة الدفاع", "الجيش السوري الجديد", "قوات الحكومة السورية", "المخابرات الجوية", "قوات الأمن السورية",
        "الجيش", "قوات الجيش", "الفرقة", "الفيلق", "صقور الصحراء", "قوات العشائر الموالية", "عسكريا", "عسكريين",
        "العسكريين", "عسكريون", "جنديا سوريا", "جنود سوريين", "جنديين سوريين",
        "الجيش النصيري", "النصيري", "النصيرية", "النصيريين", "ميليشيات الأسد", "ميليشيا الأسد",
        "جيش الأسد", "قوات الأسد", "نظام الأسد", "فرع الأمن العسكري", "الأمن السياسي",
        "أمن الدولة", "المخابرات العسكرية", "القوات الحكومية السورية", "الاستخبارات العامة",
        "جهاز الاستخبارات العامة", "المخابرات العامة", "الأمن العام السوري", "ميليشيا القاطرجي", "القاطرجي", "الفوج",
        "حرس الحدود", "الشرطة العسكرية", "الأمن الداخلي", "قيادة الأمن الداخلي", "الكلية الحربية", "طلاب الكلية الحربية",
        "الطلاب الضباط", "طلاب ضباط", "ميليشيا أسد", "ميليشيات أسد", "مليشيا أسد", "مليشيات أسد",
        "قوات أسد", "جيش أسد", "نظام أسد", "ميليشيا النظام", "ميليشيات النظام", "مليشيات النظام",
    ],
    "iran_backed": [
        "الميليشيات الموالية لإيران", "المليشيات الموالية لإيران", "الميلشيات الموالية لإيران",
        "الميليشيات المدعومة من إيران", "المليشيات المدعومة من إيران", "ميليشيات موالية لإيران",
        "الميليشيات الإيرانية", "المليشيات الإيرانية", "الميلشيات الإيرانية", "الموالية لإيران",
        "المدعومة من إيران", "الحرس الثوري", "حزب الله", "فاطميون", "زينبيون", "لواء فاطميون",
        "لواء زينبيون", "الميليشيات التابعة لإيران", "القوات الإيرانية", "المدعومة إيرانيا",
        "الإيرانية", "لواء الباقر", "الحشد الشعبي", "هيئة الحشد الشعبي", "الحشد", "كتائب حزب الله",
        "النجباء", "حركة النجباء", "حزب الله العراقي", "حزب الله اللبناني", "عصائب أهل الحق",
        "كتائب سيد الشهداء", "الحرس الثوري الإيراني", "فيلق القدس", "لواء فاطميون الأفغاني",
        "لواء زينبيون الباكستاني", "حيدريون", "الحيدريون", "لواء حيدريون", "الفاطميون",
        "الزينبيون", "الميليشيات العراقية",
        "المليشيات العراقية", "الفاطميين", "فاطميين", "الزينبيين", "زينبيين", "إيرانيين",
        "الإيرانيين", "إيرانيا", "إيراني", "مستشارين إيرانيين", "إيرانيان", "مدعومة من إيران",
        "جماعات مدعومة من إيران", "الجماعات المدعومة من إيران", "فصائل مدعومة من إيران",
        "موالية لإيران", "مدعومة إيرانيا", "ميليشيات إيران", "ميليشيا إيران", "مليشيات إيران",
        "الميليشيات الإيرانية", "ميليشيات إيرانية", "مليشيات إيرانية", "الميليشيات الشيعية",
        "مرتبطة بإيران", "المرتبطة بإيران", "تابعة لإيران", "التابعة لإيران", "الموالية لإيران",
        "المقاومة العراقية", "فصائل المقاومة العراقية", "المقاومة الإسلامية في العراق",
        "الفصائل الموالية لإيران", "فصائل موالية لإيران", "الفصائل المدعومة من إيران",
        "الفصائل الإيرانية", "مقاتلي المقاومة", "المقاومة الإسلامية", "محور المقاومة",
        "المدافعين عن المقدسات", "المدافعين عن الحرم", "المدافعين عن المراقد", "مدافعي الحرم",
        "المدافعين عن مقام السيدة زينب", "حماة المقدسات",
    ],
    "russia": [
        "القوات الروسية", "الجيش الروسي", "روسي", "روسيا", "الروس", "روس", "الروسية", "الروسي",
        "عسكريين روس", "الشرطة العسكرية الروسية", "روسيان", "روسيين", "روسيا",
        "وزارة الدفاع الروسية", "الدفاع الروسية", "فاغنر", "مرتزقة فاغنر", "مجموعة فاغنر", "فاجنر",
        "الفيلق الأفريقي", "الفيلق الإفريقي", "الفيلق الأفريقي الروسي", "القاعدة الروسية",
        "قاعدة حميميم",
    ],
    "sdf": [
        "قسد", "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية", "الأسايش", "قوى الأمن الداخلي",
        "الدفاع الذاتي", "وحدات حماية الشعب", "مجلس دير الزور العسكري", "القوات الكردية",
        "المسلحون الأكراد", "المقاتلين الأكراد", "الإدارة الذاتية", "قوات الأسايش",
        "بي كا كا", "واي بي جي", "بي كا كا/ واي بي جي", "pkk", "ypg", "pyd", "ميليشيا pkk",
        "حزب العمال الكردستاني", "وحدات حماية المرأة", "الوحدات الكردية", "قوات الأمن الداخلي",
        "قوات الصناديد", "الصناديد", "مجلس منبج العسكري", "المجلس العسكري السرياني",
        "مجلس تل تمر العسكري", "مجلس الرقة العسكري", "مجلس الطبقة العسكري",
        "مجلس الخابور العسكري", "مجلس الباب العسكري", "مجلس جرابلس العسكري",
        "مجلس الحسكة العسكري", "مجلس هجين العسكري", "مجلس الشدادي العسكري",
    ],
    "coalition": [
        "التحالف الدولي", "قوات التحالف", "التحالف", "القوات الأمريكية", "القوات الأميركية",
        "الجيش الأمريكي", "الجيش الأميركي", "جنود أمريكيين", "أميركيين", "أمريكيين",
        "وزارة الدفاع الأمريكية", "البنتاغون", "المارينز", "مشاة البحرية الأمريكية",
        "مشاة البحرية الأميركية", "القيادة المركزية الأمريكية", "القيادة المركزية الأميركية",
        "سنتكوم", "جنود أميركيين", "جنديين أمريكيين", "جنديين أميركيين", "الأمريكيين",
        "الأميركيين", "أمريكيا", "أميركيا", "أمريكي", "أميركي", "أمريكيان", "أميركيان",
    ],
    "turkey": [
        "القوات التركية", "الجيش التركي", "تركيا", "التركية", "وزارة الدفاع التركية", "تركي",
        "تركيين", "تركيان", "التركيين", "الأتراك", "جنود أتراك", "القوات المسلحة التركية",
    ],
    "opposition": [
        "العشائر", "مقاتلي العشائر", "قوات العشائر", "مقاتلين من العشائر", "جيش سوريا الحرة",
        "الجيش الوطني", "الفصائل", "فصائل المعارضة", "المعارضة", "هيئة تحرير الشام", "الفصائل الموالية",
        "مرتزقة الاحتلال التركي", "مرتزقة تركيا", "الجيش الحر", "الجيش السوري الحر",
        "مغاوير الثورة", "قوات الشهيد أحمد العبدو",
        # factions of the Turkish-backed Syrian National Army and of the northern opposition
        "الجيش الوطني السوري", "الجبهة الشامية", "فرقة السلطان مراد", "فرقة الحمزة", "الحمزات",
        "فرقة السلطان سليمان شاه", "العمشات", "أحرار الشرقية", "جيش الإسلام", "فيلق الشام",
        "جيش النخبة", "أحرار الشام", "حركة أحرار الشام", "صقور الشمال", "فرقة المعتصم",
        "لواء السلطان محمد الفاتح", "الجبهة الوطنية للتحرير", "جيش الشرقية", "تجمع أحرار الشرقية",
        "فرقة الحمزات", "فصائل الجيش الوطني", "تحرير الشام",
        # Daraa's reconciled former opposition
        "فصائل التسوية", "عناصر التسوية", "اللواء الثامن", "المعارضة السابقة", "فصائل المعارضة سابقا",
    ],
    "civilians": [
        "مدني", "مدنيا", "مدنيين", "المدنيين", "مدنيون", "المدنيون", "مدنية", "مواطن", "مواطنا",
        "مواطنين", "المواطنين", "أطفال", "طفل", "طفلا", "طفلة", "الأطفال", "نساء", "امرأة", "سيدة",
        "رعاة", "راعي", "راعيا", "راع", "مدنيان", "طفلان", "طفلين", "امرأتان", "امرأتين", "راعيين", "راعيان", "شابين", "شابان", "قاطني", "القاطنين", "مواطنان", "مزارعان", "عاملان", "صحفيان", "شاب", "شابا", "شبان", "رعاة الأغنام", "راعي أغنام", "الأهالي", "أهالي", "سكان", "عمال", "عامل",
        "جامعي الكمأة", "الكمأة", "باحثين عن الكمأة", "مزارعين", "مزارع", "صيادين", "مختار",
        "المختار", "وجهاء", "أبناء", "نازحين", "لاجئين", "عائلة", "رعاة أغنام", "صحفي", "صحفيين",
        "عمالا", "العمال", "عاملين", "أبناء عشيرة", "من عشيرة", "سائق شاحنة", "سائق صهريج", "سائقي",
        "سائقين", "السائقين", "فتاة", "فتيات", "فتية", "فتى", "جامعي الفطر", "موظفين",
        "الرعاة", "المزارعين", "الصيادين", "النازحين", "اللاجئين", "أطفالا", "نسوة",
        "الدفاع المدني", "الخوذ البيضاء", "الهلال الأحمر", "طلاب", "طالبات", "تلاميذ", "تجار",
        "تاجر", "أشقاء", "شقيقين", "أطباء", "طبيب", "مسعفين", "ممرضين", "معلمين",
        "مدرس", "المدرس", "معلم", "المعلم", "معلمة", "المعلمة", "مدرسين", "المعلمين", "الطبيب",
        "لاجئ", "لاجئة", "لاجئا", "نازح", "نازحة", "نازحا", "سيدات", "السيدات", "مواطنات",
        "مواطنة", "وجيه", "وجيها", "الوجيه", "المصلين", "مصلين", "المصلون", "مصلون",
        "طبيبة", "ممرض", "ممرضة", "مهندس", "المهندس", "محام", "المحامي", "صيدلاني", "مسعف",
    ],
    "both_sides": [
        "الطرفين", "الجانبين", "كلا الطرفين", "الطرفان", "الجانبان", "من الجانبين",
        "مختلف الأطراف", "جميع الأطراف", "كافة الأطراف",
    ],
}  # fmt: skip
PARTY_LEXICON = Lexicon(PARTIES)
_MIXED = re.compile(r"(?:المدنيين|مدنيين)\s+و(?:ال)?عسكريين|(?:ال)?عسكريين\s+و(?:ال)?مدنيين")
ATTRIBUTIONS: dict[str, list[str]] = {
    "sohr": ["المرصد السوري", "المرصد السوري لحقوق الإنسان", "المرصد", "مرصد", "لمرصد"],
    "russian_mod": [
        "وزارة الدفاع الروسية", "الدفاع الروسية", "مركز المصالحة الروسي", "قاعدة حميميم",
        "مركز حميميم", "الجيش الروسي في بيان",
    ],
    "syrian_government": [
        "سانا", "وكالة الأنباء السورية", "الوكالة العربية السورية للأنباء", "مصدر عسكري",
        "الإعلام الرسمي", "وزارة الدفاع السورية", "التلفزيون السوري", "الإعلام الحربي",
        "وزارة الداخلية السورية",
    ],
    "local_sources": [
        "مصادر محلية", "مصادر ميدانية", "مصادر متقاطعة", "مصادر خاصة", "مصادر أهلية", "مصدر محلي",
        "مصدر ميداني", "مصادر مطلعة", "ناشطون", "ناشطين", "شبكات محلية", "شهود عيان", "مصدر أهلي",
        "مصادر عشائرية", "شبكة محلية", "مصادر",
    ],
    "sdf": ["المركز الإعلامي لقوات سوريا الديمقراطية", "المركز الإعلامي لقسد", "بيان لقسد"],
    "isis": ["وكالة أعماق", "أعماق", "صحيفة النبأ", "النبأ"],
    "coalition": ["القيادة المركزية الأمريكية", "القيادة المركزية الأميركية", "سنتكوم", "بيان للتحالف"],
    "un": ["الأمم المتحدة", "مكتب تنسيق الشؤون الإنسانية"],
}  # fmt: skip
ATTRIBUTION_LEXICON = Lexicon(ATTRIBUTIONS)
_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ATTRIBUTION_PARTY = {
    "sdf": "sdf", "syrian_government": "government", "russian_mod": "russia", "isis": "isis",
    "coalition": "coalition",
}  # fmt: skip


def _article_attribution(norm: str) -> str:
    """The first speaking party named in an article (for "قواتنا": the forces of whoever speaks)."""
    for _, _, name in ATTRIBUTION_LEXICON.finditer(norm):
        if name in _ATTRIBUTION_PARTY:
            return name
    return "outlet"


_PERIOD_EDGE = "مطلع|بدايه|اول|منتصف|نهايه|اواخر|اوائل|اخر|شهر"
_YEAR_PERIOD = r"(?:في\s+|(?<!\w)(?:ال)?عام\s+)(?:19|20)\d\d(?!\d)"
_AGGREGATE = re.compile(
    r"(?<!\w)[وف]?(?:"
    r"خلال\s+(?:ال)?(?:شهر|اشهر|الشهور|شهور|اسبوع|اسابيع|عام|العام|سنه|سنوات|الفتره|فتره|المده|مده|الربع|النصف|عامين|الاعوام|الشهرين|شهرين|ايام|يومين)"
    r"|خلال\s+(?:الساعات\s+(?:ال)?\s?(?:24|48|72|96)|(?:ال)?\s?(?:24|48|72|96)\s+ساعه)(?!\d)"
    r"|في\s+الايام\s+(?:\S+\s+)?(?:الاولي|الاخيره|الماضيه)(?!\w)"
    r"|منذ\s+(?!(?:ساع|يوم|ايام|الصباح|صباح|فجر|ليل|امس|مساء|لحظ|دقائق|وقوع"
    r"|ال(?:هجوم|كمين|حادث|حادثه|انفجار|تفجير|استهداف)(?!\w)))[\u0600-\u06ff0-9]+"
    r"|حصيله\s+(?:شهريه|اسبوعيه|سنويه|اجماليه)|الحصيله\s+(?:الشهريه|الاسبوعيه|السنويه|الاجماليه|الكليه)"
    rf"|(?:خلال|حصيله)\s+(?:شهر\s+)?(?:{_MONTH_NAMES})(?!\w)"
    # "توزعت حصيلة الضحايا على ...", "سجلت محافظة درعا الحصيلة الأعلى": a total's breakdown
    r"|توزع(?:ت)?\s+(?:ال)?(?:حصيله|قتلي|ضحايا)|الحصيله\s+(?:الاعلي|الاكبر|الادني|الاقل)"
    rf"|بين\s+(?:(?:{_PERIOD_EDGE})\s+)?(?:{_MONTH_NAMES})(?:\s+\d{{4}})?\s+و\s*(?:(?:{_PERIOD_EDGE})\s+)?(?:{_MONTH_NAMES})"
    r"|(?:ال)?شهر\s+(?:ال)?(?:اكثر|اقل)\s+دمويه|(?:اعلي|ادني|اكبر|اقل)\s+حصيله"
    r"|بين\s+(?:عامي|(?:19|20)\d\d\s+و\s*(?:ال)?(?:عام\s+)?(?:19|20)\d\d(?!\d))|خلال\s+(?:\S+\s+)?(?:اشهر|شهور|اسابيع|ايام|سنوات|اعوام)(?!\w)"
    # "مقتل عشرة أشخاص ... في أربع عمليات": a total over several attacks
    r"|في\s+(?:\d+|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر|عده|سلسله)\s+(?:عمليات|هجمات|اعتداءات|كمائن|تفجيرات|حوادث)(?!\w)"
    # "خلال أقل من ثلاثة أسابيع", "في أقل من أسبوعين"
    r"|(?:خلال|في)\s+(?:اقل|اكثر)\s+من\s+(?:\S+\s+)?(?:اسبوعين|شهرين|اسابيع|اشهر|شهور|ايام|سنوات|اعوام)(?!\w)"
    # "بين آذار 2019 ونهاية 2023": from a month to a year's end
    rf"|بين\s+(?:(?:{_PERIOD_EDGE})\s+)?(?:{_MONTH_NAMES})(?:\s+\d{{4}})?\s+و\s*(?:{_PERIOD_EDGE})\s+(?:عام\s+)?\d{{4}}"
    r"|(?:استمرت|استمر|امتدت|امتد|علي\s+مدي|علي\s+مدار)\s+(?:\S+\s+)?(?:\d+\s+)?(?:يوما|ايام|اسابيع|اسبوعا|اشهر|شهرا|شهور|سنوات|عاما|اعوام)(?!\w)"
    r"|(?<!مجهولا\s)(?<!مجهول\s)(?<!مفقودا\s)(?<!مفقود\s)(?<!مفقودين\s)(?<!محتجزا\s)(?<!محتجزين\s)(?<!مختطفا\s)(?<!مختطفين\s)"
    r"حتي\s+(?:الان|اللحظه|الساعه)|لليوم\s+(?:ال)?\S+\s+علي\s+التوالي"
    r"|مناطق\s+(?:سوريه\s+)?متفرقه|عموم\s+(?:المحافظه|سوريا|سوريه|البلاد|المناطق)|حصيله\s+(?:ال)?يوم"
    r"|(?:امتداد|كامل)\s+(?:الجغرافيا|الاراضي)\s+السوريه"  # SOHR's nationwide daily total
    r"|الحصيله\s+اليوميه|اجمالي|التعداد\s+الكلي|في\s+(?:ال)?عام\s+(?:19|20)\d\d|حصيله\s+الشهر|خلال\s+(?:19|20)\d\d"
    # "ما لا يقل عن 12 شخصاً عام 2017", "مقابل 18 في 2022": a year's total (not "آب عام 2017")
    rf"|{_YEAR_PERIOD}"
    # "شهد موسم الكمأة الماضي مقتل 162", "خلال موسم جمع الكمأة": a season's total
    r"|موسم\s+(?:(?:جمع|جني|البحث\s+عن)\s+)?(?:ال)?كماه|(?:خلال|طوال)\s+(?:ال)?موسم(?!\w)"
    r"|موسم\s+(?:العام|السنه)\s+(?:الماضي|الفائت|السابق)|الموسم\s+(?:الماضي|الفائت|السابق)"
    r"|(?:حصيله|ضحايا)\s+(?:ال)?موسم(?!\w)"  # "وحصيلة ضحايا الموسم ترتفع إلى 63"
    # "في ديسمبر (كانون الأول) وحده", "الشهر الماضي وحده": a month's total
    rf"|(?:{_MONTH_NAMES}|الشهر|العام|الاسبوع)(?:\s+\([^)]{{0,20}}\))?(?:\s+\S+)?\s+وحد(?:ه|ها)(?!\w)"
    r"|حصيله\s+(?:ال)?\s?(?:24|48|72)\s+ساعه"
    # "حصيلة الأشهر الخمسة الأولى من العام"
    r"|(?:ال)?(?:اشهر|اسابيع|سنوات|اعوام)\s+(?:ال)?\S+\s+(?:ال)?(?:اولي|اخيره|ماضيه)(?!\w)"
    r")"
)
NEW_INCIDENT = re.compile(
    r"\s*(?:وفي\s+(?:حادث|سياق|تطور|وقت)|في\s+(?:حادث|سياق)|من\s+جهه|وكان|وكانت|وقبل|ويعد|وتشهد)"
)
_OTHER_ACCOUNT = re.compile(
    r"\s*[وف]?(?:في|ب)\s*المقابل[،,]?\s+(?:قال|قالت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|اعلن|اعلنت)(?!\w)"
)
_SINGLE_INCIDENT = re.compile(
    r"(?<!\d\s)(?<!\w)[وفب]?(?:ال)?(?:انفجار|هجوم|كمين|غاره|ضربه|تفجير|اشتباك|استهداف)ا?(?!\w)"
    r"|(?<!\w)(?:استهدف|هاجم)(?:وا|ت)?\s+(?:\S+\s+)?(?:حافله|سياره|رتلا|دوريه|نقطه|حاجزا|موقعا)"
)  # "استهدفوا حافلة ... ما أسفر عن مقتل 7 منهم": one incident, even after a tally
AT_THE_SITE = re.compile(
    r"(?<!\w)(?:موقع|مكان)\s+ال(?:كمين|هجوم|انفجار|اشتباك|اشتباكات|تفجير|استهداف|حادث|حادثه)(?!\w)"
)  # "أصيب راعٍ قرب موقع الكمين": the incident told before
_THE_INCIDENT = re.compile(
    rf"{AT_THE_SITE.pattern}"
    r"|(?<!\w)(?:جراء|خلال)\s+ال(?:كمين|هجوم|انفجار|اشتباك|اشتباكات|تفجير|استهداف)(?!\w)"
    r"|(?<!\w)ب(?:انفجار|تفجير)\s+(?:لغم|عبوه)(?!\w)"
)  # "جراء الاشتباك", "بانفجار لغم": one incident, even after a tally
_SUPERLATIVE = re.compile(
    r"(?:(?<!\w)(?:الاعنف|الاكبر|الاول|الاولي|الادمي|الاشد|الاخطر|الابرز|الاوسع|الاكثر\s+\S+)"
    r"|من\s+نوعه(?:ا)?)\s*$"
)


_ORDINAL = r"(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)ه?"
_NTH_OF_PERIOD = re.compile(
    rf"(?:(?<!\w)(?:[وف]?(?:هو|هي)|ليكون|لتكون|يكون|تكون)\s+(?:\S+\s+)?ال{_ORDINAL}"
    rf"|(?<!\w){_ORDINAL}\s+(?:حادث|حادثه|هجوم|عمليه|جريمه|ضحيه|قتيل|حاله)(?!\w))[^.،,]*$"
)  # "وهو الثالث الذي يقتل في البلدة خلال أسبوع", "في ثالث حادثة خلال الشهر"


def _comparison(norm: str, cue: re.Match[str], floor: int) -> bool:
    """Whether a "منذ" cue dates a comparison ("الأعنف منذ أغسطس", "الثالثة من نوعها منذ")."""
    return cue.group().lstrip("وف").startswith("منذ") and bool(
        _SUPERLATIVE.search(cue.string, max(floor, cue.start() - 25), cue.start())
    )


def _ranks_the_incident(norm: str, cue: re.Match[str], floor: int) -> bool:
    """Whether a period cue after a figure ranks its incident ("وهو الثالث ... خلال أسبوع")."""
    before = norm[max(floor, cue.start() - 60) : cue.start()]
    return _comparison(norm, cue, floor) or (
        cue.group().lstrip("وف").startswith(("منذ", "خلال"))
        and bool(_NTH_OF_PERIOD.search(before) or _SUPERLATIVE.search(before))
    )


_ONE_INCIDENT_AFTER = re.compile(
    r"(?<!\w)(?:(?<!في\s)حين|عندما|يوم\s+(?!\d)|بعد\s+(?:هجوم|كمين|انفجار|استهداف|تفجير)(?!\w)"
    r"|ان\s+(?:هجوما|كمينا|انفجارا|تفجيرا)(?!\w))"
)  # "مشيراً إلى أن هجوماً قرب الكوم ... أودى بحياة 6 جنود": one incident told
_CONTRAST = re.compile(r"(?<!\w)(?:بينما|فيما|في حين|في المقابل|وفي حادثه|من جهه اخري)(?!\w)")
_PUNCT = re.compile(r"[.!?؟؛:،,()|\n]")
_SENTENCE_END = re.compile(r"\n+|(?<!\d)[.!?؟؛]+(?!\d)|(?<=\d)[.!?؟؛]+(?=\s|$)")
_WORD = re.compile(r"[\u0621-\u064a]+|\d+(?:[.,]\d+)*|[%]")


@dataclass
class Sentence:
    """A sentence of the normalised text (offsets into the normalised text)."""

    index: int
    start: int
    end: int
    paragraph: int


@dataclass
class Figure:
    """One casualty figure, with offsets into the normalised text (``n_*``) and the original."""

    status: str
    low: int | None
    best: int
    high: int | None
    qualifier: str
    sentence: int
    n_start: int
    n_end: int
    party: str = "unknown"
    perpetrator: str | None = None
    aggregate: bool = False
    attributed_to: str = "outlet"
    parent: int | None = None
    relation: str | None = None  # "cue", "sibling", "child", "implicit"
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    figure_text: str = ""
    start: int = 0
    end: int = 0
    children: list[int] = field(default_factory=list)
    tally_end: int | None = None
    implicit: bool = False  # counted by a noun ("مقتل ضابط"), not by a number
    inherits: bool = False  # "بين القتلى قائد": one of a figure before, of its party
    aggregate_reason: str | None = None  # "continuation": only the sentence before says a period


@dataclass
class Analysis:
    """A text's normalised form, sentences, date mentions and casualty figures."""

    text: NormText
    sentences: list[Sentence]
    figures: list[Figure]
    report_headline: tuple[int, int] | None = None  # a headline naming the period reported on


@lru_cache(maxsize=65536)
def _forms(word: str, no_ba: bool) -> frozenset[str]:
    """Every form of a word to look up in a lexicon (cached: words repeat)."""
    forms = _strip_clitics(word, no_ba)
    if word.endswith("ا") and len(word) > 4:  # accusative "مواطنا", "تفجيرا"
        forms += _strip_clitics(word[:-1], no_ba)
    return frozenset(forms)


def _strip_clitics(word: str, no_ba: bool = False) -> list[str]:
    """The word and its forms without one or two proclitics and the article."""
    forms = [word]
    prefixes = ("وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
    for pre in prefixes:
        if no_ba and "ب" in pre:
            continue
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            rest = word[len(pre) :]
            forms.append(rest)
            if pre == "لل":
                forms.append("ال" + rest)
            if pre in ("و", "ف") and rest.startswith("ال") and len(rest) > 3:
                forms.append(rest[2:])
    return forms


def _in(word: str, lexicon: set[str], no_ba: bool = False) -> bool:
    """Whether a word (proclitics, article and accusative ending aside) is in a lexicon.

    ``no_ba``: do not read a leading "ب" as "with/by" ("5 بضربات" counts no strikes)."""
    return not _forms(word, no_ba).isdisjoint(lexicon)


def _status_in(word: str, table: dict[str, set[str]]) -> str | None:
    for status, words in table.items():
        if _in(word, words):
            return status
    if (table is STATUS_BEFORE or table is STATUS_AFTER) and morphology_available():
        return _lemma_status(word)
    return None


def _lemma_status(word: str) -> str | None:
    """Status of a verb form no lexicon lists, by its camel-tools lemma ("أُردي" -> أردى)."""
    for form in _strip_clitics(word):
        for lemma in lemmas(form):
            for status, verbs in VERB_LEMMAS.items():
                if lemma in verbs:
                    return status
    return None


def split_sentences(norm: str) -> list[Sentence]:
    """Sentences of normalised text: split at line breaks and end punctuation."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for m in _SENTENCE_END.finditer(norm):
        if norm[start : m.start()].strip():
            out.append(Sentence(len(out), start, m.start(), paragraph))
        if "\n" in m.group():
            paragraph += 1
        start = m.end()
    if norm[start:].strip():
        out.append(Sentence(len(out), start, len(norm), paragraph))
    for s in out:  # trim spaces
        while s.start < s.end and norm[s.start] == " ":
            s.start += 1
        while s.end > s.start and norm[s.end - 1] == " ":
            s.end -= 1
    return out


def _words(norm: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(norm, start, end)]


def _gap_has_punct(norm: str, a: int, b: int) -> bool:
    return bool(_PUNCT.search(norm, a, b)) if b > a else False


class _Sentence:
    """Working view of one sentence: its words and number mentions."""

    def __init__(self, norm: str, sent: Sentence, dates: list[DateMention]) -> None:
        self.norm = norm
        self.sent = sent
        self.words = _words(norm, sent.start, sent.end)
        self.date_spans = [(d.start, d.end) for d in dates if sent.start <= d.start < sent.end]

    def index_at(self, pos: int) -> int:
        """Index of the first word starting at or after ``pos``."""
        for i, w in enumerate(self.words):
            if w[0] >= pos:
                return i
        return len(self.words)

    def in_date(self, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in self.date_spans)

    def dated(self, a: int, b: int) -> bool:
        """Whether a date mention starts between ``a`` and ``b``."""
        return any(a <= s < b for s, _ in self.date_spans)


_ONE_OF_THEM = {"احدهم", "احدهما", "احداهن", "احداهما"}
_LEADER = _n("قيادي قائد أمير ضابط ملازم نقيب رائد مقدم عقيد عميد")
_CHILD_OR_WOMAN = _n("طفل طفلة فتى فتاة قاصر امرأة سيدة")
_ORDINAL_UNITS = "الاولي|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه"
_AGE = re.compile(
    rf"\s*[،,]?\s*في\s+(?:(?:ال\s?ـ?\s?)?(?P<digits>\d{{1,2}})|(?P<minor>(?:{_ORDINAL_UNITS}|العاشره)"
    rf"|(?:الحاديه|{_ORDINAL_UNITS})\s+عشره))\s+من\s+(?:عمره|عمرها)(?!\w)"
)


_YEARS_OLD = re.compile(r"\s*(?:عاما|عام|سنه|سنوات)\s*\)")  # "(48 عاماً)"


def _minor_age(norm: str, pos: int) -> bool:
    """Whether an age under 18 follows ``pos`` ("في الرابعة عشرة من عمره", "في الـ15 من عمره")."""
    m = _AGE.match(norm, pos)
    return bool(m) and (bool(m.group("minor")) or int(m.group("digits") or 99) < 18)


_TREATED = re.compile(r"(?:يتلقون|يتلقي|يتلقيان|يخضعون|يخضع)\s+(?:ال|لل)علاج")
_EXECUTED_AFTER = re.compile(
    r"(?:[،,]?\s+[^\s.]+){0,14}?\s+(?:(?:الذين\s+|بعد\s+)?(?:اعدمهم|اعدمتهم|اعدامهم|اعدمهما|"
    r"اعدامهما)|(?:مفصول|مقطوع)\S*\s+الراس|ذبحا|نحرا)(?!\w)"
)  # and beheaded: "جثة راعٍ ... مفصولة الرأس"
# "جثتي اثنين ... وعليهما آثار إطلاق نار في الرأس، ما يشير إلى إعدامهما ميدانياً"
_EXECUTION_SHOWN = re.compile(
    r"(?:[،,]?\s+[^\s.]+){0,45}?\s+ما\s+(?:يشير|يدل|يرجح|يؤكد)\s+(?:(?:الي|علي)\s+)?(?:اعدام|تصفي)(?P<pronoun>\S*)"
)


def _execution_shown(norm: str, start: int, end: int, count: int) -> bool:
    """Whether the body found shows the execution of those counted: "ما يشير إلى إعدامه" for
    one, "إعدامهما" for two, "إعدامهم" for more (not another's in a later clause)."""
    m = _EXECUTION_SHOWN.match(norm, start, end)
    if not m:
        return False
    pronoun = m.group("pronoun")
    if pronoun.endswith("هما"):
        return count == 2
    if pronoun.endswith(("هم", "هن")):
        return count > 2
    if pronoun.endswith(("ه", "ها")):
        return count == 1
    return True


_REMAINING = re.compile(r"\s+(?:الباقين|الباقون|المتبقين|المتبقون|الاخرون|الاخرين)(?!\w)")


_VAGUE_COUNTS = _n("مئات آلاف عشرات المئات الآلاف العشرات")
_ONE_OF_THE_DEAD = re.compile(r"\s+(?:القتيلين|القتلي|الشهداء|الشهيدين|الضحايا|الضحيتين)(?!\w)")
# "أحد الموقوفين اعترف": one of those held, told of (unless a fate of his own is told)
_ONE_OF_THE_HELD = re.compile(
    r"\s+(?:الموقوفين|المعتقلين|المختطفين|المخطوفين|الاسري|المصابين|الجرحي)(?!\w)"
    r"(?!\s+(?:في\s+حاله|بحاله|حالته|وضعه))"  # "أحد المصابين في حالة حرجة": a sub-count
    r"(?:\s*[،,]?\s*(?P<next>\S+))?"
)  # "زوجة أحد المخطوفين، فتقول", "إنقاذ أحد المصابين"
_ONE_AMONG = re.compile(
    r"\s+من(?=\s)(?P<most>\s+(?:اكثر|اشد|اعنف|اكبر|ابرز|اسوا|اخطر|ادمي|افظع|اهم|اوسع)(?!\w))?"
)


_RELATIVES_OF = re.compile(
    r"\s+(?:(?:شخصا|اشخاص|امراه|نساء|رجلا|رجال)\s+)?من\s+(?:اقارب|ذوي|عائلات|اسر|اهالي|امهات|زوجات)\s+"
    r"(?:ال)?(?:مخطوفين|مختطفين|معتقلين|مفقودين|قتلي|ضحايا|شهداء|اسري|مغيبين)(?!\w)"
)
# "حكمت المحكمة بالإعدام على 4", "قضى الحكم بإعدام 3": a court's sentence
_SENTENCED = re.compile(
    r"(?<!\w)[وف]?(?:حكم|حكمت|يحكم|تحكم|الحكم|حكما|احكاما|احكام)\s+(?:\S+\s+){0,3}?"
    r"(?:بالاعدام|باعدام|بالسجن|بسجن)\s+(?:\S+\s+){0,2}?(?:علي\s+)?$"
)


def _is_non_casualty(sw: _Sentence, num: NumberMention) -> bool:
    """Whether a number is a date, year, duration, distance, amount, unit name or ordinal."""
    norm = sw.norm
    if sw.in_date(num.value_start, num.value_end):
        return True
    remaining = _REMAINING.match(norm, num.value_end)  # "مصير الخمسة الباقين"
    if num.definite and num.qualifier != "vague" and not remaining:
        return True
    before = norm[max(sw.sent.start, num.value_start - 12) : num.value_start]
    if re.search(r"(?:^|\s)ال\s?$", before) or before.endswith(("ال", "الـ")):
        return True
    i = sw.index_at(num.value_end)
    nxt = sw.words[i][2] if i < len(sw.words) else ""
    instrument = nxt.startswith(("ب", "وب", "فب")) and not _in(nxt, NON_CASUALTY_NOUNS, no_ba=True)
    if nxt and not instrument and _in(nxt, NON_CASUALTY_NOUNS) and not _in(nxt, PERSON_NOUNS):
        after = sw.words[i + 1][2] if i + 1 < len(sw.words) else ""
        if not (_in(nxt, CASE_NOUNS) and _status_in(after, STATUS_BEFORE)):
            return True
    if nxt in ("%",) or norm[num.value_end : num.value_end + 1] == "%":
        return True
    if re.match(
        r"\s+(?:\S+\s+)?من\s+(?:عمره|عمرها|عمرهم|العمر)(?!\w)", norm[num.value_end : sw.sent.end]
    ):
        return True  # "طفل في الثانية عشرة من عمره": an age
    k = sw.index_at(num.value_start) - 1
    if (
        norm[num.value_start : num.value_end] in ("احد", "احدي")
        and k >= 0
        and re.search(r"[،,]\s*$", norm[sw.words[k][1] : num.value_start])
        and not sw.in_date(sw.words[k][0], sw.words[k][1])  # "اغتالوا، مساء اليوم، أحد وجهاء"
    ):
        return True  # "اغتيال الشيخ حميد الهفل، أحد وجهاء العشيرة": the one counted, described
    if num.is_word and num.best == 1 and _ONE_OF_THE_DEAD.match(norm, num.value_end):
        return True  # "وأوضح أن أحد القتيلين من عناصر الحاجز": one of those counted, described
    among = _ONE_AMONG.match(norm, num.value_end) if num.is_word and num.best == 1 else None
    if among and (among.group("most") or _numeral_after(sw, among.end())):
        return True  # "في واحد من أكثر الهجمات دموية", "خالد واحد من أربعة سائقين"
    if _KILLED_OR_WOUNDED.match(norm, num.value_end, sw.sent.end):
        return True  # "سقط 12 شخصاً بين قتيل وجريح": no split, no figure
    j = sw.index_at(num.start) - 1
    prev = sw.words[j][2] if j >= 0 else ""
    if any(_in(w[2], RELEASE) for w in sw.words[max(0, j - 2) : j + 1]) and not TAKEN_BEFORE.match(
        norm, num.value_end, sw.sent.end
    ):
        return True  # "أفرجت عن ثمانية منهم": released, not a casualty
    if _RELATIVES_OF.match(norm, num.value_end) and not any(
        _status_in(w[2], STATUS_BEFORE) for w in sw.words[max(0, j - 3) : j + 1]
    ):
        return True  # "قابلت المنظمة 28 شخصاً من أقارب المخطوفين": the victims' kin, unharmed
    if _SENTENCED.search(norm, max(sw.sent.start, num.start - 40), num.start):
        return True  # "حكمت المحكمة بالإعدام على 4 من أفراد الخلية": a sentence, no death yet
    if (
        prev == "عن"
        and any(_in(w[2], RELEASE) for w in sw.words[max(0, j - 6) : j])
        and not TAKEN_BEFORE.match(norm, num.value_end, sw.sent.end)
    ):  # "وأفرج الخاطفون، مساء الجمعة، عن أحد المخطوفين"
        return True
    held = _ONE_OF_THE_HELD.match(norm, num.value_end) if num.is_word and num.best == 1 else None
    if held and not any(
        _status_in(w, STATUS_BEFORE) or _status_in(w, STATUS_AFTER) or _in(w, _DIED)
        for w in (held.group("next") or "", prev)
    ):
        return True  # "أحد الموقوفين اعترف": one of those held, told of
    if (
        norm[num.value_start : num.value_end] in _ONE_OF_THEM
        and not (_status_in(prev, STATUS_BEFORE) or _status_in(prev, STATUS_AFTER))
        # "أحدهما طفل", "أحدهما قيادي ميداني": a part with a kind of its own
        and not _in(_noun_after(sw, num.value_end)[1], _CHILD_OR_WOMAN | _LEADER)
        and not _minor_age(norm, num.value_end)  # "أحدهما في الرابعة عشرة من عمره"
    ):
        return True  # "مقتل 3 من قادته، أحدهم مسؤول عن ...": one of those counted, told again
    if (
        num.is_word
        and num.best == 1
        and _in(prev, SINGULAR)
        and _in(norm[num.value_start : num.value_end], ONE_WORDS)
    ):
        return True  # "عنصر واحد": the singular noun already counts the one
    if (
        prev
        and _in(prev, UNIT_BEFORE)
        and not _in(prev, STATUS_BEFORE["killed"])
        and not _gap_has_punct(norm, sw.words[j][1], num.start)
        and not (
            _in(prev, _TIME_WORDS) and (_in(nxt, PERSON_NOUNS | _all_status_nouns()) or nxt == "من")
        )
    ):  # "منذ مطلع العام 96 شخصاً", "خلال العام 40 من قوات النظام", "منذ بداية الشهر 23 قتيلاً"
        return True
    digits = norm[num.value_start : num.value_end]
    return bool(re.fullmatch(r"(?:19|20)\d\d", digits)) and not (
        nxt and _in(nxt, PERSON_NOUNS | _all_status_nouns())
    )


def _unit_number(sw: _Sentence, word: tuple[int, int, str]) -> bool:
    """Whether a number word names a unit ("الفرقة 25", "اللواء 47") rather than counting."""
    j = sw.index_at(word[0]) - 1
    return (
        j >= 0
        and _in(sw.words[j][2], UNIT_BEFORE)
        and not _in(sw.words[j][2], STATUS_BEFORE["killed"])
    )


def _all_status_nouns() -> set[str]:
    return set().union(*STATUS_NOUNS.values())


def _noun_after(sw: _Sentence, pos: int) -> tuple[int, str]:
    """The word after ``pos`` (past "فقط": "ثلاثة فقط من عناصر الحاجز") and its index."""
    i = sw.index_at(pos)
    i += i + 1 < len(sw.words) and sw.words[i][2] == "فقط"
    return (i, sw.words[i][2]) if i < len(sw.words) else (i, "")


_COUNTED_AMONG = re.compile(r"\s+(?:(?:اخرون|اخرين)\s+)?في\s+عداد\s+(?P<noun>\w+)")


# "مصير 6 مجهولاً": the fate of a number of people not named again
_FATE_BEFORE = re.compile(r"(?<!\w)مصير\s+$")
_UNKNOWN_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?مجهول(?:ا|ين)?(?!\w)")
# "200 من الجنود الأسرى الذين أُعدموا", "5,000 من المعتقلين أُعدموا": held, then put to death
_DEATH_OF_THE_HELD = re.compile(
    r"[^.،,؛:]{0,60}?(?<!\w)(?:(?:الذين|اللذين)\s+)?(?P<verb>اعدموا|اعدما|قتلوا|قتلا|قضوا|توفوا)(?!\w)"
)


def _own_status(
    sw: _Sentence, num: NumberMention, parties: list[tuple[int, int, str]]
) -> tuple[str | None, str]:
    """Status tied to a number by its own cue, and how: ("killed", "noun"|"before"|"after")."""
    norm = sw.norm
    counted_among = _COUNTED_AMONG.match(norm, num.value_end)
    if counted_among:  # "لا يزال ستة في عداد المفقودين"
        status = _status_in(counted_among.group("noun"), STATUS_NOUNS)
        if status:
            return status, "noun"
    if _FATE_BEFORE.search(norm, sw.sent.start, num.start) and _UNKNOWN_AFTER.match(
        norm, num.value_end
    ):
        return "missing", "noun"  # "فيما لا يزال مصير 6 مجهولاً"
    i, nxt = _noun_after(sw, num.value_end)
    if nxt and not _gap_has_punct(norm, num.value_end, sw.words[i][0]):
        # "استشهاد مقاتلين اثنين وإصابة ثالث": a status noun after "و" starts another count
        status = _status_in(nxt, STATUS_NOUNS) if not nxt.startswith("و") else None
        if status:
            also = sw.words[i + 1][2] if i + 1 < len(sw.words) else ""
            if (
                also.startswith("و")
                and _in(also, PLURAL_STATUS)
                and not _in(also, STATUS_NOUNS[status])
            ):
                return None, ""  # "عشرات القتلى والجرحى": killed and wounded together, no split
            return status, "noun"
        if nxt == "من" and i + 1 < len(sw.words):
            status = _status_in(sw.words[i + 1][2], STATUS_NOUNS)
            death = _DEATH_OF_THE_HELD.match(norm, sw.words[i + 1][1])
            if status == "captured_or_abducted" and death:
                return _status_in(death.group("verb"), STATUS_AFTER) or "killed", "after"
            k = sw.index_at(num.start) - 1
            put_to_death = _status_in(sw.words[k][2], STATUS_BEFORE) if k >= 0 else None
            if status == "captured_or_abducted" and put_to_death in ("killed", "executed"):
                return put_to_death, "before"  # "أُعدم 200 من الأسرى"
            if status:
                return status, "noun"
        # "23 طفلاً قتلوا و41 أصيبوا": a plural (or dual) verb right after the number
        agrees = (nxt.endswith("وا") and num.best > 2) or (nxt.endswith("ا") and num.best == 2)
        before = sw.words[sw.index_at(num.start) - 1][2] if sw.index_at(num.start) else ""
        if agrees and len(nxt) > 3 and not _in(before, BREAKDOWN_MARKERS):
            status = _status_in(nxt, STATUS_AFTER)
            if status and status != "missing":
                return status, "after"
    if nxt and _in(nxt, CASE_NOUNS) and i + 1 < len(sw.words):
        status = _status_in(sw.words[i + 1][2], STATUS_BEFORE)
        if status:
            return status, "noun"  # "212 حالة اعتقال"
    counts_people = bool(nxt) and (
        _in(nxt, PERSON_NOUNS)
        or nxt in ("من", "منهم")
        or nxt.startswith("من")
        or bool(_REMAINING.match(norm, num.value_end))  # "الخمسة الباقين"
    )
    k0 = sw.index_at(num.start) - 1
    if num.is_word and any(_in(w[2], PERSON_NOUNS) for w in sw.words[max(0, k0 - 1) : k0 + 1]):
        counts_people = True  # the numeral after its noun: "عسكريين (روسيين) اثنين"
    # a status word before the number: right before it (fillers aside), or up to four words
    # before it when the number visibly counts people ("خسر تنظيم الدولة 81 من عناصره")
    k = sw.index_at(num.start) - 1
    phrase_start = num.start  # "عنصرين اثنين": the numeral's own noun is no aside
    if num.is_word and k >= 0 and _in(sw.words[k][2], PERSON_NOUNS):
        phrase_start = sw.words[k][0]
    gap = 0
    crossed = False  # past a comma-framed aside: only a verb may then govern the number
    stop_at = max(0, k - 14)  # asides do not count as gap; this bounds the walk back
    while k >= stop_at and gap <= (6 if counts_people else 3):
        w = sw.words[k]
        following = sw.words[k + 1][0] if k + 1 < len(sw.words) else num.start
        if _gap_has_punct(norm, w[1], min(following, num.start)):
            if not (counts_people and _framed_aside(sw, k, phrase_start)):
                break
            crossed = True
        if crossed and (_in(w[2], ASIDE_WORDS) or _party_word(w[2])):
            gap -= 1  # an aside's words do not count: "أعدمت ميليشيا الحرس الثوري الإيراني رمياً بالرصاص،"
        status = _status_in(w[2], STATUS_BEFORE)
        if status and crossed and not _in(w[2], _VERB_CUES):
            break
        if status:
            prior = sw.words[k - 1][2] if k > 0 else ""
            # "قتلوا وأصيب اثنان": a plural verb closes its own clause; no joint count; nor
            # does a verb with its own subject ("وكان عنصر من الأسايش قد قُتل وأصيب ثلاثة")
            own_subject = any(_in(x[2], SINGULAR) for x in sw.words[max(0, k - 5) : k - 1])
            other = (
                _status_in(prior, STATUS_BEFORE)
                if not prior.endswith("وا") and not own_subject
                else None
            )
            if w[2].startswith("و") and other and other != status:
                return None, ""  # "مقتل وإصابة 5": killed and wounded together, no split
            # "وفُقد ثلاثة آخرون": missing, unless lives are lost ("فقد 5 أشخاص حياتهم")
            if status == "killed" and _in(w[2], LOST_VERBS) and sw.words[k + 1][2] == "اثر":
                status = "missing"  # "فيما فُقد أثر ٩ عناصر"
            if (
                status == "killed"
                and gap == 0
                and _in(w[2], LOST_VERBS)
                and not _LIVES.search(norm, num.value_end, sw.sent.end)
            ):
                status = "missing"
            # "قتل منهم 5": only a partitive pronoun between the verb and the number
            partitive = gap > 0 and all(
                x[2] in _PARTITIVE for x in sw.words[k + 1 : sw.index_at(num.start)]
            )
            if gap == 0 or counts_people or partitive:
                return status, "before"
            break
        # a year, a day of the month, or "الساعات الـ24 الماضية" between the verb and its object
        year = (
            re.fullmatch(r"(?:19|20)\d\d", w[2]) or _day_of_month(sw, k) or sw.in_date(w[0], w[1])
        )
        if (re.fullmatch(r"\d+", w[2]) and not year) or _status_in(w[2], STATUS_AFTER):
            break
        if k + 1 < sw.index_at(num.start) and _in(w[2], _VAGUE_COUNTS):
            break  # "استسلام مئات الجهاديين وإجلاء آلاف النساء": the verb counts the first
        in_party = any(p[0] <= w[0] < p[1] for p in parties)
        support = _in(w[2], _SUPPORT_WORDS)  # "قضت وحدات من الجيش بالتعاون مع القوات الرديفة على 9"
        if not (counts_people or _in(w[2], FILLERS) or _party_word(w[2]) or in_party or support):
            break
        gap += 0 if (in_party and counts_people) or support else 1  # the subject between them
        k -= 1
    # a status verb after the noun phrase ("5 من عناصر النظام قتلوا")
    if counts_people:
        seen: list[str] = []
        # the numeral after its noun ("عسكريين روسيين اثنين أصيبا"): the verb comes right after
        first = i if nxt and not (_in(nxt, PERSON_NOUNS) or nxt.startswith("من")) else i + 1
        # "مدنيين اثنين، بينهما امرأة، قُتلا": the verb past a breakdown framed by commas
        last = i if nxt and _in(nxt, PERSON_NOUNS) else sw.index_at(num.start)
        past = _past_framed_breakdown(sw, last)
        if past is not None and past != last + 1 and past < len(sw.words):
            past += past + 1 < len(sw.words) and sw.words[past][2] == "قد"
            status = _status_in(sw.words[past][2], STATUS_AFTER)
            if status:
                return status, "after"
        if past is None:  # "14 مدنياً، بينهم 9 من جامعي الكمأة قتلوا": the plural verb is theirs
            status = _plural_verb_after_breakdown(sw, last)
            if status:
                return status, "after"
        for w in sw.words[first : i + 9]:
            if re.fullmatch(r"\d+", w[2]) or _gap_has_punct(norm, num.value_end, w[0]):
                break
            status = _status_in(w[2], STATUS_AFTER) or _status_in(w[2], STATUS_NOUNS)
            if _in(w[2], LOST_VERBS) and _LIVES.match(norm, w[1] + 1):
                status = "killed"  # "اثنين من عناصرها فقدا حياتهما"
            if _TREATED.match(norm, w[0]):
                status = "wounded"  # "فيما لا يزال 4 آخرون يتلقون العلاج"
            if status:
                seen.append(status)
        if seen:  # "مصير 5 مجهولا بعد أن اختطفهم": abducted says more than missing
            # "200 من الجنود الأسرى الذين أُعدموا": held, then put to death
            death = [st for st in seen[1:] if st in ("killed", "executed")]
            if seen[0] == "captured_or_abducted" and death:
                return death[0], "after"
            return next((st for st in seen if st != "missing"), seen[0]), "after"
        status = _verb_before_period(sw, num)
        if status:
            return status, "before"
    return None, ""


def _joined_sides(sw: _Sentence, parts: list[tuple[int, int, str]]) -> str:
    """The side of the first party named, or of it and those joined to it by "و"
    ("من قوات الأسد وميليشيات إيران": mixed)."""
    norm = sw.norm
    first = parts[0][2]
    others = {
        q[2]
        for p, q in pairwise(parts)
        if q[2] != first
        and not _numeral_after(sw, q[1])  # "ومدنيّان اثنان": another count
        and (
            _JOIN.fullmatch(norm[p[1] : q[0]] + norm[q[0] : q[0] + 1])
            or _JOIN_MEMBERS.fullmatch(norm[p[1] : q[0]])  # "جامعي الكمأة وعناصر النظام"
        )
    }
    return _sides_label(others | {first}) if others else first


def _own_noun(sw: _Sentence, fig: Figure) -> str:
    """The noun that is itself the count of an implicit figure ("مقتل ضابط"), else ""."""
    return sw.words[sw.index_at(fig.n_start)][2] if fig.implicit else ""


def _day_of_month(sw: _Sentence, k: int) -> bool:
    """Whether the digits at word ``k`` are a day before a month name ("يوم السبت 11 آذار")."""
    return k + 1 < len(sw.words) and bool(re.fullmatch(_MONTH_NAMES, sw.words[k + 1][2]))


def _verb_before_period(sw: _Sentence, num: NumberMention) -> str | None:
    """ "قُتل منذ إعلان القضاء على داعش في مارس 2019 ما لا يقل عن 4532": a verb, then the period
    it covers, then the count."""
    k = sw.index_at(num.start) - 1
    for j in range(k, max(0, k - 16), -1):
        w = sw.words[j]
        if (
            re.fullmatch(r"\d+", w[2])
            and not re.fullmatch(r"(?:19|20)\d\d", w[2])
            and not _day_of_month(sw, j)
        ):
            return None  # another count between them, not the day of "منذ 24 مارس/آذار 2019"
        if _status_in(w[2], STATUS_NOUNS) or _status_in(w[2], STATUS_AFTER):
            return None
        if w[2] in ("منذ", "خلال") and j > 0:
            for verb in reversed(sw.words[max(0, j - 4) : j]):  # "اعتقلت قسد منذ مطلع العام"
                status = _status_in(verb[2], STATUS_BEFORE)
                if status:
                    return status if _in(verb[2], _VERB_CUES) else None
                if not _party_word(verb[2]):
                    return None
            return None
    return None


_DIED = _n("وفاة توفي توفيت توفوا فارق فارقوا")
_OF_WOUNDS = re.compile(r"^(?:\s*\S+){0,4}?\s*متاثر\S*\s+ب(?:جراح|اصاب)")


_CAMPAIGN_REACHED = re.compile(
    r"(?<!\w)(?:حمله|حملات)\s+(?:\S+\s+){0,3}?(?:اعتقال|اعتقالات|دهم|مداهمه|مداهمات)(?!\w)"
    r"[^.]*?(?<!\w)(?:طالت|شملت|طالت\s+نحو|شملت\s+نحو)\s+$"
)
_DEATH_TOLL_BEFORE = re.compile(
    r"(?<!\w)(?:حصيله|عدد)\s+(?:ال)?قتلي(?!\w)(?:\s+[^\s،,]+){0,6}?\s+(?:الي|ب)\s*$"
)  # "ارتفعت حصيلة القتلى إلى 19"


def _died_of_wounds(sw: _Sentence, num: NumberMention) -> bool:
    """Whether wounded people counted here died: "وفاة اثنين من الجرحى", "3 جرحى متأثرين بجراحهم"."""
    k = sw.index_at(num.start) - 1
    if k >= 0 and _in(sw.words[k][2], _DIED):
        return True
    # "أحد الجرحى فارق الحياة في وقت لاحق": the verb right after the counted wounded
    i = sw.index_at(num.value_end)
    i += i < len(sw.words) and sw.words[i][2] == "من"
    counted = sw.words[i][2] if i < len(sw.words) else ""
    if _in(counted, STATUS_NOUNS["wounded"]) and any(
        _in(w[2], _DIED) for w in sw.words[i + 1 : i + 3]
    ):
        return True
    return bool(_OF_WOUNDS.match(sw.norm[num.value_end : sw.sent.end]))


def _framed_aside(sw: _Sentence, k: int, end: int) -> bool:
    """Whether the words from ``k + 1`` up to ``end`` are a subject or time aside between a verb
    and its object: "اعتقلت قوات سوريا الديمقراطية (قسد)، فجر الثلاثاء، 7 أشخاص"."""
    named = _party_mentions(sw.norm, sw.sent.start, end)  # "التحالف الدولي" around "الدولي"
    for w in sw.words[k + 1 :]:
        if w[0] >= end:
            return True
        aside = _in(w[2], ASIDE_WORDS) or _party_word(w[2]) or sw.in_date(w[0], w[1])
        if not aside and not any(p[0] <= w[0] < p[1] for p in named):
            return False
    return True


def _listed_status(sw: _Sentence, num: NumberMention) -> tuple[str | None, int | None]:
    """A list line "قتلى قوات النظام: 14": the status noun opening the line, and where it ends."""
    norm = sw.norm
    if not re.search(r":\s*$", norm[sw.sent.start : num.start]):
        return None, None
    for w in sw.words:
        if w[0] >= num.start:
            break
        status = _status_in(w[2], STATUS_NOUNS)
        if status:
            return status, w[1]
    return None, None


_AMONG_THE = re.compile(r"(?<!\w)[وف]?(?:من\s+)?بين\s+(?P<noun>ال\S+)\s+$")
_NAMED_ORGANISATION = re.compile(r"(?<!\w)تنظيم\s*[\"“«']?\s*")
_ISIS_NAME = re.compile(r"داعش|الدوله\s+الاسلاميه|تنظيم\s+الدوله")
_THE_ORGANISATION = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)تنظيم(?!\w)")


def _organisation_anaphora(
    norm: str, parties: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "التنظيم" is the organisation the article first calls "تنظيم X": ISIS unless X is another
    ("قتل 4 من تنظيم بي كا كا/ واي بي جي الإرهابي ... وأصيب عنصران آخران من التنظيم")."""
    first = _NAMED_ORGANISATION.search(norm)
    if not first:
        return parties
    named = next((p for p in parties if first.end() <= p[0] <= first.end() + 2), None)
    if named is None or named[2] in ("isis", "civilians", "both_sides"):
        return parties
    isis = _ISIS_NAME.search(norm)
    return [
        (a, b, named[2])
        if label == "isis"
        and (
            _THE_ORGANISATION.fullmatch(norm, a, b)
            # the Turkish ministry's "إرهابيين" before any ISIS is named: the same organisation
            or (_TERRORISTS.fullmatch(norm, a, b) and (not isis or a < isis.start()))
        )
        else (a, b, label)
        for a, b, label in parties
    ]


# the spellings of "militia" and "militias" in Syrian media
_MILITIA = "(?:ميليشيا|مليشيا|ميلشيا)"
_MILITIAS = "(?:ميليشيات|مليشيات|ميلشيات)"
_NAMED_MILITIA = re.compile(rf"(?<!\w){_MILITIA}\s*[\"“«']?\s*$")
_THE_MILITIAS = re.compile(rf"[وفبل]?(?:ال|لل){_MILITIAS}")
_THE_MILITIA = re.compile(rf"(?<!\w)[وفبل]?(?:ال|لل){_MILITIA}(?!\w)")
_MILITIA_WORD = re.compile(rf"[وفبل]?(?:ال|لل)?(?:{_MILITIAS}|{_MILITIA})")
_MILITIA_BEFORE = re.compile(rf"(?<!\w){_MILITIA_WORD.pattern}\s$")


def _militia_anaphora(norm: str, parties: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "الميليشيا" is the party last called "ميليشيا X" ("ميليشيا قسد ... عناصر الميليشيا")."""
    added = []
    # bare "الميليشيات" after "ميليشيات مدعومة من إيران": the same militias
    relabelled = []
    for a, b, label in parties:
        if label == "government" and _THE_MILITIAS.fullmatch(norm, a, b):
            named = [p for p in relabelled if _MILITIA_WORD.match(norm, p[0]) and p[1] <= a]
            if named and named[-1][2] == "iran_backed":
                label = "iran_backed"
        relabelled.append((a, b, label))
    parties = relabelled
    for m in _THE_MILITIA.finditer(norm):
        if any(a <= m.start() < b for a, b, _ in parties):
            continue  # part of a longer name: "الميليشيا الإيرانية"
        named = [
            p for p in parties
            if p[1] <= m.start() and _NAMED_MILITIA.search(norm, max(0, p[0] - 12), p[0])
        ]  # fmt: skip
        if named:
            added.append((m.start(), m.end(), named[-1][2]))
    return sorted(parties + added)


_THE_FORCES = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)قوات(?!\w)")
_FORCES_NAME = re.compile(r"[وفبل]?(?:ال|لل)?قوات\s")


# "3 قتلى من عناصر اللواء" after "لواء الباقر"; not the rank before a name ("اللواء عصام")
_THE_BRIGADE = re.compile(
    r"(?<!\w)(?:عناصر|مقاتلي|افراد|قاده|قائد)\s+(?P<the>اللواء)"
    r"(?=\s*[،,.:؛\n]|\s+و|\s+(?:في|علي|الي|من)\s|\s*$)"
)
_BRIGADE_NAME = re.compile(r"[وفبل]?(?:ال)?لواء\s")
_THE_PARTY = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)حزب(?!\w)")  # "خسر الحزب 26 مقاتلاً"
_PARTY_NAME = re.compile(r"[وفبل]?حزب\s")


def _forces_anaphora(norm: str, parties: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Bare "القوات" is the party last called "قوات X" ("قوات سوريا الديمقراطية ... عنصرين من
    القوات"), bare "اللواء" the one last called "لواء X", and "الحزب" the last "حزب X"."""
    added = []
    bare = [(m.start(), m.end(), _FORCES_NAME) for m in _THE_FORCES.finditer(norm)]
    bare += [(m.start("the"), m.end("the"), _BRIGADE_NAME) for m in _THE_BRIGADE.finditer(norm)]
    bare += [(m.start(), m.end(), _PARTY_NAME) for m in _THE_PARTY.finditer(norm)]
    for start, end, name in bare:
        if any(a <= start < b for a, b, _ in parties):
            continue  # part of a longer name: "القوات الحكومية"
        named = [p for p in parties if p[1] <= start and name.match(norm, p[0])]
        if named and named[-1][2] not in ("civilians", "both_sides"):
            added.append((start, end, named[-1][2]))
    return sorted(parties + added)


def _party_label(match: re.Match) -> str:
    """The party label of a ``PARTY_LEXICON`` regex match."""
    term = match.group("t") or "ال" + match.group("l")
    return PARTY_LEXICON.labels.get(term) or PARTY_LEXICON.labels.get(re.sub(r"\s", " ", term), "")


def _party_word(word: str) -> bool:
    return PARTY_LEXICON.fullmatch(word)


def _is_dual(word: str) -> bool:
    """A dual noun: listed ("عنصرين"), or a known singular + "ان" ("راعيان"); "-ين" alone is no
    sign ("مسلحين", "عسكريين" are plurals too)."""
    if _in(word, DUAL):
        return True
    return any(f.endswith("ان") and f[:-2] in SINGULAR - OTHERS for f in _forms(word, False))


def _past_framed_breakdown(sw: _Sentence, k: int) -> int | None:
    """Index of the word after the noun at ``k``, past a breakdown framed by commas
    ("مدنيان، بينهما امرأة، قتلا"); None when the breakdown does not close."""
    words = sw.words
    if not (
        k + 1 < len(words)
        and _in(words[k + 1][2], BREAKDOWN_MARKERS)
        and _gap_has_punct(sw.norm, words[k][1], words[k + 1][0])
    ):
        return k + 1
    return next(
        (i for i in range(k + 2, min(k + 9, len(words)))
         if _gap_has_punct(sw.norm, words[i - 1][1], words[i][0])),
        None,
    )  # fmt: skip


def _plural_verb_after_breakdown(sw: _Sentence, k: int) -> str | None:
    """The status of a plural verb closing an unframed breakdown after the noun at ``k``
    ("14 مدنياً، بينهم 9 من جامعي الكمأة قتلوا بانفجار ألغام")."""
    for w in sw.words[k + 2 : k + 10]:
        if _gap_has_punct(sw.norm, sw.words[k + 1][1], w[0]):
            return None
        status = _status_in(w[2], STATUS_AFTER)
        if status:
            return status if w[2].endswith("وا") else None
    return None


_ADJECTIVE_NOUNS = _n("عسكريا مدنيا")


# "أفرجت عن أربعة رعاة كانت اختطفتهم يوم الثلاثاء": their abduction told only here
TAKEN_BEFORE = re.compile(
    r"\s+(?:\S+\s+){0,4}?(?:كان|كانت|كانوا)\s+(?:قد\s+)?"
    r"(?P<verb>اختطف|خطف|اعتقل|اسر)(?:ته|تها|تهم|تهما|هم|هما|وه|وهم|ه|ها)(?!\w)"
)
_THE_INCIDENT_WORD = re.compile(
    r"ال(?:هجوم|كمين|انفجار|تفجير|اشتباك|اشتباكات|غاره|قصف|حادث|حادثه|استهداف|عمليه)"
)
_BRIGADE = _n("لواء")
_TITLES = _n(
    "العقيد النقيب الملازم المقدم العميد الرائد الرقيب العريف المجند القيادي الشيخ المختار "
    "الطبيب المهندس الصحفي الناشط المعلم"
)  # a person named by a title: "العقيد علي سليمان والنقيب سامر ديب"
_CAPTURE_VERB = _n("أسر")  # also "families": a verb only with its subject after it
_FAMILIES = re.compile(r"[وفبل]?(?:ال|لل)اسر")


_STILL_MISSING = _n("مفقودا مفقودين مفقودان مفقود")


def _implicit_counts(sw: _Sentence) -> list[tuple[int, int, str | None]]:
    """Counts told by a noun: "مقتل ضابط", "إصابة عنصرين", "بينهم قيادي", "وقيادي" after a figure,
    "قتلت قوات التحالف، فجر الثلاثاء، قيادياً", "جنديين روسيين أصيبا": (noun start, count, status)."""
    out: list[tuple[int, int, str | None]] = []
    words = sw.words
    taken: set[int] = set()

    def _adjective(k: int) -> bool:
        """ "استهدف موقعاً عسكرياً": an adjective agreeing with the noun before, no person."""
        prev = words[k - 1][2] if k > 0 else ""
        return (
            words[k][2] in _ADJECTIVE_NOUNS
            and prev.endswith("ا")
            and not _in(prev, PERSON_NOUNS)
            and not any(_status_in(prev, table) for table in (STATUS_BEFORE, STATUS_NOUNS))
        )

    def add(k: int, count: int, status: str | None) -> None:
        # "راعيين اثنين", "عسكريان روسيان اثنان": the numeral is the figure
        restated = (
            count == 2
            and any(_in(w[2], TWO_WORDS) for w in words[k + 1 : k + 3])
            # not "ارتقاء شهيدين وإصابة اثنين": the numeral counts another status
            and not (k + 1 < len(words) and _status_in(words[k + 1][2], STATUS_BEFORE))
        )
        named = PARTY_LEXICON.regex.match(sw.norm, words[k][0])  # "لواء القدس" is no officer
        # "راعي أغنام", "جنديين سوريين": the party only qualifies the people counted
        named = named if named and _in(words[k][2], _BRIGADE) else None
        ordinal = k - 1 in taken and _in(words[k][2], OTHERS)  # "مقاتلاً ثالثاً": one person
        # "خسر آخر جيب له": "the last" of a thing, no person
        last_of = (
            words[k][2] == "اخر"
            and k + 1 < len(words)
            and not _gap_has_punct(sw.norm, words[k][1], words[k + 1][0])
            and not words[k + 1][2].startswith(("ب", "ل", "ف", "و", "ك"))
            and words[k + 1][2] not in ("في", "من", "علي", "عن", "الي", "خلال", "جراء", "اثر")
            and not _in(words[k + 1][2], PERSON_NOUNS)
        )
        if (
            k not in taken
            and not restated
            and not ordinal
            and not last_of
            and not _adjective(k)
            and not (named and named.end() > words[k][1])
        ):
            taken.add(k)
            out.append((words[k][0], count, status))

    for k in range(len(words) - 1):
        word = words[k][2]
        # "لا يزال مصير الراعي الثالث، وهو الشاب ذو الـ17 عاماً، مجهولاً": one person missing
        # "لا يزال مصير عنصرين من الدورية مجهولاً": two
        if (
            word == "مصير"
            and (
                _in(words[k + 1][2], SINGULAR)
                or _in(words[k + 1][2], SINGULAR_STATUS)
                or _is_dual(words[k + 1][2])
            )
            and any(w[2] in ("مجهولا", "مجهول") for w in words[k + 2 : k + 10])
        ):
            add(k + 1, 2 if _is_dual(words[k + 1][2]) else 1, "missing")
            continue
        if (  # "فيما لا يزال عنصر ثالث من الرتل مفقوداً": one person still missing
            word in ("يزال", "تزال", "زال", "زالت")
            and (_in(words[k + 1][2], SINGULAR) or _is_dual(words[k + 1][2]))
            and any(w[2] in _STILL_MISSING for w in words[k + 2 : k + 7])
        ):
            add(k + 1, 2 if _is_dual(words[k + 1][2]) else 1, "missing")
            continue
        if (  # "انتشلت الفرق جثتي مدنيين": two bodies, whatever the number of the noun
            word in ("جثتي", "جثتا")
            and _in(words[k + 1][2], PERSON_NOUNS)
            and not words[k + 1][2].startswith(("ال", "لل"))
        ):
            add(k + 1, 2, "killed")
            continue
        status = _status_in(word, STATUS_BEFORE)
        if status and _FAMILIES.fullmatch(word):  # "على الأسر النازحة": families, no captivity
            status = None
        marker = _in(word, BREAKDOWN_MARKERS) and word not in ("هم", "وهم")
        nxt = k + 1
        if status and nxt + 1 < len(words) and words[nxt][2] in _BETWEEN_CUE_AND_NOUN:
            nxt += 1  # "قتل فيه عنصر"
        elif (
            status
            and nxt + 2 < len(words)
            and words[nxt][2] == "في"
            and _THE_INCIDENT_WORD.fullmatch(words[nxt + 1][2])
        ):
            nxt += 2  # "كما قُتل في الهجوم عنصر من ميليشيا"
        if (status or marker) and not _gap_has_punct(sw.norm, words[k][1], words[nxt][0]):
            noun = words[nxt][2]
            if _is_dual(noun):
                add(nxt, 2, status)
                continue
            nco = noun == "صف" and nxt + 1 < len(words) and _in(words[nxt + 1][2], _n("ضابط"))
            if _in(noun, SINGULAR) or nco:  # "مقتل ضابط", "مقتل القيادي ... المدعو", "صف ضابط"
                add(nxt, 1, status)
                continue
        # "وأسر المهاجمون عنصرين": "أسر" with a subject after it is the verb, not "families"
        captors = status and _in(word, _CAPTURE_VERB) and words[k + 1][2].endswith("ون")
        if status and (_in(word, _VERB_CUES) or captors):  # the object a few words on
            budget = 7  # words to the object; a date aside or the subject's adjective is free
            for j in range(k + 1, len(words)):
                w = words[j][2]
                if re.search(r"[.!?؟؛:]", sw.norm[words[j - 1][1] : words[j][0]]) or re.fullmatch(
                    r"\d+", w
                ):
                    break
                if w in _CLAUSE_WORDS:
                    break
                if k + 1 < j and (w in _UNKNOWN_ATTACKERS or sw.in_date(words[j][0], words[j][1])):
                    continue  # "اغتال مسلحون مجهولون، ليل الأحد – الإثنين، الشاب"
                budget -= 1
                if budget < 0:
                    break
                if _status_in(w, STATUS_BEFORE) or _status_in(w, STATUS_AFTER):
                    break
                accusative = w.endswith("ا") and not w.startswith("ال")
                # past a subject and an aside the object may be definite or in construct:
                # "اغتال مسلحون، مساء الاثنين، الشاب", "اغتال مسلحون، مساء الأحد، مختار قرية"
                framed = k + 2 < j and _gap_has_punct(sw.norm, words[k][1], words[j][0])
                subject = words[k + 1][2].endswith("ون")  # "اغتال مسلحون الشاب"
                definite = w.startswith("ال") and (k + 2 < j or subject)
                if is_event_word(words[j - 1][2]):
                    continue  # "بهجوم مسلح": an adjective, nobody counted
                kin = _in(w, KIN_NOUNS)  # "اختطف المسلحون شقيقه": the pronoun makes it definite
                # "أعدم عناصر من التنظيم راعي أغنام يُدعى محمد": a person named after the noun
                named = any(
                    x[2] in ("يدعي", "تدعي", "المدعو", "يعرف", "تعرف") for x in words[j + 1 : j + 4]
                )
                if (
                    (accusative or definite or framed or kin or named)
                    and _in(w, SINGULAR)
                    and not _in(w, OTHERS)
                ):
                    add(j, 1, status)
                    break
                if k + 1 < j and _is_dual(w) and not w.startswith(("ال", "لل", "بال", "وال")):
                    add(j, 2, status)  # past the subject: "خطف مجهولون شابين"
                    break
    _dual_by_pronoun(sw, out)
    _fate_by_pronoun(sw, add)
    _fate_by_relative(sw, add)
    for k in range(2, len(words)):  # "عثر رعاة على جثته في وادٍ": the man told of before,
        if (  # unless his death was told already ("أعدم التنظيم شاباً ... عُثر على جثته")
            words[k][2] in ("جثته", "جثتها")
            and _BODY_FOUND.search(sw.norm, max(sw.sent.start, words[k][0] - 30), words[k][0])
            and not _DEATH_TOLD.search(sw.norm, max(0, words[k][0] - 450), words[k][0])
        ):
            add(k, 1, "killed")
    for k, w in enumerate(words):
        status = _status_in(w[2], STATUS_NOUNS)
        before_is_number = k > 0 and (
            re.fullmatch(r"\d+", words[k - 1][2]) or find_numbers(words[k - 1][2])
        )
        intro = k == 0 or _in(words[k - 1][2], STATUS_INTRO)
        if status and w[2] in SINGULAR_STATUS and intro and not before_is_number:
            add(k, 1, status)  # "سقط قتيل وثلاثة جرحى"
        if (
            status
            and _in(w[2], DUAL_STATUS)
            and not w[2].startswith(("ال", "وال", "لل"))  # "جثتي القتيلين": the two already counted
            and not re.fullmatch(r"\d+", words[k - 1][2] if k else "")
            # "ارتقى اثنان من جنودنا شهيدين": the numeral counted them already
            and not any(_in(x[2], TWO_WORDS) for x in words[max(0, k - 4) : k])
        ):
            add(k, 2, status)  # "ارتقاء شهيدين", "سقوط قتيلين"
        if w[2] == "بين" and k + 2 < len(words) and status is None:
            after = _status_in(words[k + 1][2], STATUS_NOUNS)
            noun = words[k + 2][2]
            if after and (_in(noun, SINGULAR) or _is_dual(noun)):
                add(k + 2, 2 if _is_dual(noun) else 1, after)  # "بين القتلى ضابطاً"
    for k in range(len(words)):  # from the first word: "- عنصران من قسد قتلا" opens a list item
        noun = words[k][2]
        collective = (  # "اختطاف نحو 30 امرأة وطفلاً": one count of women and children
            k >= 2
            and re.fullmatch(r"\d+", words[k - 2][2])
            and _in(words[k - 1][2], SINGULAR)
            and noun[1:] in ("طفلا", "طفل", "طفله", "امراه", "فتاه")
        )
        if (
            noun.startswith("و")
            and not noun.startswith("وال")
            and noun[1:] in SINGULAR | DUAL
            and not collective
            # "ضابطان برتبة نقيب وملازم": the second rank of the two counted
            and not (k >= 2 and words[k - 2][2] in ("برتبه", "برتبتي"))
        ):
            add(k, 2 if noun[1:] in DUAL else 1, None)  # "وقيادي": joins the figure before
        elif (
            noun.startswith("وال")
            and noun[1:] in _TITLES
            and any(words[j][2] in _TITLES for j in range(max(0, k - 25), k))
        ):
            add(k, 1, None)  # "العقيد علي سليمان ... والنقيب سامر ديب": another named person
        # "عسكريين استشهدا": a plural-looking noun made dual by its verb
        past = _past_framed_breakdown(sw, k)  # "مدنيَّين، بينهما امرأة، قُتلا"
        dual_by_verb = (
            noun.endswith("ين")
            and noun[:-2] in SINGULAR
            and past is not None
            and past < len(words)
            and words[past][2] in _ALL_DUAL_VERBS
        )
        if (_is_dual(noun) or dual_by_verb) and not noun.startswith("ال"):
            # "عنصرين آخرين من التنظيم أصيبا": the verb after "others" and a party;
            # "مدنيان، بينهما امرأة، قتلا": past a breakdown framed by commas
            # "عنصران من قوات النظام قد قُتلا": "قد" is no word of the way
            after, origin = [w for w in words[k + 1 : k + 8] if w[2] != "قد"][:6], words[k][1]
            if past != k + 1:  # past a breakdown framed by commas, or nothing if it never closes
                after = words[past : past + 2] if past is not None else []
                origin = after[0][0] if after else origin
            for w in after:
                if _gap_has_punct(sw.norm, origin, w[0]):
                    break
                status = _status_in(w[2], STATUS_AFTER_DUAL)
                if status:
                    add(k, 2, status)
                    break
        elif (
            _in(noun, SINGULAR)
            and not noun.startswith(("ال", "وال"))
            and k + 1 < len(words)
            and (k == 0 or words[k - 1][2] not in ("برتبه", "رتبه"))  # "ضابطاً برتبة نقيب"
        ):
            age = _AGE.match(sw.norm, words[k][1])  # "فتى في الـ14 من عمره فُقد أثره"
            after = age.end() if age else words[k][1]
            nearby = [w for w in words[k + 1 : k + 11] if w[0] >= after and w[2] != "قد"][:3]
            for w in nearby:  # "أن مقاتلاً من قسد أصيب بجروح", "عنصر من الأسايش قد قُتل"
                if (
                    re.search(r"[.!?؟؛:،,]", sw.norm[after : w[0]])
                    or w[2] in _ALL_DUAL_VERBS
                    or _in(w[2], PERSON_NOUNS)
                ):  # "مصدر عسكري إن جندياً قتل": the verb is the nearer person's
                    break
                status = _status_in(w[2], STATUS_AFTER_ONE)
                if status:
                    add(k, 1, status)
                    break
    return out


_FATE_PRONOUN = {
    **dict.fromkeys(("مقتله", "مقتلها", "لمقتله", "لمقتلها", "مصرعه", "مصرعها"), "killed"),
    **dict.fromkeys(("استشهاده", "استشهادها", "لاستشهاده", "وفاته", "وفاتها"), "killed"),
    **dict.fromkeys(("اصابته", "اصابتها", "لاصابته", "لاصابتها"), "wounded"),
}
_FATE_CAUSE = {"ادي", "ادت", "اسفر", "اسفرت", "تسبب", "تسببت"}


def _fate_by_pronoun(sw: _Sentence, add: Callable[[int, int, str | None], None]) -> None:
    """ "أطلقوا النار على الشاب ...، ما أدى إلى مقتله": one person, told by the pronoun."""
    words = sw.words
    for k in range(2, len(words)):
        status = _FATE_PRONOUN.get(words[k][2])
        cause = words[k - 1][2] if words[k][2].startswith("ل") else words[k - 2][2]
        if not status or cause not in _FATE_CAUSE:
            continue
        person = next(
            (
                j
                for j in range(k - 1, -1, -1)
                if _in(words[j][2], SINGULAR)
                and not _in(words[j][2], OTHERS)
                and words[j - 1][2] not in ("وهو", "وهي", "هو", "هي")  # "وهو عنصر": apposition
                and not (  # "على القيادي (38 عاماً)، المسؤول عن": apposition
                    words[j][2].startswith("ال")
                    and words[j][2] not in ("المدعو", "المدعوه")
                    and _gap_has_punct(sw.norm, words[j - 1][1], words[j][0])
                )
            ),
            None,
        )
        if person is not None and not _told_before(sw, words[person][2]):
            add(person, 1, status)


_RELATIVE_FATE = re.compile(
    r"(?<!\w)(?:الذي|التي)\s+(?P<verb>قتل|قتلت|اغتيل|اغتيلت|استشهد|استشهدت|اصيب|اصيبت|جرح|جرحت|"
    r"اختطف|اختطفت|خطف|خطفت|اعدم|اعدمت)\s+(?:في|ب|خلال|جراء|اثر|برصاص|بنيران|بغاره|بقصف|علي\s+يد)"
)


def _fate_by_relative(sw: _Sentence, add: Callable[[int, int, str | None], None]) -> None:
    """ "الملازم أول علي حسن، الذي قُتل في الكمين": one person, told by a relative clause."""
    for m in _RELATIVE_FATE.finditer(sw.norm, sw.sent.start, sw.sent.end):
        status = _status_in(m.group("verb"), STATUS_AFTER_ONE)
        k = sw.index_at(m.start())
        person = next(
            (
                j
                for j in range(k - 1, max(-1, k - 9), -1)
                if _in(sw.words[j][2], SINGULAR)
                and not _in(sw.words[j][2], OTHERS)
                and not _party_word(sw.words[j][2])
            ),
            None,
        )
        if status and person is not None:
            add(person, 1, status)


def _told_before(sw: _Sentence, word: str) -> bool:
    """Whether a definite noun ("القيادي") refers back to one named earlier ("اغتيال قيادي")."""
    if not word.startswith("ال"):
        return False
    stem = word[2:]
    # not "١٧ شاباً": a count of several is not the one told of
    return bool(re.search(rf"(?<![\d٠-٩]\s)(?<!\w)[وب]?{stem}ا?(?!\w)", sw.norm[: sw.sent.start]))


_DEATH_TOLD = re.compile(r"(?<!\w)[وف]?(?:اعدم|اعدام|قتل|مقتل|اغتال|اغتيال|تصفيه|ذبح|نحر)\w*")
_BODY_FOUND = re.compile(r"(?<!\w)(?:عثر|عثرت|عثروا|العثور|يعثر)(?!\w)[^.،,]*?علي\s+$")
_UNKNOWN_ATTACKERS = _n("مجهولون مجهولين ملثمون ملثمين")
_CLAUSE_WORDS = {"فيما", "بينما", "كما", "حيث"}
_DUAL_PRONOUN = re.compile(r"(?<!\w)(?:حتفهما|مصرعهما|حياتهما)(?!\w)")


def _dual_by_pronoun(sw: _Sentence, out: list[tuple[int, int, str | None]]) -> None:
    """ "لقي راعيا أغنام حتفهما", "لقي شاب وطفل حتفهما": one figure of two, told by the pronoun."""
    for n, (start, count, status) in enumerate(out):
        if count != 1 or status != "killed":
            continue
        pronoun = _DUAL_PRONOUN.search(sw.norm, start, min(sw.sent.end, start + 60))
        if pronoun and not re.search(r"[.!?؟؛:،,]", sw.norm[start : pronoun.start()]):
            out[n] = (start, 2, status)
            # the second person joined by "و" is part of this figure
            out[:] = [o for o in out if not (start < o[0] < pronoun.start() and o[2] is None)]
            return


def _party_mentions(norm: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Party mentions in ``norm[start:end]``, the longest where they overlap."""
    found = list(PARTY_LEXICON.finditer(norm, start, end))
    # "عسكريين روسيين", "جنود أميركيين": a nationality after a soldier noun names the army
    foreign = ("russia", "coalition", "turkey", "iran_backed")
    found = [
        f
        for f in found
        if not (
            f[2] == "government"
            and any(
                g[0] - f[1] in (0, 1) and g[2] in foreign and norm[g[0]] != "و" for g in found
            )  # not "قوات النظام والميليشيات الموالية لإيران": two parties joined
        )
    ]
    # longest match wins where mentions overlap ("الميليشيات الإيرانية" over "الميليشيات")
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    for f in found:
        if kept and f[0] < kept[-1][1]:
            if f[1] - f[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = f
            continue
        kept.append(f)
    # "لميليشيات مدعومة من إيران": the qualifier names the militias before it
    out: list[tuple[int, int, str]] = []
    for a, b, label in kept:
        head = (
            _MILITIA_BEFORE.search(norm, max(start, a - 14), a) if label == "iran_backed" else None
        )
        allies = _AND_ALLIES.match(norm, b) if label in _STATES else None
        if allies:  # "الجيش السوري وحلفائه": the army and its allies, one count over both
            b, label = allies.end(), "mixed"
        if (
            out
            and out[-1][2] == "civilians"
            and label == "isis"
            and not norm[out[-1][1] : a].strip()
        ):
            out[-1] = (out[-1][0], b, label)  # "نساء داعش": the group's own, not civilians
            continue
        if head and out and out[-1][0] == head.start():
            out[-1] = (head.start(), b, label)
        elif head:
            out.append((head.start(), b, label))
        else:
            out.append((a, b, label))
    return out


_STATES = ("government", "russia", "coalition", "turkey")  # whose allies are other parties
_AND_ALLIES = re.compile(r"\s+وحلفا[ئؤ](?:ه|ها|هم)(?!\w)")
_PHRASE_STOP = re.compile(
    r"[.!?؟؛:،,\n]|\d|(?<!\w)(?:جراء|اثر|بسبب|خلال|علي\s+يد|لدي|برصاص|بنيران|بعد|عقب|اثناء|اليوم|امس"
    r"|و(?:اصابه|اصيب|مقتل|قتل|جرح|اعتقال|اختطاف)(?!\w)|في\s+(?![\"“«]?(?:ال)?(?:صفوف|قوات|فصائل|الجيش|جيش|تنظيم|ميليشي|مليشي|ميلشي|الحرس|حزب|قسد|لواء|الفرقه|الدفاع|مجلس|داعش|خلايا|خلاي|مرتزقه|وحدات|قوي|اسايش|امن|حشد|كتائب|فيلق|شرطه|هيئه))|بتهمه\s+(?:ال)?(?:تعامل|تعاون|عماله|تخابر)|اضافه|فيما|بينما|بينهم|منهم|هم\s|ب(?:غار|قصف|هجوم|هجم|انفجار|كمين|اشتباك|استهداف|ضرب|عمليه|عمليات|لغم|عبو))"
)


_APPOSITIVE = re.compile(
    r"(?<!\w)(?:وهو|وهي|وهما|وهم|وهن|وكلاهما)\s+"
    r"|(?:[^\s،,]+\s+){0,3}[،,]\s*(?:قائد|امير|مسؤول|قائدا|امرا|احد|احدي)\s+"
)  # "مقتل اللواء عصام زهر الدين، قائد الحرس الجمهوري", "الشيخ حميد، أحد وجهاء": who he was
# "مقتل 162 شخصاً على الأقل، غالبيتهم من المدنيين": civilians among others
_MOSTLY_CIVILIANS = re.compile(
    r"(?:\s+علي\s+الاقل)?\s*[،,]?\s*(?:غالبيتهم|معظمهم|اغلبهم|جلهم|اكثرهم)\s+(?:من\s+)?(?:ال)?مدنيين"
)
# people, most of them civilians by trade, past a soldiers' sub-count: "53 شخصاً، بينهم 7
# عسكريين، وكان معظمهم من جامعي الكمأة"
_MOSTLY_CIVILIAN_TRADE = re.compile(
    r"\s*[،,]\s*(?:من\s+)?بينهم\s+\S+\s+\S+\s*[،,]?\s*(?:و?كان\s+)?"
    r"(?:غالبيتهم|معظمهم|اغلبهم|جلهم|اكثرهم)\s+(?:من\s+)?(?:ال)?(?:مدنيين|جامعي|رعاه|مزارعين)"
)
_ANOTHER_COUNT = re.compile(
    r"\sو(?:عنصر\w*|جندي\w*|ضابط\w*|مقاتل\w*|شخص\w*|مدني\w*|طفل\w*|امرا\w*|نساء|اطفال|رجل\w*|شاب\w*)(?!\w)"
)
_KILLED_OR_WOUNDED = re.compile(
    r"\s*(?:\S+\s+){0,2}?(?:ما\s+)?بين\s+(?:قتيل|قتلي|شهيد|شهداء)\s+و(?:جريح|جرحي|مصاب|مصابين)(?!\w)"
)
_MEMBERSHIP = re.compile(
    r"(?<!\w)(?:ينتسب\w*|ينتم\w*|المنتسبين|المنتمين|التابع\w*|يتبعون|انضم\w*)\s+"
    r"(?:(?:ل|الي\s+)(?:صفوف\s+)?(?:ميليشيا\s+)?)?"
)
_JOIN_MEMBERS = re.compile(
    r"(?:\s+(?:لها|له|لهم))?\s*(?:[،,]\s*)?و(?:من\s+)?(?:عناصر|مقاتلي|جنود|افراد|منتسبي)\s+"
    r"(?:من\s+)?(?:(?:تنظيم|ميليشيا)\s+)?[«\"]?"
)  # "والمسلحين الموالين لها ومن مقاتلي تنظيم «داعش»"
_JOIN = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*)?و?")
_ATTACK = re.compile(r"هجوم|هجمات|هجوما|هاجم|شن|استهدف|كمين|غار|قصف|اعتداء|عبوه|انفجر|تفجير")
_TARGET = re.compile(
    r"(?<!\w)(?:علي|ضد|استهدف\S*|يستهدف\S*|تستهدف\S*|استهداف|تعرض\S*|تقل|يقل|تنقل|ينقل)\s"
    r"|(?<!\w)[وبل]?(?P<owned>حاجز|حاجزا|نقطه|موقع|موقعا|دوريه|رتل|رتلا|مقر|مقرا|مفرزه|ثكنه|سياره|سيارتين|"
    r"حافله|اليه|عربه|مركبه|قافله)\s+(?:(?:عسكري|عسكريه|عسكريا|عسكريتين)\s+)?"
    r"(?:(?:ال)?(?:تابع|تابعه|تابعا|تابعتين)\s+)?(?=ل)"
)  # and the people a targeted vehicle carries ("سيارة تقل عناصر من ميليشيا"), a post's own
# ("هاجم مسلحون حاجزاً للأسايش ... فقتلوا عنصرين")


_ALLIES = ({"government", "iran_backed", "russia"}, {"sdf", "coalition"}, {"opposition", "turkey"})


def _sides_label(parties: set[str]) -> str:
    """One count over several parties: "both_sides" for foes of a fight, "mixed" for civilians
    among them or for allies ("58 من قوات النظام والميليشيات الموالية لإيران")."""
    if "civilians" in parties or any(parties <= allies for allies in _ALLIES):
        return "mixed"
    return "both_sides"


def _whole_party(fig: Figure, figures: list[Figure]) -> str:
    """The party of a total split between parties by its sub-counts."""
    kids = {figures[c].party for c in fig.children} - {"unknown"}
    if len(kids) >= 2 or (fig.party == "both_sides" and "civilians" in kids):
        return _sides_label(kids)  # civilians alone among foes: mixed
    return fig.party


def _numeral_after(sw: _Sentence, pos: int) -> bool:
    """Whether a number word or digits follow ``pos`` ("مدنيان اثنان")."""
    _, word = _noun_after(sw, pos)
    return bool(word) and (bool(re.fullmatch(r"\d+", word)) or bool(find_numbers(word)))


_LOYALISTS_MOURNED = re.compile(
    r"(?<!\w)[وف]?(?:نعت|نعي|تنعي|ينعي|نعوا)\s+(?:\S+\s+)?(?:صفحات|مواقع|شبكات|حسابات|معرفات)\s+"
    r"(?:اخباريه\s+)?موالي(?:ه|ن)?(?!\w)"
)


def _victim_party(sw: _Sentence, fig: Figure, parties: list[tuple[int, int, str]]) -> str:
    """The party a figure's victims belong to, from the words after it, then the sentence."""
    norm = sw.norm
    end = min(sw.sent.end, fig.n_end + 90)
    stop = _PHRASE_STOP.search(norm, fig.n_end, end)
    # the noun right after the number may itself carry the party ("15 جهاديا", "3 مدنيين")
    i, noun = _noun_after(sw, fig.n_end)
    noun_end = sw.words[i][1] if noun else fig.n_end
    limit = (
        stop.start()
        if stop and stop.start() > noun_end
        else max(noun_end, stop.start() if stop else end)
    )
    if stop and stop.start() < noun_end:
        limit = noun_end
    another = _ANOTHER_COUNT.search(norm, noun_end, limit) if fig.implicit else None
    if another:  # "إصابة عسكري سوري ومدنيين اثنين": the civilians are another count
        limit = another.start()
    window = norm[fig.n_end : limit]
    if _MIXED.search(window) or _MOSTLY_CIVILIANS.match(norm, noun_end):
        return "mixed"
    if fig.relation != "child" and _MOSTLY_CIVILIAN_TRADE.match(norm, noun_end):
        return "mixed"
    inside = [p for p in parties if fig.n_end <= p[0] < limit]
    # "قيادي مسؤول عن التخطيط لهجمات على نقاط الجيش": whom the person worked against
    inside = [p for p in inside if not _IN_CHARGE_OF.search(norm, fig.n_end, p[0])]
    if _in(noun, MEMBER_NOUNS):  # "مقتل عنصرين من أبناء المدينة": where they come from
        inside = [p for p in inside if not _ORIGIN_WORD.match(norm, p[0], p[1])]
    # "عنصرين من أبناء الميادين ينتسبان لميليشيا لواء الباقر": membership beats origin
    member = _MEMBERSHIP.search(norm, fig.n_end, limit)
    if member and _ANOTHER_COUNT.search(norm, fig.n_end, member.start()):
        member = None  # "3 من فاطميون وعنصر من ميليشيا أسد ينتمي إلى الفرقة 17": the other's
    joined = [p for p in inside if member and member.end() - 2 <= p[0] <= member.end() + 12]
    if joined:
        return joined[0][2]
    if len(inside) > 1 and _TERRORISTS.fullmatch(norm, inside[0][0], inside[0][1]):
        inside = inside[1:]  # "14 إرهابياً من تنظيم YPG/PKK": whose terrorists the text says next
    elif (
        len(inside) == 1
        and fig.tally_end is not None
        and _TERRORISTS.fullmatch(norm, inside[0][0], inside[0][1])
    ):  # 'عدد إرهابيي "بي كا كا" ... إلى 412 إرهابياً': the tally said whose
        told = [p for p in parties if fig.tally_end - 1 <= p[0] <= fig.tally_end + 40]
        inside = told[:1] or inside
    if inside:
        if any(p[2] == "both_sides" for p in inside):
            return "both_sides"
        return _joined_sides(sw, inside)
    if _LOYALISTS_MOURNED.search(norm, max(sw.sent.start, fig.n_start - 60), fig.n_start):
        return "government"  # "نعت صفحات موالية ثلاثة من عناصر الحاجز": the loyalists' own
    appositive = _APPOSITIVE.search(norm, fig.n_end, sw.sent.end)
    if appositive:
        named = [p for p in parties if appositive.end() <= p[0] <= appositive.end() + 30]
        if named:
            return named[0][2]
    loser = _LOSER.search(norm, max(sw.sent.start, fig.n_start - 80), fig.n_start)
    if loser:  # "خسر الحرس الثوري منذ تدخله في سوريا أكثر من 2100 مقاتل": the subject lost them
        named = [p for p in parties if loser.end() <= p[0] < fig.n_start]
        if named:
            return named[0][2]
    k0 = sw.index_at(fig.n_start) - 1
    if not fig.implicit and k0 >= 0 and fig.qualifier == "exact" and fig.best == 2:
        before_words = sw.words[max(0, k0 - 1) : k0 + 1]
        no_break = not _gap_has_punct(norm, before_words[0][0], fig.n_start)
        if no_break and any(
            _in(w[2], PERSON_NOUNS) for w in before_words
        ):  # "عسكريين روسيين اثنين"
            named = [p for p in parties if before_words[0][0] <= p[0] < fig.n_start]
            if named:
                return named[-1][2]
    if fig.tally_end is not None:
        k = sw.index_at(fig.tally_end)
        first = sw.words[k][2] if k < len(sw.words) else ""
        named = [
            p
            for p in parties
            if fig.tally_end - 1 <= p[0] <= fig.tally_end + 40
            and not _BY_THE_HAND.search(norm, max(0, p[0] - 12), p[0])
        ]  # not "عدد المعتقلين على يد قسد": who took them
        if named and not (is_event_word(first) or _in(first, NON_CASUALTY_NOUNS)):
            # "حصيلة قتلى قوات النظام", not "حصيلة ضحايا هجمات التنظيم"; "حصيلة قتلى قوات
            # الأسد وميليشيات إيران": both allies
            return _joined_sides(sw, named)
    if noun in ("منهم", "منها") or (noun == "من" and i + 1 < len(sw.words)):
        noun = sw.words[i + 1][2] if noun == "من" else noun
    elif (
        i + 1 < len(sw.words)
        and sw.words[i + 1][2] == "منهم"
        and _in(noun, MEMBER_NOUNS)
        and not _gap_has_punct(norm, sw.words[i][1], sw.words[i + 1][0])
    ):
        noun = "منهم"  # "وثقت الشهر الماضي مقتل 37 عنصراً منهم": of the group named before
    elif (
        i + 2 < len(sw.words)
        and sw.words[i + 1][2] == "من"
        and _in(sw.words[i + 2][2], POSSESSIVE_NOUNS)
    ):
        noun = sw.words[i + 2][2]  # "مقاتلاً من قواتها"
    if noun and (_in(noun, POSSESSIVE_NOUNS) or noun in ("منهم", "منها")):
        # "استهدف عناصره سيارة تقل عمالا ... مقتل ستة منهم": "منهم" may be civilians too
        excluded = ("both_sides",) if noun == "منهم" else ("civilians", "both_sides")
        before = [p for p in parties if p[1] <= fig.n_start and p[2] not in excluded]
        # the pronoun agrees with its antecedent: "وتتهم قسد التنظيم ... مقتل 89 من عناصرها"
        feminine = noun.endswith("ها")
        agreeing = [
            p
            for p in before
            if _feminine_party(norm[p[0] : p[1]], norm[max(0, p[0] - 12) : p[0]]) == feminine
        ]
        # 'ميليشيا "الفيلق الخامس" التي شكّلتها روسيا ... 12 من عناصرها': not the relative clause's
        agreeing = agreeing[:1] + [
            p for p in agreeing[1:] if not _IN_RELATIVE.search(norm[max(0, p[0] - 30) : p[0]])
        ]
        if agreeing and not noun.endswith("هم"):  # "منهم": any plural, not a gender test
            # martyrs are the subject's own ("نفذت قسد عملية ضد خلايا داعش ... استشهد 17 من
            # مقاتليها"); others killed are the last named ("عمليات ضد التنظيم ... مقتل 44 من عناصره")
            return agreeing[0 if _martyred(sw, fig) else -1][2]
        if before:  # "قتلى قوات الأسد وميليشيات إيران ... 37 عنصراً منهم": both allies
            chain = [before[-1]]
            while len(chain) < len(before) and _JOIN.fullmatch(
                norm[before[-len(chain) - 1][1] : chain[0][0]] + norm[chain[0][0]]
            ):
                chain.insert(0, before[-len(chain) - 1])
            return _joined_sides(sw, chain)
    # "بين X و Y" with no victim named: both sides
    for between in re.finditer(r"(?<!\w)بين\s", norm[sw.sent.start : sw.sent.end]):
        at = sw.sent.start + between.end()
        first = [
            p for p in parties if at <= p[0] <= at + 25 and p[2] not in ("civilians", "both_sides")
        ]
        if not first:
            continue
        second = [
            p for p in parties
            if first[0][1] <= p[0] <= first[0][1] + 40 and p[2] not in ("civilians", "both_sides", first[0][2])
            and "و" in norm[first[0][1] : p[0] + 1]
        ]  # fmt: skip
        if second and any(p[2] == "civilians" and at <= p[0] < second[0][1] for p in parties):
            return "mixed"  # "بين عسكريين ومدنيين وعناصر من التنظيم": civilians among them
        if second:
            return "both_sides"
    if _in(noun, GUNMEN):  # "مقتل 17 مسلحاً ... خطط لهجمات على نقاط الجيش": the gunmen's group
        armed = [
            label
            for _, _, label in PARTY_LEXICON.finditer(norm[: fig.n_start])
            if label in ("isis", "opposition")
        ]
        # the group the text keeps naming, the latest on a tie
        return max(reversed(armed), key=armed.count) if armed else "unknown"
    # the target of the attack: "على قوات النظام", "ضد قسد", "استهدف ..."
    own = _own_noun(sw, fig)
    if _in(noun, SOLDIER_NOUNS) or _in(own, SOLDIER_NOUNS | _n("عسكري عسكريا عسكريين")):
        return "government"  # Syrian outlets name other armies' soldiers ("جنود أميركيين")
    if fig.parent is not None and fig.relation == "child":
        return "unknown"  # "بينهم قيادي": of the total's side, whoever attacked
    attacker = _attacker_hint(sw, parties)
    # "اغتيال 17 شخصاً، بينهم 11 من عناصر الميليشيا": a breakdown's side is not the total's
    breakdown = re.compile(r"(?<!\w)(?:بينهم|منهم|بينهما|من\s+بينهم)(?!\w)").search(
        norm, fig.n_end, sw.sent.end
    )
    # "أسفر عن مقتل ثلاثة عناصر، فيما ردّت الطائرات الروسية ...": the next clause is another story
    contrast = _CONTRAST.search(norm, fig.n_end, sw.sent.end)
    clause_end = contrast.start() if contrast else sw.sent.end
    horizon = min(breakdown.start() if breakdown else sw.sent.end, clause_end)
    if attacker:
        sides = {
            p[2]
            for p in parties
            if p[2] not in ("civilians", "both_sides", attacker)
            and p[0] < horizon
            and not _ACCUSATION.search(norm, max(sw.sent.start, p[0] - 30), p[0])
        }
        if len(sides) == 1:
            return sides.pop()  # "نصبت خلايا التنظيم كمينا لرتل تابع لقوات النظام"
    sentence = norm[sw.sent.start : clause_end]
    if _ATTACK.search(sentence):
        for m in _TARGET.finditer(sentence):
            at = sw.sent.start + m.end()
            reach = 30 if m.group("owned") else 20  # 'مقراً للمنتسبين المحليين لـ"الحرس الثوري"'
            target = [p for p in parties if at <= p[0] <= at + reach and p[2] != "both_sides"]
            if target:
                return target[0][2]
    next_clause = _NEXT_CLAUSE.search(norm, fig.n_end, clause_end)
    hazard_end = next_clause.start() if next_clause else clause_end
    if (
        not fig.aggregate
        and _CIVILIAN_HAZARD.search(norm, sw.sent.start, hazard_end)
        and not any(sw.sent.start <= p[0] < hazard_end and p[2] != "civilians" for p in parties)
    ):  # "قُتل أربعة أشخاص بانفجار لغم أرضي أثناء بحثهم عن الكمأة": no side but the victims'
        return "civilians"
    return "unknown"


_CIVILIAN_HAZARD = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:لغم|الغام|مخلفات\s+(?:ال)?حرب|كماه)(?!\w)")


_ORIGIN_WORD = re.compile(r"(?:ابناء|اهالي)$")
# a side that lost people: "وخسرت قوات النظام 40 عنصراً"; its subject is the victims' side
# (no punctuation between the verb and the number: the same clause)
_LOSER = re.compile(r"(?<!\w)[وف]?(?:خسر|خسرت|يخسر|تخسر|تكبد|تكبدت|يتكبد)\s+(?!.*[،,.:؛])")
_BY_THE_HAND = re.compile(r"(?<!\w)(?:علي\s+يد|علي\s+ايدي|من\s+قبل|برصاص|بنيران)\s+$")
_ATTACKER_VERB = re.compile(
    r"(?<!\w)[وف]?(?:نصبت|نصب|نصبته|نصبه|نصبها|شنت|شن|شنه|شنته|نفذت|نفذ|نفذته|نفذها|هاجمت|هاجم|هاجموا|تبني|تبنت|"
    r"استهدفت|استهدف|اغتالت|اغتال|يقتلون|يقتل|يشن|تشن|يعدم|يختطف)\s+"
    r"|(?<!\w)(?:هجوم|هجمات|هجوما|كمين|كمينا|غاره|غارات|قصف)\s+(?:جديد\s+)?(?:ل|من\s+)"
    r"|(?<!\w)(?:برصاص|بنيران|علي\s+يد|من\s+قبل|بغارات|بغاره|بقصف)\s+"
)


_NON_CONFLICT = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:زلزال|حادث\s+سير|حوادث\s+سير|حادث\s+مروري|حادث\s+مرور|الغرق|غرقا|كورونا|كوفيد|"
    r"الكوليرا|كوليرا|التسمم|تسمم|السيول|سيول|العاصفه|الصقيع|انهيار\s+(?:مبني|منزل|بناء)|ماس\s+كهربائي|"
    r"الحريق|حريق\s+(?:في\s+)?(?:منزل|مخيم))"
)
_CONFLICT_WORD = re.compile(
    r"هجوم|هجمات|اشتباك|قصف|غار|كمين|عبو|لغم|الغام|مفخخ|برصاص|رصاص|اغتيال|داعش|التنظيم|قوات|مسلح|اعدام|اختطاف"
)


def _conflict_near(norm: str, sent: Sentence, fig: Figure, causes: list[re.Match[str]]) -> bool:
    """Whether a figure in a sentence naming a natural or accidental cause still reads as conflict:
    no such cause in its clause, or a conflict word there too."""
    commas = [
        m.end()
        for m in re.finditer(
            r"[،,]|(?<!\w)(?:فيما|بينما|في حين)(?!\w)", norm[sent.start : fig.n_start]
        )
    ]
    start = sent.start + (commas[-1] if commas else 0)
    nxt = re.search(r"[،,]|(?<!\w)(?:فيما|بينما|في حين)(?!\w)", norm[fig.n_end : sent.end])
    end = fig.n_end + nxt.start() if nxt else sent.end
    if not any(start <= cause.start() < end for cause in causes):
        return True  # the accident is named in another clause
    return bool(_CONFLICT_WORD.search(norm, start, end))


_ARREST = re.compile(r"اعتقال|اعتقل|توقيف|القبض|احتجاز")
_MASCULINE_PARTY = re.compile(
    r"^[وفبل]*(?:ال)?(?:تنظيم|جيش|نظام|حزب|تحالف|حرس|لواء|فيلق|دفاع|حشد|امن|داعش)"
)


_IN_RELATIVE = re.compile(
    r"(?<!\w)(?:التي|الذي)\s+(?:\S+\s+){0,2}$|(?<!\w)(?:ال)?(?:مدعوم|مدعومه)\s+من\s+$"
)  # and a backer: 'ميليشيا "لواء القدس" المدعومة من روسيا ... 4 من عناصرها
_FEMININE_HEAD = re.compile(
    r"(?<!\w)[وبل]?(?:ميليشيا|مليشيا|ميلشيا|قوات|هيئه|جبهه|حركه)\s*[\"“«]?\s*$"
)


def _feminine_party(name: str, before: str = "") -> bool:
    """Whether a party name takes a feminine pronoun ("قسد", "قوات النظام", not "التنظيم"; and
    'ميليشيا "الفيلق الخامس"' after its feminine head)."""
    return not _MASCULINE_PARTY.match(name) or bool(_FEMININE_HEAD.search(before))


_ABDUCTION = re.compile(r"اختطاف|اختطف|خطف")
_CLAUSE_END = re.compile(r"[،,؛]|(?<!\w)(?:فيما|بينما|في\s+حين)(?!\w)")


def _clause(norm: str, sent: Sentence, fig: Figure) -> tuple[int, int]:
    """Bounds of the clause holding a figure: "اختطاف 7 أشخاص، فيما اعتقلت قسد 65" splits in two."""
    starts = [m.end() for m in _CLAUSE_END.finditer(norm, sent.start, fig.n_start)]
    end = _CLAUSE_END.search(norm, fig.n_end, sent.end)
    return (starts[-1] if starts else sent.start), (end.start() if end else sent.end)


_SUSPECTS = re.compile(
    r"(?<!\w)[وال]*مشتبه\S*|(?<!\w)(?:للاشتباه|بتهمه|بتهم)\s+(?:ب)?(?:انتمائ|الانتماء)"
    r"|(?<!\w)[يت]شتبه\s+(?:ب|في\s+)?(?:انتمائ|الانتماء|انهم|بانهم)"
)  # and "يُشتبه بانتمائهم"


_RELATIVE_ASIDE = re.compile(r"[،,]\s*(?:التي|الذي|الذين|اللذين|اللتين)\s[^،,.]{0,60}[،,]")


def _suspects_party(
    sw: _Sentence, fig: Figure, sentences: list[Sentence], parties: list[tuple[int, int, str]]
) -> str | None:
    """Arrested suspects of a group ("القبض على 23 مشتبهاً بهم" in a raid on ISIS cells): that group."""
    # the tally's own noun may say it: "عدد المشتبه بانتمائهم للتنظيم ممن اعتقلتهم ... 21 شخصاً"
    start = fig.n_end if fig.tally_end is None else max(sw.sent.start, fig.n_start - 100)
    aside = _RELATIVE_ASIDE.search(sw.norm, fig.n_end, sw.sent.end)
    aside = aside if aside and aside.start() < fig.n_end + 40 else None
    reach = 40 + (aside.end() - aside.start() if aside else 0)  # "في بلدة الكوم، التي ...،"
    if not _SUSPECTS.search(sw.norm, start, min(sw.sent.end, fig.n_end + reach)):
        return None
    start = sentences[sw.sent.index - 1].start if sw.sent.index else sw.sent.start
    groups = [p[2] for p in parties if start <= p[0] < sw.sent.end and p[2] == "isis"]
    return groups[0] if groups else None


_SENTENCE_CARRIED_OUT = re.compile(
    r"(?<!\w)(?:حكم|حد)\s+[\"“«]?(?:ال)?(?:قتل|اعدام|قصاص|القصاص|الرده)[\"”»]?\s+"
    r"(?:\S+\s+){0,2}?(?:بحق|علي|في)\s+(?:\S+\s+)?$"
)
_MADE_UP_OF = re.compile(
    r"(?<!\w)(?:خليه|خلايا|مجموعه|شبكه|عصابه)\s+(?:\S+\s+){0,5}?"
    r"(?:مؤلفه|مولفه|مكونه|تتالف|تتكون|تضم)\s+من\s*$"
)


def _cell_members(sw: _Sentence, fig: Figure, parties: list[tuple[int, int, str]]) -> str | None:
    """ "خلية تابعة للتنظيم مؤلفة من 5 أشخاص": the members are the cell's group."""
    m = _MADE_UP_OF.search(sw.norm, max(sw.sent.start, fig.n_start - 70), fig.n_start)
    if not m:
        return None
    named = [p[2] for p in parties if m.start() <= p[0] < fig.n_start and p[2] != "civilians"]
    return named[-1] if named else None


_ACCUSED_MEMBER = re.compile(
    r"(?<!\w)(?:متهم\S*|[يت]تهم\S*|بتهمه|بتهم)\s+(?:\S+\s+){0,3}?(?:ب)?(?:انتمائ|الانتماء)"
)


def _accused_member(sw: _Sentence, fig: Figure, parties: list[tuple[int, int, str]]) -> str | None:
    """ "قُتل ثلاثة أشخاص يتهمهم أبناء المنطقة بالانتماء لخلية تابعة للتنظيم": the group named."""
    m = _ACCUSED_MEMBER.search(sw.norm, fig.n_end, min(sw.sent.end, fig.n_end + 60))
    between = [w[2] for w in sw.words if fig.n_end <= w[0] and m and w[1] <= m.start()]
    if any(_status_in(w, STATUS_BEFORE) or _status_in(w, STATUS_NOUNS) for w in between):
        return None  # "اغتيال مختار ... واعتقال 6 أشخاص بتهمة الانتماء": the others' charge
    named = [p for p in parties if m and m.end() <= p[0] <= m.end() + 30 and p[2] != "civilians"]
    return named[0][2] if named else None


_COLLABORATION = re.compile(
    r"(?:\s+\S+){0,2}?\s+بتهم(?:ه)?\s+(?:ال)?(?:تعامل|تعاون|عماله|تخابر|تقديم|دعم|تمويل|نقل|تهريب)"
)
_ACCUSATION = re.compile(r"بتهمه|بتهم|لصالح|التعامل\s+مع|التعاون\s+مع|الانتماء")


def _attacker_hint(
    sw: _Sentence, parties: list[tuple[int, int, str]], reach: int = 12
) -> str | None:
    """The party doing the attacking in a sentence: named right after an attack verb or word."""
    norm = sw.norm
    for m in _ATTACKER_VERB.finditer(norm, sw.sent.start, sw.sent.end):
        named = [
            p
            for p in parties
            if m.end() - 1 <= p[0] <= m.end() + reach
            and p[2] != "civilians"
            and not (  # "استهدف حاجزاً للأمن العام": the object's owner, not the attacker
                norm[m.end() : p[0]].strip() and "ل" in (norm[p[0]], norm[p[0] - 1])
            )
        ]
        if named and named[0][2] != "both_sides":
            return named[0][2]
    for m in _ATTACK_VERB_AFTER_SUBJECT.finditer(norm, sw.sent.start, sw.sent.end):
        subject = [
            p
            for p in parties
            if 0 <= m.start() - p[1] <= 2 and p[2] not in ("civilians", "both_sides")
        ]  # "مجموعة من الإرهابيين هاجمت نقطة تابعة للجيش"
        if subject:
            return subject[-1][2]
    return None


_ATTACK_VERB_AFTER_SUBJECT = re.compile(
    r"(?<!\w)(?:هاجمت|هاجم|هاجموا|نصبت|نصبوا|شنت|شنوا|استهدفت|استهدفوا|اغتالت|اغتالوا)(?!\w)"
)


def _perpetrator(
    sw: _Sentence,
    fig: Figure,
    parties: list[tuple[int, int, str]],
    prev: list[tuple[int, int, str]],
) -> str | None:
    """Who caused the casualties: a party named near a cause word, else the other side named."""
    cands = [p for p in parties if p[2] not in (fig.party, "civilians", "both_sides")]
    if fig.party in ("both_sides", "mixed") and not cands:
        return None
    if not cands:
        cands = [p for p in prev if p[2] not in (fig.party, "civilians", "both_sides")]
        return cands[-1][2] if cands else None
    attacker = _attacker_hint(sw, parties)
    if attacker and attacker != fig.party:
        return attacker
    cause_pos = [
        w[0] for w in sw.words if _in(w[2], CAUSE_MARKERS) or _status_in(w[2], STATUS_BEFORE)
    ]
    if not cause_pos:
        return cands[0][2]
    return min(cands, key=lambda p: min(abs(p[0] - c) for c in cause_pos))[2]


def _attribution(norm: str, sentences: list[Sentence], s: Sentence) -> str:
    """Who the outlet attributes a figure to: this sentence, else the one before, else the outlet."""
    for sent in (s, sentences[s.index - 1] if s.index > 0 else None):
        if sent is None:
            continue
        found = ATTRIBUTION_LEXICON.search(norm, sent.start, sent.end)
        if found:
            return found[2]
    return "outlet"


_OF_ONE_INCIDENT = re.compile(
    r"\s+من\s+(?:قتلي|جرحي|ضحايا|مصابي)\s+(?:ال)?(?:كمين|هجوم|انفجار|تفجير|غاره|ضربه|اشتباك)(?!\w)"
)


# "بعد رصد ومتابعة استخباراتية استمرت 3 أسابيع": how long the watching lasted, no tally
# period; "ولا قتلى حتى اللحظة": none so far
_OTHER_DURATION = re.compile(
    r"(?<!\w)[وب]?(?:ال)?(?:رصد(?!\s+(?:ال)?مرصد)|متابعه|مراقبه|تحضير|تحضيرات|تحقيقات|تحقيق|تعقب|ملاحقه|حصار)"
    r"\s+(?:\S+\s+){0,2}$|(?<!\w)و?لا\s+\S+\s+$"
)
_RELATIVE = re.compile(r"(?<!\w)(?:التي|الذي|اللذين|اللتين)(?!\w)")
_YEAR_CUE = re.compile(rf"[وف]?{_YEAR_PERIOD}")
# a year that dates a month, a season or a birth ("آب عام 2017", "صيف عام 2018", "مواليد عام 1984")
_DATED_YEAR_BEFORE = re.compile(rf"(?:(?<!\w)(?:{_MONTH_NAMES}|مواليد|صيف|شتاء|ربيع|خريف)|\d)\s*$")


def _other_duration(norm: str, cue: re.Match[str]) -> bool:
    """Whether a period cue measures something else than the figures (a watch, "none so far"),
    or is no period at all (the year of a month or a birth, "في آب عام 2017", "من مواليد عام 1984")."""
    return bool(
        _OTHER_DURATION.search(norm, max(0, cue.start() - 40), cue.start())
        or (
            _YEAR_CUE.fullmatch(cue.group())
            and _DATED_YEAR_BEFORE.search(norm, max(0, cue.start() - 20), cue.start())
        )
    )


_ONE_ATTACK_WHICH = re.compile(
    r"(?<!\w)[وف]?ال(?:هجوم|كمين|تفجير|انفجار|استهداف|غاره|ضربه)\s+الذي\s+(?:\S+\s+)?"
    r"(?:ادي|اسفر|خلف|اوقع|اودي|اسقط)(?!\w)"
)
_SINCE_EVENT = re.compile(
    r"(?<!\w)منذ\s+\S+\s[^،,.\n]{0,40}$"
)  # an event between: "منذ سقوط النظام في"


def _aggregate(sw: _Sentence, fig: Figure, num_vague: bool, day_dates: list[int]) -> bool:
    """Whether a figure is a period or running total rather than one incident's."""
    norm = sw.norm
    commas = [m.end() for m in re.finditer(r"[،,]", norm[sw.sent.start : fig.n_start])]
    clause_start = sw.sent.start + (commas[-1] if commas else 0)
    nxt = re.search(r"[،,]", norm[fig.n_end : sw.sent.end])
    clause_end = fig.n_end + nxt.start() if nxt else sw.sent.end
    # a day told in a relative clause after it ("ضمن الحملة التي أطلقتها الوزارة في الخامس عشر
    # من تموز") dates something else, not the figure
    day_dated = any(
        start < fig.n_start or not _RELATIVE.search(norm, fig.n_end, start) for start in day_dates
    )
    if _OF_ONE_INCIDENT.match(norm, fig.n_end):
        return False  # "نعت ٥ من قتلى الكمين حتى الآن": part of one incident's dead

    def period(m: re.Match[str]) -> bool:
        # a bare year in a sentence that tells the day dates something else ("بعد اتفاق
        # التسوية عام 2018، مساء أمس الأربعاء")
        return not _other_duration(norm, m) and not (day_dated and _YEAR_CUE.fullmatch(m.group()))

    if any(
        (m.start() < fig.n_start or not _ranks_the_incident(norm, m, fig.n_end)) and period(m)
        for m in _AGGREGATE.finditer(norm, clause_start, clause_end)
    ):
        return True
    cues = [
        m
        for m in _AGGREGATE.finditer(norm, sw.sent.start, fig.n_start)
        if not _comparison(norm, m, sw.sent.start) and period(m)
    ]  # "الهجوم الأعنف منذ أغسطس": a comparison, not a period
    earlier = cues[-1] if cues else None
    if earlier and _ONE_INCIDENT_AFTER.search(norm, earlier.end(), fig.n_start):
        earlier = None  # "..., حين قتل 23 جندياً", "بعد هجوم على حقل الجفرة أسفر عن إصابة أربعة"
    if (
        earlier
        and _ranks_the_incident(norm, earlier, sw.sent.start)
        and re.search(r"(?<!\w)بعد\s", norm[earlier.end() : fig.n_start])
    ):
        earlier = None  # "الهجوم الثاني من نوعه خلال 10 أيام، بعد مقتل 6 رعاة": one incident
    contrast = _CONTRAST.search(norm, earlier.end(), fig.n_start) if earlier else None
    if not day_dated and earlier and not (contrast and sw.dated(contrast.end(), clause_end)):
        # a period opening a tally covers its "فيما/كما" clauses too, unless one has its own time
        return True
    if fig.best >= 1000:
        return True
    told_days = [d for d in day_dates if not _REPORTING_DAY.search(norm, max(0, d - 30), d)]
    if not told_days and _LAST_HOURS.search(norm, fig.n_end, sw.sent.end):
        return True  # "قضت على 35 إرهابياً ودمّرت 4 مخابئ، ..., خلال الساعات الـ24 الماضية"
    return num_vague and not day_dated


# "أعلنت وزارة الدفاع الروسية، الخميس، أن": the day it was told, not the day it happened
_REPORTING_DAY = re.compile(
    r"(?<!\w)[وف]?(?:اعلن|اعلنت|قال|قالت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|نشر|نشرت)"
    r"(?:\s+\S+){0,6}?\s*[،,]\s*(?:(?:ال)?يوم\s+)?$"
)
_LAST_HOURS = re.compile(
    r"(?<!\w)خلال\s+(?:الساعات\s+(?:ال)?\s?(?:24|48|72)|(?:ال)?\s?(?:24|48|72)\s+ساعه)\s+"
    r"(?:ال)?(?:ماضيه|الماضيه|الاخيره|المنصرمه)(?!\w)"
)


def _mentions(sw: _Sentence) -> list[tuple[NumberMention, str | None, bool]]:
    """Numbers and implicit counts ("مقتل ضابط") of a sentence in order: (mention, status, implicit)."""
    out: list[tuple[NumberMention, str | None, bool]] = []
    numbers = [_shift(n, sw.sent.start) for n in find_numbers(sw.norm[sw.sent.start : sw.sent.end])]
    for num in numbers:
        out.append((num, None, False))
    for start, count, status in _implicit_counts(sw):
        if any(n.start <= start < n.value_end + 2 for n in numbers):
            continue
        mention = NumberMention(
            start, start, count, count, count, "exact", True, False, start, start
        )
        out.append((mention, status, True))
    return sorted(out, key=lambda m: m[0].start)


_RANGE_OF_DAYS = re.compile(r"(?<!\w)(?:من|بين)\s+\d{1,2}\s+(?:حتي|الي|و)\s*$")
_INTERNAL_SECURITY = re.compile(r"(?:قوي|قوات)\s+الامن\s+الداخلي")


def _internal_security(
    norm: str, parties: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "قوى الأمن الداخلي" is the SDF's Asayish only in a report that names the SDF otherwise;
    elsewhere it is the Interior Ministry's force ("استشهد عنصران من قوى الأمن الداخلي" in Palmyra)."""
    ours = [p for p in parties if p[2] == "sdf" and _INTERNAL_SECURITY.fullmatch(norm, p[0], p[1])]
    if not ours or len(ours) < sum(p[2] == "sdf" for p in parties):
        return parties
    return [(a, b, "government") if (a, b, k) in ours else (a, b, k) for a, b, k in parties]


def find_figures(
    text: str, dates: list[DateMention] | None = None, normalised: NormText | None = None
) -> Analysis:
    """Every casualty figure in ``text`` (as published), with party, aggregate flag and evidence."""
    nt = normalised or normalize_with_offsets(text)
    norm = nt.norm
    sentences = split_sentences(norm)
    figures: list[Figure] = []
    # a quick filter on cue stems; forms only the optional morphology knows must get through
    morphology = morphology_available()
    if not morphology and not _CUE_STEMS.search(norm):
        return Analysis(nt, sentences, figures)
    if dates is None:
        dates = find_dates(norm, None)
    all_parties = [
        p
        for p in _forces_anaphora(
            norm,
            _militia_anaphora(
                norm, _organisation_anaphora(norm, _party_mentions(norm, 0, len(norm)))
            ),
        )
        if not _TERRITORY.search(norm, max(0, p[0] - 14), p[0])
    ]  # "الخاضع لسيطرة قسد": whose land, not who was hit
    all_parties = _internal_security(norm, all_parties)
    others_of: list[tuple[Figure, Figure]] = []  # "وأصيب 4 آخرون" and the figure they follow
    prev_parties: list[tuple[int, int, str]] = []
    for sent in sentences:
        parties = [p for p in all_parties if sent.start <= p[0] < sent.end]
        if (
            not morphology
            and not _CUE_STEMS.search(norm, sent.start, sent.end)
            and not LIST_ITEM.match(norm, sent.start)  # "- 283 من عناصر قوات النظام"
        ):
            prev_parties = parties
            continue
        non_conflict = list(_NON_CONFLICT.finditer(norm, sent.start, sent.end))
        sw = _Sentence(norm, sent, dates)
        day_dates = [
            d.start
            for d in dates
            if d.precision in ("day", "days")
            and d.kind != "since"
            and sent.start <= d.start < sent.end
            and not _AGGREGATE.match(norm, d.start)  # "خلال الساعات الـ24 الماضية": a window
            and not _RANGE_OF_DAYS.search(norm, max(0, d.start - 20), d.start)  # "من 1 حتى 7"
            # "منذ سقوط نظام الأسد في 8 من كانون الأول 2024": the day a period began
            and not _SINCE_EVENT.search(norm, max(sent.start, d.start - 50), d.start)
            # "نشر المركز الإعلامي، اليوم السبت، حصيلة عملياته خلال كانون الثاني": the day told
            and not _REPORTING_DAY.search(norm, max(sent.start, d.start - 60), d.start)
        ]
        day_dated = bool(day_dates)
        local: list[Figure] = []
        for num, given, implicit in _mentions(sw):
            if not implicit and _is_non_casualty(sw, num):
                continue
            status, tally = given, None
            if implicit and status == "wounded" and _died_of_wounds(sw, num):
                status = "killed"  # "بعد وفاة جريحين متأثرين بإصابتهما"
            if not implicit:
                status, _how = _own_status(sw, num, parties)
                among = _AMONG_THE.search(norm, max(sent.start, num.start - 30), num.start)
                if status is None and among:  # "ومن بين القتلى 9 من الميليشيات"
                    status = _status_in(among.group("noun"), STATUS_NOUNS)
                if status == "wounded" and (
                    _died_of_wounds(sw, num)
                    or _DEATH_TOLL_BEFORE.search(norm, max(sent.start, num.start - 60), num.start)
                ):  # "وفاة اثنين من الجرحى متأثرين بجراحهم", "ارتفعت حصيلة القتلى إلى 19 ... بعد
                    status = "killed"  # وفاة عدد من الجرحى"
                if not status:
                    status, tally = _tally_status(sw, num)
                if not status:
                    status, tally = _listed_status(sw, num)
                if not status and _in_critical_condition(sw, num):
                    status = "wounded"  # "وأن حالة ثلاثة منهم حرجة"
                if not status and _CAMPAIGN_REACHED.search(
                    norm, max(sent.start, num.start - 90), num.start
                ):
                    status = "captured_or_abducted"  # "حملة دهم واعتقال ... طالت 17 مدنياً"
                if not status and TAKEN_BEFORE.match(norm, num.value_end, sent.end):
                    status = "captured_or_abducted"  # "عن أربعة رعاة كانت اختطفتهم الثلاثاء"
            noun_end = sw.words[sw.index_at(num.start)][1] if implicit else num.value_end
            if status == "killed" and (
                _EXECUTED_AFTER.match(norm, noun_end, sent.end)
                or _execution_shown(norm, noun_end, sent.end, num.best)
            ):
                status = "executed"  # "رفات 17 شخصاً ... الذين أعدمهم", "جثة راعٍ ... مفصولة الرأس"
            fig = Figure(
                status=status or "",
                low=num.low,
                best=num.best,
                high=num.high,
                qualifier=num.qualifier,
                sentence=sent.index,
                n_start=num.start,
                n_end=num.value_end,
                relation=("implicit" if implicit else "cue") if status else None,
            )
            if tally is None and status and not implicit:
                # "عدد شهداء الجيش السوري ... إلى أكثر من 250 شهيداً": the tally names the side
                told, tally = _tally_status(sw, num)
                tally = tally if told == status else None
            fig.tally_end = tally
            fig.implicit = implicit
            if non_conflict and not _conflict_near(norm, sent, fig, non_conflict):
                continue  # "ضحايا الزلزال", "توفي 3 أشخاص بحادث سير"
            if not fig.status and not local and not implicit:
                _list_breakdown(sw, fig, num, figures)
            _link(sw, fig, num, local, figures)
            if not fig.status:
                continue
            fig.aggregate = _aggregate(sw, fig, num.qualifier == "vague", day_dates)
            local.append(fig)
        # "قتل 25 وأصيب العشرات ...، خلال اليومين الماضيين": a period named after every figure,
        # unless one attack told them ("فالهجوم الذي أدى إلى مقتل 12 ...، جاء تتويجاً لمسار بدأه
        # التنظيم منذ مطلع العام")
        if (
            not day_dated
            and local
            and not _ONE_ATTACK_WHICH.search(norm, sent.start, min(f.n_start for f in local))
            and any(
                not _ranks_the_incident(norm, m, max(f.n_end for f in local))
                and not _other_duration(norm, m)
                for m in _AGGREGATE.finditer(norm, max(f.n_end for f in local), sent.end)
            )
        ):
            for fig in local:
                fig.aggregate = fig.aggregate or not _OF_ONE_INCIDENT.match(norm, fig.n_end)
        has_date = any(d.kind != "since" and sent.start <= d.start < sent.end for d in dates)
        previous = [f for f in figures if f.sentence == sent.index - 1]
        prior = sentences[sent.index - 1] if sent.index else None
        period_before = prior is not None and any(
            not m.group().startswith(("لليوم", "حتي"))
            for m in _AGGREGATE.finditer(norm, prior.start, prior.end)
        )
        tally_before = (previous and all(f.aggregate for f in previous)) or (
            not previous and period_before
        )
        single = (
            _SINGLE_INCIDENT.search(norm, sent.start, min(f.n_start for f in local))
            or _THE_INCIDENT.search(norm, sent.start, sent.end)
            if local
            else None
        )
        if (
            local
            and not has_date
            and tally_before
            and not NEW_INCIDENT.match(norm, sent.start)
            and not _OTHER_ACCOUNT.match(norm, sent.start)  # "في المقابل، قال المرصد إن ..."
            and not single  # "فإن انفجار العبوة ... أدى إلى مقتل جندي": one incident, told again
        ):
            for fig in local:  # the tally goes on ("وأشار إلى أن قوات النظام مسؤولة عن مقتل 23")
                if not fig.aggregate:
                    fig.aggregate = True
                    fig.aggregate_reason = "continuation"
        told_attackers: set[int] = set()  # figures whose attackers were named
        for fig in local:
            if fig.status == "killed" and _SENTENCE_CARRIED_OUT.search(
                norm, max(sent.start, fig.n_start - 45), fig.n_start
            ):
                fig.status = "executed"  # 'نفّذ التنظيم حكم "القتل" بحق اثنين من عناصره'
            fig.party = _victim_party(sw, fig, parties)
            if fig.party == "unknown":
                fig.party = _cell_members(sw, fig, parties) or fig.party
            voice = fig.party == "isis" or (fig.party == "unknown" and _ISIS_VOICE.search(norm))
            if voice and _ENEMY_DEATH.search(
                norm, max(sent.start, fig.n_start - 20), min(sent.end, fig.n_end + 20)
            ):  # "هلاك 4 منهم": ISIS's word for its enemies' deaths
                enemies = [p for p in prev_parties + parties if p[2] not in _NOT_ENEMIES]
                fig.party = enemies[-1][2] if enemies else "unknown"
            # "استشهاد ثلاثة من عناصره": the outlet's side, not the "terrorists" it names
            if fig.party == "isis" and _martyred(sw, fig):
                sides = [p for p in prev_parties + parties if p[2] not in _NOT_ENEMIES]
                fig.party = sides[-1][2] if sides else "unknown"
            attackers = _attackers_counted(sw, fig, parties, sentences, dates)
            fig.party = attackers or fig.party
            own_side = [f.party for f in local if f.n_start < fig.n_start and f.party != "unknown"]
            if (
                own_side
                and fig.party == own_side[-1]
                and _NEUTRALISED.search(norm, max(sent.start, fig.n_start - 12), fig.n_start)
            ):  # "إصابة عنصرين من الأمن العام ... وتحييد ثلاثة منهم": the forces' enemies
                enemies = [
                    p[2] for p in prev_parties + parties
                    if p[0] < fig.n_start and p[2] not in (fig.party, "civilians", "both_sides")
                ]  # fmt: skip
                fig.party = enemies[-1] if enemies else fig.party
            if attackers:
                told_attackers.add(id(fig))
        base = len(figures)
        for fig in local:
            if fig.parent is not None and fig.parent < 0:  # parent given as a local index
                fig.parent = base + (-fig.parent - 1)
        figures.extend(local)
        for fig in local:
            fig.perpetrator = _perpetrator(sw, fig, parties, prev_parties)
        for k, fig in enumerate(local):
            if fig.parent is not None:
                parent = figures[fig.parent]
                parent.children.append(base + k)
                if fig.party == "unknown" or fig.inherits:
                    fig.party = parent.party
                one = _ONE_OF_A_KIND.search(norm, fig.n_end, min(sent.end, fig.n_end + 40))
                # "بينهم 53 قُتلوا في هجوم واحد": one incident of the total
                fig.aggregate = not one and (parent.aggregate or fig.aggregate)
            # "ارتفعت حصيلة قتلى الهجوم إلى 11 عنصراً": left to ``_risen_tolls``
            risen = fig.parent is None and _TOLL_ROSE.search(
                norm, max(sent.start, fig.n_start - 40), fig.n_start
            )
            after = _noun_after(sw, fig.n_end)[1]
            bare = not after.startswith("من") and not _in(after, PERSON_NOUNS | PLURAL_STATUS)
            bare = bare or _in(_own_noun(sw, fig), MEMBER_NOUNS)  # "وأسر المهاجمون عنصرين"
            here = [f for f in local[:k] if f.parent is None and f.party != "unknown"]
            if here and _CONTRAST.search(norm, here[-1].n_end, fig.n_start):
                here = []  # "في حين لم تتجاوز خسائر التنظيم 20 قتيلاً": another side
            if fig.party == "unknown" and not risen and bare and here:
                fig.party = here[-1].party  # "مقتل 8 عناصر من قوات النظام وجرح أربعة"
            if fig.party == "unknown" and not risen and not _others_noun(sw, fig):
                fig.party = _continuity_party(sw, fig, figures, sentences)
            if (
                fig.party == "unknown"
                and not risen
                and _in(_noun_after(sw, fig.n_end)[1], MEMBER_NOUNS)
            ):
                fig.party = _story_party(norm, sentences, sent, dates)
            if fig.party != "unknown" and _others_noun(sw, fig) and not _own_party_after(sw, fig):
                fig.party = "unknown"  # "وإصابة 9 آخرين": others of the group just counted
            if fig.party == "unknown" and _others_noun(sw, fig):
                before = [
                    f
                    for f in local[:k] + figures[:base][-3:]
                    if f.parent is None
                    and not _AMONG_THE.search(norm, max(0, f.n_start - 30), f.n_start)
                ]  # not "ومن بين القتلى 9": a part of the dead, not the group "others" follow
                before.sort(key=lambda f: f.n_start)
                if before:
                    fig.party = before[-1].party
                    others_of.append((fig, before[-1]))
            if fig.status == "captured_or_abducted" and _COLLABORATION.match(
                norm, fig.n_end, sent.end
            ):  # "اعتقلت ثلاثة آخرين بتهمة تقديم الدعم اللوجستي للتنظيم": accused helpers
                fig.party = "civilians"
            _, noun = _noun_after(sw, fig.n_end)
            if noun in ("من",):
                noun = (
                    sw.words[sw.index_at(fig.n_end) + 1][2]
                    if sw.index_at(fig.n_end) + 1 < len(sw.words)
                    else ""
                )
            if _in(noun, COMPANIONS):  # "اثنين من مرافقيه": the side of the one they escorted
                before = [f for f in [*figures[:base], *local[:k]] if f.parent is None]
                if before:
                    fig.party = before[-1].party
            if (
                fig.party == "unknown"
                and not risen
                and (not _in(noun, PERSON_NOUNS) or noun in SAME_GROUP)
            ):
                # "فيما أصيب 3 بجروح", "ثلاثة من العناصر": the group named just before
                before = [f for f in [*figures[:base], *local[:k]] if f.parent is None]
                reach = 0 if _list_item(sw) else 1  # an item of a list is an incident of its own
                if before and fig.sentence - before[-1].sentence <= reach:
                    fig.party = before[-1].party
            if _in(noun, ATTACKER_NOUNS) and id(fig) not in told_attackers:
                earlier = [f for f in figures[:base] + local[:k] if f.perpetrator]
                if earlier:
                    fig.party = earlier[-1].perpetrator
            if _in(noun, OUR_FORCES) or re.search(
                r"(?<!\w)من\s+(?:(?:مقاتلي|عناصر|افراد|جنود)\s+)?"
                r"(?:قواتنا|عناصرنا|مقاتلينا|رفاقنا|جنودنا|ابطالنا|زملائنا)",
                norm[fig.n_end : fig.n_end + 30],
            ):
                fig.party = _speaker_party(norm, sent, fig, parties) or _ATTRIBUTION_PARTY.get(
                    _article_attribution(norm), fig.party
                )
        for fig in local:
            fig.party = _whole_party(fig, figures)
            fig.perpetrator = _perpetrator(sw, fig, parties, prev_parties)
            a, b = _clause(norm, sent, fig)
            suspects = fig.status == "captured_or_abducted" and _suspects_party(
                sw, fig, sentences, all_parties
            )
            if suspects:  # the group they are suspected of, and so their sub-counts
                fig.party = suspects
                for c in fig.children:
                    figures[c].party = suspects
            if fig.status != "captured_or_abducted" and fig.party in ("unknown", "civilians"):
                fig.party = _accused_member(sw, fig, parties) or fig.party
            if (
                fig.party == "unknown"
                and fig.status in ("captured_or_abducted", "executed")
                and (fig.perpetrator in ("isis", None) or _ABDUCTION.search(norm, a, b))
                and not _ARREST.search(norm, a, b)
            ):
                fig.party = "civilians"  # people ISIS abducts are civilians unless said otherwise
            if fig.party == "unknown" and _in(_own_noun(sw, fig), _RANKS):
                fig.party = "government"  # "قُتل اللواء عصام زهر الدين": a rank, no side told
            fig.attributed_to = _attribution(norm, sentences, sent)
            fig.start, fig.end = nt.span(fig.n_start, fig.n_end)
            if fig.implicit:
                i, noun = _noun_after(sw, fig.n_start)
                if noun:
                    fig.start, fig.end = nt.span(sw.words[i][0], sw.words[i][1])
            fig.figure_text = text[fig.start : fig.end]
            fig.evidence_start, fig.evidence_end = nt.span(sent.start, sent.end)
            fig.evidence = text[fig.evidence_start : fig.evidence_end]
        prev_parties = parties
    for fig in figures:  # sub-counts given in a later sentence ("وأوضح أن بين القتلى ...")
        fig.party = _whole_party(fig, figures)
    headline = report_headline(sentences, norm, dates)
    _report_period(figures, sentences, norm, dates, headline)
    _risen_tolls(figures, sentences, norm)
    _restated_parties(figures)
    for fig, before in others_of:  # the side of the group just counted, found only now
        if fig.party == "unknown":
            fig.party = before.party
    _paired_tolls(figures, norm)
    _listed_sides(figures, sentences, norm)
    _body_of_the_executed(figures, norm)
    _announced_list_items(figures, sentences, norm)
    _headline_summaries(figures, sentences, norm)
    return Analysis(nt, sentences, figures, headline)


def list_intro(sentences: list[Sentence], norm: str, k: int) -> Sentence | None:
    """The sentence announcing the list ("على النحو الآتي:") whose item sentence ``k`` is."""
    if not LIST_ITEM.match(norm, sentences[k].start):
        return None
    while k > 0 and LIST_ITEM.match(norm, sentences[k].start):
        k -= 1
    intro = sentences[k]
    if LIST_ITEM.match(norm, intro.start) or not re.search(
        r":\s*$", norm[intro.start : sentences[k + 1].start]
    ):
        return None
    return intro


def _announced_list_items(figures: list[Figure], sentences: list[Sentence], norm: str) -> None:
    """ "وتوزع قتلى قوات النظام على المحافظات على النحو الآتي:" then "- بادية الرقة: 13 قتيلاً":
    items with no side of their own are of the side the announcing sentence names, and of its
    period when it is a total's breakdown."""
    for fig in figures:
        if fig.party != "unknown" or fig.parent is not None:
            continue
        intro = list_intro(sentences, norm, fig.sentence)
        if intro is None:
            continue
        named = [p for p in _party_mentions(norm, intro.start, intro.end) if p[2] != "both_sides"]
        if named:
            fig.party = named[0][2]
            fig.aggregate = fig.aggregate or bool(_AGGREGATE.search(norm, intro.start, intro.end))


_A_BODY = re.compile(r"(?<!\w)(?:جثه|جثمان)\s+(?:\S+\s+)?$")


def _body_of_the_executed(figures: list[Figure], norm: str) -> None:
    """ "تعدم أحدهم ... وعثر أهالٍ على جثة الشاب أحمد": the body of the one executed just before
    is that execution told again, not another killing."""
    for k, fig in enumerate(figures):
        if (
            fig.status != "killed"
            or fig.best != 1
            or fig.aggregate
            or not _A_BODY.search(norm, max(0, fig.n_start - 25), fig.n_start)
        ):
            continue
        told = [
            o for o in figures[:k]
            if o.status == "executed" and o.best == 1 and not o.aggregate
            and 0 < fig.sentence - o.sentence <= 2
        ]  # fmt: skip
        if told:
            fig.status = "executed"
            fig.party = told[-1].party if fig.party == "unknown" else fig.party


_NEXT_CLAUSE = re.compile(rf"{_CONTRAST.pattern}|(?<!\w)كما(?!\w)")
_RANGE_EDGE = re.compile(r"(?<!\w)(?:من|بين|حتي|الي)\s+$")
_ONE_OF_A_KIND = re.compile(r"(?<!\w)(?:حادثه|عمليه|هجوم|كمين)\s+(?:واحده|واحد|منفصله|منفصل)(?!\w)")


_LONG_PERIOD = re.compile(r"الربع|النصف|(?:19|20)\d\d|(?:خلال|طوال)\s+(?:ال)?عام(?!\w)")
_REPORT_NOUN = re.compile(
    r"(?<!\w)(?:ال)?(?:تقرير|احاطه|دراسه|حصاد|(?:ال)?(?:شهري|فصلي|سنوي|نصف\s+سنوي)(?:ه)?)(?!\w)"
)


def report_headline(
    sentences: list[Sentence], norm: str, dates: list[DateMention]
) -> tuple[int, int] | None:
    """The headline of a report, when it names the period reported on ("نشاط داعش في البادية
    خلال الربع الأول من عام 2024", "التقرير الشهري ... خلال آذار") and no day."""
    if not sentences or "\n" not in norm[sentences[0].start :]:
        return None
    title_end = norm.find("\n", sentences[0].start)
    periods = [
        m
        for m in _AGGREGATE.finditer(norm, sentences[0].start, title_end)
        if not _other_duration(norm, m) and not _comparison(norm, m, sentences[0].start)
    ]
    long_period = any(_LONG_PERIOD.search(m.group()) for m in periods)
    report = _REPORT_NOUN.search(norm, sentences[0].start, title_end)
    if not (long_period or (periods and report)) or any(
        d.precision == "day" and sentences[0].start <= d.start < title_end for d in dates
    ):
        return None
    return sentences[0].start, title_end


def _report_period(
    figures: list[Figure],
    sentences: list[Sentence],
    norm: str,
    dates: list[DateMention],
    headline: tuple[int, int] | None,
) -> None:
    """A report's figures are the totals of the period its headline names, unless a day or one
    incident is told with them."""
    if headline is None:
        return
    title_end = headline[1]
    for fig in figures:
        sent = sentences[fig.sentence]
        if fig.aggregate or sent.start < title_end:
            continue
        day = any(
            d.precision in ("day", "days")
            and d.kind != "since"
            and sent.start <= d.start < sent.end
            and not _RANGE_EDGE.search(norm, max(sent.start, d.start - 8), d.start)
            for d in dates
        )  # "الفترة الممتدة من 1 كانون الثاني حتى 31 آذار": the period's edges
        other = _NEXT_CLAUSE.search(norm, fig.n_end, sent.end)  # "..., كما اختُطف في حادثة واحدة"
        end = other.start() if other else sent.end
        one = (
            _SINGLE_INCIDENT.search(norm, sent.start, fig.n_start)
            or _THE_INCIDENT.search(norm, sent.start, end)
            or _ONE_OF_A_KIND.search(norm, sent.start, end)
        )
        if not day and not one:
            fig.aggregate = True
            fig.aggregate_reason = "report"


_TERRITORY = re.compile(r"(?:سيطره|لسيطره|نفوذ|مناطق|مناطق\s+سيطره)\s*[\"“«]?\s*$")


def _speaker_party(
    norm: str, sent: Sentence, fig: Figure, parties: list[tuple[int, int, str]]
) -> str | None:
    """Who says "our forces": the party named last before the quotation that holds the figure."""
    # the opening of the words quoted: a quotation mark, a colon ("مصدر في قسد: مقتل عنصرين من
    # قواتنا") or the "إن" of reported speech ("وقال المتحدث باسم قسد إن قواتنا")
    said = [m.start() for m in re.finditer(r"(?<!\w)ان(?!\w)", norm[sent.start : fig.n_start])]
    quote = max(
        [norm.rfind(q, sent.start, fig.n_start) for q in '"“«:'] + [sent.start + a for a in said]
    )
    if quote < 0:
        return None
    named = [p for p in parties if sent.start <= p[0] < quote and p[2] not in _NOT_ENEMIES]
    # 'قالت "قسد" إن قواتها قتلت 19 من "المرتزقة" ... مضيفة أن "أربعة من مقاتلينا"': who says it
    speakers = [p for p in named if _SPEECH_VERB.search(norm, max(sent.start, p[0] - 12), p[0])]
    return (speakers or named)[-1][2] if named else None


_SPEECH_VERB = re.compile(
    r"(?<!\w)(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت)\s+[\"“«]?\s*$"
)


def _restated_parties(figures: list[Figure]) -> None:
    """A figure told again ("قسد تعتقل 23 شخصاً" ... "القبض على 23 مشتبهاً") shares its party."""
    for fig in figures:
        if fig.party != "unknown" or fig.parent is not None:
            continue
        known = {
            o.party
            for o in figures
            if o is not fig
            and o.party not in ("unknown", "mixed", "both_sides")
            and (o.status, o.best) == (fig.status, fig.best)
            # a headline figure may be told again anywhere, and as a total or not
            and (
                0 in (o.sentence, fig.sentence)
                or (o.aggregate == fig.aggregate and abs(o.sentence - fig.sentence) <= 3)
            )
        }
        if len(known) == 1:
            fig.party = known.pop()


_TOLL_NOUN = r"(?:قتيلا|قتلي|شهيدا|شهداء|جريحا|جرحي|مصابا|مصابين)"
_PAIR_GAP = re.compile(rf"\s+{_TOLL_NOUN}\s+و\s*$")
_PAIR_NOUN = re.compile(rf"\s+{_TOLL_NOUN}(?!\w)")


def _paired_tolls(figures: list[Figure], norm: str) -> None:
    """A toll told as a pair shares the party named after it ("37 قتيلا و58 جريحا من المدنيين")."""
    for fig, nxt in pairwise(figures):
        if fig.party != "unknown" or nxt.party == "unknown" or fig.sentence != nxt.sentence:
            continue
        if _PAIR_GAP.fullmatch(norm, fig.n_end, nxt.n_start) and _PAIR_NOUN.match(norm, nxt.n_end):
            fig.party = nxt.party


_TOLL_ROSE = re.compile(
    r"(?<!\w)[وف]?(?:ارتفعت|ارتفع|ترتفع|يرتفع|وصلت|بلغت)\s+(?:\S+\s+){0,3}?(?:الي|ل)\s*$"
)  # "ذكرت سانا أن حصيلة الهجوم ارتفعت إلى 13 قتيلاً"
_OF_THE_ATTACKERS = re.compile(r"\s*(?:من\s+)?(?:ال)?(?:مهاجمين|مهاجمون|منفذين)(?!\w)")
_OF_THE_WOUNDED = re.compile(r"\s*(?:من\s+)?(?:ال)?(?:جرحي|مصابين)(?!\w)")


def _risen_tolls(figures: list[Figure], sentences: list[Sentence], norm: str) -> None:
    """A risen toll ("ارتفعت حصيلة الهجوم إلى 13") and the wounded who died ("بعد وفاة اثنين من
    الجرحى") are the victims counted before, of their side."""
    for n, fig in enumerate(figures):
        if fig.party != "unknown" or fig.parent is not None or fig.aggregate:
            continue
        start = sentences[fig.sentence].start
        if _TOLL_ROSE.search(norm, max(start, fig.n_start - 40), fig.n_start):
            status = fig.status
        elif _OF_THE_WOUNDED.match(norm, fig.n_end):
            status = "wounded"
        else:
            continue
        before = [
            o
            for o in figures[:n]
            if o.status == status
            and not o.aggregate
            and fig.sentence - o.sentence <= 4
            and o.party not in ("unknown", "mixed", "both_sides")
            and not _OF_THE_ATTACKERS.match(norm, o.n_end)  # the attack's toll, not its attackers'
        ]
        if before:
            fig.party = before[-1].party


CASE_NOUNS = _n("حالة حالات")
SINGULAR_STATUS = _n("قتيل جريح شهيد أسير مختطف مفقود")
STATUS_AFTER_ONE = {
    "killed": _n("قتل استشهد لقي اغتيل"),
    "wounded": _n("أصيب جرح"),
    "captured_or_abducted": _n("اختطف خطف أسر اعتقل"),
    "executed": _n("أعدم"),
    "missing": _n("فقد"),
}
STATUS_INTRO = _n("سقط سقوط وقوع وقع عن خلف أوقع ارتقى ارتقاء أسفر حصيلة")
PLURAL_STATUS = _n("قتلى جرحى مصابين أسرى مفقودين مختطفين")
SAME_GROUP = _n("العناصر الجنود العسكريين الأفراد المقاتلين")
MEMBER_NOUNS = _n("عنصر عناصر عنصرا عنصرين عنصران أفراد مقاتلين مقاتلا")
DUAL_STATUS = _n("قتيلين قتيلان جريحين جريحان شهيدين شهيدان أسيرين أسيران مختطفين_")
_BETWEEN_CUE_AND_NOUN = _n("فيه فيها خلاله خلالها أيضا كذلك على")  # "القبض على قيادي"
STATUS_AFTER_DUAL = {
    "killed": _n("قتلا لقيا اغتيلا استشهدا ارتقيا قضيا"),
    "wounded": _n("أصيبا جرحا"),
    "captured_or_abducted": _n("اختطفا خطفا أسرا اعتقلا"),
    "executed": _n("أعدما"),
    "missing": _n("فقدا"),
}
_ALL_DUAL_VERBS = set().union(*STATUS_AFTER_DUAL.values())
RELEASE = _n("الإفراج أفرجت أفرج تفرج يفرج سراح إخلاء سبيل أطلقت أطلق")
COMPANIONS = _n(
    "رفيقه رفيقها رفيقته رفيقتها زميله زميلها زميلته زميلتها مرافقيه مرافقه مرافقيها معاونيه معاونيها مساعديه مساعديها حراسه حارسه أقاربه أبنائه عائلته أشقائه أفراد_عائلته "
    "ابنه ابنها شقيقه شقيقها زوجته والده والدته"
)
ATTACKER_NOUNS = _n("المهاجمين المهاجمون المهاجم مهاجم مهاجما منفذي المنفذين")
OUR_FORCES = _n("قواتنا عناصرنا مقاتلينا جنودنا رفاقنا أبطالنا زملائنا")
SOLDIER_NOUNS = _n(
    "جندي جنديا جنود جنديين جنديان الجنود ضابط ضباط ضابطا ضابطين ضابطان ملازم نقيب رائد مقدم "
    "عقيد عميد رقيب عريف مجند"
)
_RANKS = _n("اللواء العميد العقيد المقدم الرائد النقيب الملازم")
GENERIC_PEOPLE = _n("شخص شخصا أشخاص شخصين شخصان")
GUNMEN = _n("مسلح مسلحا مسلحين مسلحون مرتزق مرتزقا مرتزقة مرتزقين")
_IN_CHARGE_OF = re.compile(r"(?<!\w)(?:ال)?مسؤول(?:ا|ه)?\s+عن\s+[^،,.]*$")
_ENEMY_DEATH = re.compile(r"(?<!\w)[وفبل]?(?:ل|ب)?(?:هلاك|هلك|هلكوا|هلكي|هلكا)(?!\w)")


def _martyred(sw: _Sentence, fig: Figure) -> bool:
    """Whether a martyrdom word tells a figure ("استشهاد ثلاثة"): the outlet's or speaker's side."""
    return bool(_MARTYRDOM.search(sw.norm, max(sw.sent.start, fig.n_start - 25), fig.n_start))


_TERRORISTS = re.compile(r"[وفبل]?(?:ال)?ارهابي(?:ين|ون|ا|ي)?")
_NOT_ENEMIES = ("isis", "civilians", "both_sides")
_ISIS_VOICE = re.compile(r"(?<!\w)(?:جنود\s+الخلافه|المجاهدون|المجاهدين)(?!\w)")  # al-Naba, Amaq
_MARTYRDOM = re.compile(
    r"(?<!\w)[وفبل]?(?:استشهاد|استشهد|استشهدوا|استشهدا|شهيد|شهيدا|شهداء|شهيدين|ارتقاء|ارتقي)(?!\w)"
)
_PARTITIVE = _n("منهم منهن منها")
OTHERS = _n("آخرون آخرين آخران آخر ثالث رابع خامس آخرين")
_TALLY = re.compile(
    r"(?<!\w)[وف]?(?:حصيله|عدد|اعداد|مجموع|تعداد|اجمالي)\s+"
    r"(?P<rel>(?:(?P<who>ال\S+)(?:\s+(?!ال)\S+){0,2}?\s+(?:الذين|ممن)|من|الذين"
    r"|(?P<whose>\S+)\s+(?:[\"“«][^\"”»]{1,20}[\"”»]\s+)?(?:الذين|ممن))\s+)?(?P<noun>\S+)"
)  # "عدد القتلى", "عدد من قتلوا", "عدد الرعاة الذين أعدمهم التنظيم",
# 'عدد إرهابيي "بي كا كا" الذين جرى تحييدهم'


def _others_noun(sw: _Sentence, fig: Figure) -> bool:
    """Whether a figure counts "others" ("وأصيب 5 آخرون", "عنصر ثالث"), of the previous party."""
    i, noun = _noun_after(sw, fig.n_end)
    after = sw.words[i + 1][2] if i + 1 < len(sw.words) else ""
    return bool(noun) and (_in(noun, OTHERS) or _in(after, OTHERS) or _in(noun, COMPANIONS))


def _own_party_after(sw: _Sentence, fig: Figure) -> bool:
    """Whether "others" name their own side: "وأصيب 5 آخرون من المدنيين", "3 مدنيين آخرين",
    "قيادياً آخر في التنظيم"."""
    i, noun = _noun_after(sw, fig.n_end)
    if noun and _party_word(noun):
        return True
    rest = sw.norm[sw.words[i][1] : sw.sent.end] if i < len(sw.words) else ""
    member = re.match(r"\s*(?:\S+\s+)?في\s+", rest)
    if member:  # "قيادياً آخر في التنظيم": a member of the party named next
        return bool(PARTY_LEXICON.regex.match(rest, member.end()))
    m = re.match(r"\s*(?:\S+\s+)?(?:من|بينهم)\s+(?P<who>.{0,40})", rest)
    return bool(m) and bool(PARTY_LEXICON.regex.search(m.group("who")))


def _tally_status(sw: _Sentence, num: NumberMention) -> tuple[str | None, int | None]:
    """Status of a running tally ("ارتفع عدد قتلى قوات النظام ... إلى 145") and where its noun ends."""
    norm = sw.norm
    _, nxt = _noun_after(sw, num.value_end)
    if nxt and _in(nxt, NON_CASUALTY_NOUNS) and not _in(nxt, PERSON_NOUNS):
        return None, None
    after = (
        _TALLY.match(norm, num.value_end + 1)
        if norm[num.value_end : num.value_end + 1] == " "
        else None
    )
    if after:  # "يرتفع إلى 247 تعداد الذين قتلوا": the tally's noun follows its total
        status = _tally_noun_status(after)
        if status:
            return status, after.end()
    for m in reversed(list(_TALLY.finditer(norm, sw.sent.start, num.start))):
        status = _tally_noun_status(m)
        if not status:
            continue
        between = norm[m.end() : num.start]
        if re.search(r"[.!?؟؛:]", between) or any(
            not re.fullmatch(r"(?:19|20)\d\d", d.group())
            and not sw.in_date(m.end() + d.start(), m.end() + d.end())
            for d in re.finditer(r"\d+", between)
        ):  # "عدد قتلى ... منذ 24 آذار 2019 ... إلى 1743": a date between them is no other count
            return None, None
        # 'عدد إرهابيي "بي كا كا" الذين جرى تحييدهم': whose they are is told inside the phrase
        return status, m.end("whose") if m.group("whose") else m.end()
    return None, None


def _tally_noun_status(m: re.Match[str]) -> str | None:
    """Status named by a tally phrase: "عدد القتلى", "عدد من قتلوا", "عدد الذين أصيبوا"."""
    if m.group("rel"):
        verb = m.group("noun")
        if verb in ("جري", "تم"):  # "الذين جرى تحييدهم", "الذين تم اعتقالهم"
            nxt = re.match(r"\s+(\S+)", m.string[m.end() :])
            noun = re.sub(r"(?:هم|هن)$", "", nxt.group(1)) if nxt else ""
            return _status_in(noun, STATUS_NOUNS) or _status_in(noun, STATUS_BEFORE)
        return (
            _status_in(verb, STATUS_AFTER)
            or _status_in(re.sub(r"(?:هم|هن|ه)$", "", verb), STATUS_BEFORE)  # "أعدمهم"
            or (_status_in(m.group("who"), STATUS_NOUNS) if m.group("who") else None)
        )  # "تعداد القتلى الذين وثقهم المرصد": the noun before the clause
    if m.group("noun") in ("الخسائر", "خسائر") and re.match(
        r"\s+البشريه(?!\w)", m.string[m.end() :]
    ):
        return "killed"  # "تعداد الخسائر البشرية التي وثقها المرصد": SOHR's word for the dead
    return _status_in(m.group("noun"), STATUS_NOUNS)


def _story_party(
    norm: str, sentences: list[Sentence], sent: Sentence, dates: list[DateMention]
) -> str:
    """The side whose members the story is about: first party named in the sentence before,
    other than the attacker there ("سقط عشرات القتلى من قوات النظام ... شنها التنظيم")."""
    if sent.index == 0:
        return "unknown"
    prev = sentences[sent.index - 1]
    parties = _party_mentions(norm, prev.start, prev.end)
    attacker = _attacker_hint(_Sentence(norm, prev, dates), parties)
    for p in parties:
        if p[2] not in ("civilians", "both_sides", attacker):
            return p[2]
    return "unknown"


LIST_ITEM = re.compile(r"\s*[-–•*▪◦]\s")


def _list_item(sw: _Sentence) -> bool:
    """Whether a sentence opens an item of a list ("- بادية آراك: 3 قتلى")."""
    return bool(LIST_ITEM.match(sw.norm, sw.sent.start))


def _list_breakdown(sw: _Sentence, fig: Figure, num: NumberMention, figures: list[Figure]) -> None:
    """ "مقتل 541 شخصاً، توزعوا على النحو الآتي:" then "- 283 من عناصر قوات النظام": an item
    opening with a count breaks down the figure that announced the list."""
    norm = sw.norm
    if not re.fullmatch(r"\s*[-–•*▪◦]\s*", norm[sw.sent.start : num.start]):
        return
    _, nxt = _noun_after(sw, num.value_end)
    if not (nxt.startswith("من") or _in(nxt, PERSON_NOUNS)):
        return
    for k in range(len(figures) - 1, -1, -1):
        whole = figures[k]
        line_start = norm.rfind("\n", 0, whole.n_start) + 1
        if LIST_ITEM.match(norm, line_start):
            continue  # a count inside an earlier item of the same list
        between = norm[whole.n_end : sw.sent.start]
        colon = between.find(":")
        lines = [line for line in between[colon + 1 :].split("\n") if line.strip()]
        if colon < 0 or "\n" in between[:colon] or not all(LIST_ITEM.match(x) for x in lines):
            return
        fig.status = whole.status
        fig.parent = k
        fig.relation = "child"
        return


def _continuity_party(
    sw: _Sentence, fig: Figure, figures: list[Figure], sentences: list[Sentence]
) -> str:
    """Party of the closest earlier figure with the same status (within three sentences, or
    within its own item of a list: "- بادية آراك: 3 قتلى" is an incident of its own)."""
    _, noun = _noun_after(sw, fig.n_end)
    if _in(noun, GENERIC_PEOPLE):
        return "unknown"
    reach = 0 if _list_item(sw) else 3
    for other in reversed(figures):
        if other is fig or other.n_start >= fig.n_start or fig.sentence - other.sentence > reach:
            continue
        if other.status == fig.status and other.party not in ("unknown", "mixed", "both_sides"):
            return other.party
    return "unknown"


def _shift(num: NumberMention, by: int) -> NumberMention:
    return NumberMention(
        num.start + by, num.end + by, num.best, num.low, num.high, num.qualifier, num.is_word,
        num.definite, num.value_start + by, num.value_end + by,
    )  # fmt: skip


def _counts_things(sw: _Sentence, word: tuple[int, int, str]) -> bool:
    """Whether a number counts things, not people ("58 عملية اغتيال")."""
    noun = _noun_after(sw, word[1])[1]
    return _in(noun, NON_CASUALTY_NOUNS) and not _in(noun, PERSON_NOUNS)


# "في 2019", "عام 2017", "في نيسان", "خلال شهر آذار": the period a figure is told for
_PERIOD_TAIL = re.compile(
    rf"\s*(?:[وف]?(?:في|خلال)\s+)?(?:(?:ال)?(?:عام|شهر)\s+)?(?:(?P<year>(?:19|20)\d\d)(?!\d)"
    rf"|(?P<month>{_MONTH_NAMES})(?!\w)(?:\s*[/(\-–]\s*(?:{_MONTH_NAMES})\s*\)?)?)"
)  # "نيسان/أبريل": one month written twice


# what may stand between the two: "، و", "مقابل", "قبل أن تتراجع إلى", "ثم ارتفعت إلى"
_PARALLEL_JOIN = re.compile(
    r"[\s،,]*(?:و|ثم|مقابل|ومقابل|و?مقارنه\s+ب)?\s*(?:(?:قبل|بعد)\s+ان\s+)?"
    r"(?:\S*(?:رتفع|تراجع|نخفض|وصل|تصل|يصل|قفز|زاد|تزيد|يزيد|هبط)\S*\s+(?:الي|ل)\s*)?"
)


def _period_tail(norm: str, pos: int) -> tuple[str, int] | None:
    """The period that follows ``pos`` at once, if any: its kind ("year" or "month") and end."""
    m = _PERIOD_TAIL.match(norm, pos)
    return None if m is None else ("year" if m.group("year") else "month", m.end())


def _parallel_period(sw: _Sentence, prev: Figure, num: NumberMention) -> bool:
    """ "مقابل 18 في 2022 و61 في 2019", "قتل 12 عنصراً في آذار، و9 في نيسان": a bare number told
    for another period of the same kind as the figure before it, its noun left out."""
    norm = sw.norm
    own = _period_tail(norm, num.value_end)
    if own is None:
        return False
    for w in sw.words:
        before = _period_tail(norm, w[0] - 1) if prev.n_end <= w[0] < num.start else None
        if before is not None and before[0] == own[0]:
            return bool(_PARALLEL_JOIN.fullmatch(norm[before[1] : num.start]))
    return False


def _link(
    sw: _Sentence, fig: Figure, num: NumberMention, local: list[Figure], figures: list[Figure]
) -> None:
    """Tie a number to the figure before it: a sub-count ("بينهم 8") or a sibling ("و15 جهاديا")."""
    norm = sw.norm
    _, nxt = _noun_after(sw, num.value_end)
    counts_people = bool(nxt) and (
        _in(nxt, PERSON_NOUNS) or nxt in ("من", "منهم") or _status_in(nxt, STATUS_NOUNS) is not None
        or _party_word(nxt) or _in(nxt, COMPANIONS)  # "مقتل قيادي وأحد مرافقيه"
        or bool(_CONDITION.match(norm, num.value_end))  # "بينهم أربعة في حالة حرجة"
    )  # fmt: skip
    # "بينهم ستة تصفهم بالقياديين": a number right after "بينهم" counts some of those counted
    counts_people = counts_people or bool(
        re.search(r"(?<!\w)(?:بينهم|منهم|بينهما)\s*$", norm[max(0, num.start - 10) : num.start])
    )
    start_word = sw.index_at(num.start)
    # "هم أربعة من مقاتلي المقاومة ومدنيّان اثنان": the numeral after its noun, joined by "و"
    noun_before = sw.words[start_word - 1][2] if num.is_word and start_word > 0 else ""
    noun_joined = noun_before.startswith("و") and (
        _in(noun_before, PERSON_NOUNS) or _is_dual(noun_before)
    )
    counts_people = counts_people or noun_joined
    if not local and fig.status and _of_the_counted(sw, num):
        # "وأضافت المصادر أن أربعة من القتلى ينتمون إلى ...": part of the dead counted before
        parents = [k for k, f in enumerate(figures) if f.status == fig.status and f.parent is None]
        parent = figures[parents[-1]] if parents else None
        if parent and fig.sentence - parent.sentence <= 2 and parent.best > fig.best:
            fig.parent = parents[-1]
            fig.relation = "child"
        return
    if not local:
        # "القتلى من عائلة واحدة، بينهم امرأتان": a breakdown of figures given before
        prior = sw.words[max(0, start_word - 2) : start_word]
        between = (
            len(prior) == 2
            and prior[0][2] in ("بين", "وبين", "ومن", "من")
            and _status_in(prior[1][2], STATUS_NOUNS)
        )
        if between and fig.status:
            # "وأكدت المصادر أن بين القتلى قائد المجموعة": one of the dead counted just before
            parents = [
                k for k, f in enumerate(figures) if f.status == fig.status and f.parent is None
            ]
            parent = figures[parents[-1]] if parents else None
            # "... وأوضح أن بين القتلى ضابطين": up to two sentences on, a part of a larger count
            if parent and fig.sentence - parent.sentence <= 2 and parent.best > fig.best:
                fig.parent = parents[-1]
                implicit = fig.relation == "implicit"
                fig.relation = "child"
                fig.inherits = implicit  # "بين القتلى 9 من الميليشيات" tells its own side
            return
        if fig.status or not counts_people:
            return
        if not (between or any(_in(w[2], BREAKDOWN_MARKERS) for w in prior)):
            return
        for w in reversed(sw.words[:start_word]):
            status = _status_in(w[2], STATUS_NOUNS) if w[2].startswith(("ال", "وال")) else None
            if status:
                fig.status = status
                fig.relation = "child"
                parents = [
                    k for k, f in enumerate(figures) if f.status == status and f.parent is None
                ]
                if parents and fig.sentence - figures[parents[-1]].sentence <= 1:
                    fig.parent = parents[-1]
                return
        return
    prev = local[-1]
    gap_words = [w for w in sw.words if prev.n_end <= w[0] and w[1] <= num.start]
    before = norm[max(sw.sent.start, num.start - 16) : num.start]
    marker = any(_in(w[2], BREAKDOWN_MARKERS) for w in gap_words[-2:]) or nxt == "منهم"
    # "أحدهما طفل", but not "قُتل أحدهم" with a verb of its own
    one_of_them = not fig.status and norm[num.value_start : num.value_end] in _ONE_OF_THEM
    marker = marker or one_of_them
    counts_people = counts_people or one_of_them  # "أحدهما في الرابعة عشرة من عمره"
    marker = marker or bool(re.search(r"[:(]\s*[\"“«]?\s*$", before))
    # "يرتفع إلى 247 تعداد الذين قتلوا ... ، وهم: 19 من المدنيين": a list announced by a colon
    # or a comma ("71 شخصاً قتلوا في 58 عملية ... بين مطلع كانون الثاني ونهاية حزيران، هم 31")
    announced = bool(re.search(r"(?<!\w)و?هم\s*:\s*$|[،,]\s*و?هم\s*$", before))
    # "قتل 17 شخصاً في عمليات اغتيال بريف ... خلال شهر ...، بينهم تسعة": "بينهم" reaches further
    among = bool(
        re.search(
            r"(?<!\w)(?:بينهم|بينهما|منهم|ضمنهم|الي\s+جانب|(?:بال)?اضافه\s+(?:الي|ل))\s*$",
            norm[max(sw.sent.start, num.start - 20) : num.start],
        )
    )  # and "إلى جانب تسعة مدنيين", "إضافة إلى 287 مدنياً"
    versus = bool(re.search(r"(?<!\w)(?:مقابل|و?مقارنه\s+ب)\s*$", before))
    if len(gap_words) > (30 if announced else 20 if among or versus else 12) or any(
        re.fullmatch(r"\d+", w[2])
        and not re.fullmatch(r"(?:19|20)\d\d", w[2])
        and not sw.in_date(w[0], w[1])
        and not _in(_noun_after(sw, w[1])[1], DURATION_NOUNS)  # "خلال الـ48 ساعة الماضية"
        and not _unit_number(sw, w)  # "مقتل 11 عنصراً من الفرقة 25 بينهم ضابطان"
        # "العقيد علي سليمان (48 عاماً)، ... والنقيب سامر": an age between two named people
        and not (_YEARS_OLD.match(norm, w[1]) and norm.startswith("وال", num.start))
        and not ((announced or among) and _counts_things(sw, w))  # "في 58 عملية اغتيال، هم"
        for w in gap_words
    ):
        return
    joined = (
        bool(
            re.search(
                r"(?:^|\s|[\"“«])و\s*[\"“«]?\s*$|و$|[،,]\s*$|[\"“«]\s*$|(?:اضافه|بالاضافه)\s+(?:الي|ل)\s*$|(?<!\w)الي\s+جانب\s*$|(?<!\w)(?:مقابل|و?مقارنه\s+ب)\s*$",
                before,
            )
        )
        or norm[num.value_start - 1 : num.value_start] == "و"
        or (num.is_word and norm[num.value_start : num.value_start + 1] == "و")
        or noun_joined
    )
    parallel = not counts_people and _parallel_period(sw, prev, num)
    if not (((counts_people or versus) and (marker or joined)) or parallel):
        return  # "512 عنصرا ... مقابل 389 في عام 2022": the noun is left out
    if not fig.status:
        fig.status = prev.status
        fig.relation = "sibling"
    own = local.index(prev)
    whole = prev if prev.parent is None else figures[prev.parent] if prev.parent >= 0 else None
    if whole is not None and fig.best > whole.best and nxt == "منهم":
        return  # "إصابة عنصرين ... وتحييد ثلاثة منهم": more than the two, so other people
    if marker or (prev.parent is None and _both_sides_phrase(sw, prev)):
        fig.parent = -(own + 1) if prev.parent is None else prev.parent
        fig.relation = "child"
        # "بينهم اثنان في حالة حرجة": no noun of its own, so the parent's side
        fig.inherits = not (_in(nxt, PERSON_NOUNS) or _party_word(nxt) or nxt.startswith("من"))
    elif prev.parent is not None:
        fig.parent = prev.parent
        fig.relation = "child"


_NEUTRALISED = re.compile(r"(?<!\w)[وب]?(?:تحييد|حيدت|حيد|حيدوا)\s+$")
_ATTACKERS_NOUN = re.compile(r"(?<!\w)[وفل]?(?:ال)?مهاجم(?:ين|ون|ا)?(?!\w)")


def _attackers_counted(
    sw: _Sentence,
    fig: Figure,
    parties: list[tuple[int, int, str]],
    sentences: list[Sentence],
    dates: list[DateMention],
) -> str | None:
    """ "إن المهاجمين ... انسحبوا بعد مقتل 3 منهم", "مقتل اثنين من المهاجمين": the attackers'
    side, named in the sentence or just before."""
    i, noun = _noun_after(sw, fig.n_end)
    own = _own_noun(sw, fig)
    if (
        _ATTACKERS_NOUN.fullmatch(noun)
        or _ATTACKERS_NOUN.fullmatch(own)
        or (
            noun == "من" and i + 1 < len(sw.words) and _ATTACKERS_NOUN.fullmatch(sw.words[i + 1][2])
        )
    ):
        pass  # "اثنين من المهاجمين", "أحد المهاجمين"
    elif noun == "منهم":
        nouns = list(_ATTACKERS_NOUN.finditer(sw.norm, sw.sent.start, fig.n_start))
        if not nouns or any(nouns[-1].end() <= p[0] < fig.n_start for p in parties):
            return None
    else:
        return None
    attacker = _attacker_hint(sw, parties)
    for back in range(1, 5):  # "الهجوم الذي شنّه تنظيم داعش على السجن" told before
        if attacker or sw.sent.index < back:
            break
        prev = _Sentence(sw.norm, sentences[sw.sent.index - back], dates)
        named = _party_mentions(sw.norm, prev.sent.start, prev.sent.end)
        attacker = _attacker_hint(prev, named, reach=24)  # "هاجم مسلحو تنظيم داعش"
    return attacker


def _of_the_counted(sw: _Sentence, num: NumberMention) -> bool:
    """Whether a number counts some of people counted before: "أربعة من القتلى"."""
    i = sw.index_at(num.value_end)
    return (
        i + 1 < len(sw.words)
        and sw.words[i][2] == "من"
        and sw.words[i + 1][2].startswith("ال")
        and _status_in(sw.words[i + 1][2], STATUS_NOUNS) is not None
    )


_CRITICAL = re.compile(r"\s+(?:منهم\s+)?(?:\S+\s+)?(?:حرج|خطر|خطير|حرجه|خطره|خطيره)(?!\w)")


def _in_critical_condition(sw: _Sentence, num: NumberMention) -> bool:
    """ "وأن حالة ثلاثة منهم حرجة": a count of wounded told by their condition."""
    before = sw.norm[max(sw.sent.start, num.start - 10) : num.start]
    return bool(re.search(r"(?<!\w)حال(?:ه|ات)\s*$", before)) and bool(
        _CRITICAL.match(sw.norm, num.value_end, sw.sent.end)
    )


_CONDITION = re.compile(
    r"\s+(?:منهم\s+)?(?:في|ب)\s*حال(?:ه|ات)\s+(?:حرج|خطر|خطير|صعب|حرجه|خطره|خطيره)"
)


def _both_sides_phrase(sw: _Sentence, fig: Figure) -> bool:
    """Whether the words right after a figure say it counts both sides ("من الطرفين")."""
    return bool(
        re.match(
            r"^\s*\S*\s*(?:من\s+)?(?:ال)?(?:طرفين|جانبين)", sw.norm[fig.n_end : fig.n_end + 30]
        )
    )


def lead_paragraphs(sentences: list[Sentence], text: str) -> set[int]:
    """Headline and subtitle paragraphs: the first ones, short and without a final full stop."""
    lengths: dict[int, int] = {}
    for sent in sentences:
        lengths[sent.paragraph] = lengths.get(sent.paragraph, 0) + sent.end - sent.start
    ends: dict[int, int] = {}
    for sent in sentences:
        ends[sent.paragraph] = sent.end
    lead: set[int] = set()
    for paragraph in sorted(lengths):
        end = ends[paragraph]
        if lengths[paragraph] > 200 or (end < len(text) and text[end] in ".!?؟"):
            break
        lead.add(paragraph)
    return lead if len(lead) < len(lengths) else set()


def _listed_sides(figures: list[Figure], sentences: list[Sentence], norm: str) -> None:
    """A total announcing a list ("مقتل 8 أشخاص ...، وفق التالي:") whose items add up to it
    takes its sides from them."""
    for fig in figures:
        sent = sentences[fig.sentence]
        if fig.party != "unknown" or not re.search(r":\s*$", norm[fig.n_end : sent.end]):
            continue
        items = []
        for nxt in sentences[fig.sentence + 1 :]:
            if not LIST_ITEM.match(norm, nxt.start):
                break
            items.append(nxt.index)
        told = [
            f
            for f in figures
            if f.sentence in items and f.parent is None and f.status == fig.status
        ]
        sides = {f.party for f in told}
        if told and sum(f.best for f in told) == fig.best and "unknown" not in sides:
            fig.party = _sides_label(sides) if len(sides) > 1 else sides.pop()


def _headline_summaries(figures: list[Figure], sentences: list[Sentence], norm: str) -> None:
    """A headline or lead figure that restates a body figure takes its aggregate flag."""
    lead = lead_paragraphs(sentences, norm)
    for fig in figures:
        if sentences[fig.sentence].paragraph not in lead or fig.aggregate:
            continue
        for other in figures:
            if other is fig or sentences[other.sentence].paragraph in lead:
                continue
            same = (
                other.status == fig.status
                and other.party == fig.party
                and other.aggregate
                and other.parent is None  # a total's sub-count restates no headline
            )
            if same and abs(other.best - fig.best) <= max(2, 0.1 * other.best):
                fig.aggregate = True
                break


# any status word, as a substring: sentences without one hold no figure
_CUE_STEMS = re.compile(
    "|".join(
        sorted(
            {
                re.escape(w[2:] if w.startswith("ال") else w)
                for table in (STATUS_NOUNS, STATUS_BEFORE, STATUS_AFTER, STATUS_AFTER_DUAL)
                for words in table.values()
                for w in words
                if len(w) >= 3
            }
            | {"الخسائر البشريه", "جثته", "جثتها", "في عداد"},  # SOHR's tally of the dead,
            # a body found ("عثر على جثته"), "في عداد المفقودين"
            key=len,
            reverse=True,
        )
    )
)
