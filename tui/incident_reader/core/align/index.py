"""The span index the comparison view reads on every scroll: text in view -> related items.

Build it ONCE per comparison (``ComparisonIndex(comparison, analyses)``); every query after that is
a bisect over sorted offsets, so scrolling never recomputes anything.

Typical use in the reader::

    index = ComparisonIndex(comparison, analyses)
    for hit in index.items_in_view("report_a", top_offset, bottom_offset):
        highlight(hit.start, hit.end, hit.status)           # status -> style and symbol
        if isinstance(hit.item, FactPair):
            other = index.counterpart(hit.item, "report_a")  # PairSide in the other report
            scroll_other_to(other.article, other.start)
    nxt = index.next_entry("report_a", cursor, statuses={"conflict"})   # `f`
    prv = index.previous_entry("report_a", cursor, statuses={"conflict"})  # `F`
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from incident_reader.core.model import (
    Comparison,
    FactPair,
    OnlyFact,
    PairSide,
    ReportAnalysis,
)

Item = FactPair | OnlyFact


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """A stretch of one report's text tied to a comparison item.

    ``item`` is the FactPair (this report is one of its sides) or the OnlyFact. ``also`` is True
    for another mention of the same fact in the same report (an earlier figure of a live blog, a
    repeat further down), which the reader may highlight more faintly than the paired statement.
    """

    article: str
    start: int
    end: int
    item: Item
    also: bool = False

    @property
    def status(self) -> str:
        """match, compatible, revised, conflict or only: what the highlight shows."""
        return self.item.status if isinstance(self.item, FactPair) else "only"

    @property
    def kind(self) -> str:
        return self.item.kind


class ComparisonIndex:
    """Per report, the comparison's items sorted by offset, for what-is-in-view queries."""

    def __init__(self, comparison: Comparison, analyses: Sequence[ReportAnalysis] = ()) -> None:
        """Index a comparison; with ``analyses``, a fact's other mentions are indexed too."""
        self.comparison = comparison
        by_article: dict[str, list[IndexEntry]] = defaultdict(list)
        claimed: dict[tuple[str, str, str], list[Item]] = defaultdict(list)
        seen: set[tuple[str, int, int, str]] = set()
        for pair in comparison.pairs:
            for side in (pair.a, pair.b):
                entry = IndexEntry(side.article, side.start, side.end, pair)
                by_article[side.article].append(entry)
                seen.add((side.article, side.start, side.end, pair.kind))
                claimed[side.article, pair.incident, pair.kind].append(pair)
        for only in comparison.only:
            by_article[only.article].append(IndexEntry(only.article, only.start, only.end, only))
            seen.add((only.article, only.start, only.end, only.kind))
            claimed[only.article, only.incident, only.kind].append(only)
        shared_of = {
            (art, local): s.id for s in comparison.incidents for art, local in s.members.items()
        }
        for analysis in analyses:
            article = analysis.report.id
            for fact in analysis.facts:
                if (article, fact.start, fact.end, fact.kind) in seen:
                    continue
                shared = shared_of.get((article, fact.incident))
                for item in claimed.get((article, shared or "", fact.kind), ()):
                    by_article[article].append(
                        IndexEntry(article, fact.start, fact.end, item, also=True)
                    )
        self._entries: dict[str, list[IndexEntry]] = {}
        self._starts: dict[str, list[int]] = {}
        self._longest: dict[str, int] = {}
        for article, entries in by_article.items():
            entries.sort(key=lambda e: (e.start, e.end, e.also))
            self._entries[article] = entries
            self._starts[article] = [e.start for e in entries]
            self._longest[article] = max(e.end - e.start for e in entries)

    def entries(self, article: str) -> Sequence[IndexEntry]:
        """Every indexed stretch of one report, in text order."""
        return self._entries.get(article, ())

    def items_in_view(self, article: str, start: int, end: int) -> list[IndexEntry]:
        """Entries of ``article`` whose text overlaps the offsets [start, end), in text order."""
        starts = self._starts.get(article)
        if not starts:
            return []
        lo = bisect_left(starts, start - self._longest[article])
        hi = bisect_left(starts, end)
        return [e for e in self._entries[article][lo:hi] if e.end > start or e.start == start]

    def counterpart(self, pair: FactPair, article: str) -> PairSide:
        """The other report's side of a pair, seen from ``article`` (one of its two sides)."""
        if pair.a.article == article:
            return pair.b
        if pair.b.article == article:
            return pair.a
        raise ValueError(f"{article!r} is not a side of this pair")

    def pairs_between(self, article_a: str, article_b: str) -> list[FactPair]:
        """The pairs joining two reports (either order), as the side-by-side view shows them."""
        wanted = {article_a, article_b}
        return [p for p in self.comparison.pairs if {p.a.article, p.b.article} == wanted]

    def next_entry(
        self, article: str, offset: int, statuses: Collection[str] | None = None
    ) -> IndexEntry | None:
        """The first entry starting after ``offset`` (with one of ``statuses``), for `f`."""
        entries = self._entries.get(article, [])
        for e in entries[bisect_right(self._starts.get(article, []), offset) :]:
            if not e.also and (statuses is None or e.status in statuses):
                return e
        return None

    def previous_entry(
        self, article: str, offset: int, statuses: Collection[str] | None = None
    ) -> IndexEntry | None:
        """The last entry starting before ``offset`` (with one of ``statuses``), for `F`."""
        entries = self._entries.get(article, [])
        for e in reversed(entries[: bisect_left(self._starts.get(article, []), offset)]):
            if not e.also and (statuses is None or e.status in statuses):
                return e
        return None
