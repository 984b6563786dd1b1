"""A checkbox whose box reads ✓ when ticked and stays empty when not."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class TickBox(Checkbox):
    """Textual draws ▐X▌ ticked or not and tells them apart by colour alone, so an unticked
    option read as ticked (and on a monochrome terminal the two are the same)."""

    def render(self) -> Content:
        """The checkbox with its inner character saying its state."""
        self.BUTTON_INNER = "✓" if self.value else " "
        return super().render()
