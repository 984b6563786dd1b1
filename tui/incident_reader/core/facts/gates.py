"""Cheap tests that a whole extractor cannot find anything in a sentence, so it is skipped.

Each test is a necessary condition read off the extractor's own patterns (the reasons are given
beside each one); it never changes what the extractor finds, only whether it is asked.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.places import _JUNCTION, _TOWNS_SITE, _UNIT_GATE, PREMISES_HEADS
from incident_reader.core.facts.text import Sentence, WordGate

# places(): every place it finds holds a capital letter after the sentence's first character,
# a premises head, a unit word or a junction noun:
# - A place after a preposition or a direction (``_PLACE``): its name is cut (``_trim``) to begin
#   at a word that ``_CAPITALISED`` matches ([A-Z]...), and it stands after that word.
# - A premises named without a preposition (``_PREMISES``): its name begins with a capitalised
#   word not at the sentence's start, or its head is capitalised after the name.
# - A premises before an event noun (``_PREMISES_EVENT``, "Harbour pub shooting ..."): its name
#   may be the sentence's first word, so a premises head word passes the test too.
# Two rules need none: a junction of two names ("the junction of 5 and 6", ``_JUNCTION``) and a
# unit ("Flat 3", ``_UNIT``, tried behind its own word gate), so their words pass the test too;
# nor does a site an unnamed town owns ("in the town's main square", ``_TOWNS_SITE``).
_INNER_CAPITAL = re.compile(r"[A-Z]")
_PREMISES_WORDS = WordGate(PREMISES_HEADS)  # a head starts a word of its own (after "\s+")
# The junction's nouns, read from its pattern (its first group of plain words).
_JUNCTION_WORDS = tuple(
    re.search(r"\(\?:((?:[a-z]+\|)+[a-z]+)\)", _JUNCTION.pattern).group(1).split("|")  # type: ignore[union-attr]
)


def may_locate(sentence: Sentence) -> bool:
    """Whether ``places(sentence)`` may find a place (when False it finds none)."""
    if _INNER_CAPITAL.search(sentence.text, 1) is not None or _UNIT_GATE.passes(sentence):
        return True
    lower = sentence.lower
    if ("'s " in lower or "’s " in lower) and _TOWNS_SITE.search(sentence.text):
        return True  # "in the town's main square": a site its unnamed town owns
    return any(w in lower for w in _JUNCTION_WORDS) or _PREMISES_WORDS.passes(sentence)
