"""A holiday or a season named before a recalled incident's event noun dates it and places nothing;
the names are the temporal lexicon's own (one table), read as whole words, so a place whose name
holds a holiday's word ("New York", "Easterhouse") still places it.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.facts.place_recalled import _place_name
from incident_reader.core.temporal.lexicon import FIXED_HOLIDAYS, HOLIDAY_NAMES, SEASONS
from tests.unit.test_facts_when_places import _report

DCT = "2025-03-08"
LEAD = "A lorry drove into a market crowd in Pellhaven on Friday, killing three people.\n"


@pytest.mark.parametrize(
    "name",
    ["Boxing Day", "Christmas Eve", "New Year's Eve", "New Year", "Halloween", "Hallowe'en", "Eid",
     "Ramadan", "Diwali", "Easter Monday", "Good Friday", "Memorial Day", "Summer", "Winter"],
)  # fmt: skip
def test_a_holiday_or_season_is_no_place(name: str) -> None:
    assert _place_name(name) == ""


@pytest.mark.parametrize(
    "name", ["Ardmore", "Kelby", "Easterhouse", "Fall River", "Holiday Inn", "New Kelby"]
)
def test_a_name_holding_a_holidays_letters_is_a_place(name: str) -> None:
    assert _place_name(name) == name


def test_the_names_are_the_temporal_lexicons() -> None:
    assert set(FIXED_HOLIDAYS) <= HOLIDAY_NAMES and "eid" in HOLIDAY_NAMES
    assert "summer" in SEASONS


@pytest.mark.parametrize(
    "body",
    [
        "In 2018 the Boxing Day crash killed two people.\n",
        "In 2016 the Ramadan bombing killed nine people.\n",
        "In 2012 the Easter Monday stampede killed four pilgrims.\n",
    ],
)
def test_a_holiday_before_a_recalled_event_noun_places_nothing(body: str) -> None:
    text = LEAD + body
    incidents = extract(_report(text, DCT), DCT, temporal.tag(text, DCT)).incidents
    recalled = [i for i in incidents if not i.main]
    assert len(recalled) == 1 and recalled[0].place is None
