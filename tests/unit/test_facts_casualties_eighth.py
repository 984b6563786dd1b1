"""Casualty wordings authored-pairs-8 showed missing or misread, each as a class of English with
invented sentences (none from a dev, check, real or authored report) and negatives that must keep
their facts: a counted subject renamed by "namely" before its verb, a plural acronym of people as
the head, named people listed with their home towns, named people and others' counts that are
parts of a larger toll, a death told as the Nth fatality of a running toll, and a "number of
<people> killed" tally with a long place phrase and the deaths that raised it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import _extract, values

KILLED, INJURED, HOSPITAL = "casualties.killed", "casualties.injured", "casualties.hospitalised"

# A counted subject renamed by its parts after "namely" (or "i.e.", "specifically"), the verb after.
NAMELY: list[tuple[str, str, list[Any]]] = [
    ("Three (3) miners, namely two brothers and their cousin, died underground.", KILLED, [3]),
    ("Two pupils, namely a boy and a girl, were killed when the wall fell.", KILLED, [2]),
    ("Five workers, namely three welders and two painters, were injured in the blast.",
     INJURED, [5]),
    ("Six fishermen, specifically four men and two boys, drowned off the point.", KILLED, [6]),
    # the list alone is not read as a second subject
    ("Two guards, namely Ana Ruiz and Tom Bell, were hurt.", INJURED, [2]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), NAMELY)
def test_a_subject_renamed_by_namely(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A plural acronym of people is a head like any noun of people ("PDLs", "OFWs", "IDPs", "EMTs"),
# not one of things ("SUVs", "HGVs").
ACRONYMS: list[tuple[str, str, list[Any]]] = [
    ("Four (4) PDLs lost their lives in the riot.", KILLED, [4]),
    ("Three OFWs died when the dormitory caught fire.", KILLED, [3]),
    ("Two IDPs were killed in the shelling of the camp.", KILLED, [2]),
    ("Seven EMTs were injured when the ambulance overturned.", INJURED, [7]),
    ("Nine (9) PUVs were damaged in the flood and no one was hurt.", KILLED, []),
    ("Two SUVs were destroyed, but nobody was killed.", KILLED, [0]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ACRONYMS)
def test_a_plural_acronym_of_people_is_a_head(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Named people listed with their ages and home towns ("of Ballina, Co Mayo", "from Leeds").
NAMED_TOWNS: list[tuple[str, str, list[Any]]] = [
    ("Tom Hale (47), of Ballina, and Ann Reed (38), of Westport, died in the fire.", KILLED, [2]),
    ("Tom Hale, 47, of Ballina, Co Mayo, and Ann Reed, 38, of Westport, were killed.",
     KILLED, [2]),
    ("Joe Park (52), from Derby, and Lia Ross (19), from Crewe, lost their lives in the crash.",
     KILLED, [2]),
    ("Sam Cole, 33, of Fenwick, and Ben Ure, 61, of Marlow, were injured.", INJURED, [2]),
    ("Tom Hale (47), of Ballina, Co Mayo, and Ann Reed (38), of Castlebar, Co Mayo, lost their "
     "lives in the fire.", KILLED, [2]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), NAMED_TOWNS)
def test_named_people_with_home_towns(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Named people, or "N others" and those "treated and released", beside a larger count of their
# kind in the same report are some of its people, not a count of their own.
PARTS: list[tuple[str, str, list[Any]]] = [
    ("The toll rose to three on Monday. Mia Lund, 30, and Ed Saye, 58, were killed at the scene.",
     KILLED, [3]),
    ("A third man has died in hospital. Ray Moss and Jon Tait died on Saturday night.",
     KILLED, [3]),
    ("Ten passengers were injured. The hospital admitted three of them. Seven others were treated "
     "and released.", INJURED, [10]),
    ("Twelve people were hurt in the pile-up. Eight were treated at the scene and discharged.",
     INJURED, [12]),
    # people brought in by an indefinite phrase that describes them are some of the toll
    ("The toll rose to four on Sunday. A young couple from Elm Bay died when their car sank.",
     KILLED, [4]),
    ("Nine people were hurt. A mother and her two sons were injured as they crossed the road.",
     INJURED, [9]),
    ("A dozen people were hurt. A spokesman later said 16 people were injured.",
     INJURED, [12, 16]),
    # alone, the named people are the toll
    ("Mia Lund, 30, and Ed Saye, 58, were killed at the scene.", KILLED, [2]),
    ("A young couple from Elm Bay died when their car sank.", KILLED, [2]),
    # "N others" with no larger count is a count of its own
    ("Two people died and seven others were treated for burns.", INJURED, [7]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), PARTS)
def test_parts_of_a_larger_count(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A death told by its place in a running toll after the clause that tells it: "making him the
# first fatality", "which made her the third victim".
NTH_FATALITY: list[tuple[str, str, list[Any]]] = [
    ("A cyclist hurt in the crash died on Sunday, making him the first fatality of the crash.",
     KILLED, [1]),
    ("The woman died in hospital overnight, making her the third victim of the attack.",
     KILLED, [3]),
    ("A boy pulled from the river died on Friday, which makes him the second death in the "
     "flooding.", KILLED, [2]),
    # a tally of other events over a period is no toll of this one
    ("A rider died on the bend, making him the fourth fatality on the road this year.",
     KILLED, [1]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), NTH_FATALITY)
def test_the_nth_fatality_is_the_running_toll(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "The number of <people> killed" with a long phrase placing it, and the deaths that raised it.
NUMBER_OF_KILLED: list[tuple[str, str, list[Any]]] = [
    ("The number of miners killed in Monday's blast at the Kelby pit rose to seven overnight.",
     KILLED, [7]),
    ("The number of children dead after the school roof fell in Marlow has risen to four.",
     KILLED, [4]),
    ("The number of workers killed at the dye works rose to six after two men died of burns.",
     KILLED, [6]),
    ("The toll rose to nine after three more passengers died in hospital.", KILLED, [9]),
    # a count of people of another kind, or a yearly tally, is not the toll
    ("The number of cyclists killed on the county's roads rose to 14 this year.", KILLED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), NUMBER_OF_KILLED)
def test_a_number_of_people_killed(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


def test_the_nth_fatality_is_in_the_evidence() -> None:
    facts = _extract("A rider hurt in the crash died on Sunday, making him the first fatality.")[0]
    told = [f.text for f in facts if f.kind == KILLED]
    assert len(told) == 1 and told[0].endswith("making him the first fatality"), told
