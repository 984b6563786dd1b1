"""A collision's vehicles told apart: each compared with its counterpart, like with like."""

from __future__ import annotations

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.vehicles import vehicle_groups
from incident_reader.core.model import Fact, FactValue, ReportAnalysis
from tests.unit.test_align_build import Told, build

STORY = "A crash closed Quarry Lane in Denholm."


def _report(rid: str, told: list[tuple[str, str]]) -> ReportAnalysis:
    text = STORY + " " + " ".join(f"Witnesses saw {quote}." for quote, _ in told)
    facts: list[tuple[str, str, FactValue]] = [("vehicle", q, v) for q, v in told]
    return build(rid, text, [Told("i0", STORY[:-1], "2025-03-02", main=True, facts=facts)])


def _labels(*reports: ReportAnalysis) -> dict[tuple[str, str], str]:
    pairs = compare(list(reports)).pairs
    return {(p.a.text, p.b.text): p.status for p in pairs if p.kind == "vehicle"}


# (report a's vehicles, report b's vehicles, pairs expected with their labels)
CASES = [
    pytest.param(
        [("a refuse lorry", "refuse lorry"), ("a number 12 bus", "number 12 bus")],
        [("the bus", "bus"), ("a bin lorry", "bin lorry")],
        {
            ("a refuse lorry", "a bin lorry"): "compatible",
            ("a number 12 bus", "the bus"): "compatible",
        },
        id="a lorry and a bus in each report: lorry with lorry, bus with bus",
    ),
    pytest.param(
        [("a tram", "tram"), ("a cement mixer lorry", "cement mixer lorry")],
        [("the tram", "tram")],
        {("a tram", "the tram"): "match"},
        id="the one vehicle both tell is compared, the other is one report's",
    ),
    pytest.param(
        [("a silver Ford Focus", "silver ford focus"), ("the car", "car")],
        [("a black Ford Focus", "black ford focus")],
        {
            ("a silver Ford Focus", "a black Ford Focus"): "conflict",
            ("the car", "a black Ford Focus"): "conflict",
        },
        id="one car told twice is one vehicle: its colour is disputed",
    ),  # fmt: skip
    pytest.param(
        [("a minibus", "minibus")],
        [("a motorbike", "motorbike")],
        {("a minibus", "a motorbike"): "conflict"},
        id="one vehicle each that cannot be the same: a conflict",
    ),
]


@pytest.mark.parametrize(("a", "b", "want"), CASES)
def test_vehicles_pair_like_with_like(
    a: list[tuple[str, str]], b: list[tuple[str, str]], want: dict[tuple[str, str], str]
) -> None:
    got = _labels(_report("a", a), _report("b", b))
    for key, label in want.items():
        assert got.get(key) == label, (key, got)
    assert not any(v == "conflict" for k, v in got.items() if k not in want)


def _fact(value: str, start: int) -> Fact:
    return Fact("vehicle", value, start, start + len(value), value, "i0")


def test_a_make_without_a_type_joins_the_vehicle_it_agrees_with() -> None:
    groups = vehicle_groups([_fact("red van", 0), _fact("ford transit", 20), _fact("bus", 40)])
    assert [[f.value for f in g] for g in groups] == [["red van", "ford transit"], ["bus"]]


def test_a_make_told_alone_joins_the_vehicle_of_that_make_not_the_first() -> None:
    facts = [_fact("grey hatchback", 0), _fact("white ford transit van", 20), _fact("ford", 50)]
    groups = vehicle_groups(facts)
    assert [[f.value for f in g] for g in groups] == [
        ["grey hatchback"],
        ["white ford transit van", "ford"],
    ]


def test_a_model_told_alone_joins_the_vehicle_of_that_model() -> None:
    facts = [_fact("blue car", 0), _fact("silver toyota corolla", 20), _fact("the corolla", 50)]
    groups = vehicle_groups(facts)
    assert [[f.value for f in g] for g in groups][1] == ["silver toyota corolla", "the corolla"]
