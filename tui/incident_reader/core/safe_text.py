"""Text from a report never acts as code: not on a terminal, not in a file, not in a spreadsheet.

A report's title, text, a note or a file name may hold control characters (OSC 0 sets a terminal's
title, OSC 52 its clipboard) or begin with ``=``, ``+``, ``-``, ``@`` (a spreadsheet formula). What
goes to a terminal shows every C0 and C1 control as a one-character visible stand-in; what goes to
a file keeps tab and newline only; a CSV cell that a spreadsheet would run is prefixed with ``'``
(OWASP's advice for CSV injection). Stand-ins are one character each, so offsets stay 1:1.
"""

from __future__ import annotations

import re

# C0 controls -> the Unicode "control pictures" (U+2400 + code), DEL -> U+2421, and the C1 controls
# (U+0080-U+009F, no pictures exist for them) -> U+2426, the symbol for a substitute character.
C1_STAND_IN = "\u2426"
_STAND_INS: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_STAND_INS[0x7F] = "\u2421"
_STAND_INS.update({code: C1_STAND_IN for code in range(0x80, 0xA0)})
_FILE_TABLE = str.maketrans({k: v for k, v in _STAND_INS.items() if k not in (0x09, 0x0A)})
_LINE_TABLE = str.maketrans({**_STAND_INS, 0x09: " ", 0x0A: " "})
_FILE_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f]")  # json.dumps escapes C0 itself, never DEL or C1
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def for_file(text: str) -> str:
    """Text for a file (CSV, Markdown, a table): every control but tab and newline visible."""
    return text.translate(_FILE_TABLE) if _FILE_CONTROL.search(text) else text


def one_line(text: str) -> str:
    """Text for one terminal line or table cell: controls visible, tabs and newlines as spaces."""
    return text.translate(_LINE_TABLE) if _ANY_CONTROL.search(text) else text


def json_text(text: str) -> str:
    """JSON text with DEL and C1 controls escaped (``\\u009b``), as it already does C0 ones."""
    if not _JSON_UNSAFE.search(text):
        return text
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def csv_cell(value: object) -> object:
    """A CSV cell that no spreadsheet runs as a formula; numbers and None pass unchanged."""
    if not isinstance(value, str):
        return value
    value = for_file(value)
    return "'" + value if value.startswith(FORMULA_START) else value
