"""Relevance: watchlist terms matched on normalised tokens, with clitics, suffixes and phrases."""

from __future__ import annotations

import pytest
import yaml

from pipeline.errors import ConfigError
from pipeline.normalize import word_tokens
from pipeline.relevance import (
    compile_group,
    count_hits,
    load_watchlist,
    parse_watchlist,
    score_topics,
)


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("هجوم لخلايا داعش", 1),
        ("والدواعش", 0),  # a different word, not a clitic form of داعش
        ("بداعش وكداعش فداعش", 3),  # clitics
        ("تنظيم الدولة الإسلامية", 1),  # one phrase counted once (longest)
        ("وللدولة الإسلامية", 1),  # و + لل + the article-bearing term
        ("دولة الإسلامية", 0),  # the term's article is required
        ("عناصر داعشيين", 1),  # "داعشي*" prefix term
    ],
)
def test_actor_forms(text: str, hits: int) -> None:
    group = compile_group(
        "actor", 1, ["داعش", "داعشي*", "الدولة الإسلامية", "تنظيم الدولة الإسلامية"]
    )
    assert count_hits(group, word_tokens(text)) == hits


def test_places_and_suffixes() -> None:
    group = compile_group("place", 1, ["البو كمال", "دير الزور", "هجوم"])
    assert count_hits(group, word_tokens("في البوكمال")) == 0  # written as one word: another term
    assert count_hits(group, word_tokens("وبالبو كمال وفي ريف دير الزور")) == 2
    assert count_hits(group, word_tokens("هجومهم وهجومين")) == 2  # attached suffixes


def test_default_watchlist_scores() -> None:
    topics = load_watchlist()
    assert {t.name for t in topics} >= {"isis_syria"}
    strong = score_topics(
        "قتل 5 عناصر من قوات النظام بكمين لتنظيم داعش في بادية دير الزور وهجوم آخر قرب السخنة"
    )
    weak = score_topics("قالت مصادر إن داعش ما زال موجوداً")
    assert "isis_syria" in strong.topics and strong.score > 0.6
    assert "isis_syria" not in weak.topics  # actor alone: fewer groups than min_groups


def test_watchlist_errors_name_the_topic() -> None:
    bad = yaml.safe_load("topics: {isis: {groups: {actor: []}}}")
    with pytest.raises(ConfigError, match="isis"):
        parse_watchlist(bad, "w.yaml")
    with pytest.raises(ConfigError, match="unknown groups"):
        parse_watchlist({"topics": {"t": {"require": ["x"], "groups": {"a": ["داعش"]}}}}, "w.yaml")
