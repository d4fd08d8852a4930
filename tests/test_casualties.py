"""Casualty figures: statuses, counts, sub-counts, parties, aggregates, distractors, evidence offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.arabic_match import normalize_with_offsets
from pipeline.casualties import find_figures
from pipeline.conflict_events import figures_as_json
from pipeline.normalize import normalize_arabic


def figs(text: str) -> list[tuple[str, int, str, bool]]:
    return [(f.status, f.best, f.party, f.aggregate) for f in find_figures(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قُتل 20 عنصراً من قوات النظام في البادية.", ("killed", 20, "government")),
        ("أدت الغارات إلى مقتل 6 عناصر من “داعش”.", ("killed", 6, "isis")),
        ("قال المرصد إن 5 من عناصر النظام قتلوا جراء هجوم.", ("killed", 5, "government")),
        ("سقط 3 جرحى من الميليشيات الإيرانية.", ("wounded", 3, "iran_backed")),
        ("إصابة ما لا يقل عن 23 شخصا من المدنيين والعسكريين.", ("wounded", 23, "mixed")),
        ("مقتل 18 مسلحا من الطرفين.", ("killed", 18, "both_sides")),
        ("قتل 4 عناصر من قسد بهجوم على حاجز.", ("killed", 4, "sdf")),
        ("مقتل ثلاثة جنود أميركيين في هجوم بطائرة مسيرة.", ("killed", 3, "coalition")),
        ("مقتل ضابط روسي رفيع قرب دير الزور.", ("killed", 1, "russia")),
        ("أعدم تنظيم داعش أربعة رعاة أغنام.", ("executed", 4, "civilians")),
        ("اختطف التنظيم 12 مدنيا في بادية حماة.", ("captured_or_abducted", 12, "civilians")),
        ("لا يزال 3 عناصر من الدفاع الوطني في عداد المفقودين.", ("missing", 3, "government")),
        ("خسر تنظيم الدولة 81 من عناصره بقصف جوي روسي.", ("killed", 81, "isis")),
        ("قتل جنديان من قوات النظام بانفجار لغم.", ("killed", 2, "government")),
        ("أصيب ٣ أطفال بانفجار لغم في الميادين.", ("wounded", 3, "civilians")),
        ("قُتل سبعة عناصر من الميليشيات الموالية لإيران.", ("killed", 7, "iran_backed")),
        ("مقـ.ـتل 5 عنـ ـاصر من دا.عــش في البادية.", ("killed", 5, "isis")),
    ],
)
def test_single_figure(text: str, expected: tuple[str, int, str]) -> None:
    found = [f[:3] for f in figs(text)]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "نفذت الطائرات الروسية أكثر من 1100 ضربة جوية على البادية.",
        "ينفذون أكثر من 50 عملية ضمن مناطق نفوذ قسد.",
        "تتمركز الخلايا على بعد يقارب 17 كيلومتراً عن السخنة.",
        "طالبوا بفدية تبلغ 10 آلاف دولار عن كل شخص.",
        "استولوا على نحو 300 رأس من الأغنام.",
        "كانت الحافلة تقل نحو 30 عنصراً من الفرقة 18.",
        "قتل في 22 سبتمبر/ايلول 2020 قائد بارز.",
        "عناصر من الفرقة الرابعة واللواء 93 انتشروا في المنطقة.",
        "في الساعات الأربع والعشرين الماضية تواصلت الاشتباكات.",
        "الشهر 78 على إعلان الخلافة.",
        "انقضاء نحو 22 شهرا على إعلان هزيمة التنظيم.",
        "استمر الاشتباك قرابة 48 ساعة ودمرت 6 آليات و3 سيارات.",
        "أحصى المرصد 27 عملية و5 كمائن خلال الشهر.",
        "تتراوح أعمارهم بين ٨ و١٢ عاماً.",
        "منذ هزيمته في مارس/اذار 2019 يشن التنظيم هجمات.",
        "تعليق واحد على الخبر.",
        "ارتفعت حصيلة ضحايا الزلزال في مناطق سيطرة النظام إلى 1414 شخصاً.",
        "توفي 3 أشخاص بحادث سير على طريق حمص - دمشق.",
        "أفرجت المجموعة عن ثمانية منهم بعد دفع فدية.",
        "أسفر هجوم مماثل عن سقوط 12 بين قتيل وجريح.",
        "سقط عشرات القتلى والجرحى في الاشتباكات.",
        "ادعى التنظيم مقتل وإصابة 5 من عناصر قسد.",
        "نفق أكثر من 200 رأس من الأغنام جراء الغارات.",
    ],
)
def test_distractors_are_not_figures(text: str) -> None:
    assert figs(text) == []


def test_sub_counts_are_linked_to_their_parent() -> None:
    result = find_figures(
        "لابد من الإشارة إلى مقتل 39 من قوات النظام بينهم 8 ضباط برتب مختلفة، قتلوا جميعاً في "
        "استهداف حافلات عسكرية على طريق حمص – دير الزور بتاريخ 30 ديسمبر 2020."
    ).figures
    assert [(f.status, f.best, f.party) for f in result] == [
        ("killed", 39, "government"),
        ("killed", 8, "government"),
    ]
    assert result[1].parent == 0 and result[0].children == [1]


def test_breakdown_of_both_sides_and_coordination() -> None:
    text = (
        'تحدث المرصد عن مقتل 18 مسلحا من الطرفين "11 عنصرا في قوات النظام والمسلحين الموالين لها" '
        'و"7 عناصر من تنظيم الدولة الإسلامية". وفي 22 سبتمبر/ايلول قتل 13 عنصرا في قوات النظام '
        "و15 جهاديا في معارك."
    )
    result = find_figures(text).figures
    assert [(f.best, f.party, f.parent) for f in result] == [
        (18, "both_sides", None),
        (11, "government", 0),
        (7, "isis", 0),
        (13, "government", None),
        (15, "isis", None),
    ]


def test_a_total_split_by_party_is_mixed() -> None:
    text = "بلغت حصيلة القتلى منذ مطلع الشهر الجاري 34 قتيلاً، هم 16 مدني، و18 من قوات سوريا الديمقراطية."
    assert figs(text) == [
        ("killed", 34, "mixed", True),
        ("killed", 16, "civilians", True),
        ("killed", 18, "sdf", True),
    ]


def test_others_share_the_party_of_the_figure_before() -> None:
    text = "قتل 9 عناصر من قوات النظام، بينهم ضابطان، وأصيب 5 آخرون بجراح جراء كمين."
    assert figs(text) == [
        ("killed", 9, "government", False),
        ("killed", 2, "government", False),
        ("wounded", 5, "government", False),
    ]


@pytest.mark.parametrize(
    ("text", "aggregate"),
    [
        ("وثق المرصد خلال الشهر الفائت مقتل 153 عنصرا من قوات النظام.", True),
        ("تشهد سوريا نزاعا منذ العام 2011 تسبب بمقتل أكثر من 380 ألف شخص.", True),
        ("يرتفع عدد قتلى قوات النظام منذ مطلع العام الجاري إلى 203.", True),
        ("قتل المئات من عناصره في غارات.", True),
        ("قتل 5 عناصر من قوات النظام أمس في بادية السخنة.", False),
        ("قتل 5 عناصر أمس، ليرتفع عدد القتلى منذ مطلع العام إلى 120.", False),
    ],
)
def test_incident_or_aggregate(text: str, aggregate: bool) -> None:
    assert figs(text)[0][3] is aggregate


def test_running_tally_takes_the_party_after_its_noun() -> None:
    text = (
        "وبذلك ترتفع حصيلة قتلى الميليشيات الموالية لإيران في البادية منذ مطلع العام 2024 إلى 29."
    )
    assert figs(text) == [("killed", 29, "iran_backed", True)]


def test_attribution() -> None:
    assert find_figures("قتل 4 عناصر من قسد، وفق المرصد السوري.").figures[0].attributed_to == "sohr"
    text = "أعلنت وزارة الدفاع الروسية القضاء على 25 مسلحا من داعش."
    assert find_figures(text).figures[0].attributed_to == "russian_mod"
    text = "وقالت مصادر محلية إن 3 مدنيين قتلوا."
    assert find_figures(text).figures[0].attributed_to == "local_sources"
    assert find_figures("قتل 3 مدنيين في البادية.").figures[0].attributed_to == "outlet"


def test_evidence_offsets_point_into_the_original_text() -> None:
    text = "عنوان\n\nبيروت - قُتل  ٢٠ عنصراً   على الأقل، وفق المرصد.\nوأصيب ثلاثة آخرون."
    result = find_figures(text).figures
    assert [f.best for f in result] == [20, 3]
    for f in result:
        assert text[f.evidence_start : f.evidence_end] == f.evidence
        assert text[f.start : f.end] == f.figure_text
    assert result[0].figure_text == "٢٠"
    assert result[0].evidence.startswith("بيروت")
    assert result[1].figure_text == "ثلاثة"


def test_offset_normalisation_matches_the_shared_normaliser() -> None:
    text = "قُتل  ٢٠ عنصراً في مقـ.ـتل دا.عــش، وأُصيب آخرون"
    assert normalize_with_offsets(text).norm == normalize_arabic(text)


def test_seed_reports(shared_dir: Path) -> None:
    seeds = shared_dir / "seeds"
    afp = figs((seeds / "000_ffdf8473635cf81a.txt").read_text(encoding="utf-8"))
    assert ("killed", 380_000, "unknown", True) in afp
    assert ("killed", 15, "isis", False) in afp
    modon = figs((seeds / "001_6ed6fa91f22f297b.txt").read_text(encoding="utf-8"))
    assert modon[:2] == [("killed", 30, "government", True), ("wounded", 3, "government", False)]
    sohr = figs((seeds / "003_118708e3e14a1afe.txt").read_text(encoding="utf-8"))
    assert ("killed", 153, "government", True) in sohr
    assert ("wounded", 23, "mixed", True) in sohr
    assert not any(f[1] in (1100, 51, 50, 78, 22, 5) for f in sohr)


def test_figures_as_json_is_the_cli_contract() -> None:
    text = (
        "مقتل 13 جندياً في هجوم للتنظيم\n\n"
        "قُتل 13 جندياً سورياً ليل السبت الأحد في هجوم شنه تنظيم الدولة الإسلامية على حافلة "
        "عسكرية على طريق حمص - دير الزور، وأصيب 18 آخرون."
    )
    rows = figures_as_json(text, date(2022, 3, 6))
    assert len(rows) == 3
    body = rows[1]
    for key in ("status", "count", "count_low", "count_high", "party", "aggregate", "event_type",
                "place", "event_date", "evidence"):  # fmt: skip
        assert key in body
    assert (body["status"], body["count"], body["party"]) == ("killed", 13, "government")
    assert body["event_type"] == "attack_convoy_bus"
    assert body["place_precision"] == "road"
    assert body["event_date"] == "2022-03-05"
    assert rows[0]["event_date"] == "2022-03-05"  # the headline restates the body figure
    assert rows[2]["status"] == "wounded" and rows[2]["party"] == "government"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "سقط قتيل وثلاثة جرحى من عناصر الدفاع الوطني بهجوم على صهريج.",
            [("killed", 1, "government"), ("wounded", 3, "government")],
        ),
        (
            "اعتقلت قسد 14 شاباً وأفرجت لاحقاً عن 4 منهم.",
            [("captured_or_abducted", 14, "civilians")],
        ),
        (
            "شهد عام 2023 مقتل 512 عنصراً من قوات النظام، مقابل 389 في عام 2022.",
            [("killed", 512, "government"), ("killed", 389, "government")],
        ),
        (
            "نصبت خلايا التنظيم كميناً لرتل تابع لقوات النظام، ما أسفر عن مقتل سبعة عناصر.",
            [("killed", 7, "government")],
        ),
        (
            "استشهد ثلاثة عسكريين، بينهم ملازم أول، وجرح آخر بانفجار لغم.",
            [
                ("killed", 3, "government"),
                ("killed", 1, "government"),
                ("wounded", 1, "government"),
            ],
        ),
        (
            "أعلنت قسد أن مقاتلاً من قواتها أصيب بجروح، وأن جنديين روسيين أصيبا في هجوم آخر.",
            [("wounded", 1, "sdf"), ("wounded", 2, "russia")],
        ),
        (
            "قال المرصد إن 18 من أفراد قوات الأمن السورية قتلوا، وإن ثلاثة من المهاجمين قتلوا أيضا "
            "في الهجوم الذي شنه تنظيم الدولة الإسلامية.",
            [("killed", 18, "government"), ("killed", 3, "isis")],
        ),
        (
            "قتلى قوات النظام خلال الأسبوع: 14",
            [("killed", 14, "government")],
        ),
    ],
)
def test_constructions(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [f[:3] for f in figs(text)] == expected
