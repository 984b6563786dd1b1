"""The list of reports: title, DCT and counts per report, and a visible line per skipped file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from incident_reader.core.model import Report, Skipped
from incident_reader.ui.literal import one_line
from incident_reader.ui.timefmt import readable_value
from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf, TextRow

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import ReportAnalysis


def plural(count: int, noun: str) -> str:
    """'1 date', '2 dates': a count with its noun."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


class ReportRow(Row):
    """A report: its title, then its date and how many timeline entries and facts it has."""

    def __init__(self, index: int, report: Report, analysis: ReportAnalysis | None) -> None:
        self.index = index
        self.report = report
        self.analysis = analysis

    def height(self, width: int) -> int:
        return 2

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        title = Text(one_line(self.report.title), style=style_of("words"), end="")
        title.truncate(width, overflow="ellipsis")
        analysis = self.analysis
        if analysis is None:
            detail = Text("analysing…", style=style_of("dim"), end="")
        else:
            detail = _detail(self.report, analysis, width, style_of)
        detail.truncate(width, overflow="ellipsis")
        return [title, detail]


def _detail(report: Report, analysis: ReportAnalysis, width: int, style_of: StyleOf) -> Text:
    """The report's date, its outlet and its counts in ``width``: a count that does not fit is
    left out whole, the last first, never cut ("5 dates · 1…"); the outlet, what users tell
    reports by, stays before them; "undated" for a report with no date ("no date  2 dates" read
    as a contradiction)."""
    dct = readable_value(analysis.dct) if analysis.dct else "undated"
    # The dates and times the timeline lists and the facts: "31 times" read as a repeat count,
    # and "31 timeline entries" pushed the facts out of a 32-column list.
    counts = [
        f"  {plural(len(analysis.timeline), 'date')}",
        f" · {plural(len(analysis.facts), 'fact')}",
    ]
    source = f" · {one_line(report.source)}" if report.source else ""  # what users compare by
    while counts and len(dct) + len(source) + sum(map(len, counts)) > width:
        counts.pop()
    room = width - len(dct)
    if len(source) > room:  # its words cut, or it goes when not one of them would show
        source = source[: room - 1] + "…" if room >= len(" · ab…") else ""
    # Each part over the date's style, as when the line was one Text of that style (a Text of
    # the date alone drew it in the plain style).
    time = style_of("time")
    detail = Text(end="")
    detail.append(dct, time)
    if source:
        detail.append(source, time + style_of("words"))
    if counts:
        detail.append("".join(counts), time + style_of("dim"))
    return detail


def report_rows(
    reports: tuple[Report, ...],
    analyses: dict[str, ReportAnalysis],
    skipped: tuple[Skipped, ...],
) -> list[Row]:
    """One row per report (in corpus order, so row i is report i), then one per skipped file."""
    rows: list[Row] = [ReportRow(i, r, analyses.get(r.id)) for i, r in enumerate(reports)]
    for item in skipped:
        label = f"⚠ skipped {one_line(item.path.name)}: {one_line(item.reason)}"
        rows.append(TextRow(label, "warning"))
    return rows


class ReportList(RowList):
    """Reports of the corpus; the cursor picks the report shown."""
