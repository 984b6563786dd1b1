"""Issue 11, sixth round: the suspect known by a role that is no crime word (the owner, the
landlord, the foreman, the captain), found by the clause's structure: the object of police
questioning in any tense with the person in apposition, a search for a person told by a relative
clause or by a title and surname, an age told by a copula after an apposed role, a nationality
before "surnamed", a person named by police who "had been arrested", the one at the wheel when
the vehicle did the harm, custody denied of a person, "booked" that registers a case and holds
nobody, and co-accused named after the suspect. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"


def _band(low: int) -> dict[str, int]:
    return {"min": low, "max": low + 9}


# The object of police questioning, in any tense, told by role with the person apposed.
QUESTIONED: list[tuple[str, object]] = [
    ("Police said they would question the owner of the warehouse, a man in his 50s, over the fire.",
     _band(50)),
    ("Detectives want to question the landlord of the building, a 58-year-old woman, about the "
     "repairs.", 58),
    ("Officers questioned the site foreman, a man in his 40s, on Tuesday.", _band(40)),
    ("Investigators will interview the ferry's captain, aged 61, later this week.", 61),
    # the object of a search told by a relative clause, then the person
    ("Officers are searching for the man residents named as the seller, a hawker in his thirties "
     "who left town.", _band(30)),
    ("Police are looking for the woman neighbours blamed for the fire, a tenant in her twenties.",
     _band(20)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "age"), QUESTIONED)
def test_the_object_of_police_questioning_is_the_suspect(sentence: str, age: object) -> None:
    assert values(sentence, AGE) == [age]


NOT_QUESTIONED: list[str] = [
    "Reporters questioned the mayor, a woman in her 50s, about the budget.",
    "Rescuers are searching for the missing climber, a man in his 40s.",
    "Police want to interview the victim, a 23-year-old woman, when she recovers.",
    "Officers spoke to the shop's owner, a man in his 60s, who was unhurt.",
    "Police said they found the body of the hiker, a man in his 50s, on Sunday.",
    "Paramedics treated the passenger, a man in his 20s, at the scene.",
]


@pytest.mark.parametrize("sentence", NOT_QUESTIONED)
def test_others_asked_or_sought_are_no_suspect(sentence: str) -> None:
    assert values(sentence, AGE) == []


# A person named in full once, then sought by title and surname after a reporting verb.
def test_a_search_for_a_titled_surname_names_the_suspect() -> None:
    text = (
        "The works were overseen by a builder identified as Tomas Vrana, 47. Police say they are "
        "looking for Mr. Vrana, but nobody has been held."
    )
    assert values(text, NAME) == ["tomas vrana"]
    assert values(text, AGE) == [47]
    assert values(text, ARRESTS) == [0]


# An age told by a copula after an apposed role noun.
COPULA_AGES: list[tuple[str, int]] = [
    ("Two men have been arrested. One of them, the suspected gunman, is aged 31.", 31),
    ("Three people were held. The first, the alleged driver, was 27.", 27),
]


@pytest.mark.parametrize(("sentence", "age"), COPULA_AGES)
def test_an_apposed_role_then_its_age_by_copula(sentence: str, age: int) -> None:
    assert values(sentence, AGE) == [age]


# A nationality (or any capitalised head) before a naming participle is no name.
NAMED_HEADS: list[tuple[str, int | None, str | None]] = [
    ("The man, a 57-year-old Peruvian surnamed Quispe, was detained at his home.", 57, "quispe"),
    ("The man, a 49-year-old Costa Rican surnamed Mora, was detained at his home.", 49, "mora"),
    ("Police detained a 40-year-old Briton surnamed Pike on Sunday.", 40, "pike"),
    ("The woman, a 33-year-old Canadian named Harlow, was arrested at the airport.", 33, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "age", "name"), NAMED_HEADS)
def test_a_head_before_surnamed_is_no_name(sentence: str, age: int, name: str | None) -> None:
    assert values(sentence, AGE) == [age]
    assert values(sentence, NAME) == ([name] if name else [])


# A person police name, then say "he had been arrested": the named one is held.
NAMED_THEN_HELD: list[tuple[str, str, int]] = [
    ("Police named the driver as Anton Meier, 34, and said he had been arrested and was being "
     "held at the central station.", "anton meier", 34),
    ("Officers identified the owner as Grace Mbeki, 51, and said she was later detained.",
     "grace mbeki", 51),
    ("Police named the woman as Lina Okoro, 29; she is in custody.", "lina okoro", 29),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "age"), NAMED_THEN_HELD)
def test_a_named_person_then_held_by_pronoun(sentence: str, name: str, age: int) -> None:
    assert values(sentence, NAME) == [name]
    assert values(sentence, AGE) == [age]


def test_a_named_person_taken_to_hospital_is_no_suspect() -> None:
    text = "Police named the driver as Anton Meier, 34, and said he had been taken to hospital."
    assert values(text, NAME) == []


# The person at the wheel when the vehicle did the harm.
AT_THE_WHEEL: list[tuple[str, str, int]] = [
    ("Jean-Marc Dufy, 34, was at the wheel of a grey tipper truck when it came down the hill at "
     "about 4.15pm and struck pedestrians at the crossing.", "jean-marc dufy", 34),
    ("Paula Reyes, 41, was behind the wheel of the minibus when it ploughed into the market "
     "stalls.", "paula reyes", 41),
    ("Tom Hale, 29, was driving the van when it mounted the pavement.", "tom hale", 29),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "age"), AT_THE_WHEEL)
def test_the_one_at_the_wheel_when_it_struck(sentence: str, name: str, age: int) -> None:
    assert values(sentence, NAME) == [name]
    assert values(sentence, AGE) == [age]


def test_the_one_at_the_wheel_when_it_was_hit_is_no_suspect() -> None:
    text = "Tom Hale, 29, was driving the van when it was hit by a train. He died at the scene."
    assert values(text, NAME) == []


# Custody denied of a person: nobody held, and the person is the one whose custody is in question.
NOT_HELD: list[tuple[str, int | None]] = [
    ("The contractor has been booked without physical detention, meaning he has not been taken "
     "into custody.", None),
    ("The skipper, 52, has not been taken into custody, police said.", 52),
    ("She has not been placed under arrest.", None),
    ("The guide, 44, has not been arrested and remains free.", 44),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "age"), NOT_HELD)
def test_custody_denied_is_zero_arrests(sentence: str, age: int | None) -> None:
    assert values(sentence, ARRESTS) == [0]
    assert values(sentence, AGE) == ([age] if age else [])


# "booked" that registers a case holds nobody; booked into jail or on suspicion holds one.
BOOKED: list[tuple[str, list[int]]] = [
    ("Factory owner booked over deadly boiler blast", []),
    ("Police booked the bus owner under Section 304A for negligence.", []),
    ("The landlord was booked for negligence after the balcony gave way.", []),
    ("The driver was booked for rash driving and arrested.", [1]),
    ("Tyler Ross, 31, was booked into the county jail on a charge of vehicular homicide.", [1]),
    ("He was booked on suspicion of drunk driving.", [1]),
]


@pytest.mark.parametrize(("sentence", "arrests"), BOOKED)
def test_booked_holds_only_into_jail_or_on_a_charge(sentence: str, arrests: list[int]) -> None:
    assert values(sentence, ARRESTS) == arrests


# Co-accused named after the suspect, in a sentence of their own, are not the suspect.
def test_co_accused_named_later_are_not_the_suspect() -> None:
    text = (
        "Marek Doyle, 27, of Stanmore, is accused of driving the stolen van into the shop front. "
        "Lewis Carne, 20, and Sam Orr, 25, are charged with burglary. Orr was arrested on "
        "Sunday."
    )
    assert values(text, NAME) == ["marek doyle"]
    assert values(text, AGE) == [27]


def test_the_suspect_told_again_by_surname_stays() -> None:
    text = (
        "Nina Petrova, 38, was charged with arson on Friday. Petrova, who denies the charge, "
        "was remanded in custody."
    )
    assert "nina petrova" in values(text, NAME)
    assert values(text, AGE) == [38]


# One the authorities investigate, or bring proceedings against, is the suspect.
INVESTIGATED: list[tuple[str, object]] = [
    ("The owner of the bar, a 45-year-old man, is under investigation for negligent homicide.", 45),
    ("The captain, 61, is being investigated for manslaughter.", 61),
    ("Criminal proceedings have been opened against the ferry's captain, a man in his 50s.",
     _band(50)),
    ("Prosecutors opened an investigation against the skipper, Dan Rowe, 48.", 48),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "age"), INVESTIGATED)
def test_the_one_investigated_is_the_suspect(sentence: str, age: object) -> None:
    assert values(sentence, AGE) == [age]


NOT_INVESTIGATED: list[str] = [
    "An investigation into the collapse, Tom Lee, 50, said, would take months.",
    "Police opened an investigation into the death of the hiker, a man in his 50s.",
    "The cause of the fire is under investigation, said fire chief Tom Lee, 50.",
]


@pytest.mark.parametrize("sentence", NOT_INVESTIGATED)
def test_an_investigation_of_a_thing_names_no_suspect(sentence: str) -> None:
    assert values(sentence, AGE) == []


# A role noun held responsible in one sentence, its age told with the same noun in a later one.
ROLE_HEADS: list[tuple[str, object]] = [
    ("Prosecutors opened a case against the instructor who led the dive. The instructor, 39, runs "
     "a small school in the harbour.", 39),
    ("Prosecutors have opened criminal proceedings against the site manager on suspicion of "
     "negligent homicide. The manager, a 52-year-old engineer, was at the site when the crane "
     "fell.", 52),
    ("Police want to question the landlord over the fire. Neighbours said the 63-year-old "
     "landlord had ignored complaints.", 63),
    ("The skipper has been arrested on suspicion of manslaughter. The skipper, who is in his 50s, "
     "had run the boat for years.", _band(50)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "age"), ROLE_HEADS)
def test_a_role_noun_held_responsible_then_aged(text: str, age: object) -> None:
    assert values(text, AGE) == [age]


NOT_ROLE_HEADS: list[str] = [
    "Police want to question the landlord over the fire. The tenant, 34, escaped through a window.",
    "The victim has been named. The victim, 34, lived nearby.",
    "Police are searching for the missing boy. The boy, 12, was last seen on Friday.",
    "Investigators will question the pilot about the landing. The pilot, 45, and a passenger were "
    "hurt.",
]


@pytest.mark.parametrize("text", NOT_ROLE_HEADS)
def test_other_role_nouns_or_the_sought_give_no_age(text: str) -> None:
    assert values(text, AGE) == []
