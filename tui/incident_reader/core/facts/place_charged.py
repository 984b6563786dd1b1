"""The incident's place told inside a charge's complement.

A court report may tell the incident only as what someone is accused, convicted or sentenced
for: "remanded the deputy accused of hurling petrol bombs into a meeting at X", "jailed for the
deaths of two cyclists on the Y Road", "pleaded guilty to driving into a bus shelter on Z
Street". The complement's own verb or noun need not be an event cue ("hurling", "deaths"): the
charge frame itself says that what follows is the incident. Only places after the frame and
inside its clause are read, so where the court sits, the hearing or the jail ("A court in Kelby
remanded ...", "... and appeared before magistrates in Kelby") is no scene.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.text import Sentence

# The frame: a verb of accusing, convicting or sentencing and the word its complement opens with
# ("accused of", "charged with", "guilty to", "jailed ... for", "sentenced ... over").
_FRAME = re.compile(
    r"\b(?:(?:accused|suspected|convicted|guilty|acquitted|cleared)\s+of|charged\s+(?:with|over)"
    r"|(?:pleaded|pled)\s+guilty\s+to"
    r"|(?:jailed|sentenced|imprisoned|fined|tried|prosecuted|indicted|convicted|charged)\b[^.;:!?]{0,60}?\s(?:for|over))\s+(?!(?:the\s+)?(?:first|second|a\s+"
    r"further|another|more|up|life|questioning)\b)",
    re.IGNORECASE,
)
# The complement's clause ends at a new finite clause: "... and appeared before X", ", who was
# remanded at Y", ", was held at Z".
_CLAUSE_END = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|but\s+|who\s+|which\s+)?(?:was|were|is|are|has|have|had|appeared"
    r"|remains?|will|would|said|told|denied|denies)\b|,\s+(?:and|but|who|which)\b|;",
    re.IGNORECASE,
)


# The frame's words, a cheap test before the pattern and before places() is asked at all.
_FRAME_WORDS = (
    "accused", "suspected", "convicted", "guilty", "acquitted", "cleared", "charged", "jailed",
    "sentenced", "imprisoned", "fined", "tried", "prosecuted", "indicted",
)  # fmt: skip


def may_be_charged(sentence: Sentence) -> bool:
    """Whether a sentence may hold a charge's frame (a necessary condition of charged_places)."""
    lower = sentence.lower
    return any(w in lower for w in _FRAME_WORDS) and _FRAME.search(sentence.text) is not None


def charged_places(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The places of ``found`` (what places() read in the sentence) that stand inside a charge's
    complement."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    for frame in _FRAME.finditer(text):
        end = _CLAUSE_END.search(text, frame.end())
        stop = base + (end.start() if end else len(text))
        out.extend(f for f in found if base + frame.end() <= f.start < stop and f not in out)
    return out
