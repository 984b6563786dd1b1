"""A call-out's clock ("Officers were called at 9.12am", "police were alerted to the crash at
7.42pm") stands for the incident's time unless the event's own clock is told within the hour before
it (the call is a later moment); an onset told hours before it or after it leaves it (two claims,
or two moments).

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.facts.later_times import CALL_REACH_MINUTES, drop_called_clocks
from incident_reader.core.model import Fact
from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2025-05-20"  # a Tuesday

CASES: list[tuple[str, list[Any]]] = [
    # the call-out's clock gives way to the event's own, earlier one; stands without one
    ("The minibus left the road and struck a wall at about 10.05pm on Friday. Police said they "
     "were called to the crash at 10.09pm.", ["22:05"]),
    ("Paramedics were alerted at 4.12pm after a cyclist was hit by a bus at 4.05pm on Tuesday.",
     ["16:05"]),
    ("A neighbour said the blast happened at 6.10am on Monday. The fire service says its first "
     "call came in at 6.31am.", ["06:10"]),
    # kept: the onset told hours before (two claims), or after (two moments); a call alone
    ("A neighbour said the blast happened at 3.10am on Monday. The fire service says its first "
     "call came in at 6.31am.", ["03:10", "06:31"]),
    ("Firefighters were called to the mill at 2.10am. The roof fell in at 3.30am, the brigade "
     "said.", ["02:10", "03:30"]),
    ("Officers were called at 9.12am on Sunday to reports that a man had entered a bank armed "
     "with a knife.", ["09:12"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clocks"), CASES)
def test_a_call_outs_clock_gives_way_to_the_events_own(text: str, clocks: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == clocks


@settings(max_examples=60, deadline=None)
@given(onset=st.integers(0, 23 * 60 + 49), delay=st.integers(-120, 120))
def test_a_call_gives_way_only_to_an_onset_in_the_hour_before(onset: int, delay: int) -> None:
    call = onset + delay
    if not 0 <= call < 24 * 60:
        return

    def clock(minutes: int, start: int) -> Fact:
        value = f"{minutes // 60:02d}:{minutes % 60:02d}"
        return Fact(TIME, value, start, start + 5, value, "i0", None)

    own, called = clock(onset, 0), clock(call, 10)
    kept = drop_called_clocks([own, called], [called])
    assert own in kept
    assert (called in kept) == (not 0 <= delay < CALL_REACH_MINUTES)


MIDNIGHT_CASES: list[tuple[str, list[Any]]] = [
    # a call just past midnight gives way to the onset told just before it, round the dial
    ("A taxi left the road and hit a lamp post at about 11.55pm on Friday. Police said they "
     "were called to the crash at 12.04am.", ["23:55"]),
    ("A shed caught fire at 23:52 on Friday, neighbours said. The fire brigade was alerted at "
     "00:03.", ["23:52"]),
    # a call told before midnight and an onset after it are two claims
    ("Police were called to the bar at 11.50pm on Friday. The fight broke out at 12.40am, a "
     "witness said.", ["23:50", "00:40"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clocks"), MIDNIGHT_CASES)
def test_a_call_gives_way_round_midnight(text: str, clocks: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == clocks
