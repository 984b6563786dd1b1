"""How many years on a text marks an incident: "the first anniversary of the attack" = 1.

Shared by the DCT inference (an undated anniversary piece borrowing the story's first day is
written N years after it) and the facts (its incident is N years before the day it tells).
"""

from __future__ import annotations

import re
from datetime import date

from incident_reader.core.number_words import CARDINALS, ORDINAL_WORDS

# "the first anniversary of", "the 10th anniversary of", "the one-year anniversary of"
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<ord>[a-z]+|\d{1,3}(?:st|nd|rd|th))|(?P<card>[a-z]+|\d{1,3})-year)"
    r"\s+anniversary\s+of\b",
    re.IGNORECASE,
)


def years_marked(text: str) -> tuple[int, int, int] | None:
    """(years, start, end) of the first "Nth anniversary of" in ``text``, or None."""
    for m in _ANNIVERSARY.finditer(text):
        word = (m["ord"] or m["card"]).lower()
        if m["ord"]:
            n = ORDINAL_WORDS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)
        else:
            n = CARDINALS.get(word) or (int(word) if word.isdigit() else None)
        if n:
            return n, m.start(), m.end()
    return None


def years_from(day: date, years: int) -> date:
    """The same day ``years`` on (negative: back); 29 February falls on the 28th."""
    return date(day.year + years, day.month, min(day.day, 28) if day.month == 2 else day.day)
