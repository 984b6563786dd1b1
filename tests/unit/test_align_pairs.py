"""Each pair labelled by its own two values; revisions as a story moves; the fact-level summary."""

from __future__ import annotations

from dataclasses import replace

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.summary import describe, history_text, shown_values
from incident_reader.core.model import Comparison, DctSource, FactValue, ReportAnalysis
from tests.unit.test_align_build import Told, build

STORY = "A delivery lorry ploughed into the Lammas Fair on Tolley Street in Brackwater."


def _report(
    rid: str, figure: str, value: FactValue, dct: str | None, kind: str = "casualties.killed"
) -> ReportAnalysis:
    text = f"{STORY} Police said {figure} at the scene."
    told = Told("i0", STORY[:-1], "2025-05-03", main=True, facts=[(kind, figure, value)])
    return build(rid, text, [told], dct=dct)


def _pairs(comparison: Comparison) -> dict[tuple[str, str], str]:
    return {(p.a.article, p.b.article): p.status for p in comparison.pairs if p.kind != "timeline"}


# (figures as (words, value, DCT) per report, the expected label of each two reports)
PAIR_TABLE = [
    pytest.param(
        [("six people died", 6, "2025-05-03"), ("six died", 6, "2025-05-03"),
         ("five people died", 5, "2025-05-03")],
        {("r0", "r1"): "match", ("r0", "r2"): "conflict", ("r1", "r2"): "conflict"},
        id="a third report's figure never paints two that agree",
    ),
    pytest.param(
        [("at least seven died", {"min": 7, "max": None}, "2025-05-03"),
         ("seven died", 7, "2025-05-04")],
        {("r0", "r1"): "compatible"},
        id="at least seven and seven agree",
    ),
    pytest.param(
        [("four died", 4, "2025-05-03"), ("four died", 4, "2025-05-05")],
        {("r0", "r1"): "match"},
        id="identical figures are never revised",
    ),
    pytest.param(
        [("four died", 4, "2025-05-03"), ("five died", 5, "2025-05-04"),
         ("six died", 6, "2025-05-06")],
        {("r0", "r1"): "revised", ("r0", "r2"): "revised", ("r1", "r2"): "revised"},
        id="a toll that rises with the story is revised",
    ),
    pytest.param(
        [("four died", 4, "2025-05-03"), ("five died", 5, "2025-05-03")],
        {("r0", "r1"): "conflict"},
        id="two reports of one day that differ conflict",
    ),
    pytest.param(
        [("four died", 4, "2025-06-20"), ("five died", 5, "2026-05-04")],
        {("r0", "r1"): "conflict"},
        id="a figure told weeks after the incident is no first-days figure a later one revises",
    ),
    pytest.param(
        [("six died", 6, "2025-05-03"), ("five died", 5, "2025-05-04")],
        {("r0", "r1"): "conflict"},
        id="a later lower figure conflicts",
    ),
    pytest.param(
        [("four died", 4, "2025-05-03"), ("five died", 5, "2026-05-04"),
         ("six died", 6, "2027-05-03")],
        {("r0", "r1"): "revised", ("r0", "r2"): "revised", ("r1", "r2"): "revised"},
        id="a figure told a year on revises the first day's (the injured who died since); "
        "two retrospectives of a toll that only rose revise too (test_align_rising_toll)",
    ),
    pytest.param(
        [("four died", 4, "2025-05-04"), ("four died", 4, "2025-05-11"),
         ("five died", 5, "2026-06-01"), ("five died", 5, "2025-05-09")],
        {("r0", "r1"): "match", ("r0", "r2"): "revised", ("r1", "r2"): "revised",
         ("r0", "r3"): "revised", ("r1", "r3"): "conflict", ("r2", "r3"): "match"},
        id="a higher figure told later revises one of the first weeks; a lower one conflicts",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("figures", "want"), PAIR_TABLE)
def test_pair_labels(
    figures: list[tuple[str, FactValue, str]], want: dict[tuple[str, str], str]
) -> None:
    reports = [_report(f"r{n}", w, v, d) for n, (w, v, d) in enumerate(figures)]
    assert _pairs(compare(reports)) == want


def test_an_undated_report_worded_as_an_update_revises() -> None:
    early = _report("r0", "three died", 3, "2025-05-03")
    text = f"{STORY} The death toll rose to five on Sunday."
    told = Told("i0", STORY[:-1], None, main=True, facts=[("casualties.killed", "five", 5)])
    late = build("r1", text, [told])
    assert _pairs(compare([early, late])) == {("r0", "r1"): "revised"}


def _lent_day(analysis: ReportAnalysis, day: str) -> ReportAnalysis:
    """The analysis of an undated report whose DCT was lent by its siblings (a date hint)."""
    report = replace(analysis.report, dct=None, date_hint=day)
    return replace(analysis, report=report, dct=day, dct_source=DctSource.INFERRED)


def test_a_report_dated_by_its_siblings_day_is_a_stage_before_a_report_a_week_on() -> None:
    first = _lent_day(_report("r0", "five died", 5, "2025-05-03"), "2025-05-03")
    same_day = _report("r1", "seven died", 7, "2025-05-03")
    week_on = _report("r2", "seven died", 7, "2025-05-10")
    labels = _pairs(compare([first, same_day, week_on]))
    assert labels[("r0", "r2")] == "revised"  # the first hours' five, seven a week later
    assert labels[("r0", "r1")] == "conflict"  # the same day: one stage that differs
    late = _lent_day(_report("r3", "five died", 5, "2025-05-12"), "2025-05-12")
    assert _pairs(compare([week_on, late]))[("r2", "r3")] == "conflict"  # lower, and later


def test_two_ages_conflict_unless_older_by_the_years_between() -> None:
    """An age told years on is revised only when it grew by the whole years between the two
    reports (the same person aged); otherwise, or within one stage, two ages conflict."""
    young = _report("r0", "the driver, 42,", 42, "2025-05-04", "suspect.age")
    older = _report("r1", "the driver, 44,", 44, "2027-06-01", "suspect.age")
    next_week = _report("r2", "the driver, 43,", 43, "2025-05-10", "suspect.age")
    too_old = _report("r3", "the driver, 46,", 46, "2027-06-01", "suspect.age")
    labels = _pairs(compare([young, older, next_week, too_old]))
    assert labels[("r0", "r1")] == "revised"
    assert labels[("r0", "r2")] == "conflict"
    assert labels[("r0", "r3")] == "conflict"


def test_the_summary_counts_agreeing_and_disputing_reports() -> None:
    figures = [("six died", 6), ("six died", 6), ("six died", 6), ("five died", 5)]
    reports = [_report(f"r{n}", w, v, "2025-05-03") for n, (w, v) in enumerate(figures)]
    (fact,) = compare(reports).facts
    assert (fact.standing, fact.value) == ("disputed", 6)
    assert (fact.agreeing, fact.disputing) == (("r0", "r1", "r2"), ("r3",))
    assert describe(fact) == "agreed by 3 of 4, disputed by 1"


def test_the_summary_tells_the_figure_history_by_date() -> None:
    figures = [("five died", 5, "2025-05-04"), ("four died", 4, "2025-05-03")]
    reports = [_report(f"r{n}", w, v, d) for n, (w, v, d) in enumerate(figures)]
    (fact,) = compare(reports).facts
    assert (fact.standing, fact.value, fact.revised) == ("revised", 5, ("r1",))
    assert history_text(fact) == "2025-05-03: 4 → 2025-05-04: 5"
    assert describe(fact) == "latest figure 5 (2025-05-04) in 1 of 2, an earlier one in 1"


def test_reports_that_gave_the_same_earlier_figure_are_told_as_earlier_not_at_odds() -> None:
    figures = [
        ("nobody died", 0, "2025-05-03"),
        ("no one died", 0, "2025-05-03"),
        ("one died", 1, "2025-05-05"),
    ]
    reports = [_report(f"r{n}", w, v, d) for n, (w, v, d) in enumerate(figures)]
    (fact,) = compare(reports).facts
    assert (fact.standing, fact.value) == ("revised", 1)
    assert describe(fact) == "latest figure 1 (2025-05-05) in 1 of 3, an earlier one in 2"


def test_a_toll_revised_over_the_story_leads_with_the_latest_figure_not_the_majority() -> None:
    figures = [
        ("four died", 4, "2025-05-03"),
        ("four people died", 4, "2025-05-03"),
        ("four were killed", 4, "2025-05-04"),
        ("five died", 5, "2025-05-20"),
    ]
    reports = [_report(f"r{n}", w, v, d) for n, (w, v, d) in enumerate(figures)]
    (fact,) = compare(reports).facts
    assert (fact.standing, fact.value, fact.latest) == ("revised", 5, "2025-05-20")
    assert describe(fact) == "latest figure 5 (2025-05-20) in 1 of 4, an earlier one in 3"
    assert history_text(fact) == "2025-05-03: 4 → 2025-05-20: 5"


def test_a_report_dated_by_its_siblings_has_a_stage_in_the_history() -> None:
    first = _report("r0", "four died", 4, "2025-05-03")
    lent = _lent_day(_report("r1", "five died", 5, "2025-05-06"), "2025-05-06")
    (fact,) = compare([first, lent]).facts
    assert fact.value == 5 and fact.latest == "~2025-05-06"
    assert history_text(fact) == "2025-05-03: 4 → ~2025-05-06: 5"


def test_an_undated_report_with_the_earlier_figure_is_told_as_earlier() -> None:
    early = _report("r0", "four died", 4, "2025-05-03")
    late = _report("r1", "five died", 5, "2025-05-09")
    later = _report("r2", "five people died", 5, "2025-06-01")
    undated = _report("r3", "four people died", 4, None)
    (fact,) = compare([early, late, later, undated]).facts
    assert (fact.value, fact.revised, fact.disputing) == (5, ("r0", "r3"), ())
    assert history_text(fact) == "2025-05-03: 4 → 2025-05-09: 5 · undated: 4"


def test_a_lower_figure_told_later_does_not_lead_against_a_higher_dated_one() -> None:
    figures = [("six died", 6, "2025-05-03"), ("six people died", 6, "2025-05-04"),
               ("five died", 5, "2025-05-30")]  # fmt: skip
    reports = [_report(f"r{n}", w, v, d) for n, (w, v, d) in enumerate(figures)]
    (fact,) = compare(reports).facts
    assert (fact.value, fact.latest) == (6, None)
    assert describe(fact) == "agreed by 2 of 3, disputed by 1"


def test_an_undated_figure_worded_as_an_update_leads() -> None:
    early = _report("r0", "three died", 3, "2025-05-03")
    text = f"{STORY} The death toll rose to five on Sunday."
    told = Told("i0", STORY[:-1], None, main=True, facts=[("casualties.killed", "five", 5)])
    (fact,) = compare([early, build("r1", text, [told])]).facts
    assert (fact.value, fact.latest) == (5, "updated")


@pytest.mark.parametrize(
    ("figures", "want"),
    [
        pytest.param([(4, "2025-05-03"), ({"min": 4, "max": None}, "2025-05-04")],
                     "2025-05-03: 4", id="at least four after four is no step"),
        pytest.param([({"min": 10, "max": None}, "2025-05-03"),
                      ({"min": 12, "max": None}, "2025-05-04")],
                     "2025-05-03: 10+ → 2025-05-04: 12+", id="at least twelve after ten is"),
        pytest.param([({"min": 4, "max": None}, "2025-05-03"), (4, "2025-05-03")],
                     "2025-05-03: 4", id="one day's figure told once, by the precise one"),
    ],
)  # fmt: skip
def test_the_history_tells_a_step_only_where_the_figure_moved(
    figures: list[tuple[FactValue, str]], want: str
) -> None:
    reports = [_report(f"r{n}", "died", v, d) for n, (v, d) in enumerate(figures)]
    (fact,) = compare(reports).facts
    assert history_text(fact) == want


def test_a_fact_one_report_states_is_summarised_as_only() -> None:
    (fact,) = compare([_report("r0", "two died", 2, "2025-05-03"), build("r1", STORY, [])]).facts
    assert (fact.standing, fact.agreeing, describe(fact)) == ("only", ("r0",), "told by 1 report")


def test_summary_json_names_every_report_once() -> None:
    figures = [("six died", 6), ("five died", 5), ("six died", 6)]
    reports = [_report(f"r{n}", w, v, "2025-05-03") for n, (w, v) in enumerate(figures)]
    doc = compare(reports).to_json()["facts"][0]
    assert doc["reports"] == 3 and doc["standing"] == "disputed"
    assert sorted(doc["agreeing"] + doc["revised"] + doc["disputing"]) == ["r0", "r1", "r2"]
    assert [s["value"] for s in doc["history"]] == [6, 5, 6]


def test_a_vague_figure_agreeing_with_two_that_differ_leaves_the_fact_disputed() -> None:
    figures: list[tuple[str, FactValue]] = [("in his 40s", {"min": 40, "max": 49}), ("41", 41)]
    figures.append(("43", 43))
    reports = [
        _report(f"r{n}", w, v, "2025-05-03", "suspect.age") for n, (w, v) in enumerate(figures)
    ]
    (fact,) = compare(reports).facts
    assert fact.standing == "disputed" and len(fact.agreeing) == 2 and len(fact.disputing) == 1


def test_a_fact_split_with_no_majority_shows_every_figure_not_one_side() -> None:
    figures = [("four died", 4, "2025-05-03"), ("six died", 6, "2025-05-03")]
    (fact,) = compare([_report(f"r{n}", w, v, d) for n, (w, v, d) in enumerate(figures)]).facts
    assert fact.standing == "disputed"
    assert shown_values(fact) == [4, 6]  # not 4 alone, as if report r0 were right
    assert describe(fact) == "split, no majority: 1 of 2 against 1"
    figures.append(("six people died", 6, "2025-05-03"))
    (fact,) = compare([_report(f"r{n}", w, v, d) for n, (w, v, d) in enumerate(figures)]).facts
    assert shown_values(fact) == [6]  # two of three agree: their figure


def test_a_place_is_told_by_its_wordings_not_as_a_history() -> None:
    """Three reports name one place at different sizes on two days: the history must not read as
    if the place moved ("A → B"); it lists what the reports call it, the most told first."""
    reports = [
        _report("r0", "on Harbour Street", "harbour street", "2025-05-03", "incident.place"),
        _report("r1", "in central Lindale", "central lindale", "2025-05-04", "incident.place"),
        _report("r2", "on Harbour Street", "harbour street", "2025-05-05", "incident.place"),
    ]
    (fact,) = compare(reports).facts
    told = history_text(fact)
    assert "→" not in told
    assert told == "told as: harbour street ×2 · central lindale"
