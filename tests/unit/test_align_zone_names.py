"""The zone of an incident's place is read from place names, never from a person named like a
country or a city ("Chad Miller", "Jordan Pask"); invented sentences."""

from __future__ import annotations

import pytest

from incident_reader.core.align.zones import place_zone

CASES = [
    # a person's first name that is a country: no zone
    (
        ["marrow"],
        ["Chad Miller, a witness, said the van struck people in Marrow at 13:00 GMT."],
        None,
    ),
    (["harbour point"], ["Jordan Pask, 31, was charged on Friday."], None),
    # a place at the end of its run of capitals, or before a place word, still gives its zone
    (["marrow"], ["Police in Stockholm said a lorry hit shoppers."], "Europe/Stockholm"),
    (["docks"], ["New York City police said two men were held."], "America/New_York"),
    (["docks"], ["Stockholm Police said two men were held."], "Europe/Stockholm"),
    # an extracted place names its zone whatever the text says
    (["oslo"], ["Chad Miller said it was over by noon."], "Europe/Oslo"),
]


@pytest.mark.parametrize(("places", "texts", "zone"), CASES)
def test_zone_from_places_not_people(places: list[str], texts: list[str], zone: str | None) -> None:
    assert place_zone(places, texts) == zone
