"""Places and vehicles compared by containment and specificity; timeline moments by their event."""

from __future__ import annotations

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.pairing import final_statement
from incident_reader.core.align.wording import compare_places, compare_vehicles
from incident_reader.core.model import Fact, FactValue, ReportAnalysis
from tests.unit.test_align_build import Told, build

PLACES = [
    # one place told at different sizes
    ("quillon bridge", "central dunmere", "compatible"),
    ("quillon bridge", "the palace of quillon", "compatible"),
    ("unit 4, foundry row, dunmere", "foundry row", "compatible"),
    ("tolley street near ash lane, brackwater", "tolley street, brackwater", "compatible"),
    ("tolley street", "tolley street", "match"),
    ("tolley street", "toley street", "compatible"),  # a misspelt name
    # two distinct places that cannot both hold
    ("quillon bridge", "harnwick bridge", "conflict"),
    ("tolley street, brackwater", "ash lane, brackwater", "conflict"),
    ("unit 7, foundry row", "unit 4, foundry row", "conflict"),
    ("the east side highway", "marlow street", "conflict"),
    # a structure on a road of another name: the bridge carries the road (or crosses it)
    ("fenwick creek bridge", "coastal highway", "compatible"),
    ("the orwell viaduct", "a14 road", "compatible"),
    ("marden tunnel, kelby", "ring road, kelby", "compatible"),
    ("fenwick creek bridge", "fenwick creek", "compatible"),
    ("fenwick creek bridge", "salter bridge", "conflict"),  # two bridges named apart
    ("bridge street, ely", "mill road, ely", "conflict"),  # "Bridge Street" is a street
]


@pytest.mark.parametrize(("a", "b", "want"), PLACES)
def test_places(a: str, b: str, want: str) -> None:
    assert compare_places(a, b) == want
    assert compare_places(b, a) == want


VEHICLES = [
    ("white van", "the white van", "match"),
    ("white van", "white ford transit van", "compatible"),
    ("hyundai", "grey hyundai i40", "compatible"),
    ("lorry", "truck", "compatible"),
    ("hyundai 4×4", "hyundai i20 4x4", "compatible"),  # a multiplication sign is an x
    ("silver ford fiesta", "black ford fiesta", "conflict"),  # colour
    ("hyundai i40", "hyundai i20", "conflict"),  # model
    ("dark blue bmw", "black bmw", "conflict"),
    ("van", "car", "conflict"),
    ("maroon suv", "red suv", "conflict"),  # another colour word is another colour (gold rule)
    # a unit or route number that differs is another vehicle
    ("number 73 bus", "number 38 bus", "conflict"),
    ("fire engine 7", "fire engine 4", "conflict"),
    ("a charcoal mazda 3", "a charcoal kia rio", "conflict"),
    ("a charcoal mazda 3", "a mazda 3", "compatible"),
]


@pytest.mark.parametrize(("a", "b", "want"), VEHICLES)
def test_vehicles(a: str, b: str, want: str) -> None:
    assert compare_vehicles(a, b) == want
    assert compare_vehicles(b, a) == want


def _place(value: str, start: int) -> Fact:
    return Fact("incident.place", value, start, start + len(value), value, "i0")


def test_the_place_a_report_tells_most_is_its_statement_not_a_side_street() -> None:
    facts = [
        _place("east side highway", 0),
        _place("marlow street", 40),  # where the driver turned off, told once
        _place("east side highway", 80),
    ]
    assert final_statement("incident.place", facts, []).start == 0


def test_a_city_that_holds_every_place_does_not_choose_a_place_told_once() -> None:
    facts = [
        _place("dunmere city", 0),
        _place("east side highway", 20),
        _place("east side highway", 60),
        _place("quillon bridge", 100),  # where a witness stood, told once
    ]
    assert final_statement("incident.place", facts, []).start == 20


def _injured(value: FactValue, text: str, start: int) -> Fact:
    return Fact("casualties.injured", value, start, start + len(text), text, "i0")


def test_a_figure_outweighs_a_vague_word_the_report_also_uses() -> None:
    facts = [
        _injured({"min": 3, "max": 9}, "injuring several others", 0),
        _injured({"min": 51, "max": None}, "More than 50 people were injured", 60),
    ]
    assert final_statement("casualties.injured", facts, []).start == 60


STORY = "A bus struck a shelter on Tolley Street in Brackwater, police said."


def _moments(clause_a: str, clause_b: str) -> list[tuple[str, str, str]]:
    def one(rid: str, clause: str) -> ReportAnalysis:
        text = f"{STORY} {clause}"
        return build(
            rid, text,
            [Told("i0", STORY[:-1], "2025-05-03", main=True,
                  timeline=[(clause.split()[0], "2025-05-03TNI")])],
            dct="2025-05-04",
        )  # fmt: skip

    pairs = compare([one("a", clause_a), one("b", clause_b)]).pairs
    return [(p.a.text, p.b.text, p.status) for p in pairs if p.kind == "timeline"]


def test_equal_times_of_two_events_are_not_one_moment() -> None:
    got = _moments(
        "Tonight residents were housed at a rest centre in the leisure hall.",
        "Overnight a woman injured in the crash died in hospital.",
    )
    assert got == []


def test_the_same_event_at_the_same_time_is_one_moment() -> None:
    got = _moments(
        "Tonight residents were housed at a rest centre in the leisure hall.",
        "Overnight residents stayed at the rest centre set up in a hall.",
    )
    assert got == [("Tonight", "Overnight", "match")]


@pytest.mark.parametrize(
    ("clause_a", "clause_b"),
    [
        (
            "Tonight officers arrested the coach operator's manager on Friday night.",
            "Tonight the post-mortem examinations will be held on Friday night.",
        ),
        (
            "Tonight the first 999 call came in at 10.12pm.",
            "Tonight the shelter roof gave way at about 10.05pm.",
        ),
        ("Tonight a vigil begins this evening.", "Tonight flowers were left this evening."),
        ("Tonight the council’s crews cleared it.", "Tonight the driver’s family spoke."),
    ],
)
def test_clauses_that_share_only_words_of_time_are_two_moments(
    clause_a: str, clause_b: str
) -> None:
    assert _moments(clause_a, clause_b) == []


def test_a_word_of_the_event_beside_shared_words_of_time_is_one_moment() -> None:
    got = _moments(
        "Tonight the vigil for the victims begins this evening.",
        "Tonight a candlelit vigil is being held this evening.",
    )
    assert got == [("Tonight", "Tonight", "match")]


def test_a_tie_between_two_places_a_report_tells_once_each_goes_to_the_one_others_tell() -> None:
    facts = [_place("harbour road", 0), _place("mill lane", 40)]  # each told once
    assert final_statement("incident.place", facts, []).start == 0  # alone: the lead
    assert final_statement("incident.place", facts, [], others=["mill lane, kelby"]).start == 40
