"""The suspect in house styles (invented sentences): US police releases and TV copy, UK court
reports, Irish, Australian and Indian press.

Each row is a class of wording: an age written police-style (", age 41,"), a suspect named by a
later sentence ("Court papers name him as X"), a defendant's first hearing ("spoke only to confirm
his name"); and the names that are no person's (an institution's tail, a jail after "the", an
offence after "charged with", a town after "a resident of") or no suspect's (the bystander who
held the attacker).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.facts import extract
from incident_reader.core.model import DctSource, Report


def found(text: str, kind: str) -> list[Any]:
    report = Report("r", Path("r.txt"), "", text, "2025-03-02", DctSource.HEADER, "0")
    return [f.value for f in extract(report, "2025-03-02", ()).facts if f.kind == kind]


SUSPECTS = [
    # police-release age after the name
    ("Deputies arrested Corey Dale Pim, age 33, of Red Oak, at a motel.", "corey dale pim", 33),
    ("Troopers detained Ella Marsh, age 58, at the state line.", "ella marsh", 58),
    # a defendant's first hearing
    (
        "Ronan Tull, 29, of Ash Grove, spoke only to confirm his name and address.",
        "ronan tull",
        29,
    ),
    ("Mia Kerr, 35, entered no plea and was remanded until June.", "mia kerr", 35),
    ("Jed Orme, 44, confirmed his name and date of birth at the hearing.", "jed orme", 44),
    # Irish court copy: an address apposition, "brought before"
    (
        "Aoife Brennan, 31, with an address at Mill Lane, Ennis, was brought before the court.",
        "aoife brennan",
        31,
    ),
    # a harm verb coordinated with the subject's first predicate
    ("Police say 52-year-old Vic Harlan drove to the club and opened fire.", "vic harlan", 52),
    ("Ty Boone, 23, got out of the van and stabbed a doorman.", "ty boone", 23),
    # an abbreviated given name (Indian press), "one" before a name
    ("Police have arrested one Mohd. Sajid (26), a tailor, for the attack.", "mohd. sajid", 26),
    # the subject after its predicate (US court copy)
    ("Charged in the robbery is Lyle Dorsey, 36, of Pine Hill.", "lyle dorsey", 36),
    ("Charged with arson after the warehouse fire is 20-year-old Nia Cole.", "nia cole", 20),
    ("Among those charged is Otto Grieve, 58.", "otto grieve", 58),
    # shots and drawn weapons
    ("Deputies say Rey Olmos, 33, fired into the parked car.", "rey olmos", 33),
    ("Bo Varga, 47, pulled out a pistol and threatened staff.", "bo varga", 47),
    # counts, a first appearance, a record
    ("Wes Tolland, 29, faces three counts of attempted murder.", "wes tolland", 29),
    ("Pia Holm, 35, is facing a felony charge.", "pia holm", 35),
    ("Kit Marr, 50, made his first court appearance on Friday.", "kit marr", 50),
    ("Records show Ned Aske, 44, has a lengthy criminal record.", "ned aske", 44),
    # what the role is in, a judge's order, a court with a long name
    ("The suspect in the robbery, Cy Maddox, 39, was shot by a guard.", "cy maddox", 39),
    ("Ida Roan, 27, was ordered held without bail.", "ida roan", 27),
    # armed, began shooting, "is the man police say shot"
    ("Deputies say Al Creed, 52, came back with a shotgun.", "al creed", 52),
    ("Flo Dunne, 36, went to the office and began shooting.", "flo dunne", 36),
    ("Gil Rowse, 44, is the man police say stabbed two guards.", "gil rowse", 44),
    # Indian copy: a case against, "booked", a one-word name with its alias
    ("Police registered a case against Mohan Lal (47) for negligence.", "mohan lal", 47),
    ("An FIR was lodged against Vinod Bhatt (39), a contractor.", "vinod bhatt", 39),
    ("Police booked the driver, Ajay Negi (26), under the BNS.", "ajay negi", 26),
    ("The accused, Pappu alias Ranjit, 33, was produced before a magistrate.", "pappu", 33),
    # Australian copy: "will face <court name>"
    ("The man, Hamish Orr, 22, will face Blacktown Local Court today.", "hamish orr", 22),
    # UK tabloid: words for jailed, the attack launched
    ("Ned Cole, 27, of Wigan, was locked up for eight years.", "ned cole", 27),
    ("Yob Ned Cole, 19, launched the attack outside a chip shop.", "ned cole", 19),
    # a name in apposition between a role noun and its copula's age
    ("The suspect, Milo Grant, was 45.", "milo grant", 45),
    # a role noun and a modifier between an article and a name
    ("Deputies arrested the former soldier Abe Lyle, 40, on Monday.", "abe lyle", 40),
    # a sentence dense in names is no title-case headline
    (
        "Ash Fenner, 31, of Bow, east London, is due at Thames Hill Magistrates' Court.",
        "ash fenner",
        31,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "age"), SUSPECTS)
def test_suspect_by_house_style(sentence: str, name: str, age: int) -> None:
    assert name in found(sentence, "suspect.name"), sentence
    assert age in found(sentence, "suspect.age"), sentence


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A woman was charged with arson last night. Court papers name her as Tess Albin.",
            "tess albin",
        ),
        (
            "The driver fled on foot and was later arrested. Police identify him as Omar Reyes.",
            "omar reyes",
        ),
    ],
)
def test_a_suspect_named_in_a_later_sentence_in_the_present_tense(text: str, name: str) -> None:
    assert name in found(text, "suspect.name"), text


@pytest.mark.parametrize(
    ("sentence", "not_name"),
    [
        # the tail of a longer capitalised run (an institution)
        ("Officers of Lakes Police District Office arrested a man, 30.", "district office"),
        # a capitalised phrase after an article
        ("Kerr was held in the Dunmore County Jail overnight.", "dunmore county jail"),
        ("Vance was booked into the Fallow Ridge Detention Center.", "fallow ridge detention"),
        # an offence after a charge
        ("Vance was charged with Aggravated Arson and jailed.", "aggravated arson"),
        ("He faces two counts of Reckless Endangerment and was detained.", "reckless endangerment"),
        # an article and a modifier before a capitalised phrase (a vehicle)
        ("A blue Holden Barina hatchback left the road and struck a pole.", "holden barina"),
        # where the suspect lives
        ("The accused, Ravi Das (30), a resident of Green Park, was arrested.", "green park"),
        ("Leon Pask, 24, of Ferry Lane, Old Wharton, was arrested.", "old wharton"),
        ("Sean Roe, 40, with an address at Dock Road, Bally Cross, was charged.", "bally cross"),
    ],
)  # fmt: skip
def test_institutions_offences_and_towns_are_no_names(sentence: str, not_name: str) -> None:
    assert not_name not in found(sentence, "suspect.name"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "A diner, 58-year-old Hugh Pell, tackled the gunman and held him until deputies came.",
        "Cook Ama Boateng, 41, grabbed the attacker and pinned him to the floor.",
        "Bystander Lior Adler, 35, restrained the man until police arrived.",
        "Judge Ines Carvalho, 60, remanded Mr Dane in custody until May.",
        "District Judge Paul Okafor jailed Ms Reid for two years.",
    ],
)
def test_the_captor_is_not_the_suspect(sentence: str) -> None:
    assert found(sentence, "suspect.name") == [], sentence
    assert found(sentence, "suspect.age") == [], sentence


def test_the_attacker_stays_the_suspect_when_a_captor_follows() -> None:
    sentence = "Cai Rhodes, 27, stabbed a guard before a shopper tackled him."
    assert "cai rhodes" in found(sentence, "suspect.name")
    assert 27 in found(sentence, "suspect.age")


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        # a reduced relative clause between the person and the verb
        ("A 38-year-old man driving the van was arrested at the scene.", 38),
        # an apposition between spaced hyphens, as UK copy types dashes
        ("The driver - a 26-year-old woman from Hull - was arrested.", 26),
        # restrained by anyone, or the object of a restraint
        ("The man, who is 34, was restrained by shoppers before police arrived.", 34),
        ("Commuters pinned down the 29-year-old until officers came.", 29),
        ("Officers Tasered the 41-year-old before arresting him.", 41),
        ("Gardaí are questioning a man in his 40s.", {"min": 40, "max": 49}),
        ("The thug, 23, was put behind bars yesterday.", 23),
        # breathalysed; the agent of a private vehicle's driving
        ("The motorist, aged 63, was breathalysed at the scene.", 63),
        ("The van was being driven by a 27-year-old man from Hove, police said.", 27),
    ],
)
def test_the_suspects_age_past_a_participle_or_a_dash(sentence: str, age: object) -> None:
    assert age in found(sentence, "suspect.age"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Killed in the crash was Ann Lowe, 33.",  # inverted, but a victim's predicate
        "A 23-year-old man riding the scooter was killed.",
        "A 41-year-old man - the father of the victim - said he was heartbroken.",
        # the driving agent hurt or harmed, or a bus's crew
        "The other car, driven by Ann Lowe, 33, was hit by the lorry.",
        "The bus, driven by Ann Lowe, 33, stopped at the lights.",
        # the object of a harm noun's of-phrase
        "A man will face court charged over the stabbing of a 23-year-old woman.",
        # questioning: only its direct object, and not a witness
        "Detectives were questioning a 20-year-old witness.",
        "Police questioned neighbours, including a 70-year-old woman who heard shots.",
        "Aisha Noor (30) lodged a complaint against the driver.",
        # a comma before a new subject ends the person's predicate
        "When the 61-year-old cashier refused, Crane hit him and fled.",
        # a relative clause's custody or drink outweighed by the person's own harm, an officer's
        # arrest, a drink told before the person was shot
        "Rhea Ball, 24, who was arrested last year for theft, was stabbed to death.",
        "The passenger, 19, who had been drinking, was killed.",
        "Constable Nye Pugh, 33, who arrested the suspect, was praised by the judge.",
        "Detective Sergeant Nye Pugh, 33, charged the man on Sunday.",
        "Rhea Ball, 24, had been drinking with friends when she was shot.",
        "A gang of thugs attacked Ned Cole, 27, outside a pub.",
        # a pronoun object before the judge's name; a judge's title
        "Sentencing him, Recorder Iona Pratt said the harm was grave.",
        # the head noun after the age is a victim's
        "Staff restrained a 19-year-old victim who was bleeding heavily.",
        # a weapon in a victim's or a witness's sentence
        "Una Prior, 33, was threatened with a knife.",
        "Una Prior, 33, said the man was armed with a machete.",
        # a role noun as the object inside a relative clause
        "Lee Rusk, 25, who tried to stop the attacker, was stabbed in the arm.",
        # a role noun's phrase followed by a new clause
        "Before Ott was named as the suspect in the case, police freed a 26-year-old man.",
    ],
)
def test_victims_in_those_shapes_stay_victims(sentence: str) -> None:
    assert found(sentence, "suspect.age") == [], sentence
    assert found(sentence, "suspect.name") == [], sentence


def test_a_pronouns_age_in_the_next_sentence_is_the_named_suspects() -> None:
    text = "Rolf Imrie was arrested at the scene. He is 42."
    assert 42 in found(text, "suspect.age")


def test_a_pronouns_age_after_a_victim_named_last_is_not_the_suspects() -> None:
    text = "Police arrested Rolf Imrie after he stabbed Ada Venn. She is 42."
    assert 42 not in found(text, "suspect.age")


def test_a_fronted_name_then_the_role_noun() -> None:
    text = "Named locally as Ryan Coles, the suspect was detained by armed officers."
    assert "ryan coles" in found(text, "suspect.name")


def test_a_relative_clause_that_says_what_the_person_is() -> None:
    text = "Lee Rusk, 25, who police say was the gunman, died at the scene."
    assert "lee rusk" in found(text, "suspect.name")


def test_a_reduced_relative_with_the_doer_named_in_the_next_sentence() -> None:
    text = "The man police believe opened fire has been identified as Neil Ormond, 52."
    assert "neil ormond" in found(text, "suspect.name")
