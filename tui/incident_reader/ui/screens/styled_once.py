"""Screens styled once when they first appear, not twice.

Textual restyles every widget of a screen when it is first shown, just after styling each as it
mounted: a sixth of the reader's start-up, and a tenth of what the help takes to appear. The
restyle is skipped when nothing styles depend on has changed since mount (the screen's classes
and the theme); any later one (a theme change, a breakpoint) goes ahead.
"""

from __future__ import annotations

from textual import messages
from textual._time import get_time
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets._toast import ToastRack


class StyledOnce(Screen[None]):
    """A screen that skips Textual's first restyle when it would restyle nothing new."""

    _styled_at_mount: tuple[frozenset[str], str] | None = None
    _whole_layout_at = float("-inf")  # when the last layout of every widget began (get_time)

    def _note_styles_at_mount(self) -> None:
        """Call from ``on_mount``: the styles are as the widgets were given them at mount."""
        self._styled_at_mount = self._style_inputs()
        # Textual's CSS hides the screen's toast rack; on the screen's first resume Textual
        # hides it again with an inline style (no notifications), takes that for a change and
        # lays the whole screen out and draws it again, just after its first frame (a third of
        # what the help takes to appear). Hidden inline now, before the first layout, the
        # later setting changes nothing.
        for rack in self.query_children("#textual-toastrack"):
            if not rack.display:
                rack.display = False

    def _extend_compose(self, widgets: list[Widget]) -> None:
        # Textual adds the toast rack here. Its CSS asks for a vertical scrollbar, which Textual
        # sets when the rack's own Mount comes (in a terminal, after the screen's first frame)
        # as a change of layout: the whole screen laid out and drawn again before a key typed
        # on first sight acts. Set now, without a refresh, that setting is no change.
        super()._extend_compose(widgets)
        for widget in widgets:
            if isinstance(widget, ToastRack):
                widget.set_reactive(Widget.show_vertical_scrollbar, True)

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        # Textual hands each widget the virtual size its layout found through a reactive that
        # asks for another layout, so a screen's first layout (and a resize) was followed by a
        # second one of every widget, finding the same places. That size is what the layout
        # made of the widget's children, not something it reads: only a scrollbar coming or
        # going changes a layout, and that request stands. The screen's own request from before
        # a whole layout (mounting its widgets asks for one) is what that layout did: Textual's
        # update timer drops it after the layouts it runs, but not after the first one (on the
        # screen's first resume), which was then done twice, after the first frame.
        whole = bool(self.outer_size if size is None else size) and not (
            scroll and not self._layout_widgets
        )
        if whole:
            self._whole_layout_at = get_time()
        before = {
            node: (
                node._layout_required,
                node.show_vertical_scrollbar,
                node.show_horizontal_scrollbar,
            )
            for node in self._laid_out()
        }
        super()._refresh_layout(size, scroll)
        for node in self._laid_out():
            # A scrollbar the layout made (a scrolling widget's first) asked for nothing before.
            asked, vertical, horizontal = before.get(node, (False, False, False))
            if (
                node._layout_required
                and (not asked or (whole and node is self))
                and node.show_vertical_scrollbar == vertical
                and node.show_horizontal_scrollbar == horizontal
            ):
                node._layout_required = False

    def _laid_out(self) -> list[Widget]:
        """The screen, its widgets and their scrollbars (which are not among their children)."""
        nodes = list(self.walk_children(Widget, with_self=True))
        bars = [
            bar
            for node in nodes
            for bar in (node._vertical_scrollbar, node._horizontal_scrollbar)
            if bar is not None
        ]
        return nodes + bars

    async def _on_layout(self, message: messages.Layout) -> None:
        # A widget asks its screen for a layout once its own request has cleared the cached
        # arrangements above it; a whole layout after that (the screen's first) has laid it out
        # already, and the request still queued would lay every widget out again, unchanged.
        if message.time < self._whole_layout_at:
            message.stop()
            message.prevent_default()
            return
        await super()._on_layout(message)

    def _style_inputs(self) -> tuple[frozenset[str], str]:
        return frozenset(self.classes), self.app.theme

    def update_node_styles(self, animate: bool = True) -> None:
        at_mount, self._styled_at_mount = self._styled_at_mount, None
        if at_mount is not None and at_mount == self._style_inputs():
            return
        super().update_node_styles(animate)
