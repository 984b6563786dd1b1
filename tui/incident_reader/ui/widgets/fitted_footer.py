"""A footer that leaves out the keys that do not fit, instead of cutting one in the middle.

Textual's footer scrolls sideways (its scroll bar hidden), so at 80-120 columns the last key
that reaches the palette key was cut mid-word: "c Compa▏^p palette", "v Verifi". The keys from
the first that does not fit whole are hidden; they are all in the help (?) and the palette.
"""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class FittedFooter(Footer):
    """A compact footer whose keys are either shown whole or not at all."""

    def on_resize(self) -> None:
        self._refit()

    async def recompose(self) -> None:
        """Compose the keys for the new bindings, then fit them to the width."""
        await super().recompose()
        self._refit()

    def _refit(self) -> None:
        for key in self.query(FooterKey):
            key.display = True
        self.call_after_refresh(self._fit)

    def _fit(self, tries: int = 20) -> None:
        """Hide every key from the first one that would be cut by the palette key or the edge."""
        if not self.is_attached:
            return
        keys = [k for k in self.query(FooterKey) if not k.has_class("-command-palette")]
        palette = [k for k in self.query(FooterKey) if k.has_class("-command-palette")]
        if not keys or not keys[0].region.width or not self.region.width:  # not laid out yet
            if tries:
                self.call_after_refresh(self._fit, tries - 1)
            return
        limit = palette[0].region.x if palette and palette[0].region.width else self.region.right
        overflow = False
        for key in keys:
            # a key past the edge may not be placed at all (no width): it does not fit either
            overflow = overflow or not key.region.width or key.region.right > limit
            if overflow:
                key.display = False
