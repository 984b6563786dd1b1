"""A one-line progress bar under the header: reports extracted of how many, while work remains."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from incident_reader.ui.component_styles import LazyComponentStyles
from incident_reader.ui.styling import component_style

BAR_CELLS = 24
StyleOf = Callable[[str], Style | str]


def progress_text(done: int, total: int, cached: int, width: int, style_of: StyleOf) -> Text:
    """'Extracting ━━━━━──── 120/1000 · 100 from cache', cut to ``width`` cells."""
    filled = BAR_CELLS * done // total if total else 0
    text = Text("Extracting ", style=style_of("label"), no_wrap=True, overflow="ellipsis", end="")
    text.append("━" * filled, style_of("bar"))
    text.append("─" * (BAR_CELLS - filled), style_of("rest"))
    text.append(f" {done}/{total}", style_of("label"))
    if cached:
        text.append(f" · {cached} from cache", style_of("note"))
    text.truncate(width, overflow="ellipsis")
    return text


class ExtractionProgress(LazyComponentStyles, Widget):
    """Shows extraction progress over every run in flight; hidden when nothing is left to do."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "extraction-progress--label",
        "extraction-progress--bar",
        "extraction-progress--rest",
        "extraction-progress--note",
    }

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.done = 0
        self.total = 0
        self.cached = 0
        self.display = False

    @property
    def plain(self) -> str:
        """The words shown (for tests and screen readers), empty while hidden."""
        if not self.display:
            return ""
        return progress_text(self.done, self.total, self.cached, 200, lambda _: "").plain

    def show(self, done: int, total: int, cached: int = 0) -> None:
        """Draw ``done`` of ``total``; hide once all are done (or for a single report)."""
        self.done, self.total, self.cached = done, total, cached
        self.display = total > 1 and done < total
        self.refresh()

    def render(self) -> Text:
        def style_of(name: str) -> Style:
            return component_style(self, f"extraction-progress--{name}")

        return progress_text(self.done, self.total, self.cached, self.size.width, style_of)
