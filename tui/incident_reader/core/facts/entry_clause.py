"""The clause a timeline entry anchors: its sentence, narrowed to the time's own clause.

A live-blog stamp is cut off the entry it heads, and a sentence of several clauses ("; ", " - ",
", and ...") gives the clause holding the time, unless that leaves too few words to read.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import TextSpan, Timex

_STAMP_END = re.compile(r"\s*[\d.:]+\s*(?:[ap]\.?m\.?)?\s*[:\-–—]\s*")

MIN_CLAUSE_WORDS = 3

# Where a sentence's clauses meet: "; ", " - ", ", and ...", ", but ...", ", while ...".
_CLAUSE_BREAK = re.compile(
    r";\s+|\s[-–—]\s|,\s+(?=(?:and|but|while|whereas|although|though|before|after|when)\b)"
)


def event_span(sentence: Sentence, timex: Timex) -> TextSpan:
    """The clause a timeline entry anchors: its sentence, without a live-blog stamp."""
    start, end = sentence.start, sentence.end
    if sentence.stamped and timex.start - sentence.start <= 1:
        rest = sentence.text[timex.end - sentence.start :]
        skip = len(rest) - len(rest.lstrip(" :.-–—\t"))
        start = timex.end + skip
    elif sentence.stamped:
        stamp_end = _STAMP_END.match(sentence.text)
        if stamp_end:
            start = sentence.start + stamp_end.end()
    if start >= end:
        start, end = sentence.start, sentence.end
    start, end = _clause(sentence, timex, start, end)
    return TextSpan(start, end, sentence.text[start - sentence.start : end - sentence.start])


def _clause(sentence: Sentence, timex: Timex, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to the clause holding the time expression, unless that leaves too little."""
    base = sentence.start
    cuts = [
        (base + m.start(), base + m.end())
        for m in _CLAUSE_BREAK.finditer(sentence.text, start - base, end - base)
    ]
    lo = max((e for s, e in cuts if e <= timex.start), default=start)
    hi = min((s for s, e in cuts if s >= timex.end), default=end)
    words = len(sentence.text[lo - base : hi - base].split()) - len(timex.text.split())
    if words < MIN_CLAUSE_WORDS:
        return start, end
    return lo, hi
