"""Merging the reports of one incident from several outlets into one event; rows fit the datasets."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.conflict_events import extract_article_events, merge_events
from pipeline.datasets import CASUALTIES, EVENTS, read_dataset, write_run

SOHR = (
    "كمين في بادية الميادين\n\n"
    "قتل 9 عناصر من قوات النظام، بينهم ضابطان، جراء كمين نصبته خلايا التنظيم في بادية الميادين، "
    "مساء أمس الإثنين، وفق المرصد السوري. وبذلك ترتفع حصيلة قتلى قوات النظام منذ مطلع العام إلى 145."
)
ENAB = (
    "قُتل 11 عنصراً من قوات النظام، يوم الاثنين، بكمين لخلايا تنظيم الدولة قرب مدينة الميادين "
    "بريف دير الزور الشرقي، بحسب مصادر محلية."
)
SANA = "استشهد 10 عسكريين أمس الأول جراء اعتداء إرهابي على رتل عسكري في بادية الميادين."
OTHER = "قُتل 4 عناصر من قوات النظام، الاثنين، بهجوم على حاجز قرب بلدة الرصافة جنوب الرقة."


def articles() -> list[dict]:
    rows = []
    rows += extract_article_events(
        "a-sohr", SOHR, datetime(2024, 3, 12, 9, tzinfo=UTC), "sohr", run_key="r1"
    )
    rows += extract_article_events("a-enab", ENAB, date(2024, 3, 12), "enab", run_key="r1")
    rows += extract_article_events(
        "a-sana", SANA, datetime(2024, 3, 13, tzinfo=UTC), "sana", run_key="r1"
    )
    rows += extract_article_events("a-other", OTHER, date(2024, 3, 12), "enab", run_key="r1")
    return rows


def test_article_rows() -> None:
    rows = extract_article_events("a-sohr", SOHR, datetime(2024, 3, 12, tzinfo=UTC), "sohr")
    assert [(r["status"], r["count_best"], r["aggregate"]) for r in rows] == [
        ("killed", 9, False),
        ("killed", 2, False),
        ("killed", 145, True),
    ]
    first, child, _total = rows
    assert child["parent_figure_id"] == first["figure_id"]
    assert first["event_date"] == date(2024, 3, 11) and first["date_precision"] == "day"
    assert first["place_id"] == "badia.sy.mayadin" and first["place_precision"] == "badia_area"
    assert first["governorate"] == "Deir ez-Zor"
    assert first["attributed_to"] == "sohr" and first["event_type"] == "ambush"
    assert SOHR[first["evidence_start"] : first["evidence_end"]] == first["evidence"]
    assert (first["source"], first["year"], first["month"]) == ("sohr", "2024", "03")
    assert len({r["figure_id"] for r in rows}) == 3
    again = extract_article_events("a-sohr", SOHR, datetime(2024, 3, 12, tzinfo=UTC), "sohr")
    assert [r["figure_id"] for r in again] == [r["figure_id"] for r in rows]


def test_no_text_no_rows() -> None:
    assert extract_article_events("x", "", None, "s") == []
    assert extract_article_events("x", "الطقس معتدل اليوم في دمشق.", None, "s") == []


def test_reports_of_one_incident_merge() -> None:
    events = merge_events(articles())
    incidents = [e for e in events if not e["aggregate"]]
    merged = [e for e in incidents if len(e["article_ids"]) > 1]
    assert len(merged) == 1
    event = merged[0]
    assert event["article_ids"] == ["a-enab", "a-sana", "a-sohr"]
    assert event["sources"] == ["enab", "sana", "sohr"]
    assert (event["count_low"], event["count_best"], event["count_high"]) == (9, 11, 11)
    assert event["status"] == "killed" and event["party"] == "government"
    assert event["event_date"] == date(2024, 3, 11)
    assert event["n_reports"] == 3
    assert set(event["attributions"]) >= {"sohr", "local_sources"}
    # the Rusafa attack the same day is another incident; the sub-count is no event of its own
    others = [e for e in incidents if e is not event]
    assert [(e["count_best"], e["place_id"]) for e in others] == [(4, "sy.rusafa")]


def test_aggregates_stay_apart() -> None:
    events = merge_events(articles() + articles())
    totals = [e for e in events if e["aggregate"]]
    assert [e["count_best"] for e in totals] == [145, 145]
    assert all(len(e["figure_ids"]) == 1 for e in totals)


def test_figures_of_one_article_stay_distinct() -> None:
    text = (
        "قتل 5 عناصر من قوات النظام أمس في بادية السخنة. "
        "وقتل 3 عناصر من قوات النظام أمس في بادية السخنة بهجوم ثان."
    )
    rows = extract_article_events("a1", text, date(2024, 1, 2), "s")
    assert len(merge_events(rows)) == 2


def test_rows_fit_the_datasets(local_lake) -> None:
    rows = articles()
    write_run(local_lake, CASUALTIES, rows, "r1")
    events = merge_events(rows, run_key="r1")
    write_run(local_lake, EVENTS, events, "r1")
    stored = read_dataset(local_lake, CASUALTIES)
    assert stored.num_rows == len(rows)
    assert set(stored.column("source").to_pylist()) == {"sohr", "enab", "sana"}
    back = read_dataset(local_lake, EVENTS)
    assert back.num_rows == len(events)
    assert sorted(back.column("count_best").to_pylist()) == sorted(e["count_best"] for e in events)
