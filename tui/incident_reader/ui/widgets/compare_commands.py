"""The comparison view's keys, and its command-palette provider offering the same actions."""

from __future__ import annotations

from textual.binding import Binding

from incident_reader.ui.commands import ActionCommands
from incident_reader.ui.keys import UNDO_COMMAND, mark_bindings, mark_commands, undo_binding

COMPARE_BINDINGS: tuple[Binding, ...] = (
    Binding("escape,c", "close", "Back", id="compare.close", tooltip="Back to the reader"),
    Binding(
        "question_mark", "help", "Help", key_display="?", id="compare.help", tooltip="Every key"
    ),
    # The keys that act on the comparison before the ones that move in it: at 80 columns the
    # footer shows the first keys only (FittedFooter), and v and x must stay among them.
    *mark_bindings("compare"),
    Binding("f", "next_conflict", "Next !", id="compare.next_conflict", tooltip="Next conflict"),
    Binding(
        "F",
        "previous_conflict",
        "Prev !",
        id="compare.previous_conflict",
        tooltip="Previous conflict",
    ),
    Binding(
        "s",
        "cycle_filter",
        "Show",
        id="compare.filter",
        tooltip="Show all facts, conflicts only, or those not yet verified",
    ),
    Binding(
        "a", "cycle_a", "Left", id="compare.cycle_a", tooltip="Put the next report on the left"
    ),
    Binding(
        "b", "cycle_b", "Right", id="compare.cycle_b", tooltip="Put the next report on the right"
    ),
    Binding(
        "tab",
        "switch_pane",
        "Pane",
        id="compare.pane",
        tooltip="Switch pane: left report, facts table, right report",
    ),
    Binding("shift+tab", "switch_pane(-1)", "Pane back", show=False, id="compare.pane_back"),
    undo_binding("compare"),
    Binding(
        "e",
        "note",
        "Note",
        id="compare.note",
        tooltip="A note on the row's statements (both reports, or the side chosen with m)",
    ),
    Binding(
        "h",
        "history",
        "History",
        id="compare.history",
        tooltip="Every change to the row's statements, with their report",
    ),
    Binding(
        "m",
        "cycle_side",
        "Side",
        id="compare.mark_side",
        tooltip="What v x i u mark: both reports, report A alone, report B alone",
    ),
)

# (command name, help, screen action)
COMPARE_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Next conflict", "Go to the next conflict between the two reports", "next_conflict"),
    ("Previous conflict", "Go to the previous conflict", "previous_conflict"),
    ("Filter: all / conflicts / not yet verified", "Change which facts are shown", "cycle_filter"),
    ("Next report on the left", "Compare another report (3 or more)", "cycle_a"),
    ("Next report on the right", "Compare another report (3 or more)", "cycle_b"),
    *mark_commands("the row's statement in both reports (or the side chosen with m)"),
    ("Mark one side", "Mark both reports, report A alone or report B alone", "cycle_side"),
    ("Note on the row", "Write a note on the row's statements (the side chosen with m)", "note"),
    ("History of the row", "Every change to the row's statements, with their report", "history"),
    UNDO_COMMAND,
    ("Search the text", "Find words in the report pane last focused", "search"),
    ("Next search hit", "Go to the next hit of the last search", "search_next"),
    ("Previous search hit", "Go to the previous hit of the last search", "search_previous"),
    ("Back to the reader", "Close the comparison", "close"),
)


class CompareCommands(ActionCommands):
    """The comparison view's actions (next conflict, filter, ...)."""

    commands = COMPARE_COMMANDS
