"""The records of one report's analysis: time expressions, timeline entries, facts, incidents.

They load on first use, not with ``core.model`` (which still exports each name): the reader's
start-up reads reports, not analyses, and each frozen dataclass costs about half a millisecond of
import (its methods are compiled from generated source). Same classes, fields, slots and methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from incident_reader.core.model import DctSource, FactValue, Report


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression found in a text, with its normalised value."""

    start: int
    end: int
    text: str
    type: str  # a TimexType value
    value: str
    mod: str | None = None  # APPROX, START, END, MID, BEFORE, AFTER, ON_OR_BEFORE ...

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        return out


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of a report's text (an event clause, a fact's evidence)."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A time expression placed on the report's timeline with the clause it anchors."""

    timex: Timex
    event: TextSpan | None = None
    incident: str | None = None  # Incident.id
    # a clock told in a named zone ("1.39am AEDT"): the zone as written, and the value moved to
    # the incident's local time when that is known (the TIMEX3 value keeps the clock as told)
    zone: str | None = None
    local: str | None = None

    @property
    def start(self) -> int:
        return self.timex.start

    @property
    def end(self) -> int:
        return self.timex.end


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact a report states, with the exact words that state it."""

    kind: str
    value: FactValue
    start: int
    end: int
    text: str
    incident: str  # Incident.id
    said_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "incident": self.incident,
            "said_by": self.said_by,
        }


@dataclass(frozen=True, slots=True)
class Incident:
    """An event a report speaks of: its own (``main``) or an earlier one it recalls."""

    id: str
    main: bool
    date: str | None = None
    place: str | None = None
    summary: str = ""
    start: int = 0  # the stretch of text that tells of it
    end: int = 0

    def after(self, other: Incident) -> bool:
        """Whether this incident's date falls after ``other``'s (to the grain of this one's:
        "2017" is not after "2017-08-17"); False when either is undated."""
        if not self.date or not other.date:
            return False
        return self.date > other.date[: len(self.date)]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "main": self.main,
            "date": self.date,
            "place": self.place,
            "summary": self.summary,
        }


@dataclass(frozen=True, slots=True)
class InternalConflict:
    """The same fact stated incompatibly inside one report, or revised by it (``status``
    "revised": "Earlier we reported 12 dead ... the toll has risen to 14" stands by ``stands``)."""

    kind: str
    facts: tuple[int, ...]  # indexes into ReportAnalysis.facts
    status: str = "conflict"  # or "revised": the report tells its own revision
    stands: int | None = None  # a revision's figure the report stands by (index into facts)

    def to_json(self) -> dict[str, Any]:
        """As ``extract --json`` and the cache write it; a revision adds its status and the
        figure that stands."""
        out: dict[str, Any] = {"kind": self.kind, "facts": list(self.facts)}
        if self.status != "conflict":
            out.update(status=self.status, stands=self.stands)
        return out

    @property
    def revised(self) -> tuple[int, ...]:
        """The statements a revision supersedes (none for a conflict)."""
        return tuple(i for i in self.facts if i != self.stands) if self.status == "revised" else ()


@dataclass(frozen=True, slots=True)
class ReportAnalysis:
    """Everything extracted from one report, computed once and read by every view."""

    report: Report
    dct: str | None  # effective DCT used for resolution (header, inferred or user-set)
    dct_source: DctSource
    timexes: tuple[Timex, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()  # ordered in time; unplaceable kept in reading order
    facts: tuple[Fact, ...] = ()
    incidents: tuple[Incident, ...] = ()
    internal_conflicts: tuple[InternalConflict, ...] = ()
    dct_note: str | None = None  # why the DCT is what it is (an inferred DCT's evidence)

    def tells_day(self, incident: str, day: str | None) -> bool:
        """Whether the text tells an incident's day: a date fact of it, or a moment of it on that
        day ("shortly after 2.20pm" in a report of the day). A report that tells no moment of it
        ("after a bridge collapse killed 39") only lends it its own day."""
        if not day:
            return False
        return any(
            e.incident == incident and e.timex.value[:10] == day[:10] for e in self.timeline
        ) or any(
            f.incident == incident and f.kind == "incident.date" and str(f.value)[:10] == day[:10]
            for f in self.facts
        )
