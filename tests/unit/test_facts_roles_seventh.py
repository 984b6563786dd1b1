"""Roles and arrests, seventh round (classes from authored-pairs-7, by shape): questioning that
holds nobody, a named person's role apposition with no article ("X, 41, owner of Y,"), a list
count that took such an apposition for another person, the day of the month in brackets after a
day word, a counted subject listed by "namely" before its verb, and dotted initials that end no
sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.text import split_sentences
from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"


# Questioning holds a person only when the captors or the place of custody are told.
QUESTIONING: list[tuple[str, list[int]]] = [
    ("A spokesman said a tenant of the flat was being questioned.", []),
    ("Four residents are being interviewed about the blaze.", []),
    ("The skipper, 48, was being questioned but had not been arrested.", [0]),
    ("A man is being questioned by detectives after the fire.", [1]),
    ("Two women are being interviewed at Harlow police station.", [2]),
    ("He was being questioned at the custody suite in Ardmore last night.", [1]),
    ("A teenager is being quizzed by officers over the attack.", [1]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "want"), QUESTIONING)
def test_questioning_holds_only_with_its_captors(sentence: str, want: list[int]) -> None:
    assert values(sentence, ARRESTS) == want


# A named person's role with no article, told by what it is of, is an apposition: the name and
# age are the suspect's, the named organisation is no one, and a coordinated arrest counts two.
ROLE_APPOSED: list[tuple[str, str, int, int]] = [
    ("Tom Hale, 41, owner of Hale Bakes, and his assistant were arrested on Monday.",
     "tom hale", 41, 2),
    ("Police arrested Jane Moss, 52, manager of the hostel, and her deputy on Friday.",
     "jane moss", 52, 2),
    ("Ravi Das, 37, managing director of Kelby Tours, was detained after the wall collapsed.",
     "ravi das", 37, 1),
    ("Omar Said, 50, skipper of the Sea Lark, has been arrested.", "omar said", 50, 1),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "age", "held"), ROLE_APPOSED)
def test_a_role_apposed_without_article(sentence: str, name: str, age: int, held: int) -> None:
    assert values(sentence, NAME) == [name]
    assert values(sentence, AGE) == [age]
    assert values(sentence, ARRESTS) == [held]


# A list count that took a named person's apposition for another person gives way.
APPOSITION_NO_PERSON: list[tuple[str, int]] = [
    ("Jo Kerr, a nurse, and her husband were arrested.", 2),
    ("Ravi Das, 37, a contractor from Kelby, and two labourers were detained.", 3),
    ("Police arrested Omar Said, the skipper, and his mate.", 2),
    # a real list stays
    ("A man, a woman and a boy were arrested.", 3),
    ("Police arrested Tom Hale, Ann Lee and Bo Ray.", 3),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "held"), APPOSITION_NO_PERSON)
def test_a_named_persons_apposition_is_no_other_person(sentence: str, held: int) -> None:
    assert values(sentence, ARRESTS) == [held]


# The day of the month in brackets after a day word, as press releases write it, is no age.
DAY_IN_BRACKETS: list[tuple[str, list[int]]] = [
    ("The suspect was arrested yesterday (16) and will be produced in court today (17).", []),
    ("K. Ramesh (34) was arrested on Monday (3) at his home.", [34]),
    ("Police arrested the driver, S. Perera (48), last night.", [48]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "ages"), DAY_IN_BRACKETS)
def test_a_bracketed_day_of_the_month_is_no_age(sentence: str, ages: list[int]) -> None:
    assert values(sentence, AGE) == ages


# A counted subject listed by "namely" before its passive arrest verb.
NAMELY: list[tuple[str, list[int]]] = [
    ("Two suspects, namely the manager of the quarry, R.M. Sunil Perera (48), a resident of "
     "Kadawatha, and the blaster employed by him, have been arrested.", [2]),
    ("Two suspects, namely the manager of the quarry and the blaster, have been arrested.", [2]),
    ("Three men, namely the driver, his conductor and the owner of the bus, were detained.", [3]),
    ("Two men, namely the landlord, A. Silva (52), and his agent, were arrested.", [2]),
    # a list of the hurt, then an arrest of its own
    ("Three people, namely two guards and a cashier, were injured and a man was arrested.", [1]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "want"), NAMELY)
def test_a_namely_list_before_the_verb_keeps_its_count(sentence: str, want: list[int]) -> None:
    assert values(sentence, ARRESTS) == want


# Dotted initials before a capitalised word end no sentence.
INITIALS: list[tuple[str, int]] = [
    ("The owner, W.A. Nimal Silva, was held.", 1),
    ("Police named him as J.K. Rowe. He was held.", 2),
    ("The firm, A.B.C. Traders, said nothing.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "n"), INITIALS)
def test_dotted_initials_end_no_sentence(text: str, n: int) -> None:
    assert len(split_sentences(text)) == n


def test_initials_with_a_name_are_the_suspects() -> None:
    text = "The owner of the bakery, W.A. Nimal Silva (54), has been arrested yesterday (16)."
    assert values(text, NAME) == ["w.a. nimal silva"]
    assert values(text, AGE) == [54]


# A court's custody told by its noun makes the person held, and the suspect.
REMAND_NOUN: list[tuple[str, str | None, list[int]]] = [
    ("The skipper, Joel Mendes, 44, was placed on a three-day remand by a Kelby court on Monday.",
     "joel mendes", [1]),
    ("The foreman, Ian Cole, 51, was sent on remand until Friday.", "ian cole", [1]),
    ("Two men were placed on remand after the fight.", None, [2]),
    ("The defence asked that the accused be placed on remand.", None, []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "held"), REMAND_NOUN)
def test_a_remand_told_by_its_noun(sentence: str, name: str | None, held: list[int]) -> None:
    assert values(sentence, NAME) == ([name] if name else [])
    assert values(sentence, ARRESTS) == held


# One person told by a noun of the thing that did the harm, with the thing's relative clause
# right before the arrest: the clause's object is not the one held.
HEAD_OF_RELATIVE: list[tuple[str, list[int]]] = [
    ("The driver of the lorry that hit the bus has been arrested.", [1]),
    ("The driver of the lorry that hit the bus has been detained by police.", [1]),
    ("The rider of the scooter which struck the girl was arrested on Friday.", [1]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "held"), HEAD_OF_RELATIVE)
def test_the_head_of_a_relative_clause_is_held(sentence: str, held: list[int]) -> None:
    assert values(sentence, ARRESTS) == held


# The driver held in one sentence, then named in a later one as the one at the wheel, or named in
# an apposition ("identified as") when the driver's age is told as the suspect's.
DRIVER_NAMED: list[tuple[str, list[str], list[int]]] = [
    ("The driver of the van that hit the cyclists has been arrested. Tom Hale, 46, who was at "
     "the wheel, was treated for a cut to his head.", ["tom hale"], [46]),
    ("The lorry driver was detained at the scene. Ann Moss, 52, who had been driving, was not "
     "hurt.", ["ann moss"], [52]),
    ("The lorry driver, identified as Tom Hale, was pulled from the cab by passers-by. Police "
     "said the driver, aged 40, had been arrested.", ["tom hale"], [40]),
    # nobody held, or the driver a victim: no suspect
    ("A van hit two cyclists. Tom Hale, 46, who was at the wheel, was treated for a cut.", [], []),
    ("The driver of the car died at the scene. Tom Hale, 46, who was at the wheel, was a "
     "teacher.", [], []),
    ("The bus driver, identified as Joe Kerr, was killed instantly. A 30-year-old man was "
     "arrested.", [], [30]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "ages"), DRIVER_NAMED)
def test_the_held_driver_named_later(text: str, names: list[str], ages: list[int]) -> None:
    assert values(text, NAME) == names
    assert values(text, AGE) == ages


# A counted group owned by someone ("the club's two co-owners") is that many, and names listed
# after it are its members, not more people; an of-phrase ends before a new clause's verb.
OWNED_GROUPS: list[tuple[str, int]] = [
    ("Police detained the hotel's two managers, Sam Orr, 44, and his cousin Tim, 41, on "
     "suspicion of negligence.", 2),
    ("Officers arrested the farm's three owners, Ben Hill, Ada Hill and Jo Hill, on Friday.", 3),
    ("Police arrested the club's two bouncers after the fight.", 2),
    ("Police detained its two owners on Monday.", 2),
    ("Police arrested the firm's three directors and its accountant.", 4),
    ("Officers arrested the landlord, Ken Amis, 58, and his agent, and copies of the lease have "
     "been seized.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "held"), OWNED_GROUPS)
def test_an_owned_counted_group(sentence: str, held: int) -> None:
    assert values(sentence, ARRESTS) == [held]
