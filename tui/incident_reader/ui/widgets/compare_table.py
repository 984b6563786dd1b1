"""The aligned facts and timeline of the reports shown: kind, each report's value, the status
between any two of them, and (three or more reports) how all of them stand on the fact."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rich.console import Console
from rich.text import Text

from incident_reader.core.align import ComparisonIndex
from incident_reader.core.align.summary import describe, history_text
from incident_reader.core.model import (
    FACT_KINDS,
    STATUS_SYMBOLS,
    FactPair,
    OnlyFact,
    PairSide,
    SharedIncident,
)
from incident_reader.ui.literal import one_line
from incident_reader.ui.marks import status_component, status_symbol
from incident_reader.ui.widgets.compare_source import STATUSES
from incident_reader.ui.widgets.fact_list import KIND_LABELS, readable_fact_value
from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf, TextRow

Item = FactPair | OnlyFact
RowKey = tuple[str, str, int]  # (incident, kind, n): n tells a report's timeline moments apart
KIND_WIDTH = 10
# Kind labels short enough for the table's kind column (the facts pane has the long ones).
SHORT_LABELS: dict[str, str] = {
    **KIND_LABELS,
    "casualties.hospitalised": "hospital",
    "suspect.age": "age",
    "speed": "speed",
    "timeline": "moment",
}
SYMBOL_WIDTH = 2
MARK_WIDTH = 2  # each value's mark symbol (✓ ✗ ?) and ✎ when it carries a note, or a space
# Fewest characters of a value worth a column ("at least…", "2016-11-09"): narrower than this, the
# table shows the two reports side by side only; the row's summary line tells the others.
MIN_VALUE_CHARS = 9
StatusOf = Callable[[PairSide, str], str]  # a statement's mark status, given the row's kind


def row_key(item: Item) -> RowKey:
    """The table row an item of the comparison belongs to (a fact kind, or one timeline moment)."""
    return (item.incident, item.kind, id(item) if item.kind == "timeline" else 0)


def side_label(side: PairSide, kind: str) -> str:
    """What a report says, short: the value of a fact, the words of a timeline moment."""
    if kind == "timeline":
        return one_line(side.text)
    return one_line(readable_fact_value(side.value))


@dataclass
class CompareRow(Row):
    """One aligned fact or moment: the status between the two reports shown and every value."""

    key: RowKey
    kind: str
    status: str  # between the reports side by side; "" when neither of them states it
    sides: dict[str, PairSide]  # report id -> its statement
    columns: tuple[str, ...]  # report ids, the two side by side first
    marks: dict[str, str] = field(default_factory=dict)  # report id -> its statement's status
    notes: frozenset[str] = frozenset()  # report ids whose statement carries a note (✎)
    summary: str = ""  # the fact across all its reports (3 or more): agreed by k of n, history
    # the label of each two reports of ``columns`` that both tell the fact
    pair_statuses: dict[frozenset[str], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.selectable = True
        self.span = None

    def height(self, width: int) -> int:
        """One line, and one more for the fact-level summary when three or more reports tell it."""
        return 2 if self.summary else 1

    def shown_status(self, columns: tuple[str, ...]) -> str:
        """The row's label from the reports whose columns are on screen: where the table is too
        narrow for every report, a report out of sight does not paint the two side by side (the
        summary line tells how all reports stand)."""
        if columns == self.columns or not self.pair_statuses:
            return self.status
        return worst_status(self.pair_statuses, set(columns)) or (
            "only" if sum(c in self.sides for c in columns[:2]) == 1 else ""
        )

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        columns = shown_columns(width, self.columns)
        row_status = self.shown_status(columns)
        symbol = STATUS_SYMBOLS.get(row_status, " ")
        line = Text(end="", no_wrap=True)
        line.append(f"{symbol} ", style_of(f"cmp-{row_status}") if row_status else None)
        label = SHORT_LABELS.get(self.kind, self.kind)
        line.append(label[:KIND_WIDTH].ljust(KIND_WIDTH + 1), style_of("subheader"))
        cell = column_width(width, len(columns))
        for n, article in enumerate(columns):
            side = self.sides.get(article)
            status = self.marks.get(article, "unverified")
            noted = "✎" if article in self.notes else " "
            line.append(f"{status_symbol(status)}{noted}", style_of(status_component(status)))
            value = side_label(side, self.kind) if side else "·"
            room = cell - MARK_WIDTH
            if len(value) > room - 1:
                value = value[: max(0, room - 2)] + "…"
            conflict = row_status == "conflict" and n < 2
            style = style_of(f"cmp-{row_status}") if conflict else None
            line.append(value.ljust(room), style)
        line.truncate(width, overflow="ellipsis")
        if not self.summary:
            return [line]
        note = Text(" " * (SYMBOL_WIDTH + KIND_WIDTH + 1) + self.summary, style_of("dim"), end="")
        note.truncate(width, overflow="ellipsis")
        return [line, note]


def shown_columns(width: int, columns: tuple[str, ...]) -> tuple[str, ...]:
    """Every report's column where each value gets MIN_VALUE_CHARS, else the two side by side."""
    if column_width(width, len(columns)) - MARK_WIDTH - 1 >= MIN_VALUE_CHARS:
        return columns
    return columns[:2]


def column_width(width: int, columns: int) -> int:
    """Cells per report column once the symbol and the kind have their place."""
    return max(4, (width - SYMBOL_WIDTH - KIND_WIDTH - 1) // max(1, columns))


class ColumnsRow(TextRow):
    """The table's heading: the reports' names above their columns."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__("", "header")
        self.names = tuple(names)

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        line = Text(" " * SYMBOL_WIDTH + "kind".ljust(KIND_WIDTH + 1), style_of("header"), end="")
        names = shown_columns(width, self.names)
        cell = column_width(width, len(names))
        for name in names:
            room = cell - MARK_WIDTH
            label = name if len(name) <= room - 1 else name[: max(0, room - 2)] + "…"
            line.append(" " * MARK_WIDTH + label.ljust(room), style_of("header"))
        line.truncate(width, overflow="ellipsis")
        return [line]


def _incident_label(incident: SharedIncident) -> str:
    where = " · ".join(one_line(p) for p in (incident.date, incident.place) if p)
    return f"Incident {incident.id}" + (f" · {where}" if where else "")


def compare_rows(
    index: ComparisonIndex,
    a: str,
    b: str,
    columns: tuple[str, ...],
    names: Sequence[str],
    keep: Callable[[CompareRow], bool] = lambda row: True,
    status_of: StatusOf | None = None,
    noted_of: Callable[[PairSide, str], bool] | None = None,
) -> tuple[list[Row], dict[RowKey, int]]:
    """Rows for reports a and b side by side (every report in ``columns`` gets a value column,
    each value after its mark symbol when ``status_of`` tells the marks).

    Returns the rows and, for each row key, its row index, so that items in view find their row.
    """
    labels = _row_statuses(index, set(columns))
    summaries = {(f.incident, f.kind): f for f in index.comparison.facts}
    kind_order = {k: n for n, k in enumerate(FACT_KINDS)}
    by_incident: dict[str, list[CompareRow]] = {}
    for (incident, kind), sides in index.statements().items():
        if not any(article in sides for article in columns):
            continue
        shown = {k: v for k, v in sides.items() if k in columns}
        by_pair = labels.get((incident, kind), {})
        here = worst_status(by_pair, set(columns))
        if here is None:
            here = "only" if (a in shown) != (b in shown) else ""
        fact = summaries.get((incident, kind))
        told = f"{describe(fact)} · {history_text(fact)}" if fact and len(fact.history) > 2 else ""
        row = CompareRow((incident, kind, 0), kind, here, shown, columns, summary=told)
        row.pair_statuses = by_pair
        by_incident.setdefault(incident, []).append(row)
    for incident_rows in by_incident.values():
        incident_rows.sort(key=lambda r: kind_order.get(r.kind, len(kind_order)))
    moments = [p for p in index.pairs_between(a, b) if p.kind == "timeline"]
    for pair in sorted(moments, key=lambda p: p.a.start if p.a.article == a else p.b.start):
        sides = {pair.a.article: pair.a, pair.b.article: pair.b}
        by_incident.setdefault(pair.incident, []).append(
            CompareRow(row_key(pair), "timeline", pair.status, sides, columns)
        )
    rows: list[Row] = [ColumnsRow(names)]
    keys: dict[RowKey, int] = {}
    for shared in index.comparison.incidents:
        kept = [r for r in by_incident.get(shared.id, ()) if keep(r)]
        if not kept:
            continue
        rows.append(TextRow(_incident_label(shared), "header"))
        for row in kept:
            if status_of is not None:
                row.marks = {x: status_of(side, row.kind) for x, side in row.sides.items()}
            if noted_of is not None:
                row.notes = frozenset(x for x, s in row.sides.items() if noted_of(s, row.kind))
            keys[row.key] = len(rows)
            rows.append(row)
    if len(rows) == 1:
        rows.append(TextRow("Nothing to show with this filter.", "dim"))
    return rows, keys


SEVERITY = {"match": 0, "compatible": 1, "revised": 2, "conflict": 3}


def _row_statuses(
    index: ComparisonIndex, shown: set[str]
) -> dict[tuple[str, str], dict[frozenset[str], str]]:
    """(incident, kind) -> the label of each two of the reports shown that both tell it."""
    labels: dict[tuple[str, str], dict[frozenset[str], str]] = {}
    for pair in index.comparison.pairs:
        if pair.kind == "timeline" or pair.a.article not in shown or pair.b.article not in shown:
            continue
        both = frozenset((pair.a.article, pair.b.article))
        by_pair = labels.setdefault((pair.incident, pair.kind), {})
        was = by_pair.get(both)
        if was is None or SEVERITY.get(pair.status, 0) > SEVERITY.get(was, 0):
            by_pair[both] = pair.status
    return labels


def worst_status(labels: dict[frozenset[str], str], shown: set[str]) -> str | None:
    """The worst label between any two of the reports shown: a conflict with a third report on
    screen shows on the row without bringing that report beside."""
    told = [status for both, status in labels.items() if both <= shown]
    return max(told, key=lambda s: SEVERITY.get(s, 0)) if told else None


class CompareTable(RowList):
    """The facts table of the comparison: j/k move, the reports scroll to the row's statements."""

    COMPONENT_CLASSES: ClassVar[set[str]] = RowList.COMPONENT_CLASSES | {
        f"row-list--cmp-{status}" for status in STATUSES
    }
