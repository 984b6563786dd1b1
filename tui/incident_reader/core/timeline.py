"""Order timeline entries in time; entries that cannot be placed keep their reading order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from incident_reader.core.model import TimelineEntry, Timex

# Where a part of day or a season starts, so "2018-08-14TMO" sorts before "2018-08-14T11:00".
PART_OF_DAY_START = {
    "MO": "06:00",
    "MI": "12:00",
    "AF": "13:00",
    "EV": "18:00",
    "NI": "21:00",
    "DT": "09:00",
}
SEASON_START = {"SP": "03", "SU": "06", "FA": "09", "AU": "09", "WI": "12"}
QUARTER_START = {"Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10", "H1": "01", "H2": "07"}
# A clock time with its own day in one TIMEX3 ("6 PM Friday", "5 p.m. EST Nov. 9"): the
# timeline shows the clock and the day as two entries, as it does for "11.52pm on Monday".
_CLOCK_THEN_DAY = re.compile(
    r"^(?P<clock>.*?\d.*?|noon|midday|midnight)[,\s]+(?P<day>(?-i:[A-Z])[a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)$"
)
_DATE_TIME = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?$")
# The other TIMEX3 value shapes sort_key reads (compiled once: it runs for every entry).
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")
_PART_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
_QUARTER = re.compile(r"(\d{4})-(Q[1-4]|H[12])")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(\d|WE))?")


def sort_key(value: str) -> str | None:
    """A string that sorts TIMEX3 values chronologically ('YYYY-MM-DDTHH:MM'), or None."""
    if not value or "X" in value:
        return None
    m = _DATE_TIME.match(value)  # most values (no other shape below can match it)
    if m:
        year, month, day, hour, minute = m.groups()
        if hour == "24":
            hour, minute = "23", "59"
        return f"{year}-{month or '01'}-{day or '01'}T{hour or '00'}:{minute or '00'}"
    if _DECADE.fullmatch(value):  # decade
        return f"{value}0-01-01T00:00"
    if _CENTURY.fullmatch(value):  # century
        return f"{value}00-01-01T00:00"
    m = _PART_OF_DAY.fullmatch(value)
    if m:
        return f"{m[1]}T{PART_OF_DAY_START[m[2]]}"
    m = _SEASON.fullmatch(value)
    if m:
        return f"{m[1]}-{SEASON_START[m[2]]}-01T00:00"
    m = _QUARTER.fullmatch(value)
    if m:
        return f"{m[1]}-{QUARTER_START[m[2]]}-01T00:00"
    m = _WEEK.fullmatch(value)
    if m:
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] == "WE" else 1)
        except ValueError:
            return None
        return f"{monday.isoformat()}T00:00"
    return None


def placed_value(entry: TimelineEntry) -> str:
    """The value an entry is placed and shown by: a zoned clock's local time when known."""
    return entry.local or entry.timex.value


def order_timeline(
    entries: Iterable[TimelineEntry], text: str | None = None
) -> tuple[TimelineEntry, ...]:
    """Placed entries in time order (ties by reading order), then unplaceable ones as read.

    With the report's ``text``, a clock told in a named zone is placed by its local time
    (``timeline_zones``); one whose local time is unknown is placed only when every clock of
    the report is told in that zone, else kept with the unplaceable entries."""
    ordered = sorted(entries, key=lambda e: e.start)
    if text is not None:
        from incident_reader.core.timeline_zones import localise

        ordered = list(localise(ordered, text))
    # the frames the clocks are told in: local (None) or a zone not converted
    frames = {e.zone if e.zone and not e.local else None for e in ordered if _is_clock(e)}
    keyed = [
        (None if e.zone and not e.local and len(frames) > 1 else sort_key(placed_value(e)), e)
        for e in ordered
    ]
    placed = [(k, e) for k, e in keyed if k is not None]
    unplaced = [e for k, e in keyed if k is None]
    placed.sort(key=lambda ke: ke[0])
    return tuple(e for _, e in placed) + tuple(unplaced)


def _is_clock(entry: TimelineEntry) -> bool:
    return entry.timex.type == "TIME" and "T" in entry.timex.value and ":" in entry.timex.value


def timeline_parts(timex: Timex) -> tuple[Timex, ...]:
    """The timeline entries of one time expression: a clock time that names its day in the same
    TIMEX3 ("6 PM Friday") gives the clock and the day apart, the day valued as a date."""
    m = _CLOCK_THEN_DAY.match(timex.text)
    if timex.type != "TIME" or m is None or not re.match(r"\d{4}-\d\d-\d\dT\d", timex.value):
        return (timex,)
    clock_end = timex.start + m.end("clock")
    day_start = timex.start + m.start("day")
    return (
        Timex(timex.start, clock_end, m["clock"], "TIME", timex.value, timex.mod),
        Timex(day_start, timex.end, m["day"], "DATE", timex.value[:10], None),
    )
