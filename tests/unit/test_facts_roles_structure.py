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
