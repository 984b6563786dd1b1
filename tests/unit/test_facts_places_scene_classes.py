"""Places by class in long-running news (invented sentences): countries, times, events, districts.

A country locates no scene of its own; a noun of time before "of" dates rather than places; an
event noun after a name leaves the name as the place; a district's of-phrase names its town; a
relative clause "where the incident occurred" names the scene.
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.place_words import COUNTRIES, is_country
from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of


def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver crashed into the barrier, and he later fled through Portugal.",
        "A lorry ploughed into stalls before the driver escaped to Denmark.",
        "The bus overturned, and alerts went out in Austria, Hungary and Slovakia.",
    ],
)
def test_a_country_is_no_scene(sentence: str) -> None:
    assert not any(is_country(v) for v in _places(sentence)), _places(sentence)


def test_the_country_table_is_a_closed_class_of_names() -> None:
    assert {"germany", "south korea", "united states"} <= COUNTRIES
    assert is_country("turkey, switzerland and germany")
    assert is_country("trinidad and tobago")
    assert not is_country("kell quay, dunmore")


def test_a_noun_of_time_before_of_dates_rather_than_places() -> None:
    sentence = "He was living in Dunmore at the time of the Harbour Fair attack on the quay."
    assert "harbour fair attack" not in _places(sentence)
    assert not any(v.startswith("harbour fair") for v in _places(sentence))


def test_an_event_noun_after_a_name_leaves_the_name() -> None:
    got = _places("Six people died in the Kell Street fire that swept the terrace.")
    assert got == ["kell street"], got


def test_a_district_of_a_town_keeps_its_town() -> None:
    got = _places("The lorry overturned in the Marsden district of Halwick on Friday.")
    assert got == ["marsden, halwick"], got


def test_where_the_incident_occurred_names_the_scene() -> None:
    got = _places("Extra officers were sent to the Corrow riverside area where the crush happened.")
    assert got == ["corrow"], got
    got = _places("Divers searched Pellan Quay, where the ferry sank, until dusk.")
    assert "pellan quay" in got, got


def test_a_site_of_an_event_noun_after_people_is_the_scene() -> None:
    sentence = "Relatives of the 12 victims of the collapse of the Tarrow Bridge gathered."
    assert "tarrow bridge" in _places(sentence), _places(sentence)


@pytest.mark.parametrize(
    ("sentence", "not_place"),
    [
        ("Investigators in Brannock said the ferry had been overloaded.", "brannock"),
        ("A member in Parliament called the crash a scandal.", "parliament"),
        ("The constable said he yelled at Dorran to put the blade down.", "dorran"),
        ("He drove a van hired from a Kestle Motors depot in Arnfield into the crowd.", "arnfield"),
    ],
)
def test_people_placed_targets_and_sources_are_no_scene(sentence: str, not_place: str) -> None:
    assert not any(not_place in v for v in _places(sentence)), _places(sentence)


def test_a_nation_adjective_before_a_town_noun_is_no_town() -> None:
    got = _places("Two were hurt near a depot in the Swiss town of Lenzhof.")
    assert "lenzhof" in got and not any(v.endswith("swiss") for v in got), got


def test_a_venue_in_a_town_ending_like_an_adjective_keeps_the_town() -> None:
    got = _places("A fire tore through the Drover's Arms in Castelvan last night.")
    assert got == ["drover's arms, castelvan"], got


def test_people_as_a_prepositions_object_leave_the_place() -> None:
    got = _places("A driver who ran down a cyclist as he fled from police in Marrowby was jailed.")
    assert "marrowby" in got, got


def test_a_trial_or_inquest_is_held_where_the_incident_was_not() -> None:
    got = _places(
        "The trial at the Brenmore Court House heard the van mounted the kerb on Hale Row."
    )
    assert got == ["hale row"], got
    assert _places("The inquest at Carrow Town Hall opened on Monday.") == []


def test_hearing_as_a_participle_leaves_the_scene() -> None:
    got = _places("Residents rushed out after hearing a blast at the Corran Mills depot.")
    assert any("corran mills" in v for v in got), got
