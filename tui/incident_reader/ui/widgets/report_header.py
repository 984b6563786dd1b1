"""The header: the selected report's title, its date (DCT) and where that date came from.

Users read "Report date", not "DCT": the document creation time is the date the report was
published or written, which its relative times ("yesterday", "on Friday") are read against."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from incident_reader.core.model import DctSource, Report
from incident_reader.ui.literal import one_line
from incident_reader.ui.timefmt import readable_value

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import ReportAnalysis


def header_text(
    report: Report,
    analysis: ReportAnalysis | None,
    position: int,
    total: int,
    done: int,
    search: str = "",
    marks: str = "",
    dct_override: str | None = None,
) -> Group:
    """The title; a search's state, the report date (its source), position and progress; then,
    if given, the marks line.

    Before the analysis arrives the date is already known when the user set it or the file gives
    it (a header line, front matter, the page's markup): shown at once, since a long report's
    analysis takes minutes. Only a date inferred from the text waits for the analysis."""
    title = Text(one_line(report.title), style="bold", no_wrap=True, overflow="ellipsis")
    text = Text(no_wrap=True, overflow="ellipsis")
    if search:  # first: what the user is doing now (at 80 columns the end of the line is cut)
        text.append(f"search {one_line(search)}", style="bold")
        text.append("  ·  ")
    known = _known_before_analysis(report, dct_override) if analysis is None else None
    if known is not None:
        text.append(f"Report date {readable_value(known[0])}", style="bold")
        text.append(f" ({known[1].label})")
    elif analysis is None:
        text.append("Report date: analysing…", style="italic")
    elif analysis.dct:
        text.append(f"Report date {readable_value(analysis.dct)}", style="bold")
        text.append(f" ({analysis.dct_source.label})")
    else:
        text.append("Report date unknown", style="bold")
        text.append(" (press d to set it)")
    text.append(f"  ·  report {position + 1} of {total}")
    if done < total:
        text.append(f"  ·  analysed {done} of {total}", style="italic")
    note = analysis.dct_note if analysis is not None else None
    if note:  # why the DCT is what it is: words of the report, so shown literally
        # A reason that already says how it was dated ("dated like the other reports") is not
        # prefixed again ("dated by dated like ...").
        told = one_line(note)
        lead = "" if told.startswith("dated") else "dated by "
        text.append(f"  ·  {lead}{told}", style="italic")
    if marks:  # counts and where marks live (a path: shown literally)
        told = one_line(marks)
        # before the counts arrive the line is only where the marks live ("marks in ..."): said
        # once, "Marks in ...", never "Marks: marks in ..."
        said = f"M{told[1:]}" if told.startswith("marks ") else f"Marks: {told}"
        line = Text(said, no_wrap=True, overflow="ellipsis")
        return Group(title, text, line)
    return Group(title, text)


def _known_before_analysis(
    report: Report, dct_override: str | None
) -> tuple[str, DctSource] | None:
    """The date the analysis will resolve this report with, when it needs no analysis to know
    (core.analysis.resolve_dct: the user's date first, then the file's own)."""
    if dct_override:
        return dct_override, DctSource.USER
    if report.dct:
        return report.dct, report.dct_source
    return None


class ReportHeader(Static):
    """Shows which report is open and how its times are anchored."""

    plain = ""  # the header's words, for tests and screen readers
    _shown: tuple[object, ...] = ()  # what the header shows now (see show)

    def show(
        self,
        report: Report,
        analysis: ReportAnalysis | None,
        position: int,
        total: int,
        done: int,
        search: str = "",
        marks: str = "",
        dct_override: str | None = None,
    ) -> None:
        """Redraw for the given report."""
        lines = header_text(report, analysis, position, total, done, search, marks, dct_override)
        # Each line's words and styles (header_text sets the rest the same way every time). The
        # same again asks for no layout: Static.update always does, and at start (the screen's
        # mount and first resume show it again) that was a second layout after the first frame.
        shown = tuple(
            (line.plain, line.style, tuple(line.spans))
            for line in lines.renderables
            if isinstance(line, Text)
        )
        if shown == self._shown:
            return
        self._shown = shown
        self.plain = "\n".join(line.plain for line in lines.renderables if isinstance(line, Text))
        # Shown before it is mounted (the reader's compose), its first layout measures it.
        self.update(lines, layout=self.is_mounted)
