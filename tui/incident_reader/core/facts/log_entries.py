"""A live blog's or minute-by-minute account's entry headers ("2:40pm: The car veers ..."): the
comparer pairs clocks of such a log and reads the report's final figures after its entries; the
facts read a count inside an entry as the figure of that moment, not a second total.
"""

from __future__ import annotations

import re

# A live-blog entry starts a line with its clock time: "11.58am: ...", "14:10 - ...".
# The stamp may name its zone and give it in another ("2:39pm London time (1.39am AEDT): ").
_ENTRY = re.compile(
    r"^[ \t]*(\d{1,2})(?:[.:](\d{2}))?\s*([ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
    r"(?:[ \t]+[A-Z][a-z]+[ \t]+time)?(?:[ \t]*\([^)\n]{1,24}\))?\s*[:–—-]\s",
    re.M | re.I,
)
# Some blogs set the stamp off by a space alone ("20:05 We're getting reports"): a line that
# opens with a clock time and then a capitalised word. One such line may be prose ("10.30 The
# crew..." is rare but possible), so the form counts only where two or more lines share it.
_BARE_ENTRY = re.compile(
    r"^[ \t]*(\d{1,2})(?:[.:](\d{2}))\s*([ap]\.?m\.?)?(?:[ \t]+(?-i:[A-Z]{2,4})(?=[ \t]))?[ \t]+"
    r"(?=[\"“‘'(]?(?-i:[A-Z]))",
    re.M | re.I,
)
BARE_ENTRIES_MIN = 2  # lines of the bare form before a report counts as a blog of that form


def _entries(text: str) -> list[tuple[int, int, int]]:
    """(start, end, minutes after midnight) of each entry header, in text order."""
    found = []
    matches = list(_ENTRY.finditer(text))
    if not matches:
        bare = list(_BARE_ENTRY.finditer(text))
        matches = bare if len(bare) >= BARE_ENTRIES_MIN else []
    for m in matches:
        hour, minute, half = int(m[1]), int(m[2] or 0), (m[3] or "").lower()
        if not half and m[2] is None:
            continue  # a bare number is not a clock time
        if half.startswith("p") and hour < 12:
            hour += 12
        if half.startswith("a") and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            found.append((m.start(), m.end(), hour * 60 + minute))
    return found


def entry_times(text: str) -> list[tuple[int, int]]:
    """(offset, minutes after midnight) of each live-blog entry header, in text order."""
    return [(start, minutes) for start, _, minutes in _entries(text)]


def entry_headers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each live-blog entry header ("11.58am: "), in text order."""
    return [(start, end) for start, end, _ in _entries(text)]


def logged(start: int, text: str, headers: list[tuple[int, int]]) -> bool:
    """Whether the offset ``start`` lies on a line that opens with an entry header ("2:40pm: ...
    killing three"): a figure of that moment of the log."""
    line = text.rfind("\n", 0, start) + 1
    return any(h_start >= line and h_end <= start for h_start, h_end in headers)
