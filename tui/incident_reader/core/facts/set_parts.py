"""Counts told as a part of a set already counted: a share of people named before ("three of the
suspects were arrested", "two of the skiers died"), and arrests told in stages ("Two others were
picked up", "detained two suspects on Monday and a third on Tuesday"), beside the set's count.

A share is told by its shape: a count, "of the", up to two modifiers and a plural head that names
people (not "the driver of the bus", whose count is not before "of"). A stage of the arrests is a
count of others or more, or one that its own sentence takes further by an ordinal.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.numbers import COUNT, ORDINAL
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.model import Fact

ARRESTS = "arrests"
HOSPITALISED = "casualties.hospitalised"

_SHARE_OF_SET = re.compile(
    rf"(?:{COUNT})\s+of\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?P<head>[a-z][\w'’-]*)(?![\w'’-])",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"(?:s|men|people|children|folk)$")
# "Two others were picked up", "three more suspects were detained", "a further two".
_MORE = re.compile(
    rf"(?:(?:{COUNT})\s+(?:others?|more|further)|an?\s+further\s+(?:{COUNT}))(?![\w'’-])",
    re.IGNORECASE,
)
# The same sentence goes on to a further arrest: "..., and a third suspect on Tuesday".
_ORDINAL_ON = re.compile(rf"[^.;]*?\s+and\s+(?:an?|the)\s+(?:{ORDINAL})(?![\w'’-])", re.IGNORECASE)


def is_share_of_set(f: Fact, rest: str) -> bool:
    """Whether a count (``rest``: its sentence after it) is told as a part of a set of people or,
    for arrests, as a stage of them."""
    share = _SHARE_OF_SET.match(f.text)
    if share and f.kind != HOSPITALISED:
        head = share.group("head").lower()
        if _PLURAL.search(head) and is_person_head(head):
            return True
    if f.kind != ARRESTS:
        return False
    return bool(_MORE.match(f.text) or _ORDINAL_ON.match(rest))
