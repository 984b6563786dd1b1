"""A count told of one later step of the incident: at least that many, never the total.

A vehicle that has already struck people and then hits something else ("After striking cyclists
along the path, the truck strikes a school bus, injuring several"; "It then ploughed into a bus
shelter, injuring two") gives with its participle the hurt of that step alone: the others were
hurt before it. The count is kept as a lower bound (so "several" there is no dispute with the
incident's 12), not as the report's total. The step is told by a fronted "After <harm>ing ...,"
clause or by "then" before the collision verb; the verbs are a closed class.
"""

from __future__ import annotations

import re

from incident_reader.core.model import FactValue

# An earlier harm told first: a fronted "After striking/hitting/ploughing through ...," clause.
_AFTER_HARM = re.compile(
    r"^\s*After\s+(?:striking|hitting|mowing\s+down|ploughing|plowing|running\s+(?:over|down)"
    r"|ramming|killing|injuring|crashing\s+(?:into|through)|driving\s+(?:into|through))\b"
    r"[^.;:]{0,160}?,",
)
# A later collision told by "then" (or "finally") just before its verb.
_THEN_HIT = re.compile(
    r"\b(?:then|finally|eventually)\s+(?:\w+\s+)?"
    r"(?:hit|hits|struck|strikes|smashed|smashes|crashed|crashes|slammed|slams|ploughed|plowed"
    r"|ploughs|plows|rammed|rams|collided|collides)\b",
    re.IGNORECASE,
)
# The count is the participle right after the step's clause ("..., injuring several").
_PARTICIPLE = re.compile(r",\s*(?:injuring|wounding|hurting|killing)\s+$", re.IGNORECASE)
_OWN_PARTICIPLE = re.compile(r"(?:injuring|wounding|hurting|killing)\s+", re.IGNORECASE)
PARTICIPLE_REACH = 20  # characters before the count its participle may take

EXAMPLES: tuple[tuple[str, str, bool], ...] = (
    # (sentence, the count's words, a later step's count)
    (
        "After striking pedestrians along the path, the truck strikes a school bus near the "
        "school, injuring several.",
        "several",
        True,
    ),
    (
        "After ploughing through the market stalls, the van hit a lamp post, injuring two.",
        "two",
        True,
    ),
    ("It then hit a parked van near the bridge, injuring several.", "several", True),
    ("The lorry finally smashed into a shop front, wounding three more.", "three", True),
    # near misses: the incident's own single collision, or a step told with no earlier harm
    ("The coach left the road and hit a tree, injuring 14 people.", "14", False),
    ("After leaving the depot, the bus hit a queue at the stop, injuring 14.", "14", False),
    ("Police then said the van had hit 20 people.", "20", False),
    ("The truck then stopped, and officers arrested the driver, injuring none.", "none", False),
)


def later_step(sentence: str, at: int) -> bool:
    """Whether the count at offset ``at`` of ``sentence`` is a participle's count of a later step
    (see the module docstring)."""
    verb = _OWN_PARTICIPLE.match(sentence, at)  # the evidence may open at its participle
    before = sentence[: verb.end() if verb else at]
    if not _PARTICIPLE.search(before[-PARTICIPLE_REACH - 20 :]):
        return False
    clause = before[: before.rfind(",")]
    return bool(_AFTER_HARM.match(clause) or _THEN_HIT.search(clause))


def at_least(value: FactValue) -> FactValue:
    """A count as its lower bound: 3 -> {"min": 3, "max": None}; a range keeps its floor."""
    if isinstance(value, int):
        return {"min": value, "max": None}
    if isinstance(value, dict) and isinstance(value.get("min"), int):
        return {"min": value["min"], "max": None}
    return value
