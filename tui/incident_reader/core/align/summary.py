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

    def agrees(x: str, y: str) -> bool:
        return x == y or status.get(frozenset((x, y))) in AGREE

    rank = {art: n for n, art in enumerate(sorted(articles, key=stages.sort_key))}
    exact = precision or {}

    def strength(art: str) -> tuple[int, int, float, int]:
        support = sum(agrees(art, other) for other in articles)
        return (art not in superseded, support, -exact.get(art, 0.0), rank[art])

    def consistent(anchor: str) -> bool:  # "in his 40s" agrees with 41 and 43; they do not
        told = [a for a in articles if agrees(anchor, a)]
        return all(agrees(p, q) for n, p in enumerate(told) for q in told[n + 1 :])

    anchor = max(articles, key=lambda a: (consistent(a), *strength(a)))
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
    """The summary in words: "agreed by 4 of 6, disputed by 2", "revised 4 -> 5"."""
    n = len(summary.history)
    if summary.standing == FactStanding.ONLY:
        return "told by 1 report"
    parts = [f"agreed by {len(summary.agreeing)} of {n}"]
    if summary.revised:
        parts.append(f"revised in {len(summary.revised)}")
    if summary.disputing:
        parts.append(f"disputed by {len(summary.disputing)}")
    return ", ".join(parts)


def history_text(summary: FactSummary, shown: int = 6) -> str:
    """The figure's history by date: "2017-04-07: 4 → 2018-06-07: 5" (undated steps as "?")."""
    steps: list[str] = []
    for step in summary.history:
        text = f"{step.written or '?'}: {_short(step.value)}"
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
