"""Places: where the incident happened, as "site, town" in lower case ("market row, ashwold").

A place is a proper name after a locative preposition, perhaps through a site noun ("outside a pub
in Market Row, Ashwold"), in a sentence that tells the incident itself (see when.EVENT_CUES).
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.lexicon import (
    AREA_WORDS,
    NAME_POSSESSIVES,
    NOT_PLACE_WORDS,
    PLACE_PREPOSITIONS,
    REGION_WORDS,
    RESIDENCE_CUES,
    SITE_NOUNS,
    STREET_WORDS,
)
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.text import Sentence, WordGate, WordScan

PLACE = "incident.place"

_CAP = r"(?:[A-Z][\w'’-]*|\d{1,3}[A-Z]?)"
_NAME = rf"(?:{_CAP}(?:\s+(?:of\s+|on\s+|upon\s+|and\s+)?{_CAP}){{0,4}})"
_SITE = rf"(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{_alt(SITE_NOUNS)})"
_PLACE = re.compile(
    rf"(?<![\w-])(?:(?P<dir>(?:just\s+|about\s+[\w\s]{{1,20}}?\s+)?(?:north|south|east|west|"
    rf"north-east|north-west|south-east|south-west)\s+of)|(?P<prep>{_alt(PLACE_PREPOSITIONS)}))\s+"
    rf"(?:(?P<site>{_SITE})\s+(?:in|at|on|of|near|off)\s+)?(?:the\s+)?"
    rf"(?:(?P<area>{_alt(AREA_WORDS)})\s+)?(?P<name>{_NAME})(?:\s*,\s*(?P<town>{_NAME}))?",
)
# Every match opens with a direction or a preposition: try the pattern only where one starts.
_PLACE_SCAN = WordScan(
    _PLACE, (*PLACE_PREPOSITIONS, "just", "about", "north", "south", "east", "west")
)
# "the Drover's Arms in Market Row, Ashwold": a venue placed in a street; the street locates it.
_CHAIN = re.compile(rf"\s+(?:in|on|at)\s+(?:the\s+)?(?P<name>{_NAME})(?:\s*,\s*(?P<town>{_NAME}))?")
_REGION = re.compile(rf"\b(?:{'|'.join(REGION_WORDS)})$", re.IGNORECASE)
_UNIT = re.compile(r"(?<![\w-])(?:Unit|Units|Flat|Block|Gate|Platform)\s+\d{1,4}[A-Z]?(?![\w-])")
_UNIT_GATE = WordGate(("unit", "units", "flat", "block", "gate", "platform"))
_NOT_PLACE = frozenset(NOT_PLACE_WORDS)
_STREETY = re.compile(rf"\b(?:{'|'.join(STREET_WORDS)})$", re.IGNORECASE)
_DIRECTION = re.compile(r"(?:north|south|east|west)[\w-]*\s+of")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s$")
_NAME_POSSESSIVES = frozenset(NAME_POSSESSIVES)
_CAPITALISED = re.compile(r"[A-Z][a-z]")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Assistant|Detective|Chief|Inspector)\b")
# A residence cue among the few words before the preposition: "of no fixed address in Cardiff".
_RESIDENCE = re.compile(rf"\b(?:{'|'.join(RESIDENCE_CUES)})\b(?:\W+\w+){{0,2}}\W*$", re.I)
RESIDENCE_REACH = 40  # characters before the preposition looked at for a cue


def places(sentence: Sentence) -> list[Found]:
    """Named places a sentence locates something at, as lower-case "site, town" strings."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    for found in _PLACE_SCAN.finditer(sentence):
        m: re.Match[str] = found
        if _RESIDENCE.search(text, max(0, m.start() - RESIDENCE_REACH), m.start()):
            continue  # where someone lives, not where it happened
        chain = _CHAIN.match(text, m.end("name"))
        if chain and not m.group("town") and is_street_level(_trim(chain.group("name"), 0)[1]):
            m = chain
        name_start, name = _trim(m.group("name"), m.start("name"))
        if not name or _REGION.search(name):
            continue
        town = _trim(m.group("town") or "", 0)[1] if m.group("town") else ""
        if m.group("town") and len(town) < len(m.group("town").strip()):
            town = ""  # the comma led somewhere else ("England, Scotland and Wales on Tuesday")
        name_end = name_start + len(name)
        area = m.group("area") if "area" in m.re.groupindex else None
        if area and name_start == m.start("name"):
            name = f"{area} {name}"  # "in north London": a part of the town
        value = name.lower()
        owner, site = _owned_site(name)
        if owner:
            value = f"{site.lower()}, {owner.lower()}"  # "London's Westminster Bridge"
        elif site != name:
            value = site.lower()  # "Saturday's Notting Hill Carnival": a day owns no place
        elif town and not _looks_like_name(town):
            value = f"{value}, {town.lower()}"
        if "dir" in m.re.groupindex and m.group("dir"):
            direction = _DIRECTION.search(m.group("dir"))
            if direction:
                value = f"{direction.group(0).lower()} {value}"
        start = found.start("dir") if found.group("dir") else found.start()
        end = m.end("town") if town and value.endswith(town.lower()) else name_end
        out.append(Found(PLACE, _SPACES.sub(" ", value), base + start, base + end))
    units = _UNIT.finditer(text) if _UNIT_GATE.passes(sentence) else ()
    for m in units:
        if not any(f.start <= base + m.start() < f.end for f in out):
            out.append(Found(PLACE, m.group(0).lower(), base + m.start(), base + m.end()))
    return out


def _trim(name: str, start: int) -> tuple[int, str]:
    """The name without leading non-place words, cut before a non-place word; with its offset."""
    words = name.split()
    while words and (words[0] in _NOT_PLACE or not _CAPITALISED.match(words[0])):
        start += name.index(words[0]) + len(words[0])
        name = name[name.index(words[0]) + len(words[0]) :]
        words = words[1:]
    for i, w in enumerate(words):
        if i and (w in _NOT_PLACE or w.isupper() and len(w) > 1):
            words = words[:i]
            break
    while words and words[-1] in ("of", "on", "and", "upon"):
        words = words[:-1]
    start += len(name) - len(name.lstrip())
    return start, " ".join(words)


def _owned_site(name: str) -> tuple[str, str]:
    """ "New York's Central Park" as ("New York", "Central Park"); no town owns "Friday's" sites.

    The owned part must be a name of two words or more, and the possessive no part of a name
    ("Earl's Court Road", "St John's Wood", "the Drover's Arms" stay whole).
    """
    words = name.split()
    for i, word in enumerate(words[:-2]):
        stem = _POSSESSIVE.sub("", word)
        if stem == word or stem.lower() in _NAME_POSSESSIVES:
            continue
        if i and words[i - 1].lower() in _NAME_POSSESSIVES:
            continue  # "St John's"
        if stem in _NOT_PLACE:
            return "", " ".join(words[i + 1 :])
        return " ".join([*words[:i], stem]), " ".join(words[i + 1 :])
    return "", name


def _looks_like_name(phrase: str) -> bool:
    """A person's name after the comma ("in Westminster, Assistant Commissioner ...")."""
    return bool(_TITLE.match(phrase))


def is_street_level(value: str) -> bool:
    """Whether a place names a site within a town (a street, an estate, a unit)."""
    head = value.split(",")[0].strip()
    return bool(_STREETY.search(head)) or head.startswith(("unit ", "flat "))
