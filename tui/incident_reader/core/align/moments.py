"""Align timeline entries across reports: the same moment told twice, with the same statuses.

Two entries of one incident are the same moment when a paired time or date fact covers both, or
when their values agree (equal, one within the other, or clock times under 10 minutes apart) and
the clauses around them tell the same thing. Clock times of the same day 10 or more minutes apart
are a conflict only when the clauses agree closely ("the van hit the stall at 11.40am" / "11.52am").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from incident_reader.core.align.incidents import content_stems
from incident_reader.core.align.values import COMPATIBLE, CONFLICT, MATCH, compare_timex
from incident_reader.core.model import FactPair, PairSide, TimelineEntry

# Share of the shorter clause's content words the other must hold, by status.
MIN_SIMILARITY = {MATCH: 0.0, COMPATIBLE: 0.5, CONFLICT: 0.7}
STATUS_BONUS = {MATCH: 0.3, COMPATIBLE: 0.15, CONFLICT: 0.0}
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class Moment:
    """A timeline entry with what alignment reads: its value and the stems of its clause."""

    article: str
    entry: TimelineEntry
    stems: frozenset[str]

    @property
    def value(self) -> str:
        return self.entry.timex.value

    @property
    def day(self) -> str:
        return self.value[:10]


def clause_around(text: str, start: int, end: int) -> str:
    """The sentence holding a time expression, without the expression itself."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    right = found.start() if found else len(text)
    return text[left:start] + " " + text[end:right]


def moments(article: str, text: str, entries: Sequence[TimelineEntry]) -> list[Moment]:
    """The entries of one report and incident, ready to align."""
    out = []
    for e in entries:
        told = e.event.text if e.event else clause_around(text, e.start, e.end)
        out.append(Moment(article, e, content_stems(told)))
    return out


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _side(m: Moment) -> PairSide:
    t = m.entry.timex
    return PairSide(m.article, t.value, t.text, t.start, t.end)


def align_moments(
    incident: str, left: list[Moment], right: list[Moment], anchors: Sequence[FactPair]
) -> list[FactPair]:
    """One-to-one pairs between two reports' moments of one incident, surest first."""
    used_l: set[int] = set()
    used_r: set[int] = set()
    pairs: list[FactPair] = []
    for anchor in anchors:  # a paired time/date fact pairs the entries inside its evidence
        li = _inside(left, anchor.a, used_l)
        ri = _inside(right, anchor.b, used_r)
        if li is not None and ri is not None:
            used_l.add(li)
            used_r.add(ri)
            sides = _side(left[li]), _side(right[ri])
            pairs.append(FactPair("timeline", incident, anchor.status, *sides))
    by_day: dict[str, list[int]] = {}
    for j, m in enumerate(right):
        by_day.setdefault(m.day, []).append(j)
    candidates: list[tuple[float, int, int, str]] = []
    for i, a in enumerate(left):
        if i in used_l:
            continue
        near = by_day.get(a.day, []) if len(a.value) >= 10 else range(len(right))
        coarse = [j for j, m in enumerate(right) if len(m.value) < 10] if len(a.value) >= 10 else []
        for j in (*near, *coarse):
            if j in used_r:
                continue
            b = right[j]
            status = compare_timex(a.value, b.value)
            if status is None:
                continue
            sim = _similarity(a.stems, b.stems)
            if status == CONFLICT and not (_clock(a.value) and _clock(b.value)):
                continue
            if sim < MIN_SIMILARITY[status] or (status != MATCH and sim == 0):
                continue
            candidates.append((-(sim + STATUS_BONUS[status]), i, j, status))
    candidates.sort()
    for _, i, j, status in candidates:
        if i in used_l or j in used_r:
            continue
        used_l.add(i)
        used_r.add(j)
        pairs.append(FactPair("timeline", incident, status, _side(left[i]), _side(right[j])))
    return pairs


def _clock(value: str) -> bool:
    return len(value) >= 16 and value[10] == "T" and value[13] == ":"


def _inside(moments_: list[Moment], side: PairSide, used: set[int]) -> int | None:
    for k, m in enumerate(moments_):
        if k not in used and m.entry.start < side.end and side.start < m.entry.end:
            return k
    return None
