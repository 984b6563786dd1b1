"""A place told as some way off the scene is not the scene.

A follow-up places what came after by the scene: "Mourners left flowers at a shrine outside
Korran station, a few steps from the scene of the crush", "A vigil was held at St Anne's church,
200 metres from the site of the blast". The sentence passes the scene test by its "scene of the
crush", yet the place its apposition sets apart from the scene is where the sequel happened.
A sentence that tells the event itself ("The bus crashed on Elm Road, yards from the scene of
the earlier crash") keeps its place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.event_cues import _AFTER_CUE, _cues
from incident_reader.core.facts.text import Sentence

PLACE = "incident.place"
# ", a few steps away from the site of", ", 200 metres from the scene of", ", near the scene of"
_APART_FROM_SCENE = re.compile(
    r"\s*,\s+(?:(?:(?:just|only|a\s+few|some|about|around|barely|a|an|\d[\d,.]*|[a-z]+)\s+)?"
    r"(?:steps?|metres?|meters?|yards?|feet|foot|miles?|kilometres?|kilometers?|km|blocks?"
    r"|minutes?['’]?\s+walk)\s+(?:away\s+)?from|(?:close\s+to|near(?:\s+to)?|next\s+to|opposite)"
    r")\s+the\s+(?:scene|site)\s+of\s+the\b",
    re.IGNORECASE,
)


def drop_places_apart(sentence: Sentence, found: Sequence[Found]) -> list[Found]:
    """The findings without a place its apposition sets some way off the scene, in a sentence
    that tells the event by that reference to its scene alone."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    for f in found:
        if f.kind == PLACE and (apart := _APART_FROM_SCENE.match(text, f.end - base)):
            if not any(
                cls != _AFTER_CUE and start < apart.start() for start, _, cls, _ in _cues(sentence)
            ):
                continue  # "... at a shrine outside Korran station, yards from the scene of the"
        out.append(f)
    return out
