"""Vehicles by make, model and operator: "a dark grey Audi A3", "the Cessna 172", "a Tata
truck" (a make nobody listed, by shape), "the number 42 bus", "Lakeshore Rail train 412"."""

from __future__ import annotations

import re

from incident_reader.core.facts.lexicon import MAKES, MODELS, ORDINARY_WORD_MODELS, SERVICE_NOUNS
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.place_words import ORGANISATION_HEADS
from incident_reader.core.facts.role_words import NOT_NAME_WORDS
from incident_reader.core.facts.text import Sentence, WordGate, WordScan
from incident_reader.core.facts.vehicle_heads import _NOT_MODIFIERS
from incident_reader.core.facts.vehicle_phrases import (
    _COLOUR,
    _DETERMINER,
    _HEAD,
    _SAYS_NO_MORE,
    _VEHICLE_SCAN,
    HEADS,
    PLURALS,
    _taken,
)
from incident_reader.core.facts.vocabulary import SITE_WORDS, STREET_WORDS
from incident_reader.core.temporal.lexicon import HOLIDAY_NAMES, MONTHS, WEEKDAYS

# A make nobody listed with its model number (a series after a hyphen: "Boeing 737-800"),
# after a determiner and perhaps a modifier or two:
# "the Cessna 172", "The single-engine Piper PA-28"; a make of two words before a named model
# and its number ("a De Havilland Dash 8-400" is a Dash 8-400), a one-digit model ("the Dash 8").
# A model of one digit is one only with its series ("Dash 8-400") or ending its phrase ("aboard
# the Dash 8 when it landed"), not before a noun it names a group of ("the Channel 4 crew").
_ONE_DIGIT_END = (
    r"(?=-\d|\s*(?:[,.;:)]|$)|\s+(?:when|as|was|were|had|has|is|that|which|and|with|from|to|at"
    r"|on|in|carrying|operated|operating|after|before|while)\b)"
)
_MAKE_NUMBER = re.compile(
    rf"(?<![\w-])(?i:{_DETERMINER})\s+(?:[a-z][a-z]*(?:-[a-z]+)+\s+|[a-z]+(?:ed|en)\s+){{0,2}}"
    rf"(?:[A-Z][\w-]+\s+){{0,2}}(?P<make>[A-Z][a-z]{{2,}})\s+(?P<model>[A-Z]{{0,3}}-?(?:\d{{2,4}}|\d{_ONE_DIGIT_END})[A-Za-z]?"
    rf"(?:-\d{{1,4}}[A-Za-z]{{0,2}})?)"
    rf"(?:\s+(?P<noun>(?i:{_HEAD})))?(?![\w-])"
)
_NAME_NUMBER = re.compile(r"[A-Z][a-z]{2,}\s+[A-Z]{0,3}-?\d")
_ROUTE = re.compile(
    rf"(?<![\w-])(?:number|no\.?|route)\s*\d{{1,4}}[a-z]?\s+(?:{_alt(SERVICE_NOUNS)})(?![\w-])",
    re.IGNORECASE,
)
_SERVICE = re.compile(
    rf"(?<![\w-])(?P<op>(?:[A-Z][\w&'’-]*\s+){{0,3}})(?P<svc>(?i:{_alt(SERVICE_NOUNS)}))"
    r"(?:\s+(?:(?:No\.?|(?i:number)|#)\s*)?(?P<num>\d[A-Z]\d\d|\d{1,5}[A-Z]?))?(?![\w-])"
)
_SERVICE_GATE = WordGate(SERVICE_NOUNS)
# A place named by the service that stops there: "bus stop", "bus shed", "train station".
_PLACE_AFTER = re.compile(
    r"\s+(?:stops?|shelters?|sheds?|stations?|depots?|terminals?|terminus|stands?|bays?|lanes?"
    r"|garages?|yards?|parks?|routes?)(?![\w-])",
    re.IGNORECASE,
)
_OPEN_MAKE = re.compile(
    rf"(?<![\w-])(?:(?i:a|an|his|her|their)\s+(?:(?P<colour>(?i:{_COLOUR}))\s+)?"
    rf"|(?i:the)\s+(?P<the_colour>(?i:{_COLOUR}))\s+)(?:[a-z]+ing\s+)?"
    r"(?P<name>(?:[A-Z][a-z]+(?:-?[A-Z][a-z]+)?|[A-Z]{2,6})"
    r"(?:\s+(?:[A-Z][a-z]+|[A-Z]*\d[\w-]*)){0,2})"
    rf"(?:\s+(?P<noun>(?i:{_HEAD})))?(?![\w-])"
)
# Tried only where one of its determiners starts a word (the pattern opens with a look-behind, so
# the regex engine would try it at every character); test_facts_prefilters checks it finds what
# finditer finds.
_OPEN_MAKE_SCAN = WordScan(_OPEN_MAKE, ("a", "an", "his", "her", "their", "the"))
_MODIFIES_HEAD = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}(?:{_alt(PLURALS)}|{_HEAD})(?![\w-])", re.I)
_DRIVEN_BEFORE = re.compile(
    r"\b(?:(?:driver|drivers|wheel|occupants?|passengers?)\s+of|driving|drove|driven)\s+$", re.I
)
# A verb of coming or going and "in" before a coloured name: the name is what they rode in
# ("They came in a white Quantum", "the gunmen fled in a silver Fortuner", "arrived in a red
# Axio"), a model told without its make.
_CONVEYED_BEFORE = re.compile(
    r"(?<![\w-])(?:came|come|comes|coming|arrived|arrive|arriving|fled|flee|fleeing|escaped"
    r"|escaping|drove|driven|driving|sped|speeding|left|leaving|travell?ed|travell?ing|rode"
    r"|riding|pulled\s+up|turned\s+up|showed\s+up|got\s+away|made\s+off|took\s+off)"
    r"(?:\s+(?:off|away|up|out|back))?\s+in\s+$",
    re.IGNORECASE,
)
_CALENDAR_WORDS = frozenset((*HOLIDAY_NAMES, *MONTHS, *WEEKDAYS))
# A name set off after a vehicle's head names its make or model, whatever the make: "the lead
# snowmobile, an Arctic Cat, ...", "the bus, a Marcopolo Paradiso owned by ...": the head before
# the comma, and the name's phrase ending where the apposition does.
_HEAD_BEFORE = re.compile(rf"(?<![\w-])(?P<head>{_HEAD}),\s*$", re.IGNORECASE)
APPOSED_REACH = 30
_APPOSITION_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:owned|operated|run|driven|registered|bearing|carrying|with|which"
    r"|that|belonging|hired|chartered)\b"
)
_NOT_MAKE_WORDS = frozenset(NOT_NAME_WORDS) | {w.capitalize() for w in STREET_WORDS}
_WORDS_NOT_MODELS = frozenset(
    "at in on into was is had has and with which that after before as car van the a".split()
)
_ORDINARY = frozenset(ORDINARY_WORD_MODELS)
# Before a bare model or make: an article or a possessive ("a Focus", "his Golf").
# ... a measure or participle may stand between ("a 44-tonne Scania", "a stolen Audi").
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\W)(?:a|an|the|his|her|their|its|my|our|your)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_NAME_AFTER = re.compile(r"\s+[A-Z]")  # "the Discovery Channel", "the Golf Club"
# Words telling that a vehicle is spoken of, so "a Focus" is a car and "the Cessna 172" a plane.
_VEHICLE_TALK = re.compile(
    rf"\b(?:driv\w*|drove|parked|crash\w*|collided|sped|speeding|registration|number plate|"
    rf"rammed|ploughed|plowed|smashed|flew|flown|flying|pilot\w*|took off|came down|landed|"
    rf"landing|runway|aboard|on board|passengers|"
    rf"take-off|takeoff|taken off|taking off|flight|airline|derail\w*|capsiz\w*|sank|"
    rf"overturn\w*|skidd\w*|went down|gone down|"
    rf"{_alt(HEADS)})\b",
    re.IGNORECASE,
)

# What only a vehicle does, right after a model of two capitalised words told without its make:
# "a Land Cruiser carrying seven tourists rolled", "a Grand Vitara that overturned" (a person's
# or a firm's name does neither).
_VEHICLE_ACTS = re.compile(
    r"(?:\s+(?:carrying|ferrying|transporting|towing)\s+(?:[\w'’-]+\s+){0,3}?"
    # (whom only a vehicle carries: "a Good Samaritan carrying two children" is a person)
    r"(?:passengers|tourists|pilgrims|holidaymakers|sightseers|worshippers|commuters|migrants"
    r"|labourers|laborers|farmhands|occupants)\b"
    r"|(?:\s+(?:that|which))?(?:\s+(?:had|has|then|suddenly|later))?\s+(?:overturned|capsized"
    r"|derailed|rolled\s+over|flipped(?:\s+over)?|turned\s+turtle|jack-?knifed|skidded|careered"
    r"|careened|veered|swerved|somersaulted|plunged))(?![\w-])",
    re.IGNORECASE,
)

# The words that may open one of those acts, so a sentence holding none skips them.
ACTS_GATE = WordGate(
    ("carrying", "ferrying", "transporting", "towing", "overturned", "capsized", "derailed",
     "rolled", "flipped", "turned", "jack-knifed", "jackknifed", "skidded", "careered",
     "careened", "veered", "swerved", "somersaulted", "plunged")
)  # fmt: skip


def _open_makes(
    sentence: Sentence, taken: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Makes nobody listed, by shape: "a Tata truck", "a white Mahindra Scorpio", "the driver of
    a Holden Commodore" (capitalised words with a vehicle head, a colour or a driver before)."""
    text = sentence.text
    out: list[tuple[int, int, str]] = []
    for m in _OPEN_MAKE_SCAN.finditer(sentence):
        words = m.group("name").split()
        colour = m.group("colour") or m.group("the_colour")
        if m.group("the_colour") and not m.group("noun"):
            continue  # after "the", a colour and a class noun: "the green John Deere tractor"
        if _taken(taken, m.start("name")) or any(w in _NOT_MAKE_WORDS for w in words):
            continue
        if any(w.lower() in MAKES or w.lower() in MODELS for w in words):
            continue  # a make the table knows is read with its model elsewhere
        noun = (m.group("noun") or "").lower()
        if noun in _SAYS_NO_MORE:
            noun = ""
        if not m.group("noun") and _MODIFIES_HEAD.match(text, m.end()):
            continue  # "a Home Depot rental pickup truck": the words modify a later head
        driven = _DRIVEN_BEFORE.search(text, 0, m.start())
        apposed = _apposed_head(text, m)
        if apposed:  # "the lead snowmobile, an Arctic Cat,": its make, with the head before
            value = [colour or "", *words, apposed.group("head")]
            out.append((apposed.start("head"), m.end(), " ".join(w for w in value if w).lower()))
            continue
        acts = len(words) > 1 and _VEHICLE_ACTS.match(text, m.end()) is not None
        # (a coloured name ridden in: "they came in a white Quantum")
        conveyed = bool(
            m.group("colour")
            and _CONVEYED_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and not _CALENDAR_WORDS.intersection(w.lower() for w in words)  # "a white Christmas"
        )
        if not (m.group("noun") or (colour and len(words) > 1) or driven or acts or conveyed):
            continue  # "a Good Samaritan": capitalised words alone are no vehicle
        if not m.group("noun") and not _VEHICLE_TALK.search(text) and not (acts or conveyed):
            continue
        value = [colour or "", *words, noun]
        start = m.start("colour") if m.group("colour") else m.start("the_colour")
        out.append((start if colour else m.start("name"), m.end(),
                    " ".join(w for w in value if w).lower()))  # fmt: skip
    return out


def _apposed_head(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The vehicle head a bare name is set off after ("the bus, a Marcopolo Paradiso,")."""
    at = m.start()
    if m.group("noun") or text[:at].rstrip()[-1:] != ",":
        return None
    if not _APPOSITION_END.match(text, m.end()):
        return None
    head = _HEAD_BEFORE.search(text, max(0, at - APPOSED_REACH), at)
    if head is None or head.group("head").lower() in _SAYS_NO_MORE:
        return None  # "the car, a Ford": the make alone tells it
    return head


def _described(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Colour, make and model phrases ("a dark grey Audi A3", "the green and gold balloon")."""
    text = sentence.text
    out: list[tuple[int, int, str]] = []
    for m in _VEHICLE_SCAN.finditer(sentence):
        if not m.group(0).strip():
            continue
        value = _vehicle_value(m)
        if value is None or (m.group("make") and _firm_after(text, m.start("make"))):
            continue  # "of Jaguar PLC", "Toyota Industries Corp.": the maker, not a vehicle
        if m.group("make") and _person_after(text, m.start("make")):
            continue  # "foreman Ram Lal Yadav (48)": a make's word opening a person's name
        if m.group("noun") and _PLACE_AFTER.match(text, m.end()):
            continue  # "the Marlow Green bus shed": a place named by what stops there
        if value.lower() in _ORDINARY and not _bare_model_is_vehicle(text, m):
            continue  # "Focus groups", "the Discovery Channel", "played jazz"
        if m.group("make") and value == m.group("make").lower():
            if not _bare_model_is_vehicle(text, m):
                continue  # "Kia kaha": a make alone needs an article and vehicles spoken of
        end = m.end()
        if m.group("model") and not set(m.group("model").lower().split()) <= set(value.split()):
            end = m.end("make")
        out.append((m.start(), end, value))
    return out


def _services(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Routes and operators' services: "the number 42 bus", "Lakeshore Rail train 412"."""
    out: list[tuple[int, int, str]] = []
    for m in _ROUTE.finditer(text):
        out.append((m.start(), m.end(), " ".join(m.group(0).lower().split())))
    for m in _SERVICE.finditer(text):
        if _taken([*taken, *out], m.start("svc")):
            continue
        if _PLACE_AFTER.match(text, m.end()):
            continue  # "the Kestrel Hill bus stop": the service names a place, no vehicle
        op = [w for w in m.group("op").split() if not _is_sentence_word(w)]
        if not m.group("num") and (len(op) < 2 or m.group("svc")[0].isupper()):
            continue  # "a Tube train" is no particular train; "Lakeshore Rail train" is
        s = m.start("svc") if not op else text.index(op[0], m.start("op"))
        words = [*op, m.group("svc"), m.group("num") or ""]
        out.append((s, m.end(), " ".join(w for w in words if w).lower()))
    return out


def _bare_model_is_vehicle(text: str, m: re.Match[str]) -> bool:
    """A model or make alone: after "a"/"his", before no name, where vehicles are spoken of."""
    return (
        bool(_DETERMINER_BEFORE.search(text, 0, m.start()))
        and not _NAME_AFTER.match(text, m.end())
        and bool(_VEHICLE_TALK.search(text))
    )


# Up to three capitalised words after a make: the rest of its name ("Toyota Industries Corp.").
_NAME_WORDS = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")


_PLACE_WORDS = frozenset((*STREET_WORDS, *SITE_WORDS))
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _firm_after(text: str, at: int) -> bool:
    """Whether the name a make starts is a firm's or a place's: an organisation's word closes
    it ("Ford Motor Co.", "Toyota Industries Corp.") or a street or site word follows the
    make ("Jaguar Lane", "the Ford Building"; "a Ford Focus Estate" is a car)."""
    name = _NAME_WORDS.match(text, at)
    if name is None:
        return False
    words = [w.lower().rstrip(",.") for w in name.group(0).split()[1:]]
    after = _WORD_AFTER.match(text, name.end())  # "the Jaguar chairman", not "motor vehicle"
    if (
        after
        and after.group(1) in ORGANISATION_HEADS
        and not _MODIFIES_HEAD.match(text, name.end())
    ):
        return True
    return bool(words) and (words[0] in _PLACE_WORDS or any(w in ORGANISATION_HEADS for w in words))


# A person's age right after a capitalised name: "X Y (48)", "X Y, 48,".
_AGE_AFTER = re.compile(r"\s*\(\d{1,2}\)|\s*,\s*\d{1,2}\s*,")


def _person_after(text: str, at: int) -> bool:
    """Whether the capitalised words a make starts are a person's name told with an age."""
    name = _NAME_WORDS.match(text, at)
    return name is not None and bool(_AGE_AFTER.match(text, name.end()))


def _is_sentence_word(word: str) -> bool:
    return word.lower() in ("the", "a", "an", "eastbound", "westbound", "northbound", "southbound")


def _vehicle_value(m: re.Match[str]) -> str | None:
    colour, make, model = m.group("colour"), m.group("make"), m.group("model")
    kmodel, noun = m.group("kmodel"), m.group("noun")
    if make and not make[0].isupper():
        return None  # "seat", "mini", "smart" as ordinary words
    if kmodel and not kmodel[0].isupper():
        return None
    if model and (
        model.lower() in _WORDS_NOT_MODELS
        or model.lower() in HEADS
        or not (model[0].isupper() or model[0].isdigit() or re.match(r"[a-z]\d", model))
    ):
        model = None
    if not (make or kmodel or (colour and noun)):
        return None
    mod = " ".join(m.group("mod").split()) if m.group("mod") and (colour or make) else None
    if mod and _NOT_MODIFIERS.intersection(mod.split()):
        mod = None  # "a Ford parked van" tells no more
    if (make or kmodel) and noun and noun.lower() in _SAYS_NO_MORE:
        noun = mod = None  # "a black Toyota car", "a Hyundai motor vehicle": a Toyota, a Hyundai
    words = [colour, make, model if make else None, kmodel, mod, noun]
    return " ".join(w.lower() for w in words if w).replace("×", "x")  # "4×4" is "4x4"
