"""Two places a report gives that are not, or are, the scene. A hospital's unit told in lower case
after its town ("the Kelby burns unit") is where the hurt are treated, never the scene. A dateline
in capitals ("HOLM: The death toll ...") is the report's place when its body places the incident
nowhere else and its prose names that town. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.place_datelines import dateline_place
from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
LEAD = "A van caught fire on Canal Road in Kelby on Thursday, killing two children. "

CARE_UNITS = [
    "Four of the injured remain at the Kelby burns unit while the rest went home.",
    "Two children are still in the Holm trauma ward.",
    "She died on Sunday in the Ashby burns centre.",
    "Three were moved overnight to the Marrow intensive care unit.",
    "A baby was treated at the Dunsby paediatric emergency department.",
]


@pytest.mark.parametrize("sequel", CARE_UNITS)
def test_a_hospital_s_unit_is_no_scene(sequel: str) -> None:
    assert _facts(LEAD + sequel, PLACE) == ["canal road, kelby"]


def test_a_ward_where_the_incident_happened_stays_a_place_when_named() -> None:
    text = "A fire broke out on Sunday in the Holm maternity ward at St Brigid's, injuring two."
    assert "holm maternity ward" not in _facts(text, PLACE)


DATELINES = [
    (
        "Toll in Marsh End blaze rises to five\n\nBy a staff reporter\n\n"
        "MARSH END: The death toll from Tuesday's warehouse fire rose to five on Friday when a "
        "guard died of his burns.",
        "marsh end",
    ),
    (
        "Ferry deaths: skipper held\n\nPORT ALDER, Westmarch — Police on Sunday detained the "
        "skipper of the ferry that capsized on Friday, killing seven, as it left the quay.",
        None,  # the prose never names the town: the copy may have been filed from there
    ),
    (
        "Well collapse kills two\n\nDUNMORE -- Two labourers died on Monday when a well they "
        "were digging caved in, officials in Dunmore said.",
        "dunmore",
    ),
]


@pytest.mark.parametrize(("text", "town"), DATELINES)
def test_a_dateline_town_named_in_prose_places_an_unplaced_report(
    text: str, town: str | None
) -> None:
    found = dateline_place(text)
    assert (found.value if found else None) == town
    if town:
        assert town in _facts(text, PLACE)


LABELS = [
    "Fire kills five\n\nLIVE: Crews are still at the scene of the fire that killed five.",
    "Fire kills five\n\nUPDATE — The toll from the fire rose to five, officials in Holm said.",
    "Fire kills five\n\nBREAKING: Five people died in a fire in Holm.",
]


@pytest.mark.parametrize("text", LABELS)
def test_a_label_in_capitals_is_no_dateline(text: str) -> None:
    assert dateline_place(text) is None


def test_a_dateline_yields_to_the_body_s_own_place() -> None:
    text = (
        "Fire kills five\n\nMARSH END: Five people died on Tuesday in a fire at a warehouse on "
        "Quarry Lane in Marsh End."
    )
    assert _facts(text, PLACE) == ["quarry lane, marsh end"]
