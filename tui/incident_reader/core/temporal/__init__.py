"""Temporal tagging: find TIMEX3 expressions in a text and normalise them against a DCT.

PLACEHOLDER first version (issue 3 replaces it): clock times and full dates only.
"""

from __future__ import annotations

import re

from incident_reader.core.model import Timex

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_CLOCK = re.compile(r"\b(\d{1,2})[.:](\d{2})\s*(am|pm|hrs)?\b|\b(\d{1,2})\s*(am|pm)\b", re.I)
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b", re.I)


def tag(text: str, dct: str | None = None) -> list[Timex]:
    """Return the time expressions in ``text``, in reading order, values resolved against ``dct``."""
    day = dct[:10] if dct and len(dct) >= 10 else "XXXX-XX-XX"
    found: list[Timex] = []
    for m in _DATE.finditer(text):
        value = f"{m[3]}-{_MONTHS[m[1].lower()]:02d}-{int(m[2]):02d}"
        found.append(Timex(m.start(), m.end(), m[0], "DATE", value))
    for m in _CLOCK.finditer(text):
        if m[1] is not None:
            hour, minute, suffix = int(m[1]), int(m[2]), (m[3] or "").lower()
        else:
            hour, minute, suffix = int(m[4]), 0, m[5].lower()
        if suffix == "pm" and hour < 12:
            hour += 12
        if suffix == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59 or (not suffix and m[1] is not None and "." in m[0]):
            continue
        if any(t.start < m.end() and m.start() < t.end for t in found):
            continue
        found.append(Timex(m.start(), m.end(), m[0], "TIME", f"{day}T{hour:02d}:{minute:02d}"))
    return sorted(found, key=lambda t: t.start)


def infer_dct(text: str) -> str | None:
    """Infer a missing DCT from the text itself; None when the text does not allow it."""
    return None
