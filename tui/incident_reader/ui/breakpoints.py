"""The breakpoint class a screen will get for a width, known before the screen is first styled.

Textual sets a screen's breakpoint class on its first resize; when the class changes then, every
widget on the screen is styled a second time. A screen built with the class already set skips
that second pass (about a third of the reader's start-up styling).
"""

from __future__ import annotations

from collections.abc import Sequence


def breakpoint_class(breakpoints: Sequence[tuple[int, str]] | None, width: int) -> str:
    """The class of the widest breakpoint ``width`` reaches, as Textual picks it ('' if none)."""
    for threshold, name in sorted(breakpoints or (), reverse=True):
        if width >= threshold:
            return name
    return ""
