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


def follow(leader: SourceView, view: SourceView, pairs: list[tuple[int, tuple[int, int]]]) -> None:
    """Scroll ``view`` to show the counterparts of the paired facts in view in ``leader``.

    ``pairs`` are (fact start in leader, counterpart span in view). The least scrolling that shows
    them all; if they do not fit, the counterpart of the fact nearest a third down the leader
    lands on the same screen row as that fact. Nothing moves when all are shown already.
    """
    if not pairs or all(view.is_visible(*span) for _, span in pairs):
        return
    height = max(1, view.scrollable_content_region.height)
    first = min(view.line_of(s) for _, (s, _e) in pairs)
    last = max(view.line_of(max(s, e - 1)) for _, (s, e) in pairs)
    top = round(view.scroll_y)
    if last - first < height:
        target = first if first < top else last - height + 1
    else:
        leader_top = round(leader.scroll_y)
        focus = leader_top + max(1, leader.scrollable_content_region.height) // 3
        here, (there, _) = min(pairs, key=lambda p: abs(leader.line_of(p[0]) - focus))
        target = view.line_of(there) - (leader.line_of(here) - leader_top)
    view.scroll_to(y=max(0, target), animate=False, immediate=True)


class CompareSourceView(SourceView):
    """A report's text whose facts are drawn by status; the wheel makes it the leading report."""

    LAYERS: ClassVar[tuple[str, ...]] = (
        *(layer_of(s) for s in STATUSES),
        "search",
        "search-current",
        CURRENT,
    )
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"source-view--{name}" for name in LAYERS}

    def set_statuses(self, spans: dict[str, list[tuple[int, int]]]) -> None:
        """Replace every status layer at once: status -> spans (statuses not given are cleared)."""
        for status in STATUSES:
            self.set_layer(layer_of(status), spans.get(status, []))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self.focus()  # the report the user scrolls leads; the other follows it

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.focus()
