"""Three things a round-up report tells beside its incident, found in real news outside the dev
sets: a tally of a kind of event over a period ("The death toll from floods this season has
topped 300") is no count of the incident; another incident opened by a connective that carries a
phrase of its own ("In another incident highlighting the state of the roads, a bus ...") keeps
its facts apart; and a country before a headline's verb ("Rescuers in India battle to save ...")
names no site. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import _extract, values

KILLED, PLACE, DATE = "casualties.killed", "incident.place", "incident.date"
LEAD = "A five-storey building collapsed late on Monday in Kelmar, killing 20 people.\n"

TALLIES = [
    "The death toll from monsoon-related disasters this year has topped 1,200.",
    "The death toll from floods this season has topped 300, officials said.",
    "Deaths from dengue this year have reached 40 in the district.",
    "The toll from landslides this monsoon now stands at 86.",
]


@pytest.mark.parametrize("sentence", TALLIES)
def test_a_tally_of_a_season_is_no_count_of_the_incident(sentence: str) -> None:
    assert values(LEAD + sentence, KILLED) == [20]


def test_the_incidents_own_rising_toll_stays() -> None:
    assert values(LEAD + "The death toll has now risen to 22, officials said.", KILLED) == [20, 22]


OTHER_INCIDENTS = [
    "In another incident highlighting the poor state of the roads, a bus crashed in Ostrel on "
    "Tuesday.",
    "In another incident underlining the risks of the monsoon, a wall fell in Ostrel on Tuesday.",
]


@pytest.mark.parametrize("sentence", OTHER_INCIDENTS)
def test_another_incident_with_a_phrase_of_its_own_keeps_its_facts_apart(sentence: str) -> None:
    facts, _ = _extract(LEAD + sentence)
    told = {(f.value, f.incident == "i0") for f in facts if f.kind == PLACE}
    assert told == {("kelmar", True), ("ostrel", False)}


@pytest.mark.parametrize(
    "headline",
    [
        "Rescue workers in India battle to save 19 people trapped under collapsed building",
        "Divers in Kenya struggle to reach 30 passengers trapped in capsized ferry",
        "Crews in Peru race to reach villagers buried by landslide",
    ],
)
def test_a_country_before_a_headlines_verb_is_no_site(headline: str) -> None:
    assert values(headline + "\n" + LEAD, PLACE) == ["kelmar"]


def test_a_country_with_a_site_noun_stays_a_place() -> None:
    text = "A fire broke out on a dhow moored in Bahrain harbour on Sunday, killing two sailors."
    assert values(text, PLACE) == ["bahrain harbour"]
