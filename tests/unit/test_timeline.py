"""Timeline ordering: TIMEX3 values in time order, the unplaceable kept in reading order."""

from __future__ import annotations

import pytest

from incident_reader.core.model import TimelineEntry, Timex
from incident_reader.core.timeline import order_timeline, sort_key


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("2018-08-14TMO", "2018-08-14T11:00"),
        ("2018-08-14T07:37", "2018-08-14T07:40"),
        ("2017", "2017-03-22"),
        ("201", "2017"),
        ("2017-SP", "2017-06-03"),
        ("2017-Q1", "2017-04"),
        ("2017-W12", "2017-03-22T10:00"),
        ("2017-03-22T23:00", "2017-03-22T24:00"),
        ("2005-07-07", "2013-05-22"),
    ],
)
def test_values_sort_chronologically(earlier: str, later: str) -> None:
    a, b = sort_key(earlier), sort_key(later)
    assert a is not None and b is not None
    assert a < b


@pytest.mark.parametrize(
    "value", ["", "XXXX-XX-XX", "XXXX-07", "PRESENT_REF", "PAST_REF", "P3Y", "2017-W99"]
)
def test_unplaceable_values_have_no_key(value: str) -> None:
    assert sort_key(value) is None


def entry(start: int, value: str) -> TimelineEntry:
    return TimelineEntry(Timex(start, start + 1, "x", "DATE", value))


def test_order_puts_placed_in_time_then_unplaced_in_reading_order() -> None:
    entries = [
        entry(0, "2018-08-14T07:40"),
        entry(10, "PRESENT_REF"),
        entry(20, "2017-09-15"),
        entry(30, "XXXX-XX-XX"),
        entry(40, "2018-08-14T07:37"),
        entry(50, "2018-08-14T07:37"),
    ]
    ordered = order_timeline(reversed(entries))
    assert [e.start for e in ordered] == [20, 40, 50, 0, 10, 30]
