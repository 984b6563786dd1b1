"""Issue 11, fourth round: speeds in knots, a suspect's age before "from <place>", and people named
after "including" an arrest count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

SPEED = "speed"

KNOTS: list[tuple[str, str]] = [
    ("Tracking data showed the aircraft flying at a groundspeed of about 95 knots.", "95knots"),
    ("The ferry was travelling at 12 knots when it struck the pier.", "12knots"),
    ("The trawler was doing 9 knots as it entered the harbour mouth.", "9knots"),
    ("Radar put the speedboat at 30 knots moments before the collision.", "30knots"),
    ("The plane levelled off 500 ft above sea level at a groundspeed of 110 knots.", "110knots"),
]


@pytest.mark.parametrize(("sentence", "value"), KNOTS)
def test_a_craft_speed_in_knots(sentence: str, value: str) -> None:
    assert values(sentence, SPEED) == [value]


NOT_A_SPEED: list[str] = [
    "Winds of 40 knots battered the coast as the ferry left port.",
    "The weather station recorded a wind from the north-east at 15 knots.",
    "The gale was gusting to 35 knots when the yacht capsized.",
    "A current of 3 knots swept the swimmers along the shore.",
    "Forecasters warned of 50 knot gusts along the coast.",
]


@pytest.mark.parametrize("sentence", NOT_A_SPEED)
def test_wind_and_water_in_knots_are_no_speed(sentence: str) -> None:
    assert values(sentence, SPEED) == []
