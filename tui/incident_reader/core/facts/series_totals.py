"""A toll told of a series of attacks is the series' whole, not the main incident's count.

A report of two attacks a day apart may sum them ("the terror attacks that killed 16") and tell
each on its own ("The van killed 14 and another victim was stabbed"; "Another person died in a
separate attack the next day"). The plural toll is then neither incident's figure: read as the
main incident's it contradicts the report's own count (16 against 15) and the other reports'.
It is set aside when an event noun in the plural governs it and it is exactly the main
incident's own count plus the other incidents' counts of the same kind: the sum is the proof,
the plural the sign, so one attack's revised toll ("the attack killed 16") always stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.events import INCIDENT_NOUNS
from incident_reader.core.model import Fact

_KINDS = ("casualties.killed", "casualties.injured")
# The event nouns in the plural, as a series is named ("attacks", "bombings", "crashes").
_PLURALS = sorted(
    {n + ("es" if n.endswith(("sh", "ch")) else "s") for n in INCIDENT_NOUNS if n[-1] != "s"}
    | {n for n in INCIDENT_NOUNS if n.endswith("ings")},  # "stabbings" is in the table as it is
    key=lambda w: (-len(w), w),
)
# The plural names the events the count belongs to: the noun, then at most a few words before
# the count ("attacks that killed 16", "bombings, which left 192 dead", "the two attacks' 16").
_SERIES_BEFORE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _PLURALS))})\b(?:[\s,]+[\w'’-]+){{0,3}}[\s,]*$",
    re.IGNORECASE,
)
_REACH = 60  # characters before the count the plural noun may stand


def drop_series_totals(facts: Sequence[Fact], text: str, main: str) -> list[Fact]:
    """The facts without the main incident's counts that are the series' sum (module note)."""
    dropped: set[int] = set()
    for kind in _KINDS:
        own = [f for f in facts if f.kind == kind and f.incident == main]
        others: dict[str, int] = {}
        for f in facts:
            if f.kind == kind and f.incident != main and isinstance(f.value, int):
                others[f.incident] = max(others.get(f.incident, 0), f.value)
        if not others or len(own) < 2:
            continue
        rest = sum(others.values())
        for f in own:
            if not isinstance(f.value, int) or not _told_of_series(text, f):
                continue
            if any(
                g is not f
                and isinstance(g.value, int)
                and g.value + rest == f.value
                and not _told_of_series(text, g)
                for g in own
            ):
                dropped.add(id(f))
    return [f for f in facts if id(f) not in dropped] if dropped else list(facts)


def _told_of_series(text: str, fact: Fact) -> bool:
    """Whether an event noun in the plural names what the count counts ("attacks that killed")."""
    before = text[max(0, fact.start - _REACH) : fact.start]
    return _SERIES_BEFORE.search(before) is not None
