"""Pair each report's final statement of a fact with the other reports' and label how they agree.

A report may state a fact more than once; its final statement is the one paired: in a live blog the
one under the latest timestamp, elsewhere the most precise of agreeing mentions, or the lead's when
the report contradicts itself (a stale figure further down is not what the report now says).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations
from typing import Protocol

from incident_reader.core.align.restated_ages import restated_age
from incident_reader.core.align.stages import REVISABLE_DAYS, YEAR_MINUTES, Written
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
    parse_clock_window,
    parse_count,
    timex_interval,
)
from incident_reader.core.align.wording import (
    ROUTE_WORDS,
    STREET_WORDS,
    compare_names,
    compare_places,
    compare_vehicles,
    parse_vehicle,
)
from incident_reader.core.facts.revisions import a_part, told_as_update, told_before
from incident_reader.core.facts.scoped_counts import one_site
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
# Figures that grow as a story develops: a later report's higher figure is a revision. A
# suspect's age is no such figure: two ages conflict (the history shows when each was told).
REVISABLE = frozenset(
    {"casualties.killed", "casualties.injured", "casualties.hospitalised", "arrests"}
)
# Undated reports are staged by the dated figures they agree with in a story's folder of at most
# this many reports (the search grows with the fourth power of the reports when many are undated).
STAGED_MAX_REPORTS = 60
ECHO_MAX_REPORTS = 6  # echoes are paired when an incident is told by at most this many reports
LATER_EVENT_DAYS = 8  # a date this long after the story's dates a later event of it
STRUCK_CHARS = 200  # how far before a vehicle its sentence is read for the one that hit it
# A verb of hitting and its object's determiner and modifiers, right before a vehicle.
_HIT_OBJECT = re.compile(
    r"\b(?:collided\s+with|crashed\s+into|smashed\s+into|ploughed\s+into|slammed\s+into"
    r"|ran\s+into|careered\s+into|hit|hitting|struck|striking|rammed|ramming|sideswiped)"
    r"\s+(?:a|an|the|another|two|three|several)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _hashable(value: FactValue) -> tuple[str, Hashable]:
    """A value as a cache key: ranges as sorted items, the rest tagged by type (1 is not "1")."""
    if isinstance(value, dict):
        return ("range", tuple(sorted(value.items())))
    return (type(value).__name__, value)


def _unhashed(held: tuple[str, Hashable]) -> FactValue:
    tag, inner = held
    return dict(inner) if tag == "range" else inner  # type: ignore[call-overload, return-value]


def compare_values(kind: str, a: FactValue, b: FactValue) -> str:
    """How two values of one kind agree; values that cannot be read agree only when equal."""
    try:
        return _compare_cached(kind, _hashable(a), _hashable(b))
    except TypeError:  # an unhashable part (a list inside a range): compare without the cache
        return _compare_cached.__wrapped__(kind, _hashable(a), _hashable(b))


@lru_cache(maxsize=16384)
def _compare_cached(kind: str, held_a: tuple[str, Hashable], held_b: tuple[str, Hashable]) -> str:
    a, b = _unhashed(held_a), _unhashed(held_b)
    comparer = COMPARERS.get(kind)
    status = comparer(a, b) if comparer else None
    if status is not None:
        return status
    return MATCH if str(a).strip().lower() == str(b).strip().lower() else CONFLICT


def final_precision(kind: str, value: FactValue) -> float:
    """Smaller is more precise: the width of a range, or minus the words of a description."""
    if kind == "incident.time" and (window := parse_clock_window(value)):
        return window[1] - window[0]  # an exact clock 0, "just before noon" its half hour
    span = parse_age(value) if kind == "suspect.age" else parse_count(value)
    if span is not None:
        return 1e9 if span.hi is None else span.hi - span.lo
    if isinstance(value, str) and (interval := timex_interval(value)):
        return interval[1] - interval[0]
    words = str(value).replace(",", " ").split()
    if kind == "incident.place":  # a unit or house number, then a street, then more words
        numbered = any(c.isdigit() for c in str(value))
        street = any(w in STREET_WORDS or w in ROUTE_WORDS for w in words)
        return -3 * numbered - 2 * street - len(words) / 100
    if kind == "vehicle":
        v = parse_vehicle(str(value))
        features = len(v.colours) + len(v.shades) + len(v.makes) + 2 * len(v.models) + len(v.types)
        return -features - len(words) / 100
    return -len(words) - len(str(value)) / 1000


def _day_start(value: FactValue) -> int:
    interval = timex_interval(str(value))
    return interval[0] if interval else 1 << 40


def _struck(fact: Fact, body: Sequence[Fact], text: str) -> bool:
    """Whether a vehicle is the object another vehicle of its sentence hit ("a black car ...,
    which collided with a silver saloon"; "the van ploughed into a parked taxi")."""
    before = text[max(0, fact.start - STRUCK_CHARS) : fact.start]
    opening = max(before.rfind(". "), before.rfind("\n"))
    before = before[opening + 1 :]
    if not _HIT_OBJECT.search(before):
        return False
    sentence_start = fact.start - len(before)
    return any(sentence_start <= g.start and g.end <= fact.start - 1 for g in body)


def final_statement(
    kind: str,
    facts: Sequence[Fact],
    entries: list[tuple[int, int]],
    headline_end: int = 0,
    text: str = "",
    others: Sequence[FactValue] = (),
) -> Fact:
    """The one statement of a fact that a report stands by (see the module docstring).

    One named hospital's count ("X Hospital treated 31") is a part, not the report's total, when
    the report gives another. A headline (text before ``headline_end``) is a summary: the body's
    statement is preferred.
    Where the report contradicts itself, a statement worded as an update ("bringing the number
    of people killed to two") wins; otherwise the live blog's latest entry, or the figure most of
    its mentions agree with (the lead's on a tie): a stray "nine" beside "more than 150" and
    "153" is another count, and a place named once beside the incident's is somewhere else.
    On a tie, the figure the other reports' statements (``others``) agree with comes first: of
    two figures a report gives once each, the one no other report gives is more likely a part
    of the story (a sub-count, another place) or a misreading than the report's own figure.
    """
    ordered = sorted(facts, key=lambda f: f.start)
    if text and (whole := [f for f in ordered if not one_site(f, text)]):
        ordered = whole  # one hospital's count is a part: the report's total is the statement
    body = [f for f in ordered if f.start >= headline_end] or ordered
    if len(body) == 1:
        return body[0]
    headline = [f for f in ordered if f.start < headline_end] if len(body) < len(ordered) else []
    agree = all(
        compare_values(kind, x.value, y.value) != CONFLICT for x, y in combinations(body, 2)
    )
    if not agree and kind == "incident.place":
        return _most_told(kind, body, others)
    if not agree and kind == "vehicle" and text:
        acting = [f for f in body if not _struck(f, body, text)]
        if acting and len(acting) < len(body):  # the one that drove, not the one it hit
            return final_statement(kind, acting, entries, 0, text, others)
    if not agree and kind == "incident.date":
        # the incident came first: a later date in the report is a later event of the story;
        # but a day no other report tells, beside one they do, is another event's ("the imam
        # had died in the blast last Wednesday" in a report of Thursday's attack)
        body = _corroborated(kind, body, others) or body
        return min(body, key=lambda f: (_day_start(f.value), final_precision(kind, f.value)))
    if not agree and text and (current := [f for f in body if not told_before(f, text)]):
        if len(current) < len(body):  # a figure told as superseded is not the report's
            return final_statement(kind, current, entries, 0, text, others)
    if not agree:
        updated = [f for f in body if text and told_as_update(f, text) and not a_part(f, text)]
        if updated:
            return updated[-1]
        if len(entries) < 2 and kind == "suspect.age" and (restated := restated_age(body, text)):
            return restated  # "a 31-year-old man" then "Corin Maddox, 32": the later age is told
        if len(entries) < 2:  # the headline's figure is no statement but a vote for one
            return _most_told(kind, body, others, headline)

        def entry_time(fact: Fact) -> int:
            times = [t for offset, t in entries if offset <= fact.start]
            return times[-1] if times else -1

        latest = max(entry_time(f) for f in body)
        body = [f for f in body if entry_time(f) == latest]
    return min(body, key=lambda f: (final_precision(kind, f.value), f.start))


def _corroborated(kind: str, body: Sequence[Fact], others: Sequence[FactValue]) -> list[Fact]:
    """The mentions some other report's statement agrees with, when only some are: of a
    report's own disagreeing values, one another report also tells is the incident's."""
    told = [f for f in body if any(compare_values(kind, f.value, v) != CONFLICT for v in others)]
    return told if len(told) < len(body) else []


def _vague(fact: Fact) -> bool:
    """A range told without a figure ("several others"): weaker than "more than 50"."""
    return isinstance(fact.value, dict) and not any(c.isdigit() for c in fact.text)


def _most_told(
    kind: str, body: Sequence[Fact], others: Sequence[FactValue] = (), votes: Sequence[Fact] = ()
) -> Fact:
    """The most precise of the mentions that agree with the most-agreed-with one (on a tie, the
    one the other reports agree with, then the first told with a figure); a contradicting
    mention told less often is stale or elsewhere. ``votes`` (the headline's mentions) count
    for the figure they agree with but are never chosen."""

    def support(f: Fact) -> int:
        return sum(compare_values(kind, f.value, g.value) != CONFLICT for g in (*body, *votes))

    def elsewhere(f: Fact) -> int:
        return sum(compare_values(kind, f.value, v) != CONFLICT for v in others)

    most = max(support(f) for f in body)
    told = [f for f in body if support(f) == most]
    if others and len(told) > 1:
        best = max(elsewhere(f) for f in told)
        told = [f for f in told if elsewhere(f) == best]
    lead = next((f for f in told if not _vague(f)), told[0])
    agreeing = [f for f in body if compare_values(kind, lead.value, f.value) != CONFLICT]

    def fits(f: Fact, g: Fact) -> bool:
        return compare_values(kind, f.value, g.value) != CONFLICT

    rivals = [f for f in agreeing if not all(fits(f, g) for g in agreeing)]
    if rivals:  # "New York City" holds a highway and a bridge: the one told more is the place
        agreeing = rivals
    return min(
        agreeing,
        key=lambda f: (-sum(fits(f, g) for g in agreeing), final_precision(kind, f.value), f.start),
    )


def _side(article: str, fact: Fact) -> PairSide:
    return PairSide(article, fact.value, fact.text, fact.start, fact.end)


@dataclass(frozen=True, slots=True)
class Statement:
    """One report's final statement of a fact, and its other mentions that agree with it."""

    article: str
    final: Fact
    echoes: tuple[Fact, ...] = ()
    updates: bool = False  # worded as an update of an earlier figure ("the toll rose to 5")
    measure: str = ""  # what the count measures: "" every person, or a part (measures.SERIOUS)
    as_of: str | None = None  # the time the figure was told as of ("As of Sunday evening, 153")
    provisional: bool = False  # told as a count that may rise ("the death toll could rise")


def statement_of(
    kind: str,
    article: str,
    facts: Sequence[Fact],
    entries: list[tuple[int, int]],
    headline_end: int,
    text: str = "",
    others: Sequence[FactValue] = (),
) -> Statement:
    """A report's final statement and its echoes (repeats, the headline, a less precise wording);
    ``others`` are the other reports' statements, which break a tie between its own figures."""
    final = final_statement(kind, facts, entries, headline_end, text, others)
    echoes = tuple(
        f
        for f in sorted(facts, key=lambda f: f.start)
        if f is not final and compare_values(kind, final.value, f.value) in (MATCH, COMPATIBLE)
    )
    return Statement(article, final, echoes, bool(text) and told_as_update(final, text))


class Ordering(Protocol):
    """What a revision needs to know of when reports were written (see ``stages.Stages``)."""

    def later(self, a: str, b: str) -> bool | None: ...

    def later_by_day(self, a: str, b: str) -> bool | None: ...

    def developing(
        self, article: str, happened: str | None, others: Sequence[str], days: int = ...
    ) -> bool: ...

    def years_between(self, a: str, b: str) -> float | None: ...

    def day(self, article: str) -> Written | None: ...

    def same_stage(self, a: str, b: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class Paired:
    """The pairs of one fact of one incident, and the reports whose figure a later one revised."""

    pairs: list[FactPair]
    only: list[OnlyFact]
    superseded: frozenset[str] = frozenset()


def pair_statements(
    kind: str,
    incident: str,
    statements: Sequence[Statement],
    stages: Ordering,
    happened: str | None = None,
) -> Paired:
    """Pairs (every two reports) or only-items for one fact of one incident.

    ``statements`` holds each report's statement in comparison order; ``stages`` says which
    report was written later; ``happened`` is the incident's date. Each pair is labelled by its
    own two final values: a fact disputed by a third report never paints two agreeing reports.
    Each echo is then paired with the other report's final statement under the same status, so
    every mention the reader scrolls past has its counterpart (up to ECHO_MAX_REPORTS reports;
    beyond, ``ComparisonIndex`` links echoes to the pairs itself).
    """
    if len(statements) == 1:
        st = statements[0]
        return Paired(
            [],
            [
                OnlyFact(st.article, kind, incident, f.value, f.text, f.start, f.end)
                for f in (st.final, *st.echoes)
            ],
        )
    sides = {id(f): _side(st.article, f) for st in statements for f in (st.final, *st.echoes)}
    articles = [st.article for st in statements]
    pairs = []
    superseded: set[str] = set()
    olds: dict[frozenset[str], str] = {}  # a revised pair's earlier report
    rising: bool | None = None  # whether the dated figures rise with the date (read once)
    for sa, sb in combinations(statements, 2):
        status = compare_values(kind, sa.final.value, sb.final.value)
        if sa.measure != sb.measure:
            status, old = _part_against_whole(sa, sb, status, stages, happened, articles)
            if old:  # a later part above the first hours' whole: that whole was revised
                olds[frozenset((sa.article, sb.article))] = old
        elif status == CONFLICT and kind in REVISABLE:
            rising = rising if rising is not None else _rising(statements, stages)
            floor = _dated_floor(statements, stages) if rising else None
            status, old = _revision(kind, sa, sb, stages, happened, articles, rising, floor)
            if old:
                superseded.add(old)
                olds[frozenset((sa.article, sb.article))] = old
        elif status == CONFLICT and kind == "suspect.age" and (old := _aged(sa, sb, stages)):
            status = REVISED  # the same person, older by the years between the two reports
            superseded.add(_outdated(kind, old, sa.article, sb.article))
            olds[frozenset((sa.article, sb.article))] = old
        pairs.append(FactPair(kind, incident, status, sides[id(sa.final)], sides[id(sb.final)]))
    if olds and len(statements) <= STAGED_MAX_REPORTS:
        pairs = _staged_by_agreement(kind, statements, pairs, olds, stages, superseded)
    echoed: list[FactPair] = []
    if len(statements) <= ECHO_MAX_REPORTS:  # beyond, echoes grow with the square: the index
        for (sa, sb), p in zip(combinations(statements, 2), pairs, strict=True):
            for fa, fb in _echo_pairs(sa, sb):
                status, own = p.status, compare_values(kind, fa.value, fb.value)
                if status == MATCH and own != MATCH:
                    status = COMPATIBLE  # the finals say the same; these two words differ
                elif status == COMPATIBLE and own == MATCH:
                    status = MATCH  # "Croydon" and "Croydon" match, whatever else each report says
                echoed.append(
                    FactPair(kind, incident, status, sides[id(fa)], sides[id(fb)], echo=True)
                )
    return Paired(pairs + echoed, [], frozenset(superseded))


def _staged_by_agreement(
    kind: str,
    statements: Sequence[Statement],
    pairs: list[FactPair],
    olds: dict[frozenset[str], str],
    stages: Ordering,
    superseded: set[str],
) -> list[FactPair]:
    """Conflicts with an undated side relabelled as the revisions its figure belongs to.

    A report with no date of its own cannot be ordered against another, so its figure that
    differs is a conflict, while the same figure from a dated report is a revision ("four killed"
    on the day, "killed five" at the sentencing): the undated side got the harder verdict for
    lacking a date line. When the undated report's figure agrees with a dated report's, and that
    report's pair with the other side is a revision, the undated report's pair is the same
    revision, the undated report standing where the dated one stands (the earlier or the later);
    two undated reports stand where the dated reports their figures agree with stand.
    """
    by_article = {st.article: st for st in statements}
    status = {frozenset((p.a.article, p.b.article)): p.status for p in pairs}

    def dated(article: str) -> bool:
        day = stages.day(article)
        return day is not None and day.dated

    @cache
    def peers(article: str) -> list[str]:
        """The report itself when dated, else the dated reports whose figure agrees with its."""
        if dated(article):
            return [article]
        told = by_article[article].final.value
        return [
            peer
            for peer, st in by_article.items()
            if peer != article
            and dated(peer)
            and compare_values(kind, st.final.value, told) in (MATCH, COMPATIBLE)
        ]

    def lent(a: str, b: str) -> str | None:
        """The earlier of ``a`` and ``b`` by the revision their peers' figures make, or None."""
        for pa in peers(a):
            for pb in peers(b):
                key = frozenset((pa, pb))
                if pa != pb and status.get(key) == REVISED:
                    return a if olds.get(key) == pa else b
        return None

    out = []
    for p in pairs:
        a, b = p.a.article, p.b.article
        if p.status == CONFLICT and not (dated(a) and dated(b)) and (old := lent(a, b)):
            superseded.add(_outdated(kind, old, a, b))
            p = FactPair(p.kind, p.incident, REVISED, p.a, p.b, p.dissent, p.echo)
        out.append(p)
    return out


def _echo_pairs(sa: Statement, sb: Statement) -> list[tuple[Fact, Fact]]:
    """Every two mentions of the two reports but their finals' pair (already made): an echo
    restates its report's claim, so its pair carries the finals' label ("the BMW" in a report
    of "a black BMW" disputes "the dark blue BMW" as the black one does)."""
    return [
        (fa, fb)
        for fa in (sa.final, *sa.echoes)
        for fb in (sb.final, *sb.echoes)
        if fa is not sa.final or fb is not sb.final
    ]


def _revision(
    kind: str,
    sa: Statement,
    sb: Statement,
    stages: Ordering,
    happened: str | None,
    articles: Sequence[str],
    rising: bool = False,
    floor: float | None = None,
) -> tuple[str, str | None]:
    """(REVISED, the earlier report) when a later report raises the figure, else (CONFLICT, None).

    The earlier report was written while the story developed (within
    ``stages.REVISABLE_DAYS`` of the incident) and a later one tells a higher figure, however
    much later (the first days' toll against the inquest's: the injured who died since), or,
    the order unknown, the higher figure is worded as an update ("the toll rose to five").
    Two reports both written after the story settled that disagree are a conflict, unless the
    figures of every dated report rise with the date (``_rising``: 153, 154, 158 months on, 159
    a year on): then the later, higher one revises the earlier.
    """
    order = _stamped_order(sa, sb, stages)
    if order is None:
        order = stages.later(sa.article, sb.article)
    if order is None:
        # a report dated only by the day the others lend it (its "this morning" on their day)
        # is still told apart from one written days later
        order = stages.later_by_day(sa.article, sb.article)
    if order is None and (foreseen := _foreseen(sa, sb)):
        old, new = foreseen  # one day's figures: the higher is the rise the lower foresaw
    elif order is None and (undated := _below_the_dated(sa, sb, stages, floor)):
        old, new = undated  # a rising toll's undated figure below all its dated ones: its start
    elif order is None:
        if sa.updates == sb.updates:
            return CONFLICT, None
        if stages.same_stage(sa.article, sb.article):
            return CONFLICT, None  # two reports of one day that differ: a conflict
        new, old = (sa, sb) if sa.updates else (sb, sa)
    else:
        old, new = (sa, sb) if order else (sb, sa)
    old_span, new_span = parse_count(old.final.value), parse_count(new.final.value)
    if not (old_span and new_span and new_span.above(old_span)):
        return CONFLICT, None
    if (
        order is not None
        and not rising
        and not stages.developing(old.article, happened, articles, REVISABLE_DAYS)
    ):
        return CONFLICT, None  # both told after the story settled: figures that disagree
    return REVISED, old.article


def _dated_floor(statements: Sequence[Statement], stages: Ordering) -> float | None:
    """The lowest figure any dated report tells (``_rising`` has found them rising with the
    date), or None when no dated report tells one."""
    lows = [
        span.lo
        for st in statements
        if stages.day(st.article) is not None and (span := parse_count(st.final.value))
    ]
    return min(lows) if lows else None


def _below_the_dated(
    sa: Statement, sb: Statement, stages: Ordering, floor: float | None
) -> tuple[Statement, Statement] | None:
    """(the undated statement, the dated one) when a toll that rises with every dated report
    (``floor`` is its lowest dated figure; None when it does not rise) is told by an undated
    report below all of them: "killed three" undated beside 4 on the next day and 5 a year on
    is the story's first stage, revised since, not a dispute. Else None."""
    if floor is None:
        return None
    da, db = stages.day(sa.article), stages.day(sb.article)
    if (da is None) == (db is None):
        return None  # both dated (ordered elsewhere) or both undated (no order to read)
    undated, dated = (sa, sb) if da is None else (sb, sa)
    span = parse_count(undated.final.value)
    if span is None or span.hi is None or span.hi >= floor:
        return None
    return undated, dated


def _stamped_order(sa: Statement, sb: Statement, stages: Ordering) -> bool | None:
    """Whether ``sb``'s figure was true later than ``sa``'s, when one of them is told as of a
    time of its own ("As of Sunday evening, 153 killed") and that time lies wholly before or after
    the other's (its own stamp, else its report's day); None when neither is stamped or the two
    overlap. Two reports of one day whose earlier figure is stamped the evening before are two
    stages of the toll, not a contradiction."""
    if not (sa.as_of or sb.as_of):
        return None
    wa, wb = _told_when(sa, stages), _told_when(sb, stages)
    if wa is None or wb is None:
        return None
    if wb[0] >= wa[1]:
        return True
    if wa[0] >= wb[1]:
        return False
    return None


def _told_when(st: Statement, stages: Ordering) -> tuple[int, int] | None:
    """When a statement's figure was true: its stamp, else its report's dated day."""
    if st.as_of and (stamp := timex_interval(st.as_of)):
        return stamp[0], stamp[1]
    day = stages.day(st.article)
    return (day.start, day.end) if day and day.dated else None


def _foreseen(sa: Statement, sb: Statement) -> tuple[Statement, Statement] | None:
    """(the provisional statement, the other) when exactly one of two statements of unknown
    order tells its count as one that may rise and the other's is higher ("one person has died
    ... the death toll could rise" in the first hours, "13 killed" that evening)."""
    if sa.provisional == sb.provisional:
        return None
    low, high = (sa, sb) if sa.provisional else (sb, sa)
    lo, hi = parse_count(low.final.value), parse_count(high.final.value)
    return (low, high) if lo and hi and hi.above(lo) else None


RISING_MIN_REPORTS = 3  # two reports alone say nothing of a trend


def _rising(statements: Sequence[Statement], stages: Ordering) -> bool:
    """Whether a count told by dated reports only ever rises with the date: each day's figures
    (a day's reports may differ as the toll is updated through it) are no lower than any earlier
    day's, over RISING_MIN_REPORTS or more dated reports and two or more days. A toll that rises
    from the first hours to the inquest a year on has been revised at every step, not disputed."""
    by_day: dict[int, list[float]] = {}
    for st in statements:
        day, span = stages.day(st.article), parse_count(st.final.value)
        if span is None or st.measure:
            return False  # a figure of no known size, or a part (the seriously hurt)
        if day is None:
            continue
        by_day.setdefault(day.start, []).append(span.lo)
    if sum(len(v) for v in by_day.values()) < RISING_MIN_REPORTS or len(by_day) < 2:
        return False
    days = [by_day[d] for d in sorted(by_day)]
    return all(max(earlier) <= min(later) for earlier, later in zip(days, days[1:], strict=False))


def _part_against_whole(
    sa: Statement,
    sb: Statement,
    status: str,
    stages: Ordering,
    happened: str | None,
    articles: Sequence[str],
) -> tuple[str, str | None]:
    """The label of a count of the seriously hurt against a count of everyone hurt (measures),
    and the report whose whole it revised: fewer seriously hurt than hurt in all ("seriously
    injuring 29" beside "over 35 injured") is no contradiction, compatible; the same figure keeps
    its label; more seriously hurt, told later, than the hurt in all counted while the story
    developed ("14 severely injured" at the sentencing, "12 injured" on the day) shows that first
    count was low: revised (the part is still no figure of the whole's history); more seriously
    hurt than hurt in all at one stage is a conflict."""
    part, whole = (sa, sb) if sa.measure else (sb, sa)
    p, w = parse_count(part.final.value), parse_count(whole.final.value)
    if status != CONFLICT or p is None or w is None:
        return status, None
    if w.hi is None or p.lo < w.hi:
        return COMPATIBLE, None  # some of the hurt were hurt seriously
    later = stages.later(whole.article, part.article)
    if later is None:
        later = stages.later_by_day(whole.article, part.article)
    if later and stages.developing(whole.article, happened, articles, REVISABLE_DAYS):
        return REVISED, whole.article
    return CONFLICT, None


AGED_MIN_YEARS = 0.5  # reports closer than this are of one stage: two ages that differ conflict


def _outdated(kind: str, old: str, a: str, b: str) -> str:
    """Of a revised pair ``a``/``b`` whose earlier report is ``old``, the report whose figure is
    not the incident's: of a figure that moves with the story (a toll), the earlier; of an age,
    the later, since the suspect's age at the incident is the one told then ("42" on the day,
    "47" at the inquest five years on: the headline is 42, and 47 is the same man aged)."""
    if kind == "suspect.age":
        return b if old == a else a
    return old


def _aged(sa: Statement, sb: Statement, stages: Ordering) -> str | None:
    """The earlier report, when the later one tells the suspect older by just the whole years
    between their DCTs (31 at the attack, 36 at the verdict five years on; a report dated by
    the day the other reports lent it is of the story's stage): the same person aged, not a
    contradiction. Reports of one stage, or an age that grew more or less than
    the years allow, or a band: None (a conflict)."""
    da, db = stages.day(sa.article), stages.day(sb.article)
    if da is None or db is None:
        return None
    years = abs(db.start - da.start) / YEAR_MINUTES
    if years < AGED_MIN_YEARS:
        return None
    old, new = (sa, sb) if db.start > da.start else (sb, sa)
    was, now = parse_age(old.final.value), parse_age(new.final.value)
    if not (was and now and was.exact and now.exact):
        return None
    grown = now.lo - was.lo
    return old.article if 1 <= grown and math.floor(years) <= grown <= math.ceil(years) else None


def later_events(
    kind: str, statements: Sequence[Statement], story_date: str | None
) -> tuple[list[Statement], list[Statement]]:
    """(statements paired, statements of a later event): when two or more reports date the
    story alike, a report whose date falls more than ``LATER_EVENT_DAYS`` after it dates a
    later event it tells (the memorial "on Tuesday", the verdict), not the story: shown as its
    own, never as a contradiction of the story's date."""
    if kind != "incident.date" or not story_date or len(story_date) < len("yyyy-mm-dd"):
        return list(statements), []
    story = timex_interval(story_date)
    agree = [
        st for st in statements if compare_dates(st.final.value, story_date) in (MATCH, COMPATIBLE)
    ]
    if story is None or len(agree) < 2:
        return list(statements), []
    later = [
        st
        for st in statements
        if (day := timex_interval(str(st.final.value)))
        and day[0] - story[1] > LATER_EVENT_DAYS * 24 * 60
    ]
    return [st for st in statements if st not in later], later
