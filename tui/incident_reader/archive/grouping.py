"""Reports joined into incidents across an archive, through indexes rather than all pairs.

Two reports tell the same incident when their main incidents fall within a day of each other and
share a place word, the suspect's name, the vehicle and toll, or two proper names of the headline;
a report without a date joins the incident whose suspect it names or whose place it shares in two
words. Each report is looked up
under a few keys (day and place word, day and suspect, ...), so the work grows with the number of
reports, not with its square.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from incident_reader.archive.coding import Coded, Span

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]{2,}")
# Words of a place that say nothing about which place it is.
_GENERIC = frozenset(
    "the and near outside inside street road lane avenue city town centre center area "
    "district village county north south east west central".split()
)
_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]+")
TITLE_WORDS_SHARED = 2  # proper names two headlines of one day must share to be one incident
BUCKET_CAP = 400  # at most this many reports are compared under one key (a very busy day)


class Groups:
    """Union-find over report positions; a group's id is its earliest report."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)


def place_words(place: str) -> frozenset[str]:
    """The distinctive words of a place ("westminster bridge, london" -> westminster, bridge...)."""
    return frozenset(w for w in _WORD.findall(place.lower()) if w not in _GENERIC)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def group_reports(coded: Sequence[Coded]) -> Groups:
    """Join the reports of one incident; position i of ``coded`` is report i."""
    groups = Groups(len(coded))
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    undated: list[int] = []
    for i, c in enumerate(coded):
        day = _day(c.values.get("date", ""))
        if day is None:
            undated.append(i)
            continue
        own, told = _keys(c), _title_words(c.summary)
        shared: dict[int, int] = defaultdict(int)
        for shift in (-1, 0, 1):
            d = (day + timedelta(days=shift)).isoformat()
            for key in own:
                for j in by_key.get((d, key), ()):
                    groups.union(i, j)
            for key in told:
                for j in by_key.get((d, key), ()):
                    shared[j] += 1
        for j, n in shared.items():
            if n >= TITLE_WORDS_SHARED:
                groups.union(i, j)
        for key in (*own, *told):
            bucket = by_key[(day.isoformat(), key)]
            if len(bucket) < BUCKET_CAP:
                bucket.append(i)
    _join_undated(coded, groups, undated)
    return groups


def _keys(c: Coded) -> list[str]:
    keys = [f"p:{w}" for w in place_words(c.values.get("place", ""))]
    if suspect := c.values.get("suspect"):
        keys.append(f"s:{suspect.lower()}")
    vehicle, killed = c.values.get("vehicle"), c.spans.get("killed")
    if vehicle and killed:
        keys.append(f"v:{vehicle.lower()}:{killed[0]}")
    return keys


def _title_words(title: str) -> list[str]:
    """Proper names of a headline ("Ambarpeth", "Drottninggatan"), not its first word."""
    words = {w.lower() for w in _NAME.findall(title)[1:] if len(w) > 3}
    if title[:1].isupper():
        first = title.split(maxsplit=1)[0].strip(".,:;!?")
        if first.lower() not in _GENERIC and len(first) > 3 and first[1:].islower():
            words.add(first.lower())
    return sorted(f"t:{w}" for w in words - _GENERIC)


def _join_undated(coded: Sequence[Coded], groups: Groups, undated: Sequence[int]) -> None:
    """An undated report joins the dated one naming its suspect, else sharing two place words."""
    by_suspect: dict[str, int] = {}
    by_place: dict[frozenset[str], int] = {}
    for i, c in enumerate(coded):
        if _day(c.values.get("date", "")) is None:
            continue
        if suspect := c.values.get("suspect"):
            by_suspect.setdefault(suspect.lower(), i)
        words = place_words(c.values.get("place", ""))
        if len(words) >= 2:
            by_place.setdefault(words, i)
    for i in undated:
        c = coded[i]
        suspect = (c.values.get("suspect") or "").lower()
        words = place_words(c.values.get("place", ""))
        match = by_suspect.get(suspect) if suspect else None
        if match is None and len(words) >= 2:
            match = by_place.get(words)
        if match is not None:
            groups.union(i, match)


COUNTS = ("killed", "injured", "hospitalised", "arrests")


def _apart(a: Span, b: Span) -> bool:
    """Whether two (low, high) counts share no number."""
    return (a[1] is not None and b[0] > a[1]) or (b[1] is not None and a[0] > b[1])


def _disputes(spans: Sequence[tuple[str, Span]]) -> bool:
    """Whether counts (by report day) disagree other than as a story's figure rising: two
    reports of one day, or of unknown days, that differ, or a later report's lower figure."""
    for n, (day, span) in enumerate(spans):
        for later_day, later in spans[n + 1 :]:
            if not _apart(span, later):
                continue
            if not day or not later_day or day == later_day or later[0] < span[0]:
                return True
    return False


def disputed_kinds(members: Sequence[Coded]) -> list[str]:
    """The figures the reports of one incident state incompatibly (a figure that rose in later
    reports is revised, not disputed: see ``revised_kinds``)."""
    out: list[str] = []
    for column in COUNTS:
        spans = sorted((m.written, m.spans[column]) for m in members if column in m.spans)
        if _disputes(spans):
            out.append(column)
    for column in ("date", "time", "suspect_age"):
        if len({m.values[column] for m in members if m.values.get(column)}) > 1:
            out.append(column)
    return out


def revised_kinds(members: Sequence[Coded]) -> list[str]:
    """The counts a later report of the incident raised (a first-hour toll, then the final one)."""
    out: list[str] = []
    for column in COUNTS:
        spans = sorted((m.written, m.spans[column]) for m in members if column in m.spans)
        if not _disputes(spans) and any(
            day and later_day and later_day > day and _apart(span, later)
            for n, (day, span) in enumerate(spans)
            for later_day, later in spans[n + 1 :]
        ):
            out.append(column)
    return out
