"""Match incidents across reports by date, place and description, so facts pair only within one.

Two reports' main incidents are the same unless their dates disagree; a background incident
("In March, a man drove a car into pedestrians on Westminster Bridge") joins another report's
incident only when the dates agree (a month holds its days) and the place or the telling agree too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from incident_reader.core.align.values import CONFLICT, compare_timex, parse_clock
from incident_reader.core.align.wording import SITE_WORDS, STREET_WORDS, compare_places, containment
from incident_reader.core.model import Incident, ReportAnalysis, SharedIncident

DESCRIPTION_CHARS = 500  # how much of an incident's own text describes it
MISREAD_DAYS = 8  # main incidents this close, told alike in the same place, are one misdated
APART_MINUTES = 60  # undated incidents whose clock times are this far apart are two events
SHARED_STEMS_SURE = 15  # this many content words in common tell the same story, however long
DESCRIPTION_STOPWORDS = frozenset(
    """a an the of in at on near by to from into onto with and or but as after before when while
    that this these those which who whom whose was were is are be been being has have had it its
    he she they them his her their there here said says say told also than then not no yes for
    up down out over under about around more most very just only one people man woman men women
    """.split()
)
_WORD = re.compile(r"[a-z]+")
_SUFFIXES = ("ings", "ing", "ers", "ies", "ied", "ed", "es", "er", "s")


def stem(word: str) -> str:
    """A crude stem, so "killing", "killed" and "kills" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word[-1] == word[-2]:
        word = word[:-1]
    return word


def content_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words: what a description is about."""
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in DESCRIPTION_STOPWORDS)


# "Lane" or "market" alone names no place: left out when a place is looked for in a telling.
PLACE_KIND_WORDS = frozenset(stem(w) for w in STREET_WORDS | SITE_WORDS)


class Vocabulary:
    """Numbers the stems of one comparison, so a clause's words are an int and overlaps are ANDs."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}

    def mask(self, stems: frozenset[str]) -> int:
        """The bit set of ``stems``, numbering stems never seen before."""
        out = 0
        for s in stems:
            out |= 1 << self._bits.setdefault(s, len(self._bits))
        return out


@dataclass(frozen=True, slots=True)
class IncidentView:
    """One report's incident with what matching reads: date, place and the words that tell it."""

    article: str
    order: int  # the report's position in the comparison
    incident: Incident
    date: str | None
    place: str | None
    stems: frozenset[str]
    place_stems: frozenset[str] = frozenset()
    time: str | None = None  # the first clock time given for it ("HH:MM")
    mask: int = 0  # ``stems`` as a bit set of the comparison's Vocabulary
    place_mask: int = 0


def with_masks(view: IncidentView, vocabulary: Vocabulary) -> IncidentView:
    """The view with its stems numbered, so similarities are bit operations."""
    return replace(
        view, mask=vocabulary.mask(view.stems), place_mask=vocabulary.mask(view.place_stems)
    )


def incident_views(analysis: ReportAnalysis, order: int) -> list[IncidentView]:
    """Every incident a report speaks of, filled in from its date and place facts."""
    incidents = {i.id: i for i in analysis.incidents}
    for fact in analysis.facts:  # a fact about an incident the extractor did not list
        incidents.setdefault(fact.incident, Incident(id=fact.incident, main=not incidents))
    for entry in analysis.timeline:
        if entry.incident:
            incidents.setdefault(entry.incident, Incident(id=entry.incident, main=False))
    text = analysis.report.text
    views = []
    for inc in incidents.values():
        facts = [f for f in analysis.facts if f.incident == inc.id]
        day = inc.date or next((str(f.value) for f in facts if f.kind == "incident.date"), None)
        place = inc.place or next((str(f.value) for f in facts if f.kind == "incident.place"), None)
        told = text[inc.start : inc.end][:DESCRIPTION_CHARS] if inc.end > inc.start else ""
        stems = content_stems(" ".join((inc.summary, told, place or "")))
        clock = next((str(f.value) for f in facts if f.kind == "incident.time"), None)
        place_stems = content_stems(place or "") - PLACE_KIND_WORDS
        views.append(
            IncidentView(analysis.report.id, order, inc, day, place, stems, place_stems, clock)
        )
    return views


@lru_cache(maxsize=8192)
def _place_containment(a: str, b: str) -> float:
    return containment(a, b)


def _place_similarity(x: IncidentView, y: IncidentView) -> float:
    """How far the places agree, or one incident's place is named in the other's telling."""
    best = _place_containment(x.place, y.place) if x.place and y.place else 0.0
    for a, b in ((x, y), (y, x)):
        if a.place_stems:
            named = (
                (a.place_mask & b.mask).bit_count()
                if a.place_mask
                else len(a.place_stems & b.stems)
            )
            best = max(best, named / len(a.place_stems))
    return best


def _told_apart(x: IncidentView, y: IncidentView) -> bool:
    """Signs of two different events: other streets, or clock times an hour or more apart."""
    if x.place and y.place and compare_places(x.place, y.place) == CONFLICT:
        return True
    if x.time and y.time:
        gap = parse_clock(x.time), parse_clock(y.time)
        if gap[0] is not None and gap[1] is not None:
            minutes = abs(gap[0] - gap[1]) % 1440
            return min(minutes, 1440 - minutes) >= APART_MINUTES
    return False


def _told_similarity(x: IncidentView, y: IncidentView) -> float:
    """Share of the shorter telling's stems in the other; many shared stems count on their own."""
    shared = (x.mask & y.mask).bit_count() if x.mask else len(x.stems & y.stems)
    if shared < 2:
        return 0.0
    return min(1.0, max(shared / min(len(x.stems), len(y.stems)), shared / SHARED_STEMS_SURE))


def _days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs(date.fromisoformat(a[:10]).toordinal() - date.fromisoformat(b[:10]).toordinal())
    except ValueError:
        return None


def affinity(x: IncidentView, y: IncidentView) -> float | None:
    """How surely two reports' incidents are one (higher is surer); None when they cannot be."""
    dated = compare_timex(x.date, y.date) if x.date and y.date else None
    place = _place_similarity(x, y)
    told = _told_similarity(x, y)
    evidence = place + told
    if x.incident.main and y.incident.main:
        if dated == CONFLICT:
            # a report without a dateline may resolve "last night" a day off, or "Friday" a week
            gap = _days_apart(x.date, y.date)
            if gap is not None and gap <= 1 and (place >= 0.5 or told >= 0.3):
                return 1 + evidence
            if gap is not None and gap <= MISREAD_DAYS and place >= 0.5 and told >= 0.5:
                return None if _told_apart(x, y) else 1 + evidence
            return None
        if dated is not None:
            if _told_apart(x, y) and (place < 0.5 or told < 0.5):
                return None  # the same day, but other streets or hours apart: two events
            return 3 + evidence
        if _told_apart(x, y):
            return None  # undated: only the telling can join them, and it says otherwise
        return 1 + evidence if place >= 0.5 or told >= 0.25 else None
    if dated == CONFLICT:
        return None
    if dated is None:
        return 1 + evidence if place >= 0.8 and told >= 0.4 else None
    if place >= 0.6 or told >= 0.35:
        return 2 + evidence
    return None


def match_incidents(analyses: Sequence[ReportAnalysis]) -> tuple[SharedIncident, ...]:
    """Group incidents across reports (at most one per report in a group), surest pairs first."""
    vocabulary = Vocabulary()
    views = [
        with_masks(v, vocabulary)
        for order, a in enumerate(analyses)
        for v in incident_views(a, order)
    ]
    edges: list[tuple[float, int, int]] = []
    scores: dict[tuple[int, int], float] = {}
    for i, x in enumerate(views):
        for j in range(i + 1, len(views)):
            y = views[j]
            if x.order == y.order:
                continue
            score = affinity(x, y)
            if score is not None:
                scores[i, j] = score
                edges.append((-score, i, j))
    edges.sort()
    group = list(range(len(views)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(views))}
    for _, i, j in edges:
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        left, right = members[gi], members[gj]
        if {views[k].order for k in left} & {views[k].order for k in right}:
            continue
        if any((min(p, q), max(p, q)) not in scores for p in left for q in right):
            continue  # every member must be able to be the same incident as every other
        for k in right:
            group[k] = gi
        members[gi] = left + right
        del members[gj]
    return _shared(views, list(members.values()))


def _shared(views: list[IncidentView], groups: list[list[int]]) -> tuple[SharedIncident, ...]:
    def rank(g: list[int]) -> tuple[int, int, int]:
        first = min(g, key=lambda k: (views[k].order, views[k].incident.start))
        main = any(views[k].incident.main for k in g)
        return (0 if main else 1, views[first].order, views[first].incident.start)

    shared = []
    for n, g in enumerate(sorted(groups, key=rank), start=1):
        g = sorted(g, key=lambda k: views[k].order)
        dates = [d for k in g if (d := views[k].date)]
        places = [p for k in g if (p := views[k].place)]
        shared.append(
            SharedIncident(
                id=f"I{n}",
                date=_best(dates, precise=True),
                place=_best(places, precise=False),
                articles=tuple(views[k].article for k in g),
                members={views[k].article: views[k].incident.id for k in g},
            )
        )
    return tuple(shared)


def _best(values: list[str], precise: bool) -> str | None:
    """The most precise date, or the most often given place (longest on a tie)."""
    if not values:
        return None
    if precise:
        return max(values, key=lambda v: (len(v), Counter(values)[v]))
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], len(v)))
