"""Ships and boats by name: a prefix and name ("the MV Glaslinn"), or a capitalised name known
for a vessel by what only a vessel does ("the Aurelia Star capsized") or by its apposition."""

from __future__ import annotations

import re

from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.text import WordGate
from incident_reader.core.facts.vehicle_phrases import (
    _CLOSED_SET,
    _HEAD_SET,
    _taken,
)
from incident_reader.core.facts.vocabulary import (
    SHIP_PREFIXES,
    VEHICLE_CLASSES,
)

# A boat's or ship's name after its class noun ("the yacht Sea Breeze").
# A hull number after the name is part of it: "Kaiyo Maru No. 3", "Seawise II", "Orla 2".
_HULL_NUMBER = r"(?:\s+(?:No\.?\s*\d{1,3}|\d{1,3}|[IVX]{1,4})(?![\w-]))?"

_SHIP_NAME_AFTER = re.compile(rf"\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?{_HULL_NUMBER})")

_NAMED_CLASSES = frozenset(VEHICLE_CLASSES["water"])

_NOT_SHIP_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December The A An I He She It They".split()
)

_PREFIXES = "|".join(map(re.escape, sorted(SHIP_PREFIXES, key=len, reverse=True)))
_SHIP = re.compile(
    rf"(?<![\w/-])(?P<prefix>{_PREFIXES})\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    rf"{_HULL_NUMBER})"
)

_SHIP_GATE = WordGate(tuple(p.lower() for p in SHIP_PREFIXES))

# What only a vessel does, after its name ("the Aurelia Star capsized", "had run aground").
VESSEL_PREDICATES: tuple[str, ...] = (
    "capsized", "capsizes", "sank", "sinks", "sunk", "foundered", "founders", "ran aground",
    "runs aground", "run aground", "went aground", "gone aground", "keeled over", "docked",
    "docks", "berthed", "moored", "set sail", "sets sail", "was scuttled", "was holed",
    "was refloated", "took on water", "takes on water", "was taking on water",
    "went down", "goes down", "overturned",  # "the Miss Dorothy went down just before 6pm"
)  # fmt: skip

_WATER = rf"(?:{_alt(VEHICLE_CLASSES['water'])})"

# A capitalised name after "the", then a vessel's predicate or an apposition with a water noun:
# "the Aurelia Star capsized", "the Orla May, a 12-metre trawler, ...".
_NAMED_VESSEL = re.compile(
    r"(?<![\w-])(?i:the)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:(?:,\s+[^,;]{1,60},)?\s+(?:(?:had|has|then|later|reportedly|suddenly|also)\s+)*"
    rf"(?i:{'|'.join(VESSEL_PREDICATES)})(?![\w-])"
    rf"|\s*,\s+(?i:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_WATER})(?![\w-]))"
)

_VESSEL_GATE = WordGate((*VESSEL_PREDICATES, *VEHICLE_CLASSES["water"]))


def _named_vessels(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A ship named without a prefix, known for one by what it did or by its apposition."""
    out: list[tuple[int, int, str]] = []
    for m in _NAMED_VESSEL.finditer(text):
        words = m.group("name").split()
        if words[0] in _NOT_SHIP_NAMES or _taken(taken, m.start("name")):
            continue
        if any(w.lower() in _CLOSED_SET for w in words):
            continue  # a headline in title case: "Careered Off The Tracks And Overturned"
        if any(w.lower() in _HEAD_SET for w in words):
            continue  # "the Kessara Ferry", "the Channel Ferry": a class noun says more elsewhere
        out.append((m.start("name"), m.end("name"), m.group("name").lower()))
    return out
