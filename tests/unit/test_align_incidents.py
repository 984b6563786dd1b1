"""Incidents matched across reports, 3-report statuses, revisions, timeline alignment, the index."""

from __future__ import annotations

from typing import Any

from incident_reader.core.align import ComparisonIndex, compare
from incident_reader.core.align.incidents import content_stems, stem
from incident_reader.core.model import Comparison, FactPair, OnlyFact, ReportAnalysis
from tests.unit.test_align_build import Told, build

VAN = "A van was driven into shoppers at the Corn Street market in Harlowmere."


def _report(
    rid: str, text: str, date: str | None, dct: str | None = None, **told: Any
) -> ReportAnalysis:
    return build(rid, text, [Told("i0", text.split(".")[0], date, main=True, **told)], dct=dct)


def test_main_incidents_of_the_same_day_are_one() -> None:
    a = _report("a", VAN + " Nine people were hurt.", "2024-06-15")
    b = _report("b", "Shoppers ran as a van hit stalls in Harlowmere. 9 injured.", "2024-06-15")
    comparison = compare([a, b])
    assert [i.articles for i in comparison.incidents] == [("a", "b")]


def test_main_incidents_of_different_days_are_apart() -> None:
    a = _report("a", VAN, "2024-06-15")
    b = _report("b", "A van was driven into shoppers at the Corn Street market.", "2024-07-02")
    assert [i.articles for i in compare([a, b]).incidents] == [("a",), ("b",)]


def test_two_events_of_one_day_stay_apart_by_street_and_hour() -> None:
    a = _report(
        "a", VAN + " It happened at 11.40am.", "2024-06-15",
        place="corn street, harlowmere", facts=[("incident.time", "at 11.40am", "11:40")],
    )  # fmt: skip
    b = _report(
        "b", "A man was stabbed outside a pub in Market Row. Police were called at 22:15.",
        "2024-06-15", place="market row, ashwold",
        facts=[("incident.time", "at 22:15", "22:15")],
    )  # fmt: skip
    comparison = compare([a, b])
    assert len(comparison.incidents) == 2 and not comparison.pairs


def test_a_day_off_is_forgiven_when_the_telling_agrees() -> None:
    a = _report("a", VAN + " The driver was arrested at the scene by police.", "2024-06-15")
    b = _report("b", VAN + " The driver was arrested at the scene.", "2024-06-16")
    assert [i.articles for i in compare([a, b]).incidents] == [("a", "b")]


def test_a_weekday_read_a_week_off_is_forgiven_in_the_same_place() -> None:
    text = VAN + " The driver was arrested at the scene by police after the crash."
    a = _report("a", text, "2024-06-15", place="corn street, harlowmere")
    b = _report("b", text, "2024-06-08", place="corn street")
    assert [i.articles for i in compare([a, b]).incidents] == [("a", "b")]


def test_a_day_off_with_another_story_stays_apart() -> None:
    a = _report("a", VAN, "2024-06-15")
    b = _report("b", "A warehouse burned down on the Tannery Lane estate overnight.", "2024-06-16")
    assert len(compare([a, b]).incidents) == 2


def test_undated_main_incidents_join_on_their_telling() -> None:
    a = _report("a", VAN + " Nine people were hurt.", None)
    b = _report("b", VAN + " Ten people were hurt.", "2024-06-15")
    assert [i.articles for i in compare([a, b]).incidents] == [("a", "b")]


def test_one_report_per_incident_group() -> None:
    text = VAN + " " + VAN.replace("Corn", "Market")
    two = build(
        "a",
        text,
        [
            Told("i0", VAN, "2024-06-15", main=True),
            Told("i1", VAN.replace("Corn", "Market"), "2024-06-15"),
        ],
    )
    other = _report("b", VAN, "2024-06-15")
    groups = [i.articles for i in compare([two, other]).incidents]
    assert sorted(groups) == [("a",), ("a", "b")]


def _three(
    values: list[int], dcts: list[str], kind: str = "casualties.injured"
) -> list[ReportAnalysis]:
    out = []
    for n, (value, dct) in enumerate(zip(values, dcts, strict=True)):
        text = f"{VAN} Figure {value} people were hurt."
        quote = f"Figure {value} people"
        out.append(_report(f"r{n}", text, "2024-06-15", dct, facts=[(kind, quote, value)]))
    return out


def _statuses(comparison: Comparison) -> set[str]:
    return {p.status for p in comparison.pairs if p.kind != "timeline"}


def _by_pair(comparison: Comparison) -> dict[tuple[str, str], str]:
    return {(p.a.article, p.b.article): p.status for p in comparison.pairs if p.kind != "timeline"}


def test_each_pair_is_labelled_by_its_own_two_values() -> None:
    comparison = compare(_three([9, 9, 10], ["2024-06-15"] * 3))
    assert _by_pair(comparison) == {
        ("r0", "r1"): "match",
        ("r0", "r2"): "conflict",
        ("r1", "r2"): "conflict",
    }
    (fact,) = comparison.facts
    assert (fact.standing, fact.value, fact.agreeing, fact.disputing) == (
        "disputed",
        9,
        ("r0", "r1"),
        ("r2",),
    )


def test_a_later_higher_figure_is_a_revision() -> None:
    comparison = compare(_three([9, 9, 10], ["2024-06-15", "2024-06-15", "2024-06-16"]))
    assert _by_pair(comparison) == {
        ("r0", "r1"): "match",
        ("r0", "r2"): "revised",
        ("r1", "r2"): "revised",
    }
    (fact,) = comparison.facts
    assert (fact.standing, fact.value, fact.agreeing, fact.revised) == (
        "revised",
        10,
        ("r2",),
        ("r0", "r1"),
    )
    assert [(s.article, s.written) for s in fact.history] == [
        ("r0", "2024-06-15"),
        ("r1", "2024-06-15"),
        ("r2", "2024-06-16"),
    ]


def test_an_update_time_orders_reports_of_the_same_day() -> None:
    two = _three([4, 9], ["2024-06-15T12:10", "2024-06-15T14:30"])
    assert _statuses(compare(two)) == {"revised"}
    assert _statuses(compare(list(reversed(two)))) == {"revised"}


def test_a_figure_recalled_long_after_is_a_conflict_not_a_revision() -> None:
    recalled = _three([4, 5], ["2017-10-07", "2018-08-14"])
    assert _statuses(compare(recalled)) == {"conflict"}  # the incident is of 2024-06-15


def test_a_later_lower_figure_stays_a_conflict() -> None:
    assert _statuses(compare(_three([3, 2], ["2024-06-15", "2024-06-16"]))) == {"conflict"}


def test_a_vague_figure_then_a_precise_one_inside_it_is_compatible() -> None:
    reports = _three([31, 40], ["2024-06-15", "2024-06-16"])
    vague = build(
        "r0",
        reports[0].report.text,
        [Told("i0", VAN[:-1], "2024-06-15", main=True,
              facts=[("casualties.injured", "Figure 31 people", {"min": 24, "max": None})])],
        dct="2024-06-15",
    )  # fmt: skip
    assert _statuses(compare([vague, reports[1]])) == {"compatible"}


def test_only_facts_and_echoes() -> None:
    a = _report(
        "a",
        VAN + " A white van hit them. The white Ford Transit van stopped. Police arrested a man.",
        "2024-06-15",
        facts=[
            ("vehicle", "A white van", "white van"),
            ("vehicle", "The white Ford Transit van", "white ford transit van"),
            ("arrests", "arrested a man", 1),
        ],
    )
    b = _report(
        "b",
        VAN + " A silver van was seen.",
        "2024-06-15",
        facts=[("vehicle", "A silver van", "silver van")],
    )
    comparison = compare([a, b])
    vehicle = [p for p in comparison.pairs if p.kind == "vehicle"]
    assert vehicle[0].a.text == "The white Ford Transit van"  # the most precise statement first
    assert {p.a.text for p in vehicle} == {"The white Ford Transit van", "A white van"}
    assert {p.status for p in vehicle} == {"conflict"}
    assert [(o.article, o.kind) for o in comparison.only] == [("a", "arrests")]


def test_timeline_entries_align_within_tolerance_and_by_their_clause() -> None:
    a = _report(
        "a",
        VAN + " The van hit the stall at 11.40am. Police arrived at 2pm.",
        "2024-06-15",
        timeline=[("11.40am", "2024-06-15T11:40"), ("2pm", "2024-06-15T14:00")],
    )
    b = _report(
        "b",
        VAN + " The van hit the stall at 11.44am. A vigil was held at 7pm.",
        "2024-06-15",
        timeline=[("11.44am", "2024-06-15T11:44"), ("7pm", "2024-06-15T19:00")],
    )
    timeline = [(p.a.text, p.b.text, p.status) for p in compare([a, b]).pairs]
    assert timeline == [("11.40am", "11.44am", "compatible")]


def test_index_in_view_counterpart_and_conflict_navigation() -> None:
    text_a = VAN + " Nine people were hurt. The driver, 41, was held. A white van."
    text_b = VAN + " Ten people were hurt. The driver, 43, was held. Police said more."
    facts_a = [("casualties.injured", "Nine people", 9), ("suspect.age", "41", 41),
               ("vehicle", "A white van", "white van")]  # fmt: skip
    facts_b = [("casualties.injured", "Ten people", 10), ("suspect.age", "43", 43)]
    a = _report("a", text_a, "2024-06-15", "2024-06-15", facts=facts_a)
    b = _report("b", text_b, "2024-06-15", "2024-06-15", facts=facts_b)
    comparison = compare([a, b])
    index = ComparisonIndex(comparison, [a, b])
    nine = text_a.index("Nine")
    hits = index.items_in_view("a", nine + 2, nine + 3)  # a view starting inside the span
    assert [h.kind for h in hits] == ["casualties.injured"]
    pair = hits[0].item
    assert isinstance(pair, FactPair) and hits[0].status == "conflict"
    assert index.counterpart(pair, "a").text == "Ten people"
    assert index.counterpart(pair, "b").text == "Nine people"
    first = index.next_entry("a", 0, statuses={"conflict"})
    assert first is not None and first.kind == "casualties.injured"
    second = index.next_entry("a", first.start, statuses={"conflict"})
    assert second is not None and second.kind == "suspect.age"
    assert index.next_entry("a", second.start, statuses={"conflict"}) is None
    back = index.previous_entry("a", second.start, statuses={"conflict"})
    assert back is not None and back.kind == "casualties.injured"
    van = index.items_in_view("a", text_a.index("A white van"), len(text_a))
    assert [type(h.item) for h in van] == [OnlyFact] and van[0].status == "only"
    assert index.items_in_view("nobody", 0, 10) == []
    rows = index.statements()
    assert {k for _, k in rows} == {"casualties.injured", "suspect.age", "vehicle"}
    injured = next(v for (_, k), v in rows.items() if k == "casualties.injured")
    assert {art: side.value for art, side in injured.items()} == {"a": 9, "b": 10}
    assert len(index.pairs_between("b", "a")) == 2


def test_stems_meet() -> None:
    assert stem("killing") == stem("killed") == stem("kills") == "kill"
    assert stem("stabbing") == stem("stabbed")
    assert "the" not in content_stems("the van")


def test_index_keeps_to_the_report_shown_beside() -> None:
    reports = _three([9, 9, 10], ["2024-06-15"] * 3)
    index = ComparisonIndex(compare(reports), reports)
    text = reports[0].report.text
    everything = index.items_in_view("r0", 0, len(text))
    beside = index.items_in_view("r0", 0, len(text), other="r2")
    pairs = [h.item for h in everything if isinstance(h.item, FactPair)]
    assert len(pairs) == len(everything)
    assert {index.counterpart(p, "r0").article for p in pairs} == {"r1", "r2"}
    near = [h.item for h in beside if isinstance(h.item, FactPair)]
    assert near and {index.counterpart(p, "r0").article for p in near} == {"r2"}
    assert index.entries("r0", other="r1")[0].status == "match"
    assert index.entries("r0", other="r2")[0].status == "conflict"


def test_many_reports_leave_echoes_to_the_index() -> None:
    text = VAN + " A white van hit them. The white Ford Transit van stopped."
    facts = [
        ("vehicle", "A white van", "white van"),
        ("vehicle", "The white Ford Transit van", "white ford transit van"),
    ]
    reports = [_report(f"r{n}", text, "2024-06-15", facts=facts) for n in range(7)]
    comparison = compare(reports)
    vehicle = [p for p in comparison.pairs if p.kind == "vehicle"]
    assert len(vehicle) == 21  # one pair per two reports: the final statements only
    index = ComparisonIndex(comparison, reports)
    echo = text.index("A white van")
    hits = index.items_in_view("r0", echo, echo + 3, other="r5")
    assert [(h.also, h.status) for h in hits] == [(True, "match")]
