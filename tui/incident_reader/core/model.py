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
TIMELINE_ITEM = "timeline"  # the kind part of a timeline entry's id


def item_id(article: str, kind: str, start: int) -> str:
    """The stable id of a fact or timeline entry in JSON ("guardian:casualties.killed:212",
    "guardian:timeline:40"): the report, the kind ("timeline" for an entry) and the offset its
    words start at. A pair's sides, the facts, the timeline and the export's marks all carry it,
    so a script joins them on it; it stays while the report's text does."""
    return f"{article}:{kind}:{start}"


# The analysis records live in core.model_analysis and the comparison's in core.model_compare;
# both load on first use (see their docstrings): `from incident_reader.core.model import Fact`
# works as before.
ANALYSIS_NAMES = frozenset(
    {
        "TimexType",
        "Timex",
        "TextSpan",
        "TimelineEntry",
        "Fact",
        "Incident",
        "InternalConflict",
        "ReportAnalysis",
    }
)
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
    from incident_reader.core.model_analysis import (  # noqa: F401
        Fact,
        Incident,
        InternalConflict,
        ReportAnalysis,
        TextSpan,
        TimelineEntry,
        Timex,
        TimexType,
    )
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
        """An analysis or comparison record, imported from its module the first time it is asked
        for."""
        if name in ANALYSIS_NAMES:
            from incident_reader.core import model_analysis as module
        elif name in COMPARISON_NAMES:
            from incident_reader.core import model_compare as module
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(module, name)
        globals()[name] = value
        return value
