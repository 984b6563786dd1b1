"""Pair each report's final statement of a fact with the other reports' and label how they agree.

A report may state a fact more than once; its final statement is the one paired: in a live blog the
one under the latest timestamp, elsewhere the most precise of agreeing mentions, or the lead's when
the report contradicts itself (a stale figure further down is not what the report now says).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import combinations

from incident_reader.core.align.values import (
    COMPATIBLE,
    CONFLICT,
    MATCH,
    REVISED,
    compare_ages,
    compare_clock,
    compare_counts,
    compare_dates,
    compare_speeds,
    parse_age,
    parse_count,
    timex_interval,
)
from incident_reader.core.align.wording import compare_names, compare_places, compare_vehicles
from incident_reader.core.model import Fact, FactPair, FactValue, OnlyFact, PairSide

Comparer = Callable[[FactValue, FactValue], str | None]

COMPARERS: dict[str, Comparer] = {
    "incident.date": compare_dates,
    "incident.time": compare_clock,
    "incident.place": lambda a, b: compare_places(str(a), str(b)),
    "casualties.killed": compare_counts,
    "casualties.injured": compare_counts,
    "casualties.hospitalised": compare_counts,
    "arrests": compare_counts,
    "vehicle": lambda a, b: compare_vehicles(str(a), str(b)),
    "suspect.name": lambda a, b: compare_names(str(a), str(b)),
    "suspect.age": compare_ages,
    "speed": compare_speeds,
}
# Figures that grow as a story develops: a later report's higher figure is a revision.
REVISABLE = frozenset(
    {"casualties.killed", "casualties.injured", "casualties.hospitalised", "arrests"}
)
SEVERITY = {MATCH: 0, COMPATIBLE: 1, REVISED: 2, CONFLICT: 3}
# A live-blog entry starts a line with its clock time: "11.58am: ...", "14:10 - ...".
_ENTRY = re.compile(
    r"^[ \t]*(\d{1,2})(?:[.:](\d{2}))?\s*([ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*[:–—-]\s", re.M | re.I
)


def compare_values(kind: str, a: FactValue, b: FactValue) -> str:
    """How two values of one kind agree; values that cannot be read agree only when equal."""
    comparer = COMPARERS.get(kind)
    status = comparer(a, b) if comparer else None
    if status is not None:
        return status
    return MATCH if str(a).strip().lower() == str(b).strip().lower() else CONFLICT


def entry_times(text: str) -> list[tuple[int, int]]:
    """(offset, minutes after midnight) of each live-blog entry header, in text order."""
    found = []
    for m in _ENTRY.finditer(text):
        hour, minute, half = int(m[1]), int(m[2] or 0), (m[3] or "").lower()
        if not half and m[2] is None:
            continue  # a bare number is not a clock time
        if half.startswith("p") and hour < 12:
            hour += 12
        if half.startswith("a") and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            found.append((m.start(), hour * 60 + minute))
    return found


def _precision(kind: str, value: FactValue) -> float:
    """Smaller is more precise: the width of a range, or minus the length of a description."""
    span = parse_age(value) if kind == "suspect.age" else parse_count(value)
    if span is not None:
        return 1e9 if span.hi is None else span.hi - span.lo
    if isinstance(value, str) and (interval := timex_interval(value)):
        return interval[1] - interval[0]
    return -len(str(value))


def final_statement(kind: str, facts: Sequence[Fact], entries: list[tuple[int, int]]) -> Fact:
    """The one statement of a fact that a report stands by (see the module docstring)."""
    ordered = sorted(facts, key=lambda f: f.start)
    if len(ordered) == 1:
        return ordered[0]
    if len(entries) >= 2:

        def entry_time(fact: Fact) -> int:
            times = [t for offset, t in entries if offset <= fact.start]
            return times[-1] if times else -1

        latest = max(entry_time(f) for f in ordered)
        return next(f for f in ordered if entry_time(f) == latest)
    agree = all(
        compare_values(kind, x.value, y.value) != CONFLICT for x, y in combinations(ordered, 2)
    )
    if not agree:
        return ordered[0]
    return min(ordered, key=lambda f: (_precision(kind, f.value), f.start))


def _side(article: str, fact: Fact) -> PairSide:
    return PairSide(article, fact.value, fact.text, fact.start, fact.end)


def pair_statements(
    kind: str,
    incident: str,
    statements: Sequence[tuple[str, Fact]],
    later: Callable[[str, str], bool | None],
) -> tuple[list[FactPair], list[OnlyFact]]:
    """Pairs (every two reports) or an only-item for one fact of one incident.

    ``statements`` holds each report's final statement in comparison order; ``later(a, b)`` says
    whether report ``b`` was written after ``a`` (None when unknown). With three or more reports,
    one incompatible pair makes every pair of the fact a conflict (or a revision).
    """
    if len(statements) == 1:
        article, f = statements[0]
        only = OnlyFact(article, kind, incident, f.value, f.text, f.start, f.end)
        return [], [only]
    pairs = []
    for (art_a, fa), (art_b, fb) in combinations(statements, 2):
        status = compare_values(kind, fa.value, fb.value)
        if status == CONFLICT and kind in REVISABLE:
            status = _revision(kind, art_a, fa, art_b, fb, later)
        pairs.append(FactPair(kind, incident, status, _side(art_a, fa), _side(art_b, fb)))
    if len(statements) >= 3:
        worst = max((p.status for p in pairs), key=SEVERITY.__getitem__)
        if SEVERITY[worst] >= SEVERITY[REVISED]:
            pairs = [FactPair(p.kind, p.incident, worst, p.a, p.b) for p in pairs]
    return pairs, []


def _revision(
    kind: str,
    art_a: str,
    fa: Fact,
    art_b: str,
    fb: Fact,
    later: Callable[[str, str], bool | None],
) -> str:
    """REVISED when the later report's figure is higher than the earlier's, else CONFLICT."""
    order = later(art_a, art_b)
    if order is None:
        return CONFLICT
    (old, new) = (fa, fb) if order else (fb, fa)
    old_span, new_span = parse_count(old.value), parse_count(new.value)
    if old_span and new_span and new_span.above(old_span):
        return REVISED
    return CONFLICT
