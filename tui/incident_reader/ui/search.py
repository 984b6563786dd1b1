"""Search in a report's text: every case-insensitive hit, and which one the user is on.

What a user types on a keyboard finds what a newspaper printed: a straight quote or apostrophe
finds the curly ones ("didn't" finds "didn’t"), a hyphen finds the dashes ("7-9" finds "7–9"), a
space finds any run of spaces and line breaks, and a letter without an accent finds it with one
("Sao Paulo" finds "São Paulo"); a letter typed with its accent finds only itself.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import cache

from incident_reader.core.record import Record

Span = tuple[int, int]

# What a keyboard character also stands for in printed text.
ALIKE: dict[str, str] = {
    "'": "'‘’‚‛′ʼ`",
    '"': '"“”„‟″«»',
    "-": "-‐‑‒–—―−",
}


@cache
def _accented() -> dict[str, str]:
    """Each unaccented Latin letter with the accented letters built on it (é, è, ê ... for e)."""
    out: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            out[base.lower()] = out.get(base.lower(), base.lower()) + char.lower() + char.upper()
    return out


def search_pattern(term: str) -> re.Pattern[str]:
    """The pattern that finds ``term`` as a reader means it (see the module's docstring)."""
    accented = _accented()
    parts: list[str] = []
    for token in re.split(r"(\s+)", term):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
            continue
        for char in token:
            alike = ALIKE.get(char) or accented.get(char.lower())
            parts.append(f"[{re.escape(alike)}]" if alike else re.escape(char))
    return re.compile("".join(parts), re.IGNORECASE)


class TextSearch(Record):
    """The last search: its term, its hits as offsets, and the index of the current hit."""

    _fields = ("term", "hits", "at", "elsewhere")

    def __init__(
        self, term: str = "", hits: list[Span] | None = None, at: int = -1, elsewhere: int = 0
    ) -> None:
        self.term = term
        self.hits: list[Span] = [] if hits is None else hits
        self.at = at
        self.elsewhere = elsewhere  # no hit here: how many other reports hold the term

    def run(self, text: str, term: str, from_offset: int = 0) -> Span | None:
        """Find every hit of `term`; the current one is the first at or after `from_offset`."""
        self.term = term
        pattern = search_pattern(term) if term.strip() else None
        self.hits = [m.span() for m in pattern.finditer(text)] if pattern else []
        if not self.hits:
            self.at = -1
            return None
        self.at = bisect_left([s for s, _ in self.hits], from_offset) % len(self.hits)
        return self.hits[self.at]

    def step(self, delta: int) -> Span | None:
        """Move to the next (+1) or previous (-1) hit, wrapping around; None without hits."""
        if not self.hits:
            return None
        self.at = (self.at + delta) % len(self.hits)
        return self.hits[self.at]

    def clear(self) -> None:
        """Forget the search."""
        self.term, self.hits, self.at, self.elsewhere = "", [], -1, 0

    @property
    def current(self) -> Span | None:
        """The hit the user is on."""
        return self.hits[self.at] if 0 <= self.at < len(self.hits) else None

    def status(self) -> str:
        """A few words for the header: the term and 'n of m', or that nothing matched."""
        if not self.term:
            return ""
        if not self.hits and self.elsewhere:
            return f"no match for {self.term!r} here, {self.elsewhere} other report(s): n"
        if not self.hits:
            return f"no match for {self.term!r}"
        return f"{self.term!r} {self.at + 1} of {len(self.hits)}"
