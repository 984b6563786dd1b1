"""A name whose lower-case article is hyphened to its next word ("Deir al-Balah", "Kafr
el-Marwa", "Ras at-Tin") is one name: a place keeps all of it, and an institution so named
("Dar al-Shifa Hospital") is still an institution, not a place of the incident. Every sentence
is invented for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"

WHOLE_NAMES = [
    ("A gas cylinder exploded on Sunday at a bakery in Ras at-Tin, killing two.", "ras at-tin"),
    ("Two men were shot dead on Friday near Bir ad-Dawla market.", "bir ad-dawla market"),
    ("A minibus overturned on Tuesday near Kafr el-Marwa, injuring nine.", "kafr el-marwa"),
    ("A wall collapsed on Saturday in Deir al-Balah, killing three.", "deir al-balah"),
    (
        "A fire broke out on Sunday at a warehouse on Shari al-Nasr in Wadi Halfa.",
        "shari al-nasr, wadi halfa",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), WHOLE_NAMES)
def test_a_hyphened_article_keeps_the_name_whole(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]


HOSPITALS = [
    "A wounded boy died on Monday at Dar al-Shifa Hospital.",
    "Two of the injured later died at Umm an-Nur Hospital.",
    "A third victim succumbed overnight at the Bint al-Huda Clinic.",
]


@pytest.mark.parametrize("sequel", HOSPITALS)
def test_a_hospital_so_named_is_no_scene(sequel: str) -> None:
    text = f"A bus overturned on Canal Road in Kelby on Thursday. {sequel}"
    assert _facts(text, PLACE) == ["canal road, kelby"]
