"""Evaluation of conflict-event extraction against the gold set (``python -m pipeline.evaluation``).

Gold: ``tests/gold/events/*.yaml`` (format in its README). Seed documents name a file of
``../shared/seeds`` and are skipped when that folder is absent.

Measures, micro-averaged over documents:

- figures: precision, recall and F1 of (status, count) per document, counted as multisets (a
  gold figure matches at most one predicted figure with the same status and best count);
- on matched pairs: party accuracy, incident-versus-aggregate precision (of the predicted flag:
  share of matched figures whose aggregate flag is right) and accuracy; place accuracy (predicted
  place id among the gold's acceptable ids, where the gold names a place); date accuracy (same
  day, where the gold gives a date).

Targets: figures F1 >= 0.95, party and place accuracy >= 0.9; exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pipeline.conflict_events import extract_article_events
from pipeline.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold" / "events"
SEEDS_DIR = REPO.parent / "shared" / "seeds"
TARGETS = {"f1": 0.95, "party_accuracy": 0.9, "place_accuracy": 0.9}


@dataclass
class GoldDoc:
    """One annotated document."""

    doc_id: str
    text: str
    published: date | None
    figures: list[dict[str, Any]]


@dataclass
class Scores:
    """Counts behind the measures, and the mismatches for reading."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    party: list[bool] = field(default_factory=list)
    aggregate: list[bool] = field(default_factory=list)
    place: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    documents: int = 0
    skipped: int = 0

    def report(self) -> dict[str, Any]:
        """The measures as a JSON-able dict."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

        def share(values: list[bool]) -> float:
            return sum(values) / len(values) if values else 0.0

        return {
            "documents": self.documents,
            "skipped_documents": self.skipped,
            "gold_figures": self.tp + self.fn,
            "predicted_figures": self.tp + self.fp,
            "matched": self.tp,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "party_accuracy": round(share(self.party), 4),
            "aggregate_precision": round(share(self.aggregate), 4),
            "place_accuracy": round(share(self.place), 4),
            "place_scored": len(self.place),
            "date_accuracy": round(share(self.date), 4),
            "date_scored": len(self.date),
        }


def load_gold(
    gold_dir: Path = GOLD_DIR, seeds_dir: Path = SEEDS_DIR, only: str = "*"
) -> tuple[list[GoldDoc], int]:
    """The gold documents whose file name matches ``only``, and how many seeds were skipped."""
    docs: list[GoldDoc] = []
    skipped = 0
    files = sorted(gold_dir.glob(f"{only}.yaml"))
    if not files:
        raise ConfigError(
            f"no gold files matching {only}.yaml in {gold_dir}",
            "restore tests/gold/events/*.yaml or pass an --only pattern that names some",
        )
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ConfigError(
                f"gold file {path} is not valid YAML: {exc}", "fix its syntax"
            ) from exc
        text = data.get("text")
        if data.get("seed"):
            seed = seeds_dir / data["seed"]
            if not seed.is_file():
                skipped += 1
                continue
            text = seed.read_text(encoding="utf-8")
        published = data.get("published")
        if isinstance(published, str):
            published = date.fromisoformat(published)
        docs.append(GoldDoc(data["id"], text or "", published, data.get("figures") or []))
    return docs, skipped


def _fit(g: dict[str, Any], p: dict[str, Any]) -> int:
    """How many attributes of a predicted figure agree with a gold one (to pick the best pair)."""
    score = int(p["party"] == g.get("party"))
    score += p["aggregate"] == bool(g.get("aggregate"))
    score += p.get("place_id") in (g.get("place") or [])
    gd = g.get("date")
    score += gd is not None and p.get("event_date") == gd
    return score


def _match(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """Pair gold and predicted figures with the same (status, count); best party/place first."""
    free = list(predicted)
    pairs = []
    for g in gold:
        cands = [p for p in free if p["status"] == g["status"] and p["count_best"] == g["count"]]
        if not cands:
            continue

        best = max(cands, key=lambda p, g=g: _fit(g, p))
        free.remove(best)
        pairs.append((g, best))
    return pairs


def evaluate(docs: Iterable[GoldDoc], verbose: bool = False) -> Scores:
    """Run extraction over the gold documents and count agreements."""
    scores = Scores()
    for doc in docs:
        scores.documents += 1
        predicted = extract_article_events(doc.doc_id, doc.text, doc.published, "gold")
        pairs = _match(doc.figures, predicted)
        scores.tp += len(pairs)
        scores.fn += len(doc.figures) - len(pairs)
        scores.fp += len(predicted) - len(pairs)
        matched_gold = [id(g) for g, _ in pairs]
        matched_pred = [id(p) for _, p in pairs]
        for g in doc.figures:
            if id(g) not in matched_gold:
                scores.errors.append(f"{doc.doc_id}: missed {g['status']} {g['count']}")
        for p in predicted:
            if id(p) not in matched_pred:
                scores.errors.append(
                    f"{doc.doc_id}: spurious {p['status']} {p['count_best']} ({p['figure_text']!r})"
                )
        for g, p in pairs:
            label = f"{doc.doc_id}: {g['status']} {g['count']}"
            scores.party.append(p["party"] == g.get("party", "unknown"))
            if not scores.party[-1]:
                scores.errors.append(f"{label} party {p['party']} != {g.get('party')}")
            scores.aggregate.append(bool(p["aggregate"]) == bool(g.get("aggregate")))
            if not scores.aggregate[-1]:
                scores.errors.append(f"{label} aggregate {p['aggregate']} != {g.get('aggregate')}")
            if g.get("place"):
                scores.place.append(p.get("place_id") in g["place"])
                if not scores.place[-1]:
                    scores.errors.append(f"{label} place {p.get('place_id')} not in {g['place']}")
            if g.get("date"):
                gd = (
                    g["date"] if isinstance(g["date"], date) else date.fromisoformat(str(g["date"]))
                )
                scores.date.append(p.get("event_date") == gd)
                if not scores.date[-1]:
                    scores.errors.append(f"{label} date {p.get('event_date')} != {gd}")
    return scores


def run(
    gold_dir: Path = GOLD_DIR, seeds_dir: Path = SEEDS_DIR, only: str = "*"
) -> tuple[dict[str, Any], Scores]:
    """Evaluate the gold set (or the files matching ``only``); return the report and raw scores."""
    docs, skipped = load_gold(gold_dir, seeds_dir, only)
    scores = evaluate(docs)
    scores.skipped = skipped
    return scores.report(), scores


def failed_targets(report: dict[str, Any]) -> list[str]:
    """The measures below their targets."""
    return [f"{k} {report[k]} < {v}" for k, v in TARGETS.items() if report[k] < v]


def main(argv: list[str] | None = None) -> int:
    """Print the measures (and, with --errors, every mismatch); exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.evaluation", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold YAML files")
    parser.add_argument("--seeds", type=Path, default=SEEDS_DIR, help="folder of the shared seeds")
    parser.add_argument(
        "--only",
        default="*",
        metavar="PATTERN",
        help="score only the gold files whose stem matches this glob, e.g. 'o0*' for one batch",
    )
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report, scores = run(args.gold, args.seeds, args.only)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(
            f"documents            {report['documents']} ({report['skipped_documents']} seed documents skipped)"
        )
        print(f"gold / predicted     {report['gold_figures']} / {report['predicted_figures']}")
        print(
            f"figures (status, count)  precision {report['precision']:.3f}  recall {report['recall']:.3f}  F1 {report['f1']:.3f}"
        )
        print(f"party accuracy       {report['party_accuracy']:.3f}")
        print(
            f"aggregate precision  {report['aggregate_precision']:.3f}  (incident vs aggregate, matched figures)"
        )
        print(
            f"place accuracy       {report['place_accuracy']:.3f}  ({report['place_scored']} scored)"
        )
        print(
            f"date accuracy        {report['date_accuracy']:.3f}  ({report['date_scored']} scored)"
        )
    if args.errors:
        for line in scores.errors:
            print("  " + line)
    failed = failed_targets(report)
    if failed:
        print("BELOW TARGET: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
