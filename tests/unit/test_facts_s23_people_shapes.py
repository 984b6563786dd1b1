"""The members of a held group listed after it are its suspects, an owner's genitive in a
coordinated arrest's object is a determiner, and a headline's harm participle with no object is a
passive (its person the victim): classes of English with invented sentences (none from a dev,
check, real or authored report), and negatives."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

# A list after a colon, a dash, "among them" or a comma names members of the group held: each
# named member is a suspect, whatever role word stands before the name.
MEMBERS: list[tuple[str, str, list[Any]]] = [
    ("Three people were arrested on Friday: the bakery's owner, Tomas Reyes, 52, and two of his "
     "employees.", NAME, ["tomas reyes"]),
    ("Three people were arrested on Friday: the bakery's owner, Tomas Reyes, 52, and two of his "
     "employees.", AGE, [52]),
    ("Two workers have been taken into custody - the shift manager, Priya Nair, 39, and an "
     "electrician.", NAME, ["priya nair"]),
    ("Investigators arrested three people on Sunday: the ferry's captain, Olu Bankole, 47, its "
     "first mate and a ticket clerk.", AGE, [47]),
    ("The prosecutor ordered the detention of two officials pending trial: the mayor's deputy and "
     "the engineer Dr. Hana Kovac.", NAME, ["hana kovac"]),
    ("Two people were taken into custody on Monday morning: the chairman of the club, Yusuf "
     "Demir, 61, and the electrician who wired the stage.", NAME, ["yusuf demir"]),
    ("Police detained two men, site foreman Luka Horvat (44) and a crane operator, for "
     "questioning.", NAME, ["luka horvat"]),
    ("Two people were detained, the bar's owner Hugo Brandt (58) and a doorman.", AGE, [58]),
    ("Gendarmes have detained two people, quarry manager Dang Thi Lan (born 1979) and a blaster, "
     "for investigation.", NAME, ["dang thi lan"]),
    ("Prosecutors ordered the detention of two men: a site foreman and the contractor Dr. Karim "
     "Fawzi, whose firm built the wall.", NAME, ["karim fawzi"]),
    # the list is a clause of its own (its verb), or the sentence's speaker: no member
    ("Three men were arrested - police said the victim, Jo Bloggs, 23, was stabbed.", NAME, []),
    ("Two men were arrested on Monday, Inspector Jane Doe said.", NAME, []),
    ("Police arrested two men, a spokesman, Tom Hale, said.", NAME, []),
    ("Two men were arrested: the victim's neighbour and his cousin, Inspector Ray Tamm said.",
     NAME, []),
    ("Police arrested two men over the deaths of Tom Bell, 45, and his son.", NAME, []),
    # the group's suspect named before the list, and an ordinal's one more held
    ("Police have arrested the restaurant owner Hasan Ali, 47, and his manager, Rafiq Uddin, 31, "
     "in a case filed by the family.", NAME, ["hasan ali"]),
    ("Police have also arrested a second person, Tom Reed, 23, the son of the woman.", NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), MEMBERS)
def test_members_listed_after_a_held_group(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An owner's genitive before the head ("the park's managing director") starts the phrase again:
# a participle after it is the head's modifier, not a reduced relative, so both conjuncts count.
GENITIVES: list[tuple[str, Any]] = [
    ("Police arrested the park's managing director, Anan Srisuk, 47, and its head of security on "
     "Tuesday.", 2),
    ("Officers detained the hotel's acting manager, Lena Fischer, 51, and its night porter.", 2),
    ("Police arrested the company's managing director and its site engineer.", 2),
    ("Gardaí arrested the club's presiding officer and a steward.", 2),
    ("The firm's acting director and a foreman were detained.", 2),
    ("Police detained the bus company's operating manager, Ravi Das (50), and two mechanics.", 3),
    ("Police arrested the victims' landlord and his son.", 2),
    # one person, and a second verb after "and"
    ("Police arrested the driver's brother-in-law.", 1),
    ("Police arrested the club's owner and fined him.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), GENITIVES)
def test_an_owners_genitive_in_a_coordinated_arrest(text: str, want: Any) -> None:
    assert values(text, ARRESTS) == [want]


# A headline's harm participle with no object before its agent or circumstances is a passive: the
# person is harmed, so no suspect's age; a harm verb with its object, or a doer's role, is one.
HEADLINE_PASSIVES: list[tuple[str, str, list[Any]]] = [
    ("Boy, 12, killed by stray gunfire at village wedding", AGE, []),
    ("Man, 40, killed as lorry hits market stall", AGE, []),
    ("Teen, 17, stabbed in the chest outside club", AGE, []),
    ("Callum Reid, 24, stabbed a man outside the club.", AGE, [24]),
    ("Amir Khan, 41, shot his neighbour on Sunday.", AGE, [41]),
    ("Gunman, 28, killed by police after siege", AGE, [28]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), HEADLINE_PASSIVES)
def test_a_headlines_harm_participle(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Holding people is an arrest when what they are held for follows, for a coordinated object too;
# holding things or events is none.
HOLDING: list[tuple[str, list[Any]]] = [
    ("Police are holding the truck driver, Ali Musa (41), and a loader of the firm that packed "
     "the cargo, pending investigations.", [2]),
    ("Detectives are holding the landlord and his son on suspicion of manslaughter.", [2]),
    ("Gendarmes are holding the bus owner, Malick Diop, and his driver in connection with the "
     "crash.", [2]),
    ("Police held the site foreman and two labourers for questioning.", [3]),
    ("Police are holding a man pending further inquiries.", [1]),
    ("Police are holding a press conference and a briefing on Monday.", []),
    ("Relatives are holding the boy's mother and sister in their arms.", []),
    ("The family held a vigil and a prayer meeting for the victims on Sunday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), HOLDING)
def test_holding_people_for_a_reason(text: str, want: list[Any]) -> None:
    assert values(text, ARRESTS) == want


# A suspect held as told in an absolute clause or after "already".
ALREADY_HELD: list[tuple[str, str, list[Any]]] = [
    ("With the driver, Arshad Khan (36), already in custody, two men are now behind bars.", NAME,
     ["arshad khan"]),
    ("The driver, Arshad Khan (36), is already in custody.", AGE, [36]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ALREADY_HELD)
def test_a_suspect_already_held(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Names of other countries' conventions: a make's or model's word as a given name or surname
# before an age ("Hiroshi Suzuki, 45"), a name of four words, and a hyphened role opening with
# a preposition's letters ("in-charge") before the name.
NAMES: list[tuple[str, str, list[Any]]] = [
    ("Police arrested Hiroshi Suzuki, 45, on Monday.", NAME, ["hiroshi suzuki"]),
    ("The driver, Kenji Honda (52), was arrested.", NAME, ["kenji honda"]),
    ("Police arrested Ram Prasad Sharma, 40, the contractor.", NAME, ["ram prasad sharma"]),
    ("Police detained Mercedes Ruiz, 33.", NAME, ["mercedes ruiz"]),
    ("Police arrested Ratan Tata, 51, the bus owner.", NAME, ["ratan tata"]),
    ("Police have taken the plant's shift in-charge Hari Bahadur Rana Magar (44) and two fitters "
     "into custody.", NAME, ["hari bahadur rana magar"]),
    ("Police have taken the plant's shift in-charge Hari Bahadur Rana Magar (44) and two fitters "
     "into custody.", ARRESTS, [3]),
    ("Police detained the site in-charge, Nguyen Thi Thu Ha (41), and a welder.", ARRESTS, [2]),
    # a make with no age after it stays a vehicle's word
    ("The driver of a Toyota Corolla, 2015, was arrested.", NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), NAMES)
def test_names_of_other_conventions(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "behind bars" is custody now (not a term served).
BEHIND_BARS: list[tuple[str, list[Any]]] = [
    ("Two men are now behind bars in the case.", [2]),
    ("Three suspects were put behind bars on Monday.", [3]),
    ("A man is behind bars after the crash.", [1]),
    ("The owner, who spent six years behind bars for fraud, was not held.", []),
    ("The pair have spent years behind bars.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), BEHIND_BARS)
def test_behind_bars(text: str, want: list[Any]) -> None:
    assert values(text, ARRESTS) == want
