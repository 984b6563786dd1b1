"""A row list given new rows while it has no width (its tab hidden) keeps no stale layout."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from textual.app import App, ComposeResult

from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf


class _Line(Row):
    def __init__(self, text: str) -> None:
        self.text = text

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        return [Text(self.text[:width], end="")]


class _Lists(App[None]):
    CSS = "RowList { height: 10; }"

    def compose(self) -> ComposeResult:
        yield RowList(id="rows")


async def test_more_rows_set_while_hidden_then_shown() -> None:
    app = _Lists()
    async with app.run_test(size=(40, 12)) as pilot:
        rows = app.query_one(RowList)
        rows.set_rows([_Line("one"), _Line("two")])
        await pilot.pause()
        rows.display = False  # a hidden tab: no width
        await pilot.pause()
        many = [_Line(f"entry {n}") for n in range(30)]
        rows.set_rows(many, cursor=25)  # raised IndexError: the two old rows' layout was kept
        rows.display = True
        await pilot.pause()
        await pilot.pause()
        rows.cursor = 29
        await pilot.pause()
        assert rows.cursor == 29
        assert len(rows._first_line) == 30
