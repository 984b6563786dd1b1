"""Anchors that survive edits: a W3C Web Annotation-style quote with context, and re-anchoring.

An ``Anchor`` records the report version (sha1), the quoted words, a little text on each side and
the offsets. When the report changes, ``place`` finds the words again: the exact quote where its
context still agrees, then a near-identical quote (rapidfuzz) only where the context agrees, else
``None`` (an orphan). A look-alike elsewhere in the text is never taken: context must agree, the
numbers in the quote must be the same, and a tie between different words is an orphan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

CONTEXT_CHARS = 40  # prefix/suffix length, as in a W3C TextQuoteSelector
# Thresholds, from 0 to 1. Context similarity mixes characters and words: measured on the seeds,
# unrelated text scores 0.21 (median; 99th percentile 0.32), while one word replaced on each side
# scores 0.82 (median; 5th percentile 0.68). With these values, deleting the marked line of seed
# 000 (2,800 random spans) never put a mark on other words, and replacing a word on each side of
# the quote (1,500 spans) always kept it on its words.
MIN_CONTEXT = 0.5
MIN_CONTEXT_SHORT = 0.65  # a short quote ("7.30am", "June") recurs by chance: ask more of context
SHORT_QUOTE = 20  # characters
MIN_CONTEXT_FUZZY = 0.75  # a changed quote needs its context nearly intact
MIN_QUOTE_FUZZY = 0.9
TIE_MARGIN = 0.02
ONE_SIDE = 0.9  # an exact quote with one side of its context this intact ...
CLEAR_LEAD = 0.3  # ... and this far ahead of any other copy of the words is placed
KEY_CHARS = 16  # how much of each side of the context is looked up verbatim
MIN_KEY_CHARS = 8  # less context than this on a side cannot tell where the words stood
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a mark sits in one version of a report: sha1, quote, prefix, suffix and offsets."""

    sha1: str
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "sha1": self.sha1,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Anchor:
        """Rebuild an anchor from ``to_json`` output (as stored in the database)."""
        return cls(
            sha1=str(data["sha1"]),
            quote=str(data["quote"]),
            prefix=str(data["prefix"]),
            suffix=str(data["suffix"]),
            start=int(data["start"]),
            end=int(data["end"]),
        )


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor lands in the current text, and how it was found."""

    start: int
    end: int
    method: str  # "unchanged", "exact" (same words, moved or context edited) or "fuzzy"
    score: float  # context agreement, 0..1


def make_anchor(text: str, start: int, end: int, sha1: str, context: int = CONTEXT_CHARS) -> Anchor:
    """Anchor the span ``text[start:end]`` of the report version ``sha1``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}..{end} outside a text of {len(text)} characters")
    return Anchor(
        sha1=sha1,
        quote=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def _similar(a: str, b: str) -> float:
    """Similarity of two short stretches: the mean of character and word agreement."""
    if not a and not b:
        return 1.0
    from rapidfuzz import fuzz  # imported on first use: the reader starts without it
    from rapidfuzz.distance import Indel

    chars = fuzz.ratio(a, b) / 100.0
    words = Indel.normalized_similarity(_WORD.findall(a.lower()), _WORD.findall(b.lower()))
    return (chars + words) / 2


def side_scores(anchor: Anchor, text: str, start: int, end: int) -> tuple[float, float]:
    """How well the text before and after ``start..end`` agrees with the prefix and the suffix."""
    p, s = len(anchor.prefix), len(anchor.suffix)
    score_p = _similar(anchor.prefix, text[max(0, start - p) : start]) if p else 0.0
    score_s = _similar(anchor.suffix, text[end : end + s]) if s else 0.0
    return score_p, score_s


def context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    """How well the text around ``start..end`` agrees with the anchor's prefix and suffix."""
    p, s = len(anchor.prefix), len(anchor.suffix)
    if p + s == 0:
        return 1.0
    score_p, score_s = side_scores(anchor, text, start, end)
    return (p * score_p + s * score_s) / (p + s)


def _norm(quote: str) -> str:
    return _SPACE.sub(" ", quote.translate(_QUOTES)).strip().casefold()


def _occurrences(text: str, needle: str) -> Iterator[int]:
    if not needle:
        return
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def _pick(
    candidates: Iterable[tuple[float, int, int]], anchor: Anchor, text: str
) -> tuple[float, int, int] | None:
    """The best (score, start, end); ties between different words are refused (None)."""
    ranked = sorted(candidates, key=lambda c: (-c[0], abs(c[1] - anchor.start)))
    if not ranked:
        return None
    best = ranked[0]
    for other in ranked[1:]:
        if best[0] - other[0] > TIE_MARGIN:
            break
        if _norm(text[other[1] : other[2]]) != _norm(text[best[1] : best[2]]):
            return None  # two different stretches fit equally well: not ours to choose
    return best  # equal words with equal context: the one nearest the old offset


def _exact(anchor: Anchor, text: str) -> Placement | None:
    n = len(anchor.quote)
    found = [
        (context_score(anchor, text, at, at + n), at, at + n)
        for at in _occurrences(text, anchor.quote)
    ]
    floor = MIN_CONTEXT if n >= SHORT_QUOTE else MIN_CONTEXT_SHORT
    ranked = sorted(found, reverse=True)
    if ranked and max(side_scores(anchor, text, ranked[0][1], ranked[0][2])) >= ONE_SIDE:
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if ranked[0][0] - runner_up >= CLEAR_LEAD:
            # One side of the words is intact and no other copy comes close: the other side
            # was edited (a paragraph after it deleted, say); the words themselves stayed.
            floor = 0.0
    best = _pick((c for c in found if c[0] >= floor), anchor, text)
    if best is None or _edited_in_place(anchor, text, found):
        return None
    return Placement(best[1], best[2], "exact", best[0])


def _fuzzy_regions(anchor: Anchor, text: str) -> set[tuple[int, int]]:
    """Stretches of text that sit where the context says the quote should be."""
    n = len(anchor.quote)
    starts, ends = _context_edges(anchor, text)
    regions: set[tuple[int, int]] = set()
    low, high = max(1, int(n * 0.7)), int(n * 1.3) + 2
    for a in starts:
        regions.update((a, b) for b in ends if low <= b - a <= high)
    if not regions:  # one side of the context was edited: trust the other and the quote's length
        for a in starts:
            regions.update(_trim(text, a, a + n))
        for b in ends:
            regions.update(_trim(text, max(0, b - n), b))
    from rapidfuzz import fuzz

    aligned = fuzz.partial_ratio_alignment(anchor.quote, text, score_cutoff=MIN_QUOTE_FUZZY * 100)
    if aligned is not None:
        regions.add((aligned.dest_start, aligned.dest_end))
    return regions


def _context_edges(anchor: Anchor, text: str) -> tuple[list[int], list[int]]:
    """Where the prefix's tail ends and where the suffix's head starts in ``text``.

    The tail is at most KEY_CHARS long and may be shorter (a mark near the start of a report has a
    short prefix): an edge is where the tail found really ends, never a fixed length past it.
    """
    tail, head = anchor.prefix[-KEY_CHARS:], anchor.suffix[:KEY_CHARS]
    starts = [at + len(tail) for at in _occurrences(text, tail)] if tail else []
    ends = list(_occurrences(text, head)) if head else []
    return starts, ends


def _edited_in_place(anchor: Anchor, text: str, found: list[tuple[float, int, int]]) -> bool:
    """True when the context brackets other words: the quote was edited where it stood.

    The prefix's tail and the suffix's head both found again, a quote's length apart, around
    words that are not any copy found of the quote: then a copy elsewhere is a look-alike (the
    "11am" of another sentence), never the marked words.
    """
    if min(len(anchor.prefix), len(anchor.suffix)) < MIN_KEY_CHARS:
        return False  # too little context to say where the words stood
    starts, ends = _context_edges(anchor, text)
    n = len(anchor.quote)
    taken = [(s, e) for _, s, e in found]
    other_words = False
    for a in starts:
        for b in ends:
            if not (0 < b - a <= 2 * n + 20 and text[a:b].strip()):
                continue
            if any(a <= s and e <= b for s, e in taken):
                return False  # a copy of the words sits in the context: they were not edited
            other_words = True  # "bombing at Edgware Road on" beside "bombing at Aldgate on"
    return other_words


def _trim(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A region cut by length, snapped inward off surrounding whitespace."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


def _fuzzy(anchor: Anchor, text: str) -> Placement | None:
    if len(anchor.quote) < SHORT_QUOTE:
        return None  # a few characters edited in a short quote make it other words
    from rapidfuzz import fuzz

    want, digits = _norm(anchor.quote), _DIGITS.findall(anchor.quote)
    candidates = []
    for start, end in _fuzzy_regions(anchor, text):
        got = text[start:end]
        if _DIGITS.findall(got) != digits:
            continue  # a different number is a different fact, however alike the words
        if fuzz.ratio(want, _norm(got)) < MIN_QUOTE_FUZZY * 100:
            continue
        score = context_score(anchor, text, start, end)
        if score >= MIN_CONTEXT_FUZZY:
            candidates.append((score, start, end))
    best = _pick(candidates, anchor, text)
    return Placement(best[1], best[2], "fuzzy", best[0]) if best else None


def place(anchor: Anchor, text: str, sha1: str | None = None) -> Placement | None:
    """Find the anchored words in ``text`` (version ``sha1``); None means an orphan."""
    if sha1 == anchor.sha1 and text[anchor.start : anchor.end] == anchor.quote:
        return Placement(anchor.start, anchor.end, "unchanged", 1.0)
    if not anchor.quote.strip():
        return None
    return _exact(anchor, text) or _fuzzy(anchor, text)


def reanchor(
    anchors: Iterable[Anchor], text: str, sha1: str | None = None
) -> tuple[list[tuple[Anchor, Placement]], list[Anchor]]:
    """Place every anchor in the current text: (placed with their placement, orphans)."""
    placed: list[tuple[Anchor, Placement]] = []
    orphans: list[Anchor] = []
    for anchor in anchors:
        where = place(anchor, text, sha1)
        if where is None:
            orphans.append(anchor)
        else:
            placed.append((anchor, where))
    return placed, orphans
