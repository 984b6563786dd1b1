"""Which reports to compare, asked first when there are many: filter by title, outlet or date,
tick the reports, enter compares them (a column per report, so a thousand are never laid out)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Footer, Input, Label, SelectionList
from textual.widgets.selection_list import Selection

from incident_reader.core.model import Report
from incident_reader.ui.literal import one_line

PICK_OVER = 8  # more reports than this: ask which to compare before comparing
PICK_AT_FIRST = 2  # reports ticked when the picker opens: the one being read and the next
# Until the user ticks or unticks one, the ticks follow the filter: what it shows is ticked when it
# shows this many reports or fewer (enter compares what is on screen), nothing when it shows more.
TICK_SHOWN_UP_TO = PICK_OVER


def describe_report(report: Report) -> str:
    """A report as the picker lists it, on one line: its date and outlet first (short, and what
    tells apart many reports of one story, whose titles alike are cut at 80 columns), its title."""
    parts = [(report.dct or "")[:10], report.source or "", report.title or report.path.stem]
    return one_line(" · ".join(p for p in parts if p))


def matches(report: Report, words: str) -> bool:
    """Whether every word of the filter is in the report's title, outlet, file name or date."""
    told = f"{describe_report(report)} {report.path.name}".lower()
    return all(w in told for w in words.lower().split())


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

    def __init__(self, reports: Sequence[Report], current: int = 0) -> None:
        super().__init__()
        self.reports = tuple(reports)
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
            yield Input(
                placeholder="filter by title, outlet or date",
                id="compare-picker-filter",
                select_on_focus=False,  # a letter typed on the list goes in first (on_key)
            )
            yield TickList(*self._selections(""), id="compare-picker-list")
        yield Footer(compact=True)  # its own keys, not the reader's

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

    def _selections(self, words: str) -> list[Selection[str]]:
        return [
            Selection(describe_report(r), r.id, r.id in self.chosen)
            for r in self.reports
            if matches(r, words) or r.id in self.chosen
        ]

    @property
    def listing(self) -> SelectionList[str]:
        """The list of reports shown."""
        return self.query_one("#compare-picker-list", SelectionList)

    def _suggestion(self, words: str) -> list[str]:
        """The ticks a filter brings before the user ticks: the opening two with no filter, else
        what it shows (when few enough to compare), else none."""
        if not words.strip():
            return list(self._opening)
        shown = [r.id for r in self.reports if matches(r, words)]
        return shown if len(shown) <= TICK_SHOWN_UP_TO else []

    @on(Input.Changed, "#compare-picker-filter")
    def _filter(self, event: Input.Changed) -> None:
        if self.suggested:  # the list shows what the filter matches, ticked as it says
            self.chosen = self._suggestion(event.value)
        listing = self.listing
        listing.clear_options()
        listing.add_options(self._selections(event.value))

    @on(Input.Submitted, "#compare-picker-filter")
    def _submitted(self) -> None:
        self.action_choose()

    @on(SelectionList.SelectedChanged, "#compare-picker-list")
    def _ticked(self) -> None:
        shown = {r.id for r in self.reports if matches(r, self._words())} | set(self.chosen)
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
        if len(self.chosen) < 2:
            self.notify("Tick two reports or more to compare.", severity="warning", markup=False)
            return
        order = {r.id: n for n, r in enumerate(self.reports)}
        self.dismiss(tuple(sorted(self.chosen, key=order.__getitem__)))

    def action_cancel(self) -> None:
        """Back to the reader without comparing."""
        self.dismiss(None)
