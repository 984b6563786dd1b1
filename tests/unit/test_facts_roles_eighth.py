"""Roles and arrests, eighth round (classes from authored-pairs-8, by shape): a wire dateline's
bracketed credit names no person, an identification's pronoun after a casualty's sentence is the
casualty's, an official's reporting verb makes them the teller, a counted distance after an arrest
counts no one, a second person placed by a short phrase ("the deckhand on board") is coordinated,
a held person with three appositions, and a running total told with its count first. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"


# A wire dateline's credit ("OSLO, May 2 (Baltic Wire) - ") is the outlet, never the doer of the
# lead's act; the suspect named later stays the report's first suspect.
DATELINES: list[tuple[str, list[str], list[int]]] = [
    ("OSLO, May 2 (Baltic Wire) - A man stabbed people with a knife on a tram.", [], []),
    ("KESSA, Norland (Norse Press) — A man attacked shoppers with a hammer on Friday.", [], []),
    ("HARLOW, March 3 (Coastline News) - A man attacked commuters with a knife on Monday.\n\n"
     "Police arrested Ivo Brandt, 33, on suspicion of wounding.", ["ivo brandt"], [33]),
    ("DENBY (Valley Wire) -- A man slashed two guards with a blade at the depot.\n\n"
     "Officers later detained Piet Hols, 45, a former employee.", ["piet hols"], [45]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "ages"), DATELINES)
def test_a_datelines_credit_names_no_one(text: str, names: list[str], ages: list[int]) -> None:
    assert values(text, NAME) == names
    assert values(text, AGE) == ages


# "Police identified him as X" right after a sentence that tells a casualty and no suspect: the
# pronoun is the casualty's, and the suspect named later is not dropped as a co-accused.
PRONOUN_OF_CASUALTY: list[tuple[str, list[str]]] = [
    ("A 71-year-old retired teacher who was shot in the attack died on Sunday. Police identified "
     "her as Mara Quill of Denby. The gunman, Leo Farr, 30, was arrested at the scene.",
     ["leo farr"]),
    ("A cyclist who was hit by the van died in hospital. He was named as Owen Pratt. The van's "
     "driver, Kit Lowe, 52, has been charged.", ["kit lowe"]),
    # a suspect's own sentence before the pronoun keeps the identification
    ("The attacker was shot dead by officers. Police identified him as Rory Dent, 29.",
     ["rory dent"]),
    ("A man was arrested after a woman died. Police identified him as Abel Sorn, 40.",
     ["abel sorn"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), PRONOUN_OF_CASUALTY)
def test_an_identified_pronoun_after_a_casualty(text: str, names: list[str]) -> None:
    assert values(text, NAME) == names


# A named official followed by a reporting verb tells what happened to someone else.
OFFICIAL_TELLS: list[tuple[str, list[int]]] = [
    ("Sheriff Tom Baker confirmed the driver is a man in his 40s and is in custody.", [1]),
    ("Commissioner Ada Lind announced that the gunman had been detained.", [1]),
    ("Chief Nils Ober stated the suspect was in custody and had been charged.", [1]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "held"), OFFICIAL_TELLS)
def test_an_officials_reporting_verb_makes_no_suspect(sentence: str, held: list[int]) -> None:
    assert values(sentence, NAME) == []
    assert values(sentence, ARRESTS) == held


# A counted distance after the arrest verb ("two blocks away", "a few doors down the street")
# counts no one: the subject is the one held.
DISTANCES: list[tuple[str, list[object]]] = [
    ("Tom Hale was arrested two blocks away.", [1]),
    ("Ana Ruiz, 29, was detained a few doors down the street.", [1]),
    ("The gunman was detained several streets away from the school.", [1]),
    ("The driver, named by police as Rob Vance, 41, of nearby Carrow, was arrested several "
     "blocks away.", [1]),
    # counted people stay
    ("Police arrested two men from the estate.", [2]),
    ("Police arrested several people.", [{"min": 3, "max": 9}]),
    # a counted subject, a named member and a later time: the count stands
    ("Three stewards, including the rally's convener, Pastor Amos Keel, 47, were taken in by "
     "police later on Monday.", [3]),
    ("Two guards, including the night supervisor, Ines Varga, 38, were detained hours later.",
     [2]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "held"), DISTANCES)
def test_a_counted_distance_counts_no_one(sentence: str, held: list[object]) -> None:
    assert values(sentence, ARRESTS) == held


# A held person told with three appositions: a role's identification, an age, a home town.
THREE_APPOSITIONS: list[tuple[str, str, int]] = [
    ("The driver, identified by police as Rob Vance, 41, of nearby Carrow, was arrested.",
     "rob vance", 41),
    ("The gunman, named locally as Ed Marsh, 26, from west Kelby, has been detained.",
     "ed marsh", 26),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "age"), THREE_APPOSITIONS)
def test_a_held_person_with_three_appositions(sentence: str, name: str, age: int) -> None:
    assert values(sentence, NAME) == [name]
    assert values(sentence, AGE) == [age]
    assert values(sentence, ARRESTS) == [1]


# A named first person coordinated with a second one placed by a short phrase ("the deckhand on
# board", "the guard at the gate"): the first is the suspect, and both are held.
PLACED_SECOND: list[tuple[str, str, int, list[int]]] = [
    ("The ferry's skipper, Jon Berg, 61, and the deckhand on board were detained.",
     "jon berg", 61, [2]),
    ("The owner, Sam Orr, 44, and the guard at the gate were arrested.", "sam orr", 44, [2]),
    ("The ferry's owner, Li Wen, 39, and the engineer aboard have been detained.",
     "li wen", 39, [2]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "age", "held"), PLACED_SECOND)
def test_a_second_person_placed_by_a_phrase(
    sentence: str, name: str, age: int, held: list[int]
) -> None:
    assert values(sentence, NAME) == [name]
    assert values(sentence, AGE) == [age]
    assert values(sentence, ARRESTS) == held


# A running total of those held, its count first ("bringing to three the number of ...") or last.
TALLIES: list[tuple[str, int]] = [
    ("Two more men were picked up overnight, bringing to five the number of people in custody.", 5),
    ("A woman was held on Sunday, taking to four the total number of arrests.", 4),
    ("The number of people in custody has risen to six.", 6),
    ("Officers held a cousin of the owner, bringing the number of people held to three.", 3),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "total"), TALLIES)
def test_a_running_total_of_those_held(sentence: str, total: int) -> None:
    assert total in values(sentence, ARRESTS)
