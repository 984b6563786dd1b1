"""Places of the incident told inside a charge's complement ("accused of throwing petrol bombs
into a meeting at X", "jailed for the deaths of two cyclists on Y"); a toponym whose possessive is
part of its own name ("St Agnes's Well", "Cutler's Cross").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
DCT = "2025-05-20"

# Court reports: the incident told only as the charge's complement.
CHARGED: list[tuple[str, list[str]]] = [
    ("A court in Kelby remanded the councillor accused of hurling petrol bombs into a meeting "
     "at Dunmore Town Hall on Monday.", ["dunmore town hall"]),
    ("Judges jailed Tom Reece for eight years for the deaths of two cyclists on the Arden Road "
     "in March.", ["arden road"]),
    ("Sam Cole, 33, was convicted of setting fire to a warehouse on Tanner Row in Dunmore.",
     ["tanner row, dunmore"]),
    ("The woman charged with knifing three people at the Red Heron bar in Arpur was remanded "
     "on Tuesday.", ["red heron bar, arpur"]),
    ("A farmer was sentenced to four years over the shooting of a neighbour at a cattle mart "
     "in Orran.", ["orran"]),
    ("Ann Dee, 51, pleaded guilty to driving her car into a bus shelter on Quay Street in "
     "Tarnby.", ["quay street"]),
]  # fmt: skip

# Not the scene: where the charging, the hearing or the jail is.
CHARGED_KEPT: list[tuple[str, list[str]]] = [
    ("He was charged with dangerous driving and appeared before magistrates in Kelby.", []),
    ("A man accused of fraud was remanded in custody at Dunmore Prison on Friday.", []),
]  # fmt: skip

# A possessive inside a place's own name.
OWNED_NAMES: list[tuple[str, list[str]]] = [
    ("Two men were shot dead at a wake in Cutler's Cross district, Westshire, on Saturday.",
     ["cutler's cross"]),
    ("A bus overturned near Bishop's Hollow on Sunday.", ["bishop's hollow"]),
    ("A gas main exploded in St Agnes's Well on Friday night.", ["st agnes's well"]),
    ("A man was stabbed outside a shop in Carver's Green, Dunmore, on Monday.",
     ["carver's green, dunmore"]),
    ("Fire broke out at a farm at Miller's Ford on Tuesday.", ["miller's ford"]),
]  # fmt: skip

# A road's stretch between two of its named junctions.
BETWEEN_EXITS: list[tuple[str, list[str]]] = [
    ("The lorry overturned between the Kelby and Arden exits on Sunday.",
     ["between kelby and arden"]),
    ("The crash happened at 3am between the Dunmore and Tarnby interchanges.",
     ["between dunmore and tarnby"]),
    ("A coach caught fire between the Orran and Kell toll plazas on Friday.",
     ["between orran and kell"]),
    ("Two cars collided head-on between the Arpur and Kelby turn-offs on Monday night.",
     ["between arpur and kelby"]),
    ("A van burst into flames between the Dunmore and Orran junctions on Tuesday.",
     ["between dunmore and orran"]),
]  # fmt: skip

# Not stops: two owners of one noun.
BETWEEN_KEPT: list[tuple[str, list[str]]] = [
    ("A man was stabbed in Kelby on Friday after a feud between the Hale and Reed families.",
     ["kelby"]),
]  # fmt: skip

# A district told after a comma behind a place is its wider unit, no second place.
WIDER_UNIT: list[tuple[str, list[str]]] = [
    ("A fire broke out at a farm near Kelby, in the Dunmore district, on Monday.", ["kelby"]),
    ("A landslide buried homes in Arpur, in Kell district, on Sunday.", ["arpur"]),
    ("A bus fell into a gorge near Tarsa, in the Orran municipality, on Friday.", ["tarsa"]),
    ("A mine collapsed at Kelby, in the Dunmore prefecture, on Tuesday.", ["kelby"]),
    ("Two men drowned at a dam outside Orran, in the Kell district, on Monday.", ["orran"]),
]  # fmt: skip

# A district told as the place itself is kept.
WIDER_KEPT: list[tuple[str, list[str]]] = [
    ("A bus overturned in the Dunmore district on Sunday.", ["dunmore"]),
    ("A man was stabbed in the Itaewon district of Seoul on Friday.", ["itaewon, seoul"]),
]  # fmt: skip

# The owner's site stays a site of its owner.
OWNED_KEPT: list[tuple[str, list[str]]] = [
    ("A crowd surged on London's Westminster Bridge on Sunday.", ["westminster bridge, london"]),
    ("A fire broke out at Kelby's Castle Quarter on Monday.", ["castle quarter, kelby"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), CHARGED + CHARGED_KEPT)
def test_places_of_the_charge(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places


@pytest.mark.parametrize(("text", "places"), OWNED_NAMES + OWNED_KEPT)
def test_possessive_inside_a_name(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places


@pytest.mark.parametrize(("text", "places"), BETWEEN_EXITS + BETWEEN_KEPT)
def test_stretch_between_junctions(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places


@pytest.mark.parametrize(("text", "places"), WIDER_UNIT + WIDER_KEPT)
def test_district_after_a_place(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places
