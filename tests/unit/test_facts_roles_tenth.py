"""Roles, tenth round (mechanisms seen across authored-pairs-9, -10 and -11): which of a report's
candidates is the suspect (a person held by a custody or charge step in their own sentence
outranks one only "identified as" whose role another sentence gave; a casualty never counts,
whatever the inflection of its noun), a casualty told by the named person's own relative clause,
a plural pronoun pointing back to the dead. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"


# A casualty noun in any inflection before "identified as" / "named as": the dead are named,
# the driver held later is the suspect.
CASUALTIES_NAMED: list[tuple[str, str, int]] = [
    ("Police have charged the driver. The latest casualties were identified as Maria Lopez, 19,"
     " and Ana Cruz, 66. The driver, Ben Sato, 51, was arrested on Tuesday.", "ben sato", 51),
    ("A man is in custody. The fatalities were named as Grace Obi, 34, and her son Daniel, 9."
     " Police later charged the lorry's owner, Peter Eze, 58, with negligence.", "peter eze", 58),
    ("The driver was held. The latest fatality was identified as Leo Park, 17, a pupil at the"
     " town school. The bus driver, Sam Reyes, 44, has been detained.", "sam reyes", 44),
    ("The skipper is under arrest. The survivors were identified as Rosa Lind, 30, and Karl"
     " Berg, 41. Police arrested the skipper, Ole Dahl, 62.", "ole dahl", 62),
    ("A suspect was held. The deceased were identified as Jun Mori, 70, and Aiko Mori, 68. The"
     " landlord, Ken Ito, 55, faces two counts of negligent homicide.", "ken ito", 55),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "age"), CASUALTIES_NAMED)
def test_casualties_named_are_never_the_suspect(text: str, name: str, age: int) -> None:
    assert values(text, NAME) == [name]
    assert values(text, AGE) == [age]


# The identified person's own relative clause makes them a casualty; a plural pronoun points
# back to the dead of the sentence before.
DIED_AFTER_NAMED: list[tuple[str, str, int]] = [
    ("Two volunteers were held on Thursday. Doctors identified them as Lila Devi (60) of Barpur,"
     " who died at dawn, and Ravi Jat (21). The trust manager, Mohan Lal, 57, was arrested.",
     "mohan lal", 57),
    ("The driver fled the scene. The dead man was named as Tom Ash, 33, who had been hit while"
     " crossing. Police later arrested Dean Cole, 29, at his home.", "dean cole", 29),
    ("Police have held the owner. The woman was identified as Ama Kwei, 45, a trader who was"
     " killed when the wall fell. The owner, Kofi Adu, 61, was remanded.", "kofi adu", 61),
    ("Two workers who were injured died on Monday. They were named as Ian Roe, 50, and Li Wei,"
     " 38. The site manager, Paul Hart, 47, was charged with manslaughter.", "paul hart", 47),
    ("Two shoppers succumbed to their injuries. Relatives and police identified them as Sara"
     " Diaz, 72, and Rui Sousa, 80. The stallholder, Tiago Reis, 36, was detained.",
     "tiago reis", 36),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "age"), DIED_AFTER_NAMED)
def test_a_casualty_told_after_the_identified_name(text: str, name: str, age: int) -> None:
    assert values(text, NAME) == [name]
    assert values(text, AGE) == [age]


# A person only named, whose role another sentence gave, is outranked by a person held in a
# later sentence of their own; one held or given a role in their own sentence stays first.
RANKED: list[tuple[str, list[str]]] = [
    ("A driver was arrested after the crash. The man was named as Carl Voss, 28, a local"
     " builder. The driver, Nina Holt, 34, was arrested at the scene.", ["nina holt"]),
    ("Police identified the gunman as Tom Rudd, 41. A second man, Joe Bell, 22, was arrested.",
     ["tom rudd"]),
    ("Tom Rudd, 41, was arrested at the scene. He was named by neighbours as a quiet man. Joe"
     " Bell, 22, a friend, said he was shocked.", ["tom rudd"]),
    ("Marek Doyle, 27, is accused of driving the van into the shop. Lewis Carne, 20, was also"
     " charged with burglary.", ["marek doyle"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), RANKED)
def test_the_held_outrank_the_only_named(text: str, names: list[str]) -> None:
    assert values(text, NAME) == names


# A name inside a role word's prepositional phrase, with no comma, is the phrase's object (a
# place, an event), never the person charged.
def test_a_name_inside_the_role_phrase_is_no_suspect() -> None:
    for headline in (
        "Pine Hollow man charged in fatal Lac Dorval snowmobile crash",
        "Teen charged in Oak Ridge Mall shooting",
        "Driver arrested over deadly Kelby Mill fire",
        "Woman accused in Harlow Road house fire appears in court",
    ):
        assert values(headline, NAME) == [], headline
    text = "The suspect in the Harlow Road stabbing, Tom Hale, 31, was held."
    assert values(text, NAME) == ["tom hale"]


# A second person coordinated with the suspect may carry a relative clause of its own before
# the shared predicate.
COORDINATED_WHO: list[tuple[str, str, int]] = [
    ("The driver, Kwame Boateng, 41, and his assistant, who were picked up at a roadblock on"
     " Sunday, have been remanded in custody.", "kwame boateng", 41),
    ("The owner, Li Na, 50, and her manager, who ran the hall, were arrested on Monday.", "li na",
     50),
    ("The skipper, Ole Dahl, 62, and the deckhand, who had been on watch, are in custody.",
     "ole dahl", 62),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "age"), COORDINATED_WHO)
def test_a_coordinated_second_person_with_a_relative(text: str, name: str, age: int) -> None:
    assert values(text, NAME) == [name]
    assert values(text, AGE) == [age]


# A case, complaint or charges brought against a person, with a long complement of the case
# (its sections, its law) and a role with an of-phrase and an honorific before the name.
AGAINST: list[tuple[str, str, int]] = [
    ("Police registered a case under sections 304 and 337 of the Indian Penal Code for causing"
     " death by negligence against the owner of the guest house, Ramesh Gupta, 52.",
     "ramesh gupta", 52),
    ("An FIR under the Explosives Act was lodged against the factory's proprietor, Alhaji Sani"
     " Bello, 60, on Monday.", "sani bello", 60),
    ("A complaint for negligent homicide has been filed with the prosecutor against the"
     " contractor, Jaime Ortiz, aged 47.", "jaime ortiz", 47),
    ("Police have filed charges of criminal negligence causing death against the operator of the"
     " ride, Tom Vance, 39.", "tom vance", 39),
    ("A case of culpable homicide was registered against the hall's manager, Mr. Imran Qureshi"
     " (44).", "imran qureshi", 44),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "age"), AGAINST)
def test_a_case_against_a_named_person(text: str, name: str, age: int) -> None:
    assert values(text, NAME) == [name]
    assert values(text, AGE) == [age]


# The age told before an identification of one of those held ("a 29-year-old named as X").
AGE_BEFORE_NAMING: list[tuple[str, str, int]] = [
    ("Two men were arrested at a roadblock on Friday. One of them, a 29-year-old named as Chidi"
     " Okafor, had a gun.", "chidi okafor", 29),
    ("Police arrested two suspects overnight. The older, a 52-year-old identified as Musa Bello,"
     " was found with cash.", "musa bello", 52),
    ("Three people are in custody. The first, a 40-year-old trader identified as Ama Owusu, sold"
     " the fuel.", "ama owusu", 40),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "age"), AGE_BEFORE_NAMING)
def test_the_age_before_an_identification(text: str, name: str, age: int) -> None:
    assert values(text, NAME) == [name]
    assert values(text, AGE) == [age]


# A surname withheld as a quoted initial (Mexican press): the given names and the initial.
WITHHELD: list[tuple[str, str, int]] = [
    ('Agents arrested the driver of the truck, identified as Jorge "N", 31 years old, on Friday.',
     "jorge n", 31),
    ("Police detained José Luis “R.”, 44, the owner of the warehouse.", "josé luis r", 44),
    ('The suspect, identified as María Fernanda "G", 27, was placed at the disposal of the'
     " prosecutor.", "maría fernanda g", 27),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "age"), WITHHELD)
def test_a_surname_withheld_as_a_quoted_initial(text: str, name: str, age: int) -> None:
    assert values(text, NAME) == [name]
    assert values(text, AGE) == [age]


# Led away in handcuffs; a bare definite age opening the sentence after the person was named.
HANDCUFFED: list[tuple[str, str | None, int]] = [
    ('Police raided the estate at dawn. The main target was Marcos "Gordo" Ribeiro. The'
     " 38-year-old, who ran the gang, was taken out of a flat in handcuffs.", "marcos ribeiro",
     38),
    ("The owner of the club is Dmitri Volkov. The 52-year-old was led away in handcuffs.",
     "dmitri volkov", 52),
    ("Omar Diallo, 35, was led away in handcuffs.", "omar diallo", 35),
    ("Jane Doe was stabbed outside the bar. The 30-year-old was handcuffed at the scene.", None,
     30),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "age"), HANDCUFFED)
def test_led_away_in_handcuffs(text: str, name: str | None, age: int) -> None:
    assert values(text, NAME) == ([name] if name else [])
    assert values(text, AGE) == [age]


# A name inside a held person's apposition (an employer, a firm) is no second suspect.
def test_a_name_inside_the_held_persons_apposition() -> None:
    text = (
        "Tomas Ruiz Vega, 48, a foreman employed by the builder Obras y Caminos del Sur, was"
        " convicted of manslaughter."
    )
    assert values(text, NAME) == ["tomas ruiz vega"]
    text = "Ravi Nair, 40, an engineer working for the firm Kelby Stone Works, was arrested."
    assert values(text, NAME) == ["ravi nair"]


# The object of an arrest told with where it is from, then its apposed age; a plea asked of the
# defendant; an arrest told as an apposed participle of the person.
OBJECT_FROM: list[tuple[str, int]] = [
    ("On Sunday officers arrested a man from the Kelby area, aged 52, on suspicion of"
     " manslaughter.", 52),
    ("Detectives detained a woman from the Harlow estate, aged 37, on Friday.", 37),
    ("Police arrested a teenager from a nearby village, 17, after the fire.", 17),
]  # fmt: skip


@pytest.mark.parametrize(("text", "age"), OBJECT_FROM)
def test_the_arrested_object_from_a_place_then_its_age(text: str, age: int) -> None:
    assert values(text, AGE) == [age]
    assert values(text, ARRESTS) == [1]


def test_a_plea_asked_of_the_defendant() -> None:
    text = "Kofi Mensah, 33, was asked to plead to a charge of causing death by careless driving."
    assert values(text, NAME) == ["kofi mensah"]
    text = "Dean Prior, a bus driver, was not required to plead to the two indictable charges."
    assert values(text, NAME) == ["dean prior"]


HELD_PARTICIPLE: list[str] = [
    "A 53-year-old man, detained on suspicion of manslaughter, has been released under"
    " investigation.",
    "A woman, arrested on suspicion of arson, has been bailed.",
    "The skipper, arrested in connection with the sinking, was freed on Monday.",
]


@pytest.mark.parametrize("text", HELD_PARTICIPLE)
def test_an_arrest_told_as_an_apposed_participle(text: str) -> None:
    assert values(text, ARRESTS) == [1]
