"""Places read where no scene sentence of a report names one: a named place a sentence opens
with as its subject's part ("The streets of Kessa ..."), and numbered roads by their shape."""

from __future__ import annotations

import re

from incident_reader.core.facts import when
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.place_names import (
    _NAME,
    _PART_HEADS,
    _POSSESSIVE,
    _REGION,
    _SPACES,
    PLACE,
    _trim,
    fled_before,
)
from incident_reader.core.facts.place_premises import PREMISES_HEADS
from incident_reader.core.facts.text import Sentence

# A part or the streets of a named place as a sentence's subject: "The narrow, steep streets of
# Kessa filled with ...", "The outskirts of Orlov lay in darkness".
_SUBJECT_PART = re.compile(
    rf"The\s+(?:[a-z]+,?\s+){{0,2}}?(?:{_PART_HEADS})\s+of\s+(?P<name>{_NAME})"
)


# A settlement that mourns its dead as a sentence's subject: "Kessa village in Dunmore District
# on Friday buried the four ...", "The town of Orlov is mourning ...", "Arpur community wept as
# ..." (its name before its settlement noun, or after "The <noun> of").
_SETTLEMENT = r"(?:village|town|township|hamlet|community|settlement|city)"
_MOURNING = (
    r"(?:buried|buries|is\s+burying|was\s+burying|mourned|mourns|is\s+mourning|was\s+mourning"
    r"|grieved|grieves|is\s+grieving|was\s+grieving|wept|weeps|laid|lays|is\s+in\s+mourning"
    r"|was\s+in\s+mourning|said\s+farewell|says\s+farewell|bade\s+farewell|paid\s+tribute)"
)
_MOURNING_SETTLEMENT = re.compile(
    rf"(?P<place>(?:The\s+{_SETTLEMENT}\s+of\s+(?P<of>{_NAME})|(?P<name>{_NAME})\s+{_SETTLEMENT})"
    rf"(?:,?\s+(?:in|of)\s+(?:the\s+)?{_NAME}|,\s+{_NAME}(?=,))?),?"
    rf"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+(?:has\s+|have\s+)?{_MOURNING}\b"
)


def subject_places(sentence: Sentence) -> list[Found]:
    """A named place a sentence opens with as its subject's part ("The streets of Kessa ..."),
    or a settlement that mourns its dead ("Kessa village on Friday buried ..."): read where no
    scene sentence of a report names a place."""
    m = _SUBJECT_PART.match(sentence.text)
    if m is None:
        m = _MOURNING_SETTLEMENT.match(sentence.text)
        if m is None:
            return []
        group = "of" if m.group("of") else "name"
        start, name = _trim(m.group(group), m.start(group))
        if not name or _REGION.search(name) or _POSSESSIVE.search(name):
            return []
        base = sentence.start
        end = base + m.start("place") + len(m.group("place").rstrip(", "))
        return [Found(PLACE, _SPACES.sub(" ", name.lower()), base + start, end)]
    start, name = _trim(m.group("name"), m.start("name"))
    if not name or _REGION.search(name) or _POSSESSIVE.search(name):
        return []
    base = sentence.start
    return [
        Found(PLACE, _SPACES.sub(" ", name.lower()), base + m.start(), base + start + len(name))
    ]


# A numbered road by its shape: a code with a road noun ("the A10 toll motorway", "the N7
# highway"), a road word with a number ("Highway 401", "Route 9"), or a bare code after "on the"
# ("on the M1"); a make's model ("a Boeing 737", "an A320") or a flight ("flight BA245") is none.
_ROAD_NOUNS = (
    r"motorway|highway|expressway|freeway|autobahn|autostrada|autoroute|interstate|turnpike"
    r"|bypass|ring\s+road|dual\s+carriageway|toll\s+road|road|tollway"
)

_NUMBERED_ROAD = re.compile(
    rf"(?<![\w-])(?:(?P<code>[A-Z]{{1,3}}-?\d{{1,4}}[a-z]?)\s+(?P<mods>(?:[a-z]+\s+){{0,2}}?)"
    rf"(?P<noun>{_ROAD_NOUNS})(?![\w-])"
    r"|(?P<word>(?:State\s+|National\s+|US\s+|U\.S\.\s+)?(?:Highway|Route|Interstate))\s+"
    r"(?P<num>\d{1,4})(?![\w-])"
    r"|\b(?:on|along|onto|off|of|near)\s+the\s+(?P<bare>[A-Z]{1,3}-?\d{1,4})(?![\w-])"
    # a bare code ends its phrase: "on the M1 near X", not "on the G7 agenda"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|near|between|and|on|to|towards?|from|for|after|before|when"
    r"|while|outside|close|by|as|which|where|just|[a-z]+bound|north|south|east|west)\b))"
)


def numbered_roads(sentence: Sentence) -> list[Found]:
    """Numbered roads a sentence names, as "a10 motorway" or "highway 401" (lower case)."""
    if not _ROAD_DIGIT.search(sentence.text):
        return []
    out: list[Found] = []
    for m in _NUMBERED_ROAD.finditer(sentence.text):
        if m.group("code"):
            value = f"{m.group('code')} {m.group('mods')}{m.group('noun')}"
        elif m.group("word"):
            value = f"{m.group('word')} {m.group('num')}"
        else:
            value = m.group("bare")
        base, start = sentence.start, m.start("bare") if m.group("bare") else m.start()
        out.append(Found(PLACE, _SPACES.sub(" ", value.lower()), base + start, base + m.end()))
    return out


# "[A-Z]-?\d|(?:Highway|Route|Interstate)\s+\d", written to open with its capital (a class the
# regex engine skips ahead to; the look-behinds say which capital opened the word)
_ROAD_DIGIT = re.compile(r"[A-Z](?:-?\d|(?<=H)ighway\s+\d|(?<=R)oute\s+\d|(?<=I)nterstate\s+\d)")

# What a road suffers after the incident, or a road as a route: a sentence with these names no
# scene ("the M4 was closed for six hours", "traffic was diverted onto the A34", "he drove
# from Leeds on the M1", "the firm's A10 concession").
_ROAD_AFTERMATH = re.compile(
    r"\b(?:closed|closure|closures|shut|reopen(?:ed|s)?|re-opened|divert(?:ed|s)?|diversions?"
    r"|tailbacks?|delays?|queues?|congestion|traffic|concessions?|tolls?\s+charges?"
    r"|motorists\s+(?:are|were)\s+(?:advised|urged|asked))\b",
    re.IGNORECASE,
)

_ROAD_ROUTE_BEFORE = re.compile(r"\b(?:from|to|towards|toward|via|onto|into)\s+(?:the\s+)?$", re.I)


def fallback_roads(sentence: Sentence) -> list[Found]:
    """Numbered roads that may stand for the scene in a report that names no other place: not
    in a sentence of the road's closure, delays or diversions, nor as a route's end."""
    if _ROAD_AFTERMATH.search(sentence.text) or when.tells_sequel(sentence.text):
        return []
    text, base = sentence.text, sentence.start
    return [
        f
        for f in numbered_roads(sentence)
        if not _ROAD_ROUTE_BEFORE.search(text, max(0, f.start - base - 12), f.start - base)
        and not fled_before(text, f.start - base)  # "fled ... heading south on Route 12"
    ]


# A definite site noun where the onset's clause puts the event ("caved in at the school", "a
# fire at the inn"): a back-reference to the site the same sentence named before it ("pupils
# of Kell Primary School", "the manager of the Sora hot spring inn").
_SITE_BACK_REFERENCE = re.compile(
    r"\b(?:at|in|inside|into|on|outside)\s+the\s+(?P<head>[a-z][a-z-]+)\b(?!['’]|\s+of\b)"
)
_SITE_HEADS = frozenset(PREMISES_HEADS) - {"park", "bridge", "station", "centre", "center"}
_NAMED_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{_NAME})")
_MODIFIERS_THEN = r"(?:\s+[a-z][\w-]*){0,3}?\s+"


def site_back_references(sentence: Sentence) -> list[Found]:
    """The named site a definite site noun of the onset's clause points back to, in one sentence
    ("Three pupils of Kell Primary School died after a floor caved in at the school"): its name
    (with its head) as the value, from the name to the back-reference as the span. Read where no
    scene sentence of a report names a place."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    for ref in _SITE_BACK_REFERENCE.finditer(text):
        head = ref.group("head")
        if head not in _SITE_HEADS:
            continue
        site: tuple[int, int, str] | None = None  # the last site so named before it
        for m in _NAMED_BEFORE.finditer(text, 0, ref.start()):
            start, name = _trim(m.group("name"), m.start("name"))
            if not name or start == 0 or _REGION.search(name) or _POSSESSIVE.search(name):
                continue
            end = start + len(name)
            if name.split()[-1].lower() == head:
                site = (start, end, name)
            elif tail := re.compile(_MODIFIERS_THEN + re.escape(head) + r"\b").match(text, end):
                site = (start, tail.end(), text[start : tail.end()])
        if site and when.tells_onset(text[site[1] : ref.start()]):
            value = _SPACES.sub(" ", site[2]).lower()
            out.append(Found(PLACE, value, base + site[0], base + ref.end()))
    return out
