"""Harm told in the passive on one person and other casualty structures the rules did not reach:
a coordinated participle of harm, a wound told as survived (a part of the body, a manner, a
condition), a blow on a part of the body, a hospital by its name, more people of the same kind
across sentences, and "casualties included". Invented sentences, several wordings of each, with
negatives that must give no fact (or no fact of that kind)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
)

# A first participle that shares the auxiliary with the kind's verb after "and": the irregular
# participles of harm ("shot", "hit", "struck", "cut") too.
COORDINATED_HARM: list[tuple[str, str, list[Any]]] = [
    ("A man was shot and wounded.", INJURED, [1]),
    ("A teenage boy was stabbed and seriously injured on Friday.", INJURED, [1]),
    ("Two cyclists were hit and hurt by a reversing van.", INJURED, [2]),
    ("A pensioner was shot and killed outside his home.", KILLED, [1]),
    ("A jogger was struck and killed by a lorry.", KILLED, [1]),
    ("The passenger was cut free and flown to hospital by air ambulance.", HOSPITAL, [1]),
    # a death told so is no injury
    ("A pensioner was shot and killed outside his home.", INJURED, []),
    ("A jogger was struck and killed by a lorry.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), COORDINATED_HARM)
def test_coordinated_participle_of_harm(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# One person with a wound verb counts as hurt when the wound is told as survived: where it landed,
# how often, or the condition after it; never beside a death, a miss or a film.
SURVIVED_WOUND: list[tuple[str, str, list[Any]]] = [
    ("A teenager was shot in the arm.", INJURED, [1]),
    ("A woman was stabbed in her left leg outside a shop on Monday.", INJURED, [1]),
    ("He was slashed across the face during the row.", INJURED, [1]),
    ("The victim was stabbed several times and is in a critical condition.", INJURED, [1]),
    ("A man was shot twice, police said.", INJURED, [1]),
    ("The courier was knifed repeatedly by two men.", INJURED, [1]),
    ("A delivery rider was stabbed and remains in a serious condition.", INJURED, [1]),
    # the body-part table (predicates._BODY) reaches the trunk and the face
    ("A man in his 30s was stabbed in the stomach.", INJURED, [1]),
    ("A courier was shot in the abdomen outside the depot.", INJURED, [1]),
    ("A boy was punched in the mouth by an older pupil.", INJURED, [1]),
    ("She was stabbed in the upper body.", INJURED, [1]),
    # deaths, a miss, a film, a wound alone
    ("A man was stabbed several times and later died.", INJURED, []),
    ("A man was shot in the head and died at the scene.", INJURED, []),
    ("A man was stabbed in the chest and was pronounced dead in hospital.", INJURED, []),
    ("A man was shot at in the arcade.", INJURED, []),
    ("The final scene was shot in the garden of the house.", INJURED, []),
    ("A man was stabbed.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), SURVIVED_WOUND)
def test_wound_told_as_survived(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A blow that wounds told with the part of the body it landed on.
BLOW_ON_BODY: list[tuple[str, str, list[Any]]] = [
    ("A woman was punched in the face.", INJURED, [1]),
    ("A bar worker was kicked about the head by a customer.", INJURED, [1]),
    ("Two boys were bitten on the hand by a loose dog.", INJURED, [2]),
    ("A walker was struck on the head by a falling branch.", INJURED, [1]),
    (
        "A man was stabbed in the leg and a woman was punched in the face during the fight.",
        INJURED,
        [2],
    ),
    # a blow to a thing, or a blow without a wound told
    ("The ball was kicked into the net.", INJURED, []),
    ("The door was kicked in by officers.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), BLOW_ON_BODY)
def test_blow_on_a_part_of_the_body(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A hospital by its name alone after a medical move with the wound, and a person in a hospital
# named in capitals after a verb of being; a thing or an event there is no patient, a walk-in
# clinic no hospital.
HOSPITAL_BY_NAME: list[tuple[str, str, list[Any]]] = [
    ("A 45-year-old woman was rushed to St Anne's with burns to her arms.", HOSPITAL, [1]),
    ("A 45-year-old woman was rushed to St Anne's with burns to her arms.", INJURED, [1]),
    ("A man was rushed to St Brede's with a head injury.", HOSPITAL, [1]),
    ("Two men were flown to Marrow General with serious burns.", HOSPITAL, [2]),
    (
        "The victim is in Kelton General Hospital in a stable condition after the stabbing.",
        HOSPITAL,
        [1],
    ),
    ("A girl is in St Oriel's Hospital.", HOSPITAL, [1]),
    ("Three climbers were in Dunmore Royal Infirmary last night.", HOSPITAL, [3]),
    ("The fire was in Marlow Hospital.", HOSPITAL, []),
    ("The meeting was in the Royal Infirmary.", HOSPITAL, []),
    ("He was in the hospital car park.", HOSPITAL, []),
    ("The firm flew its staff to Brussels with burns kits.", HOSPITAL, []),
    ("Two men were taken to hospital. A third man later went to a walk-in clinic.", HOSPITAL, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), HOSPITAL_BY_NAME)
def test_hospital_by_its_name(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# People of the same kind in successive sentences, marked as more ("also", "another", "a second")
# add up; a pronoun's "also" may tell the same person again.
ALSO_MORE: list[tuple[str, str, list[Any]]] = [
    (
        "The driver of the van was taken to hospital. "
        "His passenger was also taken to hospital with minor injuries.",
        HOSPITAL,
        [2],
    ),
    ("A woman was taken to hospital. A second woman was flown to hospital later.", HOSPITAL, [2]),
    # the first count stays beside the sum (as with "N others", totals._others_added)
    ("Two boys were taken to hospital. Their father was also taken to hospital.", HOSPITAL, [2, 3]),
    ("A cyclist was injured on the bridge. A pedestrian was also hurt.", INJURED, [2]),
    (
        "The driver was taken to hospital. He was also taken to hospital last year.",
        HOSPITAL,
        [1, 1],
    ),
    ("Two people were taken to hospital. They were also treated for shock.", HOSPITAL, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), ALSO_MORE)
def test_more_of_the_same_kind_add_up(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "Casualties included ..." lists some of the hurt where the sentence tells no death.
CASUALTIES_INCLUDED: list[tuple[str, str, list[Any]]] = [
    ("Casualties included three schoolchildren.", INJURED, [{"min": 3, "max": None}]),
    ("The casualties include two firefighters and a nurse.", INJURED, [{"min": 3, "max": None}]),
    ("Those casualties included a bus driver.", INJURED, [{"min": 1, "max": None}]),
    ("Casualties included three dead children.", INJURED, []),
    ("Civilian casualties included women.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), CASUALTIES_INCLUDED)
def test_casualties_included(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A count still in hospital is the later state, never the number taken there: beside a count of
# those taken it gives way, and alone it counts no one (the report's README and the casualty bank:
# "a count of people still in hospital later is not the number taken to hospital").
STILL_IN_HOSPITAL: list[tuple[str, str, list[Any]]] = [
    ("The driver remains in hospital after the crash.", HOSPITAL, []),
    ("The rider of the motorbike remains in hospital.", HOSPITAL, []),
    ("Two men remained in hospital on Sunday.", HOSPITAL, []),
    ("The victim remains in Kelton General Hospital.", HOSPITAL, []),
    ("The four wounded remain in hospital.", HOSPITAL, []),
    ("Three people hurt in the attack are still in hospital.", HOSPITAL, []),
    ("The girl remains warded.", HOSPITAL, []),
    ("Five people were taken to hospital. Two remain in hospital.", HOSPITAL, [5]),
    ("Four people were taken to hospital. The driver remains in hospital.", HOSPITAL, [4]),
    ("The case remains in court.", HOSPITAL, []),
    # (the state told after the count's own predicate: that predicate counts them)
    ("Three others were injured and remain admitted at Kelton General Hospital.", HOSPITAL, [3]),
    ("He was taken by ambulance to hospital, where he remains.", HOSPITAL, [1]),
]


@pytest.mark.parametrize(("text", "kind", "want"), STILL_IN_HOSPITAL)
def test_still_in_hospital(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


def test_still_in_hospital_under_a_larger_count_of_the_hurt() -> None:
    # those still there are a later part of the hurt: the number taken there is not told
    assert values("Five people were hurt. Two remain in hospital.", HOSPITAL) == []
    assert values("A man was hurt. He remains in hospital.", HOSPITAL) == []


# Meaning-preserving edits of sentences that work must keep their fact (metamorphic check, session
# 10): a fronted time or place before a count in digits (no age after a name), a time inside the
# verb group of an elided subject, an object counted by "a dozen" or "both of".
EDITED_KEEPS_FACT: list[tuple[str, str, list[Any]]] = [
    ("On Monday, 14 elementary school students were injured.", INJURED, [14]),
    ("In Kelby, 19 people were injured.", INJURED, [19]),
    ("At Dunmore Station, 6 passengers were taken to hospital.", HOSPITAL, [6]),
    ("On Friday, 3 others were killed.", KILLED, [3]),
    ("Liam Castell, 31, died at the scene.", KILLED, [1]),  # an age between commas stays one
    ("He was on Monday rushed to hospital.", HOSPITAL, [1]),
    ("The cyclist fell and was last night taken to hospital.", HOSPITAL, [1]),
    ("She was shot by a gunman and taken to hospital.", HOSPITAL, [1]),
    ("The crash injured a dozen people.", INJURED, [12]),
    ("The blast killed two hundred workers.", KILLED, [200]),
    ("The crash injured both of his passengers.", INJURED, [2]),
    ("The explosion killed both of them.", KILLED, [2]),
    # a fronted time or place in capitals is no forename in a list of parts
    ("On Monday, a woman and two children have been taken to hospital.", HOSPITAL, [3]),
    ("In Kelby, a woman and two children were hurt.", INJURED, [3]),
    ("At Dunmore, three boys and a woman were treated at the scene.", INJURED, [4]),
    ("Grace Okafor and two children were hurt.", INJURED, [3]),
    # a participle of harm closing the clause after a fronted phrase or "police said"
    (
        "On Monday, four residents tied sheets together and jumped to the balcony, in the "
        "process sustaining injuries.",
        INJURED,
        [4],
    ),
    (
        "Police said four residents tied sheets together and jumped to the balcony, sustaining "
        "injuries.",
        INJURED,
        [4],
    ),
    # a count with its own of-phrase after a fronted time is no age after a name
    ("On Monday, all 10 of the passengers were taken to hospital.", HOSPITAL, [10]),
    ("In Kelby, 4 of the climbers were hurt.", INJURED, [4]),
    # "also" or a time inside the second predicate's verb group
    ("Two men suffered injuries and were also taken to hospital.", HOSPITAL, [2]),
    ("Three pupils suffered burns and were on Friday taken to hospital.", HOSPITAL, [3]),
    # a second participle of the same people before the wound: the hospitalised were hurt
    ("Four people were taken to hospital and later discharged with minor injuries.", INJURED, [4]),
    ("A woman was taken to hospital and released with cuts and bruises.", INJURED, [1]),
    ("Two men were taken to hospital and treated with antibiotics.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), EDITED_KEEPS_FACT)
def test_edited_sentence_keeps_its_fact(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
    assert values("A bomb injured 15 people. At least eight remained in hospital.", HOSPITAL) == []
