"""The `e` prompt: a reviewer's note on the highlighted timeline entry or fact."""

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


class NoteScreen(ModalScreen[str | None]):
    """Asks for a note; dismisses with the text ("" clears the note) or None to cancel.

    Refused (``refused`` says why: marks are off, nothing is highlighted) it still opens, so the
    note the user types right after `e` goes into its box rather than running as the reader's
    commands letter by letter; it says in one line that nothing will be kept and keeps nothing.
    """

    # Its rules load with the dialog, not with the reader's app.tcss, which a first launch parses
    # before its first frame.
    DEFAULT_CSS = """
    NoteScreen {
        align: center middle;
    }

    #note-box {
        width: 80;
        max-width: 100%;
        height: auto;
        border: round $accent;
        padding: 0 1;
        background: $surface;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="note.cancel", tooltip="Keep the note as it is"),
    ]

    def __init__(self, about: str, current: str | None, refused: str | None = None) -> None:
        super().__init__()
        self.about = about
        self.current = current
        self.refused = refused

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            if self.refused is not None:
                why = f"{one_line(self.refused)}: this note is not kept."
                yield Static(Text(why, style="bold"), classes="note-refused")
                yield Static("Enter or escape closes.")
            else:
                about = Text(f"Note on: {one_line(self.about)}", no_wrap=True, overflow="ellipsis")
                yield Static(about)
                yield Static("Enter keeps it; an empty note clears it; escape cancels.")
            yield Input(value=self.current or "", placeholder="checked with …", id="note-input")
        yield Footer(compact=True)  # its own keys, not the reader's

    @on(Input.Submitted, "#note-input")
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(None if self.refused is not None else event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
