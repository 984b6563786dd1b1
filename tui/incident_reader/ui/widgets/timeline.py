"""The timeline pane: per entry its readable time, the words as written and its clause."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from incident_reader.core.model import ReportAnalysis, TimelineEntry
from incident_reader.ui.literal import one_line
from incident_reader.ui.timefmt import clause_span, readable_value
from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf, TextRow

CLAUSE_LINES = 3


class TimelineRow(Row):
    """A timeline entry: time, words and (indented, at most three lines) the clause it anchors."""

    def __init__(self, entry: TimelineEntry, clause: str, background: bool) -> None:
        self.entry = entry
        self.clause = clause
        self.background = background
        self.span = (entry.start, entry.end)

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        timex = self.entry.timex
        head = Text(end="")
        head.append(readable_value(timex.value, timex.mod), style_of("time"))
        head.append("  ")
        head.append(one_line(timex.text), style_of("words"))
        if self.background:
            head.append("  earlier incident", style_of("background"))
        head.truncate(width, overflow="ellipsis")
        clause = Text(one_line(self.clause), style=style_of("dim"), end="")
        wrapped = list(clause.wrap(console, max(1, width - 2)))
        if len(wrapped) > CLAUSE_LINES:
            wrapped = wrapped[:CLAUSE_LINES]
            last = wrapped[-1]
            last.append("…")
            last.truncate(max(1, width - 2), overflow="ellipsis")
        return [head, *(Text("  ", end="") + line for line in wrapped)]


def timeline_rows(analysis: ReportAnalysis) -> list[Row]:
    """Rows for a report's timeline in the order the analysis gives."""
    if not analysis.timeline:
        return [TextRow("No times found in this report.", "dim")]
    text = analysis.report.text
    background = {i.id for i in analysis.incidents if not i.main}
    rows: list[Row] = []
    for entry in analysis.timeline:
        start, end = clause_span(entry, text)
        rows.append(TimelineRow(entry, text[start:end], entry.incident in background))
    return rows


class TimelineList(RowList):
    """The extracted timeline of the selected report."""
