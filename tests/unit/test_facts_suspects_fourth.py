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


SUSPECT_AGE, ARRESTS = "suspect.age", "arrests"

FROM_A_PLACE: list[tuple[str, int]] = [
    ("A 28-year-old man from a neighbouring district was taken into custody on Saturday.", 28),
    ("Police said a 35-year-old woman from the same village had been arrested.", 35),
    ("A 19-year-old from a nearby town was detained on Sunday.", 19),
    ("A 47-year-old man from the eastern suburbs was arrested at his home.", 47),
]


@pytest.mark.parametrize(("sentence", "age"), FROM_A_PLACE)
def test_a_suspect_age_before_from_a_place(sentence: str, age: int) -> None:
    assert values(sentence, SUSPECT_AGE) == [age]
    assert values(sentence, ARRESTS) == [1]


FROM_A_PLACE_NOT_SUSPECT: list[str] = [
    "A 52-year-old man from a neighbouring village died in the crash.",
    "A 30-year-old woman from the city centre was injured.",
]


@pytest.mark.parametrize("sentence", FROM_A_PLACE_NOT_SUSPECT)
def test_a_victim_from_a_place_is_no_suspect(sentence: str) -> None:
    assert values(sentence, SUSPECT_AGE) == []


SUSPECT_NAME = "suspect.name"

INCLUDING: list[tuple[str, str, int]] = [
    ("Police arrested three people, including the site manager, Kofi Badu, 44.", "kofi badu", 44),
    (
        "Officers detained four men, including the shop owner, Tariq Mahmood, 51, on Friday.",
        "tariq mahmood",
        51,
    ),
    ("Detectives arrested two men, including the driver, Sam Okoro, 33.", "sam okoro", 33),
]


@pytest.mark.parametrize(("sentence", "name", "age"), INCLUDING)
def test_one_named_among_those_arrested(sentence: str, name: str, age: int) -> None:
    assert values(sentence, SUSPECT_NAME) == [name]
    assert values(sentence, SUSPECT_AGE) == [age]


INCLUDING_NO_SUSPECT: list[str] = [
    "Police arrested six people, including two teenagers.",
    "The blast killed four people, including the site manager, Kofi Badu, 44.",
    "Police arrested three people after the blast, which killed two workers, including the "
    "foreman, Ato Mensah, 50.",
]


@pytest.mark.parametrize("sentence", INCLUDING_NO_SUSPECT)
def test_no_suspect_named_after_including(sentence: str) -> None:
    assert values(sentence, SUSPECT_NAME) == []
    assert values(sentence, SUSPECT_AGE) == []
