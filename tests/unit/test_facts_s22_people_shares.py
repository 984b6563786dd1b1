"""Counts told of some of those already counted, as classes of English with invented sentences
(none from a dev, check, real or authored report), and negatives that keep their counts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL = "casualties.killed", "casualties.injured", "casualties.hospitalised"

# A bare number or "both" that has injuries: what some of those counted before had.
INJURY_SHARES: list[tuple[str, str, list[Any]]] = [
    ("Seven workers were taken to the district hospital, where doctors said three had serious "
     "burns. Several others were hurt.", INJURED, [{"min": 3, "max": 9}]),
    ("Nine people were injured in the blast. Two had head wounds, the surgeon said.",
     INJURED, [9]),
    ("Two cyclists died on Friday. Both had suffered head injuries. A total of 12 people were "
     "injured in the crash.", INJURED, [12]),
    ("Five of the injured were admitted to Arlow Hospital, and four had fractures.",
     INJURED, []),
    ("Three climbers were flown to Kessel General Hospital. All three sustained spinal "
     "injuries, according to the hospital.", INJURED, []),
    ("Two men were taken to hospital. Both had serious injuries.", INJURED, []),
    # a count of its own: nothing counted before holds it, or a new clause of the dead
    ("Of the 40 hikers on the trail, 11 suffered injuries.", INJURED, [11]),
    ("Three people were killed and two suffered serious injuries.", INJURED, [2]),
    ("Two people died. Three had serious injuries, police said.", INJURED, [3]),
    ("Two men were pulled from the river. Both had serious injuries.", INJURED, [2]),
    ("Four were killed and six had been injured, police said.", INJURED, [6]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), INJURY_SHARES)
def test_injuries_of_some_counted_before_are_no_count(
    text: str, kind: str, want: list[Any]
) -> None:
    assert values(text, kind) == want


ARRESTS = "arrests"

# A share of a set of people, or a stage of the arrests, beside the set's own count.
SET_PARTS: list[tuple[str, str, list[Any]]] = [
    ("Police said six men were being held. Four of the suspects were arrested at a roadblock on "
     "Monday and two others were picked up at dawn.", ARRESTS, [6]),
    ("Officers have detained four people over the raid. Three of the gang members were caught "
     "in Kell; one more was arrested later.", ARRESTS, [4]),
    ("Detectives arrested two men on Friday night and a third man on Saturday. In all, three "
     "people are in custody.", ARRESTS, [3]),
    ("Nine climbers died in the avalanche. Two of the guides were killed instantly.",
     KILLED, [9]),
    ("A total of five people have been arrested. Two more suspects were detained at the border.",
     ARRESTS, [5]),
    # no larger count: the share or the stage is all there is
    ("Three of the suspects were arrested on Monday.", ARRESTS, [3]),
    ("Two of the workers died at the scene.", KILLED, [2]),
    # "the driver of the bus": no count before "of"
    ("Four people were arrested, including the driver of the bus.", ARRESTS, [4]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), SET_PARTS)
def test_a_part_of_a_counted_set_gives_way(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


AGE = "suspect.age"

# A companion joined to the suspect told by surname: two held, the companion's age not the
# suspect's.
COMPANIONS: list[tuple[str, str, list[Any]]] = [
    ("The driver, Marta Berg, 41, fled on foot. Berg and a 16-year-old passenger were arrested.",
     ARRESTS, [2]),
    ("The driver, Marta Berg, 41, fled on foot. Berg and a 16-year-old passenger were arrested.",
     AGE, [41]),
    ("Police named the gunman as Dario Ferreira, 33. Ferreira, along with a 17-year-old "
     "accomplice, was detained in Kell.", AGE, [33]),
    ("Police named the gunman as Kofi Mensah, 28. Mensah and his cousin were later arrested.",
     ARRESTS, [2]),
    ("Jonas Okafor and a 15-year-old boy were arrested at the scene.", AGE, []),
    # a surname of no one named before: the count is the companion's phrase alone
    ("Witness Ana Ruiz saw the crash. A 19-year-old passenger was arrested.", ARRESTS, [1]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), COMPANIONS)
def test_a_companion_of_the_named_suspect(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Shares of one set sent to several places: the distribution's sum, whatever the move verb; a
# first destination's name may end in its town ("the General Hospital of Arlow").
HOSPITAL_SPLITS: list[tuple[str, str, list[Any]]] = [
    ("Of the injured, three were taken to Kell Health Complex and two, in critical condition, "
     "were referred to Marlow General Hospital.", HOSPITAL, [5]),
    ("Of the hurt, two were taken to Arlow Upazila Health Complex and one was referred to Kessel "
     "Medical College Hospital, said Dr Ann Poe, the health officer.", HOSPITAL, [3]),
    ("Eight of them were transferred to the General Hospital of Arlow and two to the Regional "
     "Hospital No. 4.", HOSPITAL, [10]),
    ("Among the hurt, four were admitted to St Ann's Hospital and one was transferred to the "
     "Kell Infirmary.", HOSPITAL, [5]),
    ("Three of the victims were admitted to Kell Hospital and one, with a head wound, was flown "
     "to the Marlow Infirmary.", HOSPITAL, [4]),
    ("Four were taken to the District Hospital of Arlow and one to the Kell Infirmary.",
     HOSPITAL, [5]),
    # a later move of some of those already there is no addition
    ("Five were admitted to Kell Hospital and two were later transferred to Marlow Hospital.",
     HOSPITAL, [5]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), HOSPITAL_SPLITS)
def test_a_distribution_across_hospitals_is_summed(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A role told bare before the name, as a title, in an arrest's object: one person held.
BARE_ROLES: list[tuple[str, str, list[Any]]] = [
    ("Police arrested kiln owner Tom Baker, 52, on Tuesday.", ARRESTS, [1]),
    ("Police detained bus driver Ravi Kumar at the scene.", ARRESTS, [1]),
    ("Officers arrested suspected gang leader Musa Bello in Kano.", ARRESTS, [1]),
    ("Detectives have arrested factory manager Li Wei.", ARRESTS, [1]),
    ("Gendarmes detained ferry captain Yves Morel (58) in the port.", ARRESTS, [1]),
    # a plural before the name, or no name: no one person by this rule
    ("Police arrested dozens of protesters Tuesday.", ARRESTS, [{"min": 24, "max": None}]),
    ("Police detained striking dock workers Monday.", ARRESTS, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), BARE_ROLES)
def test_a_bare_role_before_a_name_is_one_held(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
