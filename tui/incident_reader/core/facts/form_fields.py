"""Form fields of a release: "Time: approx. 3:35 PM" on a line of its own times the incident.

A sheriff's or fire service's release often opens with a block of labelled fields ("Date of
incident:", "Time:", "Location:") before any sentence; the field's label, not an event verb,
says what the time is. A label that names the release itself ("Release date:", "Updated:") is
no incident's.
"""

from __future__ import annotations

import re

# The label before a time at the start of its line (a list's bullet may lead it), then a colon or
# dash and an approximation word.
_FIELD = re.compile(
    r"^\s*(?:[-–•*·]\s*)?(?P<label>[A-Za-z][A-Za-z0-9 /&'’.-]{0,40}?)\s*[:–-]\s*"
    r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+)?"  # "Date/time: 04/11/2026 at 22:05"
    r"(?:(?:approx(?:imately|\.)?|about|around|at|c\.|ca\.|on|est\.?|estimated)\s*)*$",
    re.IGNORECASE,
)
# A label word that makes a field the incident's time: the time or date of what happened.
_TIME_LABEL = re.compile(
    r"\b(?:time|when|occurred|occurrence|incident|offen[cs]e|crash|collision|accident|fire|event)\b"
    # the first call or alarm, which times what it reports: "First report to 911:", "Alarm:"
    r"|\bfirst\s+(?:reports?|calls?|alerts?|alarms?|notifications?)\b|\b(?:call|alarm)\s+received\b",
    re.IGNORECASE,
)
# A label about the document itself, never the incident.
_DOCUMENT_LABEL = re.compile(
    r"\b(?:releas\w*|publish\w*|updat\w*|issu\w*|post\w*|print\w*|fil(?:ed|ing)|revis\w*|next|"
    r"deadline|court|hearing|arraign\w*|booking|booked"
    # a later step's field: "Fire under control:", "Crews arrived:", "Scene cleared:"
    r"|under\s+control|controlled|extinguished|contained|arriv\w*|cleared|reopen\w*|died|death)\b",
    re.IGNORECASE,
)
FIELD_TAIL = 12  # what may follow the time on its line ("hrs", "(local)")


def form_field_time(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is the value of a labelled time field of the incident: its line
    holds only the label ("Time:", "Date of incident:"), the time and a short tail."""
    line_start = text.rfind("\n", 0, lo) + 1
    m = _FIELD.match(text, line_start, lo)
    if m is None or not _TIME_LABEL.search(m["label"]) or _DOCUMENT_LABEL.search(m["label"]):
        return False
    line_end = text.find("\n", hi)
    tail = text[hi : line_end if line_end >= 0 else len(text)]
    return len(tail.strip()) <= FIELD_TAIL
