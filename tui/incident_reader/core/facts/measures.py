"""What an injured count measures: every person hurt, or only the seriously hurt.

"Seriously injuring 29 others" and "over 35 injured" are two measures of one story, not two
figures of one measure: 29 is no revision of 36 (two counts that differ are labelled as the pair
labels counts, a conflict, but neither revises the other, nor is the part the fact's latest
figure or a step of its history). The degree is read from the count's own words and the few words
of its clause just before or after it ("29 people were seriously hurt", "29 in a critical
condition", "seriously injuring 29"), never across a bracket or a comma into another count's
("Injured: 11 (three critically)" measures every injured person).
"""

from __future__ import annotations

import re

from incident_reader.core.model import Fact

MEASURED_KINDS = frozenset({"casualties.injured"})
SERIOUS = "seriously"  # the measure of a count of the seriously (critically, gravely...) hurt
# Degrees of harm (a closed class of adverbs and adjectives) that make a count a part.
_DEGREE = re.compile(
    r"\b(?:seriously|critically|badly|gravely|severely|grievously"
    r"|serious(?:ly)?|critical|grave|severe|life[- ](?:threatening|changing))\b",
    re.IGNORECASE,
)
_BEFORE = 30  # characters of the clause before the count read for its degree
_AFTER = 40  # and after it
_CLAUSE_END = re.compile(r"[.;:()\[\]\n,]")


def measure_of(kind: str, fact: Fact, text: str) -> str:
    """The measure of a count (SERIOUS, or "" for every person it counts)."""
    if kind not in MEASURED_KINDS:
        return ""
    before = text[max(0, fact.start - _BEFORE) : fact.start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    after = text[fact.end : fact.end + _AFTER]
    stop = _CLAUSE_END.search(after)
    window = before[cut:] + fact.text + (after[: stop.start()] if stop else after)
    return SERIOUS if _DEGREE.search(window) else ""
