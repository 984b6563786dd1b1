"""Casualty counts and the incident's vehicle by class, with invented sentences (none from a dev,
check, real or authored report): animals are no casualties, an ordinal victim told with the
person in commas, the scene's count that a later death takes further, the dead person's own care
told in a relative clause, a passive hospital verb before a colon, the hurt told by a verb of
coming through or getting ("survived with injuries", "got burns"), an active verb phrase shared
with the kind's passive ("fell and were hurt"), a count marked as more beside one person ("two
others ... were also burned") under a larger total, and a model ridden in without its make."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL, VEHICLE = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
    "vehicle",
)

# Animals counted beside the people are no casualties; the people in the same sentence still are.
ANIMALS: list[tuple[str, str, list[Any]]] = [
    ("Both oxen also died.", KILLED, []),
    ("Three donkeys died in the blaze.", KILLED, []),
    ("Two camels were killed and a herder was injured.", KILLED, []),
    ("Two camels were killed and a herder was injured.", INJURED, [1]),
    ("Lightning struck the kraal, killing 14 goats.", KILLED, []),
    ("Four head of cattle were killed by the train.", KILLED, []),
    ("Eleven sheep and their shepherd were killed by lightning.", KILLED, [1]),
    ("Both donkeys died at the scene while the cart driver was hurt.", INJURED, [1]),
    # (near misses: people named by animal words as modifiers, or a person's head "head")
    ("Two herd boys were killed by lightning.", KILLED, [2]),
    ("A cattle herder and his son died.", KILLED, [2]),
    ("The head of the school was killed.", KILLED, [1]),
    ("Both men also died.", KILLED, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), ANIMALS)
def test_animals_are_no_casualties(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An ordinal alone, the person it counts set off in commas: the running toll.
ORDINAL_APPOSED: list[tuple[str, list[Any]]] = [
    ("Three people died. A fourth, aged 19, died on Monday.", [3, 4]),
    ("Five miners died. A sixth, a 23-year-old apprentice, died in hospital.", [5, 6]),
    ("Two men were killed on impact; a third, the driver, succumbed in hospital.", [3]),
    ("A second, Rosa Tembo, 60, passed away at the clinic on Friday.", [2]),
    # (near misses: an ordinal before a comma that counts a thing or no death)
    ("Two people died, a second, smaller explosion was heard.", [2]),
    ("The second, on Friday, was quiet.", []),
]


@pytest.mark.parametrize(("text", "want"), ORDINAL_APPOSED)
def test_an_ordinal_told_with_its_person_in_commas(text: str, want: list[Any]) -> None:
    assert values(text, KILLED) == want


# Those who died at the scene are a part of the toll a later death takes further in the report.
SCENE_THEN_MORE: list[tuple[str, list[Any]]] = [
    ("Three people died on the spot while a fourth, Ana Phiri, 19, died at the clinic.", [4]),
    (
        "Four people died at the scene and a nurse died in hospital twelve days later, bringing"
        " the number of deceased to five.",
        [5],
    ),
    ("Two people died on the spot. A passenger died on Friday, taking the toll to three.", [3]),
    ("Six miners were killed instantly. The death toll has since risen to eight.", [8]),
    # (a later death told apart, beside a larger toll of the same report)
    (
        "Nine people were killed. Seven people died at the scene. Two more died later in hospital.",
        [9],
    ),
    ("Four people died. Three passengers were killed on impact. The pilot died in hospital.", [4]),
    (
        "Four workers died. Three died at the scene. A fourth, aged 41, was taken to X Hospital and"
        " died there.",
        [4],
    ),
    # (near misses: no later death, or a first count not told as the scene's)
    ("Two men died at the scene, police said on Saturday.", [2]),
    ("Five were killed. Three died at the scene, where paramedics worked for an hour.", [5, 3]),
    ("Six miners were killed in the blast. The death toll has since risen to eight.", [6, 8]),
]


@pytest.mark.parametrize(("text", "want"), SCENE_THEN_MORE)
def test_the_scene_count_a_later_death_takes_further(text: str, want: list[Any]) -> None:
    assert values(text, KILLED) == want


# A dead person's hurt or care told in a relative clause of the subject of their death.
DEAD_PERSONS_CARE: list[tuple[str, str, list[Any]]] = [
    ("A paramedic who had been admitted with head injuries died twelve days later.", HOSPITAL, []),
    ("A paramedic who had been admitted with head injuries died twelve days later.", INJURED, []),
    ("A woman who was taken to hospital after the crash has died.", HOSPITAL, []),
    ("The pastor, a man of 50 who had been admitted with burns, later died.", HOSPITAL, []),
    # (near misses: the relative clause's people live on, or another person died)
    ("A boy who was hurt in the crash was taken to hospital.", HOSPITAL, [1]),
    ("A man who was hurt in the crash was taken to hospital, where his wife died.", INJURED, [1]),
    ("Two men who were injured in the blast were admitted and one later died.", INJURED, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), DEAD_PERSONS_CARE)
def test_a_dead_persons_care_in_a_relative_clause(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A passive "admitted" before a colon that lists where the patients went.
ADMITTED_COLON: list[tuple[str, str, list[Any]]] = [
    ("Of these, seven were admitted: four at Kabila Hospital and three at a clinic.", HOSPITAL,
     [7]),
    ("Nine people were admitted: five to the district hospital and four to a mission.", HOSPITAL,
     [9]),
    ("Three patients were admitted: a woman, her son and a neighbour.", HOSPITAL, [3]),
    ("Seven were admitted: all are stable.", HOSPITAL, [7]),
    # (near miss: an active "admitted:" confesses)
    ("The driver admitted: he had been drinking.", HOSPITAL, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ADMITTED_COLON)
def test_a_passive_admitted_before_a_colon(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The hurt told by a verb of coming through or of getting, with the wound as its object.
CAME_THROUGH_HURT: list[tuple[str, list[Any]]] = [
    ("Two other people survived with injuries.", [2]),
    ("Three passengers survived with serious injuries.", [3]),
    ("At least 15 people got burns.", [{"min": 15, "max": None}]),
    ("Two players incurred head injuries.", [2]),
    ("Four climbers emerged with cuts and bruises.", [4]),
    ("Two people survived the poisoning with injuries.", [2]),
    ("Three passengers survived the crash with minor injuries.", [3]),
    # (near misses: no wound told, or none)
    ("Four people survived the crash.", []),
    ("He got a medal and two neighbours got a fright.", []),
    ("Two men got away with no serious injuries.", []),
]


@pytest.mark.parametrize(("text", "want"), CAME_THROUGH_HURT)
def test_the_hurt_told_by_coming_through_or_getting(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


# An active verb phrase and the kind's passive verb after "and", one counted subject for both.
ACTIVE_THEN_PASSIVE: list[tuple[str, str, list[Any]]] = [
    ("The two cyclists fell onto the road surface and were hurt.", INJURED, [2]),
    ("Three workers fell from the scaffold and were injured.", INJURED, [3]),
    ("Two climbers slipped on the ice and were seriously injured.", INJURED, [2]),
    ("Four passengers jumped from the burning bus and were hurt.", INJURED, [4]),
    ("Five boys swam out to the boat and were later taken to hospital.", HOSPITAL, [5]),
    # (near misses: the clause after "and" has its own subject, or no kind's verb)
    ("The bus crashed into a wall and two people were hurt.", INJURED, [2]),
    ("Two men robbed the shop and fled.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), ACTIVE_THEN_PASSIVE)
def test_an_active_verb_shared_with_the_passive(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A count marked as more ("other ... also") told beside one person is a part of a larger total.
ALSO_BESIDE_ONE: list[tuple[str, list[Any]]] = [
    (
        "A runner's costume caught fire. Two other runners who tried to help him were also"
        " burned. Eleven people were injured in total.",
        [11],
    ),
    (
        "A woman's sari caught fire at the stall. Three other shoppers who pulled her clear were"
        " also hurt. In all, 14 people were injured, the fire service said.",
        [14],
    ),
    # (near miss: no larger total, the count stands)
    ("A man was killed. Two other people were also injured.", [2]),
]


@pytest.mark.parametrize(("text", "want"), ALSO_BESIDE_ONE)
def test_a_count_marked_as_more_beside_one_is_a_part(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


# A model told without its make, with a colour, after a verb of coming or going and "in".
RIDDEN_IN: list[tuple[str, list[Any]]] = [
    ('"They came in a white Quantum and started shooting," a mourner said.', ["white quantum"]),
    ("The gunmen fled in a silver Fortuner.", ["silver fortuner"]),
    ("The robbers arrived in a red Axio.", ["red axio"]),
    ("The suspects drove off in a green Sienta, police said.", ["green sienta"]),
    # (near misses: a day or a holiday, no colour)
    ("They came in a white Christmas.", []),
    ("She arrived in a Monday mood.", []),
]


@pytest.mark.parametrize(("text", "want"), RIDDEN_IN)
def test_a_coloured_model_ridden_in(text: str, want: list[Any]) -> None:
    assert values(text, VEHICLE) == want


# The charges a court heard count the dead only where the report states no larger toll.
CHARGES_BESIDE_TOLL: list[tuple[str, list[Any]]] = [
    (
        "Four mourners were shot dead. The death toll has since risen to five. He has been"
        " charged with four counts of murder.",
        [4, 5],
    ),
    ("Seven people died. She was convicted of five counts of murder and two of arson.", [7]),
    ("Nine people died in the fire. The owner was found guilty of eight murders.", [9]),
    # (near misses: the charges are the report's toll, or the same as it)
    ("He admitted 11 counts of murder.", [11]),
    ("Six people were killed. He was charged with six counts of murder.", [6, 6]),
]


@pytest.mark.parametrize(("text", "want"), CHARGES_BESIDE_TOLL)
def test_charges_give_way_to_a_larger_toll(text: str, want: list[Any]) -> None:
    assert values(text, KILLED) == want


# Taken for care, the place left untold: those taken to hospital.
TAKEN_FOR_CARE: list[tuple[str, list[Any]]] = [
    ("Seven victims were taken for emergency treatment.", [7]),
    ("Four people were rushed away for medical care.", [4]),
    ("Three men were sent for further treatment.", [3]),
    # (near misses: care at the scene, questioning, a post-mortem)
    ("Two were taken for treatment at the scene.", []),
    ("The suspect was taken for questioning.", []),
    ("The bodies were taken for a post-mortem.", []),
]


@pytest.mark.parametrize(("text", "want"), TAKEN_FOR_CARE)
def test_taken_for_care(text: str, want: list[Any]) -> None:
    assert values(text, HOSPITAL) == want
