"""The aligned facts and timeline of the reports shown: kind, each report's value, the status
between any two of them, and (three or more reports) how all of them stand on the fact."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rich.console import Console
from rich.text import Text

from incident_reader.core.align import ComparisonIndex
from incident_reader.core.align.summary import describe, history_text, identical
from incident_reader.core.model import (
    FACT_KINDS,
    STATUS_SYMBOLS,
    FactPair,
    FactStanding,
    FactSummary,
    FactValue,
    OnlyFact,
    PairSide,
    SharedIncident,
)
from incident_reader.ui.literal import one_line
from incident_reader.ui.marks import status_component, status_symbol
from incident_reader.ui.widgets.compare_source import STATUSES
from incident_reader.ui.widgets.fact_list import KIND_LABELS, readable_fact_value
from incident_reader.ui.widgets.fit import fit, fit_lines
from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf, TextRow
from incident_reader.ui.widgets.same_disagreement import mark_restated

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
# Kinds whose values are figures (dates, clocks, counts, ages): never cut for want of room.
FIGURE_KINDS = frozenset({
    "incident.date", "incident.time", "casualties.killed", "casualties.injured",
    "casualties.hospitalised", "arrests", "suspect.age", "speed",
})  # fmt: skip
OWN_CONFLICT = "‼"  # after a value its own report contradicts (a line under the row says how)
# Each value's mark: its symbol (✓ ✗ ?) or a space, then a space; in a table where a statement
# carries a note, one more cell for ✎ (or a space) after every symbol: "✓✎ 7" and "✓  7", so a
# note never moves its value off the column nor takes a character from it (ColumnNeeds.mark).
MARK_WIDTH = 2
# Fewest characters of a value worth a column ("at least…", "2016-11-09"): narrower than this, the
# table shows the two reports side by side only; the row's summary line tells the others.
MIN_VALUE_CHARS = 9
SUMMARY_INDENT = SYMBOL_WIDTH + KIND_WIDTH + 1  # the summary line starts under the values
# a statement's mark status, given the row's kind and incident
StatusOf = Callable[[PairSide, str, str], str]


@dataclass
class ColumnNeeds:
    """The longest value in each report's column, shared by the table's rows: the width left
    after the symbol and the kind goes first to the columns whose values are short (whole), the
    rest is shared by the others; unknown (a row built alone), the columns share it evenly."""

    chars: dict[str, int] = field(default_factory=dict)
    # the longest figure (a date, a clock, a count, an age) in each column: shown whole first,
    # the words of places, vehicles and moments are the ones cut
    firm: dict[str, int] = field(default_factory=dict)
    noted: bool = False  # a statement of the table carries a note: every mark has room for ✎

    @property
    def mark(self) -> int:
        """Cells before each value: its mark symbol, ✎ in a table with notes, and a space."""
        return MARK_WIDTH + self.noted

    def shown(self, width: int, columns: Sequence[str]) -> tuple[str, ...]:
        """The report columns shown at a width: every one when each gets MIN_VALUE_CHARS and
        shows its figures whole, else the most (in order) that do, the two side by side at
        least: a date or count is never cut to fit a column in (the row's summary line and
        "stated only by" tell the reports left out)."""
        columns = tuple(columns)
        if not columns or any(c not in self.chars for c in columns):
            return shown_columns(width, columns, self.mark)
        for count in range(len(columns), 2, -1):
            if column_width(width, count, self.mark) - self.mark - 1 < MIN_VALUE_CHARS:
                continue
            cells = self.cells(width, columns[:count])
            floors = (self.firm.get(c, 0) + self.mark + 1 for c in columns[:count])
            if all(cell >= floor for cell, floor in zip(cells, floors, strict=True)):
                return columns[:count]
        return columns[:2]

    def cells(self, width: int, columns: Sequence[str]) -> list[int]:
        """Cells per report column (its mark, its value and a space) at a table width."""
        if not columns or any(c not in self.chars for c in columns):
            return [column_width(width, len(columns), self.mark)] * len(columns)
        left = width - SYMBOL_WIDTH - KIND_WIDTH - 1
        wants = [self.chars[c] + self.mark + 1 for c in columns]
        cells = [0] * len(columns)
        remaining = len(columns)
        for n in sorted(range(len(columns)), key=lambda n: wants[n]):
            cells[n] = max(4, min(wants[n], left // remaining))
            left -= cells[n]
            remaining -= 1
        for n in range(max(0, left)):  # room to spare: spread over the columns, left first
            cells[n % len(cells)] += 1
        return self._figures_whole(cells, columns)

    def _figures_whole(self, cells: list[int], columns: Sequence[str]) -> list[int]:
        """Cells moved from columns wider than their figures need to those whose figures would
        be cut, as far as they go (a date beside a long place name: the place is cut)."""
        floors = [self.firm.get(c, 0) + self.mark + 1 for c in columns]
        for n in range(len(cells)):
            for m in range(len(cells)):
                short = floors[n] - cells[n]
                if short <= 0:
                    break
                spare = cells[m] - max(floors[m], 4) if m != n else 0
                if spare > 0:
                    moved = min(short, spare)
                    cells[m] -= moved
                    cells[n] += moved
        return cells

    def width(self, columns: Sequence[str]) -> int:
        """The row width at which every value of the columns shows whole (0: unknown)."""
        if not columns or any(c not in self.chars for c in columns):
            return 0
        wants = sum(self.chars[c] + self.mark + 1 for c in columns)
        return SYMBOL_WIDTH + KIND_WIDTH + 1 + wants

    def firm_width(self, columns: Sequence[str]) -> int:
        """The row width at which the figures of the columns show whole (0: unknown)."""
        if not columns or any(c not in self.chars for c in columns):
            return 0
        wants = sum(self.firm.get(c, 1) + self.mark + 1 for c in columns)
        return SYMBOL_WIDTH + KIND_WIDTH + 1 + wants


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
    # the two reports of each conflict between reports on screen other than the two side by side
    elsewhere: tuple[tuple[str, str], ...] = ()
    needs: ColumnNeeds = field(default_factory=ColumnNeeds)  # the table's, one for every row
    # report id -> a line saying the values of the fact it states that contradict each other
    # (its own internal conflict); its value carries OWN_CONFLICT
    own: dict[str, str] = field(default_factory=dict)
    # a timeline moment whose conflict is a date or time row's (same_disagreement): that kind
    restates: str = ""

    def __post_init__(self) -> None:
        self.selectable = True
        self.span = None

    def height(self, width: int) -> int:
        """One line, the fact-level summary's (wrapped) when three or more reports tell it, and
        a line per report shown that contradicts itself on the fact."""
        return 1 + len(self._summary_lines(width))

    def _summary_lines(self, width: int) -> list[str]:
        """The summary wrapped under the values (never cut: it holds the figures' history), then
        the reports' own conflicts."""
        room = max(10, width - SUMMARY_INDENT)
        shown = self.needs.shown(width, self.columns)
        told = [self.summary] if self.summary else []
        told += [self.own[a] for a in shown if a in self.own and a in self.sides]
        return [part for text in told for part in textwrap.wrap(text, room, break_on_hyphens=False)]

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        columns = self.needs.shown(width, self.columns)
        mark = self.needs.mark
        row_status = self.status  # between the two side by side, as f and the header count
        disputing = {article for pair in self.elsewhere for article in pair}
        symbol = STATUS_SYMBOLS.get(row_status, " ")
        line = Text(end="", no_wrap=True)
        line.append(f"{symbol} ", style_of(f"cmp-{row_status}") if row_status else None)
        label = SHORT_LABELS.get(self.kind, self.kind)
        line.append(label[:KIND_WIDTH].ljust(KIND_WIDTH + 1), style_of("subheader"))
        cells = self.needs.cells(width, columns)
        if not any(article in self.sides for article in columns):
            # Only reports out of sight (too narrow for their columns) state it: say so, rather
            # than a row of '·' with no status.
            others = len(self.sides)
            told = f"stated only by {others} other report{'s' * (others != 1)}"
            line.append(" " * mark + told, style_of("dim"))
            columns = ()
        for n, article in enumerate(columns):
            side = self.sides.get(article)
            status = self.marks.get(article, "unverified")
            noted = ("✎" if article in self.notes else " ") if self.needs.noted else ""
            # "✓✎ 7", never "✓✎7" (one value)
            line.append(f"{status_symbol(status)}{noted} ", style_of(status_component(status)))
            value = side_label(side, self.kind) if side else "·"
            room = cells[n] - mark
            if article in self.own and side:  # the report says otherwise too: a line below
                value = fit(value, room - 1 - len(OWN_CONFLICT)) + OWN_CONFLICT
            value = fit(value, room - 1)  # its words cut, never its figures
            # A conflict's values are painted: the two side by side's, or two others' on screen.
            conflict = (row_status == "conflict" and n < 2) or article in disputing
            style = style_of("cmp-conflict") if conflict else None
            line.append(value.ljust(room), style)
        line.truncate(width, overflow="ellipsis")
        notes = []
        warning = False
        for part in self._summary_lines(width):
            warning = warning or part.startswith(OWN_CONFLICT)  # and the lines it wraps onto
            note = Text(
                " " * SUMMARY_INDENT + part, style_of("warning" if warning else "dim"), end=""
            )
            note.truncate(width, overflow="ellipsis")
            notes.append(note)
        return [line, *notes]


def shown_columns(width: int, columns: tuple[str, ...], mark: int = MARK_WIDTH) -> tuple[str, ...]:
    """Every report's column where each value gets MIN_VALUE_CHARS, else the two side by side
    (the table's needs unknown; ColumnNeeds.shown when they are)."""
    if column_width(width, len(columns), mark) - mark - 1 >= MIN_VALUE_CHARS:
        return columns
    return columns[:2]


def column_width(width: int, columns: int, mark: int = MARK_WIDTH) -> int:
    """Cells per report column once the symbol and the kind have their place (``mark`` is only
    for the minimum: a column keeps room for its mark and one character)."""
    return max(mark + 2, (width - SYMBOL_WIDTH - KIND_WIDTH - 1) // max(1, columns))


class ColumnsRow(TextRow):
    """The table's heading: the reports' names above their columns."""

    def __init__(
        self,
        names: Sequence[str],
        columns: Sequence[str] = (),
        needs: ColumnNeeds | None = None,
    ) -> None:
        super().__init__("", "header")
        self.names = tuple(names)
        self.columns = tuple(columns)  # the report ids under the names, when the needs are known
        self.needs = needs or ColumnNeeds()

    def shown(self, width: int) -> int:
        """How many report columns the rows show at this width."""
        if len(self.columns) == len(self.names):
            return len(self.needs.shown(width, self.columns))
        return len(shown_columns(width, tuple(self.names), self.needs.mark))

    def _cells(self, width: int) -> list[int]:
        shown = self.shown(width)
        if len(self.columns) == len(self.names):
            return self.needs.cells(width, self.columns[:shown])
        return [column_width(width, shown, self.needs.mark)] * shown

    def _labels(self, width: int) -> list[list[str]]:
        """Each shown report's name on one or two lines: wrapped after a hyphen, so a date in
        the name is never the part cut."""
        names = self.names[: self.shown(width)]
        cells = self._cells(width)
        mark = self.needs.mark
        return [fit_lines(name, cell - mark - 1) for name, cell in zip(names, cells, strict=True)]

    def height(self, width: int) -> int:
        return max((len(label) for label in self._labels(width)), default=1)

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        labels = self._labels(width)
        cells = self._cells(width)
        lines = []
        for n in range(max((len(label) for label in labels), default=1)):
            head = "kind" if n == 0 else ""
            line = Text(" " * SYMBOL_WIDTH + head.ljust(KIND_WIDTH + 1), style_of("header"), end="")
            for label, cell in zip(labels, cells, strict=True):
                part = label[n] if n < len(label) else ""
                mark = self.needs.mark
                line.append(" " * mark + part.ljust(cell - mark), style_of("header"))
            line.truncate(width, overflow="ellipsis")
            lines.append(line)
        return lines


def _incident_label(incident: SharedIncident) -> str:
    when = incident.date_label() if incident.date else None
    where = " · ".join(one_line(p) for p in (when, incident.place) if p)
    return f"Incident {incident.id}" + (f" · {where}" if where else "")


def _summary_line(fact: FactSummary | None) -> str:
    """The fact across its reports (three or more): how they stand, then, when they do not all
    give one value, the figure's history by date (an agreed fact's would repeat its values)."""
    if fact is None or len(fact.history) <= 2:
        return ""
    if fact.standing == FactStanding.AGREED and identical(fact):
        return describe(fact)
    return f"{describe(fact)} · {history_text(fact)}"


def _own_conflict(name: str, kind: str, values: Sequence[FactValue]) -> str:
    """The line telling that a report contradicts itself on a fact, with its values."""
    said = ", ".join(one_line(readable_fact_value(v)) for v in values)
    label = SHORT_LABELS.get(kind, kind)
    return f"{OWN_CONFLICT} {name} contradicts itself on the {label}: {said}"


def compare_rows(
    index: ComparisonIndex,
    a: str,
    b: str,
    columns: tuple[str, ...],
    names: Sequence[str],
    keep: Callable[[CompareRow], bool] = lambda row: True,
    status_of: StatusOf | None = None,
    noted_of: Callable[[PairSide, str, str], bool] | None = None,
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
        # The row's label is the two side by side's, which f steps through and the header counts;
        # a conflict between other reports on screen is told apart (CompareRow.elsewhere).
        here = by_pair.get(frozenset((a, b)))
        if here is None:
            here = "only" if (a in shown) != (b in shown) else ""
        told = _summary_line(summaries.get((incident, kind)))
        row = CompareRow((incident, kind, 0), kind, here, shown, columns, summary=told)
        row.own = {
            article: _own_conflict(name, kind, values)
            for article, name in zip(columns, names, strict=False)
            if article in shown and (values := index.own_conflicts.get((article, incident, kind)))
        }
        row.pair_statuses = by_pair
        row.elsewhere = tuple(
            (x, y) if columns.index(x) < columns.index(y) else (y, x)
            for x, y in (tuple(pair) for pair, label in by_pair.items() if label == "conflict")
            if {x, y} != {a, b}
        )
        by_incident.setdefault(incident, []).append(row)
    for incident_rows in by_incident.values():
        incident_rows.sort(key=lambda r: kind_order.get(r.kind, len(kind_order)))
    moments = [p for p in index.pairs_between(a, b) if p.kind == "timeline"]
    for pair in sorted(moments, key=lambda p: p.a.start if p.a.article == a else p.b.start):
        sides = {pair.a.article: pair.a, pair.b.article: pair.b}
        by_incident.setdefault(pair.incident, []).append(
            CompareRow(row_key(pair), "timeline", pair.status, sides, columns)
        )
    for incident_rows in by_incident.values():  # one disagreement counted and visited once
        mark_restated(incident_rows, a, b, SHORT_LABELS)
    needs = ColumnNeeds({article: 1 for article in columns})  # '·' where a report says nothing
    for incident_rows in by_incident.values():
        for row in incident_rows:
            row.needs = needs
            for article, side in row.sides.items():
                chars = len(side_label(side, row.kind)) + len(OWN_CONFLICT) * (article in row.own)
                needs.chars[article] = max(needs.chars.get(article, 1), chars)
                if row.kind in FIGURE_KINDS:
                    needs.firm[article] = max(needs.firm.get(article, 1), chars)
    rows: list[Row] = [ColumnsRow(names, columns, needs)]
    keys: dict[RowKey, int] = {}
    for shared in index.comparison.incidents:
        kept = [r for r in by_incident.get(shared.id, ()) if keep(r)]
        if not kept:
            continue
        rows.append(TextRow(_incident_label(shared), "header"))
        for row in kept:
            if status_of is not None:
                row.marks = {x: status_of(s, row.kind, row.key[0]) for x, s in row.sides.items()}
            if noted_of is not None:
                row.notes = frozenset(
                    x for x, s in row.sides.items() if noted_of(s, row.kind, row.key[0])
                )
                needs.noted = needs.noted or bool(row.notes)
            keys[row.key] = len(rows)
            rows.append(row)
    if len(rows) == 1:
        rows.append(TextRow("Nothing to show with this filter.", "dim"))
    return rows, keys


def _row_statuses(
    index: ComparisonIndex, shown: set[str]
) -> dict[tuple[str, str], dict[frozenset[str], str]]:
    """(incident, kind) -> the label of each two of the reports shown that both tell it: the
    label of their final statements, the values the row shows (the comparison lists the finals'
    pair first; a repeat worded otherwise, "in Borough Market" beside "London Bridge", does not
    relabel a row whose two values match)."""
    labels: dict[tuple[str, str], dict[frozenset[str], str]] = {}
    for pair in index.comparison.pairs:
        if pair.kind == "timeline" or pair.a.article not in shown or pair.b.article not in shown:
            continue
        by_pair = labels.setdefault((pair.incident, pair.kind), {})
        by_pair.setdefault(frozenset((pair.a.article, pair.b.article)), pair.status)
    return labels


class CompareTable(RowList):
    """The facts table of the comparison: j/k move, the reports scroll to the row's statements."""

    def wanted_width(self) -> int:
        """The table's width (border, gutter and scrollbar included) at which every report's
        column shows its values whole; 0 while it has no comparison."""
        heading = next((row for row in self.rows if isinstance(row, ColumnsRow)), None)
        if heading is None:
            return 0
        inner = heading.needs.width(heading.columns)
        if not inner:
            return 0
        return inner + self._chrome()

    def firm_width(self) -> int:
        """The table's width at which the figures of the two reports side by side show whole;
        0 while it has no comparison."""
        heading = next((row for row in self.rows if isinstance(row, ColumnsRow)), None)
        inner = heading.needs.firm_width(heading.columns[:2]) if heading is not None else 0
        return inner + self._chrome() if inner else 0

    def columns_shown(self) -> int:
        """How many reports the table has a column for at its width now (0: not laid out)."""
        heading = next((row for row in self.rows if isinstance(row, ColumnsRow)), None)
        width = self.scrollable_content_region.width - 1  # as the rows are laid out
        return heading.shown(width) if heading is not None and width > 0 else 0

    def _chrome(self) -> int:
        return self.styles.gutter.width + self.styles.scrollbar_size_vertical + 1

    COMPONENT_CLASSES: ClassVar[set[str]] = RowList.COMPONENT_CLASSES | {
        f"row-list--cmp-{status}" for status in STATUSES
    }
