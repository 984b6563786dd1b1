"""Crafts told by a name of their own where no class noun heads it: an aircraft's type set off
with its operator, and a named train service before "express". Every sentence is invented for
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
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_named_craft_is_the_vehicle(text: str, value: str) -> None:
    assert value in [str(v) for v in _facts(text, VEHICLE)]


NOT_FOUND = [
    ("The Kelby Inn, owned by Tom Dale, caught fire on Friday, killing two.", "kelby inn"),
    ("The Kelby Group, owned by Tom Dale, said two workers died on Friday.", "kelby group"),
    ("The Daily Express reported that two men died when a lorry crashed on Friday.", "express"),
    ("The Cub, owned by Kell Air, was parked when the hangar burned on Friday.", "cub"),
]


@pytest.mark.parametrize(("text", "value"), NOT_FOUND)
def test_no_named_craft(text: str, value: str) -> None:
    assert not any(value in str(v) for v in _facts(text, VEHICLE))
