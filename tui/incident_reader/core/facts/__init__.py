"""Facts and events: what happened, when, where, to how many, by whom, with the evidence.

PLACEHOLDER first version (issue 4 replaces it): one main incident, timeline without events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from incident_reader.core.model import (
    Fact,
    Incident,
    InternalConflict,
    Report,
    TimelineEntry,
    Timex,
)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Facts, incidents and timeline entries of one report (timeline in reading order)."""

    timeline: tuple[TimelineEntry, ...]
    facts: tuple[Fact, ...]
    incidents: tuple[Incident, ...]
    internal_conflicts: tuple[InternalConflict, ...]


def extract(report: Report, dct: str | None, timexes: Sequence[Timex]) -> Extraction:
    """Extract facts and incidents from a report whose time expressions are already tagged."""
    main = Incident(id="i0", main=True, date=dct[:10] if dct else None, start=0, end=len(report.text))
    timeline = tuple(
        TimelineEntry(timex=t, event=None, incident=main.id)
        for t in timexes
        if t.type in ("DATE", "TIME")
    )
    return Extraction(timeline=timeline, facts=(), incidents=(main,), internal_conflicts=())
