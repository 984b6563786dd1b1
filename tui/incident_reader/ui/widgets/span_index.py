"""Rows of a list by the report span they stand for, to find those on screen in the source fast."""

from __future__ import annotations

from bisect import bisect_left

from incident_reader.ui.widgets.row_list import Row


class SpanIndex:
    """Row indexes sorted by span start, with the longest span to bound the look-back."""

    def __init__(self, rows: list[Row]) -> None:
        self.pairs = sorted((r.span[0], r.span[1], i) for i, r in enumerate(rows) if r.span)
        self.starts = [s for s, _, _ in self.pairs]
        self.longest = max((e - s for s, e, _ in self.pairs), default=0)

    def first(self) -> int | None:
        """The row whose span comes first in the text."""
        return self.pairs[0][2] if self.pairs else None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Row indexes whose span overlaps [start, end), in text order."""
        out = []
        index = bisect_left(self.starts, start - self.longest)
        while index < len(self.pairs) and self.pairs[index][0] < end:
            s, e, row = self.pairs[index]
            if e > start or s == start:
                out.append(row)
            index += 1
        return out
