"""The comparison's table at every width: its values stay readable with three or more reports
(every report's column where each value fits, else the two side by side), and it grows with
the window instead of keeping a fixed 50 or 66 columns."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.style import Style

from incident_reader.core.model import Corpus, FactValue, PairSide
from incident_reader.ui.widgets.compare_table import ColumnsRow, CompareRow
from tests.ui.test_compare import open_compare
from tests.ui.test_compare_many import _app

SAID: dict[str, FactValue] = {
    "wire": {"min": 7, "max": None},
    "daily": 7,
    "evening": {"min": 7, "max": None},
    "local": 5,
    "weekly": 7,
    "radio": {"min": 7, "max": None},
}


def _row() -> CompareRow:
    sides = {name: PairSide(name, value, "seven died", 0, 10) for name, value in SAID.items()}
    return CompareRow(("I1", "casualties.killed", 0), "casualties.killed", "conflict", sides,
                      tuple(SAID))  # fmt: skip


def _line(row: CompareRow | ColumnsRow, width: int) -> str:
    style_of: Callable[[str], Style] = lambda name: Style()  # noqa: E731
    return row.lines(width, style_of, Console(width=width))[0].plain


def test_six_reports_each_get_a_whole_value_when_the_table_is_wide() -> None:
    line = _line(_row(), 94)
    assert line.count("at least 7") == 3 and " 5 " in line


def test_a_narrow_table_shows_the_two_reports_side_by_side_in_full() -> None:
    line = _line(_row(), 46)
    assert line.count("at least 7") == 1 and " 7" in line and " 5 " not in line
    heading = _line(ColumnsRow(["A wire", "B daily", *SAID]), 46)
    assert "A wire" in heading and "B daily" in heading and "local" not in heading


async def test_the_table_grows_with_the_window(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    for size, least in (((160, 48), 90), ((120, 30), 46)):
        async with _app(make_corpus).run_test(size=size) as pilot:
            screen = await open_compare(pilot)
            assert screen.table.size.width >= least, size


async def test_the_header_counts_the_reports_picked_not_the_folder(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    from incident_reader.ui.app import ReaderApp
    from incident_reader.ui.widgets.compare_header import CompareHeader
    from incident_reader.ui.widgets.compare_picker import PICK_OVER, ComparePicker
    from tests.ui.conftest import settle
    from tests.ui.fakes import fake_analyse
    from tests.ui.test_compare_picker import _files

    app = ReaderApp(make_corpus(_files(PICK_OVER + 4)), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        picker.listing.select("r05")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        for _ in range(50):
            if getattr(app.screen, "index", None) is not None:
                break
            await pilot.pause(0.02)
        await pilot.pause()
        header = str(app.screen.query_one(CompareHeader).render())
        assert "3 in all" in header and f"{PICK_OVER + 4} in all" not in header


def test_the_row_is_labelled_by_the_two_side_by_side_and_paints_a_conflict_elsewhere() -> None:
    from incident_reader.core.model import STATUS_SYMBOLS

    row = _row()
    row.status = "compatible"  # wire and daily, side by side, agree (as f and the header say)
    row.elsewhere = (("wire", "local"), ("daily", "local"))
    red = Style(bold=True)
    style_of: Callable[[str], Style] = lambda name: red if name == "cmp-conflict" else Style()  # noqa: E731
    for width in (94, 46):  # every report on screen, or only the two side by side
        line = row.lines(width, style_of, Console(width=width))[0]
        assert line.plain.startswith(STATUS_SYMBOLS["compatible"]), width
    wide = row.lines(94, style_of, Console(width=94))[0]
    local = wide.plain.index(" 5 ") + 1  # the disputing value, painted as a conflict
    assert any(span.style == red and span.start <= local < span.end for span in wide.spans)


def test_short_columns_keep_their_width_and_give_the_rest_to_long_ones() -> None:
    from incident_reader.ui.widgets.compare_table import ColumnNeeds

    needs = ColumnNeeds({"a": 2, "b": 33})
    assert needs.width(("a", "b")) == 13 + 5 + 36
    cells = needs.cells(50, ("a", "b"))  # 37 to share: 'a' needs 5, 'b' gets the other 32
    assert cells == [5, 32]
    cells = needs.cells(80, ("a", "b"))  # room to spare: both whole, the rest spread
    assert sum(cells) == 67 and cells[0] >= 5 and cells[1] >= 36
    assert ColumnNeeds().cells(50, ("a", "b")) == [18, 18]  # unknown needs: an even split
