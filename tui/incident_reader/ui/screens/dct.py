"""The `d` prompt: the user sets a report's creation date (DCT) to re-read its times against."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from incident_reader.ui.literal import one_line
from incident_reader.ui.timefmt import parse_dct


def _shorten(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


class DctScreen(ModalScreen[str | None]):
    """Asks for a DCT; dismisses with the value, "" to go back to the file's own, None to cancel."""

    # Its rules load with the dialog, not with the reader's app.tcss, which a first launch parses
    # before its first frame.
    DEFAULT_CSS = """
    DctScreen {
        align: center middle;
    }

    #dct-box {
        width: 70;
        max-width: 100%;
        height: auto;
        border: round $accent;
        padding: 0 1;
        background: $surface;
    }

    #dct-error {
        color: $text-error;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="dct.cancel", tooltip="Keep the current report date"
        ),
    ]

    def __init__(self, title: str, current: str | None) -> None:
        super().__init__()
        self.report_title = title
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dct-box"):
            yield Static(Text(f"Date of: {_shorten(one_line(self.report_title), 56)}"))
            yield Static(
                "2018-06-07, 7 June 2018, June 7, 2018 or 07/06/2018 (day first), a time after"
                " it if needed; empty for the file's own date."
            )
            yield Input(
                value=self.current or "", placeholder="YYYY-MM-DD or D Month YYYY", id="dct-input"
            )
            yield Static("", id="dct-error")
        yield Footer(compact=True)  # its own keys, not the reader's

    @on(Input.Submitted, "#dct-input")
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.dismiss("")
            return
        value = parse_dct(event.value)
        if value is None:
            self.query_one("#dct-error", Static).update(
                Text(
                    f"Not a date: {one_line(event.value)!r} (try 7 June 2018 or 2018-06-07)",
                    style="bold",
                )
            )
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
