"""Which reports to compare, asked first when there are many: filter by title, outlet or date,
tick the reports, enter compares them (a column per report, so a thousand are never laid out)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.timer import Timer
from textual.widgets import Footer, Input, Label, SelectionList
from textual.widgets.selection_list import Selection
from textual.worker import get_current_worker

from incident_reader.core.model import Report
from incident_reader.ui.literal import one_line

PICK_OVER = 8  # more reports than this: ask which to compare before comparing
PICK_AT_FIRST = 2  # reports ticked when the picker opens: the one being read and the next
# Until the user ticks or unticks one, the ticks follow the filter: what it shows is ticked when it
# shows this many reports or fewer (enter compares what is on screen); when it shows more, the
# opening ticks stay (listed and ticked), never a tick dropped unseen.
TICK_SHOWN_UP_TO = PICK_OVER


# More reports than this: the list follows the filter once typing pauses (FILTER_PAUSE seconds),
# so a burst of keys rebuilds it once and every key reaches the filter as it is typed.
FILTER_AT_ONCE_UP_TO = 200
FILTER_PAUSE = 0.12


def describe_report(report: Report, dated: str | None = None) -> str:
    """A report as the picker lists it, on one line: its date and outlet first (short, and what
    tells apart many reports of one story, whose titles alike are cut at 80 columns), its title.
    ``dated`` is its date as the reader knows it ("2017-04-08 (inferred)") when the file has none.
    """
    day = (report.dct or "")[:10] or (dated or "")
    parts = [day, report.source or "", report.title or report.path.stem]
    return one_line(" · ".join(p for p in parts if p))


def haystack(report: Report, dated: str | None = None) -> str:
    """What the filter's words are looked for in: the line listed and the file name, lower case."""
    return f"{describe_report(report, dated)} {report.path.name}".lower()


def matches(report: Report, words: str, dated: str | None = None) -> bool:
    """Whether every word of the filter is in the report's title, outlet, file name or date."""
    told = haystack(report, dated)
    return all(w in told for w in words.lower().split())


def narrows(before: str, after: str) -> bool:
    """Whether every report filter ``after`` shows is shown by ``before`` (letters typed on:
    each word of ``before`` is within the word of ``after`` in its place)."""
    old, new = before.lower().split(), after.lower().split()
    return len(old) <= len(new) and all(o in n for o, n in zip(old, new, strict=False))


class TickList(SelectionList[str]):
    """A selection list whose box shows ✓ when ticked and stays empty when not: Textual draws
    ▐X▌ for both and tells them apart by colour alone, so every report looked ticked."""

    def render_line(self, y: int) -> Strip:
        """The line as Textual draws it, with the box's inner character saying its state."""
        line = super().render_line(y)
        segments = list(line)
        if len(segments) < 4 or segments[1].text != "X":
            return line  # not a selection's line (past the last option)
        index = round(self.scroll_offset.y) + y
        ticked = self.get_option_at_index(index).value in self._selected
        segments[1] = segments[1]._replace(text="✓" if ticked else " ")
        return Strip(segments, line.cell_length)


class FilterInput(Input):
    """The filter: a key typed redraws the field, not the screen's layout (Textual's Input asks
    for a layout pass at every key to size its scroll area, a whole-screen pass over a list of a
    thousand reports; the field's own size never follows its text here)."""

    def _watch_value(self, value: str) -> None:
        # the scroll area's new width, set before Input's watcher sets it (then unchanged: no
        # layout pass); the cursor's scrolling reads it as before
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)
        self.refresh()


class ComparePicker(ModalScreen[tuple[str, ...] | None]):
    """Tick the reports to compare; the filter narrows the list, enter compares, escape cancels."""

    DEFAULT_CSS = """
    ComparePicker { align: center middle; }
    ComparePicker > #compare-picker { width: 80%; height: 80%; border: round $accent; }
    ComparePicker #compare-picker-list { height: 1fr; }
    /* The cursor's whole line, focused or not (Textual's own shows in the tick box alone). */
    ComparePicker #compare-picker-list > .option-list--option-highlighted {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: bold;
    }
    ComparePicker #compare-picker-list:blur > .option-list--option-highlighted {
        background: $block-cursor-blurred-background;
        color: $foreground;
        text-style: none;
    }
    """

    # Space ticks, as the title says (in the filter it typed a space); typing goes to the filter.
    AUTO_FOCUS = "#compare-picker-list"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="compare_pick.cancel", tooltip="Do not compare"),
        Binding(
            "ctrl+s", "choose", "Compare", id="compare_pick.choose", tooltip="Compare the ticked"
        ),
    ]

    def __init__(
        self,
        reports: Sequence[Report],
        current: int = 0,
        dates: Mapping[str, str] | None = None,
    ) -> None:
        """``dates``: report id -> its date as the reader knows it, for reports whose file has
        none ("2017-04-08 (inferred)")."""
        super().__init__()
        self.reports = tuple(reports)
        self._dates = dict(dates or {})
        self._lines = {r.id: describe_report(r, self._dates.get(r.id)) for r in self.reports}
        self._haystacks = {r.id: haystack(r, self._dates.get(r.id)) for r in self.reports}
        self._applied = ""  # the filter the list shows
        self._matched: list[str] = [r.id for r in self.reports]  # the reports it matches
        self._pending: Timer | None = None
        first = current % len(self.reports) if self.reports else 0
        ticked = [self.reports[(first + k) % len(self.reports)].id for k in range(PICK_AT_FIRST)]
        self._opening = ticked  # what an empty filter ticks until the user ticks
        self.chosen: list[str] = ticked
        self.suggested = True  # the ticks are the picker's, not yet the user's

    def compose(self) -> ComposeResult:
        with Vertical(id="compare-picker"):
            yield Label(
                f"{len(self.reports)} reports: tick the ones to compare (space), type to filter "
                "(down returns to the list), then enter",
                id="compare-picker-title",
            )
            yield FilterInput(
                placeholder="filter by title, outlet or date",
                id="compare-picker-filter",
                select_on_focus=False,  # a letter typed on the list goes in first (on_key)
            )
            yield TickList(*self._selections(""), id="compare-picker-list")
        yield Footer(compact=True)  # its own keys, not the reader's

    class DatesInferred(Message):
        """The dates inferred for reports whose file has none and the reader had not analysed."""

        def __init__(self, dates: dict[str, str]) -> None:
            super().__init__()
            self.dates = dates

    def on_mount(self) -> None:
        """Infer the dates the list still lacks, off the interface thread."""
        if any(not r.dct and r.id not in self._dates for r in self.reports):
            self._infer_dates()

    @work(thread=True, exclusive=True, group="picker-dates")
    def _infer_dates(self) -> None:
        from incident_reader.core.analysis import resolve_dct  # the tagger: loaded on use

        worker = get_current_worker()
        found: dict[str, str] = {}
        for report in self.reports:
            if worker.is_cancelled:
                return
            if report.dct or report.id in self._dates:
                continue
            dct, source, _note = resolve_dct(report)
            if dct:
                found[report.id] = f"{dct[:10]} ({source.value})"
        if found:
            self.post_message(self.DatesInferred(found))

    @on(DatesInferred)
    def _dates_inferred(self, message: DatesInferred) -> None:
        """List the inferred dates; the filter is looked for in them too."""
        by_id = {r.id: r for r in self.reports}
        for rid, day in message.dates.items():
            if rid in self._dates:
                continue  # the reader's own (a user's date) stays
            self._dates[rid] = day
            self._lines[rid] = describe_report(by_id[rid], day)
            self._haystacks[rid] = haystack(by_id[rid], day)
        words = self._words()  # matched again, in the new dates too
        self._matched = self._search(words, [r.id for r in self.reports])
        self._applied = words
        listing = self.listing
        highlighted = listing.highlighted
        listing.clear_options()
        listing.add_options(self._selections(words))
        if highlighted is not None and highlighted < listing.option_count:
            listing.highlighted = highlighted

    def on_key(self, event: events.Key) -> None:
        """A printable key the list does not use (not space) types into the filter; down in the
        filter goes back to the list, where space ticks (in the filter it types a space)."""
        field = self.query_one("#compare-picker-filter", Input)
        if field.has_focus and event.key == "down":
            event.stop()
            event.prevent_default()
            listing = self.listing
            if listing.highlighted is None and listing.option_count:
                listing.highlighted = 0  # the rebuilt list has no cursor: space would do nothing
            listing.focus()
            return
        if field.has_focus or not event.is_printable or event.character in (None, " "):
            return
        event.stop()
        event.prevent_default()
        field.focus()
        field.insert_text_at_cursor(event.character)

    def _matching(self, words: str) -> list[str]:
        """The ids of the reports the filter shows, in corpus order: looked for among those the
        filter applied last shows when the new one only narrows it (letters typed on)."""
        if words == self._applied:
            return self._matched
        pool = self._matched if narrows(self._applied, words) else [r.id for r in self.reports]
        return self._search(words, pool)

    def _search(self, words: str, pool: Sequence[str]) -> list[str]:
        """The reports of ``pool`` whose line or file name holds every word of ``words``."""
        wanted = words.lower().split()
        return [x for x in pool if all(w in self._haystacks[x] for w in wanted)]

    def _selections(self, words: str) -> list[Selection[str]]:
        shown = set(self._matching(words)) | set(self.chosen)
        return [
            Selection(self._lines[r.id], r.id, r.id in self.chosen)
            for r in self.reports
            if r.id in shown
        ]

    @property
    def listing(self) -> SelectionList[str]:
        """The list of reports shown."""
        return self.query_one("#compare-picker-list", SelectionList)

    def _suggestion(self, words: str) -> list[str]:
        """The ticks a filter brings before the user ticks: what it shows when few enough to
        compare, else the opening two (no filter, or one showing many: they stay ticked and
        listed, so a tick never goes unseen)."""
        if not words.strip():
            return list(self._opening)
        shown = self._matching(words)
        return list(shown) if len(shown) <= TICK_SHOWN_UP_TO else list(self._opening)

    @on(Input.Changed, "#compare-picker-filter")
    def _filter(self, event: Input.Changed) -> None:
        """Many reports: the list follows once typing pauses (the filter shows every key at
        once); few: at every key."""
        if self._pending is not None:
            self._pending.stop()
            self._pending = None
        if len(self.reports) <= FILTER_AT_ONCE_UP_TO:
            self._apply(event.value)
        else:
            self._pending = self.set_timer(FILTER_PAUSE, self._apply_typed)

    def _apply_typed(self) -> None:
        self._pending = None
        self._apply(self._words())

    def _apply(self, words: str) -> None:
        """Show (and, before the user ticks, tick) what the filter ``words`` matches."""
        before = list(self.chosen)
        shown_before = set(self._matched) | set(before)
        self._matched = self._matching(words)
        self._applied = words
        if self.suggested:  # the list shows what the filter matches, ticked as it says
            self.chosen = self._suggestion(words)
        matched = self._matched
        if set(matched) | set(self.chosen) == shown_before and self.chosen == before:
            return  # the same reports, ticked the same: the list stays as it is
        listing = self.listing
        listing.clear_options()
        listing.add_options(self._selections(words))

    @property
    def filter_pending(self) -> bool:
        """Whether typed letters wait for the list to follow them."""
        return self._pending is not None

    @on(Input.Submitted, "#compare-picker-filter")
    def _submitted(self) -> None:
        self.action_choose()

    @on(SelectionList.SelectedChanged, "#compare-picker-list")
    def _ticked(self) -> None:
        shown = set(self._matching(self._applied)) | set(self.chosen)
        selected = set(self.listing.selected)
        kept = [x for x in self.chosen if x not in shown or x in selected]
        self.chosen = kept + [x for x in self.listing.selected if x not in kept]

    @on(SelectionList.SelectionToggled, "#compare-picker-list")
    def _user_ticked(self) -> None:
        self.suggested = False  # from now on the ticks are the user's, whatever the filter

    def _words(self) -> str:
        return self.query_one("#compare-picker-filter", Input).value

    def key_enter(self) -> None:
        """Enter compares the ticked reports, wherever the focus is."""
        self.action_choose()

    def action_choose(self) -> None:
        """Compare the ticked reports (two at least), in the corpus order."""
        if self._pending is not None:  # enter typed right after the filter: follow it first
            self._pending.stop()
            self._apply_typed()
        if len(self.chosen) < 2:
            self.notify("Tick two reports or more to compare.", severity="warning", markup=False)
            return
        order = {r.id: n for n, r in enumerate(self.reports)}
        self.dismiss(tuple(sorted(self.chosen, key=order.__getitem__)))

    def action_cancel(self) -> None:
        """Back to the reader without comparing."""
        self.dismiss(None)
