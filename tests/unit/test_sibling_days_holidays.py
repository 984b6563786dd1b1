"""An undated report borrows its day from its dated siblings when it names the incident by a
holiday of fixed date that a sibling names too ("Christmas Eve ended in tragedy"), and by its own
"yesterday" or "last night" when the only weekdays it names are of steps still to come ("the
minister is expected here on Tuesday").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.sibling_days import sibling_day

HOLIDAY_SIBLING = [
    (
        "Three people were hurt when a gas heater exploded at a church hall in Linby on "
        "Christmas Eve. Police said this morning the hall had no permit.",
        "2025-12-25",
    )
]


@pytest.mark.parametrize(
    "undated",
    [
        "Good morning. In Linby, Christmas Eve ended in tragedy when a heater blew up in the "
        "church hall last night.",
        "ANCHOR: A carol service on Christmas Eve turned to panic in Linby. Three were hurt.",
        "Firefighters spent the night at the Linby church hall after the Christmas Eve blast. "
        "The minister is expected at the scene on Monday.",
    ],
)
def test_a_holiday_the_siblings_name_dates_an_undated_report(undated: str) -> None:
    assert sibling_day(undated, HOLIDAY_SIBLING) == "2025-12-25"


def test_a_holiday_no_sibling_names_dates_nothing() -> None:
    undated = "Halloween ended in chaos in Linby when a bonfire spread to a shed."
    assert sibling_day(undated, HOLIDAY_SIBLING) is None


FIRST_DAY_SIBLING = [
    (
        "Fire destroyed the covered market in Odra on Saturday, killing two traders. A third "
        "died on Sunday, doctors confirmed.",
        "2025-08-04",
    )
]


@pytest.mark.parametrize(
    "undated",
    [
        "HOST: Yesterday the covered market in Odra burned down. The governor is expected here "
        "on Tuesday.",
        "Traders in Odra told us last night they had lost everything. The council will meet on "
        "Thursday to discuss aid.",
    ],
)
def test_weekdays_to_come_leave_the_report_s_own_day_words(undated: str) -> None:
    assert sibling_day(undated, FIRST_DAY_SIBLING) == "2025-08-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We start in Linby, where Christmas Eve ended in tragedy.", "2025-12-24"),
        ("We go to Linby, where New Year's Day will be a quiet one.", "2026-01-01"),
        ("Back to Odra, where Boxing Day was marred by a fire.", "2025-12-26"),
    ],
)
def test_a_holiday_takes_the_tense_of_the_verb_it_is_the_subject_of(text: str, value: str) -> None:
    assert [t.value for t in temporal.tag(text, "2025-12-28")] == [value]


def test_the_holiday_gate_knows_every_fixed_holiday_s_last_word() -> None:
    from incident_reader.core.sibling_days import HOLIDAY_LAST_WORDS
    from incident_reader.core.temporal import lexicon as lx

    last = {name.split()[-1] for name in lx.FIXED_HOLIDAYS}
    assert last <= {w.lower() for w in HOLIDAY_LAST_WORDS}
