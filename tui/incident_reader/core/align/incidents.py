"""Match incidents across reports: one incident across every stage of its story.

A report's main incident joins the incident whose date, place, actors (a suspect's name),
vehicle, toll and telling it shares. A court report a year on, dated only by its own DCT, still
joins the attack it tells of when the suspect or the place and telling agree; an undated report
joins on its place and telling. Dates the texts give keep incidents apart (a day or a week off is
forgiven when the telling agrees); so do other streets, clock times hours apart or other
vehicles, unless the same suspect is named. A background incident ("In March, a man drove a car
into pedestrians on Westminster Bridge") joins another report's incident only when the dates
agree (a month holds its days) and the place or the telling agree too.

Candidates come from an index of the words that tell each incident (its rarest shared stems, its
place and its suspects' names), so thousands of reports of many stories are not compared all
against all; groups then grow surest pair first, never holding two incidents that contradict.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from incident_reader.core.align.stages import DEVELOPING_DAYS, near_borrowed, own_dct
from incident_reader.core.align.telling import (
    IncidentView,
    Vocabulary,
    clocks_apart,
    content_stems,
    days_apart,
    firm_date,
    incident_views,
    names_shared,
    place_similarity,
    places_differ,
    same_actor,
    same_toll,
    stem,
    strangers,
    told_similarity,
    towns_apart,
    vehicles_differ,
    with_masks,
)
from incident_reader.core.align.values import COMPATIBLE, CONFLICT, MATCH, compare_timex
from incident_reader.core.model import ReportAnalysis, SharedIncident

__all__ = ["Vocabulary", "affinity", "candidate_pairs", "content_stems", "match_incidents", "stem"]

MISREAD_DAYS = 8  # main incidents this close, told alike in the same place, are one misdated
APART_MINUTES = 60  # clock times this far apart tell two events
INDEX_KEYS = 12  # the rarest shared stems of a telling that find its candidates
COMMON_KEY = 64  # a word in more tellings than this (or twice the root of their number) is common
LINKED_SHARE = 0.5  # groups join when at least this share of their cross pairs are shown one
ONE_STORY_TOLD = 0.4  # tellings this alike, of one day and one toll, are one story
ONE_STORY_TOLL = 2  # ... when the toll is this many or more told exactly (one death is common)
FOLD_WITNESSES = 12  # a recalled incident is checked against this many of a story's reports


def _sure(x: IncidentView, y: IncidentView, place: float, told: float) -> bool:
    """Evidence that outweighs a date: the same suspect, or names in common in a telling alike
    (names besides the place's own: "High Street, Sheffield" is the place, counted already, and
    two crashes on one town's high street a day apart share it)."""
    named = names_shared(x, y)
    return (
        same_actor(x, y)
        or (named >= 1 and place >= 0.5 and told >= 0.3)
        or (named >= 2 and told >= 0.4)
    )


def _signs_apart(x: IncidentView, y: IncidentView) -> bool:
    """Signs of two different events: other streets, clock times an hour or more apart, tellings
    that name different people and places, or vehicles that cannot be the same in tellings of
    other places that share hardly a name."""
    return (
        places_differ(x, y)
        or clocks_apart(x, y, APART_MINUTES)
        or (strangers(x, y) and not _one_story(x, y))
        or (vehicles_differ(x, y) and names_shared(x, y) < 2 and place_similarity(x, y) < 0.5)
    )  # a vehicle told differently in one place and story is a fact the reports dispute


def _one_story(x: IncidentView, y: IncidentView) -> bool:
    """One day, one toll, told alike: outlets that each quote their own officials and name the
    place at another grain ("on the S3 expressway" / "near Wrocanow") still tell one event."""
    return bool(
        x.date
        and y.date
        and compare_timex(x.date, y.date) == MATCH
        and any(isinstance(k, int) and k >= ONE_STORY_TOLL and k in y.killed for k in x.killed)
        and told_similarity(x, y) >= ONE_STORY_TOLD
    )


def _certain(x: IncidentView, y: IncidentView, place: float, told: float) -> bool:
    """One incident, whatever dates were read: the same suspect in the same place told alike, or
    the same place and names told alike by a report written well after the other's date (a court
    report dated by the hearing), which does not recall that date as another incident's."""
    if same_actor(x, y) and told >= 0.6 and not places_differ(x, y):
        return True  # the same suspect, told alike (one report's place may be misread)
    if not (place >= 0.5 and told >= 0.5):
        return False
    if same_actor(x, y):
        return True
    if names_shared(x, y) < 2 or not x.date or not y.date:
        return False
    early, late = sorted((x, y), key=lambda v: (v.date or "")[:10])
    if any(compare_timex(d, early.date or "") in (MATCH, COMPATIBLE) for d in late.recalled):
        return False  # the later report tells the earlier incident as one it recalls
    if clocks_apart(x, y, APART_MINUTES):
        return False  # a later report telling its event at another hour tells another event
    gap = days_apart(early.date, late.written)
    return bool(late.written and early.date and late.written > early.date[:10]) and (
        gap is not None and gap > DEVELOPING_DAYS
    )


def _fallback_dated(x: IncidentView, y: IncidentView) -> bool:
    """Whether the later of two dates may be a report's own day standing in for the incident's."""
    if not x.date or not y.date:
        return False
    later = max((x, y), key=lambda v: (v.date or "")[:10])
    return not later.firm


def affinity(x: IncidentView, y: IncidentView) -> float | None:
    """How surely two reports' incidents are one (higher is surer); None when not shown to be."""
    dated = compare_timex(x.date, y.date) if x.date and y.date else None
    place = place_similarity(x, y)
    told = told_similarity(x, y)
    actor = same_actor(x, y)
    evidence = place + told + actor + 0.25 * same_toll(x, y) + 0.1 * min(names_shared(x, y), 5)
    if x.incident.main and y.incident.main:
        if towns_apart(x, y) and not actor:
            return None  # other towns: only the same suspect joins them
        sure = _sure(x, y, place, told)
        doubt = _signs_apart(x, y) and not sure
        if dated == CONFLICT:
            gap = days_apart(x.date, y.date)
            if gap is not None and gap <= 1 and (place >= 0.5 or told >= 0.3 or actor):
                return None if doubt else 1 + evidence  # "last night" read a day off
            if gap is not None and gap <= MISREAD_DAYS and sure and not doubt:
                return 1 + evidence  # "Friday" read a week off
            if _fallback_dated(x, y) and sure and not (_signs_apart(x, y) and not actor):
                return 0.5 + evidence  # a later stage dated by its own DCT
            return 0.5 + evidence if _certain(x, y, place, told) else None  # a date misread
        if doubt:
            return None
        if dated is not None:
            return 3 + evidence if place >= 0.5 or told >= 0.2 or actor else None
        return 1 + evidence if place >= 0.5 or told >= 0.25 or actor else None
    if dated == CONFLICT or (strangers(x, y) and not actor):
        return None
    if dated is None:
        return 1 + evidence if (place >= 0.8 and told >= 0.4) or (actor and told >= 0.4) else None
    if place >= 0.6 or told >= 0.35 or actor:
        return 2 + evidence
    return None


def contradicts(x: IncidentView, y: IncidentView) -> bool:
    """Whether two incidents can never be one: one report, dates the texts give that disagree
    beyond a misreading, or (two main incidents) signs of two events with nothing sure, unless
    they agree on the place and the signs are only clocks or vehicles."""
    if x.order == y.order:
        return True
    both_main = x.incident.main and y.incident.main
    if both_main and towns_apart(x, y) and not same_actor(x, y):
        return True
    if x.date and y.date and compare_timex(x.date, y.date) == CONFLICT:
        gap = days_apart(x.date, y.date)
        if not _fallback_dated(x, y) and (not both_main or gap is None or gap > MISREAD_DAYS):
            certain = _certain(x, y, place_similarity(x, y), told_similarity(x, y))
            return not (both_main and certain)
    if both_main and _signs_apart(x, y):
        place = place_similarity(x, y)
        if place >= 0.5 and not strangers(x, y) and not places_differ(x, y):
            return False  # one place: clocks in other time zones, a vehicle told differently
        return not _sure(x, y, place, told_similarity(x, y))
    return False


def _keys(view: IncidentView, df: Counter[str], common: int) -> set[str]:
    """The words that find a view's candidates: its suspects and names, its place, its rarest
    shared stems; a word most tellings share ("car", "police") finds too much to be one, unless
    the view has no rarer word to be found by."""
    shared = sorted((s for s in view.stems if df[s] > 1), key=lambda s: (df[s], s))
    rare = [s for s in shared[:INDEX_KEYS] if df[s] <= common] or shared[:2]
    named = [f"@{n}" for n in view.names | view.named if df[f"@{n}"] <= common]
    places = [s for s in view.place_stems if df[s] <= common]
    return {*named, *places, *rare}


def candidate_pairs(views: Sequence[IncidentView]) -> set[tuple[int, int]]:
    """Pairs of views (i < j, other reports) that share an index key: the only ones scored."""
    df: Counter[str] = Counter(s for v in views for s in v.stems)
    df.update(f"@{n}" for v in views for n in v.names | v.named)
    common = max(COMMON_KEY, int(2 * len(views) ** 0.5))
    postings: dict[str, list[int]] = defaultdict(list)
    keys = [_keys(v, df, common) for v in views]
    for i, ks in enumerate(keys):
        for k in ks:
            postings[k].append(i)
    found: set[tuple[int, int]] = set()
    for i, ks in enumerate(keys):
        for k in ks:
            for j in postings[k]:
                if j > i and views[i].order != views[j].order:
                    found.add((i, j))
    return found


def match_incidents(analyses: Sequence[ReportAnalysis]) -> tuple[SharedIncident, ...]:
    """Group incidents across reports (at most one per report in a group), surest pairs first."""
    vocabulary = Vocabulary()
    views = [
        with_masks(v, vocabulary)
        for order, a in enumerate(analyses)
        for v in incident_views(a, order)
    ]
    edges: list[tuple[float, int, int]] = []
    for i, j in candidate_pairs(views):
        score = affinity(views[i], views[j])
        if score is not None:
            edges.append((-score, i, j))
    edges.sort()
    return _shared(views, _grow(views, edges))


def _grow(views: list[IncidentView], edges: Iterable[tuple[float, int, int]]) -> list[list[int]]:
    """Join groups along the edges, surest first, unless two of their members contradict or
    too few of them are shown to be one (a chain of loose likenesses is not one incident)."""
    group = list(range(len(views)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(views))}
    scores: dict[tuple[int, int], float | None] = {(i, j): -s for s, i, j in edges}
    known: dict[tuple[int, int], bool] = {}

    def clash(p: int, q: int) -> bool:
        key = (min(p, q), max(p, q))
        if key not in known:
            known[key] = contradicts(views[p], views[q])
        return known[key]

    def linked(p: int, q: int) -> bool:
        key = (min(p, q), max(p, q))
        if key not in scores:
            scores[key] = affinity(views[key[0]], views[key[1]])
        return scores[key] is not None

    refused: set[tuple[int, int, int, int]] = set()  # two groups, as they were, that may not join
    for _, i, j in edges:
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        left, right = members[gi], members[gj]
        asked = (gi, gj, len(left), len(right))  # groups only grow: sizes tell their state
        if asked in refused:
            continue
        if any(clash(p, q) for p in left for q in right) or not _enough_links(left, right, linked):
            refused.add(asked)
            continue
        for k in right:
            group[k] = gi
        members[gi] = left + right
        del members[gj]
    return list(members.values())


def _enough_links(left: list[int], right: list[int], linked: Callable[[int, int], bool]) -> bool:
    """Whether at least ``LINKED_SHARE`` of the cross pairs are shown one (stops once it knows)."""
    total = len(left) * len(right)
    needed = LINKED_SHARE * total
    found = seen = 0
    for p in left:
        for q in right:
            seen += 1
            found += linked(p, q)
            if found >= needed:
                return True
            if found + total - seen < needed:
                return False
    return found >= needed


def _shared(views: list[IncidentView], groups: list[list[int]]) -> tuple[SharedIncident, ...]:
    def rank(g: list[int]) -> tuple[int, int, int]:
        first = min(g, key=lambda k: (views[k].order, views[k].incident.start))
        main = any(views[k].incident.main for k in g)
        return (0 if main else 1, views[first].order, views[first].incident.start)

    shared = []
    for n, g in enumerate(sorted(groups, key=rank), start=1):
        g = sorted(g, key=lambda k: views[k].order)
        full = [d for k in g if (d := views[k].date) and views[k].full]  # "on 13 September"
        firm = full or [d for k in g if (d := views[k].date) and views[k].firm]
        fallback = sorted(d for k in g if (d := views[k].date))[:1]  # it happened by then
        places = [p for k in g if (p := views[k].place)]
        # no text dates it: the earliest report's own day stands in, and says so
        lent = None
        if not firm and fallback and not any(views[k].stated for k in g):
            own = [k for k in g if (d := views[k].date) and d[:10] == views[k].written]
            lent = min(own, key=lambda k: views[k].written or "") if own else None
        shared.append(
            SharedIncident(
                id=f"I{n}",
                date=_best(firm or fallback, precise=True),
                place=_best(places, precise=False),
                articles=tuple(views[k].article for k in g),
                members={views[k].article: views[k].incident.id for k in g},
                date_from=views[lent].article if lent is not None else None,
                date_from_source=views[lent].written_by if lent is not None else None,
            )
        )
    return tuple(shared)


def _best(values: list[str], precise: bool) -> str | None:
    """The most precise date (the most often given on a tie), or the most often given place."""
    if not values:
        return None
    counts = Counter(values)
    if precise:
        return max(values, key=lambda v: (len(v), counts[v]))
    return max(values, key=lambda v: (counts[v], len(v)))


def fold_later_stages(
    analyses: Sequence[ReportAnalysis], incidents: tuple[SharedIncident, ...]
) -> tuple[tuple[SharedIncident, ...], dict[tuple[str, str], str]]:
    """Fold a later stage into the story it recalls: a report whose main incident, dated only by
    its own DCT, is matched by no other report (an anniversary, a sentencing) while exactly one
    incident it recalls is another report's main incident, tells of that incident. Returns the
    incidents left (renumbered) and (report, local incident) -> shared incident id for all."""
    shared_of = {(art, local): s.id for s in incidents for art, local in s.members.items()}
    size = {s.id: len(s.articles) for s in incidents}
    with_main = {
        shared_of[a.report.id, i.id]
        for a in analyses
        for i in a.incidents
        if i.main and (a.report.id, i.id) in shared_of
    }
    folded: dict[tuple[str, str], str] = {}
    for a in analyses:
        art = a.report.id
        main = next((i for i in a.incidents if i.main), None)
        if main is None or size.get(shared_of.get((art, main.id), ""), 0) != 1:
            continue
        own = own_dct(a)
        day = None if main.date and near_borrowed(main.date, a) else main.date
        if firm_date(day, own[:10] if own else None, True) and day:
            continue  # dated by its text: an event of its own
        told = {
            shared_of[art, i.id] for i in a.incidents if not i.main and (art, i.id) in shared_of
        }
        stories = [sid for sid in told if size[sid] > 1 and sid in with_main]
        if len(stories) == 1:
            folded[art, main.id] = stories[0]
    return _folded(incidents, shared_of, folded)


def fold_recalled_originals(
    analyses: Sequence[ReportAnalysis],
    incidents: tuple[SharedIncident, ...],
    shared_of: dict[tuple[str, str], str],
) -> tuple[tuple[SharedIncident, ...], dict[tuple[str, str], str]]:
    """Fold a later stage's recalled original into the story: when a report's main incident is a
    later event of a story other reports tell (a verdict, dated years on, joined by its suspect),
    an incident it recalls that no other report joined, dated as the story is and linked to one of
    its other reports (toll, place, telling), is that story's incident: its facts pair there.
    Returns the incidents left (renumbered) and the mapping with the recalled ones folded."""
    by_id = {s.id: s for s in incidents}
    place = {a.report.id: (order, a) for order, a in enumerate(analyses)}
    folded: dict[tuple[str, str], str] = {}
    for order, a in enumerate(analyses):
        art = a.report.id
        main = next((i for i in a.incidents if i.main), None)
        story = by_id.get(shared_of.get((art, main.id), "")) if main else None
        if main is None or story is None or len(story.articles) < 2 or not story.date:
            continue
        alone = [
            i
            for i in a.incidents
            if not i.main and len(by_id[shared_of.get((art, i.id), story.id)].articles) == 1
        ]
        if not alone:
            continue
        views = {v.incident.id: v for v in incident_views(a, order)}
        if views[main.id].date and compare_timex(views[main.id].date, story.date) != CONFLICT:
            continue  # the report's own incident is the story's first stage, not a later one
        witnesses = [other for other in story.articles if other != art][:FOLD_WITNESSES]
        others = [_member_view(place, story, other) for other in witnesses]
        for inc in alone:
            view = views[inc.id]
            if not view.date or compare_timex(view.date, story.date) not in (MATCH, COMPATIBLE):
                continue
            linked = [o for o in others if o and (same_toll(view, o) or affinity(view, o))]
            apart = any(o and (contradicts(view, o) or places_differ(view, o)) for o in others)
            if linked and not apart:
                folded[art, inc.id] = story.id
    if not folded:
        return incidents, shared_of
    return _folded(incidents, shared_of, folded)


def _folded(
    incidents: tuple[SharedIncident, ...],
    shared_of: dict[tuple[str, str], str],
    folded: dict[tuple[str, str], str],
) -> tuple[tuple[SharedIncident, ...], dict[tuple[str, str], str]]:
    """The incidents left once ``folded`` report incidents join their stories (renumbered I1..),
    and the mapping of every report incident to its shared one."""
    emptied = {shared_of[key] for key in folded}
    kept = [s for s in incidents if s.id not in emptied]
    renamed = {s.id: f"I{n}" for n, s in enumerate(kept, start=1)}
    out = tuple(replace(s, id=renamed[s.id]) for s in kept)
    mapping = {key: renamed[sid] for key, sid in shared_of.items() if sid in renamed}
    mapping.update({key: renamed[sid] for key, sid in folded.items()})
    return out, mapping


def _member_view(
    place: dict[str, tuple[int, ReportAnalysis]], story: SharedIncident, article: str
) -> IncidentView | None:
    """The view of the incident ``article`` gives ``story`` (its place in the comparison kept)."""
    order, analysis = place[article]
    local = story.members.get(article)
    return next((v for v in incident_views(analysis, order) if v.incident.id == local), None)
