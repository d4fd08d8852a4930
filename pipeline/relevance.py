"""Relevance: watchlist topics (actor, place, violence terms) matched on normalised text."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError
from pipeline.normalize import normalize_term, word_tokens

DEFAULT_WATCHLIST = Path(__file__).parent / "data" / "watchlist.yaml"
_SATURATION = 3  # hits of one group that count fully
_CONJUNCTIONS = ("", "و", "ف")
_PREFIXES = ("", "ب", "ل", "ك", "ال", "بال", "كال", "لل")  # "لل" is ل + ال
_ARTICLE = ("ال", "بال", "كال", "لل")
_SUFFIXES = ("ه", "ها", "هم", "هما", "ين", "ان", "ون", "ات")


@dataclass(frozen=True)
class Term:
    """One watchlist term, normalised and split for token matching."""

    text: str
    first: str  # first word, without its article when the term has one
    rest: tuple[str, ...]  # the following words
    article: bool  # the term starts with ال: a form of the article must be there
    prefix: bool  # written with a trailing "*": its last word may go on


@dataclass
class Group:
    """Terms of one kind (actor, place, violence), indexed by their first word."""

    name: str
    weight: float
    terms: list[str]
    index: dict[str, list[Term]]
    prefix_index: dict[str, list[Term]]  # single-word "*" terms, by their first three letters
    seen: dict[str, bool] = field(default_factory=dict)  # token -> may start a term (cache)

    def may_start(self, token: str) -> bool:
        """Tell (cached) whether some reading of ``token`` is the first word of a term."""
        found = self.seen.get(token)
        if found is None:
            found = any(
                stem in self.index or stem[:3] in self.prefix_index
                for stem, _, _ in token_readings(token)
            )
            if len(self.seen) < 200_000:
                self.seen[token] = found
        return found


@dataclass
class Topic:
    """A watchlist topic: term groups, required groups, minimum groups matched."""

    name: str
    description: str
    groups: list[Group]
    require: list[str] = field(default_factory=list)
    min_groups: int = 1


@dataclass
class Relevance:
    """Topics an article belongs to, its score (best topic) and the hits per topic and group."""

    topics: list[str]
    score: float
    hits: dict[str, dict[str, int]]


def parse_term(term: str) -> Term:
    """Normalise a watchlist term and split it for matching."""
    prefix = term.endswith("*")
    words = normalize_term(term.rstrip("*").strip()).split()
    if not words:
        raise ValueError(f"empty watchlist term {term!r}")
    first, article = words[0], False
    if first.startswith("ال") and len(first) > 3:
        first, article = first[2:], True
    return Term(term, first, tuple(words[1:]), article, prefix)


def compile_group(name: str, weight: float, terms: list[str]) -> Group:
    """Index a group's terms by first word (and by first letters for "*" terms)."""
    ordered = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    index: dict[str, list[Term]] = {}
    prefix_index: dict[str, list[Term]] = {}
    for text in ordered:
        term = parse_term(text)
        if term.prefix and not term.rest:
            prefix_index.setdefault(term.first[:3], []).append(term)
        else:
            index.setdefault(term.first, []).append(term)
    return Group(name, float(weight), ordered, index, prefix_index)


@lru_cache(maxsize=262_144)
def token_readings(token: str) -> tuple[tuple[str, bool, bool], ...]:
    """Readings of a token with its clitics stripped: (stem, had article, had a suffix)."""
    out: set[tuple[str, bool, bool]] = set()
    for conj in _CONJUNCTIONS:
        for pre in _PREFIXES:
            lead = conj + pre
            if not token.startswith(lead) or len(token) - len(lead) < 2:
                continue
            stem = token[len(lead) :]
            article = pre in _ARTICLE
            out.add((stem, article, False))
            for suffix in _SUFFIXES:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                    out.add((stem[: -len(suffix)], article, True))
    return tuple(out)


def _last_word_matches(word: str, token: str, prefix: bool) -> bool:
    if prefix:
        return token.startswith(word)
    return token == word or any(token == word + s for s in _SUFFIXES)


def _match_at(group: Group, tokens: list[str], i: int) -> int:
    """Length (in tokens) of the longest term of ``group`` starting at ``tokens[i]``; 0 if none."""
    best = 0
    for stem, article, suffixed in token_readings(tokens[i]):
        for term in group.index.get(stem, ()):
            if term.article and not article:
                continue
            if not term.rest:
                best = max(best, 1)
                continue
            end = i + 1 + len(term.rest)
            if suffixed or end > len(tokens):
                continue
            middle, last = term.rest[:-1], term.rest[-1]
            if tuple(tokens[i + 1 : end - 1]) == middle and _last_word_matches(
                last, tokens[end - 1], term.prefix
            ):
                best = max(best, 1 + len(term.rest))
        for term in group.prefix_index.get(stem[:3], ()):
            if stem.startswith(term.first) and (article or not term.article):
                best = max(best, 1)
    return best


def count_hits(group: Group, tokens: list[str]) -> int:
    """Non-overlapping occurrences of the group's terms in normalised tokens."""
    hits, i = 0, 0
    while i < len(tokens):
        length = _match_at(group, tokens, i) if group.may_start(tokens[i]) else 0
        if length:
            hits += 1
            i += length
        else:
            i += 1
    return hits


def parse_watchlist(data: Any, origin: str = "<watchlist>") -> list[Topic]:
    """Validate a watchlist document and compile its topics; errors name the file and topic."""
    if not isinstance(data, dict) or not isinstance(data.get("topics"), dict) or not data["topics"]:
        raise ConfigError(f"{origin}: no 'topics' mapping", "see pipeline/data/watchlist.yaml")
    topics = []
    for name, spec in data["topics"].items():
        where = f"{origin}: topic {name!r}"
        if not isinstance(spec, dict) or not isinstance(spec.get("groups"), dict):
            raise ConfigError(
                f"{where} has no 'groups' mapping", "give groups: {actor: {terms: [...]}}"
            )
        groups = []
        for gname, gspec in spec["groups"].items():
            terms = gspec.get("terms") if isinstance(gspec, dict) else gspec
            if not isinstance(terms, list) or not terms:
                raise ConfigError(f"{where}, group {gname!r} has no terms", "list its terms")
            weight = gspec.get("weight", 1) if isinstance(gspec, dict) else 1
            groups.append(compile_group(str(gname), weight, [str(t) for t in terms]))
        require = list(spec.get("require") or [])
        unknown = set(require) - {g.name for g in groups}
        if unknown:
            raise ConfigError(f"{where} requires unknown groups {sorted(unknown)}", "fix 'require'")
        topics.append(
            Topic(
                name=str(name),
                description=str(spec.get("description") or ""),
                groups=groups,
                require=require,
                min_groups=int(spec.get("min_groups", 1)),
            )
        )
    return topics


@lru_cache(maxsize=8)
def load_watchlist(path: str | None = None) -> tuple[Topic, ...]:
    """Load and compile a watchlist YAML file (the shipped ISIS-in-Syria one by default)."""
    file = Path(path) if path else DEFAULT_WATCHLIST
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read watchlist {file}: {exc}", "check the path") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"watchlist {file} is not valid YAML: {exc}", "fix the YAML") from exc
    return tuple(parse_watchlist(data, str(file)))


def _group_score(hits: int) -> float:
    return min(1.0, math.log1p(hits) / math.log1p(_SATURATION))


def score_topics(
    text: str | list[str],
    topics: tuple[Topic, ...] | list[Topic] | None = None,
) -> Relevance:
    """Match every topic on a text (or its normalised tokens); topics, best score and hits."""
    topics = topics if topics is not None else load_watchlist()
    tokens = text if isinstance(text, list) else word_tokens(text)
    assigned: list[str] = []
    best = 0.0
    all_hits: dict[str, dict[str, int]] = {}
    for topic in topics:
        hits = {g.name: count_hits(g, tokens) for g in topic.groups}
        all_hits[topic.name] = hits
        matched = [name for name, n in hits.items() if n]
        if any(hits[r] == 0 for r in topic.require) or len(matched) < topic.min_groups:
            continue
        total = sum(g.weight for g in topic.groups)
        score = sum(g.weight * _group_score(hits[g.name]) for g in topic.groups) / total
        assigned.append(topic.name)
        best = max(best, score)
    return Relevance(topics=assigned, score=round(best, 4), hits=all_hits)
