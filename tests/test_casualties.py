"""Casualty figures: statuses, counts, sub-counts, parties, aggregates, distractors, evidence offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.arabic_match import normalize_with_offsets
from pipeline.casualties import _forces_anaphora, _party_mentions, find_figures
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dual restated by its numeral is one figure
        ("مصرع راعيين اثنين بانفجار لغم.", [("killed", 2, "civilians", False)]),
        ("أصيب عسكريان روسيان اثنان بجروح طفيفة.", [("wounded", 2, "russia", False)]),
        # the numeral after its noun, then a dual verb
        (
            "وأضاف أن عسكريين روسيين اثنين أصيبا بجروح طفيفة.",
            [("wounded", 2, "russia", False)],
        ),
        # a unit name is no officer ("لواء القدس")
        (
            "قُتل ثلاثة عناصر من لواء القدس وجُرح اثنان آخران بكمين.",
            [("killed", 3, "government", False), ("wounded", 2, "government", False)],
        ),
        # a verb, then a comma-framed subject and time, then its object
        (
            "اعتقلت قوات سوريا الديمقراطية (قسد)، فجر الثلاثاء، 7 أشخاص يشتبه بانتمائهم لداعش.",
            [("captured_or_abducted", 7, "isis", False)],
        ),
        # a plural verb closes its clause: "قتلوا وأصيب اثنان" is no joint count
        (
            "قالت الوزارة إن ثلاثة من عناصر الأمن العام قتلوا وأصيب اثنان في هجوم.",
            [("killed", 3, "government", False), ("wounded", 2, "government", False)],
        ),
        # passive "فُقد" is missing, "فقد ... حياتهم" is killed
        (
            "قتل عامل وفُقد ثلاثة آخرون في البادية.",
            [("killed", 1, "civilians", False), ("missing", 3, "civilians", False)],
        ),
        ("فقد 4 مدنيين حياتهم بانفجار لغم.", [("killed", 4, "civilians", False)]),
        # a running total told by a relative clause
        (
            "يرتفع عدد من قتلوا في البادية منذ مطلع العام إلى 298 شخصاً.",
            [("killed", 298, "unknown", True)],
        ),
        # the possessive agrees with its antecedent: "قسد ... التنظيم ... عناصرها"
        (
            "وتتهم قسد التنظيم بتنفيذ 150 هجوماً أسفرت عن مقتل 89 من عناصرها.",
            [("killed", 89, "sdf", False)],
        ),
        # a period in a headline tally, a cause phrase is no victim party
        (
            'حصيلة شهر حزيران: 47 قتيلاً بعمليات تنظيم "الدولة الإسلامية" في البادية',
            [("killed", 47, "unknown", True)],
        ),
        # civilians and fighters joined by a member noun: mixed
        ("53 قتيلاً من جامعي الكمأة وعناصر النظام بهجوم لداعش", [("killed", 53, "mixed", False)]),
        # people abducted by unknown gunmen are civilians; the arrest is another clause
        (
            "وثقت الشبكة اختطاف 7 أشخاص على يد مجهولين، فيما اعتقلت قسد 65 شخصاً.",
            [
                ("captured_or_abducted", 7, "civilians", False),
                ("captured_or_abducted", 65, "unknown", False),
            ],
        ),
    ],
)
def test_generalisation_rules(text: str, expected: list[tuple[str, int, str, bool]]) -> None:
    assert figs(text) == expected


def test_subcount_links_across_a_duration() -> None:
    text = (
        "قُتل 20 عنصراً من الميليشيات الموالية لإيران خلال الـ48 ساعة الماضية، "
        "بينهم 11 من «لواء فاطميون» الأفغاني، في هجمات متفرقة."
    )
    found = find_figures(text).figures
    assert [(f.status, f.best, f.party) for f in found] == [
        ("killed", 20, "iran_backed"),
        ("killed", 11, "iran_backed"),
    ]
    assert found[1].parent == 0


def test_told_date_of_the_sentence_before_is_not_the_incident_date() -> None:
    text = (
        "قتل 14 عنصراً من قوات النظام في هجمات شنها تنظيم الدولة في البادية ليل السبت الأحد، "
        "وفق ما أفاد المرصد السوري لحقوق الإنسان الاثنين.\n"
        "وقال مدير المرصد إن سبعة جهاديين على الأقل قتلوا أيضاً."
    )
    rows = figures_as_json(text, date(2024, 1, 15))
    assert [(r["count"], r["event_date"]) for r in rows] == [(14, "2024-01-13"), (7, "2024-01-13")]


@pytest.fixture
def no_camel_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """camel-tools pointed at an empty data folder: its morphology is not installed."""
    from pipeline import arabic_match

    caches = (arabic_match.morphology_analyzer, arabic_match.lemmas)
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    for cached in caches:
        cached.cache_clear()
    yield tmp_path
    for cached in caches:  # forget what was seen here, whatever the test patched
        cached.cache_clear()


def test_morphology_hook_reports_itself_unavailable_without_data(no_camel_data: Path) -> None:
    from pipeline import arabic_match

    assert arabic_match.morphology_available() is False
    assert arabic_match.lemmas("يقتلون") == frozenset()
    assert list(no_camel_data.iterdir()) == []  # nothing fetched or written
    assert figs("قُتل 20 عنصراً من قوات النظام في البادية.") == [("killed", 20, "government", False)]
    assert figs("صُرع 3 عناصر من قوات النظام برصاص مسلحين.") == []  # no lexicon lists "صرع"


def test_morphology_hook_uses_lemmas_when_an_analyser_is_there(
    no_camel_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import arabic_match

    class Analyser:  # the interface of camel_tools.morphology.analyzer.Analyzer
        def analyze(self, word: str) -> list[dict[str, str]]:
            return [{"lex": "صَرَع"}] if word == "صرع" else []

    monkeypatch.setattr(arabic_match, "morphology_analyzer", lambda: Analyser())
    assert arabic_match.morphology_available() is True
    assert figs("صُرع 3 عناصر من قوات النظام برصاص مسلحين.") == [("killed", 3, "government", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long aside (subject with its adjective, manner) between the verb and its object;
        # membership ("ينتسبان لـ") beats origin ("من أبناء")
        (
            'أعدمت ميليشيا "الحرس الثوري" الإيراني رمياً بالرصاص، عنصرين اثنين من أبناء مدينة '
            'الميادين ينتسبان لميليشيا "لواء الباقر"، يوم السبت.',
            [("executed", 2, "iran_backed", False)],
        ),
        # an object in construct after a framed aside; kin take the side of their relative
        (
            "اغتال مسلحون مجهولون، مساء أمس الأحد، مختار قرية الكسرة، فيما أصيب ابنه بجروح.",
            [("killed", 1, "civilians", False), ("wounded", 1, "civilians", False)],
        ),
        (
            "أعلنت الوزارة أن طائراتها «حيّدت» 60 مسلحاً من تنظيم «داعش».",
            [("killed", 60, "isis", False)],
        ),
        # killed and wounded together, with the noun between: no figure
        ("وسقط 12 شخصاً بين قتيل وجريح، في انفجار مماثل.", []),
    ],
)
def test_asides_and_membership(text: str, expected: list[tuple[str, int, str, bool]]) -> None:
    assert figs(text) == expected


def test_headline_takes_the_total_flag_of_the_body_figure_it_restates() -> None:
    text = (
        "موسكو تعلن «تحييد» 60 مسلحاً\n\n"
        "أعلنت وزارة الدفاع الروسية أن طائراتها «حيّدت» 60 مسلحاً من تنظيم «داعش» "
        "في بادية حماة الشرقية خلال الأيام الثلاثة الماضية."
    )
    rows = figures_as_json(text, date(2023, 6, 26))
    assert [(r["count"], r["party"], r["aggregate"]) for r in rows] == [
        (60, "isis", True),
        (60, "isis", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # government, SDF and ISIS jargon for the parties
        ("قتل عنصران من الجيش النصيري بتفجير عبوة.", [("killed", 2, "government", False)]),
        ("قتل ثمانية عناصر من ميليشيات الأسد في كمين.", [("killed", 8, "government", False)]),
        ("قتل 3 من عناصر ميليشيا PKK المرتدة بنيران قناص.", [("killed", 3, "sdf", False)]),
        (
            'قُتل 4 عناصر من تنظيم "بي كا كا/ واي بي جي" الإرهابي بهجوم.',
            [("killed", 4, "sdf", False)],
        ),
        (
            "وحدات الجيش تصدت للمجموعة الإرهابية وأوقعت 9 من أفرادها قتلى.",
            [("killed", 9, "isis", False)],
        ),
        (
            "تصدت قواتنا لهجوم مرتزقة داعش ما أسفر عن مقتل 3 من المرتزقة.",
            [("killed", 3, "isis", False)],
        ),
        # "هلاك": ISIS's word for its enemies' deaths
        (
            "هاجم جنود الخلافة ثكنة لقسد واشتبكوا مع عناصرها ما أدى لهلاك 4 منهم.",
            [("killed", 4, "sdf", False)],
        ),
        # "فقدا حياتهما": lives lost, not missing
        ("قالت الأسايش إن اثنين من عناصرها فقدا حياتهما بتفجير.", [("killed", 2, "sdf", False)]),
        # active plural verbs of wounding, feminine singular nouns
        (
            "هاجموا عناصر قوات النظام وقتلوا 6 منهم وأصابوا 3 آخرين.",
            [("killed", 6, "government", False), ("wounded", 3, "government", False)],
        ),
        (
            "استشهدت مقاتلة من وحدات حماية المرأة وأصيبت رفيقتها بهجوم.",
            [("killed", 1, "sdf", False), ("wounded", 1, "sdf", False)],
        ),
        # an ordinal after a counted noun is the same person; "جثتي القتيلين" restates the dead
        ("وأضاف أن مقاتلاً ثالثاً من قسد أصيب بجروح.", [("wounded", 1, "sdf", False)]),
        ("ونقلت الميليشيا جثتي القتيلين إلى المشفى.", []),
        # a person noun that names civilians is still counted; a partitive before the number
        ("قتل راعي أغنام برصاص مسلحين.", [("killed", 1, "civilians", False)]),
        (
            "وثقت الشبكة منذ مطلع العام اختطاف 17 شخصاً من رعاة الأغنام، قتل منهم 5.",
            [("captured_or_abducted", 17, "civilians", True), ("killed", 5, "civilians", True)],
        ),
        # "منهم" may point at civilians named after the attackers
        (
            "استهدف عناصر التنظيم سيارة تقل عمالاً ما أسفر عن مقتل ستة منهم.",
            [("killed", 6, "civilians", False)],
        ),
        ("أسفرت العملية عن القبض على قيادي في داعش.", [("captured_or_abducted", 1, "isis", False)]),
        (
            "وأفادت المصادر أن عنصرين آخرين من قسد أصيبا بجروح.",
            [("wounded", 2, "sdf", False)],
        ),
    ],
)
def test_party_jargon_and_status_words(
    text: str, expected: list[tuple[str, int, str, bool]]
) -> None:
    assert figs(text) == expected


def test_the_organisation_is_the_one_first_named_tanzim() -> None:
    text = (
        'قُتل 4 عناصر من تنظيم "بي كا كا/ واي بي جي" الإرهابي بهجوم على حاجز.\n'
        "وأفادت المصادر أن عنصرين آخرين من التنظيم أصيبا بجروح."
    )
    assert figs(text) == [("killed", 4, "sdf", False), ("wounded", 2, "sdf", False)]


def test_a_dead_leader_named_later_is_one_of_the_dead_before() -> None:
    text = (
        'أفادت مصادر أن 11 عنصراً من "الدفاع الوطني" لقوا حتفهم في هجوم للتنظيم قرب الشولا.\n'
        "وأكدت المصادر أن بين القتلى قائد المجموعة، وهو من أبناء مدينة دير الزور."
    )
    found = find_figures(text).figures
    assert [(f.status, f.best, f.party) for f in found] == [
        ("killed", 11, "government"),
        ("killed", 1, "government"),
    ]
    assert found[1].parent == 0


def test_the_next_sentence_dates_an_incident_announced_on_another_day() -> None:
    text = (
        "أعلنت وزارة الدفاع السورية، الأحد، مقتل 5 جنود في هجوم لداعش قرب السخنة.\n"
        "وقالت الوزارة في بيان إن الهجوم وقع فجر السبت."
    )
    rows = figures_as_json(text, date(2024, 6, 10))
    assert [(r["count"], r["event_date"]) for r in rows] == [(5, "2024-06-08")]


def test_a_leader_in_the_cells_belongs_to_them() -> None:
    text = "أسفرت العملية عن القبض على قيادي في خلايا المرتزقة يدعى أبو حمزة."
    assert figs(text) == [("captured_or_abducted", 1, "isis", False)]


def test_the_same_area_is_the_place_named_before_not_syria_in_a_party_name() -> None:
    text = (
        "عثر صباح اليوم على جثث أربعة رجال في بادية الرصافة بعد اختطافهم.\n"
        "وكانت دورية لقوات سوريا الديمقراطية قد تعرضت في الشهر الماضي لهجوم في المنطقة ذاتها، "
        "أسفر عن إصابة اثنين من عناصرها."
    )
    last = figures_as_json(text, date(2025, 5, 6))[-1]
    assert (last["status"], last["count"], last["party"]) == ("wounded", 2, "sdf")
    assert last["place_id"] == "badia.sy.rusafa"


def test_the_next_day_follows_the_date_told_before() -> None:
    text = (
        "قتل 11 عنصراً من قوات النظام في هجوم للتنظيم قرب الشولا، مساء الأحد الماضي.\n"
        "وفي اليوم التالي، اعتقلت مخابرات النظام 6 شبان من بلدة الميادين."
    )
    rows = figures_as_json(text, date(2025, 1, 14))
    assert [(r["count"], r["event_date"]) for r in rows] == [(11, "2025-01-12"), (6, "2025-01-13")]


# lexicon sweep: one case per family added from a checklist of Syrian conflict reporting
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # killed: ISIS jargon "نفق" and "فارقوا الحياة"
        ("نفق 3 من عناصر داعش خلال الاشتباكات.", ("killed", 3, "isis")),
        ("3 مدنيين فارقوا الحياة متأثرين بجراحهم.", ("killed", 3, "civilians")),
        # executed: beheading is an execution, not a killing
        ("ذبح التنظيم 3 رعاة وسرق 200 رأس من الأغنام.", ("executed", 3, "civilians")),
        ("نحر عناصر التنظيم 4 جنود من قوات النظام.", ("executed", 4, "government")),
        # abducted: led away, held, arrest campaigns
        ("اقتاد مسلحون 4 مدنيين إلى جهة مجهولة.", ("captured_or_abducted", 4, "civilians")),
        (
            "شنت قسد حملة اعتقالات طالت 20 شابا في الشحيل.",
            ("captured_or_abducted", 20, "civilians"),
        ),
        ("اعتقلت قوات الأمن 7 مطلوبين.", ("captured_or_abducted", 7, "unknown")),
        # missing: contact lost is no killing
        ("فقد الاتصال بـ 5 عناصر من قوات النظام.", ("missing", 5, "government")),
        ("انقطع الاتصال مع 5 عناصر من قوات النظام.", ("missing", 5, "government")),
        # the holder after "لدى" is no victim party
        (
            "لا يزال 4 عناصر من قوات النظام أسرى لدى داعش.",
            ("captured_or_abducted", 4, "government"),
        ),
        # parties: Russian auxiliaries, US marines, Iraqi and Iranian militias, security branches
        ("مقتل 3 عناصر من الفيلق الأفريقي الروسي.", ("killed", 3, "russia")),
        ("مقتل 3 من مرتزقة فاغنر في البادية.", ("killed", 3, "russia")),
        ("مقتل 3 من مرتزقة فاجنر.", ("killed", 3, "russia")),
        ("مقتل جنديين من المارينز.", ("killed", 2, "coalition")),
        ("قتل 5 عناصر من حزب الله العراقي.", ("killed", 5, "iran_backed")),
        ("مقتل 4 من عصائب أهل الحق.", ("killed", 4, "iran_backed")),
        ("مقتل 4 عناصر من فرع الأمن العسكري.", ("killed", 4, "government")),
        ("مقتل عنصرين من جهاز الاستخبارات العامة.", ("killed", 2, "government")),
        ("مقتل 3 دواعش في البادية.", ("killed", 3, "isis")),
        # civilians: drivers, girls and boys, mushroom gatherers
        ("مقتل سائق شاحنة في البادية.", ("killed", 1, "civilians")),
        ("مقتل 3 من سائقي الشاحنات.", ("killed", 3, "civilians")),
        ("مقتل 3 فتيات بانفجار لغم.", ("killed", 3, "civilians")),
        ("مقتل 4 من جامعي الفطر.", ("killed", 4, "civilians")),
        # civilians: rescuers, pupils, traders, brothers, medics
        ("مقتل 3 من عناصر الدفاع المدني السوري.", ("killed", 3, "civilians")),
        ("مقتل 2 من كوادر الهلال الأحمر.", ("killed", 2, "civilians")),
        ("مقتل 4 تلاميذ بانفجار لغم.", ("killed", 4, "civilians")),
        ("مقتل 3 تجار أغنام.", ("killed", 3, "civilians")),
        ("مقتل 4 أشقاء بانفجار لغم.", ("killed", 4, "civilians")),
        # more parties: Iranian advisers, US service members, Badia rebels, SDF-allied tribes
        ("مقتل 5 مستشارين إيرانيين.", ("killed", 5, "iran_backed")),
        ("مقتل 5 من الفاطميين.", ("killed", 5, "iran_backed")),
        ("إصابة 3 من أفراد الخدمة الأمريكيين.", ("wounded", 3, "coalition")),
        ("مقتل 4 من عناصر الجيش الحر.", ("killed", 4, "opposition")),
        ("مقتل 4 من عناصر مغاوير الثورة.", ("killed", 4, "opposition")),
        ("مقتل 3 من عناصر قوات الصناديد.", ("killed", 3, "sdf")),
        ("مقتل 4 من عناصر ميليشيا القاطرجي.", ("killed", 4, "government")),
        ("مقتل 4 من عناصر حرس الحدود.", ("killed", 4, "government")),
        # post-2024 internal security command is government; the SDF's "قوى الأمن الداخلي" stays SDF
        ("ارتقى أحد عناصر الأمن الداخلي شهيدا.", ("killed", 1, "government")),
        ("مقتل 4 من قوى الأمن الداخلي (الأسايش).", ("killed", 4, "sdf")),
        ("مقتل 3 من الأمن الداخلي التابع لقسد.", ("killed", 3, "sdf")),
        ("مقتل 89 من طلاب الكلية الحربية في حمص.", ("killed", 89, "government")),
        ("قتلت الضربات 12 مسلحا ينتمون إلى جماعات مدعومة من إيران.", ("killed", 12, "iran_backed")),
    ],
)
def test_swept_lexicon(text: str, expected: tuple[str, int, str]) -> None:
    found = [f[:3] for f in figs(text)]
    assert found == [expected]


def test_a_driver_among_soldiers_keeps_their_party() -> None:
    found = [f[:3] for f in figs("مقتل 3 عناصر من قوات النظام بينهم سائق.")]
    assert found == [("killed", 3, "government"), ("killed", 1, "government")]


def test_one_restated_by_a_numeral_is_one_figure() -> None:
    assert [f[:3] for f in figs("أصيبت امرأة واحدة بجروح.")] == [("wounded", 1, "civilians")]
    assert [f[:3] for f in figs("مقتل عنصر واحد من قوات النظام.")] == [("killed", 1, "government")]


def test_a_range_is_one_figure_with_low_and_high() -> None:
    [fig] = find_figures("سقط ما بين 10 و15 قتيلا من قوات النظام.").figures
    assert (fig.status, fig.low, fig.best, fig.high, fig.party) == (
        "killed",
        10,
        10,
        15,
        "government",
    )


# third generalisation round: rules that failed on the blind batches o*, i*, aa*
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a tally whose noun follows its total, then a list announced by a colon
            "وبذلك، يرتفع إلى 247 تعداد الذين قُتلوا منذ مطلع العام 2024 ضمن البادية السورية، "
            "خلال هجمات وكمائن لخلايا التنظيم، وهم: 19 من المدنيين بينهم 4 أطفال، و203 من العسكريين.",
            [
                ("killed", 247, "mixed", True),
                ("killed", 19, "civilians", True),
                ("killed", 4, "civilians", True),
                ("killed", 203, "government", True),
            ],
        ),
        (  # a date between a tally's noun and its total is no other count
            "وبذلك، يرتفع عدد قتلى قوات النظام منذ 24 آذار 2019 وحتى يومنا هذا إلى 1743.",
            [("killed", 1743, "government", True)],
        ),
        (  # a unit number between a figure and its sub-count
            'أسفر الكمين عن مقتل 11 عنصراً من الفرقة 25 "مهام خاصة" بينهم ضابطان برتبة ملازم.',
            [("killed", 11, "government", False), ("killed", 2, "government", False)],
        ),
        (  # wounded who died of their wounds
            "ارتفعت الحصيلة إلى 9 قتلى، بعد وفاة اثنين من الجرحى متأثرين بجراحهم.",
            [("killed", 9, "unknown", False), ("killed", 2, "unknown", False)],
        ),
        (  # mourned by loyalist pages
            "إلا أن صفحات موالية نعت 12 عسكرياً من قوات النظام.",
            [("killed", 12, "government", False)],
        ),
        (  # a dual object past the verb's subject
            "خطف مجهولون شابين من أبناء بلدة هجين.",
            [("captured_or_abducted", 2, "civilians", False)],
        ),
        (  # a dual subject, a breakdown framed by commas, then the verb
            'وكان مدنيان، بينهما امرأة، قُتلا برصاص دورية لـ"قسد".',
            [("killed", 2, "civilians", False), ("killed", 1, "civilians", False)],
        ),
        (  # a sub-count told by its condition
            "وأصيب 12 عنصراً من القوات الحكومية، بينهم أربعة في حالة حرجة.",
            [("wounded", 12, "government", False), ("wounded", 4, "government", False)],
        ),
        (  # a named person among the arrested, and suspects of a group take its side
            "أسفرت العملية ضد خلايا داعش عن القبض على 7 مشتبهاً بهم، بينهم المدعو أبو حفص.",
            [
                ("captured_or_abducted", 7, "isis", False),
                ("captured_or_abducted", 1, "isis", False),
            ],
        ),
        (  # "others" are of the group just counted, whoever is named later in the sentence
            "أفادت وسائل إعلام بمقتل 14 جندياً وإصابة 9 آخرين في هجوم يُنسب إلى تنظيم داعش.",
            [("killed", 14, "government", False), ("wounded", 9, "government", False)],
        ),
        (  # opposition wording for the government and Iran-backed militias
            'قُتل تسعة عناصر من ميليشيا أسد، ولقي اثنان من ميليشيا "فاطميون" التابعة '
            "لميليشيات إيران مصرعهما.",
            [("killed", 9, "government", False), ("killed", 2, "iran_backed", False)],
        ),
        (  # a rank is no second person
            "ونعت صفحات موالية ضابطاً برتبة نقيب قتل في بادية السخنة.",
            [("killed", 1, "government", False)],
        ),
    ],
)
def test_third_round_rules(text: str, expected: list[tuple[str, int, str, bool]]) -> None:
    assert figs(text) == expected


def test_period_covers_its_contrast_clauses_but_not_a_dated_one() -> None:
    text = (
        "قتل التنظيم خلال الشهر الفائت 47 عنصراً من قوات النظام، فيما أصيب 31 آخرون، "
        "كما لقي 9 مدنيين حتفهم بانفجار ألغام."
    )
    assert [f[3] for f in figs(text)] == [True, True, True]
    dated = "قتل منذ بداية الموسم 38 مدنياً، بينما اختطف مسلحون 5 رعاة في بادية السخنة الشهر الماضي."
    assert [f[3] for f in figs(dated)] == [True, False]


def test_a_superlative_or_a_when_clause_is_no_period() -> None:
    text = "ويعد الهجوم الأعنف منذ أغسطس الماضي، حين قُتل 23 جندياً في هجوم مماثل."
    assert figs(text) == [("killed", 23, "government", False)]


def test_one_incident_told_again_after_a_tally_is_no_tally() -> None:
    text = (
        "أسفرت الغارات خلال المدة ذاتها عن مقتل 21 عنصراً من التنظيم. "
        "وبحسب المرصد، فإن انفجار العبوة قرب السخنة أدى إلى مقتل جندي روسي."
    )
    assert figs(text) == [("killed", 21, "isis", True), ("killed", 1, "russia", False)]


def test_our_comrades_are_the_speakers_forces() -> None:
    text = (
        'وفي بيان، قالت "قسد" إن "مقاتلينا قتلوا اثنين من المرتزقة"، '
        'مشيرة إلى "استشهاد اثنين من رفاقنا" في الاشتباك.'
    )
    assert figs(text)[-1] == ("killed", 2, "sdf", False)


def test_territory_and_breakdown_do_not_name_the_total() -> None:
    text = (
        'اغتال مسلحون قيادياً في ميليشيا "قسد". ويشهد الريف الخاضع لسيطرة "قسد" فلتاناً، إذ وثق '
        "ناشطون اغتيال 17 شخصاً منذ بداية الشهر الماضي، بينهم 11 من عناصر الميليشيا، في عمليات "
        'تبنى تنظيم "داعش" قسماً منها.'
    )
    assert figs(text)[-2:] == [("killed", 17, "unknown", True), ("killed", 11, "sdf", True)]


def test_a_restated_figure_shares_its_party() -> None:
    text = (
        '"قسد" تعتقل 23 شخصاً شرقي دير الزور\n'
        "وذكرت قسد أن الحملة استهدفت خلايا تنظيم الدولة، وأسفرت عن القبض على 23 مشتبهاً بهم."
    )
    assert figs(text) == [("captured_or_abducted", 23, "isis", False)] * 2


# fourth round: rules that failed on the blind batches ab*, ac*
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a dual told by the pronoun: "راعيا" in construct, and two joined singulars
            "لقي راعيا أغنام حتفهما وأُصيب طفل في الثانية عشرة من عمره بانفجار لغم.",
            [("killed", 2, "civilians", False), ("wounded", 1, "civilians", False)],
        ),
        (
            "لقي شاب (22 عاماً) وطفل في العاشرة من عمره حتفهما، الأحد، بانفجار لغم.",
            [("killed", 2, "civilians", False)],
        ),
        (  # bodies of two, and camp residents are civilians
            "وعُثر الأحد على جثتي امرأتين قُتلتا طعناً في المخيم. وقُتل 19 شخصاً من قاطني المخيم.",
            [("killed", 2, "civilians", False), ("killed", 19, "civilians", False)],
        ),
        (  # a detaining verb, and a number right after "بينهم" is a sub-count
            "أعلنت قسد توقيف 41 شخصاً يشتبه بانتمائهم إلى تنظيم الدولة، بينهم ستة تصفهم "
            'بـ"القياديين".',
            [
                ("captured_or_abducted", 41, "isis", False),
                ("captured_or_abducted", 6, "isis", False),
            ],
        ),
        (  # the qualifier names the militias, and "الميليشيات" later are the same
            "تعرض رتل لميليشيات مدعومة من إيران لهجوم. وذكر المرصد أن تسعة عناصر من الميليشيات قُتلوا.",
            [("killed", 9, "iran_backed", False)],
        ),
        (  # a member of a body named after "في"
            'اغتيال عنصر في "الأسايش" بريف دير الزور.',
            [("killed", 1, "sdf", False)],
        ),
    ],
)
def test_fourth_round_rules(text: str, expected: list[tuple[str, int, str, bool]]) -> None:
    assert figs(text) == expected


def test_the_third_of_its_kind_since_is_no_period() -> None:
    text = (
        'قالت سنتكوم إن الضربة "أسفرت عن مقتل اثنين من كبار قادة التنظيم"، مشيرة إلى أنها '
        "الضربة الثالثة من نوعها منذ مطلع أبريل."
    )
    assert [f[3] for f in figs(text)] == [False]


# fifth round: rules that failed on the blind batches ad*, ae*, af*
FIFTH_ROUND_RULES = [
    (  # a 48-hour window is a period total, like "خلال اليومين الماضيين"
        "قُتل أربعة أشخاص في ريف دير الزور خلال الساعات الـ48 الماضية.",
        [("killed", 4, "unknown", True)],
    ),
    (  # the subject's plural, its adjective and a framed time come between verb and object
        "اغتال مسلحون مجهولون يستقلون دراجة نارية، ليل الأحد – الإثنين، الشاب خالد العبيد.",
        [("killed", 1, "civilians", False)],  # "الشاب" is a civilian as "شاب" is (round 36)
    ),
    (  # the person's fate told by a pronoun, and a teacher is a civilian
        "أطلق مسلحون النار، مساء السبت، على المدرس فواز الحسين، ما أدى إلى مقتله على الفور.",
        [("killed", 1, "civilians", False)],
    ),
    (  # a time aside ending in "الماضي" between the verb and its count
        'وكانت "قسد" قد اعتقلت، الثلاثاء الماضي، 14 شخصاً بتهمة الانتماء لخلايا التنظيم.',
        [("captured_or_abducted", 14, "isis", False)],
    ),
    (  # "بينهم" reaches past a long place and period phrase
        "قُتل 17 شخصاً في عمليات اغتيال بريف دير الزور الخاضع لسيطرة قسد خلال شهر تشرين "
        'الأول الفائت، بينهم تسعة عناصر وقياديين في "قسد".',
        [("killed", 17, "unknown", True), ("killed", 9, "sdf", True)],
    ),
    (  # the tally's people named before the verb with its object pronoun
        "وبذلك يرتفع عدد الرعاة الذين أعدمهم التنظيم منذ بداية العام الجاري إلى 7 رعاة.",
        [("executed", 7, "civilians", True)],
    ),
    (  # a sub-count told by its condition has no side of its own
        "استهدف مسلحو التنظيم حافلة عسكرية، ما أسفر عن مقتل ستة جنود وإصابة ثمانية آخرين، "
        "بينهم اثنان في حالة حرجة.",
        [
            ("killed", 6, "government", False),
            ("wounded", 8, "government", False),
            ("wounded", 2, "government", False),
        ],
    ),
    (  # the clause after "فيما" is another story: the checkpoint's men were hit
        "تعرض حاجز للقوات الحكومية لهجوم أسفر عن مقتل ثلاثة عناصر، فيما شنت الطائرات "
        "الروسية غارات على مواقع يعتقد أن عناصر التنظيم يتحصنون فيها.",
        [("killed", 3, "government", False)],
    ),
    (  # a verb, then the period it covers, then the counts joined by "إضافة إلى"
        "قُتل منذ إعلان القضاء على داعش في مارس (آذار) 2019 ما لا يقل عن 4532 من عناصر "
        "القوات الحكومية، و5270 من عناصر التنظيم، إضافة إلى 287 مدنياً.",
        [
            ("killed", 4532, "government", True),
            ("killed", 5270, "isis", True),
            ("killed", 287, "civilians", True),
        ],
    ),
    (  # one of the wounded died later; "إلى جانب" joins a count
        "وأضاف المصدر أن أحد الجرحى فارق الحياة في وقت لاحق متأثراً بإصابته.",
        [("killed", 1, "unknown", False)],
    ),
    (
        'قُتل 23 عنصراً من "قسد" و"الأسايش" بضربات المسيّرات التركية منذ بداية العام، إلى '
        "جانب تسعة مدنيين.",
        [("killed", 23, "sdf", True), ("killed", 9, "civilians", True)],
    ),
    (  # wounded told by their condition; soldiers with their nationality
        "نقل الجرحى إلى المشفى، وأن حالة ثلاثة منهم حرجة.",
        [("wounded", 3, "unknown", False)],
    ),
    (
        "أدى القصف على مواقع الجيش قرب بلدة كبانة إلى إصابة جنديين سوريين.",
        [("wounded", 2, "government", False)],
    ),
    (  # "من" names a unit, not a second person: "لواء" here is a brigade
        'قُتل عنصران من لواء "القدس" الفلسطيني الموالي للنظام بانفجار لغم.',
        [("killed", 2, "government", False)],
    ),
]


def test_a_restated_definite_person_is_not_counted_again() -> None:
    text = (
        "اغتال مسلحون مجهولون، مساء أمس، قيادياً في قسد وسط البلدة.\n"
        "وقال مراسل إن مسلحين أطلقوا النار على القيادي (38 عاماً)، المسؤول عن حاجز الجسر، "
        "ما أدى إلى مقتله على الفور."
    )
    assert figs(text) == [("killed", 1, "sdf", False)]


def test_some_of_the_dead_are_a_part_of_the_dead_before() -> None:
    text = (
        "قُتل تسعة عناصر من قوات النظام في كمين قرب بلدة أثريا.\n"
        'وأضافت المصادر أن أربعة من القتلى ينتمون إلى ميليشيا "الدفاع الوطني".'
    )
    analysis = find_figures(text)
    four = analysis.figures[1]
    assert (four.best, four.parent) == (4, 0)


FIFTH_ROUND_PARTIES = [
    (  # mercenaries are people counted; "ها" goes back to the sentence's subject
        "نفذت قوات سوريا الديمقراطية 31 عملية ضد خلايا مرتزقة داعش، اعتقلت خلالها 96 مرتزقاً "
        "وقتلت 11 آخرين، فيما استشهد 17 من مقاتليها في هجمات المرتزقة.",
        [
            ("captured_or_abducted", 96, "isis", False),
            ("killed", 11, "isis", False),
            ("killed", 17, "sdf", False),
        ],
    ),
    (  # an SDF military council
        "استشهد مقاتل من مجلس تل تمر العسكري جراء قصف تركي.",
        [("killed", 1, "sdf", False)],
    ),
    (  # groups "linked to Iran"
        "قالت البنتاغون إن الضربات أسفرت عن مقتل 7 مسلحين من جماعات مرتبطة بإيران.",
        [("killed", 7, "iran_backed", False)],
    ),
    (  # "منهم" after "المهاجمين": the attackers named in the sentence before
        'هاجم مسلحو تنظيم "داعش" نقطة للواء فاطميون. وقال مراسلنا إن المهاجمين استخدموا '
        "أسلحة رشاشة، قبل أن تجبرهم القوات على الانسحاب، بعد مقتل 3 منهم.",
        [("killed", 3, "isis", False)],
    ),
]


SIXTH_ROUND_RULES = [
    (  # the attackers, counted by "من المهاجمين" or "أحد المهاجمين"
        'هجوم لـ"داعش" على حاجز لـ"قسد" شرقي الرقة ومقتل اثنين من المهاجمين',
        [("killed", 2, "isis", False)],
    ),
    (
        'هاجم مسلحو "داعش" حاجزاً لقسد. ونفذت القوات عملية تمشيط أسفرت عن القبض على أحد المهاجمين.',
        [("captured_or_abducted", 1, "isis", False)],
    ),
    (  # another source's account after a tally is no tally
        "وأوضح البيان أن القوات نفذت خلال النصف الأول من العام 37 عملية أسفرت عن مقتل 24 من "
        "عناصر التنظيم. في المقابل، قال المرصد إن الغارات أسفرت عن مقتل 5 أشخاص.",
        [("killed", 24, "isis", True), ("killed", 5, "unknown", False)],
    ),
    (  # "others" who name their own side
        'قُتل عنصران من "قسد" بالغارة، كما أصيب ثلاثة مدنيين آخرين بجروح متفاوتة.',
        [("killed", 2, "sdf", False), ("wounded", 3, "civilians", False)],
    ),
]


def test_bare_forces_are_the_forces_last_named() -> None:
    norm = normalize_arabic(
        "قال مصدر في قوات سوريا الديمقراطية إن خلايا داعش هاجمت الحاجز. ونفى مقتل سبعة من القوات."
    )
    found = _forces_anaphora(norm, _party_mentions(norm, 0, len(norm)))
    assert [(norm[a:b], label) for a, b, label in found][-1] == ("القوات", "sdf")


SIXTH_ROUND_OUTLET_WORDING = [
    (  # martyrs are the outlet's side, not the "terrorists"; an NCO is one of them
        "ردّت وحدات من الجيش العربي السوري على اعتداء لإرهابيي داعش. واستهدف الإرهابيون "
        "الحاجز، ما أدى إلى استشهاد ثلاثة من عناصره بينهم صف ضابط.",
        [("killed", 3, "government", False), ("killed", 1, "government", False)],
    ),
    (  # a soldier counted by the noun alone
        "استشهد عسكري جراء انفجار لغم من مخلفات الإرهابيين في بادية السخنة.",
        [("killed", 1, "government", False)],
    ),
    (  # Turkish wording: whose terrorists, Turkish soldiers, and a tally "جرى تحييدهم"
        'أعلنت وزارة الدفاع التركية "تحييد" 14 إرهابيا من تنظيم "YPG/PKK". ويأتي ذلك عقب '
        "استشهاد جنديين تركيين. وبذلك يرتفع عدد الإرهابيين الذين جرى تحييدهم منذ مطلع العام "
        "إلى 59 إرهابيا.",
        [
            ("killed", 14, "sdf", False),
            ("killed", 2, "turkey", False),
            ("killed", 59, "sdf", True),
        ],
    ),
]


SIXTH_ROUND_COUNTS = [
    (  # "خطفت" past its subject and an approximation
        "فيما خطفت خلايا التنظيم خلال الفترة ذاتها ما لا يقل عن 40 من جامعي الكمأة.",
        [("captured_or_abducted", 40, "civilians", True)],
    ),
    (  # the tally's noun before a relative clause with another verb
        "وبذلك، يرتفع تعداد القتلى الذين وثقهم المرصد منذ مطلع نيسان الجاري، إلى 41، هم: 27 "
        "من قوات النظام، و9 من عناصر التنظيم.",
        [
            ("killed", 41, "both_sides", True),
            ("killed", 27, "government", True),
            ("killed", 9, "isis", True),
        ],
    ),
    (  # "the remaining five", whose fate is unknown
        "أفرج التنظيم عن ستة من المخطوفين، فيما لا يزال مصير الخمسة الباقين مجهولاً.",
        [("missing", 5, "unknown", False)],
    ),
]


SIXTH_ROUND_PEOPLE = [
    (  # a refugee is a person counted; suspects "يُشتبه بانتمائهم" pass their side on
        "مقتل لاجئة عراقية في مخيم الهول. واعتقلت الأسايش أربعة أشخاص يُشتبه بانتمائهم "
        "لخلايا تنظيم داعش، بينهم امرأتان.",
        [
            ("killed", 1, "civilians", False),
            ("captured_or_abducted", 4, "isis", False),
            ("captured_or_abducted", 2, "isis", False),
        ],
    ),
    (  # wounded still being treated
        "ارتفعت حصيلة القتلى إلى 5 عناصر، فيما لا يزال 4 آخرون يتلقون العلاج.",
        [("killed", 5, "unknown", False), ("wounded", 4, "unknown", False)],
    ),
]


SEVENTH_ROUND_RULES = [
    (  # remains of people the text says were executed; the fate of those who disappeared
        "عثر رعاة على مقبرة جماعية تضم رفات ما لا يقل عن 17 شخصاً، يُرجَّح أنهم من أبناء "
        "العشيرة الذين أعدمهم تنظيم داعش. وما زالت العائلات تجهل مصير نحو 400 من أبنائها "
        "اختفوا إبان اقتحام التنظيم قراها.",
        [("executed", 17, "civilians", False), ("missing", 400, "civilians", False)],
    ),
    (  # "of its members" after operations against the organisation: the last named
        "أعلن التحالف أن قواته نفذت 196 عملية ضد التنظيم، أسفرت عن مقتل 44 من عناصره.",
        [("killed", 44, "isis", False)],
    ),
    (  # "still unknown until now" is no period
        "فيما لا يزال مصير 3 سائقين آخرين مجهولاً حتى اللحظة.",
        [("missing", 3, "civilians", False)],
    ),
    (  # a support aside, then members and accused helpers
        "اعتقلت قوى الأمن الداخلي، بمساندة من التحالف الدولي، تسعة أشخاص بتهمة الانتماء لخلايا "
        '"داعش"، فيما اعتقلت ثلاثة آخرين بتهمة تقديم الدعم اللوجستي للتنظيم.',
        [
            ("captured_or_abducted", 9, "isis", False),
            ("captured_or_abducted", 3, "civilians", False),
        ],
    ),
    (  # a tally of suspects told before its relative clause
        "بينما بلغ عدد المشتبه بانتمائهم للتنظيم ممن اعتقلتهم الأسايش منذ مطلع الشهر 21 شخصاً.",
        [("captured_or_abducted", 21, "isis", True)],
    ),
    (  # "one of them" counts only with its own verb; a beheaded body is an execution
        '"داعش" يختطف 6 رعاة في بادية السخنة ويطالب بفدية.. ويعدم أحدهم',
        [("captured_or_abducted", 6, "civilians", False), ("executed", 1, "civilians", False)],
    ),
    (
        "أسفرت الغارة عن مقتل 3 من كبار قادة التنظيم، أحدهم مسؤول عن التخطيط لهجمات.",
        [("killed", 3, "isis", False)],
    ),
    (
        'عُثر على جثة راعٍ ثالث يُدعى "خلف العبد الله" (45 عاماً) مفصولة الرأس، ولا يزال '
        "الثلاثة الآخرون محتجزين لدى التنظيم.",
        [("executed", 1, "civilians", False), ("captured_or_abducted", 3, "civilians", False)],
    ),
]

NINTH_ROUND_RULES = [
    (  # a boy; "يقتادوا" takes captives; execution shown by the wounds; the third one's fate
        "قُتل أربعة رعاة أغنام وأُصيب فتى، قبل أن يقتادوا ثلاثة منهم إلى جهة مجهولة. "
        "وعثر أهالٍ على جثتي اثنين من الرعاة المختطفين مُلقاتين على طرف الطريق، وعليهما آثار "
        "إطلاق نار في الرأس، ما يشير إلى إعدامهما ميدانياً، في حين لا يزال مصير الراعي الثالث، "
        "وهو الشاب ذو الـ17 عاماً، مجهولاً حتى اللحظة.",
        [
            ("killed", 4, "civilians", False),
            ("wounded", 1, "civilians", False),
            ("captured_or_abducted", 3, "civilians", False),
            ("executed", 2, "civilians", False),
            ("missing", 1, "civilians", False),
        ],
    ),
    (  # the attackers' side told three sentences back; aides take their leader's side
        "أعلنت قسد الحصيلة النهائية للهجوم الذي شنّه تنظيم داعش على سجن الصناعة، مؤكدة مقتل "
        "117 من مقاتليها، فيما قُتل 362 من مسلحي التنظيم. وقال شامي إن التحقيقات ما زالت "
        "جارية. وأضاف أن قواتهم ألقت القبض على 27 من المهاجمين. وقُتل قيادي في تنظيم الدولة "
        "الإسلامية وأُسر اثنان من معاونيه.",
        [
            ("killed", 117, "sdf", False),
            ("killed", 362, "isis", False),
            ("captured_or_abducted", 27, "isis", False),
            ("killed", 1, "isis", False),
            ("captured_or_abducted", 2, "isis", False),
        ],
    ),
    (  # "ثلاثة منهم" is more than the two wounded, and the neutralised are the forces' enemies
        "بادر أفراد الخلية بإطلاق النار على الدورية، ما أدى إلى إصابة عنصرين من الأمن العام، "
        'قبل أن يتم التعامل معهم وتحييد ثلاثة منهم، بينهم المدعو "أبو حفص" المسؤول عن الخلية.',
        [
            ("wounded", 2, "government", False),
            ("killed", 3, "isis", False),
            ("killed", 1, "isis", False),
        ],
    ),
    (  # the people a targeted car carries; a hashtag's words
        'مسيّرة استهدفت سيارة تقل عناصر من ميليشيا "حزب الله العراقي" في #بادية_الميادين، ما '
        "أدى لمقتل 3 عناصر.",
        [("killed", 3, "iran_backed", False)],
    ),
    (  # one of the tankers is no person; "اقتاد" past its subject takes the third driver
        "أطلق المهاجمون النار على ثلاثة صهاريج، ما أدى إلى مقتل سائقَين واحتراق أحد الصهاريج، "
        "فيما اقتاد المهاجمون سائقاً ثالثاً إلى جهة مجهولة.",
        [("killed", 2, "civilians", False), ("captured_or_abducted", 1, "civilians", False)],
    ),
    (  # a total over allies is mixed; over the two sides of a fight, both sides
        "قتلت خلايا التنظيم خلال الشهر الفائت 58 من قوات النظام والمليشيات الموالية لها، هم 49 "
        "من قوات النظام و9 من الميليشيات الموالية لإيران.",
        [
            ("killed", 58, "mixed", True),
            ("killed", 49, "government", True),
            ("killed", 9, "iran_backed", True),
        ],
    ),
    (
        "عُثر على جثتي شابين وعليهما آثار طلقات نارية في الرأس، ما يرجّح تصفيتهما على يد خلية.",
        [("executed", 2, "civilians", False)],
    ),
    (  # a death toll raised by the wounded who died
        "تحديث: ارتفعت حصيلة القتلى إلى 19 عنصراً بعد وفاة عدد من الجرحى متأثرين بإصاباتهم.",
        [("killed", 19, "unknown", False)],
    ),
    (  # "30 امرأة وطفلاً" is one count of women and children
        "أسفرت الهجمات عن اختطاف نحو 30 امرأة وطفلاً من قرية الشبكي.",
        [("captured_or_abducted", 30, "civilians", False)],
    ),
    (
        "وقُتل 12 شخصاً في اشتباكات بريف الرقة، بينهم 5 من قوات النظام و7 من عناصر التنظيم.",
        [
            ("killed", 12, "both_sides", False),
            ("killed", 5, "government", False),
            ("killed", 7, "isis", False),
        ],
    ),
]

TENTH_ROUND_RULES = [
    (  # "عناصرها" goes to the feminine head "ميليشيا", not to the relative clause's Russia
        'تلقت ميليشيا "الفيلق الخامس - اقتحام" التي شكّلتها روسيا ضربة جديدة في البادية، بعدما '
        "قُتل 12 من عناصرها مساء الأحد.",
        [("killed", 12, "government", False)],
    ),
    (  # "اعتقلوا" before its object; an arrest campaign that "reached" people; minors
        "داهم عناصر الميليشيا القرية، واعتقلوا ثمانية شبان بتهمة التواصل مع خلايا التنظيم. وشنّت "
        '"قسد"، أمس، حملة دهم واعتقال في بلدتي ذيبان والشحيل، طالت 17 مدنياً بينهم 3 قاصرين.',
        [
            ("captured_or_abducted", 8, "civilians", False),
            ("captured_or_abducted", 17, "civilians", False),
            ("captured_or_abducted", 3, "civilians", False),
        ],
    ),
    (  # a status noun after "و" starts another count: "استشهاد مقاتلين اثنين وإصابة ثالث"
        "ما أدى إلى استشهاد مقاتلَين اثنين وإصابة ثالث.",
        [("killed", 2, "unknown", False), ("wounded", 1, "unknown", False)],
    ),
    (  # SOHR's "human losses" are its dead, listed after "وهم:"; nationwide, a day's total
        "وبذلك، يرتفع إلى 16 تعداد الخسائر البشرية التي وثقها المرصد السوري اليوم على امتداد "
        'الجغرافيا السورية، وهم: 7 مدنيين، و6 من قوات النظام، وعنصر من "قسد"، وعنصران من تنظيم '
        '"الدولة الإسلامية".',
        [
            ("killed", 16, "mixed", True),
            ("killed", 7, "civilians", True),
            ("killed", 6, "government", True),
            ("killed", 1, "sdf", True),
            ("killed", 2, "isis", True),
        ],
    ),
]

ELEVENTH_ROUND_RULES = [
    (  # factions of the Syrian National Army are the opposition
        'قُتل عنصران من "الجبهة الشامية" وأُصيب ثالث بهجوم على نقطة رباط قرب الباب، فيما قُتل '
        "ثلاثة مقاتلين من فرقة السلطان مراد.",
        [
            ("killed", 2, "opposition", False),
            ("wounded", 1, "opposition", False),
            ("killed", 3, "opposition", False),
        ],
    ),
    (  # passive "اغتيل" and "أُردي ... قتيلاً"
        "اغتيل عنصران من اللواء الثامن في بصرى الشام. وأُردي شاب قتيلاً برصاص مجهولين.",
        [("killed", 2, "opposition", False), ("killed", 1, "civilians", False)],
    ),
    (  # a plural-looking noun made dual by its verb; "مصدر عسكري" is nobody counted
        "ونقل عن مصدر عسكري أن عسكريَّين استشهدا بانفجار لغم. وقال مصدر عسكري إن جندياً قتل.",
        [("killed", 2, "government", False), ("killed", 1, "government", False)],
    ),
    (  # "مصير عنصرين ... مجهولاً": two missing
        "بينما لا يزال مصير عنصرين من الدورية مجهولاً.",
        [("missing", 2, "unknown", False)],
    ),
    (  # "ويصيب ثالثاً"
        "انفجار لغم يقتل طفلين ويصيب ثالثاً",
        [("killed", 2, "civilians", False), ("wounded", 1, "civilians", False)],
    ),
    (  # "مواطنات" and "سيدات" are civilians; "من ضمنهم" is a breakdown
        "قُتل منذ مطلع العام 56 مدنياً بينهم 3 سيدات و9 مواطنات، من ضمنهم 38 من جامعي الكمأة.",
        [
            ("killed", 56, "civilians", True),
            ("killed", 3, "civilians", True),
            ("killed", 9, "civilians", True),
            ("killed", 38, "civilians", True),
        ],
    ),
    (  # axis wording: the resistance and the factions loyal to Iran; "ومدنيّان اثنان" is a
        # count of its own, so the four are not a mixed count
        "قال المرصد إن الغارات أودت بحياة 11 عنصراً من الفصائل الموالية لإيران. وأكدت مصادر أن "
        "الحصيلة استقرّت على ستة شهداء، هم أربعة من مقاتلي المقاومة ومدنيّان اثنان كانا يرعيان "
        "الأغنام.",
        [
            ("killed", 11, "iran_backed", False),
            ("killed", 6, "mixed", False),
            ("killed", 4, "iran_backed", False),
            ("killed", 2, "civilians", False),
        ],
    ),
    (  # a notable is a person counted
        "اغتيال وجيه عشائري في ريف الميادين",
        [("killed", 1, "civilians", False)],
    ),
    (  # a risen toll and the wounded who died are the victims counted before, of their side
        "قُتل 11 جندياً سورياً وأصيب 7 آخرون بجروح في هجوم على حافلة. وفي وقت لاحق، ذكرت سانا أن "
        "حصيلة الهجوم ارتفعت إلى 13 قتيلاً، بعد وفاة اثنين من الجرحى متأثرين بإصاباتهما.",
        [
            ("killed", 11, "government", False),
            ("wounded", 7, "government", False),
            ("killed", 13, "government", False),
            ("killed", 2, "government", False),
        ],
    ),
    (  # "مقابل" reaches past a long noun phrase; "واحد من أكثر" and "واحد من أربعة" count nobody
        "قُتل نحو 550 من أفراد الجيش السوري والمجموعات الموالية له في هجمات للتنظيم في البادية "
        "السورية، مقابل أكثر من 380 من مسلحي داعش. وأصيب 13 عنصراً في واحد من أكثر الهجمات "
        "دموية. وخالد واحد من أربعة سائقين اختطفتهم خلية.",
        [
            ("killed", 550, "government", False),
            ("killed", 380, "isis", False),
            ("wounded", 13, "government", False),
            ("captured_or_abducted", 4, "civilians", False),
        ],
    ),
    (  # a definite plural after the verb is no dual object; testimonies count nobody; "في عداد"
        "تحقيق يتتبع خطف تنظيم الدولة للسائقين والرعاة عبر شهادات 11 شخصاً بين مخطوفين سابقين "
        "وذوي ضحايا. اختطفت خلايا التنظيم 34 شخصاً، فيما لا يزال ستة في عداد المفقودين.",
        [("captured_or_abducted", 34, "civilians", False), ("missing", 6, "unknown", False)],
    ),
    (  # a body found is the death of the man told of before, unless his death was told already
        "أما السائق محمود فقد اختُطف مع شاحنته. وبعد أسبوع، عثر رعاة على جثته في وادٍ.",
        [("killed", 1, "unknown", False)],
    ),
    (
        "أعدم التنظيم شاباً بتهمة التعامل مع قسد. وقد عُثر على جثته صباح الأحد.",
        [("executed", 1, "civilians", False)],
    ),
    (  # the object's owner after "استهدف" is the victim, not the attacker; worshippers
        "كشفت التحقيقات تورط الخلية في الهجوم الذي استهدف حاجزاً للأمن العام، وأدى إلى مقتل ثلاثة "
        "عناصر. وأسفر تفجير الكنيسة عن مقتل 25 من المصلين.",
        [("killed", 3, "government", False), ("killed", 25, "civilians", False)],
    ),
]


TWELFTH_ROUND_RULES = [
    (  # the subject between the verb and its object; a verb with its own subject is no joint
        # count ("عنصر ... قد قُتل وأصيب ثلاثة")
        "وكان عنصر من الأسايش قد قُتل وأصيب ثلاثة آخرون بهجوم مماثل. واعتقلت قوات سوريا "
        "الديمقراطية خلال حملتها الأمنية الأخيرة 121 شخصاً يُشتبه بانتمائهم لخلايا التنظيم.",
        [
            ("killed", 1, "sdf", False),
            ("wounded", 3, "sdf", False),
            ("captured_or_abducted", 121, "isis", False),
        ],
    ),
    (  # "أحد القتيلين" describes one already counted; facilities count nobody
        "قُتل عنصران من قسد بهجوم على حاجز. وأوضح أن أحد القتيلين ينحدر من بلدة معدان. وتحتجز "
        "القوات مقاتلي التنظيم في أكثر من 20 منشأة احتجاز.",
        [("killed", 2, "sdf", False)],
    ),
    (  # "قوى الأمن الداخلي" is the Interior Ministry's where the report names no SDF otherwise
        "استشهد عنصران من قوى الأمن الداخلي وأصيب ثلاثة آخرون بهجوم على حاجز قرب تدمر.",
        [("killed", 2, "government", False), ("wounded", 3, "government", False)],
    ),
    (
        "قُتل عنصر من قوى الأمن الداخلي التابعة لقسد بهجوم في مخيم الهول.",
        [("killed", 1, "sdf", False)],
    ),
    (  # "من مقاتلي قواتنا" in a quoted statement; a martyr named after a time aside
        'قال المركز الإعلامي لقوات سوريا الديمقراطية: "استشهد ستة من مقاتلي قواتنا وأصيب 14 '
        'آخرون". وأضاف البيان: "استشهد خلال الاشتباك المقاتل خليل إبراهيم".',
        [("killed", 6, "sdf", False), ("wounded", 14, "sdf", False), ("killed", 1, "sdf", False)],
    ),
]

THIRTEENTH_ROUND_RULES = [
    (  # a dual subject past "قد"; a kin noun with its pronoun as the object
        "وكان عنصران من قوات النظام قد قُتلا، يوم أمس، وأصيب ثالث بجراح بانفجار لغم. وقُتل "
        "مواطن من رعاة الأغنام، فيما اختطف المسلحون شقيقه واقتادوه إلى جهة مجهولة.",
        [
            ("killed", 2, "government", False),
            ("wounded", 1, "government", False),
            ("killed", 1, "civilians", False),
            ("captured_or_abducted", 1, "civilians", False),
        ],
    ),
    (  # the verb past a breakdown framed by commas, after a numeral and after a dual noun
        "قال المراسل إن مدنيين اثنين، بينهما امرأة، قُتلا برصاص قناص. وأضاف أن طفلَين، بينهما "
        "رضيع، أصيبا بشظايا قذيفة.",
        [
            ("killed", 2, "civilians", False),
            ("killed", 1, "civilians", False),
            ("wounded", 2, "civilians", False),
        ],
    ),
    (  # "أحدهما طفل" and a minor's age are sub-counts; an adult's age or a verb of its own not
        "أدت الغارة إلى استشهاد مدنيَّين اثنين، أحدهما طفل في العاشرة من عمره. وقُتل راعيان، "
        "أحدهما في الرابعة عشرة من عمره. وقُتل رجلان، أحدهما في الخمسين من عمره.",
        [
            ("killed", 2, "civilians", False),
            ("killed", 1, "civilians", False),
            ("killed", 2, "civilians", False),
            ("killed", 1, "civilians", False),
            ("killed", 2, "civilians", False),
        ],
    ),
    (  # the army and its allies: one count over both; the tally names the side
        "ويرتفع بذلك عدد شهداء الجيش السوري وحلفائه في اعتداءات التنظيم الإرهابي على البادية "
        "منذ مطلع العام الجاري إلى أكثر من 250 شهيداً.",
        [("killed", 250, "mixed", True)],
    ),
    (  # accused of membership: the group named; joined ranks beat former factions
        "قُتل عنصران سابقان في فصائل المعارضة انضما إلى صفوف فرع الأمن العسكري. وفي بلدة "
        "اليادودة قُتل ثلاثة أشخاص يتهمهم أبناء المنطقة بالانتماء لخلية تابعة لتنظيم الدولة. "
        "واغتيل مختار القرية واعتُقل 6 أشخاص بتهمة الانتماء لداعش.",
        [
            ("killed", 2, "government", False),
            ("killed", 3, "isis", False),
            ("killed", 1, "civilians", False),
            ("captured_or_abducted", 6, "isis", False),
        ],
    ),
    (  # the speaker of "مقاتلينا" is who says it, not the foe named last before the quote
        'قالت قسد إن قواتها قتلت 19 من "المرتزقة التابعين للنظام"، مضيفة أن "أربعة من '
        'مقاتلينا استشهدوا وأصيب 11 آخرون".',
        [
            ("killed", 19, "government", False),
            ("killed", 4, "sdf", False),
            ("wounded", 11, "sdf", False),
        ],
    ),
]

THIRTEENTH_ROUND_MORE = [
    (  # suspects in the plural; "one of the detainees" told of is no new count
        'ألقت الشرطة العسكرية القبض على 5 مشتبهين بالانتماء إلى تنظيم "داعش". وأضاف المصدر أن '
        "أحد الموقوفين اعترف خلال التحقيق بمشاركته في تفجير.",
        [("captured_or_abducted", 5, "isis", False)],
    ),
    (  # a tally that says whose "terrorists" inside its phrase
        'ارتفع عدد إرهابيي "بي كا كا/ي ب ك" الذين جرى تحييدهم منذ مطلع العام الجاري إلى 412 '
        "إرهابياً.",
        [("killed", 412, "sdf", True)],
    ),
    (  # drivers are civilians; "بهجوم مسلح" counts nobody
        "ارتفعت حصيلة انفجار العبوة إلى ثلاثة قتلى من السائقين. وكان عنصر من الأسايش قد قُتل "
        "وأُصيب اثنان آخران، الخميس الماضي، بهجوم مسلح على حاجز.",
        [
            ("killed", 3, "civilians", False),
            ("killed", 1, "sdf", False),
            ("wounded", 2, "sdf", False),
        ],
    ),
    (  # part of one incident's dead "so far" is no running total; a lost trace is missing;
        # loyalist pages mourn their own (round 21)
        "ونعت صفحات موالية للنظام ٥ من قتلى الكمين حتى الآن. وبلغت حصيلة قتلى قوات النظام منذ "
        "مطلع آب 34 قتيلاً، فيما فُقد أثر ٩ عناصر.",
        [
            ("killed", 5, "government", False),
            ("killed", 34, "government", True),
            ("missing", 9, "government", True),
        ],
    ),
    (  # the group's women are the group's; surrender is capture, and a verb counts the first
        # vague count after it, not the next one
        "اعتقلت قوى الأمن الداخلي 16 من نساء داعش. استسلام مئات الجهاديين وإجلاء آلاف النساء "
        "والأطفال من الجيب الأخير.",
        [("captured_or_abducted", 16, "isis", False), ("captured_or_abducted", 300, "isis", True)],
    ),
]

# old misses mended before round fourteen was scored
BEFORE_FOURTEENTH_ROUND = [
    (  # a toll told as a pair shares the party named after it
        "يرتفع عدد ضحايا الألغام منذ مطلع العام إلى 37 قتيلاً و58 جريحاً من المدنيين.",
        [("killed", 37, "civilians", True), ("wounded", 58, "civilians", True)],
    ),
    (  # people a side holds in its prisons are a standing population, not a capture
        "وتحتجز قوات سوريا الديمقراطية نحو تسعة آلاف من مقاتلي التنظيم في أكثر من 20 منشأة "
        "احتجاز. واعتقلت قسد 12 مشتبهاً بالانتماء للتنظيم.",
        [("captured_or_abducted", 12, "isis", False)],
    ),
]

FOURTEENTH_ROUND_RULES = [
    (  # one more attacker is of the attackers counted before, not of their captors
        "تعرضت دورية للأمن العام لكمين نصبته خلية تابعة لتنظيم داعش. وتمكنت وحدات الأمن العام من "
        "إلقاء القبض على ثلاثة من المهاجمين، فيما قُتل مهاجم رابع خلال تبادل إطلاق النار.",
        [("captured_or_abducted", 3, "isis", False), ("killed", 1, "isis", False)],
    ),
    (  # the members of a cell are of the cell's group
        "وأعلنت الوزارة القبض على خلية تابعة لداعش مؤلفة من 5 أشخاص في منطقة القلمون الشرقي.",
        [("captured_or_abducted", 5, "isis", False)],
    ),
    (  # a duration told before ("منذ نحو 4 أشهر") is no tally; "قرب موقع الكمين" is the incident
        "وأشار المصدر إلى أن الخلية كانت تتخذ من مغاور قرب حقل آراك مأوى لها منذ نحو 4 أشهر. "
        "وأصيب راعي أغنام كان يرعى قطيعه قرب موقع الكمين بجروح طفيفة.",
        [("wounded", 1, "civilians", False)],
    ),
    (  # "منذ الهجوم" dates from one incident: no period total
        "وأضاف المرصد أن مصير عاملَين اثنين لا يزال مجهولاً منذ الهجوم، وأن عنصرين من التنظيم "
        "قُتلا خلال الاشتباك.",
        [("missing", 2, "civilians", False), ("killed", 2, "isis", False)],
    ),
    (  # a pair of brothers is a sub-count; people held "على يد قسد" are not the SDF's
        "اعتقلت قسد في بلدة الحوايج تسعة شبان بتهمة الانتماء لخلايا تنظيم داعش، بينهم شقيقان. "
        "وارتفع عدد المعتقلين على يد قسد منذ مطلع حزيران الجاري إلى ٧٣ شخصاً، بينهم ٤ نساء.",
        [
            ("captured_or_abducted", 9, "isis", False),
            ("captured_or_abducted", 2, "isis", False),
            ("captured_or_abducted", 73, "unknown", True),
            ("captured_or_abducted", 4, "civilians", True),
        ],
    ),
    (  # a count of several young men before is not the one young man told of by a pronoun
        "قسد تعتقل ١٧ شاباً في ريف دير الزور\n"
        "أطلق عناصر قسد النار على الشاب عمر أثناء محاولته الهرب، ما أدى إلى مقتله على الفور.",
        [("captured_or_abducted", 17, "civilians", False), ("killed", 1, "civilians", False)],
    ),
    (  # the day of "منذ 24 مارس/آذار 2019" is no count between the verb and its object; "العام
        # 40 من" counts people; two leaders are two
        "تفيد بيانات المرصد بأن التنظيم قتل منذ 24 مارس/آذار 2019 ما لا يقل عن 4100 من قوات "
        "النظام. وقتل التنظيم خلال العام 40 من قوات النظام. ويضيف أن مقتل زعيمين للتنظيم لم "
        "يحدث الأثر المتوقع.",
        [
            ("killed", 4100, "government", True),
            ("killed", 40, "government", True),
            ("killed", 2, "isis", True),
        ],
    ),
    (  # an attack told after "أن" is one incident, though a period opens the sentence
        "ويرى المحلل أن انشغال روسيا منذ فبراير/شباط 2022 منح التنظيم هامشاً أكبر، مشيراً إلى أن "
        "هجوماً قرب بلدة الكوم، الشهر الماضي، أودى بحياة 6 جنود.",
        [("killed", 6, "government", False)],
    ),
    (  # the membership of the second count joined by "و" is not the first's
        'قُتل 3 عناصر من ميليشيا "لواء فاطميون" الأفغانية وعنصر من ميليشيا أسد ينتمي إلى الفرقة '
        "17، فجر اليوم الأربعاء.",
        [("killed", 3, "iran_backed", False), ("killed", 1, "government", False)],
    ),
    (  # and a dual second count: the guards are the Fifth Corps', the workers civilians
        "قُتل 9 أشخاص، هم 7 عمال وعنصران من قوات الحراسة التابعة لـ«الفيلق الخامس»، جراء هجوم على "
        "حافلة.",
        [
            ("killed", 9, "mixed", False),
            ("killed", 7, "civilians", False),
            ("killed", 2, "government", False),
        ],
    ),
    (  # the army and the Iran-backed militias joined by "و" are allies; "موقعاً عسكرياً" is
        # no soldier; a plural verb governs its object past a time aside; the accused are people
        "قُتل 19 من عناصر قوات النظام والميليشيات الموالية لإيران في بادية دير الزور. وقُتل خمسة "
        "عناصر من القوات الحكومية بهجوم استهدف موقعاً عسكرياً. وأشار المرصد إلى أن مسلحين "
        "اختطفوا، يوم الخميس الماضي، أربعة رعاة. وأعلنت خلية الإعلام الأمني القبض على ستة متهمين "
        "بالانتماء لعصابات داعش.",
        [
            ("killed", 19, "mixed", False),
            ("killed", 5, "government", False),
            ("captured_or_abducted", 4, "civilians", False),
            ("captured_or_abducted", 6, "isis", False),
        ],
    ),
    (  # the attackers are the subject of "هاجمت"; civilians joined after a soldier are another count
        "وأشار إلى أن مجموعة من الإرهابيين هاجمت نقطة تابعة للجيش العربي السوري، ما أسفر عن "
        "استشهاد جنديين، مضيفاً أن الوحدات تمكنت من القضاء على 5 من المهاجمين. وأدى القصف إلى "
        "إصابة عسكري سوري ومدنيَّين اثنين.",
        [
            ("killed", 2, "government", False),
            ("killed", 5, "isis", False),
            ("wounded", 1, "government", False),
            ("wounded", 2, "civilians", False),
        ],
    ),
    (  # a headline after "حصاد الأسبوع|"; a weekday and a day of the month framed as an aside
        'حصاد الأسبوع| 4 قتلى من قوات النظام بهجوم قرب السخنة و"قسد" تعتقل 6 متهمين\n'
        "اعتقلت قوى الأمن الداخلي، يوم السبت 11 آذار، 4 شبان في مدينة الرقة.",
        [
            ("killed", 4, "government", False),
            ("captured_or_abducted", 6, "unknown", False),
            ("captured_or_abducted", 4, "civilians", False),
        ],
    ),
    (  # Russians counted by their nationality; a general named by rank and post
        "فيما أسر التنظيم روسيَّين اثنين. وقُتل اللواء عصام زهر الدين، قائد الحرس الجمهوري، "
        "بانفجار لغم. وقُتل العميد أحمد الخالد بانفجار عبوة.",
        [
            ("captured_or_abducted", 2, "russia", False),
            ("killed", 1, "government", False),
            ("killed", 1, "government", False),
        ],
    ),
    (  # the first days of a battle are a period
        "وقُتل في الأيام الخمسة الأولى من المعارك أكثر من ١٠٠ من عناصر قوات النظام.",
        [("killed", 100, "government", True)],
    ),
    (  # a death sentence carried out is an execution; a mine blast after a total is one incident
        'نفّذ التنظيم ظهر اليوم حكم "القتل" بحق اثنين من عناصره. وأسفرت العملية خلال الساعات '
        "الـ48 الماضية عن مقتل 23 إرهابياً. وأشار المصدر إلى استشهاد جندي بانفجار لغم أرضي.",
        [
            ("executed", 2, "isis", False),
            ("killed", 23, "isis", True),
            ("killed", 1, "government", False),
        ],
    ),
    (  # in ISIS's own voice an unnamed "هلاك" counts its enemies; "يهلكون" kills
        "كمن جنود الخلافة لرتل من الجيش النصيري في بادية الميادين، ما أدى إلى هلاك 9 عناصر بينهم "
        "ضابط، وإصابة 5 آخرين. وجنود الخلافة يهلكون 4 من الجيش النصيري.",
        [
            ("killed", 9, "government", False),
            ("killed", 1, "government", False),
            ("wounded", 5, "government", False),
            ("killed", 4, "government", False),
        ],
    ),
]


FIFTEENTH_ROUND_RULES = [
    (  # a number after "منذ بداية الشهر" counts the dead when a toll noun follows it
        "وبلغت حصيلة الخسائر البشرية في صفوف الميليشيات الإيرانية منذ بداية الشهر 23 قتيلاً، "
        "بينهم 9 من الجنسية العراقية.",
        [("killed", 23, "iran_backed", True), ("killed", 9, "iran_backed", True)],
    ),
    (  # nationalities in the dual; advisers and experts are people
        "قتل جنديان أمريكيان في هجوم بطائرة مسيرة. وقتل مستشاران إيرانيان بغارة إسرائيلية. "
        "وقتل 3 خبراء روس بانفجار عبوة.",
        [
            ("killed", 2, "coalition", False),
            ("killed", 2, "iran_backed", False),
            ("killed", 3, "russia", False),
        ],
    ),
    (  # a period that ranks the incident ("the third within a week") is no tally
        "قتل شاب برصاص مجهولين في بلدة ذيبان، وهو الثالث الذي يقتل في البلدة خلال أسبوع. "
        "وقتل عنصر من قسد في بلدة الصور، في حادثة هي الثانية من نوعها خلال الشهر الجاري.",
        [("killed", 1, "civilians", False), ("killed", 1, "sdf", False)],
    ),
    (  # ... nor when an earlier incident is told after it; but "together" over the period is
        "ويعتبر هذا الهجوم الثاني من نوعه خلال 10 أيام، بعد مقتل 6 رعاة بانفجار لغم. "
        "وتعد هذه العملية الرابعة من نوعها خلال الشهر الجاري، والتي أسفرت مجتمعة عن مقتل 5 "
        "قياديين في التنظيم.",
        [("killed", 6, "civilians", False), ("killed", 5, "isis", True)],
    ),
    (  # the mother of the children counted ("والدتهما") is counted too
        "قضى طفلان وأصيبت والدتهما بانفجار قنبلة من مخلفات الحرب.",
        [("killed", 2, "civilians", False), ("wounded", 1, "civilians", False)],
    ),  # and, since round nineteen, a civilian: no side is named but the war remnants'
    (  # periods: a number of months, a span between two months
        "قتل 12 شخصاً في ريف دير الزور خلال ستة أشهر. وقتل 71 شخصاً قتلوا في 58 عملية اغتيال "
        "في ريف دير الزور بين مطلع كانون الثاني ونهاية حزيران 2021، هم 31 من عناصر قسد، و40 "
        "مدنياً.",
        [
            ("killed", 12, "unknown", True),
            ("killed", 71, "mixed", True),
            ("killed", 31, "sdf", True),
            ("killed", 40, "civilians", True),
        ],
    ),
    (  # the deadliest month is a month's tally
        "وكان أيار الشهر الأكثر دموية بـ17 قتيلاً، فيما سجّل كانون الثاني أدنى حصيلة بستة قتلى.",
        [("killed", 17, "unknown", True), ("killed", 6, "unknown", True)],
    ),
    (  # the dead of an attacked checkpoint are the checkpoint's side
        "هاجم مسلحون حاجزاً للأسايش على مدخل بلدة الشحيل، فقتلوا عنصرين وأصابوا ثالثاً.",
        [("killed", 2, "sdf", False), ("wounded", 1, "sdf", False)],
    ),
    (  # "يعدمون"; a hostage released is no capture
        "خاطفون يعدمون تاجر مواشٍ في بادية دير الزور. وأفرج الخاطفون، مساء الجمعة، عن أحد "
        "المخطوفين، وهو فتى في السادسة عشرة من عمره.",
        [("executed", 1, "civilians", False)],
    ),
    (  # an execution shown by the body, told far after it
        'عثر رعاة أغنام، صباح اليوم، على جثة الشاب "محمود عبد الكريم الحسين" (34 عاماً)، وهو '
        "تاجر مواشٍ من أبناء بلدة الشولا جنوبي دير الزور، مرمية على جانب طريق دير الزور – تدمر، "
        "على بعد نحو 40 كيلومتراً جنوب غرب مدينة دير الزور، وعليها آثار طلقات نارية في الرأس "
        "والصدر، ما يشير إلى إعدامه على يد خاطفيه.",
        [("executed", 1, "civilians", False)],
    ),
    (  # "الأسر النازحة" are displaced families, no captivity
        "ووزعت 1,350 سلة طوارئ على الأسر النازحة حديثاً في دير الزور. وقتل 3 جنود وأسر ضابط.",
        [("killed", 3, "government", False), ("captured_or_abducted", 1, "government", False)],
    ),
    (  # "another leader in the group" is of the group named after it
        "وقتلت ضربة أمريكية قبل أربعة أشهر قيادياً آخر في التنظيم قرب مدينة الباب.",
        [("killed", 1, "isis", False)],
    ),
]


BEFORE_SIXTEENTH_ROUND = [  # found by probing before round sixteen was scored
    (  # the fate of a bare number ("مصير 6 مجهولاً") is missing
        "ولا يزال مصير 6 مجهولاً.",
        [("missing", 6, "unknown", False)],
    ),
    (  # two bodies ("جثتي") count two, whatever the number of the noun after
        "وانتشلت فرق الدفاع المدني جثتي مدنيين من تحت الأنقاض.",
        [("killed", 2, "civilians", False)],
    ),
    (  # wounded counted by a noun who died of their wounds are dead
        "ارتفع عدد القتلى إلى 9 بعد وفاة جريحين متأثرين بإصابتهما.",
        [("killed", 9, "unknown", False), ("killed", 2, "unknown", False)],
    ),
    (  # axis wording: defenders of the shrines are Iran's side, takfiris are the group
        "ارتقاء 4 من المدافعين عن المقدسات في هجوم. وتمكن المقاتلون من قتل 7 من التكفيريين.",
        [("killed", 4, "iran_backed", False), ("killed", 7, "isis", False)],
    ),
    (  # a court's sentence is no death
        "وحكمت المحكمة بالإعدام على 4 من أفراد الخلية وبالسجن المؤبد على 3 آخرين.",
        [],
    ),
    (  # a plural verb right after the number
        "وأشارت الحصيلة إلى أن 23 طفلاً قتلوا و41 أصيبوا منذ بداية العام.",
        [("killed", 23, "civilians", True), ("wounded", 41, "civilians", True)],
    ),
    (  # the subject of "خسر" lost them
        "وخسر الحرس الثوري منذ تدخله في سوريا عام 2013 أكثر من 2100 مقاتل.",
        [("killed", 2100, "iran_backed", True)],
    ),
]


SIXTEENTH_ROUND_RULES = [
    (  # one still missing ("لا يزال عنصر ثالث ... مفقوداً"), and "حتى الآن" after it is no period
        "بلغت الحصيلة 13 قتيلاً، بعدما تعرض رتل لكمين أسفر عن مقتل عنصرين، فيما لا يزال عنصر "
        "ثالث من الرتل مفقوداً حتى الآن.",
        [
            ("killed", 13, "unknown", False),
            ("killed", 2, "unknown", False),
            ("missing", 1, "unknown", False),
        ],
    ),
    (  # the risen toll of an attack is its victims', not the attackers' counted last
        "قُتل سبعة عناصر من قوات النظام في هجوم لداعش على حاجز. وأضاف المصدر أن اثنين من "
        "المهاجمين قُتلا خلال الاشتباك. وارتفعت حصيلة قتلى الهجوم إلى 11 عنصراً.",
        [
            ("killed", 7, "government", False),
            ("killed", 2, "isis", False),
            ("killed", 11, "government", False),
        ],
    ),
    (  # a day told in a relative clause after the tally dates something else
        "وقال مصدر إن الوحدات نفذت منذ مطلع آب الجاري 6 عمليات، أسفرت عن تحييد 19 إرهابياً، "
        "ضمن الحملة التي أطلقتها الوزارة في الخامس عشر من تموز.",
        [("killed", 19, "isis", True)],
    ),
    (  # how long the watching lasted is no period of the figure
        "وأسفرت العملية، التي جاءت بعد رصد ومتابعة استخباراتية استمرت 3 أسابيع، عن مقتل ثمانية "
        "من عناصر الخلية.",
        [("killed", 8, "isis", False)],
    ),
    (  # "شهيدين" after "اثنان" restates the two
        "وقد ارتقى اثنان من جنودنا شهيدين وأُصيب 4 آخرون.",
        [("killed", 2, "unknown", False), ("wounded", 4, "unknown", False)],
    ),
    (  # "اثنين" after "وإصابة" is another count, not the two martyrs again
        "وأسفر الهجوم عن ارتقاء شهيدين وإصابة اثنين.",
        [("killed", 2, "unknown", False), ("wounded", 2, "unknown", False)],
    ),
    (  # "عناصر اللواء" is the brigade named before; "الحزب" the party named before
        'كمين لسيارة تابعة لـ"لواء الباقر" في بادية الميادين. 3 قتلى من عناصر اللواء، ونُقلت '
        "جثثهم إلى الميادين. وقصفت طائرات حزب الله مواقع. وفي معركة تدمر، خسر الحزب 26 مقاتلاً "
        "خلال أقل من ثلاثة أسابيع.",
        [("killed", 3, "iran_backed", False), ("killed", 26, "iran_backed", True)],
    ),
    (  # none so far is no period; from a month to a year's end is one
        "إصابة عنصرين، ولا قتلى حتى اللحظة. ووثّق المرصد مقتل 312 عنصراً من الميليشيات الموالية "
        "لإيران بين آذار 2019 ونهاية 2023.",
        [("wounded", 2, "unknown", False), ("killed", 312, "iran_backed", True)],
    ),
    (  # one of the wounded or abducted told of is no new count, unless by condition
        "استغرقت عملية إنقاذ أحد المصابين ساعتين. وقالت زوجة أحد المخطوفين، إنها لا تعرف شيئاً. "
        "وأفاد بأن أحد المصابين في حالة حرجة.",
        [("wounded", 1, "unknown", False)],
    ),
    (  # the victims' kin met are unharmed; kin abducted are counted
        "قابلت المنظمة 28 شخصا من أقارب المخطوفين. وخطف التنظيم 5 من أقارب القتلى.",
        [("captured_or_abducted", 5, "civilians", False)],
    ),
    (  # the execution shown by one body is that one's, not the two killed before
        "انفجرت عبوة بحافلة ما أدى إلى مقتل عاملين اثنين، وخطف مسلحون ثلاثة رعاة قبل أن يعثر على "
        "جثة أحدهم وعليها آثار طلق ناري في الرأس، ما يشير إلى إعدامه.",
        [
            ("killed", 2, "civilians", False),
            ("captured_or_abducted", 3, "civilians", False),
            ("executed", 1, "civilians", False),
        ],
    ),
    (  # a toll over several attacks is a total
        "نسب القرار إلى الخلية التسبب بمقتل عشرة أشخاص، هم سبعة من عناصر الأمن العام وثلاثة "
        "مدنيين، في أربع عمليات.",
        [
            ("killed", 10, "mixed", True),
            ("killed", 7, "government", True),
            ("killed", 3, "civilians", True),
        ],
    ),
]

BEFORE_SEVENTEENTH_ROUND = [  # found by probing before round seventeen was scored
    (  # a bare year is a year's total ("12 شخصاً عام 2017", "بين 2011 و2020")
        "وأعدمت الجماعة ما لا يقل عن 12 شخصاً عام 2017، فيما تعرض 230 آخرون للاختفاء القسري "
        "بين 2011 و2020.",
        [("executed", 12, "civilians", True), ("missing", 230, "civilians", True)],
    ),
    (  # but not the year of a month, a season or a birth, nor a year in a sentence with its day
        "قُتل عنصران انضما إلى الأمن العسكري بعد اتفاق التسوية عام 2018، مساء أمس الأربعاء، "
        "في بلدة المزيريب.",
        [("killed", 2, "government", False)],
    ),
    (  # enforced disappearance is missing
        "ووثقت المنظمة 230 مختفياً قسرياً في سجون قسد.",
        [("missing", 230, "unknown", False)],
    ),
    (  # "، أحد وجهاء العشيرة" describes the one counted and gives his side
        "أقدم مسلحون مجهولون على اغتيال الشيخ حميد الهفل، أحد وجهاء عشيرة العكيدات، مساء "
        "الثلاثاء، أمام منزله.",
        [("killed", 1, "civilians", False)],
    ),
    (  # "our forces" after a colon are the speaker's
        "مصدر في قسد: مقتل عنصرين من قواتنا وإصابة خمسة خلال صد هجوم مسلحي العشائر.",
        [("killed", 2, "sdf", False), ("wounded", 5, "sdf", False)],
    ),
]

SEVENTEENTH_ROUND_RULES = [
    (  # people held, then put to death, are executed ("من المعتقلين ... أُعدموا", "أُعدم ...")
        "وما بين 5,000 و13,000 من المعتقلين المدنيين أُعدموا شنقاً في سجن صيدنايا.",
        [("executed", 5000, "civilians", True)],
    ),
    (
        "وأُعدم ما بين 5,000 و13,000 من المعتقلين المدنيين شنقاً في سجن صيدنايا.",
        [("executed", 5000, "civilians", True)],
    ),
    (
        "وسُجّل ما لا يقل عن 200 من الجنود وعناصر القوات الحكومية الأسرى الذين أُعدموا "
        "جماعياً قرب تدمر.",
        [("executed", 200, "government", False)],
    ),
    (  # "أُخفي 17 منهم قسراً": disappeared
        "واعتقلت قوات الأمن 62 شخصاً من العائدين، أُخفي 17 منهم قسراً.",
        [("captured_or_abducted", 62, "unknown", False), ("missing", 17, "government", False)],
    ),
    (  # a 24-hour toll is a total, and the hours between the verb and its object are no count
        "وقتل خلال الساعات الـ24 الماضية 19 عنصراً.",
        [("killed", 19, "unknown", True)],
    ),
    (  # "توزعت حصيلة الضحايا": a total's breakdown
        "وبحسب التقرير، توزعت حصيلة الضحايا على النحو التالي: قتلت قوات النظام 21 مدنياً.",
        [("killed", 21, "civilians", True)],
    ),
]

BEFORE_EIGHTEENTH_ROUND = [  # found by probing before round eighteen was scored
    (  # a bare number told for another year, its noun left out
        "ووثق المرصد مقتل 45 مدنياً برصاص قوات النظام خلال عام 2023، مقابل 18 في 2022 و61 في 2019.",
        [
            ("killed", 45, "civilians", True),
            ("killed", 18, "civilians", True),
            ("killed", 61, "civilians", True),
        ],
    ),
    (
        "وبلغ عدد قتلى التنظيم 412 في عام 2016 قبل أن يتراجع إلى 103 في عام 2017.",
        [("killed", 412, "isis", True), ("killed", 103, "isis", True)],
    ),
    (  # and for another month
        "وقتل 12 عنصراً من قوات النظام في آذار، و9 في نيسان.",
        [("killed", 12, "government", False), ("killed", 9, "government", False)],
    ),
    (  # but a number with a verb of its own between is not the same count
        "وقتل 12 عنصراً من قوات النظام في آذار، واستهدفت 9 في نيسان.",
        [("killed", 12, "government", False)],
    ),
]


EIGHTEENTH_ROUND_RULES = [
    (  # a 24-hour window is a total, though SOHR "رصد" it and a comma sets it apart
        "رصد المرصد السوري، خلال الساعات الـ24 الماضية، مقتل 7 عناصر من قوات النظام، وإصابة 5 "
        "آخرين بجروح.",
        [("killed", 7, "government", True), ("wounded", 5, "government", True)],
    ),
    (  # and the window is no day that dates the figure
        "ونفذ الطيران الروسي خلال الساعات الـ24 الماضية 17 ضربة على مواقع التنظيم، ما أسفر عن "
        "مقتل 35 مسلحاً.",
        [("killed", 35, "isis", True)],
    ),
    (  # an item of a list is an incident of its own: no side carried from the item before
        "وأبرز الحوادث:\n- الخميس: مقتل ستة من عناصر التنظيم بغارات روسية.\n- بادية آراك: 3 قتلى.",
        [("killed", 6, "isis", False), ("killed", 3, "unknown", False)],
    ),
    (
        '- الاثنين: أسر التنظيم 4 عناصر من "الدفاع الوطني"، وعُثر على جثة أحدهم في اليوم '
        'التالي.\n- الثلاثاء: الشولا – 3 قتلى و7 جرحى من "لواء فاطميون" بانفجار عبوة.',
        [
            ("captured_or_abducted", 4, "government", False),
            ("killed", 1, "government", False),
            ("killed", 3, "iran_backed", False),
            ("wounded", 7, "iran_backed", False),
        ],
    ),
    (  # a relative clause between the count and the charge of membership
        "واعتقل الأمن العسكري 11 شخصاً في بلدة الكوم، التي يقطنها نحو ثلاثة آلاف نسمة، بتهمة "
        "الانتماء إلى التنظيم.",
        [("captured_or_abducted", 11, "isis", False)],
    ),
    (  # a week told from one day to another is a period; civilians among the sides: mixed
        "وشهدت البادية خلال الأسبوع الممتد من 1 حتى 7 من نيسان الحالي تسع حوادث أمنية، قتل فيها "
        '20 شخصاً على الأقل، بين عسكريين ومدنيين وعناصر من تنظيم "الدولة الإسلامية".',
        [("killed", 20, "mixed", True)],
    ),
    (  # a truffle season is a period; "غالبيتهم من المدنيين": civilians among others
        "وكان موسم الكمأة الماضي قد شهد مقتل 162 شخصاً على الأقل، غالبيتهم من المدنيين.",
        [("killed", 162, "mixed", True)],
    ),
    (  # an age between the person and the verb of their fate
        "وتحاول فرق البحث العثور على فتى في الـ14 من عمره فُقد أثره بعد الانفجار.",
        [("missing", 1, "civilians", False)],
    ),
    (  # a report whose headline names a quarter: its figures are totals unless a day is told
        "نشاط داعش في البادية خلال الربع الأول من عام 2024\n\nوقُتل 48 عنصراً من قوات النظام، "
        "فيما أصيب 60 آخرون. وفي 17 آذار، قُتل ثلاثة رعاة بانفجار لغم.",
        [
            ("killed", 48, "government", True),
            ("wounded", 60, "government", True),
            ("killed", 3, "civilians", False),
        ],
    ),
    (  # the period's edges are no day; "من مختلف الأطراف" with civilians among them: mixed
        "الإحاطة الفصلية: نشاط داعش خلال الربع الأول من عام 2024\n\nتغطي الإحاطة الفترة "
        "الممتدة من 1 كانون الثاني حتى 31 آذار 2024، وقد أسفرت العمليات عن مقتل 143 شخصاً من "
        "مختلف الأطراف، بينهم 19 مدنياً.",
        [("killed", 143, "mixed", True), ("killed", 19, "civilians", True)],
    ),
    (  # "في حادثة واحدة" is an aside between the verb and its object
        "كما اختُطف، في حادثة واحدة مطلع آذار، ٤ من جامعي الكمأة لا يزال مصيرهم مجهولاً.",
        [("captured_or_abducted", 4, "civilians", False)],
    ),
    (  # the items of a list opening with a count break down the figure that announced it
        "ووثّق المرصد مقتل 541 شخصاً، توزعوا على النحو الآتي:\n- 283 من عناصر قوات النظام.\n"
        "- 70 مدنياً، بينهم 11 طفلاً.",
        [
            ("killed", 541, "mixed", False),
            ("killed", 283, "government", False),
            ("killed", 70, "civilians", False),
            ("killed", 11, "civilians", False),
        ],
    ),
    (  # a bare count after a figure of its sentence is of that figure's side
        "وأصيب اثنان من الرعاة بانفجار لغم. وأسفرت الهجمات عن مقتل 8 عناصر من قوات النظام وجرح "
        "أربعة.",
        [
            ("wounded", 2, "civilians", False),
            ("killed", 8, "government", False),
            ("wounded", 4, "government", False),
        ],
    ),
]


BEFORE_NINETEENTH_ROUND = [  # found by probing the set before round nineteen was scored
    (  # a headline figure told again far down the body shares its side
        "مخلفات الحرب تقتل 43 مدنياً في دير الزور منذ مطلع العام\n\nقال مسؤول في الدفاع المدني إن "
        "الفرق تعمل بلا توقف. وأضاف أن الألغام منتشرة في الحقول. وأشار إلى نقص المعدات. ودعا "
        "الأهالي إلى الحذر. وأوضح أن الفرق وثقت منذ مطلع العام مقتل 43 شخصاً بانفجار ألغام في "
        "المحافظة.",
        [("killed", 43, "civilians", True), ("killed", 43, "civilians", True)],
    ),
    (  # people killed by a mine with no side named are civilians (an incident, not a total)
        "قُتل أربعة أشخاص وأصيب ثلاثة آخرون بانفجار لغم أرضي أثناء بحثهم عن الكمأة في بادية تدمر.",
        [("killed", 4, "civilians", False), ("wounded", 3, "civilians", False)],
    ),
    (
        "ووثق الدفاع المدني خلال عام 2024 مقتل 112 شخصاً بانفجار مخلفات الحرب في المحافظة.",
        [("killed", 112, "unknown", True)],
    ),
    (  # "others" take the side the figure before them gets only from the headline
        "مقتل ستة من جامعي الكمأة بانفجار لغم في البادية\n\nقُتل ستة أشخاص، بينهم ثلاثة أطفال، "
        "وأصيب أربعة آخرون بجروح، الأحد، جراء انفجار لغم بسيارتهم في بادية تدمر، وفق المرصد.",
        [
            ("killed", 6, "civilians", False),
            ("killed", 6, "civilians", False),
            ("killed", 3, "civilians", False),
            ("wounded", 4, "civilians", False),
        ],
    ),
]

NINETEENTH_ROUND_RULES = [
    (  # the side that owns the targeted vehicle or post
        "استهدفت طائرة مسيّرة، فجر اليوم، سيارة لميليشيا حزب الله في البوكمال، ما أسفر عن مقتل 5 "
        "عناصر.",
        [("killed", 5, "iran_backed", False)],
    ),
    (
        "وانفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد قرب البصيرة، ما أدى إلى مقتل عنصرين وإصابة "
        "ثلاثة آخرين.",
        [("killed", 2, "sdf", False), ("wounded", 3, "sdf", False)],
    ),
    (  # 'لميليشيا "لواء فاطميون"': a feminine head after a proclitic
        'وهاجم عناصر التنظيم نقطة لميليشيا "لواء فاطميون" في محيط الشولا، وقتلوا 3 من عناصرها.',
        [("killed", 3, "iran_backed", False)],
    ),
    (  # members "من أبناء المدينة": where they come from, not civilians
        "واستهدفت مسيرة مقراً للحرس الثوري في الميادين، ما أسفر عن مقتل عنصرين من أبناء المدينة.",
        [("killed", 2, "iran_backed", False)],
    ),
    (  # a sub-count with no side of its own is of its total's side, whoever attacked
        "ونفذت قوات التحالف بمشاركة قسد إنزالاً في الطيانة، اعتقلت خلاله 5 أشخاص تتهمهم بالانتماء "
        "لخلايا التنظيم، بينهم قيادي.",
        [("captured_or_abducted", 5, "isis", False), ("captured_or_abducted", 1, "isis", False)],
    ),
    (  # a backer is not the side whose members were killed
        'واستهدف التنظيم حافلة تقل عناصر من ميليشيا "لواء القدس" المدعومة من روسيا، ما أدى إلى '
        "مقتل أربعة من عناصرها.",
        [("killed", 4, "government", False)],
    ),
    (
        "وقتل 3 عناصر من ميليشيا حيدريون بغارة على سيارتهم قرب الصالحية.",
        [("killed", 3, "iran_backed", False)],
    ),
    (  # periods: last year's season, a month "وحده", a 24-hour tally in a headline
        "وكان موسم العام الماضي قد شهد مقتل 240 شخصاً في البادية.",
        [("killed", 240, "unknown", True)],
    ),
    (
        "وقالت القيادة إنها نفذت في ديسمبر (كانون الأول) وحده 11 عملية قتلت فيها 6 عناصر من "
        "التنظيم.",
        [("killed", 6, "isis", True)],
    ),
    ("حصيلة 24 ساعة.. مقتل 8 أشخاص في البادية السورية", [("killed", 8, "unknown", True)]),
    (  # a 24-hour window at the end of the sentence; the day named is the day it was told
        "وأعلنت وزارة الدفاع الروسية، الخميس، أن طائراتها قضت على 35 إرهابياً ودمرت 4 مخابئ، بينها "
        "مستودع، خلال الساعات الـ24 الماضية.",
        [("killed", 35, "isis", True)],
    ),
    (  # a sub-count told as one attack is an incident of the total
        "وشهد موسم العام الماضي مقتل 240 شخصاً، بينهم 53 قُتلوا في هجوم واحد قرب السخنة.",
        [("killed", 240, "unknown", True), ("killed", 53, "unknown", False)],
    ),
    (  # one person told by a relative clause ("الذي قُتل في الكمين"), or by "فيها" and a title
        "وشيّعت قوات النظام، اليوم، في مدينة جبلة، الملازم أول علي حسن، الذي قُتل في الكمين.",
        [("killed", 1, "government", False)],
    ),
    (
        'واعتقلت الوحدات ستة آخرين من التنظيم، بينهم متزعم الخلية المدعو "أبو حفص"، الذي أصيب '
        "خلال الاشتباك.",
        [
            ("captured_or_abducted", 6, "isis", False),
            ("captured_or_abducted", 1, "isis", False),
            ("wounded", 1, "unknown", False),
        ],
    ),
    (
        "وتعيد العملية إلى الأذهان عملية الإنزال في بلدة أطمة، التي قُتل فيها زعيم التنظيم آنذاك.",
        [("killed", 1, "isis", False)],
    ),
    (  # "ما أدى إلى مقتله" after a member of a council named in apposition
        'اغتال مسلحون مجهولون، مساء الأربعاء 12 تشرين الأول، المدعو "خليل العبد الله"، عضو المجلس '
        'المحلي لبلدة ذيبان التابع لـ"الإدارة الذاتية"، بإطلاق النار عليه أمام منزله في البلدة، ما '
        "أدى إلى مقتله على الفور.",
        [("killed", 1, "sdf", False)],
    ),
    (  # "ومن بين القتلى 9": a part of the dead, with a side of its own; "others" are the total's
        "وقتل 41 عنصراً من قوات النظام، ومن بين القتلى 9 من الميليشيات الموالية لإيران، فيما أصيب "
        "26 آخرون.",
        [
            ("killed", 41, "government", False),
            ("killed", 9, "iran_backed", False),
            ("wounded", 26, "government", False),
        ],
    ),
    (
        "كما عثر أهالٍ على جثتي راعيي أغنام في البادية المحيطة ببلدة كباجب.",
        [("killed", 2, "unknown", False)],
    ),
    (  # most of them civilians by trade, past a soldiers' sub-count: mixed
        "وكان هجوم قد أودى بحياة 53 شخصاً، بينهم 7 عسكريين، وكان معظمهم من جامعي الكمأة، قرب "
        "مدينة السخنة.",
        [("killed", 53, "mixed", False), ("killed", 7, "government", False)],
    ),
    (  # "آخر جيب": the last of a thing, nobody counted
        "ويبدو أن التنظيم، الذي خسر آخر جيب له في بلدة الباغوز، يحاول استثمار المرحلة.",
        [],
    ),
    (  # a total announcing a list whose items add up to it takes its sides from them
        # (the items are told as the total goes on here; ``extract_article_events`` makes
        # each item with a place of its own an incident)
        "رصد المرصد مقتل 5 أشخاص في مناطق متفرقة، وفق التالي:\n- قتل عنصران من الأمن الداخلي "
        "بهجوم في بادية السخنة.\n- قتل 3 من عناصر التنظيم بكمين في بادية تدمر.",
        [
            ("killed", 5, "both_sides", True),
            ("killed", 2, "government", True),
            ("killed", 3, "isis", True),
        ],
    ),
]


BEFORE_TWENTIETH_ROUND = [  # found from round nineteen's misses before round twenty was scored
    (  # "الاثنين الآخرين": the other two, not Monday
        "واختطف مسلحون خمسة رعاة، أُطلق سراح ثلاثة منهم، فيما لا يزال مصير الاثنين الآخرين مجهولاً.",
        [
            ("captured_or_abducted", 5, "civilians", False),
            ("missing", 2, "civilians", False),
        ],  # the three released are no casualty figure
    ),
    (  # "أسر" with its subject after it is the verb; the captives take the side told before
        "وقُتل 12 عنصراً من قوات النظام، وأسر المهاجمون عنصرين واقتادوهما إلى جهة مجهولة.",
        [("killed", 12, "government", False), ("captured_or_abducted", 2, "government", False)],
    ),
    (  # foes joined by "ومن مقاتلي": both sides
        "قُتل 16 عنصراً من القوات السورية والمسلحين الموالين لها ومن مقاتلي تنظيم «داعش»، في "
        "مواجهات في بادية الرصافة.",
        [("killed", 16, "both_sides", False)],
    ),
    (  # "منذ سقوط نظام الأسد في 8 ...": the day a period began dates no incident
        "قُتل 41 عنصراً من الجيش في هجمات في البادية السورية، منذ سقوط نظام الأسد في 8 من كانون "
        "الأول 2024.",
        [("killed", 41, "government", True)],
    ),
]

TWENTIETH_ROUND_RULES = [
    (  # "نيسان/أبريل": one month written twice, the bare numbers are other months' totals
        "قتل التنظيم خلال أيار/مايو الماضي 58 عنصراً من قوات النظام، مقابل 36 في نيسان/أبريل و29 في "
        "آذار/مارس.",
        [
            ("killed", 58, "government", True),
            ("killed", 36, "government", True),
            ("killed", 29, "government", True),
        ],
    ),
    (  # one attack told them; the period after is the trend's
        "فالهجوم الذي أدى إلى مقتل 12 عنصراً من قوات النظام، وإصابة 8 آخرين، جاء تتويجاً لمسار "
        "تصاعدي بدأه التنظيم منذ مطلع العام.",
        [("killed", 12, "government", False), ("wounded", 8, "government", False)],
    ),
    (
        "وتشير الأرقام إلى أن حصيلة الأشهر الخمسة الأولى من العام الحالي تجاوزت 190 قتيلاً في "
        "صفوف قوات النظام.",
        [("killed", 190, "government", True)],
    ),
    (
        "وقُتل الجنرال الروسي فياتشيسلاف غلادكيخ بانفجار عبوة ناسفة بدورية روسية قرب دير الزور.",
        [("killed", 1, "russia", False)],
    ),
    (  # "أحدهما قيادي": a part of a kind of its own, like "أحدهما طفل"
        'وقُتل عنصران من ميليشيا "لواء فاطميون"، أحدهما قيادي ميداني يُعرف بـ"أبو ذر"، بانفجار عبوة.',
        [("killed", 2, "iran_backed", False), ("killed", 1, "iran_backed", False)],
    ),
    (  # "برتبة نقيب وملازم": the ranks of the two officers, no third person
        "وقُتل 7 عناصر من قوات النظام، بينهم ضابطان برتبة نقيب وملازم.",
        [("killed", 7, "government", False), ("killed", 2, "government", False)],
    ),
    (  # gunmen killed are of the armed group the text names, not of the side they planned to hit
        'قصف الطيران الروسي مخابئ لتنظيم "داعش" في جبل البشري، ما أدى إلى مقتل 17 مسلحاً، بينهم '
        "قيادي مسؤول عن التخطيط لهجمات على نقاط الجيش السوري.",
        [("killed", 17, "isis", False), ("killed", 1, "isis", False)],
    ),
    (  # the day a tally was published dates no figure of the month it covers
        "نشر المركز الإعلامي لقوات سوريا الديمقراطية، اليوم السبت، حصيلة عملياته ضد خلايا داعش "
        'خلال شهر كانون الثاني، وجاء فيها أن "قواتنا قبضت على 58 مرتزقاً، ومقتل 11 آخرين".',
        [("captured_or_abducted", 58, "isis", True), ("killed", 11, "isis", True)],
    ),
    (  # SDF wording: "مرتزقة" are ISIS's, "قبض على" is a capture
        '"قسد" والتحالف يقبضان على 3 مرتزقة من داعش في الشحيل. وقبضت قوات سوريا الديمقراطية، '
        "أمس، على مرتزقين اثنين في ذيبان، ومقتل مرتزق آخر.",
        [
            ("captured_or_abducted", 3, "isis", False),
            ("captured_or_abducted", 2, "isis", False),
            ("killed", 1, "isis", False),
        ],
    ),
    (  # "قُتل في الهجوم عنصر": the incident named between the verb and its subject
        'وقُتل خمسة عناصر من قوات النظام بهجوم قرب الكوم. كما قُتل في الهجوم عنصر من ميليشيا "لواء '
        'فاطميون".',
        [("killed", 5, "government", False), ("killed", 1, "iran_backed", False)],
    ),
    (  # a person named after a noun in construct, past the subject
        'وأعدم عناصر من تنظيم "الدولة" راعي أغنام يُدعى محمد العلي رمياً بالرصاص.',
        [("executed", 1, "civilians", False)],
    ),
    (  # a headline tally after "..": "وحصيلة ضحايا" with its conjunction
        "مقتل 7 من جامعي الكمأة بانفجار لغم.. وحصيلة ضحايا الموسم ترتفع إلى 63",
        [("killed", 7, "civilians", False), ("killed", 63, "unknown", True)],
    ),
    (  # released people whose abduction is told only in a relative clause
        "وأفرجت خلايا التنظيم، أمس، عن أربعة رعاة كانت اختطفتهم يوم الثلاثاء، وأفرجت عن ثلاثة "
        "عمال.",
        [("captured_or_abducted", 4, "civilians", False)],
    ),
    (  # a dual noun opening a list item, its verb after the party
        "ووثق المرصد الخسائر التالية:\n- عنصران من «قوات سوريا الديمقراطية» قتلا بهجوم على نقطة.\n"
        "- عنصران من القوات الروسية أصيبا بجروح جراء انفجار لغم.",
        [("killed", 2, "sdf", False), ("wounded", 2, "russia", False)],
    ),
    (  # items with no side of their own take the side their announcing sentence names
        "وتوزع قتلى قوات النظام على المحافظات على النحو الآتي:\n- بادية حمص الشرقية: 29 قتيلاً.\n"
        "- بادية الرقة: 13 قتيلاً.",
        [("killed", 29, "government", True), ("killed", 13, "government", True)],
    ),
    (  # the body of the one executed just before: that execution told again
        "اختطف مسلحون ثلاثة مدنيين من بلدة ذيبان، قبل أن يعدموا أحدهم رمياً بالرصاص. وعثر أهالٍ "
        "صباح الإثنين على جثة الشاب أحمد العلي على أطراف البلدة.",
        [
            ("captured_or_abducted", 3, "civilians", False),
            ("executed", 1, "civilians", False),
            ("executed", 1, "civilians", False),
        ],
    ),
]

BEFORE_TWENTY_FIRST_ROUND = [  # found from round twenty's misses before round 21 was scored
    (  # a plural verb closing an unframed breakdown is the total's too
        "- 14 مدنياً، بينهم 9 من جامعي الكمأة قتلوا بانفجار ألغام من مخلفات الحرب.",
        [("killed", 14, "civilians", False), ("killed", 9, "civilians", False)],
    ),
    (  # a longer framed breakdown, and "قد" before the verb
        "وكان 14 مدنياً، بينهم 9 من جامعي الكمأة، قد قتلوا بانفجار لغم في بادية السخنة.",
        [("killed", 14, "civilians", False), ("killed", 9, "civilians", False)],
    ),
]

TWENTY_FIRST_ROUND_RULES = [
    (  # helpers between the verb and its object do not count as its subject
        'قضت وحدات من الجيش بالتعاون مع القوات الرديفة على 9 إرهابيين من تنظيم "داعش" في بادية '
        "الميادين.",
        [("killed", 9, "isis", False)],
    ),
    (  # "إجمالي القتلى ... إلى 107": a tally noun
        "ليرتفع إجمالي القتلى في البادية خلال الشهر إلى 107.",
        [("killed", 107, "unknown", True)],
    ),
    (  # loyalist pages mourn their own; "فقط" after the numeral
        'في المقابل، نعت صفحات موالية على "فيسبوك" ثلاثة فقط من عناصر الحاجز.',
        [("killed", 3, "government", False)],
    ),
    (  # a tally over two allies, and "منهم" after it
        "وبهذه الخسائر ترتفع حصيلة قتلى قوات الأسد وميليشيات إيران في الشامية خلال الأسبوع "
        'الجاري إلى 19 قتيلاً، بحسب إحصائية "الفرات بوست"، بعد أن كانت الشبكة قد وثقت الشهر '
        "الماضي مقتل 37 عنصراً منهم في ريف دير الزور الشرقي.",
        [("killed", 19, "mixed", True), ("killed", 37, "mixed", True)],
    ),
    (  # "وأحد مرافقيه": one more person
        'أعلنت القيادة المركزية الأميركية مقتل قيادي بارز في تنظيم "داعش" وأحد مرافقيه خلال '
        "عملية إنزال.",
        [("killed", 1, "isis", False), ("killed", 1, "isis", False)],
    ),
    (  # two people named by their ranks, an age between them
        'ونعت صفحات موالية للنظام العقيد علي حسن سليمان (48 عاماً)، قائد كتيبة في "الفرقة 18"، '
        "والنقيب سامر يوسف ديب، وقالت إنهما قُتلا خلال التصدي لهجوم إرهابي.",
        [("killed", 1, "government", False), ("killed", 1, "government", False)],
    ),
    (  # "القوات الرديفة" are the army's auxiliaries, not the forces named before
        "نفذت القوات الأميركية غارات على البوكمال. ويأتي الهجوم بعد نحو أسبوعين من استشهاد ستة "
        "عناصر من القوات الرديفة للجيش السوري بانفجار عبوة ناسفة.",
        [("killed", 6, "government", False)],
    ),
    (  # a dual verb closes its clause: the wounded after it are a count of their own
        "وكان مقاتلان من قوات سوريا الديمقراطية قد استشهدا وأصيب 3 آخرون، يوم الخميس الماضي، إثر "
        "هجوم على نقطة عسكرية.",
        [("killed", 2, "sdf", False), ("wounded", 3, "sdf", False)],
    ),
    (  # the two told before, killed by a verbal noun with a dual pronoun
        'وجاء في البيان: "حاول مرتزقان من داعش الفرار وأطلقا النار على قواتنا، فتم الرد عليهما '
        'وقتلهما".',
        [("killed", 2, "isis", False)],
    ),
    (  # a relative clause framed by commas between the verb's subject and its object
        "اعتقلت قوى الأمن الداخلي في مخيم الهول، الذي يضم أكثر من 64 ألف شخص غالبيتهم من النساء "
        "والأطفال، 6 نساء بتهمة الانتماء لخلايا داعش.",
        [("captured_or_abducted", 6, "isis", False)],
    ),
    (  # "سابعاً": one more person; "السابع من نوعه": nobody
        "وتصدت القوات المرابطة في الموقع للهجوم وقتلت 6 من مسلحي داعش وأسرت سابعاً. ويعد هذا "
        "الاغتيال السابع من نوعه في ريف دير الزور منذ بداية آذار.",
        [("killed", 6, "isis", False), ("captured_or_abducted", 1, "isis", False)],
    ),
    (  # Al-Mayadeen's allies of the army
        "أفاد المراسل بارتقاء 4 شهداء من الجيش السوري والحلفاء في هجوم لداعش.",
        [("killed", 4, "mixed", False)],
    ),
    (  # ISIS's "مرتدي الـPKK" are the SDF
        'تبنّت "النبأ" اغتيال عنصر من "مرتدي الـPKK" بإطلاق النار عليه في بلدة ذيبان.',
        [("killed", 1, "sdf", False)],
    ),
    (  # put to death as a "spy" for a side: a civilian, by the set's convention
        'ونشر صوراً قال إنها لإعدام "جاسوس" بتهمة العمل لصالح التحالف الدولي.',
        [("executed", 1, "civilians", False)],
    ),
    (  # "القتلى اثنان": the dead are two
        '"داعش" يزعم "هلاك" 4 عناصر للنظام في بادية الميادين.. ومصادر "دير الزور 24": القتلى اثنان',
        [("killed", 4, "government", False), ("killed", 2, "government", False)],
    ),
    (  # "اقتيدوا": led away
        "وثلاثة عاملين في منظمة إغاثية اقتيدوا من مكتبهم في مدينة الطبقة.",
        [("captured_or_abducted", 3, "civilians", False)],
    ),
]


TWENTY_THIRD_ROUND_RULES = [
    (  # minutes of fighting are no period that makes the toll a total
        "22:28 | والاشتباكات مستمرة منذ نحو 15 دقيقة.\n22:40 | مصدر طبي: مقتل عنصرين من الأمن "
        "العام وإصابة 3 آخرين في الهجوم على الحاجز.",
        [("killed", 2, "government", False), ("wounded", 3, "government", False)],
    ),
    (  # where the mourning was posted stands between the verb and its number
        "نعت صفحات موالية للحكومة على مواقع التواصل الاجتماعي 7 عناصر، بينهم ضابط.",
        [("killed", 7, "government", False), ("killed", 1, "government", False)],
    ),
    (  # "نجله": his son
        "قضى راعي أغنام وأصيب نجله بجروح بليغة بانفجار لغم في بادية معدان.",
        [("killed", 1, "civilians", False), ("wounded", 1, "civilians", False)],
    ),
    (  # the two counted, then named: no third figure
        "استهدفت مسيرة منزلاً، ما تسبب بإصابة مدنيين اثنين، هما مزارع وابنه (13 عاماً)، بجروح.",
        [("wounded", 2, "civilians", False)],
    ),
    (  # a time framed by commas between "القبض" and "على"
        'ألقت الدوريات القبض، فجر اليوم الثلاثاء، على شخصين يشتبه بانتمائهما لخلية تابعة لتنظيم "داعش".',
        [("captured_or_abducted", 2, "isis", False)],
    ),
    (  # "وأوضحت الحصيلة": the tally goes on, whatever the clashes it names
        "نشر المركز حصيلة عملياته خلال شهر تموز المنصرم. وأوضحت الحصيلة أن العمليات أسفرت عن "
        "اعتقال 47 مرتزقاً، ومقتل 6 مرتزقة خلال الاشتباكات.",
        [("captured_or_abducted", 47, "unknown", True), ("killed", 6, "unknown", True)],
    ),
]


TWENTY_SECOND_ROUND_RULES = [
    (  # a quoted name after "ميليشيات" says whose militias
        'قُتل ١٢ عنصراً من ميليشيات "فاطميون" و"حزب الله" العراقي بهجوم للتنظيم.',
        [("killed", 12, "iran_backed", False)],
    ),
    (  # the attack's toll is its victims', not that of the attackers killed in between
        "قُتل سبعة عناصر من الجيش والأمن العام في هجوم لخلايا داعش على نقطتين. وقالت الوزارة "
        "إن قواتها قتلت أربعة من الإرهابيين. من جهته، قال المرصد إن حصيلة قتلى الهجوم بلغت 11 "
        "عنصراً، بينهم ضابط.",
        [
            ("killed", 7, "government", False),
            ("killed", 4, "isis", False),
            ("killed", 11, "government", False),
            ("killed", 1, "government", False),
        ],
    ),
    (  # "حصيلة قتلى الحاجز": the checkpoint's dead, not the attackers killed in between
        "قُتل ثلاثة عناصر من قسد بهجوم لداعش على حاجز. وقتلت القوات اثنين من المرتزقة. وتداولت "
        "شبكات محلية أن حصيلة قتلى الحاجز بلغت خمسة عناصر.",
        [("killed", 3, "sdf", False), ("killed", 2, "isis", False), ("killed", 5, "sdf", False)],
    ),
    (  # ISIS's "إهلاك" and its word for Shia militias
        'زعم التنظيم أن مقاتليه تمكنوا من "إهلاك ١٠ من عناصر الميليشيا الرافضية".',
        [("killed", 10, "iran_backed", False)],
    ),
    (  # the side that lost them, told before the verb
        'قال مصدر إن "الميليشيات الإيرانية خسرت خلال شهر شباط وحده أكثر من أربعين مقاتلاً".',
        [("killed", 40, "iran_backed", True)],
    ),
    (  # "وهو مدني" tells who the one after is, not the two before
        'انفجرت عبوة بسيارة تقل عناصر من ميليشيا "حزب الله" العراقي، ما أدى إلى مقتل عنصرين '
        "وإصابة سائق السيارة، وهو مدني من أبناء المنطقة.",
        [("killed", 2, "iran_backed", False), ("wounded", 1, "civilians", False)],
    ),
    (  # the officers among a foreign militia's dead are its own
        "قُتل تسعة عناصر من الحرس الثوري الإيراني، بينهم ضابطان، بكمين في محيط الميادين.",
        [("killed", 9, "iran_backed", False), ("killed", 2, "iran_backed", False)],
    ),
    (  # how long a man had worked is no period of the figures
        "قُتل الراعي حسين العيسى، الذي يرعى الغنم في هذه البادية منذ 20 سنة، بانفجار لغم أرضي.",
        [("killed", 1, "civilians", False)],
    ),
    (  # "one of the bloodiest nights in weeks" ranks the night, it opens no tally
        "شهدت قرى ريف دير الزور، ليل الاثنين، سلسلة من عمليات الاغتيال، في واحدة من أكثر "
        "الليالي دموية التي تشهدها المنطقة منذ أسابيع. وأطلق مسلحان النار على مختار بلدة "
        "ذيبان، ما أدى إلى مقتله.",
        [("killed", 1, "civilians", False)],
    ),
    (  # "دون الثامنة عشرة" is an age; the tally counts the shepherds, not their killers
        "ذكر المرصد أن عدد الرعاة الذين أعدمهم التنظيم بلغ ستة، بينهم فتى دون الثامنة عشرة.",
        [("executed", 6, "civilians", False), ("executed", 1, "civilians", False)],
    ),
    (  # "وقتلتهما": the two told before, killed by a verb with a dual pronoun
        'وأضاف البيان: "حاول مرتزقان الفرار باتجاه الحدود، فاشتبكت معهما قواتنا وقتلتهما".',
        [("killed", 2, "unknown", False)],
    ),
    (  # "استمرت المعارك نحو 10 أيام": a battle's totals
        "هاجم التنظيم سجن الصناعة مطلع عام 2022، حين استمرت المعارك نحو 10 أيام، واستشهد "
        "خلالها 121 من مقاتلي قوات سوريا الديمقراطية.",
        [("killed", 121, "sdf", True)],
    ),
    (  # a monthly statistic published today is still a month's total
        "وفي إحصائية شهرية نشرها المركز الإعلامي اليوم، أوضحت قوات سوريا الديمقراطية أنها "
        "نفذت 27 عملية أسفرت عن القبض على 84 مرتزقاً من داعش.",
        [("captured_or_abducted", 84, "isis", True)],
    ),
    (  # "four attacks in which five were killed": a total over several attacks
        'ادعى التنظيم تنفيذ أربعة هجمات "قُتل فيها خمسة من عناصر قسد".',
        [("killed", 5, "sdf", True)],
    ),
]


# rounds five to twenty-three: rules that failed on the blind batches ad* and later
TWENTY_FOURTH_ROUND_RULES = [
    (  # attackers counted take the side that attacked before them, not aircraft named after
        "هاجم مسلحو التنظيم نقطتين للقوات الحكومية في بادية الرصافة. وأفاد المرصد بأن الهجوم أسفر "
        "عن مقتل سبعة عسكريين، في حين قُتل ثلاثة من المهاجمين خلال اشتباكات استمرت نحو ثلاث ساعات، "
        "قبل أن تشنّ الطائرات الروسية أكثر من 15 غارة على محيط المنطقة.",
        [("killed", 7, "government", False), ("killed", 3, "isis", False)],
    ),
    (  # with no attacker named near, those who attacked the side counted last (not the raiders)
        "عاجل | دير الزور: مقتل 3 عناصر من الأمن العام بهجوم لخلايا داعش على حاجز في بادية الميادين "
        "فجر اليوم\n\n13:05\nدير الزور\nقيادة الأمن الداخلي في المحافظة تعلن القبض على 5 أشخاص "
        "بتهمة الانتماء لخلية تتبع لتنظيم داعش في مدينة الميادين.\n\n15:20\nتحديث | حاجز بادية "
        "الميادين\nارتفاع عدد قتلى الأمن العام إلى 4 بعد وفاة أحد الجرحى متأثراً بإصابته.\n"
        "مصدر أمني: مقتل اثنين من المهاجمين خلال الاشتباك.",
        [
            ("killed", 3, "government", False),
            ("captured_or_abducted", 5, "isis", False),
            ("killed", 4, "government", False),
            ("killed", 1, "government", False),
            ("killed", 2, "isis", False),
        ],
    ),
    (  # infiltrators are the attackers: their side is the one that tried to cross
        "أعلنت قيادة قوات الحدود أن قواتها أحبطت، فجر الأحد، محاولة تسلل لعناصر من داعش قادمين "
        "من الأراضي السورية باتجاه قضاء القائم، ما أسفر عن مقتل اثنين من المتسللين والقبض على ثالث.",
        [("killed", 2, "isis", False), ("captured_or_abducted", 1, "isis", False)],
    ),
    (  # allies joined by "و" before a verb of losing: one count over both
        "خسرت ميليشيات الأسد والميليشيات الإيرانية ما لا يقل عن 64 عنصراً في البادية منذ مطلع تموز.",
        [("killed", 64, "mixed", True)],
    ),
    (  # "موالٍ لإيران": the masculine form
        "قُتل أربعة عناصر من فصيل مسلح موالٍ لإيران بانفجار عبوة ناسفة.",
        [("killed", 4, "iran_backed", False)],
    ),
    (  # accused of membership, said after the place of arrest
        "اعتقلت وحدات الأمن الداخلي خمسة أشخاص في بادية الميادين متهمين بالانتماء إلى التنظيم.",
        [("captured_or_abducted", 5, "isis", False)],
    ),
    (  # "منذ السبت": a day, not a period
        "أكد مصدر في ميليشيا الدفاع الوطني فقدان الاتصال بعنصرين من الميليشيا منذ السبت أثناء مهمة استطلاع.",
        [("missing", 2, "government", False)],
    ),
    (  # "الأعنف منذ مقتل 23 جندياً": that earlier attack's own toll
        "ويُعدّ الهجوم الأعنف منذ مقتل 23 جندياً في كمين استهدف حافلة عسكرية في آب 2023.",
        [("killed", 23, "government", False)],
    ),
    (  # an outlet called «رصد البادية» is no watch that measures something else
        "ووثّق «رصد البادية» منذ مطلع حزيران الجاري مقتل 17 عنصراً من قوات النظام.",
        [("killed", 17, "government", True)],
    ),
]


TWENTY_SIXTH_ROUND_RULES = [
    (  # "توفي أربعة منهم" after the wounded: some of them died, told apart with their own count
        "استقبل المشفى مساء الأحد جثامين تسعة شهداء وعشرة مصابين، توفي أربعة منهم تباعاً متأثرين "
        "بجراحهم.",
        [("killed", 9, "unknown", False), ("wounded", 10, "unknown", False),
         ("killed", 4, "unknown", False)],
    ),
    (  # a tally's party is not the suspected perpetrator named past a comma
        "وقال المرصد إن عدد المختطفين بلغ 13 شخصاً، مرجحاً وقوف خلايا تنظيم داعش وراء العملية.",
        [("captured_or_abducted", 13, "civilians", False)],
    ),
    (  # the items after a colon take the status noun nearest it, not "الجرحى" further back
        "وفاة أحد عناصر الأمن العام الجرحى في تفجير الميادين، لترتفع الحصيلة إلى ٦ قتلى: أربعة "
        "عناصر من الأمن العام ومدنيان اثنان.",
        [("killed", 1, "government", False), ("killed", 6, "mixed", False),
         ("killed", 4, "government", False), ("killed", 2, "civilians", False)],
    ),
    (  # the police are the government's
        "أودى تفجير في 29 نيسان الماضي بحياة 4 عناصر من الشرطة.",
        [("killed", 4, "government", False)],
    ),
    (  # al-Naba's "الهالكين" are dead; "أحد المجاهدين" is the group's own; "مرتداً" one person
        "وقالت مصادر أعماق إن عدد الهالكين ارتفع إلى 26. وقُتل في الاشتباكات أحد المجاهدين، تقبله "
        "الله. ويوم الثلاثاء، اغتال مقاتلو الدولة الإسلامية مرتداً من ميليشيا PKK في بلدة الشحيل.",
        [("killed", 26, "unknown", False), ("killed", 1, "isis", False),
         ("killed", 1, "sdf", False)],
    ),
    (  # "مختار إحدى الحارات": the headman of one of the quarters, one person only
        "زعم التنظيم أن عناصره قتلوا مختار إحدى الحارات في بلدة الشحيل.",
        [("killed", 1, "civilians", False)],
    ),
]  # fmt: skip


TWENTY_EIGHTH_ROUND_RULES = [
    (  # "على مدار يومين": a two-day operation's results are its totals
        "أسفرت العملية الأمنية على مدار يومين في بلدة البصيرة عن مقتل ثلاثة من مرتزقة داعش "
        "والقبض على 11 آخرين.",
        [("killed", 3, "isis", True), ("captured_or_abducted", 11, "isis", True)],
    ),
    (  # duals without a numeral: "عضوين", "مقاتلتان"
        "ما أدى إلى استشهاد عضوين من قوات الأسايش.",
        [("killed", 2, "sdf", False)],
    ),
    (  # "مقاتلنا": the speaker's own fighter
        "وقالت قسد في بيان: خلال الاشتباكات في ذيبان، استشهد مقاتلنا جودي ذيبان، وأصيبت مقاتلتان "
        "من وحدات حماية المرأة بجروح طفيفة.",
        [("killed", 1, "sdf", False), ("wounded", 2, "sdf", False)],
    ),
    (  # "إضافة إلى ضابطين": one more item of the list, by a dual noun
        "وتُظهر القوائم أن بين القتلى 9 من ميليشيا فاطميون، و4 من حزب الله، إضافة إلى ضابطين من "
        "الحرس الثوري.",
        [
            ("killed", 9, "iran_backed", False),
            ("killed", 4, "iran_backed", False),
            ("killed", 2, "iran_backed", False),
        ],
    ),
    (  # "إضافة إلى" after a sub-count of one adds to the total, not to the nine
        "ما أسفر عن مقتل 9 من عناصر قوات النظام، بينهم ضابط برتبة ملازم أول، إضافة إلى عنصرين من "
        "الشرطة العسكرية الروسية.",
        [
            ("killed", 9, "government", False),
            ("killed", 1, "government", False),
            ("killed", 2, "russia", False),
        ],
    ),
    (  # a plural verb past one comma after the noun phrase; not one with an object
        "حصلت الصحيفة على قوائم تضم أسماء 23 عنصراً من الميليشيات، قُتلوا في هجمات للتنظيم. "
        "هاجم 23 مسلحاً من التنظيم، قتلوا 5 جنود، الحاجز.",
        [("killed", 23, "government", False), ("killed", 5, "government", False)],
    ),
    (  # "أحدهم فتى" far from its total; "أفرجوا عن اثنين منهم": released, no figure
        "أعدم تنظيم الدولة، يوم الأحد، ثلاثة رعاة أغنام من أبناء قرية الطيبة في بادية السخنة شرقي "
        'حمص، بتهمة "التخابر" مع جهاز الأمن العام، أحدهم فتى لم يتجاوز الخامسة عشرة من عمره. '
        "وخطف عناصر التنظيم 5 رعاة آخرين، ثم أفرجوا عن اثنين منهم مساء الاثنين.",
        [
            ("executed", 3, "civilians", False),
            ("executed", 1, "civilians", False),
            ("captured_or_abducted", 5, "civilians", False),
        ],
    ),
    (  # "منذ ذلك التاريخ وحتى ... 2024" between the verb and its counts
        "قتل التنظيم في البادية منذ ذلك التاريخ وحتى سقوط نظام بشار الأسد في الثامن من ديسمبر "
        "(كانون الأول) 2024 نحو 3960 من عناصر قوات النظام السابق، و240 من عناصر الميليشيات "
        "الموالية لإيران.",
        [("killed", 3960, "government", True), ("killed", 240, "iran_backed", True)],
    ),
    (  # "توزّع القتلى على": a total's breakdown; "الأشهر الأكثر دموية": months' totals
        "توزّع القتلى على 52 عنصراً من قسد، وتسعة من قوى الأمن الداخلي، و26 مدنياً.",
        [
            ("killed", 52, "sdf", True),
            ("killed", 9, "sdf", True),
            ("killed", 26, "civilians", True),
        ],
    ),
    (
        "جاء آذار في صدارة الأشهر الأكثر دموية، بـ31 هجوماً أوقعت 22 قتيلاً.",
        [("killed", 22, "unknown", True)],
    ),
    (  # "المواطن X": a civilian, though forces were killed just before
        "استشهد عضوان من قوات الأسايش، فيما أقدم المرتزقة في اليوم ذاته على قتل المواطن خالد "
        "العبيد أمام منزله في بلدة ذيبان.",
        [("killed", 2, "sdf", False), ("killed", 1, "civilians", False)],
    ),
]


TWENTY_SEVENTH_ROUND_RULES = [
    (  # a span between a tally's noun and its total is no other count; "ومواطنان اثنان" are
        # civilians, though a comma parts them from the group before
        "وبذلك، يرتفع عدد القتلى خلال 24 ساعة في البادية السورية إلى 12، هم: 6 من قوات النظام، و3 "
        "من عناصر التنظيم، ومواطنان اثنان.",
        [("killed", 12, "mixed", True), ("killed", 6, "government", True),
         ("killed", 3, "isis", True), ("killed", 2, "civilians", True)],
    ),
    (  # "ميليشيات الأسد وإيران": both allies, one count
        "قُتل 13 عنصراً من ميليشيات الأسد وإيران في الكمين.",
        [("killed", 13, "mixed", False)],
    ),
    (  # the list "هم ستة ... وثلاثة" goes on past the six's own breakdown
        "وأوضحت المصادر أن القتلى هم ستة من ميليشيا الدفاع الوطني، بينهم ضابط برتبة ملازم أول، "
        "وثلاثة من ميليشيا فاطميون التابعة للحرس الثوري الإيراني.",
        [("killed", 6, "government", False), ("killed", 1, "government", False),
         ("killed", 3, "iran_backed", False)],
    ),
    (  # the day a statistic was published ("نشرها المرصد السوري لحقوق الإنسان في 1 من تموز")
        # dates no figure: the month's period covers the "فيما" clause
        "بحسب إحصائية نشرها المرصد السوري لحقوق الإنسان في 1 من تموز، قتل التنظيم خلال حزيران 41 "
        "عنصراً من قوات النظام، فيما خسر التنظيم 17 من عناصره بقصف جوي روسي.",
        [("killed", 41, "government", True), ("killed", 17, "isis", True)],
    ),
    (  # "أما قتلى التنظيم" names whose dead the parenthesised counts are; a count in a
        # parenthesis of its own is no sub-count of the one before
        "أما قتلى التنظيم، فتوزعوا بين بادية حمص (11 قتيلاً) وبادية دير الزور (6 قتلى).",
        [("killed", 11, "isis", False), ("killed", 6, "isis", False)],
    ),
    (  # a tally of martyrs of no named side: the forces the text told of last
        "تمكنت وحدات قيادة الأمن الداخلي في ريف دمشق من تفكيك خلية لداعش. وأفاد مصدر بأن عدد شهداء "
        "العملية الأمنية التي نُفذت فجر اليوم ضد خلية لتنظيم داعش الإرهابي ارتفع إلى اثنين.",
        [("killed", 2, "government", False)],
    ),
    (  # a year in a man's story ("انضم إلى التنظيم عام 2013") makes no tally of what follows
        "وكانت واشنطن قد رصدت مكافأة لمن يدلي بمعلومات عن القيادي، الذي انضم إلى التنظيم عام 2013. "
        "وقال المرصد إن العملية أسفرت عن مقتل أربعة أشخاص واعتقال اثنين من أقاربه.",
        [("killed", 4, "unknown", False), ("captured_or_abducted", 2, "unknown", False)],
    ),
    (  # a list announced by a colon whose items are paragraphs opening with a count, no dashes
        "بلغت حصيلة الخسائر البشرية في البادية خلال الشهر الفائت 115 قتيلاً، توزعوا على النحو "
        "الآتي:\n\n41 عنصراً من قوات النظام، بينهم 6 ضباط.\n\n12 من عناصر الميليشيات الموالية "
        "لإيران.",
        [("killed", 115, "mixed", True), ("killed", 41, "government", True),
         ("killed", 6, "government", True), ("killed", 12, "iran_backed", True)],
    ),
]  # fmt: skip


TWENTY_NINTH_ROUND_RULES = [
    (  # "ما أدى لمقتلهما": the verbal noun with "ل" and the dual pronoun kills the two told before
        "رفض مرتزقان من داعش الاستسلام وبادرا بإطلاق النار على قواتنا، ما أدى لمقتلهما.",
        [("killed", 2, "isis", False)],
    ),
    (  # a support phrase framed by commas, then a day, between "قضت" and "على 7"
        "قضت وحدات من الجيش، بالتعاون مع القوات الرديفة، اليوم على 7 إرهابيين في بادية السخنة.",
        [("killed", 7, "isis", False)],
    ),
    (  # the party phrase after the noun, then a framed breakdown, then the plural verb
        "قال مصدر محلي إن ثلاثة عناصر من الفصائل المسلحة الموالية لإيران، بينهم قيادي، قُتلوا "
        "مساء أمس السبت بانفجار عبوة ناسفة.",
        [("killed", 3, "iran_backed", False), ("killed", 1, "iran_backed", False)],
    ),
    (  # "الفصائل ... الموالية لتركيا" stay the opposition's
        "قُتل عنصران من الفصائل المسلحة الموالية لتركيا في رأس العين.",
        [("killed", 2, "opposition", False)],
    ),
    (  # the day a long-named body told it on is no incident day: the seven days make a total
        "أعلن مركز المصالحة الروسي بين الأطراف المتنازعة في سوريا، اليوم الثلاثاء، أن الطيران "
        "الروسي نفذ خلال الأيام السبعة الماضية 94 ضربة جوية على مواقع المسلحين في البادية، ما "
        "أسفر عن القضاء على 327 إرهابياً وإصابة 130 آخرين.",
        [("killed", 327, "isis", True), ("wounded", 130, "isis", True)],
    ),
    (  # the day a campaign began is no incident day: its first two days make a total
        "أعلنت قسد اعتقال 74 شخصاً يُشتبه بانتمائهم إلى التنظيم، خلال اليومين الأولين من حملة "
        "أمنية واسعة بدأتها الأحد داخل مخيم الهول.",
        [("captured_or_abducted", 74, "isis", True)],
    ),
]  # fmt: skip


THIRTIETH_ROUND_RULES = [
    (  # a period told between a total and its breakdown ("وهم:") makes the total a total
        (
            "جرى توثيق مقتل 512 من قوات النظام، منذ مطلع كانون الثاني/يناير وحتى نهاية "
            "حزيران/يونيو، وهم: 391 من قوات النظام."
        ),
        [("killed", 512, "government", True), ("killed", 391, "government", True)],
    ),
    (  # "4 آلاف و512": the digits joined to a scaled number
        "وثق المرصد مقتل 4 آلاف و512 من القوات الحكومية في البادية منذ آذار 2019.",
        [("killed", 4512, "government", True)],
    ),
    (  # "وتوزعت الحصيلة على النحو التالي:" then items joined by semicolons: the total told before, shared out
        (
            "أفاد المرصد بأن 71 شخصا قتلوا خلال شهر أبريل الماضي في البادية. وتوزعت الحصيلة "
            "على النحو التالي: 38 من القوات الحكومية؛ و9 من الميليشيات الموالية لإيران؛ و13 "
            "مدنيا."
        ),
        [
            ("killed", 71, "mixed", True),
            ("killed", 38, "government", True),
            ("killed", 9, "iran_backed", True),
            ("killed", 13, "civilians", True),
        ],
    ),
    (  # "عُثر على اثنين منهم مقتولين": bodies found of the abducted
        "خطف مسلحون أربعة من رعاة الأغنام في بادية السخنة، وعُثر على اثنين منهم مقتولين.",
        [("captured_or_abducted", 4, "civilians", False), ("killed", 2, "civilians", False)],
    ),
    (  # "بينهم متزعمها": the leader of the cell, of the cell's group
        ("أعلنت الوزارة تفكيك خلية تابعة لتنظيم داعش والقبض على سبعة من أفرادها، بينهم متزعمها."),
        [("captured_or_abducted", 7, "isis", False), ("captured_or_abducted", 1, "isis", False)],
    ),
    (  # "متورطين بتقديم الدعم اللوجستي لأفراد الخلية": the cell's supporters, of its group
        (
            "أعلنت وزارة الداخلية تفكيك خلية إرهابية تابعة لتنظيم داعش في بادية حمص. وضبطت "
            "الوحدات كمية من الأسلحة. وأشارت الوزارة إلى أن متابعة التحقيقات قادت إلى إلقاء "
            "القبض على أربعة أشخاص في مدينة القريتين متورطين بتقديم الدعم اللوجستي لأفراد "
            "الخلية وتأمين تنقلاتهم."
        ),
        [("captured_or_abducted", 4, "isis", False)],
    ),
    (  # "مجموعة مؤلفة من سبعة مسلحين ... مقتل أربعة منهم": the gunmen, not the force that fought them
        (
            "كثّف تنظيم داعش محاولات التسلل. ورصدت قوة من الحشد الشعبي تحرك مجموعة مؤلفة من "
            "سبعة مسلحين، واشتبكت معها ما أسفر عن مقتل أربعة منهم."
        ),
        [("killed", 4, "isis", False)],
    ),
    (  # "استشهد منتسب في الحشد الشعبي": one member
        "استشهد منتسب في الحشد الشعبي وأصيب اثنان آخران خلال الاشتباك.",
        [("killed", 1, "iran_backed", False), ("wounded", 2, "iran_backed", False)],
    ),
    (  # "تسلّم العراق 47 ... المحتجزين": detainees handed over are no new capture
        "تسلّم العراق 47 من عناصر داعش المحتجزين في سجون شمال شرقي سوريا.",
        [],
    ),
    (  # a period after a total and its sub-count, before a "فيما" clause with a count of its own
        (
            "قُتل 27 عنصراً من وزارتي الدفاع والداخلية، بينهم 4 ضباط، بهجمات في البادية منذ "
            "سقوط النظام في الثامن من كانون الأول 2024، فيما اعتقلت قوى الأمن أكثر من 60 "
            "مشتبهاً بالانتماء للتنظيم."
        ),
        [
            ("killed", 27, "government", True),
            ("killed", 4, "government", True),
            ("captured_or_abducted", 60, "isis", True),
        ],
    ),
    (  # "مقاتل من أبناء العشيرة": a tribal fighter
        "قُتل مقاتل من أبناء العشيرة وأصيب اثنان آخران بجروح في اشتباك مع خلايا داعش.",
        [("killed", 1, "opposition", False), ("wounded", 2, "opposition", False)],
    ),
    (  # "فقدنا نحو 12 شاباً": the speaker's dead
        "قال وجيه العشيرة: فقدنا نحو 12 شاباً في مواجهات مع خلايا داعش.",
        [("killed", 12, "civilians", False)],
    ),
    (  # "أفراد الأمن": the security forces
        "أصيب ثلاثة من أفراد الأمن في هجوم بقذيفة صاروخية على نقطة تفتيش.",
        [("wounded", 3, "government", False)],
    ),
    (  # "في حادثتين منفصلتين خلال الأيام الماضية": two incidents, no tally
        ("أعدم التنظيم أربعة رعاة، فيما خطف سبعة آخرين، في حادثتين منفصلتين خلال الأيام الماضية."),
        [("executed", 4, "civilians", False), ("captured_or_abducted", 7, "civilians", False)],
    ),
]


THIRTY_FIRST_ROUND_RULES = [
    (  # "شابين مقتولين": a dual noun and its state after it
        "عُثر صباح الأحد على شابين مقتولين بالرصاص في بادية الميادين.",
        [("killed", 2, "civilians", False)],
    ),
    (  # the verb past a clause telling what he did
        "وأضاف المصدر أن سائق شاحنة مدنياً كان يسير خلف القافلة قُتل أيضاً.",
        [("killed", 1, "civilians", False)],
    ),
    (  # a bulletin's numbered items: "1- 4" is an item and its count, no range
        (
            "وثق المرصد مقتل 22 شخصاً على الأراضي السورية خلال يوم أمس، وتوزعت الحصيلة على النحو "
            "التالي:\n1- 4 من عناصر قوات النظام قُتلوا جراء هجوم لخلايا التنظيم في بادية "
            "الميادين.\n2- 2 من عناصر لواء فاطميون الموالي لإيران، قُتلا بانفجار لغم.\n3- عنصر "
            'في "قوات سوريا الديمقراطية"، قُتل برصاص مسلحين مجهولين.\n4- عنصر في فصيل "السلطان '
            'مراد"، قُتل خلال اشتباكات.\n5- عنصر في قوات النظام، فارق الحياة متأثراً بجراحه.'
        ),
        [
            ("killed", 22, "unknown", True),
            ("killed", 4, "government", False),
            ("killed", 2, "iran_backed", False),
            ("killed", 1, "sdf", False),
            ("killed", 1, "opposition", False),
            ("killed", 1, "government", False),
        ],
    ),
    (  # "وفاة أحد الجرحى": one of the wounded, not of the attackers told last
        (
            "قُتل 14 جندياً من قوات النظام وأصيب 9 آخرون في كمين قرب السخنة. وأسفرت الاشتباكات عن "
            "مقتل 3 من عناصر التنظيم. وأعلن المرصد وفاة أحد الجرحى متأثراً بإصابته."
        ),
        [
            ("killed", 14, "government", False),
            ("wounded", 9, "government", False),
            ("killed", 3, "isis", False),
            ("killed", 1, "government", False),
        ],
    ),
    (  # "ولم يُصب أي مدني": no one
        'وأضاف البيان أن "3 من عناصر داعش اعتُقلوا خلال العملية، ولم يُصب أي مدني".',
        [("captured_or_abducted", 3, "isis", False)],
    ),
    (  # detainees held in prisons are no capture
        "ولا يزال نحو 9 آلاف من مقاتلي التنظيم محتجزين في سجون شمال شرقي البلاد.",
        [],
    ),
    (  # the ministry named by "قوى الأمن الداخلي": its force, though the SDF is named too
        (
            "قُتل 4 عناصر من قوى الأمن الداخلي في 3 آذار بانفجار عبوة، وقالت وزارة الداخلية إن "
            'خلية تقف وراء التفجير. وقُتل 29 من عناصر "قسد" خلال العام.'
        ),
        [("killed", 4, "government", False), ("killed", 29, "sdf", True)],
    ),
    (  # a day in words added after a total does not make it an incident
        (
            "وقال مسؤول إن الوحدات نفذت منذ مطلع العام 14 عملية أسفرت عن القبض على 38 من عناصر "
            'التنظيم، مضيفاً أن "المعركة اليوم معركة معلومات".'
        ),
        [("captured_or_abducted", 38, "isis", True)],
    ),
    (  # in construct after its subject: "اغتال مسلحون ... مختار قرية"
        "اغتال مسلحون يستقلون دراجة نارية مختار قرية العكيرشي أمام منزله.",
        [("killed", 1, "civilians", False)],
    ),
    (  # "استشهاد 4 من عناصر الحراسة" is not of the attackers killed just before
        (
            "هاجم مسلحون من تنظيم داعش نقطة حراسة. وأضاف أن اثنين من المهاجمين لقيا حتفهما خلال "
            "الاشتباكات. وقالت الشركة إن الاعتداء أدى إلى استشهاد 4 من عناصر الحراسة."
        ),
        [("killed", 2, "isis", False), ("killed", 4, "unknown", False)],
    ),
    (  # a campaign's total since the day it began; "أحد مقاتلي قواتنا، وهو المقاتل": one
        (
            'وقالت "قسد" في بيان إنه استشهد خلال الاشتباكات أحد مقاتلي قواتنا، وهو المقاتل "شورش". '
            "وترتفع حصيلة الحملة منذ انطلاقها يوم الخميس الماضي إلى اعتقال 97 مرتزقاً من داعش، "
            "ومقتل 8 آخرين."
        ),
        [
            ("killed", 1, "sdf", False),
            ("captured_or_abducted", 97, "isis", True),
            ("killed", 8, "isis", True),
        ],
    ),
    (  # accused of dealing with the cells, past a place: civilians
        "واعتقلت قواتنا 5 أشخاص في ريف دير الزور بتهمة التعامل مع خلايا التنظيم.",
        [("captured_or_abducted", 5, "civilians", False)],
    ),
]


THIRTY_SECOND_ROUND_RULES = [
    (  # a headline's present tense: "يفارقون الحياة"
        "حصيلة آب: 138 مدنياً يفارقون الحياة على الأراضي السورية",
        [("killed", 138, "civilians", True)],
    ),
    (  # a total shared out per governorate: "29 في محافظة إدلب، و24 في درعا"
        (
            "ووثق المرصد مقتل 138 مدنياً خلال شهر آب. وتوزعت الحصيلة الشهرية على المحافظات "
            "السورية، وفقاً لتوثيقات المرصد، على النحو التالي: 29 في محافظة إدلب، و24 في درعا، "
            "و21 في حلب."
        ),
        [
            ("killed", 138, "civilians", True),
            ("killed", 29, "civilians", True),
            ("killed", 24, "civilians", True),
            ("killed", 21, "civilians", True),
        ],
    ),
    (  # "عدد المدنيين الذين وثق المرصد مقتلهم": the tally's status after its documenting verb
        (
            "وبذلك يرتفع عدد المدنيين الذين وثق المرصد السوري مقتلهم منذ مطلع العام 2023 إلى "
            "1,174 مدنياً."
        ),
        [("killed", 1174, "civilians", True)],
    ),
    (  # a period between the verb and the number
        (
            "ووفق إحصائية لبلدي نيوز، قُتل في البادية السورية منذ بداية موسم الكمأة في "
            "شباط/فبراير الماضي 38 من جامعي الكمأة."
        ),
        [("killed", 38, "civilians", True)],
    ),
    (  # abducted, but their fate unknown: missing
        "وأوضح أن خمسة من المختطفين لا يزال مصيرهم مجهولاً.",
        [("missing", 5, "unknown", False)],
    ),
    (  # "فُقد الاتصال بهم": missing
        "وكان هؤلاء ضمن مجموعة من عشرة أشخاص فُقد الاتصال بهم في 15 آذار.",
        [("missing", 10, "unknown", False)],
    ),
    (  # people counted, then what befell them: "قبل أن يختطفهم مسلحون"
        (
            "وقال مصدر محلي إن 12 شاباً من أبناء قرية الرهجان خرجوا فجر الاثنين لجمع الكمأة في "
            "منطقة تبعد نحو 40 كيلومتراً شرق عقيربات، قبل أن يختطفهم مسلحون ملثمون."
        ),
        [("captured_or_abducted", 12, "civilians", False)],
    ),
    (  # a relative of one of the missing speaks; one of their cars destroyed: no one counted
        (
            "وقال قريب لأحد المفقودين الستة إن العائلات تلقت اتصالاً. وتمكن الجيش من قتل أربعة "
            "من عناصر التنظيم وتدمير إحدى سيارتيهم."
        ),
        [("killed", 4, "isis", False)],
    ),
    (  # one more word for the group he is of
        "وقال مصدر عسكري إن عنصراً من القوة المداهمة أصيب بجروح طفيفة.",
        [("wounded", 1, "unknown", False)],
    ),
    (  # "مقتل إرهابي" counts one; "الإرهابي المذكور" is the one named already
        (
            "وقالت القوة إن العملية أسفرت عن مقتل إرهابي من داعش. وأضافت أن العملية أسفرت عن "
            "مقتل الإرهابي المذكور."
        ),
        [("killed", 1, "isis", False)],
    ),
    (  # still held in a prison: no capture
        "وأفرجت قسد عن 11 من المعتقلين، فيما لا يزال ستة منهم محتجزين في سجن بمدينة الحسكة.",
        [],
    ),
    (  # "حصيلة العملية" is one operation's toll, whatever year came before
        (
            "ويعمل الشاب في ورشة منذ عودته إلى البلدة عام 2019. وبذلك تكون حصيلة العملية، وفق "
            "الأهالي، قتيلين مدنيين."
        ),
        [("killed", 2, "civilians", False)],
    ),
    (  # an operation of five days: its toll is a total, its apposed parts add up to it
        (
            "أنهت وحدات من الجيش عملية تمشيط واسعة استمرت خمسة أيام في بادية دير الزور. وقال "
            "المصدر إن جنديين قتلا يوم الإثنين في محيط فيضة ابن موينع. وأضاف أن الطيران نفذ 60 "
            "غارة. وبذلك ترتفع حصيلة الشهداء خلال العملية إلى سبعة، خمسة من الجيش واثنان من "
            "الدفاع الوطني."
        ),
        [
            ("killed", 2, "government", False),
            ("killed", 7, "government", True),
            ("killed", 5, "government", True),
            ("killed", 2, "government", True),
        ],
    ),
    (  # martyrs of the one side, not ISIS, their sentence names
        (
            "ارتفاع حصيلة كمين البادية إلى 14 شهيداً\n\nارتفعت حصيلة الكمين الذي نصبه مسلحو "
            "تنظيم «داعش» لحافلة مبيت عسكرية تابعة للجيش السوري على طريق تدمر – السخنة إلى 14 "
            "شهيداً."
        ),
        [("killed", 14, "government", False), ("killed", 14, "government", False)],
    ),
    (  # the attackers: "اعترضتها مجموعة من الدواعش"
        (
            "وكانت الحافلة تقل جنوداً حين اعترضتها مجموعة من الدواعش. وتمكن الجيش لاحقاً من قتل "
            "أربعة من المهاجمين."
        ),
        [("killed", 4, "isis", False)],
    ),
    (  # 'شنّه عناصر من تنظيم "الدولة الإسلامية"': who they are, before the party's name
        (
            'صد الجيش هجوماً شنّه عناصر من تنظيم "الدولة الإسلامية" على نقطة عسكرية، ما أسفر عن '
            "مقتل خمسة من المهاجمين."
        ),
        [("killed", 5, "isis", False)],
    ),
    (  # "فارق ثلاثة جنود الحياة"
        "ارتفعت الحصيلة إلى 14 شهيداً، بعدما فارق ثلاثة جنود الحياة، أمس.",
        [("killed", 14, "unknown", False), ("killed", 3, "government", False)],
    ),
    (  # "يذبح عنصراً"
        'التنظيم يعدم أربعة شبان قرب الشحيل ويذبح عنصراً من "الأسايش" في ذيبان',
        [("executed", 4, "civilians", False), ("executed", 1, "sdf", False)],
    ),
    (  # one of the wounded soldiers died
        "وأشار المرصد إلى أن أحد الجرحى العسكريين توفي صباح اليوم متأثراً بجراحه.",
        [("killed", 1, "government", False)],
    ),
]

THIRTY_THIRD_ROUND_RULES = [
    (  # the victims of a tally, not the attackers named after the verb ("شنّته المجموعات")
        (
            "أفاد مراسل الميادين، اليوم الثلاثاء، بارتفاع عدد الجرحى جراء الهجوم الذي شنّته "
            "المجموعات الإرهابية مساء الأحد على نقطة لقوات الدفاع الوطني إلى تسعة."
        ),
        [("wounded", 9, "government", False)],
    ),
    (  # "وبعد أقل من ساعة": the next incident, not a tally going on
        (
            "والحمد مدرّس لمادة الرياضيات منذ أكثر من 20 عاماً.\n\nوبعد أقل من ساعة، استهدف "
            'مسلحون آخرون عنصراً في ميليشيا "قسد" قرب حاجز للميليشيا، ما أدى إلى مقتله وإصابة '
            "عنصر آخر كان برفقته."
        ),
        [("killed", 1, "sdf", False), ("wounded", 1, "sdf", False)],
    ),
    (  # a plural verb, a time between commas, then a dual: "اغتالوا، مساء الخميس، شابين"
        "وكان مسلحون قد اغتالوا، مساء الخميس الماضي، شابين شقيقين في بلدة الشحيل.",
        [("killed", 2, "civilians", False)],
    ),
    (  # detainees as a population or as escapees are no capture
        (
            "وفي غويران، حيث يقبع نحو 4500 محتجز من أكثر من 40 جنسية، اندلعت أعمال شغب انتهت "
            "بمقتل أربعة من الحراس. وشهد السجن المحلي فوضى تمكّن خلالها نحو 120 محتجزاً من "
            'الفرار. وقال الباحث إن "المشكلة في غياب أي مسار قضائي لآلاف المحتجزين منذ 2019".'
        ),
        [("killed", 4, "unknown", False)],
    ),
    (  # the two sides and civilians
        (
            "وكان المرصد السوري لحقوق الإنسان قد أحصى في الأيام الأولى للمعركة 181 قتيلاً من "
            "الطرفين ومن المدنيين."
        ),
        [("killed", 181, "mixed", True)],
    ),
    (  # "أما قسد فتقول": the other side's account of one incident, not the tally going on
        (
            "وأعلنت وزارة الداخلية أنها أعادت القبض على 81 شخصاً خلال حملة تمشيط استمرت "
            'أسبوعاً. أما "قسد" فتقول إن تسعة من مقاتليها قتلوا في اشتباكات بمحيط السجن.'
        ),
        [("captured_or_abducted", 81, "unknown", True), ("killed", 9, "sdf", False)],
    ),
    (  # "مجزرة بحق المدنيين ... راح ضحيتها 17": the massacre's target
        (
            "ارتكب طيران التحالف الدولي مجزرة جديدة بحق المدنيين المحاصرين في مخيم الباغوز، "
            "راح ضحيتها 17 شهيداً."
        ),
        [("killed", 17, "civilians", False)],
    ),
    (  # recruits of a side, whatever their home town
        'قتل 3 من أبناء المنطقة المجندين في صفوف "الحرس الثوري" الإيراني.',
        [("killed", 3, "iran_backed", False)],
    ),
    (  # "الحصيلة أعلى من ذلك": the story's own toll, higher, not the attackers' told last
        (
            "قُتل سبعة عناصر من قوات النظام بهجوم لخلايا داعش على مفرزة قرب السخنة. ووثق المرصد "
            "مقتل 7 عناصر من قوات النظام، إضافة إلى مقتل 3 من عناصر التنظيم خلال الاشتباكات. "
            "في المقابل، أكد مصدر محلي أن الحصيلة أعلى من ذلك، مشيراً إلى مقتل 10 عناصر."
        ),
        [
            ("killed", 7, "government", False),
            ("killed", 7, "government", False),
            ("killed", 3, "isis", False),
            ("killed", 10, "government", False),
        ],
    ),
]


THIRTY_FOURTH_ROUND_RULES = [
    (  # "أربعة على الأقل من المهاجمين قُتلوا": the verb after "على الأقل" and the group
        "وأشار المرصد إلى أن أربعة على الأقل من عناصر التنظيم قُتلوا خلال الاشتباكات.",
        [("killed", 4, "isis", False)],
    ),
    (  # "جندياً من الجرحى توفي": one more dead, of his side
        (
            "قُتل 14 جندياً في هجوم على موقع للجيش قرب السخنة.\n\nوقال المرصد إن جندياً من "
            "الجرحى توفي متأثراً بإصابته في المستشفى العسكري."
        ),
        [("killed", 14, "government", False), ("killed", 1, "government", False)],
    ),
    (  # "الحصيلة الإجمالية للقتلى" adding up the sides told before: their sides
        (
            "وبحسب إحصاءات المرصد، قُتل منذ مطلع عام 2022 ما لا يقل عن 380 من عناصر القوات "
            "الحكومية والمسلحين الموالين لها في هجمات للتنظيم في البادية، إضافة إلى 27 مدنياً. "
            "كما قُتل 210 من عناصر التنظيم خلال الفترة ذاتها، لتبلغ الحصيلة الإجمالية للقتلى في "
            "البادية هذا العام 617 شخصاً."
        ),
        [
            ("killed", 380, "government", True),
            ("killed", 27, "civilians", True),
            ("killed", 210, "isis", True),
            ("killed", 617, "mixed", True),
        ],
    ),
    (  # Al-Akhbar's "مقاومين", and "وقيادياً" joining the breakdown
        (
            "استهدفت طائرات مسيّرة قافلة قرب البوكمال، ما أدى إلى استشهاد سبعة مقاومين وإصابة "
            "تسعة آخرين. وبيّنت المصادر أن بين الشهداء أربعة من مقاتلي «كتائب حزب الله» العراقية، "
            "وقيادياً ميدانياً في «حزب الله» اللبناني."
        ),
        [
            ("killed", 7, "iran_backed", False),
            ("wounded", 9, "iran_backed", False),
            ("killed", 4, "iran_backed", False),
            ("killed", 1, "iran_backed", False),
        ],
    ),
    (  # the clause goes on past its breakdown ("، بينهم ١٢ طفلاً،") to the season
        (
            "ووثّق فريق SY24 مقتل ما لا يقل عن 42 مدنياً، بينهم ١٢ طفلاً، في هجمات وانفجارات "
            'ألغام نُسبت لخلايا "داعش" في بوادي الرقة ودير الزور وحمص منذ بداية موسم الكمأة '
            "مطلع شباط الماضي، إضافة إلى اختطاف أكثر من 50 آخرين، أُفرج عن معظمهم لاحقاً."
        ),
        [
            ("killed", 42, "civilians", True),
            ("killed", 12, "civilians", True),
            ("captured_or_abducted", 50, "civilians", True),
        ],
    ),
    (  # "في قبضة التنظيم منذ اختطافهم": still held, since then, no period
        (
            "اختطف عناصر التنظيم، يوم الثلاثاء، 11 راعياً في جبل البشري. وأفرج التنظيم عن ٧ "
            "منهم، فيما لا يزال ٣ رعاة آخرون في قبضة التنظيم منذ اختطافهم."
        ),
        [
            ("captured_or_abducted", 11, "civilians", False),
            ("captured_or_abducted", 3, "civilians", False),
        ],
    ),
    (  # "أحد حراس المخيم" told again with his side: "الحارس، وهو عنصر في قوى الأمن الداخلي"
        (
            "وقُتلت امرأتان داخل المخيم، فيما أصيب أحد حراس المخيم بجروح.\n\nوأوضح المصدر أن "
            "الحارس، وهو عنصر في قوى الأمن الداخلي (الآسايش)، أصيب بطلق ناري في ساقه."
        ),
        [("killed", 2, "civilians", False), ("wounded", 1, "sdf", False)],
    ),
    (  # a day in the clause before "فيما" dates that clause, not the 24-day sweep
        (
            "وكان عنصر من الآسايش قد قُتل داخل المخيم في الثامن من أيار الماضي، فيما أطلقت قوى "
            "الأمن الداخلي في آب 2022 حملة أمنية واسعة داخل المخيم استمرت 24 يوماً، اعتقلت خلالها "
            "226 مشتبهاً بالانتماء للتنظيم."
        ),
        [("killed", 1, "sdf", False), ("captured_or_abducted", 226, "isis", True)],
    ),
    (  # "ورصد استمر عدة أسابيع": the watch before the operation, no tally going on
        (
            "نفذت وحدات الجيش عملية أمنية في البادية شرقي حمص، بناءً على معلومات ورصد استمر عدة "
            "أسابيع.\n\nوأسفرت العملية عن تحييد تسعة من عناصر التنظيم الإرهابي، وإلقاء القبض على "
            "ستة آخرين."
        ),
        [("killed", 9, "isis", False), ("captured_or_abducted", 6, "isis", False)],
    ),
    (  # the ministry's martyrs after the terrorists it neutralised
        (
            "وتمكنت وحدات الجيش منذ مطلع العام الجاري من تحييد نحو 70 إرهابياً وإلقاء القبض على "
            "140 آخرين، فيما ارتقى خلال الفترة ذاتها 23 شهيداً من منتسبي الوزارة."
        ),
        [
            ("killed", 70, "isis", True),
            ("captured_or_abducted", 140, "isis", True),
            ("killed", 23, "government", True),
        ],
    ),
    (  # Afghans in the east are the IRGC's Fatemiyoun
        (
            "قُتل ما لا يقل عن 38 عنصراً من ميليشيات إيران وميليشيا أسد في بادية دير الزور منذ "
            "مطلع الشهر، بينهم 11 من حملة الجنسية الأفغانية."
        ),
        [("killed", 38, "mixed", True), ("killed", 11, "iran_backed", True)],
    ),
    (  # "إلى جانب عنصرين": two more, of their own side
        (
            "هاجم مسلحون مجموعة من جامعي الكمأة في بادية عقيربات، ما أسفر عن مقتل تسعة منهم، "
            "إلى جانب عنصرين من قوات الدفاع الوطني كانا يرافقان المجموعة."
        ),
        [("killed", 9, "civilians", False), ("killed", 2, "government", False)],
    ),
    (  # "500 إرهابي": the singular after hundreds
        (
            "وبحسب المركز، نفذت القوات الجوية الروسية منذ بداية العام أكثر من 1600 طلعة، تمت "
            "خلالها تصفية أكثر من 500 إرهابي."
        ),
        [("killed", 500, "isis", True)],
    ),
    (  # a long place before "و18 في"; one of the total told apart with his own day
        (
            "وأوضح أن الضربات أدت خلال الساعات الـ48 الماضية إلى تصفية 45 إرهابياً، بينهم 27 في "
            "بادية الرقة جنوب غربي بلدة الرصافة، و18 في منطقة جبال العمور شمال مدينة تدمر.\n\n"
            "وأضاف أن من بين القتلى أحد القياديين في التنظيم، قُتل بضربة استهدفت مخبأه قرب "
            "الرصافة فجر الأحد. كما تمكنت وحدات الجيش من أسر اثنين من المسلحين الفارين من موقع "
            "الضربة ذاتها."
        ),
        [
            ("killed", 45, "isis", True),
            ("killed", 27, "isis", True),
            ("killed", 18, "isis", True),
            ("killed", 1, "isis", False),
            ("captured_or_abducted", 2, "isis", False),
        ],
    ),
    (  # a man named in quotes, then his fate past an aside about him
        (
            'وقال مصدر محلي إن الشاب "عمر الحسن" (24 عاماً)، وهو عامل في ورشة لتصليح السيارات، '
            "قُتل برصاص عناصر الدورية."
        ),
        [("killed", 1, "civilians", False)],
    ),
    (  # the week's total
        (
            "وبذلك ترتفع حصيلة ضحايا الأسبوع في البادية إلى 14 قتيلاً، هم 6 مدنيين و3 من عناصر "
            "القوات الحكومية و5 من عناصر داعش."
        ),
        [
            ("killed", 14, "mixed", True),
            ("killed", 6, "civilians", True),
            ("killed", 3, "government", True),
            ("killed", 5, "isis", True),
        ],
    ),
    (  # soldiers killed in a clash "بين X و Y" are the soldiers' side
        (
            "شهد الأربعاء اشتباكاً بين دورية تابعة لوزارة الدفاع السورية وخلية للتنظيم قرب قرية "
            "الدوة، أسفر عن مقتل جنديين وإصابة أربعة آخرين."
        ),
        [("killed", 2, "government", False), ("wounded", 4, "government", False)],
    ),
]


THIRTY_FIFTH_ROUND_RULES = [
    (  # "ملازم ...، وهو من أبناء ريف حماة": where he comes from, not his side
        "وقال المصدر إن الهجوم أودى بحياة أربعة من عناصر الأمن العام، بينهم ملازم يبلغ من العمر "
        "26 عاماً، وهو من أبناء ريف حماة.",
        [("killed", 4, "government", False), ("killed", 1, "government", False)],
    ),
    (  # "توفي اثنان من المصابين": the wounded told however far back
        "أصيب أربعة عناصر من قوات النظام بهجوم على حاجز قرب تدمر.\n\nوقال مصدر إن المهاجمين فروا."
        "\n\nوأضاف أن الطريق أُغلق.\n\nوتابع أن التعزيزات وصلت.\n\nوأشار إلى أن الطيران حلق فوق "
        "المنطقة.\n\nولاحقاً، توفي اثنان من المصابين متأثرين بجروحهما.",
        [("wounded", 4, "government", False), ("killed", 2, "government", False)],
    ),
    (  # "قد استشهدا": the dual verb after its noun phrase
        "وكان اثنان من عناصر لواء فاطميون قد استشهدا الشهر الماضي بهجوم في بادية الميادين.",
        [("killed", 2, "iran_backed", False)],
    ),
    (  # "تضم نحو 5 آلاف معتقل", "تمكن العشرات منهم من الفرار": the held, no capture
        "وتقع المنطقة قرب سجون تديرها قسد والتي تضم نحو 5 آلاف معتقل من عناصر التنظيم، وقد تمكن "
        "العشرات منهم من الفرار عام 2022.",
        [],
    ),
    (  # "معارك استمرت ستة أيام، قُتل خلالها": over the days, whatever day began them
        "وفي 3 أيلول 2022، هاجم التنظيم مواقع للقوات، واندلعت معارك استمرت ستة أيام، قُتل "
        "خلالها 40 من عناصر قسد وثلاثة مدنيين.",
        [("killed", 40, "sdf", True), ("killed", 3, "civilians", True)],
    ),
    (  # the axis's own wording: "المجاهدين" of the resistance; "أربعة جنود آخرون" are soldiers
        "ارتقى خمسة شهداء، هم ثلاثة من جنود الجيش السوري واثنان من المجاهدين في فصائل المقاومة، "
        "بهجوم للجماعات التكفيرية في بادية الميادين، فيما أصيب أربعة جنود آخرون.",
        [
            ("killed", 5, "mixed", False),
            ("killed", 3, "government", False),
            ("killed", 2, "iran_backed", False),
            ("wounded", 4, "government", False),
        ],
    ),
    (  # "على استهداف سيارة تقل عناصر من حزب الله": whom the targeted car carried
        "أقدمت طائرة مسيرة تابعة للتحالف، مساء الأربعاء، على استهداف سيارة تقل عناصر من حزب الله "
        "قرب البوكمال، ما أدى إلى مقتل اثنين.",
        [("killed", 2, "iran_backed", False)],
    ),
    (  # "وثقت مقتل 64 مدنياً في شباط 2024": a documented month; "أصدرت ... اليوم" is no day
        "أصدرت الشبكة اليوم تقريرها الشهري، وقالت إنها وثقت مقتل 64 مدنياً في شباط 2024، بينهم 9 "
        "أطفال، كما وثقت مقتل 3 أشخاص بسبب التعذيب.",
        [
            ("killed", 64, "civilians", True),
            ("killed", 9, "civilians", True),
            ("killed", 3, "unknown", True),
        ],
    ),
    (  # "جثث أربعة من المفقودين": found dead
        "وعثر الأهالي، صباح اليوم، على جثث أربعة من المفقودين في بادية السخنة.",
        [("killed", 4, "unknown", False)],
    ),
    (  # "ومن أول السنة": since the year began, in speech
        "ومن أول السنة قُتل أكثر من 45 عسكري بهجمات التنظيم بالبادية.",
        [("killed", 45, "unknown", True)],
    ),
    (  # "قُتل خلاله مطلوب بتهمة الانتماء للتنظيم": one wanted man
        "واندلع اشتباك أثناء مداهمة منزل، قُتل خلاله مطلوب بتهمة الانتماء للتنظيم.",
        [("killed", 1, "isis", False)],
    ),
    (  # "الشاب": a civilian, unless an aside names his side
        "قُتل الشاب أحمد العلي (25 عاماً) برصاص مجهولين في بلدة الكسرة.",
        [("killed", 1, "civilians", False)],
    ),
    (
        "قُتل الشاب أحمد العلي (25 عاماً)، وهو عنصر في قسد، برصاص مجهولين في بلدة الكسرة.",
        [("killed", 1, "sdf", False)],
    ),
    (  # "نقطة حراسة لقسد": the guard post's side, not the coalition base named after it
        "هاجمت خلايا تابعة لداعش نقطة حراسة لقسد على مدخل حقل كونيكو، الذي يضم قاعدة للتحالف، ما "
        "أدى إلى مقتل عنصرين.",
        [("killed", 2, "sdf", False)],
    ),
    (  # Turkish wording: "إرهابيين" after the PKK is named are its fighters
        'هاجم مسلحون من "داعش" نقطة لتنظيم "بي كا كا/ي ب ك" الإرهابي في بلدة الشحيل، ما أسفر عن '
        "مقتل أربعة إرهابيين.",
        [("killed", 4, "sdf", False)],
    ),
    (  # "9 عاملاً ... ثلاثة منهم": the workers
        'خطفت خلايا "داعش" 9 عاملاً من حقل الشاعر، ثم أعدمت ثلاثة منهم.',
        [("captured_or_abducted", 9, "civilians", False), ("executed", 3, "civilians", False)],
    ),
    (  # "ثلاثة شهداء، لكن إخوتنا قتلوا خمسة": martyrdom tells the first count only
        "أصيب ستة من مقاتلي حزب الله بهجوم للتكفيريين في بادية البوكمال.\n\nوقال القائد: "
        '"قدمنا في هذه المواجهة ثلاثة شهداء، لكن إخوتنا قتلوا خمسة من الدواعش".',
        [
            ("wounded", 6, "iran_backed", False),
            ("killed", 3, "iran_backed", False),
            ("killed", 5, "isis", False),
        ],
    ),
]


THIRTY_SIXTH_ROUND_RULES = [
    (  # "حيث توفي أحدهم متأثراً بجراحه، لترتفع حصيلة الضحايا إلى ثمانية": the wounded told
        "لقي سبعة مدنيين مصرعهم، وأصيب أربعة آخرون بجروح، بانفجار لغم أرضي في بادية عقيربات."
        "\n\nوقال المراسل إن الضحايا من أبناء بلدة السعن.\n\nوأضاف أن السيارة انحرفت عن الطريق."
        '\n\nوقال أحد الأقارب: "طلعوا من الصبح".\n\nونُقل المصابون إلى المشفى الوطني في السلمية، '
        "حيث توفي أحدهم متأثراً بجراحه، لترتفع حصيلة الضحايا إلى ثمانية قتلى.",
        [
            ("killed", 7, "civilians", False),
            ("wounded", 4, "civilians", False),
            ("killed", 1, "civilians", False),
            ("killed", 8, "civilians", False),
        ],
    ),
    (  # "ارتفاع عدد قتلى الخلية إلى ستة بعد وفاة أحد المصابين من أفرادها": the cell's own
        "مقتل خمسة عناصر من خلية تتبع لتنظيم داعش خلال عملية أمنية.\n\nاستشهاد عنصر من قوى الأمن "
        "الداخلي وإصابة ثلاثة آخرين خلال الاشتباك مع أفراد الخلية.\n\nارتفاع عدد قتلى الخلية إلى "
        "ستة بعد وفاة أحد المصابين من أفرادها",
        [
            ("killed", 5, "isis", False),
            ("killed", 1, "government", False),
            ("wounded", 3, "government", False),
            ("killed", 6, "isis", False),
            ("killed", 1, "isis", False),
        ],
    ),
    (  # "أربعة من عناصر الأمن": security forces; a tribal fighter; "بتهمة التواصل مع خلايا داعش"
        "فيما أصيب أربعة من عناصر الأمن بجروح متوسطة. وقُتل مقاتل عشائري في ذيبان. واعتقلت قسد "
        "ستة أشخاص خلال مداهمات مماثلة بتهمة التواصل مع خلايا داعش.",
        [
            ("wounded", 4, "government", False),
            ("killed", 1, "opposition", False),
            ("captured_or_abducted", 6, "civilians", False),
        ],
    ),
    (  # "منذ الساعة الرابعة فجراً": a time of day, no period; "بذريعة التعامل": accused helpers
        "وقالت المصادر إن الآليات طوّقت البلدة منذ الساعة الرابعة فجراً، واعتقلت 17 شاباً بذريعة "
        "التعامل مع خلايا داعش.",
        [("captured_or_abducted", 17, "civilians", False)],
    ),
    (  # a year in a relative clause before the figure is no period
        "وأوضحت المصادر أن الشاب، وهو أحد المقاتلين الذين حملوا السلاح خلال احتجاجات عام 2019، "
        "قُتل قرب منزله، فيما أصيبت امرأة من جيرانه برصاص عشوائي.",
        [("wounded", 1, "civilians", False)],
    ),
    (  # "وإلقاء القبض على 11 في عملية": the number right after the cue's preposition
        "وزارة الدفاع: تحييد 23 إرهابياً من داعش وإلقاء القبض على 11 في عملية نوعية ببادية تدمر",
        [("killed", 23, "isis", False), ("captured_or_abducted", 11, "isis", False)],
    ),
    (  # "مصير نحو 9 آلاف من مقاتلي التنظيم المحتجزين في سجون": held; "سبعة محتجزين سابقين"
        "ويثير القلق مصير نحو 9 آلاف من مقاتلي التنظيم المحتجزين في سجون تديرها قسد. وقابلت "
        "المنظمة 54 شخصاً، وسبعة محتجزين سابقين.",
        [],
    ),
    (  # but "وتوفي 4 من هؤلاء المحتجزين في مراكز الاحتجاز": deaths of the held
        "وتوفي 4 من هؤلاء المحتجزين في مراكز الاحتجاز، بحسب الشبكة.",
        [("killed", 4, "unknown", False)],
    ),
    (  # "على جثة راعٍ رابع وقد أُعدم رمياً بالرصاص": executed; "مختاراً" counted
        "فيما عثر الأهالي على جثة راعٍ رابع وقد أُعدم رمياً بالرصاص. واغتال مسلحون مجهولون، ليل "
        "أمس، مختاراً في بلدة الكرامة.",
        [("executed", 1, "civilians", False), ("killed", 1, "civilians", False)],
    ),
    (  # 'من المدنيين و"الأسايش"': both, however quoted; "بين مدنيين وعناصر أمن": mixed
        'ارتفاع حصيلة تفجير سوق الرقة إلى 9 قتلى من المدنيين و"الأسايش". كما بلغ عدد الجرحى 23 '
        "بين مدنيين وعناصر أمن.",
        [("killed", 9, "mixed", False), ("wounded", 23, "mixed", False)],
    ),
    (  # 'قيادي في داعش بإنزال للتحالف و"قسد"': the attackers joined, not the victims
        'مقتل قيادي في داعش بإنزال جوي للتحالف و"قسد" شرقي سوريا',
        [("killed", 1, "isis", False)],
    ),
    (  # "عشرة عسكريين على الأقل من قوات النظام والميليشيات المدعومة إيرانيًا": both allies
        "قُتل خلال الأسبوع عشرة عسكريين على الأقل من قوات النظام والميليشيات المدعومة إيرانيًا "
        "في البادية.",
        [("killed", 10, "mixed", True)],
    ),
    (  # "بينهم خمس نساء وصبيّان اثنان"; "بين يناير/كانون الثاني ويونيو/حزيران": a period
        "وثّقت المنظمة إعدام التنظيم ما لا يقل عن 26 مدنياً خلال 2024، بينهم خمس نساء وصبيّان "
        "اثنان. واحتجزت قسد ما لا يقل عن 112 مدنياً بين يناير/كانون الثاني ويونيو/حزيران 2025.",
        [
            ("executed", 26, "civilians", True),
            ("executed", 5, "civilians", True),
            ("executed", 2, "civilians", True),
            ("captured_or_abducted", 112, "civilians", True),
        ],
    ),
    (  # the PKK's wording: "مرتزقة الاحتلال" (SNA), "جيش الاحتلال التركي", civilians and fighters
        "وردّت القوات على مصادر النيران، ما أسفر عن مقتل 3 من مرتزقة الاحتلال. وقتلت الكريلا 4 "
        "جنود من جيش الاحتلال التركي في منطقة زاب. وأسفرت الهجمات منذ مطلع العام عن استشهاد 49 "
        "شخصاً من المدنيين والمقاتلين.",
        [
            ("killed", 3, "opposition", False),
            ("killed", 4, "turkey", False),
            ("killed", 49, "mixed", True),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    FIFTH_ROUND_RULES
    + FIFTH_ROUND_PARTIES
    + SIXTH_ROUND_RULES
    + SIXTH_ROUND_OUTLET_WORDING
    + SIXTH_ROUND_COUNTS
    + SIXTH_ROUND_PEOPLE
    + SEVENTH_ROUND_RULES
    + NINTH_ROUND_RULES
    + TENTH_ROUND_RULES
    + ELEVENTH_ROUND_RULES
    + TWELFTH_ROUND_RULES
    + THIRTEENTH_ROUND_RULES
    + THIRTEENTH_ROUND_MORE
    + BEFORE_FOURTEENTH_ROUND
    + FOURTEENTH_ROUND_RULES
    + FIFTEENTH_ROUND_RULES
    + BEFORE_SIXTEENTH_ROUND
    + SIXTEENTH_ROUND_RULES
    + BEFORE_SEVENTEENTH_ROUND
    + SEVENTEENTH_ROUND_RULES
    + BEFORE_EIGHTEENTH_ROUND
    + EIGHTEENTH_ROUND_RULES
    + BEFORE_NINETEENTH_ROUND
    + NINETEENTH_ROUND_RULES
    + BEFORE_TWENTIETH_ROUND
    + TWENTIETH_ROUND_RULES
    + BEFORE_TWENTY_FIRST_ROUND
    + TWENTY_FIRST_ROUND_RULES
    + TWENTY_SECOND_ROUND_RULES
    + TWENTY_THIRD_ROUND_RULES
    + TWENTY_FOURTH_ROUND_RULES
    + TWENTY_SIXTH_ROUND_RULES
    + TWENTY_SEVENTH_ROUND_RULES
    + TWENTY_EIGHTH_ROUND_RULES
    + TWENTY_NINTH_ROUND_RULES
    + THIRTIETH_ROUND_RULES
    + THIRTY_FIRST_ROUND_RULES
    + THIRTY_SECOND_ROUND_RULES
    + THIRTY_THIRD_ROUND_RULES
    + THIRTY_FOURTH_ROUND_RULES
    + THIRTY_FIFTH_ROUND_RULES
    + THIRTY_SIXTH_ROUND_RULES,
)
def test_later_round_rules(text: str, expected: list[tuple[str, int, str, bool]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "أسر التنظيم عنصرين": a side as the subject of "أسر"
            "أسفر الكمين عن مقتل 6 عناصر من لواء فاطميون وإصابة 4 آخرين، فيما أسر التنظيم عنصرين.",
            [("killed", 6), ("wounded", 4), ("captured_or_abducted", 2)],
        ),
        (  # "وإصابة طفلَيه": his two children
            "أصابت إحدى الغارات خيمة لرعاة الأغنام، ما أدى لمقتل راعٍ وإصابة طفلَيه.",
            [("killed", 1), ("wounded", 2)],
        ),
        (  # "عاد 9 من جامعي الكمأة المفقودين": back, no longer missing
            "وفي اليوم ذاته، عاد 9 من جامعي الكمأة المفقودين منذ الاثنين إلى ذويهم، فيما لا يزال "
            "مصير 7 آخرين مجهولاً.",
            [("missing", 7)],
        ),
    ],
)
def test_thirty_third_round_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.status, f.best) for f in find_figures(text).figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "اغتال مسلحان مجهولان ... عنصراً": the active verb's nominative dual is its subject
            "وفي اليوم التالي، اغتال مسلحان مجهولان يستقلان دراجة نارية عنصراً في جهاز الأمن "
            "العام وسط مدينة الميادين.",
            [("killed", 1)],
        ),
        (  # "صف ضابط": one NCO
            "وقتل ثلاثة عناصر، بينهم صف ضابط، في هجوم.",
            [("killed", 3), ("killed", 1)],
        ),
        (  # duals told by their vowels: "مدنيَّين", "مقاتلَين"
            "قُتل مدنيَّين بانفجار عبوة ناسفة في سوق معدان، واختطف مسلحون مقاتلَين من قسد.",
            [("killed", 2), ("captured_or_abducted", 2)],
        ),
    ],
)
def test_thirty_fourth_round_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.status, f.best) for f in find_figures(text).figures] == expected
