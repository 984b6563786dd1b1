"""An onset told by its distance from a clock: "Crews were called at 3.40am, about ten minutes
after it started", "the alarm was raised at 9.05pm, a quarter of an hour after the fire broke
out": the onset's clock is the told clock less the distance.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.event_cues import tells_onset
from incident_reader.core.facts.numbers import DIGITS, WORD_NUMBER, number_value

# ", (about) N minutes after <clause>" right after a clock (with its day, if told).
_DISTANCE_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s*,\s*(?:just\s+|only\s+|about\s+|around\s+|some\s+"
    r"|roughly\s+|nearly\s+|almost\s+|approximately\s+)?"
    rf"(?P<n>{DIGITS}|{WORD_NUMBER}|an?|half\s+an|a\s+quarter\s+of\s+an)\s+"
    r"(?P<unit>minutes?|hours?)\s+after\s+(?P<clause>[^,;:.!?]{1,80})",
    re.IGNORECASE,
)
MAX_OFFSET_MINUTES = 180


def onset_before(text: str, hi: int, clock: str) -> tuple[str, int, int] | None:
    """The onset's HH:MM and the span of the words telling it, when the clock ending at ``hi``
    is followed by its distance after an onset clause; None otherwise (or when the distance
    crosses midnight or is implausible)."""
    m = _DISTANCE_AFTER.match(text, hi)
    if m is None or not tells_onset(m.group("clause")):
        return None
    word = " ".join(m.group("n").lower().split())
    n = {"a": 1, "an": 1, "half an": 0.5, "a quarter of an": 0.25}.get(word)
    if n is None:
        n = number_value(word)
    if not n:
        return None
    minutes = round(n * (60 if m.group("unit").lower().startswith("hour") else 1))
    at = int(clock[:2]) * 60 + int(clock[3:5]) - minutes
    if not 0 < minutes <= MAX_OFFSET_MINUTES or at < 0:
        return None
    return f"{at // 60:02d}:{at % 60:02d}", m.start("n"), m.end("clause")
