"""A scroll view's virtual size set without laying the whole screen out again, where it can be.

Textual's ``virtual_size`` asks for a layout of the screen whenever it changes. The reader's
lists and text learn theirs when they first draw (their rows are wrapped to the width the layout
gave them), so their first frame was followed by a second layout of every pane (about 5 ms and a
frame, before a key typed on first sight could act). A view whose own size does not follow its
content (no ``auto`` width or height) is placed the same whatever its virtual size: only its
scrollbars follow it, and they are updated here as a layout would (a scrollbar that comes or goes
still asks for the layout it needs).
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Set ``view.virtual_size``, updating its scrollbars rather than the screen's layout when
    the view's place cannot depend on it."""
    if size == view.virtual_size:
        return
    if view.styles.auto_dimensions or not view.container_size:
        view.virtual_size = size  # its size may follow, or it is not laid out yet: a layout
        return
    view.set_reactive(Widget.virtual_size, size)
    view._scroll_update(size)  # scrollbars shown or hidden, their thumbs, the scroll clamped
    view.refresh()
