"""A report that contradicts itself is compared on both statements (align/dissent.py)."""

from __future__ import annotations

from dataclasses import replace

from incident_reader.core.align import compare
from incident_reader.core.model import FactPair, InternalConflict, ReportAnalysis
from tests.unit.test_align_build import Told, build

A_TEXT = (
    "A man drove a van into a bus queue on Harl Street in Ostmere on Friday. A 29-year-old man "
    "was arrested at the scene. Later the 27-year-old suspect was named by police."
)
B_TEXT = "A van hit a bus queue on Harl Street in Ostmere on Friday. Davo Renke, 29, held."
C_TEXT = "People saw a van hit a queue on Harl Street in Ostmere on Friday; a man of 27 was held."


def _report(rid: str, text: str, ages: list[tuple[str, int]], own: bool) -> ReportAnalysis:
    told = Told("i0", text.split(".")[0], "2026-05-01", "harl street", main=True,
                facts=[("suspect.age", quote, age) for quote, age in ages])  # fmt: skip
    analysis = build(rid, text, [told], dct="2026-05-01")
    if own:
        conflict = InternalConflict("suspect.age", tuple(range(len(analysis.facts))))
        analysis = replace(analysis, internal_conflicts=(conflict,))
    return analysis


def _ages(pairs: list[FactPair]) -> list[tuple[str, object, str, object, str, str | None]]:
    return [
        (p.a.article, p.a.value, p.b.article, p.b.value, p.status, p.dissent)
        for p in pairs
        if p.kind == "suspect.age"
    ]


def test_a_report_s_other_age_is_paired_with_the_other_reports() -> None:
    a = _report("a", A_TEXT, [("29-year-old", 29), ("27-year-old", 27)], own=True)
    b = _report("b", B_TEXT, [("Davo Renke, 29", 29)], own=False)
    got = _ages(list(compare([a, b]).pairs))
    final = [g for g in got if g[5] is None][0]
    dissent = [g for g in got if g[5] is not None]
    # both of A's ages meet B's, each labelled by its own two values; the row keeps the finals'
    assert {(g[1], g[3], g[4]) for g in (final, *dissent)} == {
        (29, 29, "match"),
        (27, 29, "conflict"),
    }
    assert [g[5] for g in dissent] == ["a"]


def test_the_dissent_is_labelled_by_its_own_values_on_either_side() -> None:
    a = _report("a", A_TEXT, [("29-year-old", 29), ("27-year-old", 27)], own=True)
    c = _report("c", C_TEXT, [("a man of 27", 27)], own=False)
    b = _report("b", B_TEXT, [("Davo Renke, 29", 29)], own=False)
    got = _ages(list(compare([c, a, b]).pairs))
    dissent = sorted(g for g in got if g[5] is not None)
    finals = {g[:4] for g in got if g[5] is None}
    assert all(g[:4] not in finals for g in dissent)
    assert {(g[4], g[5]) for g in dissent} <= {("match", "b"), ("conflict", "b"),
                                                ("match", "a"), ("conflict", "a")}  # fmt: skip
    values = {(g[1], g[3]): g[4] for g in dissent}
    assert all(s == ("match" if x == y else "conflict") for (x, y), s in values.items())


def test_no_dissent_without_an_own_conflict() -> None:
    a = _report("a", A_TEXT, [("29-year-old", 29), ("27-year-old", 27)], own=False)
    b = _report("b", B_TEXT, [("Davo Renke, 29", 29)], own=False)
    assert all(g[5] is None for g in _ages(list(compare([a, b]).pairs)))


def test_a_dissent_is_written_in_the_json_only_when_there_is_one() -> None:
    a = _report("a", A_TEXT, [("29-year-old", 29), ("27-year-old", 27)], own=True)
    b = _report("b", B_TEXT, [("Davo Renke, 29", 29)], own=False)
    pairs = [p.to_json() for p in compare([a, b]).pairs if p.kind == "suspect.age"]
    assert sorted(p.get("dissent", "-") for p in pairs) == ["-", "a"]
