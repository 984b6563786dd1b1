"""The records of a comparison across reports: pairs, facts stated once, shared incidents, fact
summaries.

Kept apart from ``core.model`` (which still exports every name here) so that the reader's start-up,
which builds no comparison, does not pay for building these seven dataclasses (about 2.5 ms).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from incident_reader.core.model import FactValue, item_id


class PairStatus(StrEnum):
    MATCH = "match"
    COMPATIBLE = "compatible"
    REVISED = "revised"
    CONFLICT = "conflict"
    ONLY = "only"


STATUS_SYMBOLS: dict[str, str] = {
    "match": "=",
    "compatible": "~",
    "revised": ">",
    "conflict": "!",
    "only": "-",
}


@dataclass(frozen=True, slots=True)
class PairSide:
    """One report's statement of a fact (or timeline moment) in a cross-report pair."""

    article: str  # Report.id
    value: FactValue
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "value": self.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }

    def item_id(self, kind: str) -> str:
        """The id of the fact or timeline entry this side is, as ``extract --json`` gives it."""
        return item_id(self.article, kind, self.start)


def _speed(kind: str, value: FactValue) -> dict[str, Any]:
    """A speed's value as scripts get it: a number, its unit and bound (``speed_values``)."""
    if kind != "speed":
        return {}
    from incident_reader.core.speed_values import speed_json

    return speed_json(value)


@dataclass(frozen=True, slots=True)
class FactPair:
    """Two reports' statements of one kind of fact about one incident, and how they agree."""

    kind: str  # a fact kind, or "timeline" for aligned timeline entries
    incident: str  # cross-report incident id
    status: str  # a PairStatus value
    a: PairSide
    b: PairSide
    # the report on this side states the fact otherwise elsewhere ("a", "b"): this pair is of
    # its dissenting statement, not of the final one its row shows (see align.dissent)
    dissent: str | None = None
    # another mention of each report's final statement (a repeat, the headline): the pair of the
    # two reports' finals, of the same incident and kind, is the one without ``echo``
    echo: bool = False

    def to_json(self) -> dict[str, Any]:
        out = {
            "kind": self.kind,
            "incident": self.incident,
            "status": self.status,
            "echo": self.echo,
            "a": self.a.to_json()
            | {"id": self.a.item_id(self.kind)}
            | _speed(self.kind, self.a.value),
            "b": self.b.to_json()
            | {"id": self.b.item_id(self.kind)}
            | _speed(self.kind, self.b.value),
        }
        if self.dissent:
            out["dissent"] = self.dissent
        return out


@dataclass(frozen=True, slots=True)
class OnlyFact:
    """A fact stated by one report only."""

    article: str
    kind: str
    incident: str
    value: FactValue
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "kind": self.kind,
            "incident": self.incident,
            "value": self.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "id": item_id(self.article, self.kind, self.start),
        } | _speed(self.kind, self.value)


@dataclass(frozen=True, slots=True)
class SharedIncident:
    """An incident matched across reports: which report-local incident ids it gathers."""

    id: str
    date: str | None
    place: str | None
    articles: tuple[str, ...]
    members: dict[str, str] = field(default_factory=dict)  # Report.id -> Incident.id
    # When no report's text dates the incident, ``date`` is a report's own date (it happened by
    # then): that report's id, and where its date came from ("header line", "inferred", ...).
    date_from: str | None = None
    date_from_source: str | None = None

    @property
    def undated(self) -> bool:
        """Whether no report's text tells the incident's date (``date`` stands in for it)."""
        return self.date is None or self.date_from is not None

    def date_label(self) -> str:
        """The date as a person should read it: a report's own date standing in says so
        ("undated (by 2024-05-02: b's date, inferred)")."""
        if self.date is None:
            return "undated"
        if self.date_from is None:
            return self.date
        source = f", {self.date_from_source}" if self.date_from_source else ""
        return f"undated (by {self.date}: {self.date_from}'s date{source})"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "date": self.date,
            "place": self.place,
            "articles": list(self.articles),
        }
        if self.date_from is not None:
            out["date_from"] = {"report": self.date_from, "source": self.date_from_source}
        return out


class FactStanding(StrEnum):
    """How all the reports of one incident stand on one fact (a fact-level summary, not a pair)."""

    AGREED = "agreed"  # every report's figure agrees with the others'
    REVISED = "revised"  # the figure moved with the story; no report disputes the latest
    DISPUTED = "disputed"  # some report's figure contradicts the one most reports give
    ONLY = "only"  # one report states it


@dataclass(frozen=True, slots=True)
class FigureStep:
    """One report's figure in a fact's history: what it said and when it was written."""

    article: str
    value: FactValue
    written: str | None  # the report's date (its DCT), or None when it cannot be told
    inferred: bool = False  # that date was inferred (from the text or the other reports)
    measure: str = ""  # a count of a part ("seriously": the seriously hurt), "" everyone counted

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "article": self.article,
            "value": self.value,
            "written": self.written,
            "inferred": self.inferred,
        }
        if self.measure:
            out["measure"] = self.measure
        return out


@dataclass(frozen=True, slots=True)
class FactSummary:
    """One fact of one incident across all its reports: agreed by k of n, disputed by m, history.

    Pairs are labelled by their own two values; this is the separate, fact-level view of them.
    """

    incident: str  # cross-report incident id
    kind: str
    standing: str  # a FactStanding value
    # the figure most reports agree on; a figure that moved: the latest; an age: at the incident
    value: FactValue
    agreeing: tuple[str, ...]  # reports whose figure agrees with ``value``
    # reports whose earlier figure a later report revised; of an age, those told years on
    revised: tuple[str, ...]
    disputing: tuple[str, ...]  # reports whose figure contradicts ``value``
    history: tuple[FigureStep, ...]  # every report's figure, earliest written first
    # the date of the latest stage, whose figure ``value`` is, when the figure moved over the
    # story (None: ``value`` is the figure most reports agree on)
    latest: str | None = None

    @property
    def revised_words(self) -> str:
        """What a revised report's figure is: an earlier one of a figure that moved with the
        story; of an age, whose headline is the age at the incident, the same person's years on."""
        return "the age years on" if self.kind == "suspect.age" else "an earlier figure"

    def to_json(self) -> dict[str, Any]:
        return {
            "incident": self.incident,
            "kind": self.kind,
            "standing": self.standing,
            "value": self.value,
            "reports": len(self.history),
            "agreeing": list(self.agreeing),
            "revised": list(self.revised),
            "disputing": list(self.disputing),
            "history": [step.to_json() for step in self.history],
            "latest": self.latest,
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """Incidents matched across reports, the facts paired between them and those stated once,
    and per fact of each incident how all its reports stand on it."""

    incidents: tuple[SharedIncident, ...] = ()
    pairs: tuple[FactPair, ...] = ()
    only: tuple[OnlyFact, ...] = ()
    facts: tuple[FactSummary, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "incidents": [i.to_json() for i in self.incidents],
            "pairs": [p.to_json() for p in self.pairs],
            "only": [o.to_json() for o in self.only],
            "facts": [f.to_json() for f in self.facts],
        }
