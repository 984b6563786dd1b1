"""The `?` help screen: every key and what it does, plus the keys kept for coming views."""

from __future__ import annotations

from functools import cache
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from incident_reader.ui.keys import KEYS, RESERVED, SYMBOLS
from incident_reader.ui.screens.styled_once import StyledOnce
from incident_reader.ui.widgets.same_rows import draw_same_rows_once


def key_rows() -> list[tuple[str, str, str | None]]:
    """The help's keys as (keys, what they do, row style), with the reserved ones after them."""
    rows: list[tuple[str, str, str | None]] = [(keys, action, None) for keys, action in KEYS]
    if RESERVED:
        rows += [("", "", None), ("coming", "", None)]
    rows += [(keys, action, "dim") for keys, action in RESERVED]
    return rows


# The gap between the two columns (a grid's padding of two, collapsed between its columns).
GAP = 2


class KeyColumns:
    """Rows of a bold term and its meaning, drawn as ``Table.grid(padding=(0, 2))`` with a bold
    unwrapped first column draws them (the same cells, tested), in one pass: a rich table
    measures and wraps every cell several times for each of Textual's measure, height and draw,
    most of what the help took to appear. Laid out once per width and kept."""

    def __init__(self, rows: list[tuple[str, str, str | None]]) -> None:
        self.rows = rows
        self.term_width = max((cell_len(term) for term, _, _ in rows), default=0)
        self._widest = max((cell_len(text) for _, text, _ in rows), default=0)
        words = [cell_len(word) for _, text, _ in rows for word in text.split()]
        self._longest_word = max(words, default=0)
        terms = [cell_len(word) for term, _, _ in rows for word in term.split()]
        self._longest_term_word = max(terms, default=0)
        self._lines: dict[int, list[Segment]] = {}

    def _layout(self, console: Console, width: int) -> list[Segment]:
        """The segments at ``width`` (at least the terms, the gap and the longest word)."""
        text_width = min(self._widest, width - self.term_width - GAP)
        bold = Style(bold=True)
        out: list[Segment] = []
        for term, text, row_style in self.rows:
            term_style = bold + Style.parse(row_style) if row_style else bold
            text_style = Style.parse(row_style) if row_style else None
            if cell_len(text) <= text_width and "\n" not in text and "\t" not in text:
                lines = [text]  # it fits: what rich's wrap gives back, without dividing it
            else:
                lines = [line.plain for line in Text(text).wrap(console, text_width)]
            for index, plain in enumerate(lines):
                body = plain + " " * (text_width - cell_len(plain))
                if index == 0:
                    pad = " " * (self.term_width - cell_len(term))
                    out += [Segment(term + pad, term_style), Segment(" " * GAP, term_style)]
                else:
                    out.append(Segment(" " * (self.term_width + GAP), term_style))
                out += [Segment(body, text_style), Segment.line()]
        return out

    def _table(self) -> Table:
        """The same rows as a rich table: too narrow for the longest word, rich shrinks its
        columns its own way, and the help draws what it would."""
        table = Table.grid(padding=(0, GAP))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for term, text, row_style in self.rows:
            table.add_row(term, text, style=row_style)
        return table

    def _fits(self, width: int) -> bool:
        return width >= self.term_width + GAP + max(self._longest_word, 1)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if not self._fits(width):
            return console.render(self._table(), options)
        lines = self._lines.get(width)
        if lines is None:
            lines = self._lines[width] = self._layout(console, width)
        return lines

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        if not self._fits(options.max_width):
            return Measurement.get(console, options, self._table())
        least = self._longest_term_word + GAP + self._longest_word  # as rich measures a grid
        most = self.term_width + GAP + self._widest
        return Measurement(least, most).with_maximum(options.max_width)


@cache
def help_tables() -> tuple[KeyColumns, KeyColumns]:
    """The keys and the symbols, kept for the next time the help is opened."""
    return KeyColumns(key_rows()), KeyColumns([(s, m, None) for s, m in SYMBOLS])


class HelpScreen(StyledOnce, ModalScreen[None]):
    """Lists the keys; any of escape, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close", tooltip="Close help"),
    ]

    def compose(self) -> ComposeResult:
        keys, symbols = help_tables()
        box = VerticalScroll(id="help-box")
        draw_same_rows_once(box)  # its rows between the border's top and bottom are alike
        with box:
            yield Static("Keys", id="help-title")
            yield Static(keys)
            yield Static("Symbols", id="help-symbols-title")
            yield Static(symbols)
        # The footer (its own keys, not the reader's) comes after the first frame: the keys are
        # what `?` asks for, and the footer's import, stylesheet and widgets (a fifth of what
        # the help took to appear) would delay them; it composes its keys a frame later anyway.
        self.call_after_refresh(self._mount_footer)

    def _mount_footer(self) -> None:
        from textual.widgets import Footer  # loads with the first help, not at start-up

        if self.is_attached and not self.query(Footer):
            self.mount(Footer(compact=True))
            self.call_after_refresh(self.refresh_bindings)  # the footer composes its keys then

    def __init__(self) -> None:
        super().__init__()
        draw_same_rows_once(self)  # its background rows around the box are alike

    def on_mount(self) -> None:
        self._note_styles_at_mount()  # Textual's first restyle is skipped (StyledOnce)

    def action_close(self) -> None:
        self.dismiss(None)
