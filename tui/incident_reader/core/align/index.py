"""The span index the comparison view reads on every scroll: text in view -> related items.

Build it ONCE per comparison (``ComparisonIndex(comparison, analyses)``, e.g. in the worker that ran
``compare``); every query after that is a bisect over sorted offsets plus the entries in view, so
scrolling never recomputes anything. Offsets are ``Report.text`` offsets, as everywhere.

Typical use in the side-by-side view (``a`` on the left, ``b`` on the right)::

    index = ComparisonIndex(comparison, analyses)
    for hit in index.items_in_view(a, top_offset, bottom_offset, other=b):
        highlight(hit.start, hit.end, hit.status, faint=hit.also)  # status -> style and symbol
        if isinstance(hit.item, FactPair):
            there = index.counterpart(hit.item, a)  # the PairSide in report b
            scroll_to(b, there.start)
    nxt = index.next_entry(a, cursor, statuses={"conflict"}, other=b)      # `f`
    prv = index.previous_entry(a, cursor, statuses={"conflict"}, other=b)  # `F`
    rows = index.statements()  # (incident, kind) -> {report: PairSide}: the 3+ report facts table

What the entries are:

* a pair's two sides: each report's final statement of a fact, compared (``FactPair.status``);
* echoes: a report's other mentions that agree with its final statement, paired with every
  mention of the other report under the finals' status (so every mention in view has a
  counterpart);
* ``also`` entries (when ``analyses`` are given): mentions the report itself contradicts (a live
  blog's earlier figure), pointing at the fact's pairs; the reader may show them faintly;
* only-items (``OnlyFact``, status "only"): a fact one report alone states;
* kind "timeline": aligned timeline entries (the same moment told in both reports).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from incident_reader.core.align.pairing import compare_values
from incident_reader.core.align.values import COMPATIBLE, MATCH
from incident_reader.core.model import (
    Comparison,
    FactPair,
    FactValue,
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
        """The fact kind, or "timeline" for an aligned timeline entry."""
        return self.item.kind


class ComparisonIndex:
    """Per report, the comparison's items grouped by text span and sorted, for in-view queries."""

    def __init__(self, comparison: Comparison, analyses: Sequence[ReportAnalysis] = ()) -> None:
        """Index a comparison; with ``analyses``, a fact's other mentions are indexed too."""
        self.comparison = comparison
        # article -> (start, end, also) -> the items told there; a span is shared by many pairs
        spans: dict[str, dict[tuple[int, int, bool], list[Item]]] = defaultdict(dict)
        claimed: dict[tuple[str, str, str], list[Item]] = defaultdict(list)
        told: set[tuple[str, int, int, str]] = set()
        first_span: dict[tuple[str, str, str], tuple[int, int]] = {}
        for pair in comparison.pairs:
            for side in (pair.a, pair.b):
                spans[side.article].setdefault((side.start, side.end, False), []).append(pair)
                told.add((side.article, side.start, side.end, pair.kind))
                key = (side.article, pair.incident, pair.kind)
                # the first span seen for a fact is the report's final statement (pairs come first)
                if first_span.setdefault(key, (side.start, side.end)) == (side.start, side.end):
                    claimed[key].append(pair)
        for only in comparison.only:
            spans[only.article].setdefault((only.start, only.end, False), []).append(only)
            told.add((only.article, only.start, only.end, only.kind))
            claimed[only.article, only.incident, only.kind].append(only)
        shared_of = {
            (art, local): s.id for s in comparison.incidents for art, local in s.members.items()
        }
        # (article, shared incident, kind) -> the values a report states of one fact that
        # contradict each other (ReportAnalysis.internal_conflicts, "7.30am" and "7.40am"): the
        # table shows them on the fact's row, which shows one value per report
        self.own_conflicts: dict[tuple[str, str, str], tuple[FactValue, ...]] = {}
        for analysis in analyses:
            for conflict in analysis.internal_conflicts:
                if conflict.status != "conflict" or not conflict.facts:
                    continue
                facts = [analysis.facts[i] for i in conflict.facts if i < len(analysis.facts)]
                shared = shared_of.get((analysis.report.id, facts[0].incident)) if facts else None
                if shared is not None:
                    values = {repr(f.value): f.value for f in facts}
                    key = (analysis.report.id, shared, conflict.kind)
                    self.own_conflicts[key] = tuple(values.values())
        # (article, shared incident, kind) -> the report's mentions of the fact, for ``mentions``
        self._told: dict[tuple[str, str, str], list[tuple[int, int, FactValue]]] = defaultdict(list)
        for analysis in analyses:  # stale or repeated mentions: point at the fact's own items
            article = analysis.report.id
            for fact in analysis.facts:
                shared = shared_of.get((article, fact.incident), "")
                self._told[article, shared, fact.kind].append((fact.start, fact.end, fact.value))
                if (article, fact.start, fact.end, fact.kind) in told:
                    continue
                items = claimed.get(
                    (article, shared_of.get((article, fact.incident), ""), fact.kind)
                )
                if items:
                    spans[article].setdefault((fact.start, fact.end, True), []).extend(items)
        self._spans: dict[str, list[tuple[int, int, bool]]] = {}
        self._items: dict[str, list[list[Item]]] = {}
        self._starts: dict[str, list[int]] = {}
        self._longest: dict[str, int] = {}
        for article, by_span in spans.items():
            keys = sorted(by_span)
            self._spans[article] = keys
            self._items[article] = [by_span[k] for k in keys]
            self._starts[article] = [k[0] for k in keys]
            self._longest[article] = max(end - start for start, end, _ in keys)
        self._between: dict[frozenset[str], list[FactPair]] | None = None

    def _expand(
        self, article: str, lo: int, hi: int, other: str | None, step: int = 1
    ) -> Iterator[IndexEntry]:
        spans, items = self._spans[article], self._items[article]
        for k in range(lo, hi, step):
            start, end, also = spans[k]
            for item in items[k]:
                if other is None or _joins(item, article, other):
                    yield IndexEntry(article, start, end, item, also)

    def entries(self, article: str, other: str | None = None) -> list[IndexEntry]:
        """Every indexed stretch of one report in text order (only pairs with ``other``, if set)."""
        if article not in self._spans:
            return []
        return list(self._expand(article, 0, len(self._spans[article]), other))

    def items_in_view(
        self, article: str, start: int, end: int, other: str | None = None
    ) -> list[IndexEntry]:
        """Entries of ``article`` overlapping the offsets [start, end), in text order.

        With ``other`` (the report shown beside it), pairs with any third report are left out;
        only-items are kept. Cost: a bisect plus the entries in view.
        """
        starts = self._starts.get(article)
        if not starts:
            return []
        lo = bisect_left(starts, start - self._longest[article])
        hi = bisect_left(starts, end)
        return [
            e for e in self._expand(article, lo, hi, other) if e.end > start or e.start == start
        ]

    def statements(self, incident: str | None = None) -> dict[tuple[str, str], dict[str, PairSide]]:
        """(incident, kind) -> {report: its final statement}, for the facts table of 3+ reports.

        Timeline pairs are left out; an only-item appears as its report's single statement.
        """
        rows: dict[tuple[str, str], dict[str, PairSide]] = defaultdict(dict)
        for p in self.comparison.pairs:  # final statements come first, echoes after
            if p.kind == "timeline" or (incident is not None and p.incident != incident):
                continue
            row = rows[p.incident, p.kind]
            for side in (p.a, p.b):
                row.setdefault(side.article, side)
        for o in self.comparison.only:
            if incident is None or o.incident == incident:
                side = PairSide(o.article, o.value, o.text, o.start, o.end)
                rows[o.incident, o.kind].setdefault(o.article, side)
        return dict(rows)

    def mentions(self, incident: str, kind: str, side: PairSide) -> list[tuple[int, int]]:
        """The spans of a report's whole statement of a fact: the side's own, then its echoes
        (the report's other mentions that restate the value: the headline, a repeat, a less
        precise wording) in text order. A mention the report contradicts itself with is no part
        of it; a timeline moment is its one span. Needs the index built with ``analyses``."""
        own = (side.start, side.end)
        if kind == "timeline":
            return [own]
        told = sorted(self._told.get((side.article, incident, kind), ()), key=lambda t: t[:2])
        echoes = [
            (start, end)
            for start, end, value in told
            if (start, end) != own
            and compare_values(kind, side.value, value) in (MATCH, COMPATIBLE)
        ]
        return [own, *dict.fromkeys(echoes)]

    def counterpart(self, pair: FactPair, article: str) -> PairSide:
        """The other report's side of a pair, seen from ``article`` (one of its two sides)."""
        if pair.a.article == article:
            return pair.b
        if pair.b.article == article:
            return pair.a
        raise ValueError(f"{article!r} is not a side of this pair")

    def pairs_between(self, article_a: str, article_b: str) -> list[FactPair]:
        """The pairs joining two reports (either order), as the side-by-side view shows them."""
        if self._between is None:
            self._between = defaultdict(list)
            for p in self.comparison.pairs:
                self._between[frozenset((p.a.article, p.b.article))].append(p)
        return list(self._between.get(frozenset((article_a, article_b)), ()))

    def next_entry(
        self,
        article: str,
        offset: int,
        statuses: Collection[str] | None = None,
        other: str | None = None,
    ) -> IndexEntry | None:
        """The first entry starting after ``offset`` (with one of ``statuses``), for `f`."""
        starts = self._starts.get(article, [])
        if not starts:
            return None
        for e in self._expand(article, bisect_right(starts, offset), len(starts), other):
            if not e.also and (statuses is None or e.status in statuses):
                return e
        return None

    def previous_entry(
        self,
        article: str,
        offset: int,
        statuses: Collection[str] | None = None,
        other: str | None = None,
    ) -> IndexEntry | None:
        """The last entry starting before ``offset`` (with one of ``statuses``), for `F`."""
        starts = self._starts.get(article, [])
        if not starts:
            return None
        for e in self._expand(article, bisect_left(starts, offset) - 1, -1, other, step=-1):
            if not e.also and (statuses is None or e.status in statuses):
                return e
        return None


def _joins(item: Item, article: str, other: str) -> bool:
    """Whether an item belongs beside ``other``: a pair of the two reports, or an only-item."""
    if isinstance(item, OnlyFact):
        return True
    return {item.a.article, item.b.article} == {article, other}
