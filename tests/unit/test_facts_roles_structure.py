"""The suspect and the arrests by clause structure (invented reports, three or more wordings of
each structure): coordinated people counted by their conjuncts, the subject told after its
custody predicate, one person named in full and later by surname, and a second case in the same
report kept apart.
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


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an object's conjuncts, the determiner shared or repeated
        ("A pedestrian died. Police have arrested the driver and helper of the truck.", 2),
        ("A bouncer was hurt. Officers detained the owner and the manager of the club.", 2),
        ("A man was stabbed. Police picked up a 20-year-old man, a 17-year-old boy and a girl.", 3),
        # a passive subject's conjuncts
        ("A shop was robbed. Two men and a woman were arrested on Tuesday.", 3),
        ("A warehouse burned. Three teenagers and an adult were detained overnight.", 4),
        # the subject told after its custody predicate
        ("Two bikers died. Arrested were the lorry driver and his mate.", 2),
        ("A woman was robbed. Detained on Friday were two men and a teenager.", 3),
    ],
)
def test_coordinated_arrests_count_their_conjuncts(text: str, count: int) -> None:
    assert count in found(text, "arrests"), text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a verb after "and", a new clause's subject, an apposition: one person
        ("A man was stabbed. Police arrested the driver and fined him for speeding.", 1),
        ("A man was stabbed. Officers arrested the driver, Sam Platt, 40, at the scene.", 1),
        ("A man was stabbed. Police detained the cyclist and the van driver was questioned.", 1),
        ("A man was stabbed. Police arrested a suspect and the victim was taken to hospital.", 1),
    ],
)
def test_a_verb_or_an_apposition_after_a_conjunction_adds_nobody(text: str, count: int) -> None:
    assert found(text, "arrests") == [count], text


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Two people were hurt. In custody is Reuben Slade, 34, of Marsh Lane.",
            "reuben slade",
            34,
        ),
        ("A man died in the fire. Now in custody is Lenny Dorr, 52.", "lenny dorr", 52),
        ("A woman was stabbed. Facing charges is Nadia Brook, 26, of Elm Road.", "nadia brook", 26),
        (
            "A cyclist was killed. Arrested at the scene was the driver, Colm Barry, 45.",
            "colm barry",
            45,
        ),
        ("A nurse was hurt. Under arrest is Gordon Fitch, 39, a builder.", "gordon fitch", 39),
    ],
)
def test_the_subject_after_its_custody_predicate(text: str, name: str, age: int) -> None:
    assert name in found(text, "suspect.name"), text
    assert age in found(text, "suspect.age"), text


@pytest.mark.parametrize(
    "text",
    [
        "A clerk was shot. Behind bars tonight is Roy Vance, 28.",
        "Two people were hurt. In custody is Reuben Slade, 34, of Marsh Lane.",
        "A guard was hurt. Troopers took Dale Kinney, 51, into custody after the crash.",
    ],
)
def test_one_person_in_custody_is_one_arrest(text: str) -> None:
    assert found(text, "arrests") == [1], text


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "A cyclist died after being hit by a car. Nathan Oakes, aged 41, of Kestrel Way, was"
            " travelling at 52mph when his Vauxhall hit her. Oakes pleaded guilty to causing death"
            " by dangerous driving.",
            "nathan oakes",
            41,
        ),
        (
            "A pensioner was robbed in Elm Park. Darren Quill (33), a roofer from Leeds, had been"
            " seen near the house. Quill was arrested two days later.",
            "darren quill",
            33,
        ),
        (
            "A bar worker was glassed. Jade Corrie, 26, from Hull, was at the bar that night."
            " Police later charged Corrie with wounding.",
            "jade corrie",
            26,
        ),
    ],
)
def test_a_person_named_in_full_and_held_by_surname(text: str, name: str, age: int) -> None:
    assert name in found(text, "suspect.name"), text
    assert age in found(text, "suspect.age"), text


def test_a_witness_named_in_full_stays_a_witness() -> None:
    text = (
        "A boy was hit by a van. Martin Slee, 50, told reporters he saw it. Slee said the van"
        " did not stop. Officers are still hunting the driver."
    )
    assert found(text, "suspect.name") == []
    assert found(text, "suspect.age") == []


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Kyle Moss, 25, was jailed for the Dunmore stabbing. Separately, Paula Finch, 41, was"
            " fined for shoplifting.",
            "kyle moss",
            "paula finch",
        ),
        (
            "Ryan Deer, 33, admitted the assault at the Crown pub. In an unrelated case, Omar"
            " Wake, 29, was charged with burglary.",
            "ryan deer",
            "omar wake",
        ),
        (
            "Ade Bello, 37, was charged with the murder on Station Road. In a separate case,"
            " police arrested Kim Soo, 22, over a robbery.",
            "ade bello",
            "kim soo",
        ),
    ],
)
def test_a_second_case_in_the_same_report_is_not_the_suspect(
    text: str, name: str, other: str
) -> None:
    names = found(text, "suspect.name")
    assert name in names, text
    assert other not in names, text


def test_separately_tied_back_to_the_case_stays_with_it() -> None:
    text = (
        "A man was stabbed in Hale Street. Separately, a second man was arrested in connection"
        " with the attack."
    )
    assert found(text, "arrests") == [2]  # the second arrest: two so far


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a pronoun as a conjunct
        ("A guard was beaten. He and his brother were arrested hours later.", 2),
        ("A bus was torched. Police arrested him and his cousin on Sunday.", 2),
        ("A till was emptied. She and two friends were detained at the station.", 3),
        # a companion after the verb
        ("A guard was beaten. A teenager was arrested along with his father.", 2),
        ("A van was stolen. The driver was detained together with two passengers.", 3),
        ("A kiosk burned. A woman was arrested along with her son and daughter.", 3),
        # a group by its number, with no head of its own
        ("A guard was beaten. Police arrested all three on Sunday.", 3),
        ("A car was stolen. Officers detained the pair at a petrol station.", 2),
        ("A shop was raided. Police booked the trio under the Arms Act.", 3),
    ],
)
def test_pronouns_companions_and_groups_are_counted(text: str, count: int) -> None:
    assert count in found(text, "arrests"), text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("A shop worker was stabbed. A man has been arrested. Police said he was 38.", 38),
        ("A van hit a cyclist. Ivo Brand was charged. Detectives confirmed he is 51.", 51),
        ("A woman was robbed. A girl was detained. Officers believe she is 16.", 16),
    ],
)
def test_a_pronoun_age_inside_a_reporting_frame(text: str, age: int) -> None:
    assert age in found(text, "suspect.age"), text


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        # a vehicle or a body aimed at people: the subject did the harm
        ("A man was hurt. Police allege Damon Kree, 34, drove at the crowd.", "damon kree", 34),
        ("A nurse was hurt. Lola Penn, 29, lunged at her with a blade.", "lola penn", 29),
        ("Two were hurt. Witnesses say Arlo Vint, 51, swerved towards them.", "arlo vint", 51),
        # the subject named by its custody step ("The man in custody has been named as X")
        ("A man was hurt. The man in custody has been named as Damon Kree, 34.", "damon kree", 34),
        ("A bar was torched. The woman arrested was named as Lola Penn, 29.", "lola penn", 29),
        ("A van hit a boy. The driver detained was identified as Arlo Vint, 51.", "arlo vint", 51),
        # named as a private vehicle's driver, or as a role, after a perfect auxiliary
        (
            "A man was hurt. Damon Kree, 34, has been named as the driver of the car.",
            "damon kree",
            34,
        ),
        (
            "A boy was hit. Lola Penn, 29, was named as the driver of the white van.",
            "lola penn",
            29,
        ),
        ("A man was shot. Arlo Vint, 51, has been identified as the gunman.", "arlo vint", 51),
        # an age with its unit after a name
        ("A man was hurt. Police arrested Damon R. Kree, 34 years, at home.", "damon r. kree", 34),
        ("A man was hurt. Lola Penn, 29 years old, was charged on Friday.", "lola penn", 29),
        ("A man was hurt. Arlo Vint, 51 years, was detained at the port.", "arlo vint", 51),
    ],
)
def test_more_clause_positions_of_the_suspect(text: str, name: str, age: int) -> None:
    assert name in found(text, "suspect.name"), text
    assert age in found(text, "suspect.age"), text


def test_a_bus_driver_named_stays_crew() -> None:
    text = "A car hit a bus. Lola Penn, 29, has been named as the driver of the bus."
    assert found(text, "suspect.name") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # held in custody with its owner named, as a form of "being held"
        ("A man was stabbed. A 22-year-old man is being held in police custody.", 1),
        ("A bar was torched. Two women are being held in judicial custody.", 2),
        # sent to custody (Indian and Pakistani copy)
        ("A man was stabbed. The accused has been sent to judicial custody.", 1),
        ("A bus was torched. Both accused were sent to police remand.", 2),
        # picked up, rounded up: active arrests whose object is people
        ("A man was stabbed. Police picked up two suspects from a lodge.", 2),
        ("A shop was looted. Officers rounded up five youths near the market.", 5),
        # a name with a middle initial, an age with its unit
        ("A man was hurt. Police arrested Damon R. Kree, 34 years, at his home.", 1),
    ],
)
def test_custody_forms_count_who_is_held(text: str, count: int) -> None:
    assert count in found(text, "arrests"), text


def test_picking_up_things_is_no_arrest() -> None:
    assert found("A man was stabbed. Police picked up the knife from a bin.", "arrests") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a surname's age by a copula, anywhere in the report
        (
            "A man was stabbed. Dylan Hart was arrested on Friday. Hart, who is 31, lives nearby.",
            31,
        ),
        ("A man was stabbed. Dylan Hart has been charged with murder. Hart is 31.", 31),
        ("A van hit a boy. Police charged Ana Ruiz with careless driving. Ms Ruiz is 44.", 44),
        # a pronoun's age before its predicate noun
        ("A man was stabbed. Dylan Hart was arrested. He is a 31-year-old father of two.", 31),
        ("A bar was torched. Ana Ruiz was charged. She is a 44-year-old cleaner.", 44),
        ("A boy was hit. A man was arrested. He is a 52-year-old roofer from Leeds.", 52),
    ],
)
def test_the_suspects_age_told_in_a_sentence_of_its_own(text: str, age: int) -> None:
    assert age in found(text, "suspect.age"), text


def test_a_relative_sharing_the_surname_keeps_her_age() -> None:
    text = "A man was stabbed. Dylan Hart was arrested. His wife Mary Hart is 29."
    assert 29 not in found(text, "suspect.age")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # people listed with a suspect share the role, whatever separates them
        (
            "A trader was killed. The suspects, Kojo Mensa, 27, a welder; Efua Ansa, 31, a"
            " trader; and Yaw Boadu, 24, are in custody.",
            ("kojo mensa", "efua ansa", "yaw boadu"),
        ),
        (
            "A guard was shot. Charged are Lee Part, 19, Max Dorne, 22, and Ivy Sale, 20.",
            ("lee part", "max dorne", "ivy sale"),
        ),
        (
            "A shop was raided. Police arrested Rui Sal, 33; Ben Oto, 29; and Tam Vey, 41.",
            ("rui sal", "ben oto", "tam vey"),
        ),
    ],
)
def test_people_listed_with_a_suspect_share_the_role(text: str, names: tuple[str, ...]) -> None:
    got = found(text, "suspect.name")
    assert all(n in got for n in names), (text, got)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A man was hurt. Tyler Kowalchuk of Sylvan Lake was arrested Monday.", "sylvan lake"),
        ("A boy was hit. Police charged Ana Ruiz of Glen Park with careless driving.", "glen park"),
        ("A man was shot. Deputies arrested Cole Barr of Twin Oaks at a motel.", "twin oaks"),
    ],
)
def test_a_place_after_a_names_of_is_no_name(text: str, place: str) -> None:
    assert place not in found(text, "suspect.name"), text


def test_a_victim_listed_after_the_attacker_stays_a_victim() -> None:
    text = "Ned Pike, 30, stabbed Ann Lowe, 23, and Ben Cole, 31, outside a bar."
    names = found(text, "suspect.name")
    assert "ned pike" in names
    assert "ann lowe" not in names and "ben cole" not in names


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the sentence's plural subject of a second, passive predicate
        ("A dairy was robbed. Both were found hiding in a shed and were arrested.", 2),
        ("A van was torched. Two men and a woman fled on foot and were later detained.", 3),
        ("A bank was robbed. The pair ditched their car in a lane and were arrested nearby.", 2),
    ],
)
def test_a_second_predicate_counts_the_sentences_subject(text: str, count: int) -> None:
    assert count in found(text, "arrests"), text
