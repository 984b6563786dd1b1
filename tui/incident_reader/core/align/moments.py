"""Align timeline entries across reports: the same moment told twice, with the same statuses.

Two entries of one incident are the same moment when a paired time or date fact covers both, or
when their values agree (equal, one within the other, or clock times under 10 minutes apart) and
the clauses around them tell the same event: equal times alone ("tonight" residents were at a
rest centre, "overnight" a woman died) pair nothing, nor do clauses that share only words of
time ("arrested on Friday" / "post-mortems on Friday"). Either way two clock times must both tell
the call that reported the incident or neither (``moment_events``): a paired time fact of "a
call received at 7.40pm" and one of "the blast at 7.36pm" pairs no moments. Clock times of the
same day 10 or more minutes apart are a conflict only when the clauses agree closely ("the van hit
the stall at 11.40am" / "11.52am").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from incident_reader.core.align.incidents import Vocabulary, content_stems, stem
from incident_reader.core.align.moment_events import event_class, same_event
from incident_reader.core.align.values import COMPATIBLE, CONFLICT, MATCH, compare_timex
from incident_reader.core.model import FactPair, PairSide, TimelineEntry
from incident_reader.core.temporal.lexicon import (
    CLOCK_WORDS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
)

# Share of the shorter clause's content words the other must hold, by status: two entries tell
# the same event only when their clauses share its words, however equal their times.
MIN_SIMILARITY = {MATCH: 0.15, COMPATIBLE: 0.5, CONFLICT: 0.7}
MIN_SHARED = 1  # content words in common, at least
STATUS_BONUS = {MATCH: 0.3, COMPATIBLE: 0.15, CONFLICT: 0.0}
_SENTENCE_END = re.compile(r"[.!?\n]")
# Words that say when, not what: two clauses that share only "Friday" or "p.m." tell two events
# ("arrested on Friday" / "post-mortems on Friday"; "the first call at 2.24pm" / "the attack
# began at 2.10pm"). A closed class: the tagger's own day, month, part-of-day and unit words.
TIME_WORDS = (
    *MONTHS, *WEEKDAYS, *CLOCK_WORDS, *SEASONS,
    *(w for part in PARTS_OF_DAY for w in part.split()),
    *(w for unit in UNITS for w in unit.split()), *(f"{unit}s" for unit in UNITS),
    "today", "yesterday", "tomorrow", "tonight", "overnight", "ago", "earlier", "later",
    "am", "pm", "a", "m", "p", "hrs", "gmt", "utc", "local", "time", "o", "clock",
)  # fmt: skip
TIME_STEMS = frozenset(stem(w) for w in TIME_WORDS) | frozenset(TIME_WORDS)
WHAT_MIN = 3  # letters of a word that tells the event: the "s" of "Berlin’s" tells none


@dataclass(frozen=True, slots=True)
class Moment:
    """A timeline entry with what alignment reads: its value and the stems of its clause."""

    side: PairSide  # the entry as one side of a pair (article, value, text, offsets)
    value: str
    day: str
    clock: bool  # a date with a clock time
    stems: int  # the clause's content stems as a bit set (see ``Vocabulary``)
    size: int  # how many stems
    what: int  # those that say what happened, not when (no ``TIME_STEMS``)
    event: str | None  # the class of the event word nearest its time (``moment_events``)


@dataclass(frozen=True, slots=True)
class Moments:
    """One report's moments of one incident, bucketed by day once so every pairing reads them."""

    items: list[Moment]
    by_day: dict[str, list[int]]
    coarse: list[int]  # values coarser than a day (a month, a year): compared with every day


def clause_around(text: str, start: int, end: int) -> str:
    """The sentence holding a time expression, without the expression itself."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    right = found.start() if found else len(text)
    return text[left:start] + " " + text[end:right]


def moments(
    article: str, text: str, entries: Sequence[TimelineEntry], vocabulary: Vocabulary
) -> Moments:
    """The entries of one report and incident, ready to align."""
    items = []
    for e in entries:
        told = clause_around(text, e.start, e.end)  # the event's words and the sentence's
        if e.event:
            told = f"{e.event.text} {told}"
        t = e.timex
        side = PairSide(article, t.value, t.text, t.start, t.end)
        stems = content_stems(told)
        mask = vocabulary.mask(stems)
        what = vocabulary.mask(frozenset(s for s in stems - TIME_STEMS if len(s) >= WHAT_MIN))
        value = e.local or t.value  # a clock told in another zone, at its local time
        event = event_class(text, e.start, e.end)
        items.append(Moment(side, value, value[:10], _clock(value), mask, len(stems), what, event))
    by_day: dict[str, list[int]] = {}
    for j, m in enumerate(items):
        by_day.setdefault(m.day, []).append(j)
    coarse = [j for j, m in enumerate(items) if len(m.value) < 10]
    return Moments(items, by_day, coarse)


def _similarity(a: Moment, b: Moment) -> float:
    if not a.size or not b.size:
        return 0.0
    return (a.stems & b.stems).bit_count() / min(a.size, b.size)


def align_moments(
    incident: str, left: Moments, right: Moments, anchors: Sequence[FactPair]
) -> list[FactPair]:
    """One-to-one pairs between two reports' moments of one incident, surest first."""
    used_l: set[int] = set()
    used_r: set[int] = set()
    pairs: list[FactPair] = []
    for anchor in anchors:  # a paired time/date fact pairs the entries inside its evidence
        li = _inside(left.items, anchor.a, used_l)
        ri = _inside(right.items, anchor.b, used_r)
        if li is not None and ri is not None:
            if not _one_event(left.items[li], right.items[ri]):
                continue  # "a call received at 7.40pm" and "the blast at 7.36pm": two events
            used_l.add(li)
            used_r.add(ri)
            ml, mr = left.items[li], right.items[ri]
            # the fact says these are one moment; their own values say how well they agree
            agreed = compare_timex(ml.value, mr.value) or anchor.status
            if agreed == CONFLICT and anchor.kind == "incident.time" and anchor.status != CONFLICT:
                agreed = COMPATIBLE  # the words agree ("just before noon" / 11:41): as the facts
            pairs.append(FactPair("timeline", incident, agreed, ml.side, mr.side))
    every = range(len(right.items))
    candidates: list[tuple[float, int, int, str]] = []
    for i, a in enumerate(left.items):
        if i in used_l:
            continue
        near = right.by_day.get(a.day, []) if len(a.value) >= 10 else every
        for j in (*near, *right.coarse) if len(a.value) >= 10 else near:
            if j in used_r:
                continue
            b = right.items[j]
            status = compare_timex(a.value, b.value)
            if status is None or (status == CONFLICT and not (a.clock and b.clock)):
                continue
            if not _one_event(a, b):
                continue
            shared = (a.what & b.what).bit_count()  # a shared "Friday" tells no event
            sim = _similarity(a, b)
            if sim < MIN_SIMILARITY[status] or shared < MIN_SHARED:
                continue
            candidates.append((-(sim + STATUS_BONUS[status]), i, j, status))
    candidates.sort()
    for _, i, j, status in candidates:
        if i in used_l or j in used_r:
            continue
        used_l.add(i)
        used_r.add(j)
        sides = left.items[i].side, right.items[j].side
        pairs.append(FactPair("timeline", incident, status, *sides))
    return pairs


def _one_event(a: Moment, b: Moment) -> bool:
    """Whether two clock times may tell one event: a call and the incident it reported are two
    (a day is the incident's whichever sentence tells it)."""
    return not (a.clock and b.clock) or same_event(a.event, b.event)


def _clock(value: str) -> bool:
    return len(value) >= 16 and value[10] == "T" and value[13] == ":"


def _inside(items: list[Moment], side: PairSide, used: set[int]) -> int | None:
    for k, m in enumerate(items):
        if k not in used and m.side.start < side.end and side.start < m.side.end:
            return k
    return None
