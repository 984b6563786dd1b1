"""The timeline pane: the report's own moments first, one or two lines each; the same expression
said again grouped under its first mention; dates long before the story and earlier incidents it
recalls folded under headings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.console import Console
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message

from incident_reader.core.store import Mark
from incident_reader.ui.literal import one_line
from incident_reader.ui.marks import mark_cell
from incident_reader.ui.timefmt import clause_span, readable_value
from incident_reader.ui.widgets.row_list import Row, RowList, StyleOf, TextRow

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import ReportAnalysis, TimelineEntry

BACKGROUND = "background"  # the fold key of the earlier incidents' heading
EARLIER = "earlier-dates"  # the fold key of dates long before the story (a ferry built in 1996)
_YEAR_DIGITS = r"\d{2,4}"  # a TIMEX3 value's year, decade ('199') or century ('19')
COMPACT_BELOW = 16  # a list fewer lines high than this shows one line per entry


def group_key(entry: TimelineEntry) -> str:
    """Entries with the same value and the same words ('this morning' x6) share a key."""
    timex = entry.timex
    return f"{timex.value}|{timex.mod or ''}|{' '.join(one_line(timex.text).lower().split())}"


class TimelineRow(Row):
    """A timeline entry: its time and words, then (unless compact) its note or clause."""

    compact = False  # set by the list when it is too low for two lines an entry

    def __init__(self, entry: TimelineEntry, clause: str, background: bool) -> None:
        self.entry = entry
        self.clause = one_line(clause)
        # where the expression stands in its clause: a narrow pane shows the words around it
        self.at = self.clause.find(one_line(entry.timex.text))
        self.background = background
        self.span = (entry.start, entry.end)
        self.mark: Mark | None = None  # the reviewer's verdict, set by the screen
        self.repeats = 1  # more than one: the head of a group of the same expression
        self.folded = True  # a group head: whether its other mentions are hidden
        self.member = False  # a later mention, shown under its open group's head

    @property
    def fold_key(self) -> str | None:
        """The group this row heads and can fold, if it heads one."""
        return group_key(self.entry) if self.repeats > 1 else None

    @property
    def _note(self) -> str:
        return one_line(self.mark.note) if self.mark is not None and self.mark.note else ""

    def height(self, width: int) -> int:
        return 1 if self.compact and not self._note else 2  # a note always gets its line

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        timex = self.entry.timex
        indent = "  " if self.member else ""
        head = Text(indent, end="")
        head.append_text(mark_cell(self.mark, style_of))
        if not self.member:
            local = self.entry.local  # a clock told in another zone, at the incident's time
            when = readable_value(local or timex.value, timex.mod)
            zone = f" {self.entry.zone}" if self.entry.zone and not local else ""
            head.append(when + zone, style_of("time"))
            head.append("  ")
        head.append(one_line(timex.text), style_of("words"))
        if self.repeats > 1:
            sign = "▸" if self.folded else "▾"
            head.append(f"  {sign} {self.repeats} mentions", style_of("subheader"))
        head.truncate(width, overflow="ellipsis")
        if self.compact and not self._note:
            return [head]
        second = Text(indent + "  ", end="")
        if self._note:  # the reviewer's words first: they are what a narrow pane must show
            second.append(f"✎ {self._note}", style_of("note"))
            second.append("  ")
        if not self.compact:
            second.append(self._clause_around(width - second.cell_len), style_of("dim"))
        second.truncate(width, overflow="ellipsis")
        return [head, second]

    def _clause_around(self, room: int) -> str:
        """The clause, opened with "…" where its start must go for the expression to show in
        ``room`` cells ("…said: 'On Wednesday 22 March, at 2.40pm, ..." rather than the first
        words alone); whole when it fits or the expression is near its start."""
        clause, at = self.clause, self.at
        if at < 0 or len(clause) <= room or at + len(self.entry.timex.text) + 2 <= room:
            return clause
        start = max(0, at - room // 3)
        start = clause.find(" ", start, at) + 1 or start  # at a word's start
        return "…" + clause[start:]


class FoldRow(TextRow):
    """A heading that folds the rows under it (enter, space or a click toggles)."""

    def __init__(self, key: str, label: str, folded: bool) -> None:
        super().__init__(f"{'▸' if folded else '▾'} {label}", "background", selectable=True)
        self.fold_key = key
        self.folded = folded


def _grouped(
    entries: list[TimelineEntry], text: str, background: bool, unfolded: Iterable[str]
) -> list[Row]:
    """Rows in timeline order, each repeated expression at its first mention, folded or not."""
    open_keys = set(unfolded)
    members: dict[str, list[TimelineEntry]] = {}
    for entry in entries:
        members.setdefault(group_key(entry), []).append(entry)
    rows: list[Row] = []
    for key, group in members.items():  # dicts keep the order of first mentions
        start, end = clause_span(group[0], text)
        head = TimelineRow(group[0], text[start:end], background)
        head.repeats = len(group)
        head.folded = key not in open_keys
        rows.append(head)
        if head.repeats > 1 and not head.folded:
            for entry in group[1:]:
                start, end = clause_span(entry, text)
                member = TimelineRow(entry, text[start:end], background)
                member.member = True
                rows.append(member)
    return rows


def fold_key_of(row: Row | None) -> str | None:
    """The fold a row heads (a heading, or the first mention of a repeated expression)."""
    if isinstance(row, FoldRow):
        return row.fold_key
    if isinstance(row, TimelineRow):
        return row.fold_key
    return None


def timeline_rows(analysis: ReportAnalysis, unfolded: Iterable[str] = ()) -> list[Row]:
    """The rows shown: the report's own moments, then the earlier incidents' folded heading."""
    if not analysis.timeline:
        return [TextRow("No times found in this report.", "dim")]
    open_keys = set(unfolded)
    text = analysis.report.text
    earlier = {i.id for i in analysis.incidents if not i.main}
    own = [e for e in analysis.timeline if e.incident not in earlier]
    recalled = [e for e in analysis.timeline if e.incident in earlier]
    story_year = _last_year(analysis.dct or "")
    before = [e for e in own if _long_before(e, story_year)]
    if len(before) < len(own):  # the story's own moments first; dates long before fold away
        own = [e for e in own if not _long_before(e, story_year)]
    else:
        before = []
    rows = _grouped(own, text, False, open_keys)
    if before:
        dates = "date" if len(before) == 1 else "dates"
        label = f"Earlier {dates} it mentions: {len(before)}"
        rows.append(FoldRow(EARLIER, label, EARLIER not in open_keys))
        if EARLIER in open_keys:
            rows += _grouped(before, text, True, open_keys)
    if recalled:
        count = len({e.incident for e in recalled})
        times = "time" if len(recalled) == 1 else "times"
        incidents = "incident" if count == 1 else "incidents"
        main = next((i for i in analysis.incidents if i.main), None)
        told = {e.incident for e in recalled}
        later = [i for i in analysis.incidents if i.id in told and main and i.after(main)]
        if not later:
            label = f"Earlier {incidents} it recalls: {count} ({len(recalled)} {times})"
        else:  # "a separate attack the next day" is no earlier incident
            other = "Later" if len(later) == count else "Other"
            label = f"{other} {incidents} it tells: {count} ({len(recalled)} {times})"
        folded = BACKGROUND not in open_keys
        rows.append(FoldRow(BACKGROUND, label, folded))
        if not folded:
            rows += _grouped(recalled, text, True, open_keys)
    return rows


def _last_year(value: str) -> int | None:
    """The last year a TIMEX3 value can fall in ('1996' 1996, '2024-08-09' 2024, the decade
    '199' 1999, the century '19' 1999); None for a value with no year ('XXXX-08', 'P3D')."""
    digits = re.match(_YEAR_DIGITS, value)  # compiled on first use (timefmt)
    if digits is None:
        return None
    scale = 10 ** (4 - len(digits[0]))
    return (int(digits[0]) + 1) * scale - 1


def _long_before(entry: TimelineEntry, story_year: int | None) -> bool:
    """A date that ends before the year before the story's (a building's age, an old trial): it
    is background, not one of the story's moments."""
    last = _last_year(entry.timex.value)
    return story_year is not None and last is not None and last < story_year - 1


class TimelineList(RowList):
    """The extracted timeline of the selected report, with folds that remember being opened."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "space",
            "fold",
            "Fold",
            show=False,
            id="timeline.fold",
            tooltip="Open or close the group or heading under the cursor",
        ),
        Binding("right", "fold(True)", "Open", show=False, id="timeline.unfold"),
        Binding("left", "fold(False)", "Close", show=False, id="timeline.fold_close"),
    ]

    class FoldToggled(Message):
        """The user opened or closed a fold: the screen shows the rows again."""

        def __init__(self, timeline: TimelineList, key: str) -> None:
            self.timeline = timeline
            self.key = key
            super().__init__()

        @property
        def control(self) -> TimelineList:
            return self.timeline

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, classes=classes)
        self.unfolded: set[str] = set()  # fold keys opened for the report shown
        self.hidden: list[TimelineRow] = []  # rows of folded entries: their marks still count

    def set_rows(
        self, rows: Sequence[Row], cursor: int | None = None, keep_scroll: bool = False
    ) -> None:
        compact = 0 < self.size.height < COMPACT_BELOW
        for row in rows:
            if isinstance(row, TimelineRow):
                row.compact = compact
        super().set_rows(rows, cursor, keep_scroll)

    def all_rows(self) -> list[Row]:
        """The rows shown and the folded entries' rows (marks are painted on both)."""
        return [*self.rows, *self.hidden]

    def toggle(self, key: str) -> None:
        """Open a fold, or close it."""
        self.unfolded.symmetric_difference_update({key})

    def action_fold(self, open_it: bool | None = None) -> None:
        """Open or close the fold under the cursor (a member row closes its group)."""
        row = self.current
        key = fold_key_of(row)
        if key is None and isinstance(row, TimelineRow) and row.member:
            key = group_key(row.entry)
        if key is None:
            return
        is_open = key in self.unfolded
        if open_it is None or open_it != is_open:
            self.toggle(key)
            self.post_message(self.FoldToggled(self, key))

    def rows_for(self, analysis: ReportAnalysis, keep_folds: bool) -> list[Row]:
        """The rows to show for ``analysis`` (folds as the user left them if ``keep_folds``);
        the folded entries' rows are kept in ``hidden``."""
        if not keep_folds:
            self.unfolded = set()
        rows = timeline_rows(analysis, self.unfolded)
        shown = {r.span for r in rows if isinstance(r, TimelineRow)}
        everything = timeline_rows(analysis, self._every_key(analysis))
        self.hidden = [r for r in everything if isinstance(r, TimelineRow) and r.span not in shown]
        return rows

    @staticmethod
    def _every_key(analysis: ReportAnalysis) -> set[str]:
        return {BACKGROUND, EARLIER, *(group_key(e) for e in analysis.timeline)}

    def on_resize(self, event: events.Resize) -> None:
        compact = event.size.height < COMPACT_BELOW
        rows = [r for r in self.rows if isinstance(r, TimelineRow)]
        if rows and rows[0].compact != compact:
            for row in rows:
                row.compact = compact
            self.replace_row(0, self.rows[0])  # every row laid out again at its new height
        # RowList.on_resize runs after this (Textual calls each class's handler)
