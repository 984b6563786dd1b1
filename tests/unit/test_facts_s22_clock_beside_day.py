"""The incident's clock told in the same time adjunct as its day when no cue word dates either
("On Tuesday 12 May, at 10:40 hours, a group of armed men intercepted a van"): the day is the
first one no sequel claims, and the clock beside it is the incident's too; a clock in another
sentence, a later step's, is not.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2026-05-13"  # a Wednesday

# fmt: off
BESIDE = [
    ("On Tuesday 12 May, at 10:40 hours, a group of armed men intercepted a cash van outside the bank.", ["10:40"]),
    ("At 11.05pm on Monday 11 May, officers signalled the driver of a grey hatchback to stop.", ["23:05"]),
    ("On 11 May 2026 at about 14:20, unknown persons forced open the shutters of a jewellery shop.", ["14:20"]),
    ("On Sunday 10 May, at approximately 0210 hours, a group of youths set upon two men outside a nightclub.", ["02:10"]),
    ("On Tuesday 12 May, a group of armed men intercepted a cash van. Two suspects were detained at 14:15 hours.", []),
    ("On Monday 11 May, officers stopped a hatchback in the town centre. The driver was arrested at 11.40pm.", []),
    ("The bodies of two climbers were found in a gully at 8.15am on 11 May, after they failed to return.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "times"), BESIDE)
def test_clock_beside_unclaimed_day(text: str, times: list[str]) -> None:
    assert _facts(text, TIME, DCT) == times
