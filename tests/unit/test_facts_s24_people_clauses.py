"""Who the suspect is from the clause: a compound role head after an age ("a 47-year-old site
foreman appeared ..."), a subjunctive custody ("ordered that the 41-year-old be held"), a
restrictive relative clause between the subject and its verb ("a man who rented rooms to 12
students was arrested": the count inside is not the subject), an ordinal subject with a
participle apposition ("A second man, suspected of ..., was detained": two so far), a court
appearance, a pronoun's custody step pointing back to the unnamed person the sentence before
introduced, and the suspect's age told by a possessive ("gives his age as 36"). Invented
sentences (none from a dev, check, real or authored report), and negatives."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

# The head of an age-premodified phrase is a compound of role nouns: the predicate follows it.
COMPOUND_HEADS: list[tuple[str, str, list[Any]]] = [
    ("A 47-year-old site foreman appeared before a magistrate on Friday charged with "
     "manslaughter.", AGE, [47]),
    ("The 39-year-old crane operator was arrested at the scene.", AGE, [39]),
    ("A 62-year-old bus company manager was detained on Sunday.", AGE, [62]),
    ("The 51-year-old ferry captain is due to appear in court on Monday.", AGE, [51]),
    ("The mine's 58-year-old safety officer was taken into custody.", AGE, [58]),
    ("A 44-year-old night watchman appeared in court accused of arson.", AGE, [44]),
    # a casualty's compound head stays a casualty
    ("A 30-year-old site worker was killed when the wall fell.", AGE, []),
    ("The 26-year-old tour guide was taken to hospital with a broken arm.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), COMPOUND_HEADS)
def test_compound_role_heads(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A custody ordered in the subjunctive or the infinitive: "that X be held", "X to be remanded".
SUBJUNCTIVE: list[tuple[str, str, list[Any]]] = [
    ("The judge ordered that the 41-year-old foreman be held in custody for thirty days.", AGE,
     [41]),
    ("Prosecutors asked that the 36-year-old landlord be detained pending trial.", AGE, [36]),
    ("The court ruled that the 29-year-old motorist be remanded in custody until March.", AGE,
     [29]),
    ("A magistrate ordered the 52-year-old contractor to be held without bail.", AGE, [52]),
    ("The judge ordered that the 19-year-old victim be given police protection.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), SUBJUNCTIVE)
def test_subjunctive_custody(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A relative clause with no commas runs from "who" to the main verb: its person is the subject,
# and a count inside it ("about 30 stalls") is no count of those held.
RESTRICTIVE: list[tuple[str, str, list[Any]]] = [
    ("Police said a 41-year-old man who ran the generator for about 30 stalls was detained at "
     "2am today.", ARRESTS, [1]),
    ("Police said a 41-year-old man who ran the generator for about 30 stalls was detained at "
     "2am today.", AGE, [41]),
    ("A 36-year-old woman who rented the flat to six students was arrested on Friday.", ARRESTS,
     [1]),
    ("A 36-year-old woman who rented the flat to six students was arrested on Friday.", AGE, [36]),
    ("A 50-year-old landlord who let rooms to 12 tenants has been arrested.", AGE, [50]),
    ("The 28-year-old motorist who hit the two cyclists was arrested.", ARRESTS, [1]),
    ("A man who sold fireworks to four teenagers was detained yesterday.", ARRESTS, [1]),
    ("Officers said a 33-year-old man who managed the pump and sold water to about 25 households "
     "was detained at 6am.", ARRESTS, [1]),
    ("A woman who ran the stall and lent money to 14 traders has been arrested.", ARRESTS, [1]),
    ("Three men who attacked the guard were arrested.", ARRESTS, [3]),
    ("A 70-year-old man who was walking his dog was killed.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), RESTRICTIVE)
def test_restrictive_relative_clause(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An ordinal subject is the count so far, whatever participle phrase it carries.
ORDINALS: list[tuple[str, list[Any]]] = [
    ("A second man, suspected of supplying the fireworks, was arrested on Monday.", [2]),
    ("A third suspect, wanted for the robbery, was detained in Split.", [3]),
    ("A fourth person, accused of hiding the weapon, has been arrested.", [4]),
    ("A second woman, believed to have driven the getaway car, was detained.", [2]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), ORDINALS)
def test_ordinal_subject_with_participle(text: str, want: list[Any]) -> None:
    assert values(text, ARRESTS) == want


# The next one held, by its ordinal after a count: one more than the count.
def test_ordinal_after_count_is_one_more() -> None:
    text = ("Two were picked up on Sunday in raids across Oldtown and Newbury, and a third was "
            "held on Monday night.")  # fmt: skip
    assert 3 in values(text, ARRESTS)
    assert values("Police arrested two men on Friday, and a third was detained on Saturday.",
                  ARRESTS)[-1] == 3  # fmt: skip


# A court appearance makes the person the defendant.
COURT: list[tuple[str, str, list[Any]]] = [
    ("Tomas Reyes, 52, was brought into court in handcuffs.", NAME, ["tomas reyes"]),
    ("Hana Kovac, 44, was brought before a judge on Tuesday.", AGE, [44]),
    ("Ivo Marin, 61, was led into the courtroom by two guards.", NAME, ["ivo marin"]),
    ("The witness, Mia Lund, 33, was brought into court to give evidence.", NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), COURT)
def test_court_appearance(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "He was arrested": the pronoun's person is the one the sentence before introduced as its
# subject, named or not.
PRONOUN_BACK: list[tuple[str, str, list[Any]]] = [
    ("A 64-year-old man from the village was driving the tractor. He was arrested later that day.",
     AGE, [64]),
    ("The driver, a woman in her fifties, had turned onto the wrong carriageway. She was detained "
     "at the scene.", AGE, [{"min": 50, "max": 59}]),
    ("A 23-year-old motorist ran the red light at speed. He was later charged and remanded in "
     "custody.", AGE, [23]),
    ("A 70-year-old man was hit by the car. He was taken to hospital.", AGE, []),
    ("A 70-year-old woman was knocked down by the van. He was arrested at the scene.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), PRONOUN_BACK)
def test_pronoun_custody_points_back(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The suspect's age by a possessive: "gives his age as 36", "and his age, 41".
POSSESSIVE_AGE: list[tuple[str, list[Any]]] = [
    ("Police arrested the driver on Sunday. The charge sheet gives his age as 36.", [36]),
    ("The landlord was arrested on Monday. Court papers list her age as 58.", [58]),
    ("A man was detained at the scene. Police gave only his initials and his age, 41.", [41]),
    ("The foreman was arrested. His age was given as 47 in the warrant.", [47]),
    # no suspect in the report: a victim's age
    ("A woman died in the fire. The coroner gave her age as 82.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), POSSESSIVE_AGE)
def test_possessive_age(text: str, want: list[Any]) -> None:
    assert values(text, AGE) == want


# A name withheld in part: initials alone, or a first name and an initial, in an identification
# of the person just held or told in the same sentence.
WITHHELD_NAMES: list[tuple[str, list[Any]]] = [
    ("A 24-year-old man was arrested on Friday. He was identified only as Tomas R.", ["tomas r."]),
    ("The van was driven by a 52-year-old man whom police identified only by his initials, K.T. "
     "He was arrested at the scene.", ["k.t."]),
    ("A 41-year-old woman was detained. Police identified her only by her initials, A.B., and "
     "said she was from Split.", ["a.b."]),
    ("A 41-year-old woman was detained. Police identified her only by her initials: A. B.",
     ["a. b."]),
    ("A 19-year-old woman who was named as Eva Holm died at the scene.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), WITHHELD_NAMES)
def test_withheld_names(text: str, want: list[Any]) -> None:
    assert values(text, NAME) == want
