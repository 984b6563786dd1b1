"""The `h` screen: every recorded change to the highlighted item, oldest first, who and when."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from incident_reader.core.store import Change
from incident_reader.ui.literal import one_line
from incident_reader.ui.marks import status_symbol


def history_table(changes: Sequence[Change], reports: dict[str, str] | None = None) -> Table:
    """One row per change: when (UTC), reviewer, from → to, and the note on a line of its own
    under it (so it reads whole at 80 columns); every value shown literally. With ``reports``
    (report id -> a short name) a column says which report's statement changed."""
    table = Table(box=None, padding=(0, 2), show_edge=False, header_style="bold")
    names: tuple[str, ...] = ("when (UTC)", "reviewer", "change")
    if reports:
        names = ("when (UTC)", "report", "reviewer", "change")
    for name in names:
        table.add_column(name, no_wrap=name != "change")
    previous_note: dict[str, str | None] = {}
    for c in changes:
        before = c.from_status or "new"
        after = c.to_status or "none"
        symbol = status_symbol(after).strip()
        if c.from_status is not None and c.from_status == c.to_status:
            move = Text(f"note on {symbol} {after}" if symbol else f"note on {after}")
        else:
            move = Text(f"{before} → {symbol} {after}" if symbol else f"{before} → {after}")
        when = c.at.replace("T", " ").removesuffix("Z").split(".")[0]
        where = [Text(one_line(reports.get(c.report_id, c.report_id)))] if reports else []
        table.add_row(Text(when), *where, Text(one_line(c.reviewer)), move)
        before_note = previous_note.get(c.item_key)
        blank = [Text("")] * (len(names) - 1)
        if c.note and c.note != before_note:  # a note is shown where it was written or changed
            table.add_row(*blank, Text(f"✎ {one_line(c.note)}", style="italic"))
        elif before_note and not c.note:  # else "note on ✗ disputed" hid that it went
            table.add_row(*blank, Text("✎ note cleared", style="italic"))
        previous_note[c.item_key] = c.note
    return table


class HistoryScreen(ModalScreen[None]):
    """Lists an item's history; escape, h or q closes it."""

    # Its rules load with the dialog, not with the reader's app.tcss, which a first launch parses
    # before its first frame.
    DEFAULT_CSS = """
    HistoryScreen {
        align: center middle;
    }

    #history-box {
        width: 90%;
        height: auto;
        max-height: 90%;
        border: round $accent;
        padding: 0 1;
        background: $surface;
    }

    #history-title {
        text-style: bold;
        margin-bottom: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,h,q", "close", "Close", id="history.close", tooltip="Close the history"),
    ]

    def __init__(
        self, about: str, changes: Sequence[Change], reports: dict[str, str] | None = None
    ) -> None:
        super().__init__()
        self.about = about
        self.changes = list(changes)
        self.reports = reports  # report id -> short name, when the changes span reports

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="history-box"):
            yield Static(
                Text(f"History of: {one_line(self.about)}", no_wrap=True, overflow="ellipsis"),
                id="history-title",
            )
            if self.changes:
                yield Static(history_table(self.changes, self.reports), id="history-table")
            else:
                yield Static("No changes recorded for this item yet.", id="history-table")
        yield Footer(compact=True)  # its own keys, not the reader's

    def action_close(self) -> None:
        self.dismiss(None)
