"""Frozen records shared by every layer: reports, time expressions, facts, incidents, comparisons.

Every ``start``/``end`` pair anywhere is a Python string offset into ``Report.text``, the normalised
body of one report (header line and front matter excluded, line ends normalised to ``\\n``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any


class DctSource(StrEnum):
    """Where a report's document creation time (DCT) came from."""

    HEADER = "header line"
    FRONT_MATTER = "front matter"
    HTML = "html"
    FILE_NAME = "file name"
    INFERRED = "inferred"
    USER = "user"
    NONE = "none"

    @property
    def label(self) -> str:
        """How a person reads it: the page's own markup is "HTML" (the value stays lower case)."""
        return "HTML" if self is DctSource.HTML else self.value


@dataclass(frozen=True, slots=True)
class Report:
    """One loaded report: its normalised body text and what we know about when it was written."""

    id: str
    path: Path
    title: str
    text: str
    dct: str | None  # TIMEX3 value, e.g. "2017-10-07" or "2017-10-07T17:40"
    dct_source: DctSource
    sha1: str  # of the raw file bytes: the identity of this version of the report
    format: str = "text"  # "text", "markdown" or "html"
    source: str | None = None  # outlet name, from front matter or HTML
    url: str | None = None
    # The year the other reports of the corpus are dated in: lets a report without a DCT be dated
    # from "Saturday 21 September" in its text. Set by load_corpus only for reports without a DCT.
    year_hint: int | None = None
    # The earliest DCT of the other reports (YYYY-MM-DD): dates a report that names only weekdays
    # and relative days ("on Tuesday morning"). Set by load_corpus with year_hint.
    date_hint: str | None = None
    author: str | None = None  # the byline, from front matter or HTML
    updated: str | None = None  # TIMEX3 value of the page's last update, after its DCT
    decoding: str | None = None  # how bytes not all valid were read ("utf-8, 1 bad byte replaced")

    @property
    def date(self) -> str | None:
        """The calendar date part of the DCT, if any."""
        return self.dct[:10] if self.dct and len(self.dct) >= 10 else None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that could not be read as a report, with the one-line reason shown to the user."""

    path: Path
    reason: str

    def message(self) -> str:
        return f"skipped {self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Corpus:
    """The reports found under the paths the user gave, and the files that were skipped."""

    reports: tuple[Report, ...]
    skipped: tuple[Skipped, ...] = ()
    root: Path | None = None  # the folder, when the user gave one


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

    @property
    def start(self) -> int:
        return self.timex.start

    @property
    def end(self) -> int:
        return self.timex.end


FACT_KINDS: tuple[str, ...] = (
    "incident.date",
    "incident.time",
    "incident.place",
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
    "vehicle",
    "suspect.name",
    "suspect.age",
    "arrests",
    "speed",
)

# A fact value: int for counts/ages/speed, {"min": m, "max": n|None} for ranges and vague counts,
# "HH:MM" for times, "YYYY-MM-DD" for dates, lower-case strings for places, vehicles and names.
FactValue = int | str | dict[str, int | None]


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
    """The same fact stated incompatibly inside one report."""

    kind: str
    facts: tuple[int, ...]  # indexes into ReportAnalysis.facts


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


# The comparison's records live in core.model_compare and load on first use (see its docstring);
# `from incident_reader.core.model import FactPair` works as before.
COMPARISON_NAMES = frozenset(
    {
        "PairStatus",
        "STATUS_SYMBOLS",
        "PairSide",
        "FactPair",
        "OnlyFact",
        "SharedIncident",
        "FactStanding",
        "FigureStep",
        "FactSummary",
        "Comparison",
    }
)

if TYPE_CHECKING:  # re-exported: the names mypy checks against
    from incident_reader.core.model_compare import (  # noqa: F401
        STATUS_SYMBOLS,
        Comparison,
        FactPair,
        FactStanding,
        FactSummary,
        FigureStep,
        OnlyFact,
        PairSide,
        PairStatus,
        SharedIncident,
    )
else:

    def __getattr__(name: str) -> Any:
        """A comparison record, imported from core.model_compare the first time it is asked for."""
        if name not in COMPARISON_NAMES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from incident_reader.core import model_compare

        value = getattr(model_compare, name)
        globals()[name] = value
        return value
