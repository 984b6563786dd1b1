"""A fact across all the reports of one incident: agreed by k of n, disputed by m, its history.

Pairs are labelled by their own two values; this summary is the separate, fact-level view. A
figure that moves with the story (a toll, the injured, arrests) told at two or more stages is the
latest stage's figure; any other fact's value is the figure most reports agree with. A figure a
later report revised counts as revised, not disputed (so does the same figure told by a report
whose stage cannot be told); anything else that contradicts the value disputes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from incident_reader.core.align.pairing import REVISABLE, compare_values, final_precision
from incident_reader.core.align.stages import DAY_MINUTES, Stages
from incident_reader.core.align.values import COMPATIBLE, MATCH, parse_count
from incident_reader.core.model import FactPair, FactStanding, FactSummary, FactValue, FigureStep

AGREE = (MATCH, COMPATIBLE)
# Facts whose history is told by date: the figures that move with the story, and an age (the same
# person is older at the verdict). Any other fact is told by its wordings (``_wordings``).
DATED_HISTORY = REVISABLE | {"suspect.age"}


def summarise(
    kind: str,
    incident: str,
    finals: Sequence[tuple[str, FactValue]],
    pairs: Sequence[FactPair],
    stages: Stages,
    superseded: frozenset[str] = frozenset(),
    precision: dict[str, float] | None = None,
    updates: frozenset[str] = frozenset(),
    measures: dict[str, str] | None = None,
) -> FactSummary:
    """The summary of one fact from each report's final value and the pairs between them.

    ``finals`` holds (report, value) in comparison order; ``pairs`` the final statements' pairs
    (each two reports once); ``superseded`` the reports whose figure a later one revised;
    ``precision`` (smaller is more precise) breaks ties between values; ``updates`` the reports
    that word their figure as an update ("the toll rose to five"), later than the figures below;
    ``measures`` the reports whose count is of a part (the seriously hurt): never the latest
    figure of the whole, and told apart in the history.
    """
    articles = [art for art, _ in finals]
    value_of = dict(finals)
    status = {frozenset((p.a.article, p.b.article)): p.status for p in pairs}
    measure = measures or {}
    history = tuple(
        FigureStep(
            art, value_of[art], label, label is not None and art in stages.inferred,
            measure.get(art, ""),
        )
        for art in sorted(articles, key=stages.history_key)
        for label in (stages.label(art),)
    )  # fmt: skip
    if len(articles) == 1:
        one = articles[0]
        only = FactStanding.ONLY
        return FactSummary(incident, kind, only, value_of[one], (one,), (), (), history)

    # Agreement is a matter of the two values (a revision is never agreement), so reports with
    # one value form one class: consistency is checked between classes, not every three reports.
    # A count of a part is a class of its own: "14 seriously injured" agrees with "15 injured"
    # where "14 injured" does not, so the whole 14 must not agree through the part's pair.
    key_of = {art: f"{measure.get(art, '')}|{_key(value_of[art])}" for art in articles}
    members: dict[str, list[str]] = {}
    for art in articles:
        members.setdefault(key_of[art], []).append(art)
    keys = list(members)

    def classes_agree(x: str, y: str) -> bool:
        if x == y:
            return True
        a, b = members[x][0], members[y][0]
        return status.get(frozenset((a, b))) in AGREE

    agree_with = {x: [y for y in keys if classes_agree(x, y)] for x in keys}

    def agrees(x: str, y: str) -> bool:
        return key_of[x] == key_of[y] or key_of[y] in agree_with[key_of[x]]

    rank = {art: n for n, art in enumerate(sorted(articles, key=stages.sort_key))}
    exact = precision or {}
    support = {x: sum(len(members[y]) for y in agree_with[x]) for x in keys}
    consistent = {  # "in his 40s" agrees with 41 and 43; they do not agree with each other
        x: all(
            classes_agree(p, q) for n, p in enumerate(agree_with[x]) for q in agree_with[x][n + 1 :]
        )
        for x in keys
    }

    def strength(art: str) -> tuple[bool, bool, bool, int, float, int]:
        key = key_of[art]
        return (
            not measure.get(art),  # a count of everyone hurt before a count of a part of them
            consistent[key],
            art not in superseded,
            support[key],
            -exact.get(art, 0.0),
            rank[art],
        )

    def earlier(art: str) -> bool:
        """A revised figure, or the same figure told by a report of no known stage."""
        if art in superseded:
            return True
        return stages.day(art) is None and any(agrees(art, old) for old in superseded)

    def standings(anchor: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        agreeing = tuple(a for a in articles if agrees(anchor, a))
        revised = tuple(a for a in articles if a not in agreeing and earlier(a))
        disputing = tuple(a for a in articles if a not in agreeing and a not in revised)
        return agreeing, revised, disputing

    whole = [a for a in articles if not measure.get(a)] or articles  # the figure that moves
    latest = latest_stage(whole, stages, value_of, updates) if kind in REVISABLE else []
    anchor = max(latest or articles, key=strength)
    agreeing, revised, disputing = standings(anchor)
    if latest and _lowered(anchor, disputing, stages, value_of):
        latest = []  # a lower figure told later contradicts, it revises nothing: the majority's
        anchor = max(articles, key=strength)
        agreeing, revised, disputing = standings(anchor)
    if disputing:
        standing = FactStanding.DISPUTED
    elif revised:
        standing = FactStanding.REVISED
    else:
        standing = FactStanding.AGREED
    value = value_of[anchor]
    when = _when(anchor, stages) if latest and len(agreeing) < len(articles) else None
    return FactSummary(incident, kind, standing, value, agreeing, revised, disputing, history, when)


def _when(article: str, stages: Stages) -> str:
    """The latest stage's date for the summary: the report's own, "after" the latest date an
    undated report mentions, or "updated" for a figure worded as an update."""
    if label := stages.label(article):
        return f"~{label}" if article in stages.inferred else label
    if written := stages.written.get(article):
        return f"after {date.fromordinal(written.start // DAY_MINUTES).isoformat()}"
    return "updated"


def _lowered(
    anchor: str, disputing: Sequence[str], stages: Stages, value_of: dict[str, FactValue]
) -> bool:
    """Whether a report of a known day disputes the latest figure with a higher one."""
    latest = parse_count(value_of[anchor])
    return latest is not None and any(
        stages.day(a) is not None and (span := parse_count(value_of[a])) and span.above(latest)
        for a in disputing
    )


def latest_stage(
    articles: Sequence[str],
    stages: Stages,
    value_of: dict[str, FactValue],
    updates: frozenset[str] = frozenset(),
) -> list[str]:
    """The reports of the story's latest stage when the reports were written on two or more
    days: those of the latest day; reports no earlier than a later date they mention; or
    undated figures worded as an update above every dated one. Empty: one stage, or none."""
    days = {a: d.start // DAY_MINUTES for a in articles if (d := stages.day(a))}
    if not days:
        return []
    last = max(days.values())
    bounded = [
        a
        for a in articles
        if a not in days and (w := stages.written.get(a)) and w.start // DAY_MINUTES > last
    ]
    spans = [parse_count(value_of[a]) for a in days]
    risen = [
        a
        for a in articles
        if a in updates
        and a not in days
        and (span := parse_count(value_of[a]))
        and all(other is not None and span.above(other) for other in spans)
    ]
    if risen or bounded:
        return risen or bounded
    if len(set(days.values())) < 2:
        return []
    return risen or bounded or [a for a, day in days.items() if day == last]


def describe(summary: FactSummary) -> str:
    """The summary in words: "agreed by 4 of 6, disputed by 2" ("compatible in 4 of 6" when
    their values agree only within tolerance, see ``identical``); a figure that moved with the
    story leads with the latest stage's, "latest figure 5 (2017-04-09) in 2 of 3, an earlier one
    in 1" (two reports that gave the earlier figure agree with each other: "agreed by 1 of 3,
    revised in 2" read as if they were at odds)."""
    n = len(summary.history)
    if summary.standing == FactStanding.ONLY:
        return "told by 1 report"
    # A count of a part (the seriously hurt) agrees with the whole without giving its figure:
    # told apart, so "compatible in 5 of 5" never counts it as backing the figure.
    measured = {step.article for step in summary.history if step.measure}
    k = len([a for a in summary.agreeing if a not in measured])
    part = len(measured & set(summary.agreeing))
    if summary.latest:
        parts = [f"latest figure {_short(summary.value)} ({summary.latest})"]
        parts[0] += f" in {k} of {n}"
        if summary.revised:
            parts.append(f"an earlier one in {len(summary.revised)}")
    elif summary.revised:
        parts = [f"{_short(summary.value)} in {k} of {n}"]
        parts.append(f"{summary.revised_words} in {len(summary.revised)}")
    elif len(shown_values(summary)) > 1:  # no figure most reports give: none is "agreed"
        against = len(summary.disputing)
        return f"split, no majority: {len(summary.agreeing)} of {n} against {against}"
    elif identical(summary):
        parts = [f"agreed by {k} of {n}"]
    else:  # "14:39", "14:40" and "14:45" agree within the tolerance; they are not one value
        parts = [f"compatible in {k} of {n} (agree within tolerance)"]
    if part:
        parts.append(f"a count of the seriously hurt in {part}")
    if summary.disputing:
        parts.append(f"disputed by {len(summary.disputing)}")
    return ", ".join(parts)


def shown_values(summary: FactSummary) -> list[FactValue]:
    """The figures a one-line table shows for the fact: its value; when the reports split with
    no majority ("21:50" in one, "22:15" in the other), every figure they give, in the order of
    its history, since naming one report's figure as the fact's would take a side."""
    if summary.standing != FactStanding.DISPUTED or len(summary.agreeing) > len(summary.disputing):
        return [summary.value]
    return list({_key(step.value): step.value for step in summary.history}.values())


def identical(summary: FactSummary) -> bool:
    """Whether the reports that agree on the fact give the one value (they match), not values
    within each other's tolerance (times minutes apart, a range and a figure in it)."""
    told = {step.article: step.value for step in summary.history}
    values = list({_key(v): v for a in summary.agreeing if (v := told.get(a)) is not None}.values())
    return all(
        compare_values(summary.kind, x, y) == MATCH
        for n, x in enumerate(values)
        for y in values[n + 1 :]
    )


def history_text(summary: FactSummary, shown: int = 6) -> str:
    """The figure's history by date, one step per day it moved: "2017-04-07: 4 → 2018-06-07: 5";
    a day inferred, "~2017-04-08: 5"; then the figures of reports that cannot be dated,
    "undated: 5, 4"; then the counts of a part ("seriously injured: 29 (2018-10-12)"), which are no
    step of the figure. A figure that restates the day before's (the same, or less precise: "at
    least 4" after 4) is no step; on one day, a figure another agrees with and refines is shown
    once. A fact that does not move with the story is told by its wordings instead."""
    kind = summary.kind
    if kind not in DATED_HISTORY:
        return _wordings(summary, shown)
    days: list[tuple[str, list[FactValue]]] = []
    undated: list[FactValue] = []
    parts: list[str] = []  # counts of a part ("seriously injured: 29 (2018-10-12)")
    for step in summary.history:
        if step.measure:
            when = f" ({'~' * step.inferred}{step.written})" if step.written else ""
            parts.append(f"{step.measure} injured: {_short(step.value)}{when}")
            continue
        if step.written is None:
            undated = _add_figure(kind, undated, step.value)
            continue
        label = f"~{step.written}" if step.inferred else step.written
        if days and days[-1][0].lstrip("~") == step.written:
            days[-1] = (days[-1][0], _add_figure(kind, days[-1][1], step.value))
        else:
            days.append((label, [step.value]))
    steps: list[tuple[str, list[FactValue]]] = []
    for label, figures in days:
        if steps and all(_restates(kind, f, steps[-1][1]) for f in figures):
            continue
        steps.append((label, figures))
    texts = [f"{label}: {', '.join(_short(f) for f in figures)}" for label, figures in steps]
    if len(texts) > shown:
        texts = [*texts[: shown - 1], "…", texts[-1]]
    told = " → ".join(texts)
    if undated:
        rest = f"undated: {', '.join(_short(f) for f in undated)}"
        told = f"{told} · {rest}" if told else rest
    if parts:
        told = " · ".join([told, *parts]) if told else " · ".join(parts)
    return told


def _wordings(summary: FactSummary, shown: int) -> str:
    """What the reports call a fact that does not move with the story (a place, a vehicle, a
    time): each value once with how many reports give it, the most told first, "told as:
    drottninggatan ×2 · ahlens store". Dates and arrows would read as if the place had changed."""
    told: dict[str, tuple[FactValue, int]] = {}
    for step in summary.history:
        value, n = told.get(_key(step.value), (step.value, 0))
        told[_key(step.value)] = (value, n + 1)
    ranked = sorted(told.values(), key=lambda item: -item[1])  # stable: first told first on ties
    texts = [f"{_short(value)} ×{n}" if n > 1 else _short(value) for value, n in ranked]
    if len(texts) > shown:
        texts = [*texts[: shown - 1], f"… {len(texts) - shown + 1} more"]
    return "told as: " + " · ".join(texts)


def _agree(kind: str, a: FactValue, b: FactValue) -> bool:
    return compare_values(kind, a, b) in AGREE


def _restates(kind: str, figure: FactValue, before: Sequence[FactValue]) -> bool:
    """Whether a figure agrees with one told before and tells no more than it (a count: its
    range holds the other's, "at least 4" after 4 but not "at least 12" after "at least 10")."""
    span = parse_count(figure) if kind in REVISABLE else None
    if span is not None:
        return any(
            _agree(kind, figure, b)
            and (other := parse_count(b)) is not None
            and span.lo <= other.lo
            and (span.hi is None or (other.hi is not None and span.hi >= other.hi))
            for b in before
        )
    mine = final_precision(kind, figure)
    return any(_agree(kind, figure, b) and mine >= final_precision(kind, b) for b in before)


def _add_figure(kind: str, figures: list[FactValue], value: FactValue) -> list[FactValue]:
    """The figures of one day with ``value``: a figure that agrees with another and is less
    precise is told once, by the more precise."""
    if _restates(kind, value, figures):
        return figures
    kept = [f for f in figures if not _restates(kind, f, [value])]
    return [*kept, value]


def _short(value: FactValue) -> str:
    if isinstance(value, dict):
        lo, hi = value.get("min"), value.get("max")
        return f"{lo}+" if hi is None else (f"{lo}" if lo == hi else f"{lo}-{hi}")
    return str(value)


def _key(value: FactValue) -> str:
    """A value as a dictionary key (a range's items in order)."""
    return (
        repr(sorted(value.items()))
        if isinstance(value, dict)
        else f"{type(value).__name__}:{value}"
    )
