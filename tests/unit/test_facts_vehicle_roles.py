"""Vehicles whose head no table lists, found by their role in the event: what people were aboard,
what a craft's own verb says capsized or overturned; and one vehicle told twice, a kind-only
description giving way to the described one. Invented sentences."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.text import sentence_of
from incident_reader.core.facts.vehicles import vehicles
from tests.unit.test_facts_when_places import _facts


def _vehicles(sentence: str) -> list[str]:
    return [str(f.value) for f in vehicles(sentence_of(sentence))]


@pytest.mark.parametrize(
    ("sentence", "vehicle"),
    [
        ("Four anglers were aboard a green fibreglass skiff that sank off Kessa Point.",
         "green fibreglass skiff"),
        ("The grey 4.2-metre aluminium tinnie capsized near the boat ramp at about 2pm.",
         "grey 4.2-metre aluminium tinnie"),
        ("Rescuers said the yellow Kelby Transit articulated-bendy overturned on the ring road.",
         "yellow kelby transit articulated-bendy"),
        ("Nine people on board the red pontoon were thrown into the water.", "red pontoon"),
        ("The old steam railcar-trailer derailed near Ashby.", "old steam railcar-trailer"),
    ],
)  # fmt: skip
def test_an_open_head_is_a_vehicle_by_its_role(sentence: str, vehicle: str) -> None:
    assert vehicle in _vehicles(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The appeal court overturned the ruling on Monday.",
        "The sun sank behind the hills as the search went on.",
        "Her heart sank when she heard the news.",
        "Two passengers aboard the flight were questioned.",
        "The young driver overturned on the bend, police said.",
        "Shares in the firm sank after the crash.",
    ],
)
def test_no_vehicle_where_the_role_is_not_a_crafts(sentence: str) -> None:
    assert _vehicles(sentence) == []


def test_a_kind_only_description_gives_way_to_the_described_craft() -> None:
    text = (
        "A woman has died after a small boat carrying five people flipped on Lake Kessa this "
        "afternoon. Police said the red 6-metre fibreglass skiff capsized near the northern shore."
    )
    assert _facts(text, "vehicle") == ["red 6-metre fibreglass skiff"]


def test_a_bus_told_by_its_deck_is_the_bus() -> None:
    text = (
        "Three people died when a packed bus plunged into the river on Friday. Witnesses saw "
        "the green Wexley Solo single-decker nosedived off the bridge."
    )
    assert _facts(text, "vehicle") == ["green wexley solo single-decker"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two people were killed when a 40-metre tower crane toppled onto Kell Street.",
        "A construction crane collapsed across the road on Friday.",
        "The crane had been swaying in the wind all afternoon, a witness said.",
    ],
)
def test_a_fixed_crane_is_a_structure_not_a_vehicle(sentence: str) -> None:
    assert not any("crane" in v for v in _vehicles(sentence)), _vehicles(sentence)


def test_a_crane_on_wheels_is_a_vehicle() -> None:
    assert "mobile crane" in _vehicles("A mobile crane overturned on the bypass on Monday.")


@pytest.mark.parametrize(
    ("sentence", "vehicle"),
    [
        ("A Otter floatplane carrying four anglers crashed on landing.", "otter floatplane"),
        ("Three of the six aboard the DHC-3 Otter floatplane died.", "dhc-3 otter floatplane"),
        ("A blue houseboat sank at its mooring on the canal.", "blue houseboat"),
        ("The gyrocopter came down in a field near Ashby.", "gyrocopter"),
    ],
)  # fmt: skip
def test_a_compound_craft_head_is_a_vehicle(sentence: str, vehicle: str) -> None:
    assert vehicle in _vehicles(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Their friendship began at school.",
        "The township council met on Monday.",
        "It was the second fatal floatplane crash in the province this year.",
    ],
)
def test_words_ending_like_no_craft_are_no_vehicle(sentence: str) -> None:
    assert _vehicles(sentence) == []


def test_a_generic_craft_gives_way_to_the_named_one() -> None:
    text = (
        "Two people died when an Otter floatplane crashed on Kessik Lake on Friday. Police said "
        "the single-engine aircraft went down shortly after 3pm."
    )
    assert _facts(text, "vehicle") == ["otter floatplane"]
