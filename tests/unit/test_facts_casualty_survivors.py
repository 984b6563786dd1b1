"""Casualty counts told around the dead and the rest: the survivors of a set after its dead ("the
other three were hurt"), a rest told behind an inclusion, the victims of a wounding verb, tolls
told as a number of deaths, and the dead named with a particle in their name.

Every sentence here was written for these tests (none comes from a dev, check or real report): each
row is one class of wording, with nouns and verbs the rules keep no list of.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.facts import extract
from incident_reader.core.model import DctSource, Fact, Report

KILLED, INJURED = "casualties.killed", "casualties.injured"
HOSPITALISED = "casualties.hospitalised"


def _facts(text: str) -> list[Fact]:
    report = Report("r", Path("r.txt"), "", text, "2024-06-15", DctSource.HEADER, "0")
    return list(extract(report, "2024-06-15", ()).facts)


def values(text: str, kind: str) -> list[Any]:
    return [f.value for f in _facts(text) if f.kind == kind]


SURVIVORS = [
    # the rest of a set after its dead, in the same sentence, are all the hurt
    ("The skipper drowned and the other four crewmen were badly hurt.", INJURED, [4]),
    ("The skipper drowned and the other four crewmen were badly hurt.", KILLED, [1]),
    (
        "The driver and a passenger were fatally injured, and the remaining two passengers "
        "suffered serious injuries.",
        INJURED,
        [2],
    ),
    ("One climber died while the other three were flown to hospital.", HOSPITALISED, [3]),
    ("A labourer was killed on the spot and the other two were wounded.", INJURED, [2]),
    # the rest of the hurt themselves stay a part of the hurt's count
    ("Six people were hurt. The other two were treated for cuts.", INJURED, [6]),
    # a rest behind an inclusion is still a rest
    (
        "A pensioner died in hospital. The other six victims, including a toddler, suffered "
        "cuts and bruises.",
        INJURED,
        [],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), SURVIVORS)
def test_the_rest_after_the_dead(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Five pupils were hurt; one was badly injured and the other four were treated.", 4),
        ("Nine fans were hurt, one of them seriously, and the remaining eight were treated.", 8),
    ],
)
def test_the_rest_of_the_hurt_is_no_total(text: str, part: int) -> None:
    assert part not in values(text, INJURED)


TOLLS_AND_NAMES = [
    # a running tally of deaths told as confirmed, known or reported
    ("Divers found two more miners, taking the number of confirmed deaths to nine.", [9]),
    ("The number of known fatalities has risen to 23, officials said.", [23]),
    # the deaths of a share of a set: the share is the toll
    ("The guild mourns the deaths of three of its drivers in Monday's crash.", [3]),
    ("An inquiry will look into the deaths of two of the crew.", [2]),
    # a surname with a lower-case particle names one person who died
    ("Anouk van der Berg, 52, died of her injuries in hospital.", [1]),
    ("Luis de la Cruz died at the scene of the crash.", [1]),
    ("Karim bin Yusof, 19, died after the boat overturned.", [1]),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS_AND_NAMES)
def test_tolls_and_named_dead(text: str, expected: list[Any]) -> None:
    assert values(text, KILLED) == expected


WOUNDING_VERBS = [
    # the counted victims of a wounding verb are the hurt
    ("A man with a screwdriver stabbed three shoppers at random on Saturday.", [3]),
    ("The attacker slashed two commuters before fleeing on foot.", [2]),
    ("A gunman shot five people outside the club.", [5]),
    # not when the sentence tells of deaths, nor a thing shot
    ("A gunman shot three people dead outside the club.", []),
    ("He stabbed two people, killing one of them.", []),
    ("The soldiers shot 30 rounds into the air.", []),
]


@pytest.mark.parametrize(("text", "expected"), WOUNDING_VERBS)
def test_victims_of_a_wounding_verb(text: str, expected: list[Any]) -> None:
    assert values(text, INJURED) == expected


OTHERS_IN_HOSPITAL = [
    # the rest after the dead, told of as cared for where one of them died: all the hurt
    (
        "Raiders shot dead three guards and wounded six others. One guard died on the spot; the "
        "other two passed away at the Mission Hospital, where the others are being treated.",
        [6],
    ),
    (
        "A lorry hit the minibus, injuring nine people. The driver died in the cab and the rest "
        "were rushed to the county hospital.",
        [9],
    ),
    # the rest after a part of the hurt are no hospital count of all of them
    (
        "Seven people were hurt in the fire. One was treated at the scene. The others were taken "
        "to the county hospital.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHERS_IN_HOSPITAL)
def test_the_others_in_hospital_after_the_dead(text: str, expected: list[Any]) -> None:
    assert values(text, HOSPITALISED) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a number after "aged" is an age, whatever clause follows it
        ("Among the patients is a girl, aged nine, who suffered burns to her arms.", INJURED),
        ("A man, aged 64, who was found in the cab, was flown to hospital.", HOSPITALISED),
    ],
)
def test_a_number_after_aged_is_no_count(text: str, kind: str) -> None:
    assert not [v for v in values(text, kind) if v not in (1,)]


TOLD_BY_THE_INJURY = [
    # injuries the hurt reported themselves; an official's report of them counts nobody
    ("Three cyclists reported minor injuries after the pile-up.", INJURED, [3]),
    ("The driver reported minor injuries.", INJURED, [1]),
    ("A spokeswoman reported minor injuries.", INJURED, []),
    # one person's grade in hospital, told by a pronoun, is the hurt's (a later state of those in
    # hospital is no count of those taken there: session 27)
    (
        "A woman was hit by a bus on Monday. She remains in a serious condition in hospital.",
        HOSPITALISED,
        [],
    ),
    (
        "A woman was hit by a bus on Monday. She remains in a serious condition in hospital.",
        INJURED,
        [1],
    ),
    ("The doctor said he was in Westgate Hospital at the time.", HOSPITALISED, []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), TOLD_BY_THE_INJURY)
def test_the_hurt_told_by_their_injury(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person taken to a hospital where she died: the stay of the dead, no patient count
        (
            "The pensioner was carried out by firefighters and taken to Eastgate Hospital, where "
            "she died on Friday.",
            [],
        ),
        ("A cyclist was flown to hospital, where he later died.", []),
        # the others taken there still count
        (
            "A cyclist was flown to hospital, where he later died. Two walkers were also taken to "
            "hospital.",
            [2],
        ),
    ],
)
def test_the_hospital_stay_of_one_who_died(text: str, expected: list[Any]) -> None:
    assert values(text, HOSPITALISED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those still in a hospital's unit later are a part of those it took in
        (
            "The trauma centre took in 14 patients. By Monday four remained in a serious "
            "condition in its intensive care unit.",
            [14],
        ),
        # the one statement of a hospital stay, a later state, counts none taken there
        (
            "A bus hit a wall. Two passengers remain in a critical condition in the intensive "
            "care unit.",
            [],
        ),
    ],
)
def test_those_still_in_a_care_unit(text: str, expected: list[Any]) -> None:
    assert values(text, HOSPITALISED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # symptoms suffered are harm; the counted may say whose they are with "of"
        ("Nine dockers suffered symptoms of ammonia exposure.", [9]),
        ("Dozens of tenants of the tower block suffered burns.", [{"min": 24, "max": None}]),
        ("Four members of staff complained of symptoms after the spill.", [4]),
        ("Doctors described the symptoms to reporters.", []),
    ],
)
def test_symptoms_and_whose_people(text: str, expected: list[Any]) -> None:
    assert values(text, INJURED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of wound some of the hurt had, told after their count, is a part of it
        (
            "Six climbers were hurt in the rockfall. Two suffered broken bones and were flown out.",
            [6],
        ),
        ("Nine workers were injured. Three had burns to their hands.", [9]),
        # alone it is the count
        ("Four firefighters suffered burns in the blaze.", [4]),
    ],
)
def test_a_kind_of_wound_after_the_count_is_a_part(text: str, expected: list[Any]) -> None:
    assert values(text, INJURED) == expected
