"""A footer that leaves out the keys that do not fit, instead of cutting one in the middle.

Textual's footer scrolls sideways (its scroll bar hidden), so at 80-120 columns the last key
that reaches the palette key was cut mid-word: "c Compa▏^p palette", "v Verifi". The keys from
the first that does not fit whole are hidden; they are all in the help (?) and the palette.
The keys a newcomer needs first, help and quit, are never the ones hidden: the keys before them
give way instead (at 100x30 the reader's footer ended at "v Verified", with no way out shown).
"""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# Actions of quitting: their key stays shown however narrow the footer (with help's).
ESSENTIAL_ACTIONS = frozenset({"app.quit", "quit"})


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
        room = limit - keys[0].region.x
        gap = max(0, keys[1].region.x - keys[0].region.right) if len(keys) > 1 else 0
        backs = any(k.key == "escape" for k in keys)  # a screen left by esc: quit may give way
        kept = [k for k in keys if _essential(k, backs)]
        room -= sum(k.region.width + gap for k in kept) - gap  # no gap after the last key
        overflow = False
        for key in keys:
            if key in kept:
                continue
            # a key past the edge may not be placed at all (no width): it does not fit either
            overflow = overflow or not key.region.width or key.region.width + gap > room
            if overflow:
                key.display = False
            else:
                room -= key.region.width + gap


def _essential(key: FooterKey, backs: bool) -> bool:
    """Whether a footer key is one a newcomer must always see: help, and quit where no esc
    leads back (the reader's own screen)."""
    if key.key == "question_mark" or key.action in ("help", "app.help", "show_help"):
        return True
    return not backs and (key.key == "q" or key.action in ESSENTIAL_ACTIONS)
