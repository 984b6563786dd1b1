"""The dateline's town as the place of a report that places the incident nowhere else.

Copy filed from the scene opens its first paragraph with the town in capitals ("HOLM: The death
toll rose ...", "ASHBY CROSS, Marrow — Two ..."); when no sentence of the report places the
incident, that town is all it says of where. A dateline may name the city the copy was filed
from, and a line in capitals may be a label ("LIVE:", "UPDATE —", an outlet's name), so the town
counts only when the report also names it in prose after a locative preposition ("in Holm",
"near Ashby Cross"): a town the story happens in, not a desk or a heading.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.place_names import PLACE

DATELINE_REACH = 800  # characters from the start in which a dateline opens a paragraph
# A paragraph that opens with one to four words in capitals, perhaps a region after a comma,
# then a colon or a dash: "HOLM:", "ASHBY CROSS, Marrow —", "ST. KELBY -- ".
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<town>[^\W\d_a-z][^\W\d_a-z'’.-]+(?:[ \t]+[^\W\d_a-z][^\W\d_a-z'’.-]+){0,3})"
    r"(?:,[^\n:—–]{1,40}?)?[ \t]*(?::|—|–|--)[ \t]"
)


# The town as the first word of a local body's or site's name, after the dateline: "Dunmore General
# Hospital", "the Dunmore Fire Service", "Dunmore's mayor" (not "a Dunmore-based agency": a desk).
_BODY_AFTER = r"(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,5})\b|['’]s\b)"


def _local_body(text: str, name: str, after: int) -> bool:
    """Whether the prose after the dateline writes the town, in mixed case, as the head of a body's
    or a site's name (a hospital, a force, a council): a town of the story, not only a desk."""
    body = re.compile(r"\b((?i:" + name + r"))" + _BODY_AFTER)
    return any(
        not b.group(1).isupper() and b.group(1)[0].isupper() for b in body.finditer(text, after)
    )


def dateline_place(text: str) -> Found | None:
    """The dateline's town (its span, in lower case) when the report names it in prose too."""
    for m in _DATELINE.finditer(text, 0, DATELINE_REACH):
        town = m.group("town")
        if not town.isupper():
            continue
        words = town.split()
        name = r"\s+".join(map(re.escape, words))
        in_prose = re.compile(r"\b(?:in|at|near|outside|of)\s+(" + name + r")\b", re.IGNORECASE)
        if any(not p.group(1).isupper() for p in in_prose.finditer(text)) or _local_body(
            text, name, m.end()
        ):
            return Found(PLACE, " ".join(w.lower() for w in words), m.start("town"), m.end("town"))
    return None
