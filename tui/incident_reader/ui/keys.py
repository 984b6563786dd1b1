"""The reader's keys as data: shown in the help screen and offered by the command palette."""

from __future__ import annotations

from textual.binding import Binding

# The key that sets each status, and whether the footer shows it; the reader and the comparison
# bind them alike (mark_bindings), the command palette offers them (mark_commands).
STATUS_KEYS: tuple[tuple[str, str, bool], ...] = (
    ("v", "verified", True),
    ("x", "disputed", True),
    ("i", "inconclusive", False),
    ("u", "unverified", False),
)


def mark_bindings(scope: str) -> tuple[Binding, ...]:
    """The v x i u bindings of a screen, their ids under ``scope`` ("marks.verified", ...)."""
    return tuple(
        Binding(
            key,
            f"mark('{status}')",
            status.capitalize(),
            show=shown,
            id=f"{scope}.{status}",
            tooltip="Back to unverified" if status == "unverified" else f"Mark {status}",
        )
        for key, status, shown in STATUS_KEYS
    )


def undo_binding(scope: str) -> Binding:
    """ctrl+z (or z) takes back the last mark or note changed in this window."""
    return Binding(
        "ctrl+z,z",
        "undo",
        "Undo",
        show=False,
        id=f"{scope}.undo",
        tooltip="Put back the status and note the last mark key replaced",
    )


UNDO_COMMAND = (
    "Undo the last mark",
    "Put back the status and note the last mark or note replaced",
    "undo",
)


def mark_commands(what: str) -> tuple[tuple[str, str, str], ...]:
    """Command-palette entries (name, help, action) that set a status on ``what``."""
    return tuple(
        (
            f"Mark {status}",
            f"Take the marks of {what} back to unverified"
            if status == "unverified"
            else f"Mark {what} {status}",
            f"mark('{status}')",
        )
        for _, status, _ in STATUS_KEYS
    )


# (keys as shown, what they do); the help screen lists these in order.
KEYS: tuple[tuple[str, str], ...] = (
    ("j / k, ↓ / ↑", "move in the timeline, facts or report list; scroll the text"),
    ("tab / shift+tab", "switch pane: timeline or facts → source text → report list"),
    ("enter", "jump to the source of the selected entry (on a heading: open or close it)"),
    ("space, → / ←", "in the timeline: open or close a group or the earlier incidents"),
    ("[ / ]", "previous / next report"),
    (
        "/",
        "search the text (in the comparison: the report pane last focused); n / N next / "
        "previous hit; escape clears",
    ),
    ("t", "show the facts or the timeline beside the text"),
    ("d", "set the report's date (when it was published) and re-read its times"),
    ("c", "compare two reports side by side, facts aligned (escape or c comes back)"),
    ("f / F", "in the comparison: next / previous conflict (n / N stay with search)"),
    ("s", "in the comparison: show all facts, conflicts only, or those not yet verified"),
    ("a / b", "in the comparison, 3+ reports: the next report on the left / on the right"),
    ("v x i u", "mark the entry or fact verified / disputed / inconclusive / unverified"),
    ("", "in the comparison: the highlighted row, in both reports (or the one chosen with m)"),
    ("", "on a conflict row v and x mark nothing and ask for a side: press m for A or B alone"),
    ("m", "in the comparison: v x i u mark both reports, then report A alone, then B alone"),
    ("ctrl+z, z", "undo the last mark or note (in the comparison: both reports' at once)"),
    ("e", "write a note on the entry or fact (in the comparison: on the row, as v marks it)"),
    ("h", "history of the entry's or fact's marks: who, when, what (in the comparison: the row's)"),
    ("o", "orphaned marks: marks whose words changed or went"),
    ("r", "reload marks (another window may have marked) and changed report files"),
    ("mouse", "click an entry or a word of the text; the wheel scrolls"),
    ("E", "export the folder's record (json, csv, md, timelinejs, incidents) to a file"),
    ("ctrl+p", "command palette: every action by name, with its key; also the theme"),
    ("?", "this help"),
    ("q", "quit"),
)

# (symbol, what it means): the help's legend for the marks drawn in the lists and the table.
SYMBOLS: tuple[tuple[str, str], ...] = (
    ("▌", "the highlighted row (the cursor)"),
    ("│", "an entry or fact whose words are on screen in the text"),
    ("▸ / ▾", "a folded / open group: a repeated expression, or earlier incidents"),
    ("✓  ✗  ?", "marked verified / disputed / inconclusive"),
    ("✎", "a note on the mark"),
    ("=  ~  >  !  -", "comparison: match, compatible, revised, conflict, only in one report"),
)

# Keys kept free for views still being built, so nobody binds them to something else.
RESERVED: tuple[tuple[str, str], ...] = ()

# (command name, help, screen action) for the command palette.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Next report", "Show the next report", "next_report"),
    ("Previous report", "Show the previous report", "previous_report"),
    ("Search the text", "Find words in the report", "search"),
    ("Next search hit", "Go to the next hit of the last search", "search_next"),
    ("Previous search hit", "Go to the previous hit of the last search", "search_previous"),
    (
        "Set the report's publication date",
        "Re-read the report's times against a date you give",
        "set_dct",
    ),
    ("Show the facts", "The facts beside the text, grouped by incident", "show_side('facts')"),
    ("Show the timeline", "The timeline beside the text", "show_side('timeline')"),
    ("Compare reports", "Two reports side by side, their facts aligned by status", "compare"),
    *mark_commands("the highlighted entry or fact"),
    UNDO_COMMAND,
    ("Note on the mark", "Write a note on the highlighted entry or fact", "note"),
    ("History of the mark", "Every change to the highlighted entry or fact", "history"),
    ("Orphaned marks", "Marks whose words changed or went, with their quote", "orphans"),
    ("Reload marks and reports", "Re-read marks and changed report files", "reload"),
    (
        "Export the record",
        "Write the folder's timelines, facts and marks as json, csv, md, timelinejs or incidents",
        "export",
    ),
    ("Switch pane", "Move focus to the next pane", "switch_pane"),
    ("Help", "Show the keys", "help"),
)

# Keys of the comparison alone, and what they do there: in the reader they say so in one line
# instead of doing nothing.
COMPARISON_ONLY: dict[str, str] = {
    "f": "next conflict",
    "F": "previous conflict",
    "s": "which facts show",
    "a": "next report on the left",
    "b": "next report on the right",
    "m": "which report v x i u mark",
}

# The reader screen's own keys (lists and the source view add j/k and paging).
READER_BINDINGS: tuple[Binding, ...] = (
    Binding(
        "tab",
        "switch_pane",
        "Pane",
        id="reader.pane",
        tooltip="Switch pane: timeline or facts, source text, report list",
    ),
    Binding("shift+tab", "switch_pane(-1)", "Pane back", show=False, id="reader.pane_back"),
    # Early, so that the footer still shows it at 80-120 columns, where it cuts the last keys.
    Binding(
        "question_mark",
        "help",
        "Help",
        key_display="?",
        id="reader.help",
        tooltip="Show every key",
    ),
    # Early too: the comparison is the reader's point, and at 80 columns the footer shows the
    # first keys only (FittedFooter).
    Binding(
        "c",
        "compare",
        "Compare",
        id="reader.compare",
        tooltip="Compare two reports side by side, their facts aligned",
    ),
    # With one report check_action hides `compare`: the footer does not offer it, and `c` says why.
    Binding("c", "one_report", show=False, id="reader.one_report"),
    Binding(
        "left_square_bracket",
        "previous_report",
        "Prev",
        key_display="[",
        id="reader.previous_report",
        tooltip="Previous report",
    ),
    Binding(
        "right_square_bracket",
        "next_report",
        "Next",
        key_display="]",
        id="reader.next_report",
        tooltip="Next report",
    ),
    Binding(
        "slash",
        "search",
        "Search",
        key_display="/",
        id="reader.search",
        tooltip="Search the report's text",
    ),
    Binding(
        "n",
        "search_next",
        "Next hit",
        show=False,
        id="reader.search_next",
        tooltip="Next search hit",
    ),
    Binding(
        "N",
        "search_previous",
        "Prev hit",
        show=False,
        id="reader.search_previous",
        tooltip="Previous search hit",
    ),
    # One key, two bindings: the footer names the list `t` would show (check_action hides the
    # other), not "Facts" while the facts are already there.
    Binding(
        "t",
        "show_side('facts')",
        "Facts",
        id="reader.show_facts",
        tooltip="Show the facts beside the text",
    ),
    Binding(
        "t",
        "show_side('timeline')",
        "Timeline",
        id="reader.show_timeline",
        tooltip="Show the timeline beside the text",
    ),
    Binding(
        "d",
        "set_dct",
        "Date",
        id="reader.set_dct",
        tooltip="Set the report's date and re-read its times",
    ),
    *mark_bindings("marks"),
    undo_binding("marks"),
    Binding("e", "note", "Note", id="marks.note", tooltip="Write a note on the entry or fact"),
    Binding("h", "history", "History", id="marks.history", tooltip="Every change to this item"),
    Binding("o", "orphans", "Orphans", show=False, id="marks.orphans", tooltip="Orphaned marks"),
    Binding(
        "r", "reload", "Reload", id="marks.reload", tooltip="Re-read marks and changed reports"
    ),
    Binding(
        "E",
        "export",
        "Export",
        show=False,
        id="reader.export",
        tooltip="Export the folder's record to a file (as incident-reader export does)",
    ),
    *(
        Binding(
            key,
            f"in_comparison('{key}')",
            show=False,
            id=f"reader.comparison_key_{n}",
            tooltip=f"In the comparison: {what}",
        )
        for n, (key, what) in enumerate(COMPARISON_ONLY.items())
    ),
    Binding(
        "escape",
        "escape",
        "Clear",
        show=False,
        id="reader.escape",
        tooltip="Close the search or clear its highlights",
    ),
)
