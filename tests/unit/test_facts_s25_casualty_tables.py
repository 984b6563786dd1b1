"""Casualty counts of tables and labelled figures by layout, with invented lines (none from a dev,
check, real or authored report): a label parted from its figure by a dot leader, a row of columns
whose last column is the latest figure or the total, a casualty whose kind a bracket tells, and a
figure repeated in words in brackets."""

from __future__ import annotations

from typing import Any

import pytest

from incident_reader.core.facts.text import split_sentences
from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
)

# A dot leader, close or spaced, between a label and its figure: one row of a table.
LEADERS: list[tuple[str, str, list[Any]]] = [
    ("CASUALTIES\nDeaths .................. 3\nInjured ................ 14\n", KILLED, [3]),
    ("CASUALTIES\nDeaths .................. 3\nInjured ................ 14\n", INJURED, [14]),
    ("Summary\nKilled.....5\nMissing.....2\n", KILLED, [5]),
    ("Figures at noon\n  Dead . . . . . . . 6\n  Hurt . . . . . . . 21\n", INJURED, [21]),
    ("Status\nTotal dead ............ 12\n", KILLED, [12]),
    ("Status\nHospitalised ........ 8 (eight)\n", HOSPITAL, [8]),
    # a leader that leads to no figure labels nothing
    ("Status\nInjured ............ see annex\n", INJURED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), LEADERS)
def test_a_label_parted_from_its_figure_by_a_dot_leader(
    text: str, kind: str, want: list[Any]
) -> None:
    assert values(text, kind) == want


# A row of columns: as first told and as now, or parts and a total; the last column is taken.
_TWO_REPORTS = (
    "Category     Report 1     Report 2\nDead           3            5\n"
    "Injured       20           22\n"
)
COLUMNS: list[tuple[str, str, list[Any]]] = [
    (_TWO_REPORTS, KILLED, [5]),
    (_TWO_REPORTS, INJURED, [22]),
    ("            Mon   Tue   Wed\nDeaths        1     1     3\n", KILLED, [3]),
    ("\tPrevious\tCurrent\nKilled\t2\t7\n", KILLED, [7]),
    ("             Men   Women   Total\nWounded        4       2       6\n", INJURED, [6]),
    # a single space is no column: "Dead 3 2" is not read as a row of figures
    ("Dead 3 2 children\n", KILLED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), COLUMNS)
def test_a_row_of_columns_takes_the_last(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A casualty whose kind a bracket tells, and a figure repeated in words in brackets.
BRACKETED: list[tuple[str, str, list[Any]]] = [
    ("The toll is as follows:\n- casualties (injured): 7 (seven) persons\n", INJURED, [7]),
    ("The toll is as follows:\n- Casualties (wounded): 12 (twelve)\n", INJURED, [12]),
    ("The toll is as follows:\n- Casualties (dead): 4 (four) persons\n", KILLED, [4]),
    ("The toll is as follows:\n• Casualties (killed) – 3 (three)\n", KILLED, [3]),
    ("The toll is as follows:\n- persons injured: 16 (sixteen)\n", INJURED, [16]),
    ("The toll is as follows:\n- Injured persons: 5 (five)\n", INJURED, [5]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), BRACKETED)
def test_a_casualty_kind_told_in_brackets(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A dot leader is no sentence's end; an ellipsis in prose still is.
SPLITS: list[tuple[str, list[str]]] = [
    ("Dead ........ 2\nHurt ........ 9", ["Dead ........ 2", "Hurt ........ 9"]),
    ("Dead . . . . 2\nHurt . . . . 9", ["Dead . . . . 2", "Hurt . . . . 9"]),
    ("It went quiet.... Then the roof fell.", ["It went quiet....", "Then the roof fell."]),
    ("They waited... Two people died.", ["They waited...", "Two people died."]),
    ("! The", ["!", "The"]),  # a "!" or "?" opens no leader (found by hypothesis)
    ("Why? . . . . 3", ["Why?", ". . . . 3"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), SPLITS)
def test_a_dot_leader_is_no_sentence_end(text: str, want: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == want


# The hurt shared out among places of care: the parts told right after (a prose sentence, after a
# colon, or list items) sum to those taken to hospital, told where the group is moved.
SHARED_OUT: list[tuple[str, list[Any]]] = [
    ("Twelve were wounded. The wounded were distributed among four hospitals. Five are in St "
     "Luke's, three at Mercy General, two at the Royal Infirmary and two in Hope Clinic.", [12]),
    ("A dozen were hurt. The casualties were rushed to two separate hospitals: six to Kings "
     "Hospital and three to Queen Mary Hospital.", [9]),
    ("Ten were injured.\n\nThe injured were sent to the following hospitals:\n• Central Hospital "
     "– 7\n• District Clinic – 2\n\nThe road reopened.", [9]),
    ("Eight were hurt.\nAll the patients were transferred to the following units:\n- Burns Unit, "
     "Mercy Hospital: 3\n- Trauma Centre: 4\n", [7]),
    ("The injured have since been flown to three hospitals. Two are at Bayview Hospital, one in "
     "Port Clinic and three were moved overnight to the General.", [6]),
    # parts that do not add up to the places announced, or no parts: no sum
    ("Six were hurt. The injured were taken to three hospitals. Four are at Oak Hospital and "
     "two at Elm Hospital.", [6]),
    ("The injured were taken to two hospitals. Most are at City Hospital.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), SHARED_OUT)
def test_the_hurt_shared_out_among_places(text: str, want: list[Any]) -> None:
    assert values(text, HOSPITAL) == want


# A named person's description in commas ("a baker", "a nurse from X who ...") renames the person
# before it: the list counts the names, not the descriptions too.
NAMED_APPOSITIONS: list[tuple[str, str, list[Any]]] = [
    ("Anna Kovac, 71, a retired teacher from Split, and Marta Horvat, 40, a nurse from Zadar "
     "who was with her, died.", KILLED, [2]),
    ("Jon Berg, 45, a baker, and Liv Dahl, 38, died at the scene.", KILLED, [2]),
    ("Tom Hale (47), a farmer from Ballina, and his son were killed.", KILLED, [2]),
    ("Ms Ruth Okoye, a trader, and two of her customers were injured.", INJURED, [3]),
    ("Kofi Mensah, an off-duty soldier, and Ama Owusu, 19, were wounded.", INJURED, [2]),
    # no comma closes the description: a further person
    ("Ann Lee, a woman and a child were hurt.", INJURED, [3]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), NAMED_APPOSITIONS)
def test_a_named_persons_description_is_no_further_person(
    text: str, kind: str, want: list[Any]
) -> None:
    assert values(text, kind) == want


# The hurt whose harm is told before the state they are still in: the count is of the hurt.
HARMED_THEN_STILL: list[tuple[str, list[Any]]] = [
    ("Four people were injured and remain in hospital.", [4]),
    ("Three other guests were wounded and remain in hospital, one of them critically.", [3]),
    ("Five workers were badly hurt and remained in hospital on Sunday.", [5]),
    ("Two passengers were seriously hurt and are still in hospital.", [2]),
    # the state alone is no count of the hurt
    ("Two remain in hospital.", []),
    ("Two people are still in hospital.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), HARMED_THEN_STILL)
def test_the_hurt_still_in_hospital_are_counted_as_hurt(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


# A death told by the dead person's ordinal, however many prepositional phrases the subject has:
# the ordinal is the toll so far, and no noun inside the phrases is a person who died.
ORDINAL_SUBJECTS: list[tuple[str, str, list[Any]]] = [
    ("A second victim of Monday's knife attack in a school in the Polish town of Brzeg died in "
     "hospital overnight, police said.", KILLED, [2]),
    ("A third man hurt in the blast at the fuel depot near the port has died.", KILLED, [3]),
    ("The fourth person injured in Saturday's crash on the M4 near Swindon died on Tuesday.",
     KILLED, [4]),
    ("A second pupil from the village school in Kerva has since died.", KILLED, [2]),
    ("A fifth miner trapped by the flood in the lower shaft of the Rudna pit was pronounced dead.",
     KILLED, [5]),
    # the hurt participle of one who died is no count of the hurt
    ("A third man hurt in the blast at the fuel depot near the port has died.", INJURED, []),
    # a tally over a period is no toll of the incident
    ("Police confirmed a third death in a week at the junction.", KILLED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ORDINAL_SUBJECTS)
def test_a_death_told_by_the_dead_persons_ordinal(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
