"""A report's whole statement of a fact in the comparison: the mention the row shows and its echoes
(the headline, a repeat, a looser wording), never a mention where the report says otherwise."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.align import ComparisonIndex, compare
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import FactPair

HERALD = """Five dead as tour bus leaves mountain road near Velden
Date: 2025-03-09

Five people died on Sunday morning when a tour bus left a mountain road near Velden and rolled \
down a slope, police said.

The bus was carrying 31 passengers. Officers said the five people killed were all passengers.

A hospital spokesman said four people had died.

Sadly, five people have lost their lives, the regional governor said.
"""
COURIER = """Bus crash near Velden kills six
Date: 2025-03-09

Six people were killed on Sunday when a tour bus carrying 31 passengers came off a mountain road \
near Velden, police said.
"""


def build(tmp_path: Path) -> tuple[ComparisonIndex, FactPair]:
    (tmp_path / "herald.txt").write_text(HERALD, encoding="utf-8")
    (tmp_path / "courier.txt").write_text(COURIER, encoding="utf-8")
    analyses = analyse_corpus(load_corpus([tmp_path]))
    comparison = compare(analyses)
    index = ComparisonIndex(comparison, analyses)
    pair = next(p for p in comparison.pairs if p.kind == "casualties.killed")
    return index, pair


def words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end].lower() for start, end in spans]


def test_a_statement_is_its_final_mention_and_its_echoes(tmp_path: Path) -> None:
    index, pair = build(tmp_path)
    herald = pair.a if pair.a.article == "herald" else pair.b
    said = words(HERALD, index.mentions(pair.incident, pair.kind, herald))
    assert said[0] == HERALD[herald.start : herald.end].lower()  # the row's own mention first
    assert sorted(said) == sorted(
        ["five dead", "five people died", "five people killed", "five people have lost their lives"]
    )
    assert not any("four" in w for w in said)  # the report contradicting itself is no echo


def test_the_other_reports_statement_has_its_own_mentions(tmp_path: Path) -> None:
    index, pair = build(tmp_path)
    courier = pair.a if pair.a.article == "courier" else pair.b
    said = words(COURIER, index.mentions(pair.incident, pair.kind, courier))
    assert sorted(said) == ["kills six", "six people were killed"]


def test_a_timeline_moment_is_its_one_span(tmp_path: Path) -> None:
    index, pair = build(tmp_path)
    assert index.mentions(pair.incident, "timeline", pair.a) == [(pair.a.start, pair.a.end)]
