"""Search in a report's text: every case-insensitive hit, and which one the user is on."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class TextSearch:
    """The last search: its term, its hits as offsets, and the index of the current hit."""

    term: str = ""
    hits: list[Span] = field(default_factory=list)
    at: int = -1

    def run(self, text: str, term: str, from_offset: int = 0) -> Span | None:
        """Find every hit of `term`; the current one is the first at or after `from_offset`."""
        self.term = term
        pattern = re.compile(re.escape(term), re.IGNORECASE) if term else None
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
        self.term, self.hits, self.at = "", [], -1

    @property
    def current(self) -> Span | None:
        """The hit the user is on."""
        return self.hits[self.at] if 0 <= self.at < len(self.hits) else None

    def status(self) -> str:
        """A few words for the header: the term and 'n of m', or that nothing matched."""
        if not self.term:
            return ""
        if not self.hits:
            return f"no match for {self.term!r}"
        return f"{self.term!r} {self.at + 1} of {len(self.hits)}"
