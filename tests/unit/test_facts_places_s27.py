"""Places of the incident told in shapes of administrative hierarchies, gatherings and local names:
a gathering the harm struck ("shot dead at a night vigil at X"), a body's initials inside a name
("X CCAP Church"), a traditional ruler's area and a chiefdom as wide units, a school's class as no
place, a country's compass part and a country owning a road, a public space told by its noun and
then its local name ("on the town square, Torvet"), a settlement mourning its dead as the subject
of a report that places nothing else, and an appeal to call or contact a police station.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"

# The harm's own verb leads straight to a gathering: the gathering's place is the scene.
GATHERINGS_STRUCK = [
    ("Four people were killed and six others injured at a night vigil at Tsoeneng village on "
     "Saturday.", ["tsoeneng village"]),
    ("A man was stabbed during a memorial service at St Anne's Church in Tolby on Sunday.",
     ["st anne's church, tolby"]),
    ("Two mourners were shot dead at the wake in Morija on Friday night.", ["morija"]),
    ("A grenade exploded at a press conference at the Kelby Town Hall on Monday, wounding three.",
     ["kelby town hall"]),
]  # fmt: skip
# ... but a gathering after the incident, with no harm just before it, is a sequel.
GATHERINGS_AFTER = [
    ("Relatives of the three people killed gathered at a vigil at St Mary's Church on Monday.", []),
    ("Those killed in the shooting at Arden Mall were remembered at a vigil at Kelby Cathedral.",
     ["arden mall"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), GATHERINGS_STRUCK + GATHERINGS_AFTER)
def test_a_gathering_the_harm_struck_is_the_scene(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


INITIALS_IN_NAMES = [
    ("Five people died in a fire at Kachele CCAP Church on Sunday.", ["kachele ccap church"]),
    ("A wall collapsed at St Mary's RC Primary School in Tolby on Monday.",
     ["st mary's rc primary school, tolby"]),
    ("A fire broke out at the Arden AME Church on Monday.", ["arden ame church"]),
    ("Lightning struck the Mbala SDA Church on Saturday, killing two.", ["mbala sda church"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), INITIALS_IN_NAMES)
def test_a_body_s_initials_inside_a_name_stay_in_it(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


def test_a_headline_s_capitals_still_end_a_name() -> None:
    assert _facts("A roof fell at Kelby Mill SCHOOL CLOSED on Monday.", PLACE) == ["kelby mill"]


RULERS_AND_CHIEFDOMS = [
    ("Five people died after lightning struck Kachele CCAP Church in the area of Traditional "
     "Authority Mwase in Mzimbe District on Sunday.", ["kachele ccap church"]),
    ("Two people died in a fire at a house in the area of Senior Chief Kalumbu on Sunday.", []),
    ("A roof collapsed at the Kpandebu Community Primary School in the Dama Chiefdom on Tuesday.",
     ["kpandebu community primary school"]),
    ("A canoe capsized near Nyamba in Kolo Chiefdom on Sunday.", ["nyamba"]),
]  # fmt: skip
RULERS_VILLAGES = [
    ("A boat capsized near Chief Kalumbu village on Sunday.", ["chief kalumbu village"]),
    ("Chief Kamara said two people died when a wall fell at Yele market on Monday.",
     ["yele market"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), RULERS_AND_CHIEFDOMS + RULERS_VILLAGES)
def test_a_ruler_s_area_and_a_chiefdom_are_wide_units(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


SCHOOL_CLASSES = [
    ("The roof came down on the children in Class Four and Class Five when the storm hit Kpandebu "
     "school on Tuesday.", ["kpandebu school"]),
    ("A wall collapsed on pupils in Grade 7 at Arden Primary School on Monday.",
     ["arden primary school"]),
    ("The ceiling fell on pupils in Standard Six on Monday.", []),
    ("A boy in Year 9 was stabbed at Kelby High School on Monday.", ["kelby high school"]),
]  # fmt: skip
NOT_SCHOOL_CLASSES = [
    ("A bus crashed on Form Street in Kelby on Monday.", ["form street, kelby"]),
    ("A crane collapsed at Standard Chartered Tower in Kelby on Monday.",
     ["standard chartered tower, kelby"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), SCHOOL_CLASSES + NOT_SCHOOL_CLASSES)
def test_a_school_class_is_no_place(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


COUNTRIES = [
    ("One dead after an ice cave collapse in Southeast Iceland", []),
    ("A bus crashed in North-West Germany on Monday.", []),
    ("A coach overturned in Central Norway on Monday.", []),
    ("A bus overturned on Norway's E6 near Alta on Monday.", ["e6", "alta"]),
    ("Ambulance and cattle truck collide on Botswana's A1, four dead", ["a1"]),
    ("A lorry crashed on Kenya's Nairobi-Mombasa highway on Monday.", ["nairobi-mombasa highway"]),
]  # fmt: skip
NOT_COUNTRIES = [
    ("A bus crashed in South London on Monday.", ["south london"]),
    ("A bus crashed in East Kelby on Monday.", ["east kelby"]),
    ("A fire broke out at London's Westminster Bridge on Monday.",
     ["westminster bridge, london"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), COUNTRIES + NOT_COUNTRIES)
def test_a_country_s_part_is_no_scene_and_owns_no_site(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


SPACES_NAMED = [
    ("A man was stabbed on the town square, Torvet, on Saturday.", ["torvet"]),
    ("A tram derailed in the main street, Storgata, in Tromsvik on Monday.",
     ["storgata, tromsvik"]),
    ("A boat caught fire in the old harbour, Nyhavn, on Monday.", ["nyhavn"]),
    ("Rockets were fired into the crowd on the market square, Stortorget, in Lundby at midnight.",
     ["stortorget, lundby"]),
]  # fmt: skip
SPACES_THEN_SPEAKER = [
    "A man was hurt in the crash on the bridge, police said.",
    "A bus hit a wall on the bridge, Police Scotland said.",
    "A man was stabbed on the main road, Ann Reed said on Monday.",
    "A man was stabbed at the square, he said.",
]


@pytest.mark.parametrize(("text", "places"), SPACES_NAMED)
def test_a_space_s_own_name_in_apposition_is_the_scene(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


@pytest.mark.parametrize("text", SPACES_THEN_SPEAKER)
def test_a_speaker_after_a_space_s_noun_is_no_name_of_it(text: str) -> None:
    assert _facts(text, PLACE) == []


MOURNING_SETTLEMENTS = [
    ("Kessa village in Dunmore District on Wednesday buried three pupils who died when a storm "
     "blew off the roof of their classroom.", ["kessa"]),
    ("The town of Orlov is mourning the five miners who died when the shaft flooded on Monday.",
     ["orlov"]),
    ("Tamsa community wept on Sunday as the four fishermen lost in the storm were laid to rest.",
     ["tamsa"]),
]  # fmt: skip
NOT_MOURNING = [
    "Kessa village in Dunmore District on Wednesday welcomed the new school inspector.",
    "The residents of Kessa village buried three pupils on Wednesday.",
]


@pytest.mark.parametrize(("text", "places"), MOURNING_SETTLEMENTS)
def test_a_settlement_mourning_its_dead_places_an_unplaced_report(
    text: str, places: list[str]
) -> None:
    assert _facts(text, PLACE) == places


@pytest.mark.parametrize("text", NOT_MOURNING)
def test_a_settlement_that_mourns_nobody_places_nothing(text: str) -> None:
    assert _facts(text, PLACE) == []


APPEALS = [
    "The police urge members of the public to contact the Officer Commanding Kelby Police "
    "Station or call the toll-free line.",
    "Anyone who saw the crash is asked to call Arden Police Station on 0800 111.",
    "Witnesses should call the incident room at Tolby Police Station.",
]


@pytest.mark.parametrize("text", APPEALS)
def test_an_appeal_to_call_a_police_station_places_nothing(text: str) -> None:
    assert _facts("A van overturned on Mill Road on Friday.\n\n" + text, PLACE) == ["mill road"]


# A region the report names by its adjective elsewhere is dropped when a site is told besides.
REGION_ADJECTIVES = [
    ("Krampus run in Styria: eleven injured\n\nA Krampus run in the Styrian market town of "
     "Obertraunfeld ended with eleven people injured on Saturday.", ["obertraunfeld"]),
    ("Fire in Bavaria\n\nA barn burned down in the Bavarian village of Kellmoos on Sunday, "
     "killing a farmer.", ["kellmoos"]),
    ("Bus crash in Tuscany\n\nA tour bus overturned near the Tuscan town of Arvella on Monday, "
     "injuring nine.", ["arvella"]),
]  # fmt: skip
NAMES_BEFORE_NOUNS = [
    # a name ending like an adjective, told before a noun, is still the name
    ("Jeepney plunges into ravine in Kalumbayan\n\nEleven people were killed when a jeepney fell "
     "into a ravine near Dalingan on Monday. The driver is in the custody of the Kalumbayan "
     "police.", ["kalumbayan", "dalingan"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), REGION_ADJECTIVES + NAMES_BEFORE_NOUNS)
def test_a_region_named_by_its_adjective_gives_way(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


# A move to care told at length ("taken by the X rescue helicopter to ...") is a sequel's goal.
LONG_MOVES = [
    "The runner was taken by the C12 rescue helicopter to the burns unit at LKH Arden.",
    "Two of them were driven by a passing motorist to the clinic at Arden.",
    "He was rushed in the back of a police car to the burns unit at Tolby.",
]


@pytest.mark.parametrize("text", LONG_MOVES)
def test_a_long_move_to_care_is_no_scene(text: str) -> None:
    got = _facts("A costume caught fire on Mill Road on Saturday. " + text, PLACE)
    assert got == ["mill road"]


# A US state told bare gives way to the town or site the report places the incident at; told
# alone, it is all the report says and stays.
STATES = [
    ("2 dead after hot-air balloon hits power lines at Kansas rally\n\nTwo people died when a "
     "balloon hit power lines near Tallgrass Junction on Saturday.", ["tallgrass junction"]),
    ("Tornado in Oklahoma\n\nA tornado destroyed Dunmore Elementary School on Monday.",
     ["dunmore elementary school"]),
    ("A hot-air balloon crashed in Kansas on Monday, killing two.", ["kansas"]),
    ("Two hikers died in Texas on Monday after falling from a ridge.", ["texas"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), STATES)
def test_a_us_state_gives_way_to_the_site(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places
