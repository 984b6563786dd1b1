"""The reader's keys as data: shown in the help screen and offered by the command palette."""

from __future__ import annotations

# (keys as shown, what they do); the help screen lists these in order.
KEYS: tuple[tuple[str, str], ...] = (
    ("j / k, ↓ / ↑", "move in the timeline, facts or report list; scroll the text"),
    ("tab / shift+tab", "switch pane: timeline or facts → source text → report list"),
    ("enter", "jump to the source of the selected entry"),
    ("[ / ]", "previous / next report"),
    ("/", "search the text; n / N next / previous hit; escape clears"),
    ("t", "show the facts or the timeline beside the text"),
    ("d", "set the report's date (DCT) and re-read its times"),
    ("mouse", "click an entry or a word of the text; the wheel scrolls"),
    ("ctrl+p", "command palette"),
    ("?", "this help"),
    ("q", "quit"),
)

# Keys kept free for views still being built, so nobody binds them to something else.
RESERVED: tuple[tuple[str, str], ...] = (
    ("f / F", "next / previous conflict"),
    ("c", "compare reports"),
    ("v x i u", "mark verified / disputed / inconclusive / unverified"),
    ("e", "note on a mark"),
    ("h", "history of a mark"),
    ("r", "reload"),
)

# (command name, help, screen action) for the command palette.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Next report", "Show the next report", "next_report"),
    ("Previous report", "Show the previous report", "previous_report"),
    ("Search the text", "Find words in the report", "search"),
    ("Next search hit", "Go to the next hit of the last search", "search_next"),
    ("Previous search hit", "Go to the previous hit of the last search", "search_previous"),
    (
        "Set the report's date (DCT)",
        "Re-read the report's times against a date you give",
        "set_dct",
    ),
    ("Toggle facts / timeline", "Show facts or timeline beside the text", "toggle_side"),
    ("Switch pane", "Move focus to the next pane", "switch_pane"),
    ("Help", "Show the keys", "help"),
)
