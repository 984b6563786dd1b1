"""Injuries described of some of those already counted: "Seven were taken to hospital, where
doctors said three had serious burns" tells what the three of the seven had, not a second count
of the injured.

The share is told by its subject's shape: a bare number or "both" with no noun of its own ("three
had", "both had suffered"), so it points back to people counted before; its predicate has or
suffers injuries (not "had been injured", an event told again). It gives way where a count of
the hurt or of the hospitalised told before it holds it, or where the report counts the injured
elsewhere and any count told before holds it ("Two died in hospital. Both had suffered head
injuries" beside "40 were injured").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.numbers import COUNT
from incident_reader.core.model import Fact

KILLED = "casualties.killed"
INJURED = "casualties.injured"
HOSPITALISED = "casualties.hospitalised"
_HURT = (INJURED, HOSPITALISED)

# A headless subject and a having of injuries: "two had head injuries", "Both had suffered chest
# injuries", "all three sustained burns" (not "two had been hurt", "two people had burns").
_BARE_SHARE = re.compile(
    rf"(?:(?:all\s+)?(?:{COUNT})|both|all)\s+(?:(?:had|have|has)\s+(?!been\b)"
    r"(?:(?:also|all|both)\s+)?(?:(?:suffered|sustained)\s+)?|(?:also\s+)?(?:suffered|sustained)\s+)",
    re.IGNORECASE,
)


def _low(f: Fact) -> int | None:
    """An exact count, or a range's lower end."""
    value = f.value.get("min") if isinstance(f.value, dict) else f.value
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def drop_injury_shares(facts: Sequence[Fact]) -> list[Fact]:
    """The facts without injured counts a bare share subject tells of people counted before."""
    shares = [f for f in facts if f.kind == INJURED and _BARE_SHARE.match(f.text)]
    if not shares:
        return list(facts)
    drop: set[int] = set()
    for f in shares:
        n = _low(f)
        if n is None:
            continue
        before = [
            g
            for g in facts
            if g is not f
            and g.incident == f.incident
            and g.end <= f.start
            and g.kind in (KILLED, *_HURT)
            and (_low(g) or 0) >= n
        ]
        elsewhere = any(
            g.kind == INJURED and g.incident == f.incident and g is not f and id(g) not in drop
            for g in facts
        )
        if any(g.kind in _HURT for g in before) or (before and elsewhere):
            drop.add(id(f))
    return [f for f in facts if id(f) not in drop]
