"""Place rules added for house styles the first rules did not meet: a numbered exit of a road, a
structure's noun a name heads, and what before a place makes it no scene (where people were moved
to, a diversion's route, an earlier event told in comparison). Read by places.py.
"""

from __future__ import annotations

import re

from incident_reader.core.facts import events
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.place_names import _SPACES, PLACE, _compound_head, _trim
from incident_reader.core.facts.place_words import is_site_head
from incident_reader.core.facts.vocabulary import STREET_WORDS

# Before a premises named with no preposition: where people or a vehicle went or set off from
# ("evacuated to the nearby Kessel Leisure Centre", "the coach had left Dublin Airport").
_MOVED_BEFORE = re.compile(
    r"\b(?:to|towards|left|leaving|departed|departing)\s+(?:the\s+|a\s+|an\s+)?(?:nearby\s+)?$",
    re.IGNORECASE,
)
# A diversion's route ("traffic was diverted through Ballyfin"), and an earlier event told in
# comparison ("the worst since a bus crash at Cahir", "after a similar blast in Y"): no scene.
_DIVERTED = re.compile(
    r"\b(?:diverted|diversions?|rerouted|re-routed|detours?|detoured)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
_PLURAL_EVENTS = tuple(
    f"{n}es" if n.endswith(("sh", "ch", "x")) else f"{n}s"
    for n in events.ONSET_NOUNS
    if not n.endswith("s")
)  # "crashes", "attacks", "stampedes"
_EARLIER_EVENT = re.compile(
    rf"\b(?:since\s+(?:a|an)|similar|previous|earlier|another|prior"
    # "since the Sept. 11, 2001 attacks at X": a dated event compared with
    rf"|since\s+the\s+(?:[\w.’'-]+,?\s+){{0,3}}(?:1[89]|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{events.alternation((), events.ONSET_NOUNS)})\s+$"
    # "the third this year, after incidents in X and Y": bare plural events are other incidents
    rf"|\bafter\s+(?:(?:similar|deadly|fatal|recent)\s+)?"
    rf"(?:{events.alternation((), _PLURAL_EVENTS)})"
    rf"\s+$",
    re.IGNORECASE,
)


# An appositive that calls a bare name a street or site: "Carrow Walk, a wide promenade in ...".
_APPOSITIVE = re.compile(r"\s*,\s+(?:a|an|the)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
# Street nouns the vocabulary's street words lack.
_MORE_STREET_NOUNS = frozenset(
    ("boulevard", "thoroughfare", "esplanade", "precinct", "concourse", "piazza", "plaza")
)


def appositive_site(text: str, end: int) -> bool:
    """Whether an appositive right after a name calls it a street or site."""
    m = _APPOSITIVE.match(text, end)
    if m is None:
        return False
    return any(
        w in _MORE_STREET_NOUNS or w in STREET_WORDS or is_site_head(w)
        for w in m.group("words").split()
    )  # the head is among the first three words ("a wide boulevard in ...")


def moved_before(before: str) -> bool:
    """Whether the words before a premises make it where people went or set off from."""
    return _MOVED_BEFORE.search(before) is not None


def diverted_or_earlier(text: str, start: int, end: int) -> bool:
    """Whether a diversion or an earlier event's noun leads to the place at ``end``."""
    return bool(_DIVERTED.search(text, start, end) or _EARLIER_EVENT.search(text, start, end))


# A numbered exit or junction of a road: "near exit 12 of Interstate 71", "between junctions 4
# and 5 of the M50", "at Exit 9 on the New Jersey Turnpike".
_EXIT = re.compile(
    r"(?<![\w-])(?i:near|at|by|off|past|before|after|between|approaching)\s+(?:the\s+)?"
    r"(?P<exit>(?i:exit|junction|jct\.?|interchange)s?\s+\d{1,3}[A-Z]?(?:\s+and\s+\d{1,3}[A-Z]?)?)"
    r"\s+(?:of|on|off)\s+(?:the\s+)?(?P<road>[A-Z]{1,3}-?\d{1,4}"
    r"|(?:State\s+|US\s+|U\.S\.\s+)?(?:Interstate|Route|Highway)\s+\d{1,4}"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:Motorway|Expressway|Freeway|Highway|Parkway"
    r"|Turnpike|Tollway))(?![\w-])"
)


def numbered_exits(text: str, base: int, found: list[Found]) -> list[Found]:
    """Numbered exits and junctions of a road ("interstate 71, exit 12") not already read."""
    out: list[Found] = []
    for x in _EXIT.finditer(text):
        if not any(base + x.start() <= f.start < base + x.end() for f in found):
            value = f"{x.group('road')}, {x.group('exit')}".lower()
            out.append(Found(PLACE, _SPACES.sub(" ", value), base + x.start(), base + x.end()))
    return out


def structure_after(text: str, name: str, end: int) -> str:
    """The structure's noun a name heads as a determiner's would ("the Yarrawong town jetty gave
    way", "Dunmore's ice rink"), cut after the structure's word; "" for none."""
    trimmed = _trim(name, 0)[1]
    if not trimmed:
        return ""
    words = (_compound_head(text, trimmed, end, True) or "").split()
    for i in range(len(words), 0, -1):
        if is_site_head(" ".join(words[:i])):
            return " ".join(words[:i])
    return ""


# A public space told by its common noun, then its own name in apposition: "on the town square,
# Torvet", "in the main street, Storgata, in Tromsvik", "at the old harbour, Nyhavn" (a local
# name a reader may not know for a square or a street; the name is the scene's).
_OPEN_SPACES = (
    *STREET_WORDS, "harbour", "harbor", "promenade", "pier", "beach", "plaza", "piazza",
    "boulevard", "marketplace", "waterfront", "seafront", "esplanade", "canal", "riverside",
    "riverbank", "fairground", "showground",
)  # fmt: skip
_SPACE_THEN_NAME = re.compile(
    r"(?<![\w-])(?:on|in|at|into|onto|near|outside|across|along)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?:{'|'.join(sorted(_OPEN_SPACES, key=len, reverse=True))})\s*,\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|near)\s)"
    r"(?!\s*,\s+(?:police|officials|witnesses|he|she|they|it)\b)"  # "on the bridge, Hale said"
    r"(?:\s*,?\s+in\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,1}))?"
)
_SAID_AFTER = re.compile(r"\s*,?\s+(?:said|says|told|added|explained|recalled)\b")


def space_then_name(text: str, base: int, found: list[Found]) -> list[Found]:
    """Public spaces a sentence tells by their noun and then their own name ("on the town square,
    Torvet"), where no place found already covers the name."""
    if ", " not in text:
        return []
    out: list[Found] = []
    for m in _SPACE_THEN_NAME.finditer(text):
        start, name = _trim(m.group("name"), m.start("name"))
        if not name or name != m.group("name").strip():
            continue  # "on the bridge, Police said", "in the street, Mr Hale": no name of it
        if _SAID_AFTER.match(text, m.end("name")):
            continue  # "at the station, Ann Reed said": the speaker
        if any(f.start <= base + start < f.end for f in found):
            continue
        value, end = name.lower(), m.end("name")
        town = _trim(m.group("town"), m.start("town"))[1] if m.group("town") else ""
        if town:
            value, end = f"{value}, {town.lower()}", m.start("town") + len(town)
        out.append(Found(PLACE, _SPACES.sub(" ", value), base + m.start(), base + end))
    return out
