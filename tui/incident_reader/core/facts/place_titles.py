"""A named place that opens a person's title is where the person works, no scene.

News names officials by their post: "Joydebpur Fire Service Station Officer Md Zakaria Khan told
the media", "Harbor Station Chief Tom Bell said", "Kotwali Police Station officer-in-charge Abdul
Karim". The station, the district or the town there is the official's affiliation, whatever the
sentence tells; a place is dropped when a title noun and a capitalised name follow it at once.
Titles are a short closed class of posts (a table, tested with its examples).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found

# Posts a person is named by, right before the name ("Station Officer Md Zakaria Khan").
TITLE_NOUNS: tuple[str, ...] = (
    "officer", "officer-in-charge", "in-charge", "chief", "commander", "superintendent",
    "inspector", "sergeant", "constable", "captain", "commissioner", "director", "manager",
    "head", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson",
    "president", "principal", "secretary", "administrator", "warden", "coordinator",
    "coroner", "mayor", "governor", "deputy", "lieutenant", "major", "colonel", "marshal",
)  # fmt: skip
# Honorifics and initials a name may open with ("Md Zakaria Khan", "Dr. A. Rahman").
_NAME_WORD = r"(?:(?-i:[A-Z])[\w’'.-]*)"
_TITLE_THEN_NAME = re.compile(
    rf"[ \t]+(?:(?:assistant|deputy|senior|acting|chief|station|district|fire|police)[ \t]+)?"
    rf"(?:{'|'.join(sorted(TITLE_NOUNS, key=len, reverse=True))})"
    rf"[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}(?=[ \t,]|$)",
    re.IGNORECASE,
)


def title_places(text: str, base: int, found: Sequence[Found]) -> list[Found]:
    """``found`` without the places that open a person's title in ``text`` (which starts at
    ``base``): "Harbor Station Chief Tom Bell said ..." names no scene at Harbor Station."""
    return [f for f in found if not _TITLE_THEN_NAME.match(text, f.end - base)]
