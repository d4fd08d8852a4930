"""End to end: a raw archive in a lake (local folder and S3 over HTTP) -> articles, rejects, signatures."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pytest
from rawlake import archive_pages

from pipeline.datasets import (
    ARTICLES,
    CASUALTIES,
    EVENTS,
    RAW_INDEX,
    REJECTS,
    SIGNATURES,
    read_dataset,
    write_run,
)
from pipeline.lake import Lake, LocalLake
from pipeline.processing import process

FETCHED = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)
STORY = [
    "قُتل ثلاثة عناصر من قوات النظام وأصيب خمسة آخرون بجروح، صباح اليوم الجمعة، في هجوم شنّه مسلحون"
    " يُعتقد أنهم من خلايا تنظيم دا.عــش على حاجز عسكري قرب مدينة السخنة في بادية حمص الشرقية.",
    "وقال مصدر محلي إن المهاجمين استخدموا أسلحة رشاشة وقذائف صاروخية قبل أن ينسحبوا باتجاه عمق البادية،"
    " فيما وصلت تعزيزات عسكرية إلى المنطقة وبدأت حملة تمشيط في الوديان المحيطة بالطريق الدولي.",
    "ويأتي الهجوم بعد أيام من كمين مماثل استهدف حافلة عسكرية على طريق تدمر دير الزور، ما أدى إلى مقتل"
    " عدد من العناصر، في وقت تشهد فيه البادية السورية تصاعداً في نشاط التنظيم منذ مطلع العام.",
    "وبحسب إحصاءات المرصد السوري لحقوق الإنسان فإن حصيلة القتلى في صفوف قوات النظام والمسلحين الموالين"
    " لها في البادية بلغت منذ بداية الشهر أكثر من أربعين قتيلاً، معظمهم سقطوا في كمائن وهجمات ليلية.",
]
OTHER = [
    "افتتحت وزارة الزراعة في دمشق معرضاً للمنتجات الريفية بمشاركة أكثر من مئة جمعية تعاونية من مختلف"
    " المحافظات، وتضمن المعرض أجنحة للعسل والألبان والأجبان والصناعات اليدوية التقليدية.",
    "وقال القائمون على المعرض إن الهدف منه تسويق منتجات المزارعين الصغار ومساعدتهم على الوصول إلى"
    " أسواق جديدة، في ظل ارتفاع تكاليف الإنتاج والنقل وتراجع القدرة الشرائية للمواطنين.",
]
ENGLISH = (
    "Three soldiers were killed and five wounded on Friday when gunmen believed to belong to the"
    " Islamic State attacked a checkpoint near the town of Sukhnah in the eastern Homs desert, a local"
    " source said. The attackers used machine guns and rockets before withdrawing into the desert,"
    " and reinforcements were sent to the area to comb the valleys around the international road."
)


def page(
    title: str, paragraphs: list[str], published: str, charset: str = "utf-8", lang: str = "ar"
) -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">
<title>{title} | شبكة الاختبار</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<meta property="og:site_name" content="شبكة الاختبار">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/category/news/">أخبار سوريا</a></li>
<li><a href="/category/eco/">اقتصاد</a></li></ul></nav>
<article><h1>{title}</h1><div class="entry-content">{paras}</div></article>
<section class="related"><h3>أخبار ذات صلة</h3><ul><li><a href="/a/1">خبر آخر عن الطقس</a></li></ul></section>
<footer><p>جميع الحقوق محفوظة 2026</p></footer>
</body></html>"""


def raw_pages() -> dict[str, list[tuple[str, bytes | str, str]]]:
    html = "text/html; charset=utf-8"
    reprint = ["السخنة - وكالات: " + STORY[0], *STORY[1:3]]
    wp = [
        {
            "id": 5,
            "date": "2026-01-09T12:00:00",
            "date_gmt": "2026-01-09T10:00:00",
            "link": "https://badia.example/2026/01/09/wp-story/",
            "title": {"rendered": "مقال من واجهة ووردبريس"},
            "content": {"rendered": "".join(f"<p>{p}</p>" for p in OTHER)},
        }
    ]
    cp1256 = page("معرض زراعي", OTHER, "2026-01-09T09:00:00", charset="windows-1256").encode(
        "cp1256"
    )
    return {
        "badia": [
            (
                "https://badia.example/2026/01/09/attack/",
                page("هجوم على حاجز", STORY, "2026-01-09T09:30:00"),
                html,
            ),
            ("https://badia.example/", page("الرئيسية", OTHER, "2026-01-09T09:30:00"), html),
            (
                "https://badia.example/tag/%D8%AF%D8%A7%D8%B9%D8%B4/",
                page("وسم", OTHER, "2026-01-09T09:30:00"),
                html,
            ),
            ("https://badia.example/2026/01/09/expo/", cp1256, "text/html; charset=windows-1256"),
            (
                "https://badia.example/wp-json/wp/v2/posts?page=1",
                json.dumps(wp, ensure_ascii=False),
                "application/json",
            ),
            (
                "https://badia.example/2026/01/09/empty/",
                page("قصير", ["سطر واحد فقط."], "2026-01-09T09:30:00"),
                html,
            ),
        ],
        "other": [
            (
                "https://other.example/news/123?utm_source=x",
                page("عنوان مختلف للخبر نفسه", reprint, "2026-01-09T15:00:00+03:00"),
                html,
            ),
            (
                "https://other.example/en/sukhnah-attack",
                page("Attack near Sukhnah", [ENGLISH], "2026-01-09T10:00:00Z", lang="en"),
                html,
            ),
        ],
    }


def lake_rows(lake: Lake) -> dict[str, int]:
    datasets = (ARTICLES, REJECTS, SIGNATURES, CASUALTIES, EVENTS)
    return {d.name: read_dataset(lake, d).num_rows for d in datasets}


def check_first_run(lake: Lake, summary: dict) -> None:
    assert summary["processed"] == 9
    assert summary["failed"] == 1
    assert summary["reject_reasons"] == {
        "home_page": 1, "tag_page": 1, "near_empty": 1, "extraction_failed": 1,
    }  # fmt: skip
    articles = {a["url"]: a for a in read_dataset(lake, ARTICLES).to_pylist()}
    assert len(articles) == summary["articles"] == 5
    attack = articles["https://badia.example/2026/01/09/attack/"]
    copy = articles["https://other.example/news/123?utm_source=x"]
    assert attack["duplicate_of"] is None and attack["cluster_id"] == attack["article_id"]
    assert (
        copy["duplicate_of"] == attack["article_id"] and copy["cluster_id"] == attack["article_id"]
    )
    assert copy["duplicate_reason"] == "near_duplicate" and copy["similarity"] >= 0.7
    assert copy["canonical_url"] == "https://other.example/news/123"
    assert summary["duplicates"] == 2  # the reprint, and the WordPress copy of the expo story
    # text as published (never normalised); page furniture gone
    assert "دا.عــش" in attack["text"] and "قُتل" in attack["text"]
    assert "أخبار ذات صلة" not in attack["text"] and "جميع الحقوق" not in attack["text"]
    assert attack["title"] == "هجوم على حاجز"
    assert attack["published_at"] == datetime(2026, 1, 9, 6, 30, tzinfo=UTC)  # naive: Damascus time
    assert attack["published_at_raw"] == "2026-01-09T09:30:00" and attack["date_source"] == "meta"
    assert "isis_syria" in attack["topics"] and attack["relevance"] > 0.5
    assert attack["raw_ref"].startswith("raw/warc/source=badia/")
    expo = articles["https://badia.example/2026/01/09/expo/"]
    assert "وزارة الزراعة" in expo["text"] and expo["topics"] == [] and expo["language"] == "ar"
    wp = articles["https://badia.example/2026/01/09/wp-story/"]
    assert wp["title"] == "مقال من واجهة ووردبريس" and wp["date_source"] == "wp-api"
    assert wp["duplicate_of"] == expo["article_id"] and wp["duplicate_reason"] == "same_content"
    english = articles["https://other.example/en/sukhnah-attack"]
    assert english["language"] == "en"  # kept and tagged
    # casualty figures of originals only (a reprint is not counted again), merged into events
    figures = read_dataset(lake, CASUALTIES).to_pylist()
    assert {f["article_id"] for f in figures} == {attack["article_id"]}
    assert {(f["status"], f["count_best"]) for f in figures} >= {("killed", 3)}
    events = read_dataset(lake, EVENTS).to_pylist()
    assert any(e["status"] == "killed" and e["count_best"] == 3 for e in events)
    assert summary["events"]["casualty_figures"] == len(figures)
    rejects = read_dataset(lake, REJECTS).to_pylist()
    failed = [r for r in rejects if r["reason"] == "extraction_failed"]
    assert failed and "CorruptDataError" in failed[0]["detail"] and failed[0]["raw_ref"]


def add_corrupt_row(lake: Lake, run_key: str) -> None:
    rows = read_dataset(lake, RAW_INDEX).to_pylist()
    bad = dict(
        rows[0],
        url="https://badia.example/2026/01/09/broken/",
        offset=rows[0]["offset"] + 7,
        canonical_url="https://badia.example/2026/01/09/broken/",
        run_key=run_key,
    )
    write_run(lake, RAW_INDEX, [bad], run_key)


def run_scenario(lake: Lake) -> None:
    archive_pages(lake, raw_pages(), "crawl-1", fetched_at=FETCHED)
    add_corrupt_row(lake, "crawl-1b")
    since, until = FETCHED - timedelta(hours=1), FETCHED + timedelta(hours=1)
    first = process(lake.uri, since=since, until=until, run_key="proc-1")
    check_first_run(lake, first)
    counts = lake_rows(lake)

    again = process(lake.uri, since=since, until=until, run_key="proc-1")
    assert again == first
    assert (
        lake_rows(lake) == counts
    )  # idempotent (casualties and events included): same run key replaces its own output

    other = process(lake.uri, since=since, until=until, run_key="proc-2")
    assert other["articles"] == 0 and other["reject_reasons"]["already_processed"] == 5
    assert read_dataset(lake, ARTICLES).num_rows == counts["articles"]  # never written twice

    # the outlet edits an article: fetched again by a later crawl, it is recorded, not re-added
    edited = page(
        "هجوم على حاجز",
        [*STORY[:3], "تحديث: ارتفعت الحصيلة إلى أربعة قتلى."],
        "2026-01-09T09:30:00",
    )
    later = FETCHED + timedelta(days=1)
    archive_pages(
        lake,
        {"badia": [("https://badia.example/2026/01/09/attack/", edited, "text/html")]},
        "crawl-2",
        fetched_at=later,
    )
    update = process(lake.uri, crawl_run_keys=["crawl-2"], run_key="proc-3")
    assert update["processed"] == 1 and update["reject_reasons"] == {"content_changed": 1}
    assert read_dataset(lake, ARTICLES).num_rows == counts["articles"]


@pytest.mark.slow
def test_process_end_to_end(lake: Lake) -> None:
    run_scenario(lake)


def test_process_local_duckdb_and_cross_run_dedup(local_lake: LocalLake) -> None:
    pages = raw_pages()
    archive_pages(local_lake, {"badia": pages["badia"][:1]}, "c1", fetched_at=FETCHED)
    archive_pages(
        local_lake, {"other": pages["other"][:1]}, "c2", fetched_at=FETCHED + timedelta(hours=6)
    )
    # with sources named, the crawl's files are found through its run manifests (no listing)
    one = process(local_lake.uri, sources=["badia"], crawl_run_keys=["c1"], run_key="p1")
    two = process(local_lake.uri, crawl_run_keys=["c2"], run_key="p2")
    assert one["articles"] == 1 and two["articles"] == 1
    assert (
        two["duplicates"] == 1 and two["window_signatures"] == 1
    )  # found via persisted signatures
    rows = duckdb.sql(
        f"select source, duplicate_of is not null as dup from read_parquet("
        f"'{local_lake.url('articles')}/**/*.parquet', hive_partitioning=true) order by source"
    ).fetchall()
    assert rows == [("badia", False), ("other", True)]
    # re-processing the original's run after its reprint was processed: same decisions
    again = process(local_lake.uri, sources=["badia"], crawl_run_keys=["c1"], run_key="p1")
    assert (again["articles"], again["duplicates"]) == (one["articles"], one["duplicates"])
    reasons = {
        r["source"]: (r["duplicate_reason"], r["cluster_id"] == r["article_id"])
        for r in read_dataset(local_lake, ARTICLES).to_pylist()
    }
    assert reasons == {"badia": ("unique", True), "other": ("near_duplicate", False)}


def test_process_nothing_to_do(local_lake: LocalLake) -> None:
    summary = process(local_lake.uri, run_key="empty")
    assert summary["processed"] == 0 and summary["articles"] == 0


@pytest.mark.slow
def test_two_workers_give_the_same_rows(tmp_path: Path) -> None:
    results = {}
    for workers in (1, 2):
        lake = LocalLake(tmp_path / f"lake-{workers}")
        archive_pages(lake, raw_pages(), "crawl-1", fetched_at=FETCHED)
        summary = process(lake.uri, crawl_run_keys=["crawl-1"], run_key="p", workers=workers)
        rows = read_dataset(lake, ARTICLES).to_pylist()
        results[workers] = (
            {k: v for k, v in summary.items() if k != "events"},
            sorted((r["article_id"], r["duplicate_of"], r["content_hash"]) for r in rows),
        )
    assert results[1] == results[2]


@pytest.mark.slow
def test_real_crawl_of_the_sample_site_then_process(tmp_path: Path) -> None:
    from pipeline.crawler import load_crawler
    from pipeline.sample_site import running_site, sample_sources_yaml

    sources = tmp_path / "sources.yaml"
    lake = LocalLake(tmp_path / "lake")
    with running_site() as base:
        sources.write_text(sample_sources_yaml(base), encoding="utf-8")
        crawled = load_crawler()(str(sources), lake.uri, run_key="crawl-s")
        site_articles = base.site.articles
    assert not crawled["failed_sources"]
    summary = process(
        lake.uri, crawl_run_keys=["crawl-s"], run_key="proc-s", sources_file=str(sources)
    )
    assert summary["failed"] == 0
    rows = read_dataset(lake, ARTICLES).to_pylist()
    by_path = {urlsplit(r["canonical_url"]).path: r for r in rows}
    for art in site_articles:
        row = by_path[art.encoded_path]
        assert row["published_at"] == art.published.astimezone(UTC)
        assert "أخبار ذات صلة" not in row["text"] and "التعليقات" not in row["text"]
        if art.reprint_of:  # reprints with a new headline and small edits point at the original
            original = next(a for a in site_articles if a.slug == art.reprint_of)
            assert row["duplicate_of"] == by_path[original.encoded_path]["article_id"]
        else:
            assert row["duplicate_of"] is None
    assert set(summary["reject_reasons"]) <= {
        "tag_page",
        "category_page",
        "static_page",
        "home_page",
    }
    assert summary["relevant"] >= 10


def test_reprocessing_after_compaction_adds_no_rows(local_lake: LocalLake) -> None:
    from pipeline.maintenance import compact_dataset

    pages = raw_pages()["badia"]
    archive_pages(local_lake, {"badia": [pages[0]]}, "c1", fetched_at=FETCHED)
    archive_pages(local_lake, {"badia": [pages[3]]}, "c2", fetched_at=FETCHED + timedelta(hours=1))
    first, second = "20260110T0700-20260110T0800", "20260110T0800-20260110T0900"
    process(local_lake.uri, crawl_run_keys=["c1"], run_key=first)
    process(local_lake.uri, crawl_run_keys=["c2"], run_key=second)
    done = compact_dataset(local_lake, ARTICLES, now=FETCHED + timedelta(days=30))
    assert done["files_in"] == 2  # both runs' files merged into one
    again = process(local_lake.uri, crawl_run_keys=["c1"], run_key=first)
    assert again["articles"] == 0 and again["reject_reasons"] == {"already_processed": 1}
    assert read_dataset(local_lake, ARTICLES).num_rows == 2
