"""The `?` help screen: every key and what it does, plus the keys kept for coming views."""

from __future__ import annotations

from functools import cache
from typing import ClassVar

from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from incident_reader.ui.keys import KEYS, RESERVED, SYMBOLS


def keys_table() -> Table:
    """The keys as a two-column table."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for keys, action in KEYS:
        table.add_row(keys, action)
    if RESERVED:
        table.add_row("", "")
        table.add_row("coming", "")
    for keys, action in RESERVED:
        table.add_row(keys, action, style="dim")
    return table


def symbols_table() -> Table:
    """The symbols the lists and the comparison draw, and what each means."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for symbol, meaning in SYMBOLS:
        table.add_row(symbol, meaning)
    return table


class RenderedOnce:
    """A table laid out once per width: Textual measures it, counts its lines, then draws it, each
    a full layout of every row (most of what the help took to appear). The height and highlight
    of the options are not in the key: a table lays its rows out without either."""

    def __init__(self, table: Table) -> None:
        self.renderable = table
        self._segments: dict[tuple[object, ...], list[Segment]] = {}
        self._measures: dict[tuple[int, int], Measurement] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> list[Segment]:
        key = (
            options.min_width,
            options.max_width,
            options.justify,
            options.overflow,
            options.no_wrap,
            options.markup,
        )
        segments = self._segments.get(key)
        if segments is None:
            segments = self._segments[key] = list(console.render(self.renderable, options))
        return segments

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        key = (options.min_width, options.max_width)
        measure = self._measures.get(key)
        if measure is None:
            measure = self._measures[key] = Measurement.get(console, options, self.renderable)
        return measure


@cache
def help_tables() -> tuple[RenderedOnce, RenderedOnce]:
    """The keys and the symbols tables, kept for the next time the help is opened."""
    return RenderedOnce(keys_table()), RenderedOnce(symbols_table())


class HelpScreen(ModalScreen[None]):
    """Lists the keys; any of escape, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close", tooltip="Close help"),
    ]

    def compose(self) -> ComposeResult:
        keys, symbols = help_tables()
        with VerticalScroll(id="help-box"):
            yield Static("Keys", id="help-title")
            yield Static(keys)
            yield Static("Symbols", id="help-symbols-title")
            yield Static(symbols)
        yield Footer(compact=True)  # its own keys, not the reader's

    def action_close(self) -> None:
        self.dismiss(None)
