"""A stretch between two named stops as the scene: "as the train was travelling between Arden and
Kelby stations", "on the express between Arden and Kelby", "the bus between Tarly and Dunmore".

The value keeps both ends: "between arden and kelby". "Between" joins people as readily as places
("a fight between Hale and Reed"), so the stretch is read only where a stop's noun follows the
second name ("stations", "stops", a road's "exits" or "junctions") or a word of a journey stands
just before it in the clause ("train", "express", "travelling", "service", "line").
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.place_names import _NAME, PLACE, _trim

_BETWEEN = re.compile(
    rf"\bbetween\s+(?P<the>the\s+)?(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})"
    r"(?P<stops>\s+(?:stations|stops|halts|ports|terminals"
    # a road's stretch between two of its junctions ("between the Kelby and Arden exits", "the
    # Orran and Kell toll plazas", "the Dunmore and Tarnby interchanges")
    r"|exits|junctions|interchanges|turn-?offs|slip\s+roads|(?:toll\s+)?(?:plazas|gates|booths)"
    r"|tolls|bridges|tunnels|roundabouts|crossings))?(?![\w-])"
)
_JOURNEY_BEFORE = re.compile(
    r"\b(?:trains?|express|rapid|services?|line|railway|track|carriages?|coach|bus|ferry|tram"
    r"|travell?ing|traveling|running|sailing|journey|stretch|section)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)
JOURNEY_REACH = 60


def between_places(text: str, base: int) -> list[Found]:
    """The stretches between two named stops a sentence places the incident on."""
    out: list[Found] = []
    for m in _BETWEEN.finditer(text):
        _, a = _trim(m.group("a"), m.start("a"))
        b_at, b = _trim(m.group("b"), m.start("b"))
        if not (a and b) or a != m.group("a") or b_at != m.start("b"):
            continue  # a word that opens no place ("between Monday and Friday")
        if m.group("the") and not m.group("stops"):
            continue  # "between the Hale and Reed families": two owners of one noun, no stops
        if not (
            m.group("stops")
            or _JOURNEY_BEFORE.search(text, max(0, m.start() - JOURNEY_REACH), m.start())
        ):
            continue
        end = b_at + len(b)
        out.append(
            Found(PLACE, f"between {a.lower()} and {b.lower()}", base + m.start(), base + end)
        )
    return out
