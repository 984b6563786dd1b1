"""The people of the incident, session 25: a name given by an identifying verb belongs to the
person the clause identifies (a relative pronoun's head, "one of them", a pronoun's copula after a
colon), even when a victim noun stands inside what that person is accused of; an honorific and an
initial before a surname; an age given by "aged" or by a surname's possessive; the apposition
of an arrest's object; a formal suspect's status in other countries' terms; a participle's
clause between a person and the predicate; a decade told as hearsay; a pronoun taken into
custody after "that"; an explainer's answer to "Has anyone been arrested?"; smaller arrest
counts as stages of the largest; accomplices; the crew of a minibus. Invented sentences (none
from a dev, check, real or authored report), and negatives."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

# The name an identification gives, in a relative clause whose head is the suspect; the victim
# noun inside the head's accusation ("suspected of stabbing one of the guests") is no rival.
IDENTIFIED: list[tuple[str, str, list[Any]]] = [
    ("Police arrested four people, including the man suspected of stabbing one of the guests, "
     "whom they named as Petar Vuk, 31.", NAME, ["petar vuk"]),
    ("Police arrested four people, including the man suspected of stabbing one of the guests, "
     "whom they named as Petar Vuk, 31.", AGE, [31]),
    ("Officers detained three people, among them a driver accused of injuring two of the "
     "pedestrians, who police identify as Lena Marsh, aged 45.", AGE, [45]),
    ("Among those held is the man charged with the murder of the victim, whom detectives named "
     "as Colm Hart.", NAME, ["colm hart"]),
    ("Police have arrested a contractor suspected of causing the deaths of three workers, whom "
     "they identified only as R. Banda.", NAME, ["r. banda"]),
    ("Police arrested a 33-year-old farmer who officers have identified as Kim Dorn.", NAME,
     ["kim dorn"]),
    ("A forklift driver was arrested at the depot. He was named by police as Mr Tarik Osei "
     "(aged 51).", NAME, ["tarik osei"]),
    ("A forklift driver was arrested at the depot. He was named by police as Mr Tarik Osei "
     "(aged 51).", AGE, [51]),
    ("Police arrested one of the site managers. The manager was identified as Dr. Ines Varga, "
     "aged 60.", NAME, ["ines varga"]),
    ("Two men are in custody. Police have named one of the suspects as Ivan Petrov but not the "
     "other.", NAME, ["ivan petrov"]),
    ("Police arrested two men on Friday. Officers named one of them as Sam Oduya, 29.", NAME,
     ["sam oduya"]),
    ("A suspect is in custody. Police have now named the suspect: he is Karl Fenn, a local man.",
     NAME, ["karl fenn"]),
    # the victim named, by a relative clause or by kin, stays the victim's
    ("A 30-year-old man was arrested. The victim, whom police identified as Ana Bell, 22, died "
     "in hospital.", NAME, []),
    ("Four people died. Police named one of the victims as Rosa Lind, 70.", NAME, []),
    ("The girl, named by relatives as Ana Moss, was hit by a bullet and died. A man was "
     "arrested.", NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), IDENTIFIED)
def test_identified_person(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The age of the suspect a surname's possessive gives, once the name has been told.
POSSESSIVE: list[tuple[str, str, list[Any]]] = [
    ("Police arrested Tom Hale on Monday. A court document listed Hale’s age as 44.", AGE, [44]),
    ("Officers detained Rui Sousa at the port. Police later gave Sousa's age as 38.", AGE, [38]),
    ("Police arrested Tom Hale on Monday. The victim was Ann Lee. Police gave Lee's age as 70.",
     AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), POSSESSIVE)
def test_surname_possessive_age(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The apposition of an arrest's object, after its of-phrase or relative clause.
OBJECT_APPOSITION: list[tuple[str, str, list[Any]]] = [
    ("Police detained one crane operator, a man in his forties who worked on the night shift.",
     AGE, [{"min": 40, "max": 49}]),
    ("Police arrested the owner of the dog whose barking startled the horses, a 33-year-old "
     "farmer from the next village.", AGE, [33]),
    ("Officers detained a site foreman, a man in his early fifties, on Tuesday.", AGE,
     [{"min": 50, "max": 53}]),
    ("Police arrested the driver of the tractor that hit the wall, a 60-year-old contractor.",
     AGE, [60]),
    # the apposition of the victim the object harmed is the victim's
    ("Police arrested the man who stabbed the guard, a 45-year-old security worker.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), OBJECT_APPOSITION)
def test_object_apposition(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A formal suspect's status; a participle's clause before the predicate; a decade as hearsay.
STATUS: list[tuple[str, str, list[Any]]] = [
    ("A worker died. The farm's 61-year-old foreman has been made an arguido, or formal suspect.",
     AGE, [61]),
    ("A worker died. The 47-year-old site contractor was declared a formal suspect on Friday.",
     AGE, [47]),
    ("A pupil died. The school's 39-year-old caretaker is considered a suspect by prosecutors.",
     AGE, [39]),
    ("Police arrested the kiln owner. The 55-year-old owner, speaking to reporters as he was "
     "being taken to court, denied that he had ignored any warnings.", AGE, [55]),
    ("A 30-year-old man, carrying a knife in his belt, was arrested.", AGE, [30]),
    ("A police source said the first man held, who is said to be in his late twenties, was "
     "known to the police.", AGE, [{"min": 26, "max": 29}]),
    ("Police said the man arrested, who is believed to be in his thirties, was known to "
     "officers.", AGE, [{"min": 30, "max": 39}]),
    ("A worker died. The 61-year-old foreman was treated for shock.", AGE, []),
    ("A 30-year-old man, walking his dog near the river, was stabbed.", AGE, []),
    ("The victim, who is thought to be in her 60s, died at the scene.", AGE, []),
    ("The woman held, a 40-year-old from Kell, was released.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), STATUS)
def test_status_and_clauses(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Arrests: a pronoun taken into custody after "that"; an answer to an explainer's question; a
# smaller count beside the total; accomplices; a minibus's driver is crew.
HELD: list[tuple[str, str, list[Any]]] = [
    ("The chief said that the owner had been warned, and that he had been taken into custody.",
     ARRESTS, [1]),
    ("Mr Dorn said that she was taken into police custody on Monday.", ARRESTS, [1]),
    ("The medics said the boy was taken into the ambulance.", ARRESTS, []),
    ("What happened?\nA fire broke out. Has anyone been arrested?\nYes, two people. The director "
     "was arrested on Monday. The night manager was arrested on Tuesday.", ARRESTS, [2]),
    ("Have there been any arrests?\nNo. Police said the cause is unclear.", ARRESTS, [0]),
    ("How many people are in custody?\nThree, police said.", ARRESTS, [3]),
    ("Is anyone hurt?\nYes, two people.", ARRESTS, []),
    ("Police arrested two men on Friday and said four men are now in custody.", ARRESTS, [4]),
    ("Police arrested three men. Officers said two relatives of the gunman were arrested, "
     "bringing to five the number of people detained.", ARRESTS, [5]),
    ("No arrests were made on Friday. On Sunday two men were arrested.", ARRESTS, [0, 2]),
    ("The owner, Mr Lan Vo, 52, is charged with manslaughter, while his son, Mr Bao Vo, 27, and "
     "a trader, Mr Minh Tran, 45, are charged as accomplices.", NAME, ["lan vo"]),
    ("The driver of the minibus, a 38-year-old man, was unhurt.", AGE, []),
    ("The lorry driver, a 44-year-old man, was unhurt.", AGE, [44]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), HELD)
def test_held(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A driver identified by a copula ("the train's driver is 58-year-old X Y") when the report holds
# "the driver"; a second that-clause's pronoun resuming the first clause's subject, held.
RESUMED: list[tuple[str, str, list[Any]]] = [
    ("A train derailed. The train's driver is 58-year-old Ivo Lanc from Brod, a railway "
     "employee. Police said the driver was detained.", NAME, ["ivo lanc"]),
    ("A train derailed. The train's driver is 58-year-old Ivo Lanc from Brod, a railway "
     "employee. Police said the driver was detained.", AGE, [58]),
    ("A tram derailed. The driver was Ana Roth, 34, police said. Prosecutors said the driver was "
     "charged.", AGE, [34]),
    ("A lorry hit a bus. The bus's driver is 45-year-old Sam Cole. Police said the lorry driver "
     "was arrested.", NAME, []),
    ("Three workers died. The chief said that the depot's operator, a man in his late forties "
     "who has run the site for years, had been warned by inspectors not to store gas there, and "
     "that he had been taken into custody by local police.", AGE, [{"min": 46, "max": 49}]),
    ("The mayor said that the owner, a 61-year-old builder, had ignored warnings that the wall "
     "was weak, and that he had been arrested on Monday.", AGE, [61]),
    ("The mayor said that the cook, a 40-year-old woman, had been badly burned, and that she was "
     "in hospital.", AGE, []),
    ("The mayor said that the owner, a 61-year-old builder, had told staff that the wall was "
     "safe, and that he had been arrested.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), RESUMED)
def test_resumed_and_copula(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A one-word name an apposed age tells is a person held; a birth year after a name gives the age
# from the report's year (the tests' reports are dated 2024-06-15).
ONE_WORD_AND_BORN: list[tuple[str, str, list[Any]]] = [
    ("Police last night arrested site boss Somchai, 52, on suspicion of manslaughter.", ARRESTS,
     [1]),
    ("Police arrested Wiranto (47) on suspicion of negligence.", ARRESTS, [1]),
    ("Police detained Tuesday, 12 people were hurt.", ARRESTS, []),
    ("Police detained two people, kiln operator Tran Van Long (born 1990) and the manager.", AGE,
     [34]),
    ("Police arrested the owner, Mehmet Kaya, born in 1971, at the site.", AGE, [53]),
    ("Police arrested Tom Hale, 30, at his home. His father (born 1960) was not held.", AGE, [30]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ONE_WORD_AND_BORN)
def test_one_word_names_and_birth_years(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Custody as Balkan and Central European police releases tell it.
DEPRIVED: list[tuple[str, str, list[Any]]] = [
    ("The driver was deprived of liberty and taken to the police station.", ARRESTS, [1]),
    ("A 45-year-old man was deprived of his liberty on Sunday.", ARRESTS, [1]),
    ("After treatment he was deprived of liberty and placed under police detention at the "
     "hospital.", ARRESTS, [1]),
    ("Two men were placed under police detention.", ARRESTS, [2]),
    ("Two hundred people were deprived of freedom of movement by the curfew.", ARRESTS, []),
    ("The villagers were deprived of water for days.", ARRESTS, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), DEPRIVED)
def test_deprived_of_liberty(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The driver "driven by" names is the crew of the last vehicle told before it, however long that
# vehicle's phrase ("a minibus of the X make with foreign plates, driven by a 38-year-old").
DRIVEN_BY: list[tuple[str, str, list[Any]]] = [
    ("A 71-year-old man drove the wrong way. His car collided head-on with a minibus of the "
     "Mercedes make with Austrian registration plates, driven by a 38-year-old Austrian citizen, "
     "in which eleven passengers were travelling.", AGE, [71]),
    ("The tram of the city's northern line with two carriages full of commuters, driven by a "
     "50-year-old woman, stopped short.", AGE, []),
    ("A lorry of the Volvo make with Polish plates and a full load of timber, driven by a "
     "52-year-old man, hit the barrier.", AGE, [52]),
    ("The car was being driven by a 24-year-old man, police said.", AGE, [24]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), DRIVEN_BY)
def test_driven_by_crew(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
