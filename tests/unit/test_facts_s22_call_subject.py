"""A call told as its clause's subject ("the call reached the dispatcher at 16:41", "the first
call was received at 7.18am") is a call-out's clock, whatever its verb: the onset's own clock
outweighs it; alone, it still stands for the incident.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2026-05-13"

# fmt: off
CALL_SUBJECTS = [
    ("A group of hikers was coming down the trail at around 16:30 when a bear attacked them. The call reached the dispatcher at 16:41, officials said.", ["16:30"]),
    ("A van hit a cyclist on the bridge at about 7.10am. The call reached the ambulance service at 7.18am.", ["07:10"]),
    ("A van hit a cyclist on the bridge at about 7.10am. The first call was received at 7.18am.", ["07:10"]),
    ("A boat capsized off the pier at about 5.40pm. The distress call was logged by coastguards at 5.52pm.", ["17:40"]),
    ("A boat capsized off the pier at about 5.40pm. The first 999 call came through at 5.49pm.", ["17:40"]),
    ("The call was made at 3.10am and a fire engine arrived ten minutes later.", ["03:10"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "times"), CALL_SUBJECTS)
def test_call_subject_clock(text: str, times: list[str]) -> None:
    assert _facts(text, TIME, DCT) == times
