"""A report that contradicts itself is compared on both of its statements.

A report that gives the suspect as "a 27-year-old man" and later as "Dylan Kerr, 28", or the
fire as starting at 15.40 and at 16.45, has one final statement in the comparison; its other
value used to vanish from the pairs, so the other reports' agreement with it (or their conflict)
was shown nowhere. Each such dissenting statement is paired with every other report's final
statement under the label of their own two values, after the finals' and echoes' pairs, so a
row keeps its label and the reader can show the dissent's counterpart as the user scrolls to it.

Only kinds whose values a report does not revise as the story moves (a date, a clock, an age):
a toll told as 12 and then 17 is a running count, not a dissent.
"""

from __future__ import annotations

from collections.abc import Sequence

from incident_reader.core.align.pairing import Statement, compare_values
from incident_reader.core.align.values import CONFLICT
from incident_reader.core.model import Fact, FactPair, PairSide, ReportAnalysis

DISSENT_KINDS = frozenset({"incident.date", "incident.time", "suspect.age"})


def own_conflict_spans(analysis: ReportAnalysis) -> dict[str, set[tuple[int, int]]]:
    """kind -> the spans of the facts a report states in conflict with each other (not the
    figures it tells itself as revised)."""
    spans: dict[str, set[tuple[int, int]]] = {}
    for conflict in analysis.internal_conflicts:
        if conflict.status != "conflict" or conflict.kind not in DISSENT_KINDS:
            continue
        facts = (analysis.facts[i] for i in conflict.facts if i < len(analysis.facts))
        spans.setdefault(conflict.kind, set()).update((f.start, f.end) for f in facts)
    return spans


def dissent_pairs(
    kind: str,
    incident: str,
    statements: Sequence[Statement],
    told: dict[str, list[Fact]],
    conflicting: dict[str, dict[str, set[tuple[int, int]]]],
) -> list[FactPair]:
    """Pairs of each report's dissenting statements (facts of its own conflict that the final
    statement contradicts) with every other report's final statement, in comparison order."""
    if kind not in DISSENT_KINDS or len(statements) < 2:
        return []
    order = {st.article: n for n, st in enumerate(statements)}
    out: list[FactPair] = []
    for st in statements:
        spans = conflicting.get(st.article, {}).get(kind)
        if not spans:
            continue
        kept = {id(st.final), *(id(e) for e in st.echoes)}
        dissents = [
            f
            for f in told.get(st.article, [])
            if id(f) not in kept
            and (f.start, f.end) in spans
            and compare_values(kind, st.final.value, f.value) == CONFLICT
        ]
        for fact in dissents:
            mine = PairSide(st.article, fact.value, fact.text, fact.start, fact.end)
            for other in statements:
                if other is st:
                    continue
                final = other.final
                theirs = PairSide(other.article, final.value, final.text, final.start, final.end)
                status = compare_values(kind, fact.value, final.value)
                if order[st.article] < order[other.article]:
                    out.append(FactPair(kind, incident, status, mine, theirs, "a"))
                else:
                    out.append(FactPair(kind, incident, status, theirs, mine, "b"))
    return out
