"""The `?` help screen: every key and what it does, plus the keys kept for coming views."""

from __future__ import annotations

from typing import ClassVar

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


class HelpScreen(ModalScreen[None]):
    """Lists the keys; any of escape, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close", tooltip="Close help"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static("Keys", id="help-title")
            yield Static(keys_table())
            yield Static("Symbols", id="help-symbols-title")
            yield Static(symbols_table())
        yield Footer(compact=True)  # its own keys, not the reader's

    def action_close(self) -> None:
        self.dismiss(None)
