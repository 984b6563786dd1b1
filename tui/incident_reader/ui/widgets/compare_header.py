"""The comparison view's two header lines: which reports, the filter, and the status legend."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from incident_reader.core.model import STATUS_SYMBOLS
from incident_reader.ui.widgets.compare_source import STATUS_LABELS, STATUSES


class CompareHeader(Static):
    """Names the two reports side by side and counts the table's rows by status, with symbols."""

    # Each line is cut with "…", never wrapped: at 80 columns the first line wrapped and pushed
    # the status counts out of the two-line header.
    DEFAULT_CSS = """
    CompareHeader {
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def show(
        self,
        left: str,
        right: str,
        how_many: int,
        shown: str,
        note: str,
        counts: Mapping[str, int] | None,
        style_of: Callable[[str], Style],
        elsewhere: int = 0,
        marking: str = "both",
        columns: int = 0,
    ) -> None:
        """Redraw; ``style_of(status)`` is the table's style for it, so the legend matches. The
        counts are the two side by side's (as f steps through them), of every row whatever
        the filter shows (``shown`` says how many it shows); ``elsewhere`` counts the pairs
        of other reports picked that conflict (each one f names); ``marking`` is the side `m`
        chose ("A" or "B": shown, since v x i u then mark that report alone); ``columns``, the
        reports the table has a column for when that is fewer than ``how_many`` (too narrow for
        their figures whole: the row's summary line tells the others)."""
        top = Text(end="", no_wrap=True)
        top.append("Comparing ", "bold")
        top.append(left)
        top.append("  ⇄  ")
        top.append(right)
        if marking != "both":  # early in the line: a narrow terminal cuts its end
            top.append("   ")
            top.append(f" v x i u mark report {marking} only (m) ", "reverse")
        top.append(f"   show: {shown}")  # before the hint: a narrow terminal cuts the end
        if how_many > 2:
            table = f", {columns} in the table" if 0 < columns < how_many else ""
            # the counts before the keys' hint: a narrow terminal cuts the end
            top.append(f"   ({how_many} in all{table}; a / b: other reports)")
        if note:
            top.append(f"   {note}", "italic")
        legend = Text(end="", no_wrap=True)
        if how_many > 2:
            legend.append("A ⇄ B: ")
        for status in reversed(STATUSES):
            legend.append(f"{STATUS_SYMBOLS[status]} {STATUS_LABELS[status]}", style_of(status))
            if counts is not None:
                legend.append(f" {counts.get(status, 0)}")
            legend.append("   ")
        if elsewhere:
            legend.append(f"{STATUS_SYMBOLS['conflict']} {elsewhere}", style_of("conflict"))
            legend.append(" between other reports   ")
        legend.append("f / F: next / previous conflict")
        self.update(Text("\n", end="").join([top, legend]))
