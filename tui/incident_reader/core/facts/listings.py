"""Counts told by listing some of a set: "Among the dead are a nurse and her husband", "The
injured include three pupils" name at least that many of the kind, not its whole count."""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.lists import sum_of_parts
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import FactValue

KILLED = "casualties.killed"
INJURED = "casualties.injured"

# The set's noun and the kind it names (victims may be either: left out; casualties are the hurt
# where the sentence tells no death, ``_DEATH``).
_SET_KINDS = {
    "dead": KILLED, "killed": KILLED, "deceased": KILLED, "fatalities": KILLED,
    "injured": INJURED, "wounded": INJURED, "hurt": INJURED,
}  # fmt: skip
_SET = "|".join(_SET_KINDS)
# "Among the dead are/were ...", "Amongst the injured was ...", "The dead include ...", "Those
# killed included ..."; the list runs to the end of the clause.
_LISTING = re.compile(
    rf"(?<![\w-])(?:among(?:st)?\s+(?:the|those)\s+(?P<a>{_SET})\s*,?\s+(?:are|were|is|was)"
    rf"|(?:(?:the|those)\s+(?P<b>{_SET})|(?:(?:the|those)\s+)?(?P<c>casualties))"
    r"\s+(?:(?:also|reportedly)\s+)?includ(?:e|es|ed))"
    r"\s+(?P<list>[^.;:!?()]{1,120}?)(?=\s*(?:[.;:!?(]|,\s*(?:police|officials|authorities|who"
    r"|according|said|while|as|after|when)\b|\s+(?:who|while|when|after|according)\b|$))",
    re.IGNORECASE,
)
# A death told beside "casualties", which then may count the dead as well as the hurt.
_DEATH = re.compile(r"\b(?:dead|died|killed|deaths?|fatal\w*|bodies)\b", re.IGNORECASE)
# A listed name: two or more capitalised words ("Ana Ruiz", "PC Tom Hale"), an age may follow.
_NAME = re.compile(r"(?<![\w'’-])(?-i:[A-Z][\w'’.-]*\s+){1,3}(?-i:[A-Z])[\w'’-]+")


def listed_counts(sentence: Sentence) -> list[Found]:
    """At least as many of a kind as a listing of the set names ({"min": n}), where it counts."""
    lower = sentence.lower
    if "among" not in lower and "includ" not in lower:
        return []
    out: list[Found] = []
    for m in _LISTING.finditer(sentence.text):
        n = _listed(m.group("list"))
        if n is None:
            continue
        if m.group("c"):  # "Casualties included three pupils": the hurt, where no one died
            if _DEATH.search(sentence.text):
                continue
            kind = INJURED
        else:
            kind = _SET_KINDS[(m.group("a") or m.group("b")).lower()]
        value: FactValue = {"min": n, "max": None}
        out.append(Found(kind, value, sentence.start + m.start(), sentence.start + m.end()))
    return out


def _listed(items: str) -> int | None:
    """How many people a list names: its counted parts, or its names ("Ana Ruiz, 34, and Tom
    Hale"); None when it names none (a place, things)."""
    parts = sum_of_parts(items)
    if parts:
        return parts
    names = _NAME.findall(items)
    return len(names) or None
