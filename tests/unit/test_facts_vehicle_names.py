"""Crafts told by a name of their own where no class noun heads it: an aircraft's type set off
with its operator, a named train service before "express" and one unit of a many-unit
conveyance told by its number where it falls or comes loose. Every sentence is invented for
these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

VEHICLE = "vehicle"

FOUND = [
    (
        "The Otter, operated by Kell Lake Air, crashed into trees on Friday, killing two.",
        "otter",
    ),
    ("The Dash 8, run by Loch Air, came down short of the runway on Friday.", "dash 8"),
    ("The Islander, chartered by Brae Tours, crashed into the sea on Monday.", "islander"),
    (
        "Four track workers were crushed by the 'Sea Queen' express near Kella on Monday.",
        "sea queen express",
    ),
    (
        "Three people died when the Coast Line express hit a van at Ashby on Friday.",
        "coast line express",
    ),
    (
        "Two men were killed when the “Golden Arrow” Express struck them on Monday.",
        "golden arrow express",
    ),
    ("Staff said gondola number 9 came loose from the line at noon on Sunday.", "gondola 9"),
    ('"Gondola 6 detached from the rope near the top pylon," the guide said.', "gondola 6"),
    ("Car No. 3 of the ropeway plunged into the gorge on Friday, killing two.", "car 3"),
    ("The funicular's carriage number 2 derailed on the steep section on Monday.", "carriage 2"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_named_craft_is_the_vehicle(text: str, value: str) -> None:
    assert value in [str(v) for v in _facts(text, VEHICLE)]


NOT_FOUND = [
    ("The Kelby Inn, owned by Tom Dale, caught fire on Friday, killing two.", "kelby inn"),
    ("The Kelby Group, owned by Tom Dale, said two workers died on Friday.", "kelby group"),
    ("The Daily Express reported that two men died when a lorry crashed on Friday.", "express"),
    ("The Cub, owned by Kell Air, was parked when the hangar burned on Friday.", "cub"),
    ("Cabin 5 caught fire overnight at the campsite on Friday, killing two.", "cabin"),
    ("She was in gondola 4 when it stopped on Friday, and nobody fell.", "gondola"),
    ("Cabin 12,000 feet up, the crew said two passengers fell ill on Friday.", "cabin"),
]


@pytest.mark.parametrize(("text", "value"), NOT_FOUND)
def test_no_named_craft(text: str, value: str) -> None:
    assert not any(value in str(v) for v in _facts(text, VEHICLE))
