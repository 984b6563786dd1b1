"""The `o` screen: marks that no longer sit on any item, with their words, status and reason."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from incident_reader.ui.literal import one_line
from incident_reader.ui.marks import Orphan, status_symbol


def orphans_table(orphans: Sequence[Orphan], titles: Mapping[str, str]) -> Table:
    """One row per orphan: report, quote, status, reviewer, note and why it is an orphan."""
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold", expand=True)
    table.add_column("report", max_width=24, overflow="ellipsis", no_wrap=True)
    table.add_column("quote", ratio=3)
    table.add_column("status", no_wrap=True)
    table.add_column("reviewer", no_wrap=True)
    table.add_column("marked (UTC)", no_wrap=True)
    table.add_column("why", ratio=2)
    for o in orphans:
        m = o.mark
        quote = f"“{one_line(m.anchor.quote)}”" + (f"  ✎ {one_line(m.note)}" if m.note else "")
        table.add_row(
            Text(one_line(titles.get(o.report_id, o.report_id))),
            Text(quote),
            Text(f"{status_symbol(m.status)} {m.status}"),
            Text(one_line(m.reviewer)),
            Text(m.marked_at.replace("T", " ")[:16]),
            Text(o.reason, style="italic"),
        )
    return table


class OrphansScreen(ModalScreen[None]):
    """Lists every orphaned mark (never attached elsewhere, never dropped); escape closes it."""

    # Its rules load with the dialog, not with the reader's app.tcss, which a first launch parses
    # before its first frame.
    DEFAULT_CSS = """
    OrphansScreen {
        align: center middle;
    }

    #orphans-box {
        width: 90%;
        height: auto;
        max-height: 90%;
        border: round $accent;
        padding: 0 1;
        background: $surface;
    }

    #orphans-title {
        text-style: bold;
        margin-bottom: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,o,q", "close", "Close", id="orphans.close", tooltip="Close the list"),
    ]

    def __init__(self, orphans: Sequence[Orphan], titles: Mapping[str, str]) -> None:
        super().__init__()
        self.orphans = list(orphans)
        self.titles = dict(titles)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="orphans-box"):
            count = len(self.orphans)
            yield Static(
                f"Orphaned marks in every report: {count}"
                "  (their words changed or went; kept, never moved)",
                id="orphans-title",
            )
            if self.orphans:
                yield Static(orphans_table(self.orphans, self.titles), id="orphans-table")
            else:
                yield Static("Every mark sits on its words.", id="orphans-table")
        yield Footer(compact=True)  # its own keys, not the reader's

    def action_close(self) -> None:
        self.dismiss(None)
