"""The Markdown export's comparison: where the reports agree and where they disagree.

Per fact of each incident, as the reader's comparison tells it: agreed, conflict (a report's
figure contradicts the one most give) or revised (the figure moved as the story went on), then
each report's value with its own quoted words and its mark. Facts one report alone states close
the incident, on one line.

A report's statement is every mention of it (the headline, a repeat: ``ComparisonIndex.mentions``),
as the reader's comparison marks and shows it: its mark is the first of its mentions that has a
status or a note, the one quoted first, so a figure verified where the report repeats it is
exported verified.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from incident_reader.core.model import Comparison, FactValue, PairSide
from incident_reader.core.store import STATUS_SYMBOLS, Mark

if TYPE_CHECKING:
    from incident_reader.core.export import MarkedArticle

HEADING = "# Where the reports agree and disagree"
# FactSummary.standing as a fact-checker says it
STANDING_WORDS = {"agreed": "agreed", "disputed": "conflict", "revised": "revised"}

MarkOf = Callable[[Mark | None], str]
ValueOf = Callable[[str, FactValue], str]


def comparison_md(
    articles: Sequence[MarkedArticle],
    comparison: Comparison,
    verified_only: bool,
    md: Callable[[str], str],
    mark_md: MarkOf,
    value_of: ValueOf,
    labels: dict[str, str],
) -> list[str]:
    """The section's lines (its heading first); none when fewer than two reports are compared.
    With ``verified_only`` a fact shows its verified statements only, and goes when none is."""
    if len({a for s in comparison.incidents for a in s.articles}) < 2:
        return []
    from incident_reader.core.align import ComparisonIndex  # the comparison's own echoes

    marks = _marks(articles)
    index = ComparisonIndex(comparison, [art.analysis for art in articles])

    def mark_of(incident: str, kind: str, side: PairSide) -> Mark | None:
        """The statement's mark: its first mention with a status or a note, else its own's."""
        found = [marks.get((side.article, kind, start, end))
                 for start, end in index.mentions(incident, kind, side)]  # fmt: skip
        return next((m for m in found if m is not None and _marked(m)), found[0])

    stated = _statements(comparison)
    order = {kind: n for n, kind in enumerate(labels)}
    lines = ["", HEADING, ""]
    lines.append("Per fact: agreed, conflict (a report contradicts the figure most give) or")
    lines.append("revised (a later report changed the figure); each report's words and mark.")
    for incident in comparison.incidents:
        facts = sorted(
            (f for f in comparison.facts if f.incident == incident.id),
            key=lambda f: order.get(f.kind, len(order)),
        )
        body: list[str] = []
        alone: list[str] = []
        for fact in facts:
            sides = stated.get((incident.id, fact.kind), {})
            if fact.standing not in STANDING_WORDS:  # one report states it
                for article, one in sides.items():
                    mark = mark_of(incident.id, fact.kind, one)
                    if not verified_only or (mark is not None and mark.status == "verified"):
                        alone.append(f"{labels.get(fact.kind, fact.kind)} ({md(article)})")
                continue
            role = {a: "agrees" for a in fact.agreeing}
            role |= {a: fact.revised_words for a in fact.revised}
            role |= {a: "disputes it" for a in fact.disputing}
            rows = []
            for step in fact.history:
                side = sides.get(step.article)
                if side is None:
                    continue
                mark = mark_of(incident.id, fact.kind, side)
                if verified_only and (mark is None or mark.status != "verified"):
                    continue
                symbol = STATUS_SYMBOLS[mark.status if mark else "unverified"].strip() or "·"
                written = f", {step.written}" if step.written else ""
                rows.append(
                    f"  - {symbol} *{md(step.article)}*{written}: "
                    f"**{md(value_of(fact.kind, side.value))}** ({role.get(step.article, '')})"
                    f" — “{md(side.text)}”{mark_md(mark)}"
                )
            if not rows:
                continue
            told = len(fact.history)
            how = f"{len(fact.agreeing)} of {told} agree"
            if fact.revised:
                how += f", {len(fact.revised)} gave {fact.revised_words}"
            if fact.disputing:
                how += f", {len(fact.disputing)} dispute{'s' * (len(fact.disputing) == 1)}"
            latest = f" (latest, {fact.latest})" if fact.latest else ""
            body.append(
                f"- **{labels.get(fact.kind, fact.kind)}**: {STANDING_WORDS[fact.standing]}"
                f" — **{md(value_of(fact.kind, fact.value))}**{latest}; {how}"
            )
            body += rows
        if alone:
            body.append(f"- told by one report only: {', '.join(alone)}")
        if body:
            where = " · ".join(x for x in (incident.date_label(), incident.place or "") if x)
            lines += ["", f"## Incident {md(incident.id)} · {md(where)}", "", *body]
    return lines


def _statements(comparison: Comparison) -> dict[tuple[str, str], dict[str, PairSide]]:
    """(incident, kind) -> each report's final statement of the fact (the comparison lists the
    finals' pairs before their echoes), as the reader's table shows it."""
    out: dict[tuple[str, str], dict[str, PairSide]] = {}
    for pair in comparison.pairs:
        if pair.kind == "timeline":
            continue
        row = out.setdefault((pair.incident, pair.kind), {})
        for side in (pair.a, pair.b):
            row.setdefault(side.article, side)
    for only in comparison.only:
        side = PairSide(only.article, only.value, only.text, only.start, only.end)
        out.setdefault((only.incident, only.kind), {}).setdefault(only.article, side)
    return out


def _marks(articles: Sequence[MarkedArticle]) -> dict[tuple[str, str, int, int], Mark | None]:
    """(report, kind, start, end) -> the mark of the fact there."""
    return {
        (art.analysis.report.id, fact.kind, fact.start, fact.end): mark
        for art in articles
        for fact, mark in zip(art.analysis.facts, art.fact_marks, strict=True)
    }


def _marked(mark: Mark) -> bool:
    """Whether a mark says anything: a status other than unverified, or a note."""
    return mark.status != "unverified" or bool(mark.note)
