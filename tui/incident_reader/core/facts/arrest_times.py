"""An arrest dated before the incident is another case's, never an arrest for this one.

"links to Abu Walaa, an Islamic State recruiter arrested in Germany in November" in a report of a
December attack; "the suspect, who was arrested in 2014 for theft": the arrest's own clause dates
it, and before the incident happened no one was held for it. The date must stand in the arrest's
own clause, right after the arrest words (a place may come between), and be wholly before the
incident's day at its own grain ("November" against 19 December; a year against a later year).
The incident's day is the one the text tells (a date fact of the main incident), never the DCT
standing in: a court report's "surrendered the following day" is after the incident, not before
the hearing's day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.model import Fact, Timex

ARRESTS = "arrests"
_REACH = 45  # characters from the arrest words to the time that dates them
_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# What ends the arrest's own clause before its date: punctuation, a relative or a conjunction.
_CLAUSE_BREAK = re.compile(
    r"[,.;:!?()\"“”]|\b(?:who|whom|which|that|after|before|when|since|while|because|and|but|"
    r"for|over|following)\b",
    re.IGNORECASE,
)


def drop_earlier_arrests(
    facts: Sequence[Fact], text: str, timexes: Sequence[Timex], incident_day: str | None
) -> list[Fact]:
    """The facts without arrests their own clause dates before ``incident_day`` (module note)."""
    if not incident_day or not _CALENDAR.match(incident_day):
        return list(facts)
    arrests = [f for f in facts if f.kind == ARRESTS]
    if not arrests:
        return list(facts)
    earlier = {id(f) for f in arrests if _dated_before(f, text, timexes, incident_day)}
    return [f for f in facts if id(f) not in earlier] if earlier else list(facts)


def _dated_before(fact: Fact, text: str, timexes: Sequence[Timex], day: str) -> bool:
    for t in timexes:
        if not fact.end <= t.start <= fact.end + _REACH:
            continue
        if _CLAUSE_BREAK.search(text, fact.end, t.start):
            return False  # the time belongs to another clause
        value = str(t.value or "")
        if not _CALENDAR.match(value):
            return False
        return value < day[: len(value)]  # wholly before, at the time's own grain
    return False
