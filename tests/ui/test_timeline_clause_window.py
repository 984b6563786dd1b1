"""A timeline row's second line shows the words around its expression: in a narrow pane a long
sentence whose date comes late opened with its first words and cut the date off ("His first
conviction was in November 1983 for criminal d…" under "December 2003"). Invented text."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.style import Style

from incident_reader.core.analysis import analyse
from incident_reader.core.model import DctSource, Report
from incident_reader.ui.widgets.timeline import TimelineRow, timeline_rows

TEXT = (
    "Harlan Teague was first convicted in the spring of 2024 for criminal damage, and then, "
    "after a long run of lesser offences in several towns, for a knife assault in February 2025.\n"
    "The crash happened at 7pm on Friday.\n"
)


def _second_lines(width: int) -> dict[str, str]:
    report = Report("r0", Path("r0.txt"), "T", TEXT, "2025-03-08", DctSource.HEADER, "0")
    rows = [r for r in timeline_rows(analyse(report)) if isinstance(r, TimelineRow)]
    console = Console(width=width)
    return {r.entry.timex.text: r.lines(width, lambda _: Style(), console)[1].plain for r in rows}


def test_a_late_expression_is_shown_with_the_words_around_it() -> None:
    lines = _second_lines(60)
    assert "February 2025" in lines["February 2025"]
    assert lines["February 2025"].lstrip().startswith("…")
    assert "2024" in lines["the spring of 2024"] or "spring" in lines["the spring of 1991"]


def test_a_short_clause_or_an_early_expression_reads_from_its_start() -> None:
    lines = _second_lines(60)
    assert lines["7pm"].strip() == "The crash happened at 7pm on Friday."
    wide = _second_lines(400)
    assert wide["February 2025"].strip().startswith("after a long run of lesser offences")
