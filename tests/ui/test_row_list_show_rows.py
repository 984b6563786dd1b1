"""show_rows(first, last) when the rows do not all fit: the first lands at the top with as many
of the next as fit below it, so a list following the text (End) never hides the entries after
its cursor whose words are on screen too (it put the cursor on the last line, alone)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from textual.app import App, ComposeResult

from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf, TextRow


class _Line(Row):
    def __init__(self, text: str) -> None:
        self.text = text

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        return [Text(self.text[:width], end="")]


class _Lists(App[None]):
    CSS = "RowList { height: 10; }"

    def compose(self) -> ComposeResult:
        yield RowList(id="rows")


async def test_a_range_too_long_to_fit_starts_at_the_top_with_its_heading() -> None:
    app = _Lists()
    async with app.run_test(size=(40, 12)) as pilot:
        rows = app.query_one(RowList)
        items: list[Row] = [_Line(f"entry {n}") for n in range(30)]
        items.insert(14, TextRow("Earlier incident", "header"))
        rows.set_rows(items, cursor=0)
        await pilot.pause()
        rows.show_rows(15, 29)  # 15 rows from the top: too many for 10 lines
        await pilot.pause()
        assert round(rows.scroll_y) == 14  # the heading, then the first, then the next
        rows.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        rows.show_rows(15, 18)  # fits: scrolled just enough, the last on the last line
        await pilot.pause()
        assert round(rows.scroll_y) == 9
