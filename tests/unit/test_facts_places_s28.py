"""Places of the incident told by the local units of many countries' press: an attack that fell
on a settlement told as its object ("gunmen attacked the commune of X", "bandits stormed Y, a
hamlet in Z"), a settlement's local unit told after it ("X, rural commune of Y", "the site, in
the locality of Y"), a site named by four lower-case words ("the X artisanal gold mining
site"), and a region told with its own head beside the scene ("in the X department").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import re

import pytest

from incident_reader.core.facts.place_words import LOCAL_UNIT_NOUNS, local_unit_before
from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"


@pytest.mark.parametrize(("noun", "example"), sorted(LOCAL_UNIT_NOUNS.items()))
def test_each_local_unit_example_is_read(noun: str, example: str) -> None:
    of = re.search(rf"\s+the\s+{noun}\s+of\s+", example)
    assert of is not None
    assert local_unit_before(example, of.start(), of.end())


# An attack or a forced entry told on a settlement: the settlement is the scene.
ATTACKED_SETTLEMENTS = [
    ("Militia fighters attacked the commune of Bouroum on Friday, killing nine.", ["bouroum"]),
    ("Jihadists attacked the village of Solhan overnight, killing at least 100 civilians.",
     ["solhan"]),
    ("Herders raided the farming community of Yelwata on Friday night, killing 12.",
     ["yelwata"]),
    ("Insurgents stormed the town of Gajiram at dusk and set fire to the market.", ["gajiram"]),
    ("Gunmen raided Kasenga, a fishing village on the lake shore, on Sunday night, killing five "
     "people.", ["kasenga"]),
    ("Bandits stormed Tobolo, a hamlet in Kari district, killing three.", ["tobolo"]),
    ("Six herders were killed when cattle raiders attacked the fokontany of Ambatolava, rural "
     "commune of Betroka, before dawn.", ["ambatolava, betroka"]),
]  # fmt: skip
# ... not a person's home or kin, nor where a convoy merely arrived, nor a police raid.
ATTACK_NEAR_MISSES: list[tuple[str, list[str]]] = [
    ("Gunmen attacked the home of Tom Hale on Sunday.", []),
    ("Robbers targeted the wife of Sam Obi at her shop.", []),
    ("The convoy reached the town of Kell before the ambush.", []),
    ("Police raided the village of Tobolo on Monday and arrested two men.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), ATTACKED_SETTLEMENTS + ATTACK_NEAR_MISSES)
def test_an_attack_on_a_settlement_places_it(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


# A local unit told right after the place, or after the place's own description, is its wider
# unit: joined as its town where the place has none, never a second scene.
UNITS_AFTER = [
    ("A blast killed two in Taro, rural commune of Belo, on Sunday.", ["taro, belo"]),
    ("A gas cylinder exploded at a food stall in the night market of Santa Rosa, in the "
     "municipality of Ixtapa, killing two.", ["santa rosa, ixtapa"]),
    ("The pit collapsed at the Kabwela gold mining site, in the locality of Lubilo, on "
     "Thursday.", ["kabwela gold mining site, lubilo"]),
    ("Five people were killed in a blast at Dura, the town's old quarter, in the Ihosy "
     "district.", ["dura"]),
    ("Four were killed when raiders attacked Menabe, a village in the rural commune of Tsara, "
     "in the Ivato district, on Sunday.", ["menabe"]),
    # the place already has its town: the unit is wider still
    ("Two people died at the Tamso market in Kelby, in the commune of Dara, on Friday.",
     ["tamso market, kelby"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), UNITS_AFTER)
def test_a_local_unit_after_a_place_is_its_wider_unit(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


# A site's name may run to four lower-case words before its head.
LONG_HEADS = [
    ("Eleven diggers died at the Kabwela artisanal gold mining site on Thursday.",
     ["kabwela artisanal gold mining site"]),
    ("A wall fell at the Tamso open air cattle market on Monday, killing two.",
     ["tamso open air cattle market"]),
    # an institution four words on is no head of the town before it
    ("A woman hurt in the blast in Kelby has died in hospital.", ["kelby"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), LONG_HEADS)
def test_a_long_site_head(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


# A region told with its own head ("the X department", "the Y territory") beside the scene is
# the unit the scene lies in: dropped where the report places the incident otherwise too, kept
# where it is all the report says.
HEADED_REGIONS = [
    ("Six pupils were killed at the Saint-Luc college in Dorval on Monday. The school in the "
     "Nippes department collapsed during classes.", ["saint-luc college, dorval"]),
    ("Twenty miners died at the Lusanga mine on Thursday. The pits in the Mwenga territory "
     "collapsed after heavy rain.", ["lusanga mine"]),
    ("Four died in a flood at Kelso on Monday. Homes in the Tweed valley were flooded.",
     ["kelso"]),
    # all the report says: kept
    ("A landslide buried six houses in the Kivira territory on Monday.", ["kivira territory"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), HEADED_REGIONS)
def test_a_region_told_with_its_head_is_no_second_scene(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


# A tally of incidents over a period bounds no scene, its place told with its own head too.
TALLIES_WITH_HEADS = [
    ("Two died in a fire at the Arden mill on Monday. It was the second fatal fire in the Kell "
     "area this year.", ["arden mill"]),
    ("Avalanches have killed 14 people in the Tarn valley since the season began.", []),
    ("Raiders attacked the village of Tobolo on Sunday. This is the third attack recorded in "
     "the Kari district since January.", ["tobolo"]),
    # no tally: the district told alone is all the report says
    ("A fire broke out in the Kari district on Sunday, killing two.", ["kari"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), TALLIES_WITH_HEADS)
def test_a_tally_in_a_headed_region_is_no_scene(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


# A government told by its name is a body called on, no place.
GOVERNMENTS = [
    ("Three were killed at the Tamso market on Monday. The chief called on the Kell Provincial "
     "Government to act.", ["tamso market"]),
    ("Five died in a fire at the Arden mill. Residents protested outside the Kell District "
     "Government on Tuesday.", ["arden mill"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), GOVERNMENTS)
def test_a_government_is_no_place(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places
