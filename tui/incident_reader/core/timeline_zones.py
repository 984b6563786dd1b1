"""Clock times told in a named zone, placed on the timeline by instant.

A report may tell one moment twice, "2:39pm London time (1.39am AEDT)", or give a wire's "1835
GMT" beside "7.35pm local time". The TIMEX3 value keeps the clock as told (TimeML values carry
no zone), so the timeline reads the zone apart: a clock whose words name a zone (the table in
``clock_zones``) gets the zone's label and, when the incident's local offset is known, its value
moved to local time. The local offset comes from a clock told both ways in one place (a local
clock with a zoned one in brackets beside it), else from the zone of the place the report names
most (the time zone database). A zoned clock whose local time stays unknown keeps its zone and
is not placed among the local clocks as if it were one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from incident_reader.core.clock_zones import ZONE_LOOKAHEAD, zone_label, zone_of, zone_offset
from incident_reader.core.model import TimelineEntry

_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d|XXXX-XX-XX)T(\d\d):(\d\d)")
# Between a clock and the same moment in another zone: "14:39 (01:39 AEDT)", "18:35 GMT / 19:35".
_APPOSITION = re.compile(r"\s*(?:[(\[,/]|\)\s*\(|or)?\s*")
_OWN_DAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)",
    re.IGNORECASE,
)
# The day a zoned clock is told with, right after it ("2.05am AEST on Tuesday"): in its zone.
_DAY_AFTER = re.compile(r",?\s+(?:on\s+)?(?:the\s+)?")
HALF_DAY = timedelta(hours=12)
DAY = timedelta(days=1)


def localise(entries: Sequence[TimelineEntry], text: str) -> tuple[TimelineEntry, ...]:
    """The entries with each zoned clock's zone label and, when the local offset is known, its
    value in local time (``TimelineEntry.local``)."""
    entries = sorted(entries, key=lambda e: e.start)  # neighbours in the text are neighbours here
    zones = _zones(entries, text)
    if not zones:
        return tuple(entries)
    local = _offset_from_pairs(entries, text, zones)
    place = None
    if local is None:  # the comparer's gazetteer, loaded only for such a report
        from incident_reader.core.align.zones import place_zone

        place = place_zone((), (text,))
    out = []
    for i, e in enumerate(entries):
        if i not in zones:
            out.append(e)
            continue
        zone, label = zones[i]
        here = local
        if here is None and place is not None and not e.timex.value.startswith("X"):
            here = zone_offset(place, _when(e.timex.value))
        value = _moved(e, zone, here, _own_day(e, text))
        out.append(replace(e, zone=label, local=value))
    return tuple(out)


def _when(value: str) -> datetime:
    """A clock value as a datetime (an unknown day as 2000-01-01)."""
    m = _CLOCK_VALUE.fullmatch(value)
    assert m is not None  # callers keep clock values only
    day = m[1] if not m[1].startswith("X") else "2000-01-01"
    return datetime.fromisoformat(f"{day}T{m[2]}:{m[3]}")


def _own_day(entry: TimelineEntry, text: str) -> bool:
    """Whether the clock's day is told with it (in its words or right after them), so in its
    zone; else its day is the narrative's, a local one."""
    if _OWN_DAY.search(entry.timex.text):
        return True
    m = _DAY_AFTER.match(text, entry.end)
    return m is not None and _OWN_DAY.match(text, m.end(), m.end() + 24) is not None


def _moved(
    entry: TimelineEntry, zone: timedelta | str, here: timedelta | None, own_day: bool
) -> str | None:
    """The entry's clock, told in ``zone``, at the local offset ``here`` (None: unknown); its
    date moves with it when the day was told with the clock."""
    when = _when(entry.timex.value)
    told = zone_offset(zone, when)
    if told is None or here is None:
        return None
    moved = when - told + here
    if not own_day:
        moved = datetime.combine(when.date(), moved.time())
    day = entry.timex.value[:10]
    date_part = moved.date().isoformat() if not day.startswith("X") else day
    return f"{date_part}T{moved.hour:02d}:{moved.minute:02d}"


def local_offset(entries: Sequence[TimelineEntry]) -> timedelta | None:
    """The local offset the converted clocks of one report show (their local time minus the
    clock told, plus its zone's offset), for the other reports of the incident to use."""
    for e in entries:
        if not (e.zone and e.local) or (zone := zone_of(e.zone)) is None:
            continue
        when = _when(e.timex.value)
        told = zone_offset(zone, when)
        if told is None:
            continue
        gap = _when(e.local).replace(year=2000, month=1, day=1) - when.replace(
            year=2000, month=1, day=1
        )
        return _within_day(told + gap)
    return None


def with_offset(
    entries: Sequence[TimelineEntry], here: timedelta, text: str
) -> list[TimelineEntry]:
    """The entries (of report ``text``) with each zoned clock of unknown local time moved to
    offset ``here``."""
    out = []
    for e in entries:
        zone = zone_of(e.zone) if e.zone and not e.local else None
        value = _moved(e, zone, here, _own_day(e, text)) if zone is not None else None
        out.append(replace(e, local=value) if value else e)
    return out


def _within_day(offset: timedelta) -> timedelta:
    """An offset from UTC within -12 .. +14 hours."""
    offset %= DAY
    return offset - DAY if offset > HALF_DAY + timedelta(hours=2) else offset


def _zones(entries: Sequence[TimelineEntry], text: str) -> dict[int, tuple[timedelta | str, str]]:
    """Entry index -> (zone, its label as written) for each clock told in a named zone."""
    found: dict[int, tuple[timedelta | str, str]] = {}
    for i, e in enumerate(entries):
        if not _CLOCK_VALUE.fullmatch(e.timex.value):
            continue
        after = text[e.end : e.end + ZONE_LOOKAHEAD]
        zone = zone_of(e.timex.text, after)
        if zone is not None:
            found[i] = (zone, zone_label(e.timex.text, after))
    return found


def _offset_from_pairs(
    entries: Sequence[TimelineEntry], text: str, zones: dict[int, tuple[timedelta | str, str]]
) -> timedelta | None:
    """The local offset a clock told both ways gives ("2:39pm London time (1.39am AEDT)": the
    local clock minus the zoned one, plus the zone's offset), the one most pairs give."""
    votes: Counter[timedelta] = Counter()
    for i, (zone, _label) in zones.items():
        z = entries[i]
        zm = _CLOCK_VALUE.fullmatch(z.timex.value)
        for j in (i - 1, i + 1):
            if not 0 <= j < len(entries) or j in zones:
                continue
            other = entries[j]
            lm = _CLOCK_VALUE.fullmatch(other.timex.value)
            first, second = (other, z) if other.start < z.start else (z, other)
            if (
                lm is None
                or zm is None
                or not _APPOSITION.fullmatch(text[first.end : second.start])
            ):
                continue
            when = datetime.fromisoformat(f"2000-01-01T{zm[2]}:{zm[3]}")
            told = zone_offset(zone, when)
            if told is None:
                continue
            gap = timedelta(hours=int(lm[2]) - int(zm[2]), minutes=int(lm[3]) - int(zm[3]))
            if gap % timedelta(minutes=15):  # zones differ by whole quarter hours
                continue
            votes[_within_day(told + gap)] += 1
    if not votes:
        return None
    return max(votes, key=lambda k: (votes[k], -abs(k)))
