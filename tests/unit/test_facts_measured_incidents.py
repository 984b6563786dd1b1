"""An earlier incident a report measures its own by, told with its own clause, is another incident
with its own toll and date: "the deadliest attack since the X bombings, which killed 193 people"
does not give the report's own incident a toll of 193.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.facts.measured import measured_incident
from tests.unit.test_facts_when_places import _report

DCT = "2025-03-08"
LEAD = "A bomb exploded on a crowded commuter train in Velmora on Friday, killing 14 people.\n"


def _tolls(body: str) -> tuple[set[int], dict[str, str | None]]:
    """The main incident's death tolls, and each background incident's toll -> its date."""
    text = LEAD + body
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    dates = {i.id: i.date for i in ex.incidents}
    killed = [f for f in ex.facts if f.kind == "casualties.killed"]
    main = {int(f.value) for f in killed if f.incident == "i0" and isinstance(f.value, int)}
    other = {str(f.value): dates[f.incident] for f in killed if f.incident != "i0"}
    return main, other


@pytest.mark.parametrize(
    ("body", "toll", "date"),
    [
        # a year before the event noun ("since the 1987 ferry disaster")
        ("It was the highest toll since the 1987 ferry disaster, in which 193 people died.\n",
         "193", "1987"),
        ("The toll is the highest since the 1987 ferry disaster, when 193 people drowned.\n",
         "193", "1987"),
        ("The attack was the worst since the 2016 market bombing that killed nine people.\n",
         "9", "2016"),
        # a year's possessive
        ("It was the deadliest attack since 2004's Arvane bombings, in which 193 people died.\n",
         "193", "2004"),
        # no time told: the incident is undated
        ("It was the deadliest attack since the Arvane bombings, which killed 193 people.\n",
         "193", None),
        ("It was the deadliest attack since the Arvane bombings, when 193 people were killed.\n",
         "193", None),
        ("It was the deadliest attack since the Arvane bombings that killed 193 people.\n",
         "193", None),
        # the phrase as the subject of its own verb
        ("It was the worst rail disaster since the Olten crash killed 31 people.\n", "31", None),
        # a comparative and "than"
        ("The toll was higher than in the Kelby floods, which left 40 people dead.\n", "40", None),
    ],
)  # fmt: skip
def test_a_measured_incident_keeps_its_own_toll_and_date(
    body: str, toll: str, date: str | None
) -> None:
    main, other = _tolls(body)
    assert main == {14}
    assert other == {toll: date}


@pytest.mark.parametrize(
    "body",
    [
        # the report's own incident told again after "since": a bare definite noun
        "It was the first arrest since the attack, which killed 14 people.\n",
        # a relative clause of no event
        "It was the worst crash since the 2004 derailment, which is still remembered.\n",
        # no superlative before "since": a sequel's time
        "Since the bombing, which killed 14 people, the line has been closed.\n",
    ],
)
def test_no_measured_incident(body: str) -> None:
    main, other = _tolls(body)
    assert other == {}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("It was the deadliest attack since the Arvane bombings, which killed 193.",
         "the Arvane bombings"),
        ("It was the worst since a derailment near Olten killed 31 people.", "a derailment"),
        ("Deaths were fewer than in the 2011 floods, which left 40 dead.", "the 2011 floods"),
        ("The inquest since the crash, which killed 14, has heard from 20 witnesses.", None),
        ("Rather than the Kelby bombing, which killed 3, police cited another case.", None),
        ("It was the deadliest attack since 2004, when 193 died.", None),  # read by incidents.py
    ],
)  # fmt: skip
def test_measured_incident(sentence: str, phrase: str | None) -> None:
    at = measured_incident(sentence)
    assert (None if at is None else sentence[at : at + len(phrase or "")]) == phrase
