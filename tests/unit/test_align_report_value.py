"""The one value of a kind a report stands by: its total, not the first part of a breakdown."""

from __future__ import annotations

import csv
import io

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.pairing import final_statement
from incident_reader.core.align.wording import compare_places
from incident_reader.core.export import attach_marks
from incident_reader.core.export_incidents import to_incidents_csv
from incident_reader.core.model import Fact, FactValue
from tests.unit.test_align_build import Told, build


def _at(text: str, words: str, kind: str, value: int) -> Fact:
    start = text.index(words)
    return Fact(kind, value, start, start + len(words), words, "i0")


@pytest.mark.parametrize(
    "rest",
    [
        "and a third patient with cuts was seen by paramedics.",
        "while another man was checked over at the scene.",
        "and a further one was assessed by crews.",
        "and two more were seen at the scene.",
    ],
)
def test_an_update_whose_sentence_adds_people_is_a_part_not_the_total(rest: str) -> None:
    text = (
        "Live\n\n9.10am: Crews say a third person was hurt.\n"
        "Paramedics confirmed a third patient was treated at the quay.\n"
        f"In its latest statement the trust said two patients were treated {rest}\n"
        "11.45am: The road stays shut.\n"
    )
    kind = "casualties.injured"
    three = _at(text, "a third person was hurt", kind, 3)
    again = _at(text, "a third patient was treated", kind, 3)
    two = _at(text, "two patients were treated", kind, 2)
    entries = [(text.index("9.10am"), 550), (text.index("11.45am"), 705)]
    final = final_statement(kind, [three, again, two], entries, 0, text)
    assert final.value == 3


def test_an_update_told_whole_still_wins() -> None:
    text = (
        "Crews say a third person was hurt.\n"
        "In its latest statement the trust said two patients were treated and both went home.\n"
    )
    kind = "casualties.injured"
    three = _at(text, "a third person was hurt", kind, 3)
    two = _at(text, "two patients were treated", kind, 2)
    assert final_statement(kind, [three, two], [], 0, text) is two


def test_an_update_cue_in_the_sentence_before_does_not_make_the_next_figure_an_update() -> None:
    text = (
        "Two more passengers died in hospital overnight, bringing the toll to 9.\n\n"
        "The two, named as a retired teacher and his neighbour, died of their injuries.\n"
    )
    kind = "casualties.killed"
    nine = _at(text, "bringing the toll to 9", kind, 9)
    two = _at(text, "The two, named as a retired teacher and his neighbour, died", kind, 2)
    assert final_statement(kind, [nine, two], [], 0, text) is nine


@pytest.mark.parametrize(
    "told",
    [
        "Earlier we reported 6 people were taken to hospital.",
        "Police had initially said that 6 people were taken to hospital.",
        "First reports put the number taken to hospital at 6.",
        "The council previously stated 6 people were taken to hospital.",
    ],
)
def test_a_figure_told_as_said_before_is_not_the_reports_own(told: str) -> None:
    text = (
        "Nine people were taken to hospital after the roof of the sports hall fell in.\n"
        f"UPDATE 5.20pm: {told} The ambulance service now says it is nine.\n"
    )
    kind = "casualties.hospitalised"
    nine = _at(text, "Nine people were taken to hospital", kind, 9)
    six = _at(text, "6", kind, 6)
    assert final_statement(kind, [nine, six], [], 0, text) is nine


def test_a_reporting_verb_of_another_clause_leaves_the_figure_its_own() -> None:
    text = (
        "Nine people were hurt, a neighbour said.\n"
        "The fire service, which first reported the collapse, said 6 people were hurt.\n"
    )
    kind = "casualties.injured"
    nine = _at(text, "Nine people were hurt", kind, 9)
    six = _at(text, "6 people were hurt", kind, 6)
    assert final_statement(kind, [nine, six], [], 0, text, others=[6]) is six


LISTED = (
    "Three men drove into the Lammas Fair in Brackwater. The attackers were named as "
    "Dario Penhale, 27, Osric Tamberlane, 31, and Fen Ruddock, 24."
)


@pytest.mark.parametrize(
    ("names", "shown_age"),
    [
        # the name shown is the longest (the live-blog rule): its own age goes with it
        (["Dario Penhale", "Osric Tamberlane", "Fen Ruddock"], 31),
        (["Dario Penhale"], 27),
    ],
)
def test_a_suspect_is_shown_with_his_own_age(names: list[str], shown_age: int) -> None:
    ages = [("Dario Penhale, 27", 27), ("Osric Tamberlane, 31", 31), ("Fen Ruddock, 24", 24)]
    facts: list[tuple[str, str, FactValue]] = [("suspect.name", n, n.lower()) for n in names] + [
        ("suspect.age", quote, age) for quote, age in ages
    ]
    text = f"Live\n\n9.10am: {LISTED}\n\n11.45am: The road stays shut.\n"
    told = Told("i0", "Three men drove", "2025-05-03", main=True, facts=facts)
    other = build("r1", LISTED, [Told("i0", "Three men drove", "2025-05-03", main=True)])
    comparison = compare([build("r0", text, [told], dct="2025-05-03"), other])
    shown = {s.kind: s.value for s in comparison.facts}
    name = str(shown["suspect.name"])
    assert shown["suspect.age"] == shown_age
    assert any(quote.lower().startswith(name) for quote, age in ages if age == shown_age)


def test_the_incidents_export_codes_what_the_comparison_shows() -> None:
    """One source of truth: a compared fact's cell is the comparison's value, and it is disputed
    only when the comparison says so (three clocks a few minutes apart agree)."""
    story = "A grey hatchback mounted the kerb on Tolley Street in Brackwater"
    said = [
        ("r0", "at 2.40pm", "14:40", "grey hatchback", "2025-05-03"),
        ("r1", "at 2.39pm", "14:39", "grey hatchback", "2025-05-04"),
        ("r2", "at about 2.45pm", "14:45", "grey vauxhall astra hatchback", "2025-05-05"),
        ("r3", "at 2.39pm", "14:39", "grey hatchback", "2025-05-06"),
    ]
    analyses = []
    for rid, clock, value, car, dct in said:
        text = f"{story} {clock} on Saturday. Police said a {car} was seized."
        facts: list[tuple[str, str, FactValue]] = [
            ("incident.time", clock, value),
            ("vehicle", car, car),
            ("incident.place", "Tolley Street", "tolley street"),
        ]
        told = Told("i0", story, "2025-05-03", "tolley street", main=True, facts=facts)
        analyses.append(build(rid, text, [told], dct=dct))
    comparison = compare(analyses)
    rows = list(
        csv.DictReader(io.StringIO(to_incidents_csv(attach_marks(analyses, None), comparison)))
    )
    row = rows[0]
    shown = {s.kind: s for s in comparison.facts if s.incident == row["incident"]}
    assert row["time"] == shown["incident.time"].value
    assert row["vehicle"] == shown["vehicle"].value
    disputed = {k for k, s in shown.items() if s.standing == "disputed"}
    assert set(filter(None, row["disputed"].split(";"))) == disputed


def test_a_match_is_the_same_value_even_between_echoes() -> None:
    """Two reports that both name the tavern on its street match; a report's other mention
    ("Quay Street") paired with the other's final is compatible, not a match (README)."""
    story = "A man was stabbed outside the Brill Tavern on Quay Street in Brackwater"
    analyses = []
    for rid, dct in (("r0", "2025-05-03"), ("r1", "2025-05-04")):
        text = f"{story} on Saturday. Officers closed Quay Street for the night."
        facts: list[tuple[str, str, FactValue]] = [
            ("incident.place", "the Brill Tavern on Quay Street", "brill tavern on quay street"),
            ("incident.place", "Quay Street for", "quay street"),
        ]
        told = Told("i0", story, "2025-05-03", "quay street", main=True, facts=facts)
        analyses.append(build(rid, text, [told], dct=dct))
    pairs = [p for p in compare(analyses).pairs if p.kind == "incident.place"]
    assert {p.status for p in pairs} == {"match", "compatible"}
    for p in pairs:
        assert (p.status == "match") == (p.a.value == p.b.value)


def test_two_echoes_of_one_value_match_though_the_finals_differ_in_grain() -> None:
    """One report places the stabbing at the tavern, the other on the street only (compatible);
    both also name the town: "Brackwater" and "Brackwater" match (review s23 #7: identical
    places were painted "compatible", as if they agreed only within tolerance)."""
    finals = (
        ("the Brill Tavern on Quay Street", "brill tavern on quay street"),
        ("Quay Street", "quay street"),
    )
    analyses = []
    for rid, dct, final in (("r0", "2025-05-03", finals[0]), ("r1", "2025-05-04", finals[1])):
        story = f"A man was stabbed at {final[0]} in Brackwater"
        text = f"{story} on Saturday. Brackwater police closed the road."
        facts: list[tuple[str, str, FactValue]] = [
            ("incident.place", "in Brackwater", "brackwater"),
            ("incident.place", final[0], final[1]),
        ]
        told = Told("i0", story, "2025-05-03", final[1], main=True, facts=facts)
        analyses.append(build(rid, text, [told], dct=dct))
    pairs = [p for p in compare(analyses).pairs if p.kind == "incident.place"]
    assert pairs
    for p in pairs:
        assert (p.status == "match") == (p.a.value == p.b.value), (p.a.value, p.b.value, p.status)


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # a path told by its use alone is any path of the place: compatible with a named one
        ("greenway cycle path", "brackwater city bike path", "compatible"),
        ("cycle path", "quayside cycleway", "compatible"),
        # a path beside a road is compatible with the road (README)
        ("greenway cycle path", "north shore highway", "compatible"),
        # two paths by their own names, the use word between, are two paths
        ("riverside bike path", "harbour bike path", "conflict"),
        ("riverside bike path", "riverside path", "compatible"),
    ],
)
def test_paths_told_by_their_use(a: str, b: str, status: str) -> None:
    assert compare_places(a, b) == status
    assert compare_places(b, a) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Beside them stood a red Kia car, which seems to have collided with a blue Skoda estate.",
        "A red Kia car mounted the kerb and ploughed into a parked blue Skoda estate.",
        "Witnesses said a red Kia car hit a blue Skoda estate before stopping.",
    ],
)
def test_the_vehicle_shown_is_the_one_that_acts_not_the_one_it_hit(sentence: str) -> None:
    text = f"Several people were hurt on Quay Street. {sentence} The Skoda estate was empty."
    kia = _at(text, "red Kia car", "vehicle", 0)
    skoda = _at(text, "blue Skoda estate", "vehicle", 0)
    again = _at(text, "Skoda estate was", "vehicle", 0)
    kia = Fact("vehicle", "red kia", kia.start, kia.end, kia.text, "i0")
    skoda = Fact("vehicle", "blue skoda estate", skoda.start, skoda.end, skoda.text, "i0")
    again = Fact("vehicle", "skoda estate", again.start, again.start + 12, "Skoda estate", "i0")
    # the struck estate is told twice, the car that hit it once: the car is the incident's
    assert final_statement("vehicle", [kia, skoda, again], [], 0, text) is kia
