"""Classes of casualty wording the blind casualty bank found missing (session 16), each tested with
invented sentences other than the bank's, and negatives that must keep their facts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL = "casualties.killed", "casualties.injured", "casualties.hospitalised"

# A hundred or a thousand with units after it: "one hundred and four", "two hundred fifty".
HUNDRED_AND: list[tuple[str, str, list[Any]]] = [
    ("Two hundred and thirty people were hurt in the crush.", INJURED, [230]),
    ("One hundred and six passengers were injured.", INJURED, [106]),
    ("The quake killed three hundred twenty people.", KILLED, [320]),
    ("A hundred and one people were taken to hospital.", HOSPITAL, [101]),
    # a round hundred keeps its value; "and" before another clause is no part of it
    ("A hundred people were hurt and two died.", INJURED, [100]),
    ("The blast killed a hundred and injured two.", KILLED, [100]),
]


@pytest.mark.parametrize(("text", "kind", "want"), HUNDRED_AND)
def test_hundred_and_units(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "Neither" as a zero subject: "neither driver was hurt", "neither of the men was injured".
NEITHER: list[tuple[str, str, list[Any]]] = [
    ("Two lorries collided. Neither driver was injured.", INJURED, [0]),
    ("Neither of the passengers was hurt.", INJURED, [0]),
    ("Neither pilot was killed.", KILLED, [0]),
    # a degree denied leaves the lightly hurt; "neither ... nor" stays a list
    ("Neither woman was seriously hurt.", INJURED, []),
    ("Neither the driver nor the cyclist was hurt.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), NEITHER)
def test_neither_is_zero(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "none" before a past verb is a zero subject too: "none needed hospital treatment".
NONE_BEFORE_A_VERB: list[tuple[str, str, list[Any]]] = [
    ("Six pupils were checked by paramedics; none needed hospital treatment.", HOSPITAL, [0]),
    ("None required hospitalisation, the ambulance service said.", HOSPITAL, [0]),
    # not a casualty verb: no zero
    ("Three cars were damaged but none caught fire.", HOSPITAL, []),
    ("Three cars were damaged but none caught fire.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), NONE_BEFORE_A_VERB)
def test_none_before_a_verb(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Wound verbs of the same class as "stabbed", "mauled": "maimed", "mutilated", "disfigured".
WOUND_VERBS: list[tuple[str, str, list[Any]]] = [
    ("Fourteen villagers were maimed by the landmine.", INJURED, [14]),
    ("The device maimed two soldiers.", INJURED, [2]),
    ("A shell hit the school, maiming six children.", INJURED, [6]),
    ("Three girls were disfigured in the acid attack.", INJURED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "want"), WOUND_VERBS)
def test_wound_verbs(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "fatally" before an active wounding verb is a killing; the wound verb's object is no injured.
FATALLY_ACTIVE: list[tuple[str, str, list[Any]]] = [
    ("A sniper fired from a rooftop, fatally wounding three people.", KILLED, [3]),
    ("The attacker ran through the market, fatally stabbing two men.", KILLED, [2]),
    ("The attacker ran through the market, fatally stabbing two men.", INJURED, []),
    ("The lorry mounted the kerb, fatally striking a pedestrian.", KILLED, [1]),
]


@pytest.mark.parametrize(("text", "kind", "want"), FATALLY_ACTIVE)
def test_fatally_active(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A share of a whole told in the phrase: "half of the 10 injured were taken to hospital".
SHARE_OF_A_TOLD_WHOLE: list[tuple[str, str, list[Any]]] = [
    ("Half of the 12 injured were taken to hospital.", HOSPITAL, [6]),
    ("A quarter of the 20 victims were taken to hospital.", HOSPITAL, [5]),
    ("Half of the 12 injured were taken to hospital.", INJURED, [12]),
    # the share of the count told before still works
    ("Eight people were hurt. Half of the injured were taken to hospital.", HOSPITAL, [4]),
]


@pytest.mark.parametrize(("text", "kind", "want"), SHARE_OF_A_TOLD_WHOLE)
def test_share_of_a_told_whole(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The hurt renamed by a total in an apposition: "The injured, 11 in all, were taken to X".
HURT_APPOSED: list[tuple[str, str, list[Any]]] = [
    ("The wounded, 23 in total, were rushed to the General Hospital.", INJURED, [23]),
    ("The wounded, 23 in total, were rushed to the General Hospital.", HOSPITAL, [23]),
    ("The injured - nine altogether - were flown to Kelby Infirmary.", INJURED, [9]),
    # the dead renamed so are no injured
    ("The dead, seven in all, were taken to the mortuary.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), HURT_APPOSED)
def test_hurt_apposed_total(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Wounds nursed at a hospital: the hurt are in hospital.
NURSING_AT_A_HOSPITAL: list[tuple[str, str, list[Any]]] = [
    ("Five miners are nursing burns at the county referral hospital.", HOSPITAL, [5]),
    ("Two boys are nursing their wounds at Garissa General Hospital.", HOSPITAL, [2]),
    ("Two boys are nursing their wounds at home.", HOSPITAL, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), NURSING_AT_A_HOSPITAL)
def test_nursing_at_a_hospital(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Taken to a place of any capitalised name "for treatment": a hospital by its own name.
TAKEN_FOR_TREATMENT: list[tuple[str, str, list[Any]]] = [
    ("Four victims were rushed to the Policlinico Umberto for treatment.", HOSPITAL, [4]),
    ("Two men were brought to Divine Mercy for medical attention.", HOSPITAL, [2]),
    ("Two men were taken to a nearby house for treatment.", HOSPITAL, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), TAKEN_FOR_TREATMENT)
def test_taken_for_treatment(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A share of a set counted by another verb, told with its wounds.
SHARE_WITH_INJURIES: list[tuple[str, str, list[Any]]] = [
    ("Firefighters led 30 residents out, five of them with burns.", INJURED, [5]),
    ("Lifeguards pulled eight swimmers from the water, two with cuts.", INJURED, [2]),
    # a share of patients: all of them were hurt, the share is no count of the hurt
    ("Six people were taken to hospital, two of them with burns.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), SHARE_WITH_INJURIES)
def test_share_with_injuries(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A state of some of those taken to hospital is a part of the hurt, not their count.
STATE_OF_THE_PATIENTS: list[tuple[str, str, list[Any]]] = [
    ("Nine people were taken to hospital, where three are in a serious condition.", INJURED, []),
    ("Nine people were taken to hospital. Three remain in a stable condition.", INJURED, []),
    # alone, the state stands for the hurt; a larger count of the hurt is kept
    ("Three people remain in a serious condition.", INJURED, [3]),
    ("Four people were taken to hospital and 20 were hurt.", INJURED, [20]),
    # a degree of harm is no state of patients: those lightly hurt are not all in hospital
    ("Three pupils suffered minor cuts and five were taken to hospital for checks.", INJURED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "want"), STATE_OF_THE_PATIENTS)
def test_state_of_the_patients(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Care given and ended in one breath, active: "treated and released five people".
TREATED_AND_RELEASED: list[tuple[str, str, list[Any]]] = [
    ("Paramedics treated and discharged seven people at the roadside.", INJURED, [7]),
    ("Crews treated and released two firefighters.", INJURED, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), TREATED_AND_RELEASED)
def test_treated_and_released(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A personal pronoun opening a list of the hurt is one of them: "He and two others were hurt".
PRONOUN_IN_A_LIST: list[tuple[str, str, list[Any]]] = [
    ("She and two friends were taken to hospital.", HOSPITAL, [3]),
    ("Police said he and his brother were injured.", INJURED, [2]),
    ("He and three others died at the scene.", KILLED, [4]),
    # a pronoun that reports: no part of the list
    ("He said two men and a woman were hurt.", INJURED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "want"), PRONOUN_IN_A_LIST)
def test_pronoun_in_a_list(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A clause before "and" is no part of a list: "Two vans collided and four people were hurt".
CLAUSE_BEFORE_AND: list[tuple[str, str, list[Any]]] = [
    ("Two vans collided and four people were hurt.", INJURED, [4]),
    ("Three cars crashed, and two people were killed.", KILLED, [2]),
    ("A tanker overturned and five people were taken to hospital.", HOSPITAL, [5]),
    # a part whose head is a person stays a part
    ("Two officers and a medic were hurt.", INJURED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "want"), CLAUSE_BEFORE_AND)
def test_clause_before_and(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A plural head whose singular ends otherwise ("lorries", "ferries") reads without failing.
def test_vehicle_plural_in_y_reads() -> None:
    assert values("Two lorries collided and a driver was hurt.", INJURED) == [1]


# The hurt's own toll: "the injury toll rose to 35" counts the hurt, not the dead.
INJURY_TOLL: list[tuple[str, str, list[Any]]] = [
    ("The injury toll climbed to 41 overnight.", INJURED, [41]),
    ("The injury toll climbed to 41 overnight.", KILLED, []),
    ("The toll of the wounded has risen to 60.", INJURED, [60]),
    ("The toll from the blast rose to nine.", KILLED, [9]),
]


@pytest.mark.parametrize(("text", "kind", "want"), INJURY_TOLL)
def test_injury_toll(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "admitted" with the condition a patient is in: a hospital admission.
ADMITTED_IN_A_CONDITION: list[tuple[str, str, list[Any]]] = [
    ("Three workers were admitted in a serious condition.", HOSPITAL, [3]),
    ("Two children were admitted in critical but stable condition.", HOSPITAL, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), ADMITTED_IN_A_CONDITION)
def test_admitted_in_a_condition(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Company told after the verb phrase adds its people: "..., along with two passengers".
COMPANY_AFTER: list[tuple[str, str, list[Any]]] = [
    ("The pilot was flown to hospital, along with three crew members.", HOSPITAL, [4]),
    ("A cyclist was hurt together with a pedestrian.", INJURED, [2]),
    ("Two climbers died along with their guide.", KILLED, [3]),
    # people without a number are no count to add
    ("Three people were injured along with police.", INJURED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "want"), COMPANY_AFTER)
def test_company_after(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
