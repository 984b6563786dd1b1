"""One report in the comparison view: the source view with one highlight layer per status."""

from __future__ import annotations

from typing import ClassVar

from textual import events

from incident_reader.ui.widgets.source_view import SourceView

# Statuses from least to most urgent: a later layer is drawn over an earlier one.
STATUSES: tuple[str, ...] = ("only", "match", "compatible", "revised", "conflict")
STATUS_LABELS: dict[str, str] = {
    "match": "match",
    "compatible": "compatible",
    "revised": "revised",
    "conflict": "conflict",
    "only": "only in one",
}


def layer_of(status: str) -> str:
    """The highlight layer (and component class suffix) that draws a status."""
    return f"cmp-{status}"


CURRENT = "cmp-current"  # the entry f/F or the facts table went to, in both reports


class CompareSourceView(SourceView):
    """A report's text whose facts are drawn by status; the wheel makes it the leading report."""

    LAYERS: ClassVar[tuple[str, ...]] = (*(layer_of(s) for s in STATUSES), CURRENT)
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"source-view--{name}" for name in LAYERS}

    def set_statuses(self, spans: dict[str, list[tuple[int, int]]]) -> None:
        """Replace every status layer at once: status -> spans (statuses not given are cleared)."""
        for status in STATUSES:
            self.set_layer(layer_of(status), spans.get(status, []))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self.focus()  # the report the user scrolls leads; the other follows it

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.focus()
