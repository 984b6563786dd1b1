"""One disagreement, one count: a timeline moment that conflicts on the very words a date or
time conflicts on ("just before noon" against "at around 11.30am": the time row, and the moment
row of "noon" against "11.30am") is that disagreement told again, not a second one. The header
counts it once and `f` visits it once (the date or time row); the moment row stays, and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from incident_reader.ui.widgets.compare_table import CompareRow

# The fact kinds a timeline moment can restate: the incident's day and clock.
WHEN_KINDS = ("incident.date", "incident.time")


def mark_restated(rows: Sequence[CompareRow], a: str, b: str, labels: dict[str, str]) -> None:
    """Mark each moment row (of one incident, between reports a and b) that conflicts on the
    words of a date or time row conflicting between the same two reports: ``restates`` names
    that row's kind, and a line under the moment says so."""
    facts = [r for r in rows if r.kind in WHEN_KINDS and r.status == "conflict"]
    for row in rows:
        if row.kind != "timeline" or row.status != "conflict":
            continue
        for fact in facts:
            if all(_overlap(row, fact, article) for article in (a, b)):
                row.restates = fact.kind
                label = labels.get(fact.kind, fact.kind)
                row.summary = f"the {label} conflict above, told in the reports' timelines"
                break


def _overlap(moment: CompareRow, fact: CompareRow, article: str) -> bool:
    """Whether a report's moment and its statement of the fact share words of its text."""
    one, other = moment.sides.get(article), fact.sides.get(article)
    return one is not None and other is not None and one.start < other.end and other.start < one.end


def distinct(rows: Sequence[CompareRow]) -> list[CompareRow]:
    """The rows that are disagreements (or agreements) of their own: every row but a moment
    that restates a date or time row."""
    return [row for row in rows if not row.restates]
