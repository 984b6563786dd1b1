"""The people of the incident, session 28: a harm participle whose result ends it ("shot dead as
he ran", "beaten to death in his shop") is a victim's passive; a hospital admission told by what
the patient came in with or in ("admitted with head injuries") confesses nothing; a place told by
its kind after "of" ("a resident of the same village") is the held person's apposition; a custody
verb that ends its own phrase counts no measure after it ("was detained later on Sunday"); one
picked up by rescuers or from the water is no arrest. Invented sentences (none from a dev, check,
real or authored report), and near-miss negatives."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

# A harm participle with its result and no object after: the person it is told of is its victim.
RESULT_PASSIVE: list[tuple[str, str, list[Any]]] = [
    ("Among the deceased is the headman of the village, aged 58, shot dead as he ran for help.",
     AGE, []),
    ("The shopkeeper, 61, stabbed to death in his store, was buried on Friday.", AGE, []),
    ("Mr Okafor, 52, beaten to death by a mob, was laid to rest.", AGE, []),
    ("A herder, 40, hacked to death at dawn, was found by his brother.", AGE, []),
    # the doer's active verb with its object after the result stays the doer's
    ("The gunman, 34, shot dead two guards before fleeing.", AGE, [34]),
    ("Police said Dario Kell, 29, stabbed his neighbour in the chest.", NAME, ["dario kell"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), RESULT_PASSIVE)
def test_harm_result_without_object_is_victim(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A patient's admission told by what they came in with or in: no confession.
ADMITTED: list[tuple[str, str, list[Any]]] = [
    ("A man of 45, admitted with head injuries, died on Monday night.", AGE, []),
    ("The pedestrian, 72, admitted in a critical condition, died later.", AGE, []),
    ("The cyclist, aged 30, admitted overnight for observation, went home on Tuesday.", AGE, []),
    ("A woman of 66, admitted for surgery on her legs, remains in the ward.", AGE, []),
    # a confession keeps its speaker the suspect
    ("The driver, 45, admitted careless driving at the county court.", AGE, [45]),
    ("The owner, 50, admitted to police that the exits were locked.", AGE, [50]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ADMITTED)
def test_admitted_with_condition_is_patient(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A place told by its kind after "of", then the custody verb (a time may follow the verb).
OF_PLACE_KIND: list[tuple[str, str, list[Any]]] = [
    ("A 34-year-old resident of the same village was detained later on Sunday.", AGE, [34]),
    ("A 34-year-old resident of the same village was detained later on Sunday.", ARRESTS, [1]),
    ("A 52-year-old farmer of a neighbouring district was arrested on Tuesday.", AGE, [52]),
    ("A 40-year-old resident of the same town, who had quarrelled with the family, was detained.",
     AGE, [40]),
    # told without a custody step, a resident is a witness or a casualty
    ("A 47-year-old resident of the estate said she heard screams.", AGE, []),
    ("A 60-year-old resident of the village died in the blaze.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), OF_PLACE_KIND)
def test_of_place_kind_apposition(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A custody verb that ends its own phrase, then a time's adverb: the subject held.
VERB_THEN_LATER: list[tuple[str, str, list[Any]]] = [
    ("A 19-year-old woman was taken into custody later that night.", ARRESTS, [1]),
    ("The two brothers were arrested hours later at a checkpoint.", ARRESTS, [2]),
    ("The suspect was detained three days later in the capital.", ARRESTS, [1]),
    ("A 23-year-old man was apprehended later on Friday near the border.", ARRESTS, [1]),
    # a count after the verb still measures: the subject held is one
    ("He was arrested two streets away.", ARRESTS, [1]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), VERB_THEN_LATER)
def test_custody_verb_then_later(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Picked up by rescuers, a boat or an ambulance, or from the water: a rescue, not an arrest.
PICKED_UP: list[tuple[str, str, list[Any]]] = [
    ("Two passengers swam to a sandbank and were picked up by a fishing canoe.", ARRESTS, []),
    ("Three fishermen were picked up by a passing trawler after six hours.", ARRESTS, []),
    ("Four survivors were picked up from the sea by navy divers.", ARRESTS, []),
    ("The boy was picked up by an ambulance at 4pm.", ARRESTS, []),
    # by captors, or with no agent, it is an arrest
    ("Two suspects were picked up by police at a lodge outside town.", ARRESTS, [2]),
    ("Three men were picked up on Tuesday in connection with the robbery.", ARRESTS, [3]),
    ("Two were picked up by detectives from their homes.", ARRESTS, [2]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), PICKED_UP)
def test_picked_up_rescue_is_no_arrest(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Custody told as the captors' hands: a count, a person's noun or a name held; a case, a matter
# or a fate in anyone's hands holds nobody.
IN_HANDS: list[tuple[str, str, list[Any]]] = [
    ("Three suspects are now in the hands of the gendarmerie.", ARRESTS, [3]),
    ("Both men are now in the hands of the police.", ARRESTS, [2]),
    ("The driver remains in the hands of the authorities.", ARRESTS, [1]),
    ("Kofi Mensah, 31, is in police hands.", ARRESTS, [1]),
    ("The alleged ringleader, Tiko Rasoa, 29, is now in the hands of the gendarmerie.", NAME,
     ["tiko rasoa"]),
    ("The matter is now in the hands of the police.", ARRESTS, []),
    ("The investigation is in the hands of detectives from the capital.", ARRESTS, []),
    ("The fate of the village is in the hands of the gods.", ARRESTS, []),
    ("The case is in the hands of police.", ARRESTS, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), IN_HANDS)
def test_in_the_hands_of_captors(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# One of a held count told after it by "including" or "among them": one of those held.
HELD_INCLUDING: list[tuple[str, str, list[Any]]] = [
    ("Two suspects were apprehended, including a man in his thirties said to lead the gang.", AGE,
     [{"min": 30, "max": 39}]),
    ("Four people have been detained, among them the bus driver, Kamau Njoroge, 41.", NAME,
     ["kamau njoroge"]),
    ("Three men were arrested on Sunday, including a 22-year-old from the village.", AGE, [22]),
    # a count of casualties, or a new clause's own count, is no held count
    ("Five people were killed, including a 12-year-old boy.", AGE, []),
    ("Two suspects were arrested and several people were injured, including a 70-year-old woman.",
     AGE, []),
    ("Two suspects were arrested while nine were hurt, including a 70-year-old woman.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), HELD_INCLUDING)
def test_one_of_held_count_by_including(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A role apposed with its own relative clause after it, before the custody verb.
ROLE_WITH_RELATIVE: list[tuple[str, str, list[Any]]] = [
    ("The site foreman, Piet Van Rooyen, a contractor in his forties who had been hired by the "
     "municipality last spring, was arrested on Friday.", NAME, ["piet van rooyen"]),
    ("The organiser, Ama Kouassi Yao, a trader in her fifties who chairs the women's association "
     '"Mains Unies du Marché", was taken in for questioning.', NAME, ["ama kouassi yao"]),
    # a casualty's apposition keeps her a casualty
    ("The victim, Anna Roos, a teacher in her thirties who had lived in the town for a decade, "
     "died at the scene.", NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ROLE_WITH_RELATIVE)
def test_role_apposition_with_relative(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Companions told after the verb and its agent, place or time; a name opening with initials in a
# list of those held; things taken along are no companions.
COMPANIONS: list[tuple[str, str, list[Any]]] = [
    ("The organiser was taken in for questioning by the gendarmerie together with two of his "
     "collaborators.", ARRESTS, [3]),
    ("The boat's owner was detained at the port along with the ship's cook.", ARRESTS, [2]),
    ("The landlord was arrested on Monday together with his two sons.", ARRESTS, [3]),
    ("The owner of the bar, who had told reporters on Friday that the exits were never locked, "
     "was arrested on Saturday along with his manager.", ARRESTS, [2]),
    ("Police detained the director of the plant, B. Rakhimov, 53, and its chief engineer.",
     ARRESTS, [2]),
    ("Gendarmes arrested the site manager, K. D. Traore, and his deputy.", ARRESTS, [2]),
    ("Officers arrested A.B. Mensah and his driver at a checkpoint.", ARRESTS, [2]),
    ("Police detained the owner, B. Rakhimov, 53, at his home.", ARRESTS, [1]),
    ("The suspect was arrested along with a large quantity of ammunition.", ARRESTS, [1]),
    ("The driver was arrested at the scene together with his car.", ARRESTS, [1]),
    ("The owner was arrested on Saturday along with a large sum of cash.", ARRESTS, [1]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), COMPANIONS)
def test_companions_and_initials(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# One held told as an addition to another held before is no suspect of the report.
IN_ADDITION: list[tuple[str, str, list[Any]]] = [
    ("Police have now arrested the bar's manager, a 31-year-old woman, in addition to the owner.",
     AGE, []),
    ("Detectives detained Lena Marsh, 40, besides the driver of the van.", NAME, []),
    ("Police arrested the bar's manager, a 31-year-old woman, in connection with the fire.", AGE,
     [31]),
    ("Police arrested the bar's manager, a 31-year-old woman, in addition to seizing the CCTV "
     "recorder.", AGE, [31]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), IN_ADDITION)
def test_held_in_addition_to_another(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The person told as driving a private vehicle, the clause's predicate: the driver.
DRIVING_PRED: list[tuple[str, str, list[Any]]] = [
    ("At about 16:25 a 19-year-old man was driving a tractor with a hay wagon from the farm "
     "towards the village.", AGE, [19]),
    ("A 45-year-old woman was driving the hatchback.", AGE, [45]),
    ("Police said a 62-year-old man was behind the wheel of the van.", AGE, [62]),
    # another's vehicle, a crew's, or a driver the sentence makes a casualty
    ("A 30-year-old man was driving the other car.", AGE, []),
    ("A 52-year-old man was driving the bus.", AGE, []),
    ("A 40-year-old man was driving the car and died at the scene.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), DRIVING_PRED)
def test_driving_predicate_is_driver(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Custody told by a committal, pre-trial detention or a hand-over to the captors; one held by
# bystanders until police came.
CUSTODY_FORMS: list[tuple[str, str, list[Any]]] = [
    ("The presumed author of the attack has been placed under a committal order.", ARRESTS, [1]),
    ("The two suspects have been placed in pre-trial detention.", ARRESTS, [2]),
    ("Both men were committed to prison pending trial.", ARRESTS, [2]),
    ("Rakoto Jean, 28, was handed over to the gendarmerie.", ARRESTS, [1]),
    ("Rakoto Jean, 28, was handed over to the gendarmerie.", NAME, ["rakoto jean"]),
    ("The suspect was held by villagers until police arrived.", ARRESTS, [1]),
    # a file, a matter or a child handed over holds nobody; a committee committed is no custody
    ("The file was handed over to the police.", ARRESTS, []),
    ("The matter has been handed to the police.", ARRESTS, []),
    ("The boy was handed to his parents.", ARRESTS, []),
    ("The committee was committed to the project.", ARRESTS, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), CUSTODY_FORMS)
def test_custody_forms(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An age told loosely: "of about thirty" after a person noun, "a 40-something farmer".
LOOSE_AGES: list[tuple[str, str, list[Any]]] = [
    ("The presumed author of the attack, a man of about thirty, was arrested.", AGE, [30]),
    ("A man of about forty was arrested at the scene.", AGE, [40]),
    ("The suspect, a 40-something farmer, was arrested.", AGE, [{"min": 40, "max": 49}]),
    ("A thirty-something teacher was detained on Monday.", AGE, [{"min": 30, "max": 39}]),
    # no person's age, or a victim's
    ("Something like 40 people were hurt.", AGE, []),
    ("A 40-something farmer was killed by the bull.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), LOOSE_AGES)
def test_loose_ages(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A counted subject with its ages told unpunctuated, as a list or a range.
AGES_UNPUNCTUATED: list[tuple[str, str, list[Any]]] = [
    ("Three men aged 18, 20 and 22 were arrested.", ARRESTS, [3]),
    ("Three young men aged between 18 and 22 were arrested.", ARRESTS, [3]),
    ("Two women aged 30 to 35 were detained on Friday.", ARRESTS, [2]),
    # one person's age before a comma stays one
    ("A man aged 22, arrested on Sunday, remains in custody.", ARRESTS, [1]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), AGES_UNPUNCTUATED)
def test_counted_subject_with_age_list(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A person taken "under control" (South Asian copy); those held told by what they include.
UNDER_CONTROL_AND_INCLUDE: list[tuple[str, str, list[Any]]] = [
    ("Police have taken the driver under control.", ARRESTS, [1]),
    ("The driver, Ram Bahadur Thapa (35), has been taken under control for investigation.", NAME,
     ["ram bahadur thapa"]),
    ("The fire was taken under control after two hours.", ARRESTS, []),
    ("Firefighters took the blaze under control.", ARRESTS, []),
    ("Those arrested include the mill's director and its chief engineer.", ARRESTS,
     [{"min": 2, "max": None}]),
    ("Those arrested include the site foreman, Mirzo Kholov, 44.", NAME, ["mirzo kholov"]),
    ("The people detained so far are the driver and his assistant.", ARRESTS, [2]),
    ("Those injured include a 40-year-old woman.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), UNDER_CONTROL_AND_INCLUDE)
def test_under_control_and_those_held_include(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
