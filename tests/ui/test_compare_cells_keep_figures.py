"""A comparison cell too narrow for its value cuts the value's words, never its figures; report
names wrap after a hyphen so a date in the name stays whole; the summary line under a row wraps
instead of being cut (at 160 columns "at least …" hid the number, "A outlet-…" the date, and at
80 columns "latest figure in 2 of 5, an ea…" the rest of the summary)."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style

from incident_reader.core.model import FactValue, PairSide
from incident_reader.ui.widgets.compare_table import ColumnsRow, CompareRow, column_width
from incident_reader.ui.widgets.fit import fit

STYLE: Callable[[str], Style] = lambda name: Style()  # noqa: E731
NAMES = ("A coastwire-20240312", "B harbourdaily-ap-20240313", "valleyvoice-20240401")
SAID: dict[str, FactValue] = {
    NAMES[0]: 154,
    NAMES[1]: {"min": 149, "max": None},
    NAMES[2]: {"min": 1200, "max": None},
}


def _lines(row: CompareRow | ColumnsRow, width: int) -> list[str]:
    return [line.plain for line in row.lines(width, STYLE, Console(width=width))]


def _row(summary: str = "") -> CompareRow:
    sides = {name: PairSide(name, value, "said", 0, 4) for name, value in SAID.items()}
    return CompareRow(
        ("I1", "casualties.killed", 0),
        "casualties.killed",
        "conflict",
        sides,
        NAMES,
        summary=summary,
    )


def test_a_narrow_cell_keeps_the_figure_and_cuts_the_words() -> None:
    width = 49  # three report columns of 12 cells: 'at least 149' does not fit in 9
    assert column_width(width, 3) == 12
    line = _lines(_row(), width)[0]
    assert "154" in line and "149" in line and "1200" in line, line
    assert "at least …" not in line


def test_report_names_wrap_to_keep_their_dates() -> None:
    lines = _lines(ColumnsRow(NAMES), 49)
    assert len(lines) == 2
    for date in ("20240312", "20240313", "20240401"):
        assert date in lines[1], lines


def test_the_summary_wraps_and_keeps_every_figure() -> None:
    summary = (
        "latest figure in 2 of 5, an earlier one in 2, disputed by 1 · 2024-03-12: 149 → "
        "2024-03-13: 154 → 2024-04-01: 1,200"
    )
    lines = _lines(_row(summary), 60)
    assert len(lines) > 2 and _row(summary).height(60) == len(lines)
    told = " ".join(line.strip() for line in lines[1:])
    assert told == summary and "…" not in told


@given(
    st.lists(st.sampled_from(["at", "least", "more", "than", "some", "people", "a"]), max_size=4),
    st.integers(0, 99_999),
    st.integers(8, 20),
)
def test_fit_keeps_a_figure_that_fits_with_room_for_its_words(
    words: list[str], number: int, room: int
) -> None:
    figure = f"{number:,}"
    text = " ".join([*words, figure])
    fitted = fit(text, room)
    assert len(fitted) <= room
    if len(figure) + 2 <= room:
        # whole, at the end; "at least N" may be written "N+" (fit.SHORT_BOUNDS)
        assert re.search(rf"(?<![\d,]){re.escape(figure)}\+?$", fitted), (text, room, fitted)


def test_a_row_told_only_by_reports_out_of_sight_says_so() -> None:
    sides = {NAMES[2]: PairSide(NAMES[2], "a man, 22", "said", 0, 4)}
    row = CompareRow(("I1", "suspect", 0), "suspect", "", sides, NAMES)
    line = _lines(row, 48)[0]  # too narrow for three columns: the two side by side only
    assert "stated only by 1 other report" in line and "·" not in line
