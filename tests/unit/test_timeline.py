"""Timeline ordering: TIMEX3 values in time order, the unplaceable kept in reading order."""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.model import TimelineEntry, Timex
from incident_reader.core.temporal import tag
from incident_reader.core.timeline import order_timeline, sort_key, timeline_parts


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


# (text, dct, [(quote, value) of the timeline entries]): a clock time that names its own day in
# one TIMEX3 shows on the timeline as the clock and the day, as "11.52pm on Monday" does.
# fmt: off
CLOCK_DAY_PARTS = [
    ("A vigil is planned for 6 PM Friday.", "2025-09-17", [("6 PM", "2025-09-19T18:00"), ("Friday", "2025-09-19")]),
    ("It ended at 5 p.m. EST Nov. 9.", "1989-11-12", [("5 p.m. EST", "1989-11-09T17:00"), ("Nov. 9", "1989-11-09")]),
    ("They met at noon Saturday.", "1991-02-25", [("noon", "1991-02-23T12:00"), ("Saturday", "1991-02-23")]),
    ("A flood warning runs until noon tomorrow.", "2025-01-24", [("noon", "2025-01-25T12:00"), ("tomorrow", "2025-01-25")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "dct", "parts"), CLOCK_DAY_PARTS)
def test_clock_and_its_day_are_two_entries(
    text: str, dct: str, parts: list[tuple[str, str]]
) -> None:
    got = [(p.text, p.value) for t in tag(text, dct) for p in timeline_parts(t)]
    assert got == parts
    for t in tag(text, dct):
        for p in timeline_parts(t):
            assert text[p.start : p.end] == p.text
