"""Reports of different days share only the background incidents both recall (seeds/000, 004)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.align import ComparisonIndex, compare
from incident_reader.core.loading import load_file
from incident_reader.core.model import Comparison, FactPair, Report, ReportAnalysis
from tests.unit.test_align_build import Told, build

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed(prefix: str) -> Report:
    report = load_file(next(SEEDS.glob(f"{prefix}_*.txt")))
    assert isinstance(report, Report)
    return report


def seed_000(places: bool) -> ReportAnalysis:
    report = _seed("000")
    text = report.text
    p = (lambda s: s) if places else (lambda s: None)
    return build(
        "000",
        text,
        [
            Told(
                "i0",
                "A man has been arrested on on suspicion of terrorist offences",
                "2018-08-14",
                p("parliament square, westminster"),
                main=True,
                facts=[
                    ("vehicle", "silver Ford Fiesta", "silver ford fiesta"),
                    ("incident.time", "At 07:37hrs", "07:37"),
                    ("suspect.age", "in his late 20s", {"min": 26, "max": 29}),
                    ("casualties.hospitalised", "Two people have been taken to hospital", 2),
                ],
                timeline=[("7.40am", "2018-08-14T07:40")],
            ),
            Told(
                "b1",
                "June 19, 2017: One man dies and several others are injured after a man rammed "
                "his van into worshippers in north London.",
                "2017-06-19",
                p("north london"),
                facts=[("casualties.killed", "One man dies", 1)],
                timeline=[("June 19, 2017", "2017-06-19")],
            ),
            Told(
                "b2",
                "June 3, 2017: Eight people are killed in a terror attack around London Bridge.",
                "2017-06-03",
                p("london bridge"),
                facts=[("casualties.killed", "Eight people are killed", 8)],
                timeline=[("June 3, 2017", "2017-06-03")],
            ),
            Told(
                "b3",
                "May 22, 2017: Twenty-two people - including children - are killed in a bombing "
                "at a pop concert in Manchester.",
                "2017-05-22",
                p("manchester arena, manchester"),
                facts=[("casualties.killed", "Twenty-two people", 22)],
            ),
            Told(
                "b4",
                "March 22, 2017: Five people are killed in a car and knife attack in Westminster.",
                "2017-03-22",
                p("westminster"),
                facts=[("casualties.killed", "Five people are killed", 5)],
                timeline=[("March 22, 2017", "2017-03-22")],
            ),
        ],
    )


def seed_004(places: bool) -> ReportAnalysis:
    report = _seed("004")
    p = (lambda s: s) if places else (lambda s: None)
    return build(
        "004",
        report.text,
        [
            Told(
                "i0",
                "Several people have been injured after a car reportedly ploughed into people "
                "outside London's Natural History Museum.",
                "2017-10-07",
                p("exhibition road, south kensington"),
                main=True,
                facts=[
                    ("vehicle", "a black Toyota car", "black toyota car"),
                    ("incident.time", "shortly after 2.20pm", "14:20"),
                    ("casualties.injured", "Several people", {"min": 3, "max": 9}),
                ],
                timeline=[("2.20pm", "2017-10-07T14:20")],
            ),
            Told(
                "b1",
                "In March, a man drove a car into pedestrians on London's Westminster Bridge "
                "killing four before stabbing a police officer to death in the grounds of "
                "parliament.",
                "2017-03",
                p("westminster bridge, london"),
                facts=[("casualties.killed", "killing four", 4)],
                timeline=[("March", "2017-03")],
            ),
            Told(
                "b2",
                "Three Islamist militants drove into people on London Bridge in June before "
                "stabbing people at nearby restaurants and bars, killing eight",
                "2017-06",
                p("london bridge"),
                facts=[("casualties.killed", "killing eight", 8)],
                timeline=[("June", "2017-06")],
            ),
            Told(
                "b3",
                "the same month a van was driven into worshippers near a mosque in north London "
                "which left one man dead",
                "2017-06",
                p("mosque, north london"),
                facts=[("casualties.killed", "left one man dead", 1)],
            ),
        ],
        dct="2017-10-07T17:40",
    )


def _killed(comparison: Comparison) -> dict[str, tuple[str, str]]:
    return {
        p.a.text: (p.b.text, p.status) for p in comparison.pairs if p.kind == "casualties.killed"
    }


@pytest.mark.parametrize("places", [True, False], ids=["with places", "described only"])
def test_only_the_three_recalled_incidents_are_shared(places: bool) -> None:
    comparison = compare([seed_000(places), seed_004(places)])
    shared = [i for i in comparison.incidents if len(i.articles) == 2]
    assert len(shared) == 3
    assert _killed(comparison) == {
        "Five people are killed": ("killing four", "conflict"),
        "Eight people are killed": ("killing eight", "match"),
        "One man dies": ("left one man dead", "match"),
    }
    assert {p.kind for p in comparison.pairs} <= {"casualties.killed", "timeline"}


@pytest.mark.parametrize("places", [True, False], ids=["with places", "described only"])
def test_nothing_is_paired_between_the_two_main_incidents(places: bool) -> None:
    comparison = compare([seed_000(places), seed_004(places)])
    mains = [i for i in comparison.incidents if set(i.members.values()) & {"i0"}]
    assert all(len(i.articles) == 1 for i in mains)
    main_ids = {i.id for i in mains}
    assert not [p for p in comparison.pairs if p.incident in main_ids]
    only_main = {o.kind for o in comparison.only if o.incident in main_ids}
    assert {"vehicle", "incident.time"} <= only_main


def test_a_month_matches_a_day_inside_it_on_the_timeline() -> None:
    comparison = compare([seed_000(True), seed_004(True)])
    timeline = {(p.a.text, p.b.text): p.status for p in comparison.pairs if p.kind == "timeline"}
    assert timeline[("March 22, 2017", "March")] == "compatible"
    assert timeline[("June 3, 2017", "June")] == "compatible"


def test_the_index_finds_the_counterpart_of_the_text_in_view() -> None:
    a, b = seed_000(True), seed_004(True)
    comparison = compare([a, b])
    index = ComparisonIndex(comparison, [a, b])
    at = a.report.text.index("Five people are killed")
    hits = index.items_in_view("000", at - 5, at + 3)
    assert {h.kind for h in hits} == {"timeline", "casualties.killed"}
    pair = next(h.item for h in hits if h.kind == "casualties.killed")
    assert isinstance(pair, FactPair)
    other = index.counterpart(pair, "000")
    assert (other.article, other.text, pair.status) == ("004", "killing four", "conflict")
    assert b.report.text[other.start : other.end] == "killing four"
