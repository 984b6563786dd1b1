"""The timeline pane: per entry its readable time, the words as written and its clause."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from incident_reader.core.model import ReportAnalysis, TimelineEntry
from incident_reader.core.store import Mark
from incident_reader.ui.literal import one_line
from incident_reader.ui.marks import mark_cell, note_tail
from incident_reader.ui.timefmt import clause_span, readable_value
from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf, TextRow
from incident_reader.ui.widgets.wrap import wrap

CLAUSE_LINES = 3


class TimelineRow(Row):
    """A timeline entry: time, words and (indented, at most three lines) the clause it anchors."""

    def __init__(self, entry: TimelineEntry, clause: str, background: bool) -> None:
        self.entry = entry
        self.clause = one_line(clause)
        self.background = background
        self.span = (entry.start, entry.end)
        self.mark: Mark | None = None  # the reviewer's verdict, set by the screen
        self._wrapped: tuple[int, list[str]] = (-1, [])

    def _clause_lines(self, width: int) -> list[str]:
        """The clause wrapped at `width`, at most CLAUSE_LINES lines, an ellipsis if cut."""
        if self._wrapped[0] != width:
            pieces = [self.clause[s:e] for s, e in wrap(self.clause, width)]
            if len(pieces) > CLAUSE_LINES:
                pieces = pieces[:CLAUSE_LINES]
                last = pieces[-1]
                pieces[-1] = (last if len(last) < width else last[: width - 1]) + "…"
            self._wrapped = (width, pieces)
        return self._wrapped[1]

    def height(self, width: int) -> int:
        return 1 + len(self._clause_lines(max(1, width - 2)))

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        timex = self.entry.timex
        head = mark_cell(self.mark, style_of)
        head.append(readable_value(timex.value, timex.mod), style_of("time"))
        head.append("  ")
        head.append(one_line(timex.text), style_of("words"))
        if self.background:
            head.append("  earlier incident", style_of("background"))
        head.append_text(note_tail(self.mark, style_of))
        head.truncate(width, overflow="ellipsis")
        clause_style = style_of("dim")
        clause = [
            Text.assemble("  ", (piece, clause_style), end="")
            for piece in self._clause_lines(max(1, width - 2))
        ]
        return [head, *clause]


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
