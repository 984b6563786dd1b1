"""The facts pane: a report's facts by incident (main first, earlier ones apart), then by kind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from incident_reader.core.model import FACT_KINDS, FactValue
from incident_reader.core.store import Mark
from incident_reader.ui.literal import one_line
from incident_reader.ui.marks import mark_cell, note_tail
from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf, TextRow

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import Fact, Incident, ReportAnalysis

KIND_LABELS: dict[str, str] = {
    "incident.date": "date",
    "incident.time": "time",
    "incident.place": "place",
    "casualties.killed": "killed",
    "casualties.injured": "injured",
    "casualties.hospitalised": "taken to hospital",
    "vehicle": "vehicle",
    "suspect.name": "suspect",
    "suspect.age": "suspect's age",
    "arrests": "arrests",
    "speed": "speed (mph)",
}

# A count the report revised itself ("Earlier we reported 12 ... has risen to 14"), as the
# comparison reads the report: the figure it stands by, and those it superseded.
REVISION_LABELS: dict[str, str] = {
    "revised": "revised in this report",
    "stands": "the report's revised figure",
}


def readable_fact_value(value: FactValue) -> str:
    """A fact value for people: ranges as 'm-n', open ranges as 'at least m'."""
    if isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        if high is None:
            return f"at least {low}"
        if low is None:
            return f"at most {high}"
        return str(low) if low == high else f"{low}-{high}"
    if isinstance(value, str):
        return value
    import json  # a value neither range nor text, rare: not loaded at start-up

    return json.dumps(value)


class FactRow(Row):
    """One fact: its value, the evidence in quotes, who says so, and a mark if it conflicts."""

    def __init__(
        self, index: int, fact: Fact, conflict: bool, revision: str = "", measure: str = ""
    ) -> None:
        self.index = index
        self.measure = measure  # "seriously": a count of the seriously hurt, a part of them
        self.fact = fact
        self.conflict = conflict
        self.revision = revision  # "revised" (the report superseded it) or "stands" (its latest)
        self.span = (fact.start, fact.end)
        self.mark: Mark | None = None  # the reviewer's verdict, set by the screen

    def height(self, width: int) -> int:
        return 2

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        head = mark_cell(self.mark, style_of)
        if self.revision == "revised":
            head.append("> ", style_of("warning"))
        else:
            head.append("! " if self.conflict else "  ", style_of("conflict"))
        head.append(readable_fact_value(self.fact.value), style_of("time"))
        if self.measure:
            head.append(f" {self.measure} hurt", style_of("time"))
        if self.revision:
            head.append(f"  {REVISION_LABELS[self.revision]}", style_of("dim"))
        if self.fact.said_by:
            head.append(f"  said by {one_line(self.fact.said_by)}", style_of("dim"))
        head.append_text(note_tail(self.mark, style_of))
        head.truncate(width, overflow="ellipsis")
        quote = Text(f"      “{one_line(self.fact.text)}”", style=style_of("words"), end="")
        quote.truncate(width, overflow="ellipsis")
        return [head, quote]


def _incident_label(
    incident: Incident | None,
    incident_id: str,
    main: Incident | None = None,
    analysis: ReportAnalysis | None = None,
    lent: str | None = None,
) -> str:
    if incident is None:
        return f"Incident {incident_id}"
    when = incident.date
    if lent:  # the report leaves it undated or dates it by a year or month only
        when = f"{lent} (from the other reports)"
    elif (
        when
        and incident.main
        and analysis is not None
        and analysis.dct
        and when[:10] == analysis.dct[:10]
        and not analysis.tells_day(incident.id, when)
    ):  # the report's own day stands in for a day the text never tells
        when = f"undated (by {when[:10]}: the report's date)"
    where = " · ".join(one_line(p) for p in (when, incident.place) if p)
    if incident.main:
        name = "Main incident"
    else:  # another incident told as after the report's own ("a separate attack the next day")
        name = "Later incident" if main and incident.after(main) else "Earlier incident"
    return f"{name} · {where}" if where else name


def fact_rows(
    analysis: ReportAnalysis, lent: Mapping[tuple[str, str], str] | None = None
) -> list[Row]:
    """Rows for a report's facts: incident headers, kind sub-headers, facts in text order;
    ``lent`` gives days the other reports tell for incidents this one leaves undated."""
    if not analysis.facts:
        return [TextRow("No facts found in this report.", "dim")]
    # read when facts are shown: importing the facts package at start would load the pipeline
    from incident_reader.core.facts.measures import measure_of

    incidents = {i.id: i for i in analysis.incidents}
    conflicting = {
        i for c in analysis.internal_conflicts if c.status == "conflict" for i in c.facts
    }
    revision = {i: "revised" for c in analysis.internal_conflicts for i in c.revised}
    revision.update(
        (c.stands, "stands") for c in analysis.internal_conflicts if c.stands is not None
    )
    order = {i.id: (0 if i.main else 1, n) for n, i in enumerate(analysis.incidents)}
    kind_order = {k: n for n, k in enumerate(FACT_KINDS)}
    indexed = sorted(
        enumerate(analysis.facts),
        key=lambda p: (
            order.get(p[1].incident, (2, 0)),
            p[1].incident,
            kind_order.get(p[1].kind, len(kind_order)),
            p[1].kind,
            p[1].start,
        ),
    )
    rows: list[Row] = []
    current: tuple[str, str] | None = None
    for index, fact in indexed:
        if current is None or current[0] != fact.incident:
            incident = incidents.get(fact.incident)
            component = "header" if incident is None or incident.main else "background"
            if rows:
                rows.append(TextRow("", "dim"))
            main = next((i for i in analysis.incidents if i.main), None)
            day = lent.get((analysis.report.id, fact.incident)) if lent else None
            label = _incident_label(incident, fact.incident, main, analysis, day)
            rows.append(TextRow(label, component))
            current = (fact.incident, "")
        if current[1] != fact.kind:
            rows.append(TextRow(KIND_LABELS.get(fact.kind, fact.kind), "subheader"))
            current = (fact.incident, fact.kind)
        measure = measure_of(fact.kind, fact, analysis.report.text)
        rows.append(FactRow(index, fact, index in conflicting, revision.get(index, ""), measure))
    return rows


class FactList(RowList):
    """The facts of the selected report; selecting one highlights its evidence in the source."""
