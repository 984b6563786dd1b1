"""Times that give way: a toll's and a live-blog stamp's dates and times, dropped when the
incident's onset or the entry's own words time it otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from incident_reader.core.facts.counting import Found
from incident_reader.core.model import Fact

DATE = "incident.date"
TIME = "incident.time"
SAME_CLOCK_MINUTES = 10  # the README's tolerance: clocks under ten minutes apart agree
# A night told as running into the next day: its value is the evening it starts on.
_OVERNIGHT = re.compile(r"\bovernight\b|\b(?:through|during)\s+the\s+night\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TollFound(Found):
    """A date or time that only a toll word anchors ("a second victim died on Sunday")."""


@dataclass(frozen=True, slots=True)
class StampFound(Found):
    """A clock that a live-blog entry's stamp gives ("09.12: A fire has broken out ...")."""


@dataclass(frozen=True, slots=True)
class CallFound(Found):
    """A clock the call-out gives ("Officers were called at 9.12am", "alerted to the crash at
    7.42pm"): the incident's time when no earlier onset clock is told."""


# A call, alert or dispatch is a later moment than the onset it reports: an onset clock told
# within the hour before it is the incident's time ("the fire broke out at 2.50pm ... crews were
# alerted at 3.02pm"); one further off may be another day's or another claim, and both stay.
CALL_REACH_MINUTES = 60


def drop_called_clocks(
    facts: Sequence[Fact], calls: Sequence[Fact], entry_starts: Sequence[int] = ()
) -> list[Fact]:
    """Without the call-out clocks that follow an onset clock told for the same incident.

    "The car came off the road at about 7.40pm" and "police were alerted to the crash at 7.52pm":
    the call came after the event, whose own time is told; with no onset clock, only later ones
    ("called at 2am; the roof fell in at 3am") or one told hours before, the call's clock stays.
    A live blog's entries are tellings of their own: an onset a reader told one entry and a call
    the fire service gave another are two claims, unless within minutes (``entry_starts``).
    """
    drop = [
        c
        for c in calls
        if any(
            f.kind == TIME
            and f.incident == c.incident
            and not any(f is k for k in calls)
            # round the dial: "came off the road at 11.55pm ... police were called at 00.04am"
            and (_minutes(str(c.value)) - _minutes(str(f.value))) % DAY_MINUTES
            < _call_reach(f.start, c.start, entry_starts)
            for f in facts
        )
    ]
    return [f for f in facts if not any(f is d for d in drop)] if drop else list(facts)


# A call that reports the incident as already under way: "received a 911 call reporting a man
# trapped", "were called to reports of a fire", "alerted to a report that a car had crashed".
_REPORTING_CALL = re.compile(r"\breport(?:s|ing|ed)?\b", re.IGNORECASE)
REPORTED_CALL_REACH = 120  # characters after a call's clock searched for what it reports


def drop_onsets_after_reported_call(
    facts: Sequence[Fact], calls: Sequence[Fact], text: str
) -> list[Fact]:
    """Without the onset clocks told after a call that reported the incident, and more than
    the call's reach later: the incident was under way when the call came, so a collapse or a
    blast timed hours on ("At 1522 hours a call reported a man trapped in a silo ... at 1858
    hours part of the grain gave way") is a step of the rescue, not the incident's time. An onset
    told before the call, or within the hour after it, stays."""
    reported = [
        c
        for c in calls
        if _REPORTING_CALL.search(text, c.end, min(len(text), c.end + REPORTED_CALL_REACH))
        or _REPORTING_CALL.search(text, max(0, c.start - 60), c.start)
    ]
    if not reported:
        return list(facts)
    drop = [
        f
        for f in facts
        if f.kind == TIME
        and not any(f is c for c in calls)
        and any(
            c.incident == f.incident
            and c.start < f.start
            and _minutes(str(f.value)) - _minutes(str(c.value)) >= CALL_REACH_MINUTES
            for c in reported
        )
    ]
    return [f for f in facts if not any(f is d for d in drop)] if drop else list(facts)


def _call_reach(a: int, b: int, entry_starts: Sequence[int]) -> int:
    """The reach of a call's giving way: the hour in one telling, minutes across blog entries."""
    if bisect_right(entry_starts, a) == bisect_right(entry_starts, b):
        return CALL_REACH_MINUTES
    return SAME_CLOCK_MINUTES


DAY_MINUTES = 24 * 60


def _minutes(clock: str) -> int:
    return int(clock[:2]) * 60 + int(clock[3:5])


def drop_retold_stamps(
    facts: Sequence[Fact], stamped: Sequence[Fact], entry_starts: Sequence[int]
) -> list[Fact]:
    """Without the stamps whose own entry tells the incident's time in words.

    "09.12: A fire has broken out on the ferry. The alarm was raised at 08.47": the entry was
    written at 09.12 and says when it began; the stamp is the incident's time only when the entry
    gives none.
    """
    drop: list[Fact] = []
    for stamp in stamped:
        if stamp.kind != TIME:
            continue
        i = bisect_right(entry_starts, stamp.start)
        end = entry_starts[i] if i < len(entry_starts) else None
        if any(
            f.kind == TIME
            and f.incident == stamp.incident
            and not any(f is s for s in stamped)
            and (
                (f.start > stamp.end and (end is None or f.start < end))
                # a clock the blog tells in words in any entry, at or before the stamp: the
                # entry was written after the event ("11.05: crews are responding to a leak",
                # then "the leak was reported at around 10.40am")
                or _minutes(str(f.value)) <= _minutes(str(stamp.value))
            )
            for f in facts
        ):
            drop.append(stamp)
    return [f for f in facts if not any(f is d for d in drop)] if drop else list(facts)


def drop_later_tolls(found: Sequence[Found]) -> list[Found]:
    """Drop toll-anchored dates and times that the onset's own dates and times contradict.

    "A woman died Sunday morning" dates a later death when the report says the crush happened on
    Saturday night; with no onset time told, the toll's time is the best there is.
    """
    onset: dict[str, list[str]] = {}
    for f in found:
        if f.kind in (DATE, TIME) and not isinstance(f, TollFound):
            onset.setdefault(f.kind, []).append(str(f.value))
    out: list[Found] = []
    for f in found:
        if isinstance(f, TollFound) and onset.get(f.kind):
            if not any(_same_moment(f.kind, str(f.value), v) for v in onset[f.kind]):
                continue
        out.append(f)
    return out


def _same_moment(kind: str, a: str, b: str) -> bool:
    if kind == DATE:
        return a == b
    minutes = [int(v[:2]) * 60 + int(v[3:5]) for v in (a, b)]
    return abs(minutes[0] - minutes[1]) < SAME_CLOCK_MINUTES


def drop_overnight_eves(facts: Sequence[Fact]) -> list[Fact]:
    """Without an "overnight" date that the next day, told for the same incident, takes over.

    "Rain fell overnight" reads as the night starting on the 13th (TIMEX3 TNI); the flood it
    brought "early this morning" is dated the 14th. The night runs into the day the text dates
    the event itself, so the eve does not move the incident a day earlier.
    """
    days = {(f.incident, str(f.value)) for f in facts if f.kind == DATE}
    drop = [
        f
        for f in facts
        if f.kind == DATE
        and _OVERNIGHT.search(f.text)
        and (f.incident, _next_day(str(f.value))) in days
    ]
    return [f for f in facts if not any(f is d for d in drop)] if drop else list(facts)


def _next_day(day: str) -> str:
    """The ISO day after ``day`` ("" when it is no calendar day)."""
    try:
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    except ValueError:
        return ""
