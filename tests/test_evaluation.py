"""The evaluation on the gold set meets its targets; its measures count what they claim to."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.errors import ConfigError
from pipeline.evaluation import GOLD_DIR, REPO, TARGETS, failed_targets, load_gold, main, run


def test_gold_set_is_big_and_varied() -> None:
    docs, _ = load_gold()
    written = [d for d in docs if not d.doc_id.startswith("s0")]
    assert len(written) >= 12
    assert sum(len(d.figures) for d in docs) >= 60
    statuses = {f["status"] for d in docs for f in d.figures}
    assert statuses == {"killed", "wounded", "captured_or_abducted", "executed", "missing"}
    assert any(f["aggregate"] for d in docs for f in d.figures)


def test_targets_are_met() -> None:
    report, scores = run()
    assert failed_targets(report) == [], scores.errors
    assert report["f1"] >= TARGETS["f1"]
    assert report["party_accuracy"] >= TARGETS["party_accuracy"]
    assert report["place_accuracy"] >= TARGETS["place_accuracy"]
    assert report["date_scored"] > 50 and report["place_scored"] > 50


def test_seed_documents_skip_without_shared(tmp_path: Path) -> None:
    docs, skipped = load_gold(GOLD_DIR, tmp_path / "no-seeds")
    assert skipped == 3
    assert all(d.text for d in docs)


def _write(folder: Path, figures: list[dict]) -> Path:
    folder.mkdir()
    doc = {
        "id": "t1",
        "published": "2024-03-12",
        "text": "قتل 9 عناصر من قوات النظام مساء أمس في بادية السخنة. وأصيب 4 آخرون.",
        "figures": figures,
    }
    (folder / "t1.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return folder


def test_measures_count_misses_and_wrong_attributes(tmp_path: Path) -> None:
    gold = _write(
        tmp_path / "gold",
        [
            {
                "status": "killed",
                "count": 9,
                "party": "isis",
                "aggregate": False,
                "place": ["badia.sy.sukhnah"],
                "date": "2024-03-11",
            },
            {"status": "killed", "count": 7, "party": "government", "aggregate": False},
        ],
    )
    report, scores = run(gold, tmp_path / "no-seeds")
    # predicted: killed 9 (matched), wounded 4 (spurious); gold killed 7 missed
    assert (report["precision"], report["recall"]) == (0.5, 0.5)
    assert report["party_accuracy"] == 0.0  # government predicted, isis in gold
    assert report["place_accuracy"] == 1.0 and report["date_accuracy"] == 1.0
    assert any("missed killed 7" in e for e in scores.errors)
    assert main(["--gold", str(gold), "--seeds", str(tmp_path / "no-seeds")]) == 1


def test_module_entry_point_exits_zero_on_the_gold_set() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.evaluation"], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "F1" in done.stdout and "party accuracy" in done.stdout


def test_only_scores_one_batch_and_names_a_pattern_that_matches_nothing(tmp_path: Path) -> None:
    docs, _ = load_gold(GOLD_DIR, tmp_path / "no-seeds", only="o0*")
    assert docs and all(d.doc_id.startswith("o0") for d in docs)
    with pytest.raises(ConfigError, match="no gold files matching zz9"):
        load_gold(GOLD_DIR, tmp_path / "no-seeds", only="zz9*")
