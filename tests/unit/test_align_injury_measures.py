"""Two measures of the hurt: a count of the seriously hurt is a part of everyone hurt, no revision
of it, not its latest figure and no step of its history; a part below the whole agrees with it
(compatible), a part above it is a conflict; the history is the fact's across all its reports."""

from __future__ import annotations

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.summary import history_text
from incident_reader.core.facts.measures import SERIOUS, measure_of
from incident_reader.core.model import Fact, FactValue, ReportAnalysis
from tests.unit.test_align_pairs import _pairs, _report

INJURED = "casualties.injured"


def _hurt(rid: str, words: str, value: FactValue, dct: str | None) -> ReportAnalysis:
    return _report(rid, words, value, dct, INJURED)


@pytest.mark.parametrize(
    ("text", "words", "measure"),
    [
        ("He drove on, seriously injuring 29 others.", "injuring 29 others", SERIOUS),
        ("Eleven people were critically hurt in the blast.", "Eleven people", SERIOUS),
        ("Six remain in a critical condition in hospital.", "Six", SERIOUS),
        ("The crash left four with life-threatening injuries.", "four", SERIOUS),
        ("Nine were badly hurt when the roof gave way.", "Nine were badly hurt", SERIOUS),
        ("Over 35 people were injured in the attack.", "Over 35 people were injured", ""),
        ("Injured: 11 (three critically)", "Injured: 11", ""),
        ("Seven were hurt, two of them seriously.", "Seven were hurt", ""),
    ],
)
def test_a_count_of_the_seriously_hurt_is_told_by_its_clause(
    text: str, words: str, measure: str
) -> None:
    start = text.index(words)
    fact = Fact(INJURED, 1, start, start + len(words), words, "i0")
    assert measure_of(INJURED, fact, text) == measure


def test_the_seriously_hurt_are_no_revision_of_everyone_hurt() -> None:
    first = _hurt("r0", "over 35 people injured", {"min": 36, "max": None}, "2025-05-04")
    inquest = _hurt("r1", "29 people seriously injured", 29, "2026-10-12")
    other = _hurt("r2", "40 people injured", 40, None)
    comparison = compare([first, inquest, other])
    labels = _pairs(comparison)
    assert labels[("r0", "r1")] == "compatible"  # 29 of the 36+ hurt were hurt seriously
    assert labels[("r0", "r2")] == "compatible"
    (fact,) = comparison.facts
    assert fact.revised == () and fact.value != 29  # the part is not the fact's figure
    assert fact.latest is None  # the inquest's part is not the latest figure of the whole
    told = history_text(fact)
    assert "→ 2026-10-12: 29" not in told
    assert told.endswith("seriously injured: 29 (2026-10-12)")


def test_a_later_larger_count_of_the_seriously_hurt_shows_the_first_whole_was_low() -> None:
    whole = _hurt("r0", "twelve people injured", 12, "2025-05-04")
    part = _hurt("r1", "15 people seriously injured", 15, "2025-05-06")
    comparison = compare([whole, part])
    assert _pairs(comparison)[("r0", "r1")] == "revised"  # at least 15 were hurt in all
    assert comparison.facts[0].revised == ()  # the part is no figure of the whole's history


def test_a_larger_count_of_the_seriously_hurt_of_the_same_day_conflicts() -> None:
    whole = _hurt("r0", "twelve people injured", 12, "2025-05-04")
    part = _hurt("r1", "15 people seriously injured", 15, "2025-05-04")
    assert _pairs(compare([whole, part]))[("r0", "r1")] == "conflict"


def test_two_counts_of_one_measure_still_revise() -> None:
    early = _hurt("r0", "four people seriously injured", 4, "2025-05-03")
    late = _hurt("r1", "six people seriously injured", 6, "2025-05-05")
    assert _pairs(compare([early, late]))[("r0", "r1")] == "revised"


@pytest.mark.parametrize(
    ("whole", "part", "label"),
    [
        (15, 14, "compatible"),  # "14 severely injured" beside "15 injured"
        ({"min": 51, "max": None}, 8, "compatible"),  # "more than 50 injured, eight severely"
        (6, 6, "match"),  # "six seriously injured" and "the six injured": one figure
        (3, 5, "conflict"),  # more seriously hurt than hurt in all
        ({"min": 20, "max": 30}, 25, "compatible"),
    ],
)
def test_a_part_below_the_whole_agrees_with_it(
    whole: FactValue, part: FactValue, label: str
) -> None:
    everyone = _hurt("r0", "people injured", whole, "2025-05-04")
    serious = _hurt("r1", "people seriously injured", part, "2025-05-04")
    assert _pairs(compare([everyone, serious]))[("r0", "r1")] == label


def test_a_whole_count_equal_to_a_part_is_not_agreed_through_the_part() -> None:
    """The summary groups reports by their figure; a count of everyone hurt that happens to equal
    a count of the seriously hurt is a figure of its own: it agrees with the latest whole figure
    only if its own pair does ("14 injured" beside "15 injured" is a conflict, even though "14
    seriously injured" beside the same 15 is compatible)."""
    early = _hurt("r0", "ten people injured", 10, "2025-05-04")
    later = _hurt("r1", "15 people injured", 15, "2025-05-05")
    part = _hurt("r2", "14 people seriously injured", 14, "2025-06-20")
    whole = _hurt("r3", "wounding 14 others", 14, None)
    comparison = compare([early, later, part, whole])
    labels = _pairs(comparison)
    assert labels[("r1", "r3")] == "conflict"
    assert labels[("r1", "r2")] == "compatible"
    (fact,) = comparison.facts
    assert "r3" not in fact.agreeing
    assert "r3" in fact.disputing


def test_the_summary_tells_a_part_apart_from_the_reports_that_give_the_figure() -> None:
    """A row said "compatible in 3 of 3" as if all three backed 40+; the inquest's 29 counts the
    seriously hurt only: "in 2 of 3, a count of the seriously hurt in 1"."""
    from incident_reader.core.align.summary import describe

    first = _hurt("r0", "at least 40 people injured", {"min": 40, "max": None}, "2025-05-04")
    second = _hurt("r1", "more than 40 injured", {"min": 41, "max": None}, "2025-05-04")
    inquest = _hurt("r2", "29 people seriously injured", 29, "2026-10-12")
    (fact,) = compare([first, second, inquest]).facts
    said = describe(fact)
    assert "in 2 of 3" in said and "a count of the seriously hurt in 1" in said, said
