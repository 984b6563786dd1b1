"""Two values a fact-checker reads as one: a suspect older by the years between two reports; and a
hedged side of noon or midnight ("just before noon") read as the moment it names, the 10-minute
tolerance covering the hedge as it does for "shortly after 9.40pm" (the gold's convention).
Every sentence is invented."""

from __future__ import annotations

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.summary import describe
from incident_reader.core.align.values import compare_clock
from incident_reader.core.model import Comparison, FactValue, ReportAnalysis
from tests.unit.test_align_build import Told, build

STORY = "A delivery lorry ploughed into the Lammas Fair on Tolley Street in Brackwater."


def _report(
    rid: str, words: str, value: FactValue, dct: str | None, kind: str = "suspect.age"
) -> ReportAnalysis:
    text = f"{STORY} Police said {words} was at the wheel."
    told = Told("i0", STORY[:-1], "2025-05-03", main=True, facts=[(kind, words, value)])
    return build(rid, text, [told], dct=dct)


def _pairs(comparison: Comparison) -> dict[tuple[str, str], str]:
    return {(p.a.article, p.b.article): p.status for p in comparison.pairs if p.kind != "timeline"}


# (ages as (words, value, DCT) per report, the expected label of each two reports)
AGE_TABLE = [
    pytest.param(
        [("the driver, 31,", 31, "2025-05-03"), ("the driver, 36,", 36, "2030-07-20")],
        {("r0", "r1"): "revised"},
        id="31 at the attack, 36 at the verdict five years on",
    ),
    pytest.param(
        [("the driver, 53,", 53, "2030-11-02"), ("the driver, 48,", 48, "2025-11-09")],
        {("r0", "r1"): "revised"},
        id="the later report first: 48, then 53 five years on",
    ),
    pytest.param(
        [("the driver, 57,", 57, "2025-04-08"), ("the driver, 58,", 58, "2026-06-07")],
        {("r0", "r1"): "revised"},
        id="a year and two months on, a year older",
    ),
    pytest.param(
        [("the driver, 42,", 42, "2025-05-04"), ("the driver, 43,", 43, "2025-05-10")],
        {("r0", "r1"): "conflict"},
        id="a week apart: one stage, two ages conflict",
    ),
    pytest.param(
        [("the driver, 22,", 22, "2025-02-09"), ("the driver, 23,", 23, "2025-03-20")],
        {("r0", "r1"): "conflict"},
        id="weeks apart: still a conflict",
    ),
    pytest.param(
        [("the driver, 42,", 42, "2025-05-04"), ("the driver, 47,", 47, "2027-06-01")],
        {("r0", "r1"): "conflict"},
        id="older by more than the years between",
    ),
    pytest.param(
        [("the driver, 44,", 44, "2025-05-04"), ("the driver, 42,", 42, "2027-06-01")],
        {("r0", "r1"): "conflict"},
        id="younger in the later report",
    ),
    pytest.param(
        [("the driver, 42,", 42, "2025-05-04"), ("the driver, 42,", 42, "2030-06-01")],
        {("r0", "r1"): "match"},
        id="the same age stays a match",
    ),
    pytest.param(
        [("the driver, 42,", 42, "2025-05-04"), ("the driver, 47,", 47, None)],
        {("r0", "r1"): "conflict"},
        id="an undated report: the years between are unknown",
    ),
]


@pytest.mark.parametrize(("figures", "expected"), AGE_TABLE)
def test_an_age_older_by_the_years_between_the_reports(
    figures: list[tuple[str, FactValue, str | None]], expected: dict[tuple[str, str], str]
) -> None:
    reports = [_report(f"r{n}", w, v, d) for n, (w, v, d) in enumerate(figures)]
    labels = _pairs(compare(reports))
    assert {k: labels[k] for k in expected} == expected


def test_an_aged_suspect_is_revised_in_the_summary() -> None:
    reports = [
        _report("r0", "the driver, 31,", 31, "2025-05-03"),
        _report("r1", "the driver, 31,", 31, "2025-05-04"),
        _report("r2", "the driver, 36,", 36, "2030-07-20"),
    ]
    (fact,) = compare(reports).facts
    assert fact.standing == "revised" and not fact.disputing
    # the headline is the age at the incident; the verdict's 36 is the same man five years on
    assert (fact.value, fact.revised, fact.agreeing) == (31, ("r2",), ("r0", "r1"))


def test_an_aged_suspect_told_first_keeps_the_age_at_the_incident() -> None:
    reports = [
        _report("r0", "the driver, 50,", 50, "2031-02-11"),
        _report("r1", "the driver, 44,", 44, "2025-09-30"),
    ]
    (fact,) = compare(reports).facts
    assert (fact.value, fact.revised) == (44, ("r0",))
    assert describe(fact) == "44 in 1 of 2, the age years on in 1"


def test_a_revised_toll_still_heads_with_the_later_figure() -> None:
    reports = [
        _report("r0", "four people", 4, "2025-05-03", kind="casualties.killed"),
        _report("r1", "five people", 5, "2025-05-09", kind="casualties.killed"),
    ]
    (fact,) = compare(reports).facts
    assert (fact.value, fact.revised) == (5, ("r0",))
    assert "an earlier one in 1" in describe(fact)


# (A's value, B's value, label)
CLOCK_PAIRS = [
    ("11:30-12:00", "11:41", "compatible"),  # "just before noon" / "at 11:41 am"
    ("11:30-12:00", "11:30", "compatible"),
    ("11:30-12:00", "12:05", "compatible"),  # within the tolerance of its end
    ("11:30-12:00", "12:15", "conflict"),  # after noon: not "just before" it
    ("11:30-12:00", "11:10", "conflict"),
    ("23:30-24:00", "23:52", "compatible"),
    ("23:30-24:00", "00:04", "compatible"),
    ("00:00-00:30", "23:55", "compatible"),
    ("00:00-00:30", "00:20", "compatible"),
    ("11:30-12:00", "11:30-12:00", "match"),
    ("11:30-12:00", "12:00-12:30", "compatible"),  # just before and just after noon
    # exact clocks as before
    ("12:00", "11:41", "conflict"),
    ("24:00", "00:00", "match"),
    ("23:55", "00:03", "compatible"),
    ("10:00", "10:10", "conflict"),
]


@pytest.mark.parametrize(("a", "b", "label"), CLOCK_PAIRS)
def test_a_clock_inside_a_window_agrees_with_it(a: str, b: str, label: str) -> None:
    assert compare_clock(a, b) == label
    assert compare_clock(b, a) == label


# (words and value of A, words and value of B, label): the hedge is no window of its own
HEDGED_SIDES = [
    ("just before noon", "12:00", "at 11:41 am", "11:41", "conflict"),
    ("just before noon", "12:00", "at 11.55am", "11:55", "compatible"),
    ("shortly before midnight", "24:00", "at roughly 11.44pm", "23:44", "conflict"),
    ("shortly before midnight", "24:00", "at 11.53pm", "23:53", "compatible"),
    ("just after midnight", "00:00", "by 12.18am", "00:18", "conflict"),
    ("soon after midnight", "00:00", "at 12.06am", "00:06", "compatible"),
    ("moments after midday", "12:00", "at 12.20pm", "12:20", "conflict"),
    ("just before noon", "12:00", "at 11:05 am", "11:05", "conflict"),
]


@pytest.mark.parametrize(("words_a", "value_a", "words_b", "value_b", "label"), HEDGED_SIDES)
def test_a_hedged_side_of_noon_or_midnight_is_the_moment_it_names(
    words_a: str, value_a: str, words_b: str, value_b: str, label: str
) -> None:
    def told(rid: str, words: str, value: str) -> ReportAnalysis:
        text = f"{STORY} The lorry struck {words}, police said."
        facts: list[tuple[str, str, FactValue]] = [("incident.time", words, value)]
        return build(
            rid, text, [Told("i0", STORY[:-1], "2025-05-03", main=True, facts=facts)], "2025-05-03"
        )

    labels = _pairs(compare([told("r0", words_a, value_a), told("r1", words_b, value_b)]))
    assert labels[("r0", "r1")] == label


@pytest.mark.parametrize(
    ("clock", "value", "label"),
    [("11:53 am", "11:53", "compatible"), ("11:41 am", "11:41", "conflict")],
)
def test_the_moments_of_a_hedged_noon_and_a_clock_agree_as_the_facts_do(
    clock: str, value: str, label: str
) -> None:
    def told(rid: str, words: str, clock: str, value: str) -> ReportAnalysis:
        text = f"{STORY} The lorry struck {words}, police said."
        facts: list[tuple[str, str, FactValue]] = [("incident.time", words, value)]
        timeline = [(clock, f"2025-05-03T{value}")]
        inc = Told("i0", STORY[:-1], "2025-05-03", main=True, facts=facts, timeline=timeline)
        return build(rid, text, [inc], "2025-05-03")

    reports = [
        told("r0", "just before noon", "noon", "12:00"),
        told("r1", f"at {clock}", clock, value),
    ]
    (moment,) = [p for p in compare(reports).pairs if p.kind == "timeline"]
    assert moment.status == label
    (pair,) = [p for p in compare(reports).pairs if p.kind == "incident.time"]
    assert pair.status == label


@pytest.mark.parametrize("hedge", ["about", "around", "shortly after", "just after"])
def test_of_agreeing_clocks_the_summary_shows_the_one_told_without_a_hedge(hedge: str) -> None:
    def told(rid: str, words: str, value: str) -> ReportAnalysis:
        text = f"{STORY} The lorry struck {words}, police said."
        facts: list[tuple[str, str, FactValue]] = [("incident.time", words, value)]
        inc = Told("i0", STORY[:-1], "2025-05-03", main=True, facts=facts)
        return build(rid, text, [inc], "2025-05-03")

    for exact in range(3):  # wherever the exact clock stands among the reports
        reports = [
            told(f"r{n}", "at 9.43am", "09:43")
            if n == exact
            else told(f"r{n}", f"{hedge} 9.40am", "09:40")
            for n in range(3)
        ]
        (summary,) = [f for f in compare(reports).facts if f.kind == "incident.time"]
        assert (summary.standing, summary.value) == ("agreed", "09:43")


def test_of_two_agreeing_open_tolls_the_summary_shows_the_higher() -> None:
    for low, high in ((115, 127), (127, 115)):  # whichever report comes first
        reports = [
            _report("r0", f"at least {low} people", {"min": low, "max": None}, "2025-05-04",
                    kind="casualties.killed"),
            _report("r1", f"at least {high} people", {"min": high, "max": None}, "2025-05-04",
                    kind="casualties.killed"),
        ]  # fmt: skip
        (fact,) = compare(reports).facts
        assert fact.value == {"min": 127, "max": None} and fact.standing == "agreed"
