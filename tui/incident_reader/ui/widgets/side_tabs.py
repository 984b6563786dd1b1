"""The one-line tab bar over the side pane: which list (timeline or facts) is shown beside the text.

Textual's TabbedContent would do, but it brings six widgets with animated underlines and their
stylesheets, about a fifth of the reader's start-up; two labels on one line are all this needs.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from incident_reader.ui.component_styles import LazyComponentStyles
from incident_reader.ui.styling import component_style


class SideTabs(LazyComponentStyles, Widget):
    """Labels in a row, the active one highlighted; a click on a label chooses it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"side-tabs--active", "side-tabs--inactive"}
    DEFAULT_CSS = """
    SideTabs {
        height: 1;
        width: 1fr;
    }
    SideTabs > .side-tabs--active {
        color: $text;
        background: $accent 40%;
        text-style: bold;
    }
    SideTabs > .side-tabs--inactive {
        color: $text-muted;
    }
    """

    active: reactive[str] = reactive("", init=False)

    class Chosen(Message):
        """The user clicked a tab's label."""

        def __init__(self, side_tabs: SideTabs, tab: str) -> None:
            self.side_tabs = side_tabs
            self.tab = tab
            super().__init__()

        @property
        def control(self) -> SideTabs:
            return self.side_tabs

    def __init__(self, tabs: list[tuple[str, str]], *, id: str | None = None) -> None:  # noqa: A002
        """``tabs``: (id, label) pairs in order; the first is active."""
        super().__init__(id=id)
        self.tabs = tabs
        self.set_reactive(SideTabs.active, tabs[0][0] if tabs else "")

    def label_spans(self) -> list[tuple[str, int, int]]:
        """Each tab's id and the cells its label covers (start, end), for drawing and clicks."""
        spans: list[tuple[str, int, int]] = []
        x = 0
        for tab, label in self.tabs:
            spans.append((tab, x, x + len(label) + 2))
            x += len(label) + 3  # " label " and a space between labels
        return spans

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="crop")
        active = component_style(self, "side-tabs--active")
        inactive = component_style(self, "side-tabs--inactive")
        for index, (tab, label) in enumerate(self.tabs):
            if index:
                text.append(" ")
            text.append(f" {label} ", style=active if tab == self.active else inactive)
        return text

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        for tab, start, end in self.label_spans():
            if start <= offset.x < end:
                self.post_message(self.Chosen(self, tab))
                return
