"""The `E` screen: pick a format and a file, and the open folder is exported there."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from incident_reader.ui.export import FORMATS
from incident_reader.ui.widgets.tick_box import TickBox

FORMAT_HELP: dict[str, str] = {
    "json": "json: every report's timeline and facts with their marks",
    "csv": "csv: one row per timeline entry or fact, with its mark",
    "md": "md: a Markdown record to read or paste",
    "timelinejs": "timelinejs: dated entries for a TimelineJS page",
    "incidents": "incidents: one row per incident across the reports (csv)",
}


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose: the format, the file and whether only verified items go."""

    export_format: str
    target: Path
    verified_only: bool


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Asks for a format and a file; dismisses with the choice, or None to cancel."""

    # Its rules load with the dialog, not with the reader's app.tcss, which a first launch parses
    # before its first frame.
    DEFAULT_CSS = """
    ExportScreen {
        align: center middle;
    }

    #export-box {
        width: 80;
        max-width: 100%;
        height: auto;
        border: round $accent;
        padding: 0 1;
        background: $surface;
    }

    #export-formats {
        height: auto;
        max-height: 7;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Export nothing"),
        Binding("ctrl+s", "export", "Export", id="export.go", tooltip="Write the file"),
    ]

    def __init__(self, folder: str, targets: dict[str, Path]) -> None:
        super().__init__()
        self.folder = folder
        self.targets = targets  # the default file of each format
        self._format = FORMATS[0]

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(Text(f"Export {self.folder}", no_wrap=True, overflow="ellipsis"))
            yield Static("Format (enter writes it; tab to change the file):")
            yield OptionList(*(Option(FORMAT_HELP[f], id=f) for f in FORMATS), id="export-formats")
            yield Input(value=str(self.targets[self._format]), id="export-target")
            yield TickBox("Only the items marked verified", id="export-verified")
        yield Footer(compact=True)  # its own keys, not the reader's

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0

    @on(OptionList.OptionHighlighted, "#export-formats")
    def format_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The file's name follows the format, unless the user has edited it."""
        event.stop()
        chosen = event.option.id or FORMATS[0]
        target = self.query_one("#export-target", Input)
        if target.value == str(self.targets[self._format]):
            target.value = str(self.targets[chosen])
        self._format = chosen

    @on(OptionList.OptionSelected, "#export-formats")
    def format_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_export()

    @on(Input.Submitted, "#export-target")
    def target_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def action_export(self) -> None:
        value = self.query_one("#export-target", Input).value.strip()
        if not value:
            self.notify("Give a file to write", severity="warning", markup=False)
            return
        verified = self.query_one("#export-verified", Checkbox).value
        target = Path(value).expanduser()
        if not target.is_absolute():  # a bare name goes beside the corpus, as the default does
            target = self.targets[self._format].parent / target
        self.dismiss(ExportChoice(self._format, target, verified))

    def action_cancel(self) -> None:
        self.dismiss(None)
