"""Places, session 25: a "where" clause that tells the incident places it at the site its own
clause names, in the town before it; the part of a site a verb of entering or striking reaches;
a town's apposition with its size; a body named by its lower-case head or an official's office; a
body's title running on through "in"; a weekday told as a habit.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
DCT = "2025-05-20"

# "<town>, where <the incident> at <a site>": the site, in that town.
WHERE_SITE: list[tuple[str, list[str]]] = [
    ("We go first to Tarnby, where a gas cylinder exploded at the old covered market this "
     "morning.", ["old covered market, tarnby"]),
    ("Our top story tonight is in Kelby, a village of 800 people, where a coach overturned "
     "outside the primary school.", ["primary school, kelby"]),
    ("In Dunmore, where a gunman opened fire inside the town hall on Monday, two people died.",
     ["town hall, dunmore"]),
    ("Reporting from Arpur, where a roof collapsed in the busy bus station at noon, our "
     "correspondent.", ["busy bus station, arpur"]),
    ("We begin in Orran, where a man with a knife attacked shoppers in the central library "
     "this afternoon.", ["central library, orran"]),
]  # fmt: skip

# "the <site> in <town> where <the incident>": the site, whoever the sentence is about.
SITE_WHERE: list[tuple[str, list[str]]] = [
    ("The owner of the old mill in Kessa where a boiler exploded last year was fined on Monday.",
     ["old mill, kessa"]),
    ("The manager of the nightclub in Kelby where three people died in a crush was charged on "
     "Friday.", ["nightclub, kelby"]),
    ("Two were hurt at the school in Dunmore, where the gunman opened fire.",
     ["school, dunmore"]),
    ("A licensee of the hotel at Arpur where a balcony collapsed in May lost his licence on "
     "Tuesday.", ["hotel, arpur"]),
]  # fmt: skip

# A "where" clause of a sequel or of no event places nothing new.
WHERE_KEPT: list[tuple[str, list[str]]] = [
    ("A bus overturned in Harwood, where the road narrows near the bridge.", ["harwood"]),
    ("A third victim died of his injuries at the district hospital in Tarnby, where he had been "
     "in intensive care since the crash.", []),
    ("She had been flown to the burns unit in Kelby where she was treated after the fire.", []),
]  # fmt: skip

# A verb of entering, storming or striking reaches the part of the site it names.
OBJECT_PART: list[tuple[str, list[str]]] = [
    ("A man entered the reading room of the Harwood public library and attacked readers.",
     ["harwood public library"]),
    ("A man stormed the lobby of the Kessa municipal offices on Monday and stabbed two clerks.",
     ["kessa municipal offices"]),
    ("The attacker entered the main hall of the Brenton community centre and stabbed three "
     "people.", ["brenton community centre"]),
    ("The van rammed the front of the Dock Street mosque before dawn.", ["dock street mosque"]),
    ("A man entered the reading room of the Varnupia municipal library and attacked readers.",
     ["varnupia municipal library"]),
]  # fmt: skip

# ... but a person's kin or role of a name is no site.
OBJECT_PART_KEPT: list[tuple[str, list[str]]] = [
    ("A mob attacked the wife of Mayor Tom Hale.", []),
    ("A man attacked the owner of Kelby Stores.", []),
]  # fmt: skip

# A town's apposition tells its size: what follows locates the town, no second place.
SIZED_TOWN: list[tuple[str, list[str]]] = [
    ("A man attacked readers in Varnupia, a town of nine thousand people north of Kaunas, on "
     "Monday.", ["varnupia"]),
    ("A fire broke out in Holm, a hamlet of a few dozen houses east of Brill.", ["holm"]),
    ("A bus crashed at Dunmore, a city of two million on the Ferrin coast.", ["dunmore"]),
]  # fmt: skip

# A body placed in a town, by its lower-case head or as an official's office: no scene.
BODY_IN_TOWN: list[tuple[str, list[str]]] = [
    ("Seven people were injured, according to the police administration in Kranjec.", []),
    ("The driver was held on the orders of the state prosecutor's office in Split.", []),
    ("Two were hurt, the regional police directorate in Kaunas said.", []),
    ("The driver was detained on the orders of the District Public Prosecutor's Office in "
     "Zrenja.", []),
    ("The suspect was questioned at the County Sheriff's Office in Pine Bluff.", []),
]  # fmt: skip

# A post office is a building, and "fled from police in X" leaves X the scene's.
BODY_KEPT: list[tuple[str, list[str]]] = [
    ("A blast at the Kelby Post Office killed two.", ["kelby post office"]),
    ("A man fled from police in Kessa and crashed.", ["kessa"]),
]  # fmt: skip

# A body's title that runs on through "in", told as an agent: no place.
BODY_TITLE: list[tuple[str, list[str]]] = [
    ("The minister announced an inquiry by the Centre for Investigation of Accidents in "
     "Transport.", []),
    ("Experts from the Agency for Safety in Aviation arrived on Monday.", []),
    ("A report by the Institute for Safety in Mining blamed the owners.", []),
]  # fmt: skip

# A weekday told as a habit is no place.
HABIT_DAYS: list[tuple[str, list[str]]] = [
    ("The blast happened when the yard, which is usually busy on Thursdays, was crowded.", []),
    ("The market, which is crowded on Saturdays, was hit by a blast.", []),
    ("A bus overturned on Sundays Road in Kelby.", ["sundays road, kelby"]),
]  # fmt: skip


# Where people were going to do something is no scene, nor is a premises it names.
GOING_TO: list[tuple[str, list[str]]] = [
    ("The bus, full of mothers going to sell vegetables at Tarn market, was stopped by logs on "
     "the road.", []),
    ("A minibus full of pilgrims going to pray at the Dunmore shrine overturned.", []),
    ("He was going to visit his aunt in Arpur when the car hit him.", []),
    ("A bus crashed at Kelby market, killing two women going to sell fish.", ["kelby market"]),
]  # fmt: skip

# A care institution whose name runs on, and a country, are no scene.
INSTITUTION_AND_COUNTRY: list[tuple[str, list[str]]] = [
    ("She died at the National Trauma and Orthopaedic Research Centre in Ulaanbaatar four days "
     "after the accident.", []),
    ("He died at the Kelby Burns and Plastic Surgery Centre in Dunmore a week after the fire.", []),
    ("Two killed in Timor-Leste martial arts clash.", []),
    ("Floods killed three in Guinea-Bissau on Monday.", []),
    ("A fire broke out at the Kelby Health and Wellbeing Centre on Monday.",
     ["kelby health and wellbeing centre"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), GOING_TO + INSTITUTION_AND_COUNTRY)
def test_goal_institution_country(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places


@pytest.mark.parametrize(("text", "places"), WHERE_SITE + SITE_WHERE + WHERE_KEPT)
def test_where_clause_site(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places


@pytest.mark.parametrize(("text", "places"), OBJECT_PART + OBJECT_PART_KEPT)
def test_part_of_a_site_entered(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places


@pytest.mark.parametrize(("text", "places"), SIZED_TOWN)
def test_town_apposition_with_its_size(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places


@pytest.mark.parametrize(("text", "places"), BODY_IN_TOWN + BODY_KEPT + BODY_TITLE)
def test_body_placed_in_a_town(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places


@pytest.mark.parametrize(("text", "places"), HABIT_DAYS)
def test_weekday_habit(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places
