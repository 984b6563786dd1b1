"""A fact across all the reports of one incident: agreed by k of n, disputed by m, its history.

Pairs are labelled by their own two values; this summary is the separate, fact-level view. The
figure most reports agree with is the fact's value; a figure a later report revised counts as
revised, not disputed; anything else that contradicts the value disputes it.
"""

from __future__ import annotations

from collections.abc import Sequence

from incident_reader.core.align.stages import Stages
from incident_reader.core.align.values import COMPATIBLE, MATCH
from incident_reader.core.model import FactPair, FactStanding, FactSummary, FactValue, FigureStep

AGREE = (MATCH, COMPATIBLE)


def summarise(
    kind: str,
    incident: str,
    finals: Sequence[tuple[str, FactValue]],
    pairs: Sequence[FactPair],
    stages: Stages,
    superseded: frozenset[str] = frozenset(),
    precision: dict[str, float] | None = None,
) -> FactSummary:
    """The summary of one fact from each report's final value and the pairs between them.

    ``finals`` holds (report, value) in comparison order; ``pairs`` the final statements' pairs
    (each two reports once); ``superseded`` the reports whose figure a later one revised;
    ``precision`` (smaller is more precise) breaks ties between values.
    """
    articles = [art for art, _ in finals]
    value_of = dict(finals)
    status = {frozenset((p.a.article, p.b.article)): p.status for p in pairs}
    history = tuple(
        FigureStep(art, value_of[art], stages.label(art))
        for art in sorted(articles, key=stages.sort_key)
    )
    if len(articles) == 1:
        one = articles[0]
        only = FactStanding.ONLY
        return FactSummary(incident, kind, only, value_of[one], (one,), (), (), history)

    # Agreement is a matter of the two values (a revision is never agreement), so reports with
    # one value form one class: consistency is checked between classes, not every three reports.
    key_of = {art: _key(value_of[art]) for art in articles}
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

    def strength(art: str) -> tuple[bool, bool, int, float, int]:
        key = key_of[art]
        return (
            consistent[key],
            art not in superseded,
            support[key],
            -exact.get(art, 0.0),
            rank[art],
        )

    anchor = max(articles, key=strength)
    agreeing = tuple(a for a in articles if agrees(anchor, a))
    revised = tuple(a for a in articles if a not in agreeing and a in superseded)
    disputing = tuple(a for a in articles if a not in agreeing and a not in revised)
    if disputing:
        standing = FactStanding.DISPUTED
    elif revised:
        standing = FactStanding.REVISED
    else:
        standing = FactStanding.AGREED
    value = value_of[anchor]
    return FactSummary(incident, kind, standing, value, agreeing, revised, disputing, history)


def describe(summary: FactSummary) -> str:
    """The summary in words: "agreed by 4 of 6, disputed by 2"; with a revision, "latest figure in
    1 of 3, an earlier one in 2" (two reports that gave the earlier figure agree with each other:
    "agreed by 1 of 3, revised in 2" read as if they were at odds)."""
    n = len(summary.history)
    if summary.standing == FactStanding.ONLY:
        return "told by 1 report"
    if summary.revised:
        parts = [f"latest figure in {len(summary.agreeing)} of {n}"]
        parts.append(f"an earlier one in {len(summary.revised)}")
    else:
        parts = [f"agreed by {len(summary.agreeing)} of {n}"]
    if summary.disputing:
        parts.append(f"disputed by {len(summary.disputing)}")
    return ", ".join(parts)


def history_text(summary: FactSummary, shown: int = 6) -> str:
    """The figure's history by date: "2017-04-07: 4 → 2018-06-07: 5 → undated: 5"."""
    steps: list[str] = []
    for step in summary.history:
        text = f"{step.written or 'undated'}: {_short(step.value)}"
        if not steps or steps[-1] != text:
            steps.append(text)
    if len(steps) > shown:
        steps = [*steps[: shown - 1], "…", steps[-1]]
    return " → ".join(steps)


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
