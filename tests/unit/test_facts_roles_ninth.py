"""Roles, ninth round (classes seen in authored-pairs-2, -4, -5, -8, -9 and -10, fixed by shape):
an honorific of any culture before a held person's name (with or without its full stop), a
nickname in quotes inside a name of several words, an age told as a decade by a pronoun in the
sentence after the arrest, and a custody told as a state by a pronoun after the named person's
sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"


# An honorific (a closed class across cultures) before the held person's name is no part of the
# role's phrase: the object of the arrest, the subject, an apposition; with its full stop or not.
HONORIFICS: list[tuple[str, str, int]] = [
    ("Police detained Mr. Nguyen Van Thanh, 48.", "nguyen van thanh", 48),
    ("The Provincial Police have temporarily detained Mr. Le Quang Minh (52 years old), the owner"
     " of the bar.", "le quang minh", 52),
    ("Police arrested Dr. Anil Mehta, 50, the hospital director.", "anil mehta", 50),
    ("Officers arrested Chief Emeka Nwosu, 55, the landlord, on Tuesday.", "emeka nwosu", 55),
    ("Police arrested Haji Rashid Karim, aged 61, the owner of the hall, on Sunday.",
     "rashid karim", 61),
    ("The owner of the hall, Sheikh Omar Farooq, 58, was arrested on Sunday.", "omar farooq", 58),
    ("Police detained the convener, Evangelist Peter Ndi, 52, on Monday.", "peter ndi", 52),
    ("Gendarmes detained Pastor John Mensah, 47, over the collapse.", "john mensah", 47),
    ("Police arrested the shop owner, Alhaji Musa Bello, 60, on Tuesday.", "musa bello", 60),
    ("Officers arrested Senhor Carlos Lima, 39.", "carlos lima", 39),
    ("Mrs. Tran Thi Lan (52 years old), the director, was detained by police.", "tran thi lan",
     52),
    ("Police took Smt. Kamla Devi, 44, the hostel warden, into custody.", "kamla devi", 44),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "age"), HONORIFICS)
def test_an_honorific_before_the_held_persons_name(sentence: str, name: str, age: int) -> None:
    assert values(sentence, NAME) == [name]
    assert values(sentence, AGE) == [age]
    assert values(sentence, ARRESTS) == [1]


# A nickname in quotes between the given names and a surname of several words (particles too).
NICKNAMES: list[tuple[str, str]] = [
    ('Police arrested Luiz Carlos "Baiano" da Silva, 41.', "luiz carlos da silva"),
    ('The gang leader, Joao Pedro "Magrelo" dos Santos, 41, was arrested in the raid.',
     "joao pedro dos santos"),
    ("Officers detained Mary-Jo 'MJ' van der Berg, 36, at her flat.", "mary-jo van der berg"),
    ("Kendell \u2018Bossman\u2019 Hypolite, 29, was charged and remanded in custody.",
     "kendell hypolite"),
    ("Police arrested Omar \u201cThe Fox\u201d al-Rashid, 33, on Friday.", "omar al-rashid"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name"), NICKNAMES)
def test_a_nickname_in_quotes_inside_a_long_name(sentence: str, name: str) -> None:
    assert values(sentence, NAME) == [name]


# The held person's age told as a decade by a pronoun in the sentence after the arrest.
DECADES: list[tuple[str, dict[str, int]]] = [
    ("A man has been arrested. Police have not named him but have described him as being in his"
     " 50s.", {"min": 50, "max": 59}),
    ("A man has been arrested. He is in his 50s.", {"min": 50, "max": 59}),
    ("A woman was detained at the scene. Officers said she was in her late thirties.",
     {"min": 36, "max": 39}),
    ("Police arrested the driver. He is thought to be in his early forties.",
     {"min": 40, "max": 43}),
    ("A man was taken into custody on Friday. Detectives describe him as in his 20s.",
     {"min": 20, "max": 29}),
    ("Lena Voss was arrested on Friday. She is in her 30s.", {"min": 30, "max": 39}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "age"), DECADES)
def test_a_pronouns_decade_after_the_arrest(text: str, age: dict[str, int]) -> None:
    assert values(text, AGE) == [age]


@pytest.mark.parametrize(
    "text",
    [
        "A woman was killed by the car. She was in her 70s.",  # no one held
        "A man was arrested after a woman was killed. She was in her 70s.",  # another sex
        "Two men were arrested. A neighbour, who is in her 60s, saw them run.",
    ],
)
def test_a_decade_of_someone_else_is_no_suspect_age(text: str) -> None:
    assert values(text, AGE) == []


# A custody told as a state by the pronoun of the person named in the sentence before.
CUSTODY_STATES: list[tuple[str, str, int]] = [
    ("The driver, identified as Lito Ramos, 47, a resident of the village, survived with a broken"
     " arm. He is now under the custody of the town police.", "lito ramos", 47),
    ("The driver, Lito Ramos, 47, survived with a broken arm. He is now in police custody.",
     "lito ramos", 47),
    ("The rider, Jan Holt, 33, fled the scene. He is under arrest.", "jan holt", 33),
    ("The owner, Mina Sato, 52, was questioned. She is being held at the central police station.",
     "mina sato", 52),
    ("The skipper, Tomasz Wilk, 58, was rescued. He remains in custody.", "tomasz wilk", 58),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "age"), CUSTODY_STATES)
def test_a_pronouns_custody_state_after_the_named_person(text: str, name: str, age: int) -> None:
    assert values(text, NAME) == [name]
    assert values(text, AGE) == [age]


def test_a_custody_of_kin_is_no_arrest_state() -> None:
    text = "The driver, Lito Ramos, 47, died in hospital. He was in the custody of his uncle."
    assert values(text, NAME) == []


# A detention or an arrest told as a noun: counted when it was made, or ordered by a court or a
# prosecutor (which holds the people: civil-law copy's "ordered the detention of"); not when a
# warrant, a demand or a politician's order wants it.
NOMINAL: list[tuple[str, int]] = [
    ("Overnight, the Public Prosecution ordered the detention of four mine foremen for four"
     " days pending investigation.", 4),
    ("A court on Tuesday ordered the arrest of the ship's master and the canal pilot.", 2),
    ("The magistrate ordered the detention of three officials for 15 days.", 3),
    ("Prosecutors have ordered the detention of two site managers pending trial.", 2),
    ("Police announced the detention of two men on Friday.", 2),
    ("The district court ordered the detention of the bus owner.", 1),
    ("Judges ordered the arrest of a man and a woman on Friday.", 2),
    ("He spoke to reporters after his detention on Monday.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "count"), NOMINAL)
def test_a_detention_told_as_a_noun(sentence: str, count: int) -> None:
    assert values(sentence, ARRESTS) == [count]


@pytest.mark.parametrize(
    "sentence",
    [
        "The president ordered the arrest of those responsible.",
        "Protesters demanded the detention of the owner.",
        "Police have issued a warrant for the arrest of two men.",
        "The minister ordered the arrest of four officials.",
        "The detention of migrants at the border has been criticised.",
    ],
)
def test_a_detention_wanted_or_of_no_one_counted(sentence: str) -> None:
    assert values(sentence, ARRESTS) == []
