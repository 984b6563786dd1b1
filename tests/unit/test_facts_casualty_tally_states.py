"""A tally told by its noun phrase with any verb of state or change before its count: "the death
toll remains at two", "the number of injured has since been revised to 11", "fatalities stand at
three", "bringing to three the number of people who lost their lives", and the second tally of a
coordination with its verb left out ("... and the number of injured 134"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED = "casualties.killed", "casualties.injured"
HOSPITALISED = "casualties.hospitalised"

STATES: list[tuple[str, str, int]] = [
    ("The death toll remains at two.", KILLED, 2),
    ("The official death toll stays at seven, police said.", KILLED, 7),
    ("By nightfall the death toll remained at 12.", KILLED, 12),
    ("The death toll is now five, the governor said.", KILLED, 5),
    ("The death toll has remained unchanged at three since Tuesday.", KILLED, 3),
    ("The toll held at 14 overnight.", KILLED, 14),
    ("The number of dead remains at four.", KILLED, 4),
    ("Fatalities remain at three, the ministry said.", KILLED, 3),
    ("The number of injured remains at 40.", INJURED, 40),
    ("The number of people hurt now stands at 23.", INJURED, 23),
]
CHANGES: list[tuple[str, str, int]] = [
    ("The number of injured has since been revised to 11.", INJURED, 11),
    ("The number of people hurt has now been revised up to 17.", INJURED, 17),
    ("The number of dead was later revised to six.", KILLED, 6),
    ("The number of injured was subsequently raised to 30.", INJURED, 30),
    ("The number of wounded has since climbed to 45.", INJURED, 45),
    ("The number of fatalities has since risen to 8.", KILLED, 8),
    ("The death toll was later lowered to 14 after a survivor was found.", KILLED, 14),
    ("The number of people killed when gunmen fired on a minibus near Osu on Friday has risen "
     "to four.", KILLED, 4),
    ("The number of victims has risen to five.", KILLED, 5),
    ("The number of victims of the blaze climbed to 12 on Tuesday.", KILLED, 12),
    ("A third body was found, bringing to three the number of people who lost their lives in "
     "the flood.", KILLED, 3),
    ("Her death on Monday brought to four the number of those who have died.", KILLED, 4),
    ("This raises to nine the number of passengers who were killed.", KILLED, 9),
    ("The discovery takes to six the number of workers who perished in the blast.", KILLED, 6),
]  # fmt: skip
GAPPED: list[tuple[str, str, int]] = [
    ("The ministry said that, after the collision at 08:10 near Tamsa station, the number of "
     "deaths has reached 18 (eighteen) and the number of injured 134 (one hundred and "
     "thirty-four).", INJURED, 134),
    ("The number of dead reached 9, while the number of wounded 40.", INJURED, 40),
    ("The death toll rose to 20 and the number of injured to 85.", INJURED, 85),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "count"), STATES + CHANGES + GAPPED)
def test_a_tally_with_a_verb_of_state_or_change(sentence: str, kind: str, count: int) -> None:
    assert count in values(sentence, kind)


NOT_TALLIES: list[tuple[str, str]] = [
    ("The number of visitors remains at 2,000 a day.", KILLED),
    ("The toll road remains at 5 dollars.", KILLED),
    ("The number of people still missing remains at four.", KILLED),
    ("The number of survivors rose to 14.", KILLED),
    ("The number of people evacuated has risen to 300.", INJURED),
    ("The death toll is expected to reach 20.", KILLED),
    ("The death toll could rise to 20, officials warned.", KILLED),
    ("The number of victims in hospital stood at 9.", KILLED),
    ("The number of injured at 3 hospitals rose sharply.", INJURED),
]


@pytest.mark.parametrize(("sentence", "kind"), NOT_TALLIES)
def test_other_numbers_and_feared_tolls_are_no_tally(sentence: str, kind: str) -> None:
    assert values(sentence, kind) == []


def test_victims_taken_to_hospital_are_a_hospital_tally() -> None:
    sentence = "The number of victims taken to hospital rose to 12."
    assert values(sentence, HOSPITALISED) == [12]
    assert values(sentence, KILLED) == []
