"""Place and incident date of a figure: anaphoric days, report days, sub-counts told later, and
places that are not where the incident was (hospitals, directions of flight)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from pipeline.conflict_events import extract_article_events
from pipeline.event_dates import find_dates
from pipeline.normalize import normalize_arabic

PUB = date(2024, 5, 13)  # a Monday


def rows(text: str) -> list[dict]:
    return extract_article_events("t", text, PUB, "test")


def one(text: str, status: str, count: int) -> dict:
    found = [r for r in rows(text) if r["status"] == status and r["count_best"] == count]
    assert len(found) == 1, [(r["status"], r["count_best"]) for r in rows(text)]
    return found[0]


def test_the_same_day_is_the_last_incident_day_named() -> None:
    text = (
        "قُتل أربعة جنود بانفجار لغم في بادية السخنة صباح السبت، فيما شنّ الطيران في اليوم ذاته "
        "غارات على جبل البشري قالت مصادر إنها أدت إلى مقتل 12 مسلحاً."
    )
    assert one(text, "killed", 12)["event_date"] == date(2024, 5, 11)


def test_a_report_day_gives_way_to_the_incident_time_told_next() -> None:
    text = (
        "أفادت وسائل إعلام رسمية، الأحد، بمقتل 8 جنود وإصابة 5 آخرين في هجوم على حافلة عسكرية "
        "قرب مدينة السخنة.\n"
        "وقال مصدر عسكري إن مسلحين نصبوا كميناً للحافلة مساء السبت وأطلقوا عليها الرصاص."
    )
    assert one(text, "killed", 8)["event_date"] == date(2024, 5, 11)
    assert one(text, "wounded", 5)["event_date"] == date(2024, 5, 11)


def test_a_report_day_stays_when_the_next_sentence_is_another_incident() -> None:
    text = (
        "أفاد المرصد، الأحد، بمقتل 8 جنود في هجوم قرب مدينة السخنة.\n"
        "وكان 3 عناصر قد قتلوا بانفجار لغم مساء الجمعة قرب تدمر."
    )
    assert one(text, "killed", 8)["event_date"] == date(2024, 5, 12)


def test_a_sub_count_told_later_takes_its_parents_place_and_date() -> None:
    text = (
        "قُتل 14 جندياً في هجوم على حافلة عسكرية على طريق السخنة - تدمر، مساء السبت.\n"
        "وأطلق المسلحون قذائف صاروخية على الحافلة قبل أن ينسحبوا.\n"
        "من جهته، ذكر المرصد أن بين القتلى ضابطين برتبة ملازم.\n"
        "وفي هجوم منفصل، قُتل ثلاثة عناصر الأحد بانفجار لغم قرب بلدة الشولا."
    )
    parent, child = one(text, "killed", 14), one(text, "killed", 2)
    assert child["parent_figure_id"] == parent["figure_id"]
    assert (child["place_id"], child["event_date"]) == (parent["place_id"], parent["event_date"])
    assert child["place_id"] != "sy.shola"


def test_the_hospital_town_is_not_the_place() -> None:
    text = (
        "أصيب ستة عناصر بانفجار عبوة ناسفة بسيارتهم في بادية تدمر، ونقلوا إلى المستشفى الوطني "
        "في حمص."
    )
    assert one(text, "wounded", 6)["place_id"] == "badia.sy.tadmur"
    text = "كمين في بادية الشولا.\nوتوفي عنصران متأثرين بجراحهما في مشفى الميادين."
    assert one(text, "killed", 2)["place_id"] == "badia.sy.shola"


def test_the_direction_of_flight_is_not_the_place() -> None:
    text = (
        "اغتال مسلحون قيادياً وسط بلدة الطيانة بريف دير الزور الشرقي.\n"
        "وأصيب مرافقه بجروح خطيرة، قبل أن يلوذ المسلحون بالفرار باتجاه البادية."
    )
    assert one(text, "wounded", 1)["place_id"] == "sy.tayana"


def test_the_same_period_takes_the_place_of_the_total_before() -> None:
    text = (
        "أعلنت وزارة الدفاع أن طائراتها قتلت 150 مسلحاً خلال الأيام الثلاثة الماضية في ضربات "
        "شمال شرقي مدينة تدمر.\n"
        "وأشارت إلى أن عسكريين اثنين أصيبا بانفجار عبوة قرب بلدة السخنة.\n"
        "غير أن المرصد أفاد بأن الغارات خلال المدة ذاتها أسفرت عن مقتل 17 عنصراً فقط."
    )
    assert one(text, "killed", 17)["place_id"] == "sy.tadmur"


def test_a_place_after_another_clause_figure_is_that_figures() -> None:
    text = (
        "قتل التنظيم خلال الشهر الماضي 40 عنصراً ضمن البادية السورية، فيما أصيب 25 آخرون، كما "
        "لقي 7 مدنيين حتفهم بانفجار ألغام في بادية حمص."
    )
    assert one(text, "wounded", 25)["place_id"] == "sy.badia"
    assert one(text, "killed", 7)["place_id"] == "badia.gn.169577"


def test_a_figure_takes_the_place_its_sentence_peer_took_from_a_similar_figure() -> None:
    text = (
        "قُتل سبعة عناصر من الميليشيا بكمين على طريق الميادين - الشولا مساء الخميس.\n"
        "واعتقلت القوات تسعة من رعاة الأغنام في بادية الشولا بتهمة التعاون مع التنظيم.\n"
        "وقال المرصد إن حصيلة قتلى الكمين ارتفعت إلى 9، بعد وفاة عنصرين متأثرين بجراحهما في مشفى "
        "الميادين."
    )
    assert one(text, "killed", 9)["place_id"] == "road.sy.mayadin|sy.shola"
    assert one(text, "killed", 2)["place_id"] == "road.sy.mayadin|sy.shola"


def test_home_town_and_where_a_captive_was_taken_are_not_the_place() -> None:
    text = (
        "قُتل تسعة عناصر من قوات النظام في كمين قرب بلدة أثريا شرق حماة.\n"
        'وأضافت المصادر أن أربعة من القتلى ينتمون إلى ميليشيا "الدفاع الوطني" في مدينة السلمية، '
        "فيما وقع عنصر آخر في الأسر واقتاده مقاتلو التنظيم إلى عمق البادية."
    )
    assert one(text, "killed", 4)["place_id"] == "sy.ithriya"
    assert one(text, "captured_or_abducted", 1)["place_id"] == "sy.ithriya"


def test_a_briefing_day_gives_way_to_the_strike_day_told_before() -> None:
    text = (
        "أعلن مركز المصالحة أن الطيران نفذ يوم أمس الأحد 14 ضربة في البادية، ما أسفر عن القضاء "
        "على 26 مسلحاً.\n"
        'وقال في إيجاز صحفي يوم الاثنين: "نفذت القوات ضربات على أهداف في جبل البشري، أسفرت '
        'عن تصفية 26 إرهابياً، بينهم قياديان".\n'
        "وأفاد بأن المركز سجل أمس قصفاً أدى إلى إصابة جنديين سوريين في ريف اللاذقية."
    )
    assert [r["event_date"] for r in rows(text) if r["count_best"] == 26] == [date(2024, 5, 12)] * 2
    assert one(text, "wounded", 2)["event_date"] == date(2024, 5, 12)


def test_correspondents_town_and_syria_in_a_party_name_are_no_place() -> None:
    text = (
        "أفاد مراسل الميادين في دير الزور بارتقاء 4 شهداء من لواء فاطميون جراء هجوم على نقطة "
        "في بادية الميادين.\n"
        "وأسفر الهجوم الذي استهدف نقطة لقوات سوريا الديمقراطية قرب حقول الجبسة عن مقتل ثلاثة "
        "من مقاتليها."
    )
    assert one(text, "killed", 4)["place_id"] == "badia.sy.mayadin"
    assert one(text, "killed", 3)["place_id"] != "SY"


def test_sdf_cantons_are_governorates() -> None:
    text = "اعتقلت قسد منذ مطلع العام 96 شخصاً في مقاطعتي الحسكة ودير الزور."
    assert one(text, "captured_or_abducted", 96)["place_id"] == "gov.01"


def test_where_and_when_raids_were_carried_out_are_told_next() -> None:
    text = (
        "أعلنت القيادة المركزية الأميركية (سنتكوم)، أمس الأحد، أن قواتها نفذت غارات جوية في "
        "شرق سوريا أسفرت عن مقتل 3 من كبار قادة تنظيم الدولة.\n"
        "وقالت سنتكوم إن الغارات نُفذت ليل الجمعة السبت في ريف دير الزور الشرقي.\n"
        "وأوضح البيان أن القوات نفذت خلال النصف الأول من العام 37 عملية أسفرت عن مقتل 24 من "
        "عناصره، رغم فقدانه آخر معاقله في الباغوز في مارس/آذار 2019.\n"
        "في المقابل، قال المرصد السوري إن الغارات استهدفت منزلاً في محيط بلدة الشحيل وأسفرت "
        "عن مقتل 5 أشخاص."
    )
    three = one(text, "killed", 3)
    assert (three["event_date"], three["place_id"]) == (date(2024, 5, 10), "gov.07")
    assert one(text, "killed", 5)["event_date"] == date(2024, 5, 10)


def test_a_headline_figure_takes_the_side_of_the_one_body_figure_it_restates() -> None:
    text = (
        "سنتكوم: مقتل 3 من قادة تنظيم الدولة بغارات شرقي سوريا.. والمرصد يتحدث عن 5 قتلى\n\n"
        "قال المرصد السوري إن الغارات استهدفت منزلاً في محيط بلدة الشحيل، وأسفرت عن مقتل 5 "
        "أشخاص، بينهم اثنان من قادة التنظيم، ومدنيان من عائلة واحدة."
    )
    assert [r["party"] for r in rows(text) if r["count_best"] == 5] == ["mixed", "mixed"]


def test_where_attackers_came_from_and_the_incident_a_story_follows_are_no_place() -> None:
    text = (
        "ردت وحدات من الجيش على اعتداء على حاجز عند المدخل الجنوبي لمدينة الميادين.\n"
        "وأوضح مصدر أن مجموعة تسللت ليل السبت الأحد من عمق البادية باتجاه الحاجز، ما أدى إلى "
        "استشهاد ثلاثة من عناصره.\n"
        "وفي اليوم التالي، نفذ الطيران غارات في بادية الميادين أسفرت عن مقتل 15 إرهابياً.\n"
        "ويأتي الاعتداء على حاجز الميادين بعد نحو شهر على استشهاد 13 عسكرياً في اعتداء استهدف "
        "حافلة على طريق تدمر - دير الزور."
    )
    assert one(text, "killed", 3)["place_id"] == "sy.mayadin"
    assert one(text, "killed", 15)["event_date"] == date(2024, 5, 12)
    assert one(text, "killed", 13)["place_id"].startswith("road.")


def test_a_governorate_named_with_its_word_and_a_day_told_next() -> None:
    text = (
        "من جهة أخرى، قُتل 6 عناصر من قوات النظام في هجوم على حافلة عسكرية بمحافظة حمص.\n"
        "وأوضحت المصادر أن عناصر داعش استهدفوا الحافلة بقذائف صاروخية مساء السبت."
    )
    six = one(text, "killed", 6)
    assert (six["place_id"], six["event_date"]) == ("gov.11", date(2024, 5, 11))


def test_days_before_the_story_told_by_it_comes_after() -> None:
    text = (
        "قُتل 3 عناصر من قوات النظام، صباح اليوم الاثنين، جراء انفجار لغم على طريق تدمر – السخنة.\n"
        "ويأتي ذلك بعد يومين من مقتل 4 من جامعي الكمأة في بادية السخنة، في موسم يمتد من شباط "
        "حتى نيسان."
    )
    assert one(text, "killed", 4)["event_date"] == date(2024, 5, 11)


def test_a_battle_total_since_a_day_two_days_back_is_a_period_total() -> None:
    text = (
        "وبذلك، ترتفع حصيلة الخسائر البشرية جراء المعارك الدائرة منذ فجر السبت إلى 27 قتيلاً، "
        "هم: 16 من قوات النظام، و11 من عناصر التنظيم."
    )
    assert [r["aggregate"] for r in rows(text)] == [True, True, True]
    assert [r["count_best"] for r in rows(text)] == [27, 16, 11]


def test_a_later_death_and_a_birth_year_do_not_date_the_attack() -> None:
    text = (
        "ارتفعت حصيلة قتلى الهجوم الذي شنه التنظيم، ليل السبت - الأحد، على حاجز قرب الميادين، "
        "إلى 9 قتلى، بعد وفاة اثنين من الجرحى متأثرين بإصاباتهم صباح اليوم الاثنين.\n"
        'ونعت صفحات موالية ثلاثة من القتلى، بينهم "علي سليمان" من مواليد عام 1984.\n'
        "وتبنى التنظيم الهجوم مدعياً قتل 12 عنصراً."
    )
    assert one(text, "killed", 9)["event_date"] == date(2024, 5, 11)
    assert one(text, "killed", 12)["event_date"] != date(1984, 1, 1)


def test_an_outlet_or_council_named_after_a_town_is_no_place() -> None:
    text = (
        "دير الزور 24 | مقتل عنصر من قسد في ذيبان\n"
        'قُتل عنصر في "مجلس دير الزور العسكري" التابع لقسد، مساء الأحد، برصاص مجهولين.\n'
        'وبذلك، وثّقت "دير الزور 24" خلال الأسبوع مقتل 5 أشخاص بريف دير الزور الشرقي.'
    )
    found = [(r["status"], r["count_best"], r["place_id"]) for r in rows(text)]
    assert found[:2] == [("killed", 1, "sy.dhiban")] * 2
    assert found[2] == ("killed", 5, "gov.07")


def test_a_tally_covers_the_area_of_the_report_not_the_last_town() -> None:
    text = (
        "تتواصل الاغتيالات في ريف دير الزور الشرقي.\n"
        "السبت: قُتل عنصر من قسد برصاص مجهولين في بلدة أبو حمام.\n"
        "الأحد: اختطف مسلحون الشاب أحمد من أمام منزله في بلدة الكشكية.\n"
        "وبذلك، وثّقت الشبكة خلال الأسبوع الفائت مقتل 5 أشخاص."
    )
    tally = one(text, "killed", 5)
    assert tally["aggregate"] and tally["place_id"] == "gov.07"


def test_figures_of_incidents_days_apart_do_not_share_a_place() -> None:
    text = (
        "استهدفت خلايا التنظيم، مساء الخميس، حافلة عسكرية قرب بلدة الشولا. وفي حين أعلنت وزارة "
        "الدفاع استشهاد 10 عسكريين وإصابة 4 آخرين، قال المرصد إن الهجوم أسفر عن مقتل 21 عنصراً.\n"
        "في المقابل، قُتل عنصران من لواء القدس وأصيب 3 آخرون، الاثنين، بانفجار لغم في بادية كباجب."
    )
    assert one(text, "wounded", 4)["place_id"] == "sy.shola"
    assert one(text, "killed", 10)["place_id"] == "sy.shola"


def test_a_hashtag_names_its_place_with_underscores() -> None:
    text = 'مراسلنا: مقتل عنصرين من "فاطميون" بهجوم "داعش" على نقطة في #بادية_الميادين.'
    assert one(text, "killed", 2)["place_id"] == "badia.sy.mayadin"


def test_a_distance_reference_point_yields_to_the_towns_named() -> None:
    text = (
        "نصب التنظيم كميناً لحافلة عسكرية في منطقة تقع بين بلدتي كباجب والشولا، على بعد نحو 60 "
        "كيلومتراً جنوب غربي مدينة دير الزور.\n"
        "وقُتل خلال الاشتباكات 3 من عناصر التنظيم."
    )
    assert one(text, "killed", 3)["place_id"] in ("sy.kabajeb", "sy.shola")


def test_the_governorate_is_the_one_named_before_and_a_documenter_is_elsewhere() -> None:
    text = (
        "ما زالت الألغام تحصد أرواح أهالي ريف الرقة. وبحسب مركز لتوثيق ضحايا الألغام في الرقة، "
        "قُتل خلال عام 2023 ما لا يقل عن 41 مدنياً وأُصيب 67 آخرون بانفجار ألغام ومخلفات حرب في "
        "ريف المحافظة."
    )
    assert one(text, "killed", 41)["place_id"] == "gov.04"


def test_a_pluperfect_day_dates_the_earlier_event_and_the_operation_day_is_told_next() -> None:
    text = (
        "نفذت وحدات الأمن العام عملية ضد خلية لتنظيم داعش في بادية القريتين، أسفرت عن مقتل ثلاثة "
        "من أفرادها وتحرير راعيين كانت الخلية قد اختطفتهما قبل أيام.\n"
        "وذكرت وزارة الداخلية، في بيان نشرته اليوم، أن العملية نُفذت ليل السبت – الأحد."
    )
    assert one(text, "killed", 3)["event_date"] == date(2024, 5, 11)


def test_a_byline_and_a_journey_name_no_place() -> None:
    text = (
        "جسر – دير الزور (خاص)\n"
        "انفجرت عبوة ناسفة بحافلة تقل عناصر من لواء الباقر على طريق دير الزور – الميادين.\n"
        "وقالت مصادر إن الحافلة كانت تقلّ عناصر عائدين من مقر الميليشيا في مدينة الميادين إلى "
        "مدينة دير الزور، ما أدى إلى مقتل سبعة عناصر."
    )
    assert one(text, "killed", 7)["place_id"] == "road.gn.170794|sy.mayadin"
    home = "أطلق مسلحون النار على شاب أثناء عودته إلى منزله في بلدة الشحيل، ما أدى إلى مقتله."
    assert one(home, "killed", 1)["place_id"] == "sy.shuhayl"


def test_the_story_day_reaches_past_two_undated_sentences() -> None:
    text = (
        "تصدّت وحدات من الجيش، في ساعة متأخرة من ليل السبت، لهجوم على نقاط عسكرية في محيط مدينة "
        "السخنة.\n"
        "وأفاد مراسل بأن نحو 40 مسلحاً هاجموا النقاط من محورين.\n"
        "وأوضح أن الاشتباكات استمرت أكثر من 3 ساعات، تمكنت خلالها وحدات الجيش من صدّ الهجوم.\n"
        "وأشار المراسل إلى أن خمسة عسكريين ارتقوا شهداء خلال التصدي للهجوم."
    )
    assert one(text, "killed", 5)["event_date"] == date(2024, 5, 11)


def test_until_a_day_tells_how_far_a_count_was_told_not_when() -> None:
    text = (
        "قُتل 11 عنصراً بكمين قرب بلدة كباجب، مساء السبت.\n"
        "في المقابل، نعت صفحات موالية ستة من عناصر الميليشيا بالاسم حتى صباح اليوم."
    )
    assert one(text, "killed", 6)["event_date"] == date(2024, 5, 11)


def test_where_attackers_set_out_and_the_home_countryside_are_no_place() -> None:
    text = (
        "هاجم مسلحون نقاطاً عسكرية في محيط مدينة السخنة من محورين، الأول انطلاقاً من محيط بلدة "
        "الطيبة، والثاني من عمق البادية، ما أدى إلى مقتل خمسة عسكريين."
    )
    assert one(text, "killed", 5)["place_id"] == "sy.sukhnah"
    origin = (
        "قُتل 11 عنصراً بكمين قرب بلدة كباجب. وأوضحت المصادر أن بين القتلى ضابطاً ينحدر من ريف "
        "جبلة، فيما أصيب سبعة عناصر آخرون."
    )
    assert one(origin, "wounded", 7)["place_id"] == "sy.kabajeb"


def test_where_the_wounded_were_taken_and_what_locates_it_are_no_place() -> None:
    text = (
        "شنّت طائرات أميركية غارات على مواقع في محيط مدينة البوكمال. وتحدّثت مصادر عن نقل عدد من "
        "الجرحى بمروحية إلى قاعدة الشدادي في ريف الحسكة، وقال المرصد إن الغارات أودت بحياة 11 "
        "عنصراً."
    )
    assert one(text, "killed", 11)["place_id"] == "sy.bukamal"


def test_a_dated_wire_dateline_is_no_place_and_a_risen_toll_takes_the_attacks_place() -> None:
    text = (
        "دمشق 8 فبراير 2022 (شينخوا) قُتل 11 جنديا سوريا اليوم جراء هجوم على حافلة تقل عسكريين "
        "على طريق تدمر - دير الزور.\n"
        "وذكرت سانا أن مجموعة إرهابية استهدفت الحافلة.\n"
        "وأضاف المصدر أن وحدات من الجيش طاردت المهاجمين في عمق البادية.\n"
        "ولم تتبن أي جهة الهجوم على الفور.\n"
        "وفي وقت لاحق من اليوم، ذكرت سانا أن حصيلة الهجوم ارتفعت إلى 13 قتيلا."
    )
    assert one(text, "killed", 11)["place_id"] == "road.gn.170794|sy.tadmur"
    assert one(text, "killed", 13)["place_id"] == "road.gn.170794|sy.tadmur"


def test_the_countryside_of_damascus_and_an_operation_carried_out_on_a_day_told_next() -> None:
    text = (
        "أعلنت وزارة الداخلية، الأحد، القبض على ستة أشخاص من خلية كانت تخطط لهجمات في ريفي دمشق "
        "وحمص.\n"
        "وقالت الوزارة إن وحدات الأمن الداخلي نفذت العملية فجر السبت."
    )
    row = one(text, "captured_or_abducted", 6)
    assert (row["place_id"], row["event_date"]) == ("gov.08", date(2024, 5, 11))


def test_the_whole_governorate_and_the_victims_home_town() -> None:
    text = (
        "قُتل شاب بانفجار لغم في بادية البوكمال.\n"
        "وبذلك، بلغت حصيلة الأسبوع مقتل 10 أشخاص في عموم المحافظة."
    )
    assert one(text, "killed", 10)["place_id"] == "gov.07"
    home = (
        "داهمت قسد منزلاً في بلدة البصيرة. واستشهد خلال الاشتباك المقاتل خليل (24 عاماً) من أهالي "
        "بلدة ذيبان، وأصيب اثنان من رفاقه."
    )
    assert one(home, "wounded", 2)["place_id"] == "sy.basira"


def test_last_weekday_on_that_weekday_and_a_broadcaster_named_after_a_country() -> None:
    text = "وكان جنديان قد استشهدا، الإثنين الماضي، بانفجار لغم أرضي في بادية السخنة."
    assert one(text, "killed", 2)["event_date"] == date(2024, 5, 6)  # PUB is a Monday
    text = (
        "قُتل عنصران بإطلاق نار في بلدة المزيريب بريف درعا.\n"
        "وقال مراسل تلفزيون سوريا إن مدنياً أصيب بجروح في المكان."
    )
    assert one(text, "wounded", 1)["place_id"] != "SY"


def test_a_fate_told_again_dates_and_places_and_a_family_name_is_no_place() -> None:
    text = (
        "أعلنت وزارة الدفاع التركية، الخميس، تحييد 7 إرهابيين حاولوا التسلل إلى شمالي سوريا.\n"
        "وأوضحت الوزارة أن الإرهابيين رُصدوا ليل الأربعاء قرب مدينة رأس العين وجرى تحييدهم."
    )
    row = one(text, "killed", 7)
    assert (row["place_id"], row["event_date"]) == ("gn.165509", date(2024, 5, 8))
    named = (
        "قُتل ثلاثة جهاديين في بلدة الباغوز. وقال المسؤول الإعلامي عدنان عفرين إن المعارك مستمرة."
    )
    assert one(named, "killed", 3)["place_id"] == "sy.baghuz"
    rural = "أسفرت الحملة عن اعتقال 37 من مرتزقة داعش في أرياف دير الزور والحسكة."
    assert one(rural, "captured_or_abducted", 37)["place_id"] == "gov.07"


def test_a_statement_published_on_a_day_dates_its_telling_not_the_incident() -> None:
    text = (
        "تعرضت دورية للأمن العام، مساء الأحد، لكمين في بادية السخنة.\n"
        "وقالت الوزارة، في بيان نشرته صباح الإثنين، إن الهجوم أسفر عن مقتل عنصرين.\n"
        "وأضاف البيان أن القوات ألقت القبض على ثلاثة من المهاجمين."
    )
    assert one(text, "killed", 2)["event_date"] == date(2024, 5, 12)
    assert one(text, "captured_or_abducted", 3)["event_date"] == date(2024, 5, 12)


def test_the_badia_located_by_a_town_and_a_figure_at_the_site_of_the_ambush() -> None:
    text = (
        "تعرضت دورية لكمين في البادية، على بعد نحو 35 كيلومتراً شرق مدينة تدمر، ما أدى إلى مقتل "
        "عنصرين.\n"
        "وكانت الخلية تتخذ من مغاور قرب حقل آراك مأوى لها.\n"
        "وأصيب راعي أغنام قرب موقع الكمين بجروح طفيفة، ونُقل إلى مشفى تدمر."
    )
    assert one(text, "killed", 2)["place_id"] == "badia.sy.tadmur"
    assert one(text, "wounded", 1)["place_id"] == "badia.sy.tadmur"


def test_a_nationality_is_no_place() -> None:
    text = (
        "قُتل 6 عناصر من الميليشيات الإيرانية بغارات جوية على مواقع في مدينة البوكمال.\n"
        "وقال المرصد إن حصيلة القتلى ارتفعت إلى 9 عناصر من جنسيات سورية وعراقية."
    )
    assert one(text, "killed", 9)["place_id"] == "sy.bukamal"


def test_the_same_year_and_a_night_told_on_its_first_day() -> None:
    text = (
        "وصلت القوات إلى المدينة في أيلول 2017. وفي 18 تشرين الأول من العام ذاته قُتل ضابط بانفجار "
        "لغم."
    )
    assert one(text, "killed", 1)["event_date"] == date(2017, 10, 18)
    night = "اغتال مسلحون مجهولون، ليل الإثنين – الثلاثاء، عنصراً في قسد ببلدة أبو حمام."
    assert one(night, "killed", 1)["event_date"] == date(2024, 5, 6)  # PUB is a Monday


def test_the_day_before_yesterday_and_a_first_telling_of_the_same_toll() -> None:
    text = (
        "ارتفع عدد شهداء الاعتداء الإرهابي الذي نفذته فلول داعش مساء أول من أمس على حافلة "
        "عسكرية إلى 14 شهيداً.\n"
        "وكانت وزارة الدفاع قد أعلنت في بيان أمس استشهاد 11 عسكرياً."
    )
    assert one(text, "killed", 14)["event_date"] == date(2024, 5, 11)
    assert one(text, "killed", 11)["event_date"] == date(2024, 5, 11)


def test_a_locality_the_gazetteer_lacks_a_city_with_its_countryside_and_a_prison() -> None:
    text = (
        "وفي بلدة الكرامة شرقي الرقة، اعتقل عناصر الحسبة قرابة 25 شاباً، واقتادوهم إلى سجن "
        '"النقطة 11" في مدينة الرقة.'
    )
    assert one(text, "captured_or_abducted", 25)["place_id"] == "gov.04"
    text = (
        'ووثّقت حملة "الرقة تذبح بصمت" منذ مطلع العام إعدام ما لا يقل عن 94 شخصاً في مدينة الرقة '
        "وريفها."
    )
    assert one(text, "executed", 94)["place_id"] == "gov.04"


def test_an_incident_told_again_after_had_takes_its_day_and_eleven_is_no_sunday() -> None:
    text = (
        "شُيّعت أمس جثامين الشهداء الأحد عشر الذين ارتقوا جراء الاعتداء الإرهابي الذي نفذته "
        "مجموعة من فلول داعش مساء أول أمس على حافلة لنقل الركاب على طريق تدمر – دير الزور.\n"
        "وكانت المجموعة الإرهابية قد استهدفت الحافلة بالقذائف الصاروخية، ما أدى إلى استشهاد "
        "أحد عشر شخصاً."
    )
    assert one(text, "killed", 11)["event_date"] == date(2024, 5, 11)
    norm = normalize_arabic("وشيّع أمس الشهداء الأحد عشر.")
    assert [d.kind for d in find_dates(norm, PUB)] == ["relative"]


def test_the_camp_is_the_camp_named_before_and_a_capital_speaking_is_no_place() -> None:
    text = (
        "مخيم الهول ومحافظة دير الزور: تحديث الحالة.\n"
        "أُفيد بمقتل 34 شخصاً من سكان المخيم منذ بداية العام."
    )
    assert one(text, "killed", 34)["place_id"] == "sy.hol"
    text = (
        "قال المرصد السوري إن حصيلة الكمين على طريق أثريا – الرقة أعلى بكثير مما أعلنته دمشق، "
        "موضحاً أن 16 شخصاً قُتلوا في الهجوم.\n"
        "دمشق تعلن 7 قتلى في الكمين."
    )
    assert one(text, "killed", 16)["place_id"].startswith("road.")
    assert one(text, "killed", 7)["place_id"] != "gn.170654"  # Damascus


def test_a_total_over_a_city_named_like_its_governorate_is_the_governorate() -> None:
    text = (
        "قُتل شاب في مدينة الرقة برصاص مجهولين مساء الأحد. وبذلك سقط في الرقة 31 قتيلاً منذ "
        "مطلع العام."
    )
    assert one(text, "killed", 31)["place_id"] == "gov.04"
    assert one(text, "killed", 1)["place_id"] == "gn.172955"  # an incident in the city itself


def test_the_headline_is_the_whole_first_line_though_two_dots_break_it() -> None:
    text = (
        'بين 9 و14 قتيلاً.. "داعش" يهاجم حاجزاً لـ"الدفاع الوطني" قرب السخنة\n\n'
        "قتل 14 عنصراً من الميليشيا بهجوم للتنظيم. واستمر الاشتباك ساعتين. وانسحب المهاجمون.\n\n"
        "في المقابل، نقلت صفحات موالية عن مصدر عسكري قوله إن حصيلة الهجوم بلغت 9 قتلى."
    )
    assert [r["place_id"] for r in rows(text)] == ["sy.sukhnah"] * 3


def test_a_figure_told_when_the_day_compared_with_was_takes_that_day() -> None:
    text = (
        "ويعد الهجوم الأعنف على قوات النظام في البادية منذ 10 آذار الماضي، حين قتل 23 عنصراً "
        "بكمين استهدف حافلة عسكرية."
    )
    assert one(text, "killed", 23)["event_date"] == date(2024, 3, 10)


def test_a_badia_the_gazetteer_lacks_is_the_badia_of_the_town_that_locates_it() -> None:
    text = "قُتل خمسة عناصر من قوات النظام بهجوم على موقع عسكري في بادية الدوير غربي دير الزور."
    assert one(text, "killed", 5)["place_id"] == "badia.gn.170794"


def test_the_seat_of_an_office_is_not_the_place() -> None:
    text = (
        "قُتل ستة أشخاص بانفجار لغم في بادية تدمر. وأوردت سانا حصيلة أدنى، مشيرة إلى مقتل خمسة "
        "مدنيين، ونقلت عن مصدر في مديرية الصحة في حمص أن المصابين نقلوا إلى المستشفى."
    )
    assert one(text, "killed", 5)["place_id"] == "badia.sy.tadmur"


def test_a_total_under_a_section_heading_is_of_the_headings_place() -> None:
    text = (
        "نشاط التنظيم خلال الربع الأول من عام 2024\n\nمحافظة دير الزور\nسجلت الوحدة 29 عملية في "
        "باديتي الميادين والبوكمال. وبلغت حصيلة قتلى قوات النظام 21 قتيلاً."
    )
    assert one(text, "killed", 21)["place_id"] == "gov.07"


def test_a_reports_total_with_no_place_of_its_own_is_of_the_area_the_report_covers() -> None:
    text = (
        "المرصد السوري: 541 قتيلاً في البادية السورية خلال عام 2023\n\nتوزع 55 قتيلاً على ريف "
        "حلب الجنوبي الشرقي. كما أُصيب خلال العام ما لا يقل عن 260 من قوات النظام بجروح."
    )
    assert one(text, "wounded", 260)["place_id"] == "sy.badia"


def test_a_town_told_far_off_is_no_place_and_a_town_told_near_is() -> None:
    text = (
        "قُتل 13 عنصراً من قوات النظام بكمين على طريق تدمر – دير الزور. وقالت مصادر إن المسلحين "
        "استهدفوا الحافلة على بعد نحو 50 كيلومتراً من مدينة دير الزور، ما أدى إلى مقتل 11 عنصراً."
    )
    assert one(text, "killed", 11)["place_id"] == "road.gn.170794|sy.tadmur"
    text = (
        "ونفذت مروحيات التحالف إنزالاً على منزل في قرية صغيرة، على بعد نحو ثمانية كيلومترات جنوب "
        "بلدة الهول شرقي الحسكة، أسفر عن مقتل قيادي في التنظيم."
    )
    assert one(text, "killed", 1)["place_id"] == "sy.hol"


def test_the_badia_travellers_were_heading_to_is_not_the_place() -> None:
    text = (
        "هجوم على حافلة قرب تدمر. وقالت مصادر إن الحافلة كانت تقل 30 عنصراً في طريق عودتهم من "
        "الإجازة إلى مواقعهم في بادية السخنة. ووثق المرصد مقتل 11 من عناصر قوات النظام."
    )
    assert one(text, "killed", 11)["place_id"] == "sy.tadmur"


def test_a_wider_place_locating_a_road_gives_way_to_the_road() -> None:
    text = (
        "وكمن مسلحو التنظيم لرتل عسكري على طريق أثريا – الرصافة في بادية الرقة، وقال المرصد إن "
        "حصيلة القتلى ارتفعت إلى 12 عنصراً."
    )
    assert one(text, "killed", 12)["place_id"] == "road.sy.ithriya|sy.rusafa"


def test_a_person_killed_in_the_ambush_told_before_has_its_place_and_day() -> None:
    text = (
        "قُتل 13 عنصراً من قوات النظام، مساء أمس الاثنين، بكمين على طريق تدمر – دير الزور. "
        "وشيّعت قوات النظام، اليوم الثلاثاء، في مدينة جبلة، الملازم أول علي حسن، الذي قُتل في الكمين."
    )
    row = one(text, "killed", 1)
    assert row["place_id"] == "road.gn.170794|sy.tadmur"
    assert row["event_date"] == date(2024, 5, 12)


def test_a_raid_told_next_with_a_day_aside_gives_its_place_and_day() -> None:
    text = (
        "أعلن الجيش الأميركي، الأحد، أن قواته قتلت قيادياً في التنظيم في عملية في شمال سوريا. "
        "وقالت القيادة المركزية إن قواتها نفذت، السبت، عملية دهم في بلدة الهول شرقي الحسكة."
    )
    row = one(text, "killed", 1)
    assert row["place_id"] == "sy.hol"
    assert row["event_date"] == date(2024, 5, 11)


def test_the_badia_alone_in_a_statement_gives_way_to_the_story_place_told_before() -> None:
    text = (
        "قُتل 4 عناصر من الجيش السوري، فجر أمس الأحد، بهجوم على حاجز عند مفرق حقل الشاعر شرقي "
        'حمص. وقالت الوزارة في بيان إن "أحد حواجز الفرقة 74 العاملة في البادية تعرّض لهجوم، ما '
        'أدى إلى ارتقاء أربعة من جنودنا".'
    )
    assert [r["place_id"] for r in rows(text) if r["count_best"] == 4] == ["sy.shaer"] * 2
    told_later = (  # a sentence with a time of its own is another story: the Badia stays
        "قُتل 4 عناصر من الجيش السوري بهجوم على حاجز عند مفرق حقل الشاعر شرقي حمص. وفي مطلع "
        "تموز قُتل 20 عنصراً في اشتباكات في منطقة البادية."
    )
    assert one(told_later, "killed", 20)["place_id"] == "sy.badia"


def test_a_day_of_that_year_beats_the_year() -> None:
    text = (
        "ويعيد هذا المشهد إلى الأذهان صيف عام 2020، حين قُتل الجنرال الروسي فياتشيسلاف غلادكيخ "
        "بانفجار عبوة قرب دير الزور في 18 آب/أغسطس من ذلك العام."
    )
    assert one(text, "killed", 1)["event_date"] == date(2020, 8, 18)


def test_an_isis_sector_is_no_place() -> None:
    text = (
        'وخسر التنظيم "أبو حفص الشامي" المسؤول عن "قاطع البادية"، الذي قُتل بغارة روسية قرب جبل '
        "البشري."
    )
    assert one(text, "killed", 1)["place_id"] == "sy.jabal_bishri"


def test_a_figure_told_again_with_a_finer_place_takes_it_and_a_page_stamp_dates_nothing() -> None:
    text = (
        "قُتل 11 عسكرياً سورياً وأصيب 14 آخرون بجروح الأحد في هجوم استهدف حافلة تقلّهم في البادية "
        "السورية.\n\nنشرت في: 13/05/2024 - 13:40\n\nبيروت (أ ف ب) – نقلت سانا عن مصدر عسكري قوله "
        'إن "حافلة نقل عسكرية تعرضت لهجوم على طريق تدمر – دير الزور، ما أدى إلى استشهاد 11 عسكرياً '
        'وإصابة 14 آخرين".'
    )
    found = rows(text)
    assert {r["place_id"] for r in found} == {"road.gn.170794|sy.tadmur"}
    assert {r["event_date"] for r in found} == {date(2024, 5, 12)}


def test_the_next_morning_told_with_a_figure_dates_it_a_day_later() -> None:
    text = (
        "اختطف مسلحون ثلاثة مدنيين من بلدة ذيبان، مساء الجمعة 10 من أيار، قبل أن يعدموا أحدهم "
        "صباح اليوم التالي، وأفرجوا عن اثنين."
    )
    assert one(text, "captured_or_abducted", 3)["event_date"] == date(2024, 5, 10)
    assert one(text, "executed", 1)["event_date"] == date(2024, 5, 11)


def test_a_breakdown_list_item_is_a_total_unless_its_own_item_tells_an_incident() -> None:
    text = (
        "وثّق المرصد خلال شهر شباط مقتل 73 من قوات النظام في البادية.\n\n"
        "وتوزع قتلى قوات النظام على المحافظات على النحو الآتي:\n\n"
        "- بادية دير الزور: 24 قتيلاً.\n- بادية الرقة: 13 قتيلاً.\n\n"
        "وكان أعنف هجمات الشهر الكمين الذي نصبته خلايا التنظيم لحافلة عسكرية على طريق تدمر - "
        "السخنة."
    )
    assert one(text, "killed", 13)["aggregate"] is True  # no "الكمين" from the text after it
    assert one(text, "killed", 24)["aggregate"] is True
    incidents = (
        "وقُتل 20 شخصاً خلال الأسبوع في البادية.\n\nوسُجلت حوادث أخرى خلال الأسبوع:\n\n"
        "- بادية آراك: 3 قتلى.\n- القريتين: جريحان."
    )
    assert one(incidents, "killed", 3)["aggregate"] is False


def test_the_badia_with_a_far_town_as_reference_gives_way_to_the_story_place() -> None:
    text = (
        "قضت وحدات من الجيش على 14 إرهابياً إثر تصديها لاعتداء على نقطة عسكرية في بادية السخنة "
        "بريف حمص الشرقي.\n\nوذكر مراسل سانا أن مجموعات من الإرهابيين انطلقت من جيوب في عمق "
        "البادية، على بعد نحو 40 كم شمال شرق مدينة السخنة، واعتدت على نقطة عسكرية، ما أدى إلى "
        "استشهاد ثلاثة عسكريين."
    )
    assert one(text, "killed", 3)["place_id"] == "badia.sy.sukhnah"


def test_a_town_the_gazetteer_lacks_is_somewhere_in_the_governorate_told_before() -> None:
    text = (
        "كما قُتل عنصران بانفجار لغم في بادية العشارة.\n\nوفي بلدة الدوير، أعدم عناصر التنظيم، "
        "يوم الأحد، الشاب محمد الدندل."
    )
    assert one(text, "executed", 1)["place_id"] == "gov.07"


def test_an_incident_named_again_by_its_kind_takes_its_day() -> None:
    text = (
        "أعلنت سنتكوم، الخميس، مقتل قيادي في التنظيم خلال عملية إنزال جوي نفذتها قواتها فجر "
        "الأربعاء في بلدة أبو حمام. ونفذت طائرات التحالف، الثلاثاء، ضربات على مخابئ للتنظيم في "
        "بادية الميادين، أسفرت عن مقتل ثلاثة من عناصره. في المقابل، قال المرصد إن عملية الإنزال "
        "في أبو حمام أسفرت عن مقتل 4 أشخاص."
    )
    assert one(text, "killed", 3)["event_date"] == date(2024, 5, 7)
    assert one(text, "killed", 4)["event_date"] == date(2024, 5, 8)


def test_a_road_named_by_one_end_is_the_road_told_before() -> None:
    text = (
        "قُتل 11 عنصراً من قوات الأسد بكمين لرتل عسكري على طريق تدمر – السخنة. في المقابل، "
        'اكتفت وكالة سانا بالحديث عن "استشهاد 4 عسكريين" جراء اعتداء استهدف حافلة على طريق تدمر.'
    )
    assert one(text, "killed", 4)["place_id"] == "road.sy.sukhnah|sy.tadmur"


def test_where_a_named_man_comes_from_is_no_place_and_the_story_place_is_three_back() -> None:
    text = (
        "قُتل 11 عنصراً من قوات الأسد بكمين في بادية السخنة شرقي حمص. وأسر عناصر التنظيم "
        "عنصرين واقتادوهما إلى عمق البادية. ونُقل الجرحى إلى المستشفى العسكري في مدينة حمص. "
        "ونعت صفحات موالية العقيد علي سليمان، من ريف جبلة، وقالت إنه قُتل خلال التصدي لهجوم "
        "في البادية."
    )
    assert one(text, "killed", 1)["place_id"] == "badia.sy.sukhnah"


def test_what_the_arrested_did_before_where_attackers_came_from_and_a_channel_are_no_places() -> (
    None
):
    text = (
        "نفذت قسد عملية أمنية في بلدة الشدادي. وأسفرت العملية عن اعتقال 11 مرتزقاً، بينهم 3 من "
        "المتورطين في زرع العبوات الناسفة على طريق الشدادي – الهول."
    )
    assert one(text, "captured_or_abducted", 11)["place_id"] == "sy.shaddadi"
    came = (
        "قُتل 4 جنود في هجوم على موقع عسكري في بادية البوكمال. وأوضح المراسل أن المسلحين تسللوا "
        "قادمين من جهة منطقة الـ 55 كيلومتراً التي يفرضها الاحتلال حول قاعدة التنف، وأن القوات "
        "قتلت 6 من المهاجمين."
    )
    assert one(came, "killed", 6)["place_id"] == "badia.sy.bukamal"
    channel = (
        "شن الطيران غارات على مواقع في محيط مدينة البوكمال. وقالت مصادر محلية للميادين إن الغارات "
        "أدت إلى استشهاد مدني."
    )
    assert one(channel, "killed", 1)["place_id"] == "sy.bukamal"


def test_a_day_to_come_dates_nothing() -> None:
    text = "قُتل 6 عناصر من الأمن العام بهجوم على حاجز قرب موحسن، وتقرر تشييعهم غداً الخميس."
    assert one(text, "killed", 6)["event_date"] == PUB


def test_the_operation_named_again_takes_the_place_and_day_it_was_told_with() -> None:
    text = (
        "واشنطن تعلن مقتل قيادي في داعش\n"
        "أعلن الجيش الأميركي أن قواته قتلت قيادياً بارزاً في التنظيم. وقالت سنتكوم إن قواتها "
        "نفذت، الثلاثاء، عملية دهم في بلدة قباسين شمال شرقي حلب. وأكد البيان أنه لم يُصب أي "
        "مدني خلال العملية. وكانت واشنطن قد رصدت مكافأة لمن يدلي بمعلومات عنه. غير أن المرصد "
        "أفاد بأن العملية أسفرت عن مقتل أربعة أشخاص."
    )
    four = one(text, "killed", 4)
    assert four["place_id"] == "gn.166285"
    assert four["event_date"] == date(2024, 5, 7)
    retold = (
        "قتل 3 عناصر من قوات النظام في كمين قرب بلدة الشولا جنوبي دير الزور، مساء السبت. وأغلقت "
        "القوات الطريق. وقال المرصد إن حصيلة قتلى الكمين ارتفعت إلى 5."
    )
    assert one(retold, "killed", 5)["place_id"] == "sy.shola"


def test_the_same_night_is_the_night_told_before() -> None:
    text = (
        "شهدت بلدة ذيبان، ليل السبت - الأحد، اغتيال مختار البلدة. وفي وقت متأخر من الليلة "
        "ذاتها، هاجم مسلحون نقطة لقسد في بادية هجين، ما أدى إلى مقتل أربعة عناصر."
    )
    assert one(text, "killed", 4)["event_date"] == date(2024, 5, 11)


def test_the_same_incident_is_where_the_last_one_of_its_kind_was_told() -> None:
    text = (
        "أعدم التنظيم خمسة رعاة في بادية الميادين. واختطف التنظيم راعياً في بادية العشارة. "
        "وذكر المرصد أن عدد الرعاة الذين أعدمهم التنظيم في الحادثة ذاتها بلغ ستة."
    )
    assert one(text, "executed", 6)["place_id"] == "badia.sy.mayadin"


def test_an_isis_province_is_its_governorate_and_its_gloss_no_town() -> None:
    text = (
        'وفي "ولاية البركة" (الحسكة)، ادعى التنظيم تنفيذ أربعة هجمات "قُتل فيها خمسة من '
        'المرتدين"، بينما نسب إلى "ولاية حمص" ثلاثة هجمات في بادية السخنة "هلك فيها 8 من '
        'الجيش النصيري".'
    )
    assert one(text, "killed", 5)["place_id"] == "gov.01"
    assert one(text, "killed", 8)["place_id"] == "badia.sy.sukhnah"


def test_a_later_figure_in_another_governorate_does_not_place_an_earlier_one() -> None:
    text = (
        'وزعمت الصحيفة أن الهجوم استهدف حاجزاً لـ"قسد" في بلدة ذيبان وأوقع سبعة قتلى. لكن '
        'قيادياً في "مجلس دير الزور العسكري" قال إن الهجوم أسفر عن مقتل مقاتلَين اثنين. وفي '
        "الحسكة، قُتل عنصران من الأسايش بهجوم على حاجز."
    )
    two = [r for r in rows(text) if r["count_best"] == 2]
    # "وفي الحسكة،": a frame naming the governorate by its seat
    assert [r["place_id"] for r in two] == ["sy.dhiban", "gov.01"]


def test_an_updated_toll_is_dated_by_the_first_telling_of_its_attack() -> None:
    timeline = (
        "الأحد 12 أيار\n\n22:40 | مصدر طبي: مقتل عنصرين من الأمن العام بهجوم على حاجز قرب بلدة "
        "موحسن.\n\nالإثنين 13 أيار\n\n07:30 | الحصيلة المحدثة بحسب مصدر في الأمن العام: مقتل 5 "
        "عناصر."
    )
    assert one(timeline, "killed", 5)["event_date"] == date(2024, 5, 12)
    told_next = (
        "ارتفعت حصيلة قتلى الهجوم على نقاط الجيش في بادية حمص إلى تسعة قتلى، بعد وفاة عنصرين "
        "متأثرين بإصابتهما، اليوم الإثنين. وكانت وزارة الداخلية قد أعلنت، مساء أمس الأحد، مقتل "
        "سبعة عناصر في هجوم على نقطتين على طريق تدمر – السخنة فجر الأحد."
    )
    assert one(told_next, "killed", 9)["event_date"] == date(2024, 5, 12)


def test_an_updated_toll_is_placed_where_its_attack_was() -> None:
    text = (
        "وقالت مصادر إن الرتل تعرض لهجوم قرب بلدة الشولا. وقال المرصد إن الكمين أسفر عن مقتل 9 "
        "عناصر، مؤكداً أن مقاتلي التنظيم أسروا عنصرين واقتادوهما إلى جهة مجهولة في عمق البادية. "
        "ثم عاد المرصد وأعلن، أمس الأحد، ارتفاع حصيلة القتلى إلى 12 عنصراً، بعد وفاة 3 من الجرحى "
        "متأثرين بإصاباتهم في المشفى العسكري بدير الزور."
    )
    assert one(text, "killed", 12)["place_id"] == "sy.shola"


def test_the_wounded_who_died_later_are_dated_by_their_attack() -> None:
    text = (
        "هاجم مسلحون ليل السبت موقعاً لميليشيا فاطميون قرب البوكمال، ما أدى إلى مقتل أربعة "
        "عناصر. وأضاف أن اثنين من المصابين فارقا الحياة مساء الأحد، قبل أن يفارق جريح ثالث "
        "الحياة صباح اليوم، فيما لا يزال ثلاثة جرحى يتلقون العلاج."
    )
    assert one(text, "killed", 2)["event_date"] == date(2024, 5, 11)
    assert one(text, "wounded", 3)["event_date"] == date(2024, 5, 11)


def test_a_first_report_told_again_keeps_the_story_place() -> None:
    text = (
        "ارتفعت حصيلة قتلى الهجوم على موقع لميليشيا فاطميون جنوبي مدينة البوكمال إلى سبعة. وكان "
        "المراسل قد أفاد، صباح الأحد، بمقتل أربعة عناصر من الميليشيا عند أطراف البادية."
    )
    assert one(text, "killed", 4)["place_id"] == "sy.bukamal"


def test_where_help_came_from_and_a_road_far_off_are_not_the_place() -> None:
    reinforcements = (
        "تعرض الرتل لهجوم قرب بلدة الشولا، قبل وصول تعزيزات من مدينة دير الزور. وقال المرصد إن "
        "الكمين أسفر عن مقتل 9 عناصر."
    )
    assert one(reinforcements, "killed", 9)["place_id"] == "sy.shola"
    road = (
        "نفذت قوى الأمن عملية في الجرود بين مدينتي يبرود والنبك. وتبين أن أفراد الخلية يتخذون "
        "من مزرعة تبعد نحو 6 كيلومترات عن الطريق الدولي دمشق – حمص مقراً لهم. وأسفرت العملية "
        "عن مقتل ثلاثة من أفراد الخلية."
    )
    assert not one(road, "killed", 3)["place_id"].startswith("road.gn.169577")


def test_a_sources_town_is_not_the_place_unless_the_story_is_told_there() -> None:
    elsewhere = (
        "قتل ثلاثة من جامعي الكمأة في بادية أثريا. وقال مصدر محلي من بلدة السعن إن ثلاثة آخرين "
        "ما زالوا مفقودين."
    )
    assert one(elsewhere, "missing", 3)["place_id"] == "badia.sy.ithriya"
    there = (
        "وقال مصدر محلي من ذيبان إن مسلحين هاجموا نقطة لقسد على أطراف البلدة، ما أدى إلى مقتل "
        "ستة من عناصرها."
    )
    assert one(there, "killed", 6)["place_id"] == "sy.dhiban"


def test_a_death_that_raises_the_toll_is_dated_by_the_attack_not_a_reminder_before_it() -> None:
    feed = (
        "06:58\nعاجل | مصدر طبي في مشفى الميادين: وصول 3 قتلى و٧ جرحى حصيلة أولية لتفجير الميادين.\n\n"
        "12:05\nتذكير | هذا ثاني تفجير تشهده الميادين خلال أقل من شهر، بعد تفجير في 29 نيسان "
        "الماضي أودى بحياة 4 عناصر من الشرطة.\n\n"
        "12:40\nعاجل | مصادر محلية: وفاة مدني ثالث متأثراً بإصابته في تفجير الميادين، ما يرفع "
        "الحصيلة إلى 7 قتلى."
    )
    assert one(feed, "killed", 4)["event_date"] == date(2024, 4, 29)
    assert one(feed, "killed", 7)["event_date"] == date(2024, 5, 13)
    assert one(feed, "killed", 1)["event_date"] == date(2024, 5, 13)


def test_a_kurdish_town_as_a_fighters_surname_is_no_place() -> None:
    named = (
        "هاجم مسلحون نقطة لقسد قرب الطبقة. واستشهد اثنان من المقاتلين، هما الرفيق شيار كوباني "
        "والرفيق علي الحمد."
    )
    assert one(named, "killed", 2)["place_id"] == "sy.tabqa"
    said = "قال قائد قسد إن الهجوم وقع قرب الطبقة. وتابع كوباني أن أربعة حراس قتلوا في الهجوم."
    assert one(said, "killed", 4)["place_id"] == "sy.tabqa"
    town = "قُتل عنصران من قسد في ريف مدينة كوباني."
    assert one(town, "killed", 2)["place_id"] == "gov.09"


def test_many_badias_or_towns_listed_are_the_whole_badia_or_their_governorate() -> None:
    badias = (
        "وارتفع عدد ضحايا الألغام من جامعي الكمأة منذ بداية الموسم إلى 41 قتيلاً في بوادي حمص وحماة "
        "والرقة ودير الزور."
    )
    assert one(badias, "killed", 41)["place_id"] == "sy.badia"
    towns = (
        "قُتل ثلاثة أشخاص خلال الساعات الـ72 الماضية في سلسلة عمليات اغتيال في بلدات ذيبان والشحيل "
        "وهجين."
    )
    assert one(towns, "killed", 3)["place_id"] == "gov.07"


def test_a_tally_opened_after_a_comma_is_not_placed_at_the_incident_before() -> None:
    text = (
        "وقُتل 3 رعاة بانفجار لغم في بادية تدمر، مشيراً إلى أنه وثق منذ مطلع العام الجاري مقتل 147 "
        "عنصراً من قوات الحكومة في هجمات في البادية."
    )
    assert one(text, "killed", 147)["place_id"] == "sy.badia"
    assert one(text, "killed", 3)["place_id"] == "badia.sy.tadmur"


def test_a_sub_count_keeps_the_place_told_right_after_it() -> None:
    text = (
        "قُتل منذ مطلع نيسان 31 عنصراً من قوات النظام في هجمات للتنظيم في البادية السورية، بينهم 14 "
        "في بادية الرقة وحدها."
    )
    assert one(text, "killed", 14)["place_id"] == "badia.gn.172955"
    assert one(text, "killed", 31)["place_id"] == "sy.badia"


def test_the_incident_is_told_next_after_a_framed_aside() -> None:
    text = (
        "أعلنت القيادة المركزية الأميركية، الجمعة، مقتل قيادي بارز في تنظيم داعش في عملية إنزال جوي "
        "في شرق سوريا. وقالت سنتكوم إن قواتها نفذت ليل الخميس - الجمعة، بمشاركة قوات سوريا "
        "الديمقراطية، عملية بالمروحيات في بلدة الباغوز."
    )
    row = one(text, "killed", 1)
    assert (row["place_id"], row["event_date"]) == ("sy.baghuz", date(2024, 5, 9))


GOLD = Path(__file__).parent / "gold" / "events"


def gold_rows(name: str) -> list[dict]:
    data = yaml.safe_load((GOLD / f"{name}.yaml").read_text(encoding="utf-8"))
    return extract_article_events(name, data["text"], data["published"], "test")


def test_a_toll_risen_by_its_count_of_martyrs_takes_the_attacks_place() -> None:
    found = gold_rows("cr5_alwatan_bus_attack_palmyra_dzor_road")
    assert [r["place_id"] for r in found if r["count_best"] == 14] == ["sy.kabajeb"] * 2


def test_the_dead_listed_by_the_sources_are_the_ambushs() -> None:
    found = gold_rows("cr1_zamanalwasl_mayadin_convoy_ambush")
    listed = [r for r in found if r["count_best"] in (6, 3) and r["status"] == "killed"]
    assert {r["place_id"] for r in listed} == {"badia.sy.mayadin"}
    assert {r["party"] for r in listed} == {"government", "iran_backed"}


def test_a_toll_whose_noun_comes_before_its_verb_is_dated_by_the_attack() -> None:
    text = (
        "قُتل سبعة عناصر من قوات النظام، ليل السبت – الأحد، في هجوم على حاجز قرب قرية الكوم. "
        "لكن المرصد السوري أفاد، صباح أمس الأحد، بأن حصيلة القتلى ارتفعت إلى تسعة."
    )
    assert one(text, "killed", 9)["event_date"] == date(2024, 5, 11)


def test_a_datelines_day_is_not_the_incidents() -> None:
    text = (
        "دمشق 13 مايو 2024 (شينخوا) قُتل 13 جنديا سوريا وأصيب 8 آخرون مساء أمس (الأحد) في كمين "
        "نصبه مسلحو تنظيم داعش لقافلة عسكرية على الطريق الدولي الواصل بين مدينتي تدمر ودير الزور في "
        "شرق سوريا، حسبما أفاد مصدر عسكري سوري."
    )
    assert one(text, "killed", 13)["event_date"] == date(2024, 5, 12)


def test_a_span_of_two_days_dates_its_first_and_the_second_day_the_next() -> None:
    text = (
        'وجاء في البيان: "نفذت قواتنا يومي الأحد والاثنين 5 و6 أيار الجاري عملية أمنية في ريف دير '
        'الزور". وأوضح البيان أنه "في اليوم الأول من العملية قبضت قواتنا على ستة مرتزقة في بلدة '
        'البصيرة". وأضاف: "وفي اليوم الثاني، قتلت قواتنا اثنين من المرتزقة في بلدة ذيبان".'
    )
    assert one(text, "captured_or_abducted", 6)["event_date"] == date(2024, 5, 5)
    assert one(text, "killed", 2)["event_date"] == date(2024, 5, 6)


def test_a_span_of_days_in_a_month_is_one_date_mention() -> None:
    found = find_dates(normalize_arabic("بين 3 و5 آذار 2023"), PUB)
    assert [(d.date, d.precision) for d in found] == [(date(2023, 3, 3), "week")]


def test_a_headline_person_restates_the_body_figure_of_the_same_noun() -> None:
    text = (
        "خمسة قتلى بمواجهات في ذيبان.. واغتيال وجيه عشائري في الشحيل\n\n"
        "اندلعت اشتباكات عنيفة، فجر أمس الأحد، في بلدة ذيبان بريف دير الزور الشرقي، أسفرت عن مقتل "
        "3 عناصر من قسد، إضافة إلى طفل قضى برصاصة طائشة.\n\n"
        "وفي سياق منفصل، اغتال مسلحون مجهولون، مساء السبت، الوجيه العشائري حمد الخلف أمام مضافته "
        "في بلدة الشحيل."
    )
    found = {(r["figure_text"], r["place_id"]) for r in rows(text) if r["count_best"] == 1}
    # the headline's notable is the body's, in al-Shuhayl; the child stays in Dhiban
    assert ("وجيه", "sy.shuhayl") in found
    assert ("طفل", "sy.dhiban") in found


def test_a_day_written_with_the_article_before_its_digits() -> None:
    found = find_dates(normalize_arabic("في الـ29 من آب المنصرم"), PUB)
    assert [(d.date, d.precision) for d in found] == [(date(2023, 8, 29), "day")]


def test_a_kurdish_given_name_is_no_month() -> None:
    assert find_dates(normalize_arabic("استشهد العضو جوان أحمد متأثراً بجراحه"), PUB) == []


def test_a_statement_dated_by_its_issue_retells_the_first_telling() -> None:
    text = (
        "هجوم لداعش على حاجز للأسايش قرب الشدادي\n\n"
        "ارتقى ثلاثة من أعضاء قوى الأمن الداخلي شهداء في هجوم شنّه مرتزقة داعش ليل السبت – "
        "الأحد على حاجز للأسايش قرب الشدادي.\n\n"
        "كما أصيب مدنيان كانا يمرّان قرب الحاجز.\n\n"
        'وفي بيان أصدرته صباح الأحد، قالت القيادة العامة: "تعرّض أحد حواجزنا لهجوم غادر، ما أدى '
        'لاستشهاد ثلاثة من رفاقنا".'
    )
    killed = [r for r in rows(text) if r["status"] == "killed" and r["count_best"] == 3]
    assert [r["event_date"] for r in killed] == [date(2024, 5, 11), date(2024, 5, 11)]


def test_a_named_regions_edges_do_not_place_its_tally() -> None:
    text = (
        "يواصل التنظيم نشاطه ضمن البادية السورية الممتدة من ريف حماة الشرقي وريف الرقة الجنوبي "
        "وصولاً إلى باديتي حمص ودير الزور. ووفقاً لإحصائيات المرصد، فقد جرى توثيق مقتل 512 من "
        "قوات النظام منذ مطلع كانون الثاني."
    )
    assert one(text, "killed", 512)["place_id"] == "sy.badia"
    # but the edges of a bare "البادية" say which Badia
    text = (
        "واصلت وحدات الجيش عمليات تمشيط البادية الممتدة بين محافظتي دير الزور والرقة، ما أدى إلى "
        "القضاء على 23 إرهابياً."
    )
    assert one(text, "killed", 23)["place_id"] != "sy.badia"


def test_a_toll_that_rose_on_a_day_keeps_the_attacks_day() -> None:
    text = (
        "حصيلة هجوم الشولا ترتفع\n\n"
        "قُتل 14 عسكريا من قوات النظام مساء الخميس في هجوم على حافلة قرب بلدة الشولا.\n\n"
        "وقال المرصد إن حصيلة القتلى ارتفعت صباح أمس الأحد إلى 19 عنصرا."
    )
    assert one(text, "killed", 19)["event_date"] == date(2024, 5, 9)


def test_the_day_an_operation_began_dates_its_toll() -> None:
    text = (
        "أعلنت وزارة الداخلية اليوم تفكيك خلية خلال عملية أمنية في بادية حمص أسفرت عن مقتل "
        "ثلاثة من أفراد الخلية.\n\nوذكرت الوزارة في بيان أن العملية انطلقت فجر الخميس الماضي."
    )
    assert one(text, "killed", 3)["event_date"] == date(2024, 5, 9)


def test_the_fight_after_the_attack_is_the_attacks_story() -> None:
    text = (
        "قُتل 14 عسكريا مساء الخميس في هجوم على حافلة قرب بلدة الشولا.\n\n"
        "وأضاف المرصد أن 4 من مسلحي التنظيم قُتلوا في الاشتباكات التي أعقبت الهجوم، مشيرا إلى "
        "أن الطائرات الروسية شنت فجر الجمعة غارات في بادية كباجب."
    )
    row = one(text, "killed", 4)
    assert (row["place_id"], row["event_date"]) == ("sy.shola", date(2024, 5, 9))


def test_the_same_badia_is_the_badia_named_before() -> None:
    text = (
        "وأضاف المصدر أن عنصرين من الأمن العام قُتلا، الخميس الماضي، بهجوم مسلح استهدف دوريتهما "
        "في بادية البوكمال، تبنّاه التنظيم لاحقاً عبر معرفاته، فيما عُثر قبل يومين على جثة راعٍ "
        "مقتولاً بالرصاص في البادية ذاتها."
    )
    assert one(text, "killed", 1)["place_id"] == "badia.sy.bukamal"


def test_the_road_that_links_two_places() -> None:
    text = (
        "قتل مسلحون خمسة من أفراد قوات الأمن عندما هاجموا قافلة على الطريق الصحراوي الذي يربط "
        "دير الزور بمدينة تدمر."
    )
    assert one(text, "killed", 5)["place_id"] == "road.gn.170794|sy.tadmur"


def test_the_town_they_were_returning_from_is_not_where_they_were_taken() -> None:
    text = (
        "عثر أهالي بلدة الصبحة على جثتي شابين.\n\n"
        "وقال مراسل إن مسلحين اختطفوا الشابين أثناء عودتهما من بلدة الشحيل.\n\n"
        "وفي السياق، اختطف مسلحون ثلاثة رعاة في بادية بلدة البصيرة."
    )
    assert one(text, "captured_or_abducted", 2)["place_id"] == "sy.sabha"


def test_an_added_count_in_its_own_clause_does_not_place_the_figure_before() -> None:
    text = (
        "كشفت التحقيقات تورط الخلية في الاعتداء الذي استهدف حاجزاً للأمن الداخلي على طريق تدمر – "
        "السخنة في الـ 9 من نيسان الماضي، وأدى إلى استشهاد عنصرين وإصابة ثلاثة آخرين، إضافة إلى "
        "خطف أربعة من رعاة الأغنام في بادية السخنة."
    )
    assert one(text, "wounded", 3)["place_id"] == "road.sy.sukhnah|sy.tadmur"


def test_a_week_between_two_named_days_is_a_period() -> None:
    text = (
        "رصدت الوحدة خلال الأسبوع الممتد من السبت 4 حتى الجمعة 10 أيار/مايو 19 هجوماً نُسبت إلى "
        "تنظيم داعش، توزعت على 4 محافظات، وأسفرت عن مقتل 14 شخصاً، بينهم 4 مدنيين، وإصابة 11 "
        "آخرين."
    )
    assert [r["aggregate"] for r in rows(text)] == [True, True, True]


def test_a_place_before_a_capital_that_blames_is_still_a_place() -> None:
    text = (
        "وسبق أن شهد الطريق هجمات دامية، أبرزها في 17 شباط الماضي، حين قُتل 53 شخصا في هجوم قرب "
        "السخنة حمّلت دمشق التنظيم مسؤوليته."
    )
    assert one(text, "killed", 53)["place_id"] == "sy.sukhnah"


def test_the_town_of_an_operation_told_next_refines_the_governorate() -> None:
    text = (
        "أعلن التحالف الدولي، الخميس، مقتل قيادي في التنظيم واعتقال 3 من مساعديه في عملية إنزال "
        "في ريف دير الزور الشرقي.\n\nوقالت سنتكوم إن قواتها نفذت فجر اليوم الخميس عملية في بلدة "
        "الشحيل."
    )
    assert one(text, "captured_or_abducted", 3)["place_id"] == "sy.shuhayl"


def test_where_detainees_were_led_is_not_where_they_were_taken() -> None:
    text = (
        "قال ناشط إن العملية في بلدة الشحيل أسفرت عن اعتقال 7 من المشتبه بانتمائهم للتنظيم، "
        "اقتيدوا إلى قاعدة حقل العمر."
    )
    assert one(text, "captured_or_abducted", 7)["place_id"] == "sy.shuhayl"


def test_a_government_that_waged_campaigns_is_no_place() -> None:
    text = (
        "قُتل في محافظة الرقة خلال عام 2025 ما لا يقل عن 41 من عناصر التنظيم في حملات أمنية شنتها "
        'دمشق و"قسد".'
    )
    assert one(text, "killed", 41)["place_id"] == "gov.04"


def test_positions_stretching_between_two_places_place_nothing() -> None:
    text = (
        "تكبّد لواء القدس خسائر كبيرة في البادية السورية، بعدما صعّد التنظيم هجماته ضد مواقعه "
        "الممتدة من بادية السخنة شرقي حمص وحتى بادية معدان في ريف الرقة.\n\nوأحصت المدن مقتل 46 "
        "عنصراً من اللواء خلال الشهر الماضي."
    )
    assert one(text, "killed", 46)["place_id"] == "sy.badia"


def test_two_days_later_after_a_dated_attack() -> None:
    text = (
        "قُتل 4 عناصر من الأمن الداخلي في 3 أيار الجاري بانفجار عبوة على طريق معدان – السبخة. "
        "وقالت وزارة الداخلية إن خلية تقف وراء التفجير، قبل أن تعلن بعد يومين مقتل 3 من أفراد "
        "الخلية وإلقاء القبض على 5 آخرين."
    )
    assert one(text, "killed", 3)["event_date"] == date(2024, 5, 5)
    assert one(text, "captured_or_abducted", 5)["event_date"] == date(2024, 5, 5)


def test_a_night_told_after_fa_is_the_night() -> None:
    text = (
        "عاد التنظيم ليضرب مجدداً؛ فليل السبت – الأحد الماضي، هاجم مسلحون نقطة للجيش في محيط "
        "قرية غانم العلي، ما أدى إلى مقتل جندي."
    )
    assert one(text, "killed", 1)["event_date"] == date(2024, 5, 11)


def test_another_account_keeps_the_attacks_day() -> None:
    text = (
        "قُتل سبعة عناصر من الدفاع الوطني، مساء السبت، في هجوم على حقل الشاعر.\n\n"
        "وفي وقت لاحق، أفاد المرصد بأن حصيلة قتلى الهجوم ارتفعت إلى 8.\n\n"
        'في المقابل، قالت شركة حيان للنفط في بيان إن اعتداء إرهابيا أدى إلى "استشهاد 4 من عناصر '
        'الحراسة".'
    )
    assert one(text, "killed", 4)["event_date"] == date(2024, 5, 11)


def test_a_count_per_governorate_is_placed_in_its_governorate() -> None:
    text = (
        "وثق المرصد مقتل 138 مدنياً في البادية السورية خلال شهر آب. وتوزعت الحصيلة الشهرية على "
        "المحافظات السورية، وفقاً لتوثيقات المرصد، على النحو التالي: 29 في محافظة إدلب، و24 في "
        "درعا، و19 في دير الزور."
    )
    assert one(text, "killed", 29)["place_id"] == "gov.12"
    assert one(text, "killed", 24)["place_id"] == "gov.06"  # the governorate, not the city
    assert one(text, "killed", 19)["place_id"] == "gov.07"


def test_a_list_item_keeps_its_own_place() -> None:
    text = (
        "ووثق المرصد مقتل 138 مدنياً خلال شهر آب، بينهم 11 سيدة، وتوزعت الحصيلة على الشكل "
        "التالي:\n\n- 31 مدنياً بينهم 9 أطفال، قضوا بقصف قوات النظام على مناطق في ريفي إدلب "
        "وحلب الغربي."
    )
    assert one(text, "killed", 31)["place_id"] == "gov.12"


def test_the_villages_they_come_from_are_no_place() -> None:
    text = (
        "قال مصدر إن 12 شاباً من أبناء قريتي الرهجان والسعن خرجوا لجمع الكمأة في بادية "
        "عقيربات، قبل أن يختطفهم مسلحون."
    )
    assert one(text, "captured_or_abducted", 12)["place_id"] == "badia.sy.aqirbat"


def test_an_operations_toll_is_placed_where_the_operation_was() -> None:
    text = (
        "أنهت وحدات من الجيش عملية تمشيط واسعة استمرت خمسة أيام في بادية دير الزور. وقال المصدر "
        "إن جنديين قتلا يوم الإثنين في محيط فيضة ابن موينع. وبذلك ترتفع حصيلة الشهداء خلال "
        "العملية إلى سبعة، خمسة من الجيش واثنان من الدفاع الوطني."
    )
    assert one(text, "killed", 7)["place_id"] == "badia.gn.170794"


def test_where_infiltrators_headed_is_no_place() -> None:
    text = (
        "وفي بادية الشولا، نصبت وحدة من القوات الرديفة كميناً لمجموعة إرهابية حاولت التسلل نحو "
        "طريق دير الزور – تدمر، فقتلت سبعة من أفرادها."
    )
    assert one(text, "killed", 7)["place_id"] in ("badia.sy.shola", "sy.shola")


def test_where_the_wounded_were_transferred_and_where_soldiers_returned_are_no_place() -> None:
    text = (
        "قتل 11 عسكرياً وأصيب تسعة آخرون في كمين على طريق تدمر – السخنة، نُقلوا إلى المشفى "
        "الوطني في تدمر قبل تحويل الحالات الحرجة منهم إلى حمص.\n\nوكانت الحافلة تقل جنوداً "
        "عائدين من إجازاتهم إلى نقاطهم في محيط حقل الهيل، وتمكن الجيش من قتل أربعة من المهاجمين."
    )
    assert one(text, "wounded", 9)["place_id"] == "road.sy.sukhnah|sy.tadmur"
    assert one(text, "killed", 4)["place_id"] != "sy.hayl_field"


def test_the_year_a_state_of_his_began_dates_nothing() -> None:
    text = (
        "قُتلت سيدة في مداهمة نفذتها قسد فجر الثلاثاء 7 أيار في بلدة البصيرة. وتقول عائلة الشاب "
        "إنه يعمل في ورشة منذ عودته إلى البلدة عام 2019. وبذلك تكون حصيلة العملية، وفق الأهالي، "
        "قتيلين مدنيين."
    )
    assert one(text, "killed", 2)["event_date"] == date(2024, 5, 7)


def test_today_and_its_weekday_and_day_date_the_telling() -> None:
    text = (
        "صد الجيش هجوماً على نقطة عسكرية في بادية حمص، مساء الأحد 12 من أيار، ما أسفر عن مقتل "
        "خمسة من المهاجمين.\n\nوقالت الوزارة، في بيان نشرته عبر معرفاتها الرسمية اليوم، الاثنين "
        '13 من أيار، إن "وحدات الجيش أسرت اثنين من المهاجمين".'
    )
    assert one(text, "captured_or_abducted", 2)["event_date"] == date(2024, 5, 12)


def test_a_town_located_by_the_city_it_lies_from() -> None:
    text = (
        "ارتفع عدد الجرحى جراء الهجوم على نقطة لقوات الدفاع الوطني قرب بلدة الطيبة شمال شرق "
        "مدينة تدمر إلى تسعة."
    )
    assert one(text, "wounded", 9)["place_id"] == "sy.taybeh_homs"


def test_the_badia_located_by_a_town_is_that_town_s_badia() -> None:
    text = (
        "استهدف الهجوم سيارة عسكرية تابعة للفرقة الرابعة في البادية جنوب غرب مدينة الميادين، "
        "وأسفر عن مقتل عنصرين."
    )
    assert one(text, "killed", 2)["place_id"] in ("badia.sy.mayadin", "sy.mayadin")


def test_the_attack_named_again_gives_its_place_and_day() -> None:
    text = (
        "هجوم على نقطة للدفاع الوطني قرب تدمر\n\n"
        "قُتل أربعة عناصر من الدفاع الوطني، مساء الأحد، بهجوم على نقطة قرب بلدة الطيبة شمال "
        "شرق مدينة تدمر.\n\nوفارق أحد الجرحى الحياة صباح اليوم متأثراً بإصابته، ليرتفع عدد شهداء "
        "الاعتداء إلى خمسة.\n\nوقال مصدر ميداني إن عناصر النقطة، الواقعة على بعد نحو 80 "
        'كيلومتراً شمال شرق تدمر، "تصدّوا للهجوم وتمكنوا من قتل ثلاثة منهم"، مشيراً إلى أن '
        "وحدات الجيش طاردت الإرهابيين الفارين باتجاه عمق البادية."
    )
    assert one(text, "killed", 5)["event_date"] == date(2024, 5, 12)
    assert one(text, "killed", 3)["place_id"] == "sy.taybeh_homs"
    assert one(text, "killed", 3)["event_date"] == date(2024, 5, 12)


def test_the_ambush_named_again_takes_the_place_told_with_it() -> None:
    text = (
        "لم يكن الكمين الذي نصبه التنظيم لرتل عسكري على طريق دير الزور – تدمر، مساء الأحد، "
        "حدثاً عابراً، بل رسالة إلى دمشق.\n\nوقال مصدر محلي إن الرتل تعرض لإطلاق نار كثيف.\n\n"
        "وقال المرصد إن الكمين أسفر عن مقتل 9 عناصر."
    )
    assert one(text, "killed", 9)["place_id"] == "road.gn.170794|sy.tadmur"


def test_damascus_that_does_not_comment_is_the_government() -> None:
    text = (
        "فوضى في سجن الشدادي\n\nشهد السجن المحلي في بلدة الشدادي حالة من الفوضى.\n\nوقالت قسد "
        "إن تسعة من مقاتليها قتلوا في اشتباكات بمحيط السجن، وهو رقم لم تعلّق عليه دمشق."
    )
    assert one(text, "killed", 9)["place_id"] == "sy.shaddadi"


def test_the_town_of_the_hospital_that_received_the_dead_is_no_place() -> None:
    text = (
        "استشهد أحد عشر عسكرياً بهجوم على رتل قرب بلدة كباجب.\n\nوفي مدينة دير الزور، أكد مدير "
        "مشفى الأسد أن المشفى استقبل جثامين الشهداء، لافتاً إلى أن أحد الجرحى فارق الحياة، "
        "ليرتفع عدد شهداء الهجوم إلى 12 شهيداً."
    )
    assert one(text, "killed", 12)["place_id"] == "sy.kabajeb"


def test_where_the_surrendered_were_taken_and_a_hashtag_hospital_are_no_places() -> None:
    text = (
        "قالت مصادر في قسد إن 400 عنصر من تنظيم الدولة سلموا أنفسهم في الباغوز، ونقلوا إلى "
        "مراكز تحقيق في ريف الحسكة.\n\nوقتل 10 عناصر من قوات النظام قرب #السخنة، وأصيب ستة "
        "آخرون نُقلوا إلى المشفى العسكري في #تدمر."
    )
    assert one(text, "captured_or_abducted", 400)["place_id"] == "sy.baghuz"
    assert one(text, "wounded", 6)["place_id"] != "sy.tadmur"


def test_ghwayran_is_al_hasakah() -> None:
    text = "اندلعت أعمال شغب في سجن غويران انتهت بمقتل أربعة من الحراس."
    assert one(text, "killed", 4)["place_id"] == "gn.173811"


def test_a_bus_set_out_from_a_city_and_a_salary_in_syrian_pounds_are_no_places() -> None:
    text = (
        "ارتفاع حصيلة قتلى كمين على حافلة قرب كباجب إلى 14\n\nارتفعت حصيلة قتلى الكمين الذي "
        "استهدف حافلة تقل عناصر من الفرقة الرابعة قرب بلدة كباجب إلى 14 قتيلاً.\n\nوقال المراسل "
        "إن الكمين استهدف الحافلة أثناء توجهها من مدينة دير الزور إلى مواقع الفرقة في بادية "
        "تدمر.\n\nوكانت الحصيلة الأولية قد تحدثت عن مقتل ستة عناصر، قبل أن ترتفع ظهراً إلى تسعة "
        "قتلى.\n\nوأوضح أن من بين القتلى عنصرين انتسبا إلى الفرقة مقابل راتب لا يتجاوز 150 ألف "
        "ليرة سورية، فيما لا يزال ثلاثة من الجرحى في حالة حرجة."
    )
    assert one(text, "killed", 6)["place_id"] == "sy.kabajeb"
    assert one(text, "killed", 9)["place_id"] == "sy.kabajeb"
    assert one(text, "wounded", 3)["place_id"] == "sy.kabajeb"


def test_a_day_before_said_is_the_telling_and_the_toll_keeps_the_attack_day() -> None:
    text = (
        "قُتل 14 جندياً في هجوم على موقع للجيش قرب السخنة فجر يوم الجمعة.\n\nوفي وقت لاحق من "
        "صباح اليوم السبت، قال المرصد إن جندياً من الجرحى توفي متأثراً بإصابته، لترتفع الحصيلة "
        "إلى 15 قتيلاً."
    )
    found = extract_article_events("t", text, date(2022, 12, 31), "test")
    toll = [r for r in found if r["status"] == "killed" and r["count_best"] == 15]
    assert [r["event_date"] for r in toll] == [date(2022, 12, 30)]


def test_guards_of_the_checkpoint_are_no_hama() -> None:
    text = (
        "وتأتي العملية في إطار ملاحقة الخلية التي نفذت الاعتداء على حاجز للجيش على طريق تدمر – "
        "السخنة، والذي أسفر عن استشهاد عنصرين من حماة الحاجز وإصابة أربعة آخرين."
    )
    assert one(text, "killed", 2)["place_id"] == "road.sy.sukhnah|sy.tadmur"


def test_where_the_dead_used_to_work_is_no_place() -> None:
    text = (
        "استهدفت مسيّرة سيارة على طريق ترابي قرب منطقة الـ55 كيلومتراً المحيطة بقاعدة التنف، "
        "عند المثلث الحدودي السوري - الأردني - العراقي، ما أدى إلى مقتل شخصين قالت مصادر محلية "
        "إنهما قياديان في التنظيم كانا ينشطان في نقل المقاتلين بين باديتي حمص ودير الزور."
    )
    assert one(text, "killed", 2)["place_id"] == "sy.tanf"


def test_an_outlet_named_after_the_country_is_no_place() -> None:
    text = (
        "قصفت مدفعية قوات النظام خياماً في محيط عقيربات، ما أدى إلى إصابة ستة مدنيين.\n\nوتوفي "
        'أحد المصابين صباح اليوم متأثراً بجراحه، بحسب ما أكدته مصادر طبية لـ"نداء سوريا".'
    )
    assert one(text, "killed", 1)["place_id"] == "sy.aqirbat"


def test_one_hurt_after_a_risen_toll_is_no_update_of_an_earlier_story() -> None:
    text = (
        "مداهمات في ذيبان واشتباكات في البصيرة\n\nداهمت دورية من قسد، فجر الاثنين، منازل في بلدة "
        "ذيبان، فيما أُصيب طفل بشظايا زجاج.\n\nإلى ذلك، اندلعت مساء أمس الثلاثاء اشتباكات بين "
        "مقاتلين من العشائر ونقاط لقسد على أطراف بلدة البصيرة. وبحسب مصادر محلية، قُتل ثلاثة "
        "عناصر من قسد، ليرتفع عدد قتلى الطرفين إلى 5، كما أصيبت امرأة برصاص طائش داخل منزلها "
        "في البلدة."
    )
    found = extract_article_events("t", text, date(2024, 10, 2), "test")
    dates = {(r["status"], r["count_best"]): r["event_date"] for r in found}
    assert dates[("killed", 3)] == date(2024, 10, 1)
    assert dates[("killed", 5)] == date(2024, 10, 1)


def test_others_hurt_after_a_tally_stay_in_the_tally() -> None:
    text = (
        'وقال نائب رئيس المركز إن "الطائرات الروسية نفذت خلال الساعات الـ48 الماضية 36 طلعة '
        'جوية، استهدفت 12 مخبأً للإرهابيين".\n\nوأوضح أن الضربات أدت إلى تصفية 45 إرهابياً، '
        "بينهم 27 في بادية الرقة جنوب غربي بلدة الرصافة، و18 في منطقة جبال العمور شمال مدينة "
        "تدمر بريف حمص الشرقي، إضافة إلى إصابة أكثر من ٢٠ آخرين وتدمير 7 سيارات دفع رباعي."
    )
    assert one(text, "wounded", 20)["aggregate"] is True


def test_a_toll_confirmed_next_morning_keeps_the_ambush_day() -> None:
    text = (
        "قُتل ثلاثة عناصر من الأمن العام، مساء الثلاثاء، بكمين على طريق دير الزور – تدمر قرب "
        "الشولا.\n\nوفي وقت لاحق، ارتفعت حصيلة قتلى الكمين إلى خمسة عناصر، وفق ما أكده المصدر ذاته "
        "صباح الأربعاء."
    )
    found = extract_article_events("t", text, date(2025, 6, 11), "test")
    assert {r["count_best"]: r["event_date"] for r in found}[5] == date(2025, 6, 10)


def test_how_long_contact_was_lost_gives_no_time_of_its_own() -> None:
    text = (
        "قُتل مدنيان بانفجار لغم بسيارتهم في البادية شرق مدينة السخنة صباح الاثنين.\n\nوأشار "
        "المصدر إلى أن مسلحين اقتادوا ثلاثة من الجامعين، فيما تفرق الباقون في عمق البادية، وانقطع "
        "الاتصال بأربعة منهم حتى ساعة متأخرة من ليل الاثنين."
    )
    assert one(text, "missing", 4)["place_id"] == "badia.sy.sukhnah"


def test_where_a_force_is_stationed_is_no_place() -> None:
    text = (
        "قُتل أكثر من 90 عنصراً من القوات منذ مطلع العام في هجمات خلايا تتلقى الدعم من القوات "
        "الأمريكية المتمركزة في منطقة التنف."
    )
    assert one(text, "killed", 90)["place_id"] != "sy.tanf"


def test_a_hospital_with_a_long_name_is_only_the_hospital_town() -> None:
    text = (
        "استهدف مسلحون حافلة عسكرية قرب مفرق آراك شرق تدمر، ما أدى لمقتل 4 عسكريين.\n\nوأفاد مصدر "
        "طبي في مشفى عبد القادر الشقفة العسكري بحمص بوفاة جريحين متأثرين بإصابتهما."
    )
    assert one(text, "killed", 2)["place_id"] == "sy.arak"


def test_a_place_before_bainama_is_the_other_clause_s() -> None:
    text = (
        "وأضافت المصادر أن هجوماً ثانياً استهدف فجر الأربعاء حاجزاً للتنظيم على مدخل بلدة البصيرة "
        "قُتل فيه عنصران، بينما قُتل عنصران آخران وأصيب اثنان صباح اليوم ذاته بانفجار عبوة ناسفة "
        "استهدفت سيارة عسكرية في محيط بلدة هجين."
    )
    places = [r["place_id"] for r in rows(text) if r["status"] == "killed"]
    assert places == ["sy.basira", "sy.hajin"]


def test_a_day_closing_the_clause_before_dates_that_clause() -> None:
    text = (
        "اختطفت خلايا التنظيم، مساء الثلاثاء، 9 رعاة في بادية الشاعر، قبل أن يُفرج عن ثلاثة منهم "
        "الأربعاء، ويُعدم التنظيم اثنين آخرين رمياً بالرصاص صباح الخميس."
    )
    found = extract_article_events("t", text, date(2025, 6, 13), "test")
    assert {r["status"]: r["event_date"] for r in found}["executed"] == date(2025, 6, 12)


def test_where_a_bus_was_bound_is_no_place() -> None:
    text = "اعترض مسلحون حافلة كانت تقل عمالاً من حقل الشاعر باتجاه مدينة حمص، واختطفوا 8 منهم."
    assert one(text, "captured_or_abducted", 8)["place_id"] == "sy.shaer"


def test_an_agency_correspondent_s_town_is_no_place() -> None:
    text = (
        "أفاد مراسل وكالة تسنيم الدولية للأنباء في دمشق بأن هجوماً استهدف موقعاً في بادية البوكمال "
        "فجر أمس.\n\nوأضاف أن المدافعين قتلوا ستة من المهاجمين."
    )
    assert one(text, "killed", 6)["place_id"] == "badia.sy.bukamal"


def test_the_eastern_region_of_a_governorate_is_the_governorate() -> None:
    text = (
        "وقال قائد الأمن الداخلي في المنطقة الشرقية من حمص، العقيد مازن العبد الله، إن العملية "
        "أسفرت عن مقتل ستة من أفراد الخلية، بينهم قيادي كان مسؤولاً عن التخطيط للهجمات على الحواجز "
        "في البادية."
    )
    assert one(text, "killed", 6)["place_id"] == "gov.11"


def test_a_council_named_after_a_town_is_no_place() -> None:
    text = (
        "اغتال مسلحون عضو مجلس بلدة الشحيل التابع لمجلس دير الزور المدني أمام منزله.\n\nوتبنى "
        "التنظيم العملية، فيما أفادت شبكة محلية بأن الهجوم أدى إلى إصابة شقيقه بجروح."
    )
    assert one(text, "wounded", 1)["place_id"] == "sy.shuhayl"


ASKING_HEADLINE = (
    'الجيش الأمريكي يعلن مقتل قياديَّين في "داعش" بضربة مسيّرة شرقي سوريا.. ما الذي نعرفه؟'
    "\n\nأعلنت القيادة المركزية الأمريكية، السبت، مقتل اثنين من قياديي تنظيم داعش في ضربة نفذتها "
    "طائرة مسيّرة في ريف محافظة دير الزور شرقي سوريا.\n\nوقالت سنتكوم في بيان إن الضربة نُفذت "
    "مساء الجمعة قرب بلدة الشحيل.\n\nوقال مسؤول إن القتيلين هما أبو خالد ومساعده.\n\nوأوضح "
    "المسؤول أن الضربة أصابت سيارة على طريق ترابي.\n\nفي المقابل، قال المرصد السوري إن الضربة "
    "أسفرت عن مقتل ثلاثة أشخاص."
)


def test_a_headline_that_asks_is_still_the_headline() -> None:
    assert [r["place_id"] for r in rows(ASKING_HEADLINE)][:2] == ["sy.shuhayl", "sy.shuhayl"]


def test_another_account_placed_nowhere_takes_the_place_of_the_strike_told() -> None:
    assert one(ASKING_HEADLINE, "killed", 3)["place_id"] == "sy.shuhayl"


def test_a_governorate_framed_by_its_seat_yields_to_the_town_told() -> None:
    text = (
        "وفي دير الزور، أُصيب مدنيان بجروح بانفجار عبوة ناسفة في سوق مدينة الميادين شرقي "
        "المحافظة، بينما قُتل شاب برصاص مجهولين في بلدة الكسرة غربي دير الزور."
    )
    assert one(text, "wounded", 2)["place_id"] == "sy.mayadin"
    assert one(text, "killed", 1)["place_id"] == "gov.07"  # a village the gazetteer lacks


def test_a_namesake_in_another_governorate_is_that_governorate() -> None:
    text = "اغتال مسلحون مجهولون مختار بلدة الطيبة في ريف درعا الشرقي برصاص مباشر أمام منزله."
    assert one(text, "killed", 1)["place_id"] == "gov.06"


def test_three_governorate_seats_are_three_governorates() -> None:
    text = (
        "قالت المنظمة إن قسد احتجزت ما لا يقل عن 112 مدنياً في حملات دهم بين يناير/كانون الثاني "
        "ويونيو/حزيران 2025 في دير الزور والحسكة والرقة، بينهم ثمانية صحفيين."
    )
    found = one(text, "captured_or_abducted", 112)
    assert (found["place_id"], found["aggregate"]) == ("gov.07", True)


def test_a_street_named_after_a_town_is_no_place() -> None:
    text = (
        "انفجرت سيارة مفخخة في السوق الشعبي وسط مدينة الرقة.\n\nوأفاد المراسل أن السيارة كانت "
        "مركونة في شارع تل أبيض.\n\nوقُتل ثلاثة مدنيين وأصيب سبعة آخرون."
    )
    assert one(text, "killed", 3)["place_id"] == "gn.172955"


def test_an_agreement_named_by_its_day_dates_nothing() -> None:
    norm = normalize_arabic("إن قسد خرقت التفاهمات المبرمة وفق اتفاق العاشر من آذار")
    assert find_dates(norm, date(2026, 1, 6)) == []


def test_soldiers_captured_days_before_an_exchange_take_the_capture_day() -> None:
    text = (
        "جرت مساء أمس الإثنين عملية تبادل أسرى، أفرجت بموجبها قسد عن سبعة جنود من الجيش كانت قد "
        "أسرتهم خلال اشتباكات يوم الخميس الماضي على محور دير حافر."
    )
    found = extract_article_events("t", text, date(2026, 1, 6), "test")
    assert [r["event_date"] for r in found] == [date(2026, 1, 1)]


def test_a_day_after_fima_dates_its_own_clause() -> None:
    text = (
        "إذ قُتل مدنيان بانفجار دراجة نارية مفخخة في الثالث من الشهر، فيما أصيب ثلاثة عناصر من "
        "الأسايش بانفجار عبوة ناسفة استهدفت دوريتهم يوم الأربعاء الماضي."
    )
    found = extract_article_events("t", text, date(2019, 11, 10), "test")
    assert [r["event_date"] for r in found] == [date(2019, 11, 3), date(2019, 11, 6)]


def test_a_year_a_person_once_fought_in_dates_no_incident() -> None:
    text = (
        "قُتل شاب خلال مداهمات لقسد في ذيبان فجر اليوم الخميس.\n\nوأوضحت المصادر أن الشاب، وهو "
        "أحد المقاتلين الذين حملوا السلاح خلال احتجاجات عام 2019، قُتل قرب منزله.\n\nفي المقابل، "
        "زعمت قسد أن العملية أسفرت عن القبض على تسعة من عناصر خلايا داعش."
    )
    found = extract_article_events("t", text, date(2021, 6, 17), "test")
    assert {r["event_date"] for r in found} == {date(2021, 6, 17)}


def test_a_section_heading_is_no_telling_of_the_attack() -> None:
    text = (
        "قصفت مسيّرة تركية سيارة عسكرية بهجوم قرب قامشلو، ما أدى لمقتل ثلاثة مقاتلين.\n\n"
        "هجوم لمرتزقة داعش في دير الزور\n\nوفي دير الزور، هاجمت خلية نقطة لقسد في بلدة ذيبان، ما "
        "أدى إلى استشهاد مقاتلين اثنين. وأوضح المركز الإعلامي أن المقاتلين ردوا على الهجوم وقتلوا "
        "أحد المرتزقة."
    )
    assert one(text, "killed", 1)["place_id"] == "sy.dhiban"
