"""An arrest its own clause dates before the incident is another case's (sentences written for
these tests; none comes from a dev, check or real report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.model import DctSource, Report

DCT = "2033-12-22"
LEAD = (
    "A lorry ploughed into a crowded square in Velmar on Monday, 19 December, killing six people. "
)


def arrests(text: str) -> list[object]:
    body = LEAD + text
    report = Report("r", Path("r.txt"), "", body, DCT, DctSource.HEADER, "0")
    facts = extract(report, DCT, tuple(temporal.tag(body, DCT))).facts
    return [f.value for f in facts if f.kind == "arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "The driver had links to Tomas Berg, a smuggler arrested in Hamburg in November.",
        "Investigators said the man was arrested in 2029 over a burglary.",
        "His brother was detained last March in a separate inquiry.",
    ],
    ids=["an appositive's earlier arrest", "a year before", "last March"],
)
def test_an_arrest_dated_before_the_incident_is_no_arrest_for_it(text: str) -> None:
    assert arrests(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A man was arrested in Ostrava on Tuesday.",
        "Police arrested two men the following day.",
        "A suspect was arrested after a chase that began in November.",
    ],
    ids=["after the incident", "the following day", "a date of another clause"],
)
def test_an_arrest_after_the_incident_or_undated_stands(text: str) -> None:
    assert arrests(text) != []
