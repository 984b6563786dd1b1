"""Vehicles and speeds: "a silver Ford Fiesta", "Lakeshore Rail train 412", "at 62 mph".

A vehicle needs a make, a known model, or a colour with a vehicle noun ("a white van"); a bare "car"
says nothing checkable. A speed next to "limit" or "zone" is a rule, not how fast anything went.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.lexicon import (
    COLOUR_MODIFIERS,
    COLOURS,
    EMERGENCY_VEHICLE_WORDS,
    MAKES,
    MODELS,
    ORDINARY_WORD_MODELS,
    SERVICE_NOUNS,
    SPEED_LIMIT_WORDS,
    SPEED_UNITS,
    VEHICLE_NOUNS,
)
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.text import Sentence, WordGate, WordScan

VEHICLE = "vehicle"
SPEED = "speed"

_COLOUR = (
    rf"(?:(?:{_alt(COLOUR_MODIFIERS)})[\s-]+)?(?:{_alt(COLOURS)})"
    rf"(?:\s+and\s+(?:{_alt(COLOURS)})|-coloured)?"
)
_STARTS = rf"(?:{_alt((*COLOUR_MODIFIERS, *COLOURS, *MAKES, *MODELS))})(?![\w])"
_GATE = WordGate((*COLOUR_MODIFIERS, *COLOURS, *MAKES, *MODELS, *SERVICE_NOUNS))
_VEHICLE = re.compile(
    rf"(?<![\w-])(?={_STARTS})(?:(?P<colour>{_COLOUR})\s+)?"
    rf"(?:(?P<make>{_alt(MAKES)})(?![\w-])(?:\s+(?P<model>[A-Z0-9][\w-]*))?|(?P<kmodel>{_alt(MODELS)}))?"
    rf"(?:\s*(?P<mod>(?<=\s)(?-i:[a-z])[\w-]+\s+(?=(?:{_alt(VEHICLE_NOUNS)})(?![\w-])))?"
    rf"(?P<noun>{_alt(VEHICLE_NOUNS)}))?(?![\w-])",
    re.IGNORECASE,
)
_SERVICE_GATE = WordGate(SERVICE_NOUNS)
_VEHICLE_SCAN = WordScan(_VEHICLE, (*COLOUR_MODIFIERS, *COLOURS, *MAKES, *MODELS))
_ROUTE = re.compile(
    rf"(?<![\w-])(?:number|no\.?|route)\s*\d{{1,4}}[a-z]?\s+(?:{_alt(SERVICE_NOUNS)})(?![\w-])",
    re.IGNORECASE,
)
_SERVICE = re.compile(
    rf"(?<![\w-])(?P<op>(?:[A-Z][\w&'’-]*\s+){{0,3}})(?P<svc>(?i:{_alt(SERVICE_NOUNS)}))"
    r"(?:\s+(?:No\.?\s*)?(?P<num>\d{1,5}[A-Z]?))?(?![\w-])"
)
# The other vehicle of a collision is not the incident's vehicle.
_OBJECT_OF_COLLISION = re.compile(
    r"(?:collided\s+with|crashed\s+into|smashed\s+into|ploughed\s+into|hit|struck|rammed)\s+"
    r"(?:an?|the)\s*$",
    re.IGNORECASE,
)
_SERVICE_WORDS = frozenset(EMERGENCY_VEHICLE_WORDS)
_SERVICE_BEFORE = re.compile(rf"\b(?:{'|'.join(EMERGENCY_VEHICLE_WORDS)})\s+$", re.IGNORECASE)
_WORDS_NOT_MODELS = frozenset(
    "at in on into was is had has and with which that after before as car van the a".split()
)
_SPEED = re.compile(
    rf"(?<![\w.])(?P<n>\d{{1,3}}(?:\.\d)?)\s*(?P<unit>{_alt(SPEED_UNITS)})(?![\w/])", re.IGNORECASE
)
_LIMIT_AFTER = re.compile(rf"\s*(?:speed\s+)?(?:{'|'.join(SPEED_LIMIT_WORDS)})\b", re.IGNORECASE)
_SPEED_GATE = WordGate(("mph", "miles", "kmh", "kph", "km"))
_LIMIT = re.compile(rf"\b(?:{'|'.join(SPEED_LIMIT_WORDS)})\b", re.IGNORECASE)
_SPEED_LEAD = re.compile(r"(?:at|doing|reaching|reached|of)\s+$")
_SPACES = re.compile(r"\s+")
_ORDINARY = frozenset(ORDINARY_WORD_MODELS)
# Before a bare model: an article or a possessive ("a Focus", "his Golf"), not a sentence start.
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:a|an|the|his|her|their|its|my|our|your)\s+$", re.I)
_NAME_AFTER = re.compile(r"\s+[A-Z]")  # "the Discovery Channel", "the Golf Club"
# Words telling that a vehicle is spoken of, so "a Focus" is a car.
_VEHICLE_TALK = re.compile(
    rf"\b(?:driv\w*|drove|parked|crash\w*|collided|sped|speeding|registration|number plate|"
    rf"{_alt(VEHICLE_NOUNS)})\b",
    re.IGNORECASE,
)


def vehicles(sentence: Sentence) -> list[Found]:
    """Vehicle descriptions a sentence gives, as lower-case strings ("white ford transit van")."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    if not _GATE.passes(sentence):
        return out
    for m in _VEHICLE_SCAN.finditer(sentence):
        if not m.group(0).strip():
            continue
        value = _vehicle_value(m)
        if value is None or _OBJECT_OF_COLLISION.search(text[max(0, m.start() - 25) : m.start()]):
            continue
        if value.lower() in _ORDINARY and not _bare_model_is_vehicle(text, m):
            continue  # "Focus groups", "the Discovery Channel", "played jazz"
        if set(value.split()) & _SERVICE_WORDS or _SERVICE_BEFORE.search(text[: m.start()]):
            continue  # "a marked police BMW", "a white police van": the responders' vehicles
        end = m.end()
        if (
            m.group("model")
            and m.group("model").lower() not in value.split()
            and not m.group("noun")
        ):
            end = m.end("make")
        out.append(Found(VEHICLE, value, base + m.start(), base + end))
    if not _SERVICE_GATE.passes(sentence):
        return out  # a route or an operator's service needs a service noun ("bus", "train")
    for m in _ROUTE.finditer(text):
        # "The number 42 bus": a route number names the vehicle as well as an operator would.
        out.append(
            Found(VEHICLE, " ".join(m.group(0).lower().split()), base + m.start(), base + m.end())
        )
    for m in _SERVICE.finditer(text):
        if any(f.start <= base + m.start("svc") < f.end for f in out):
            continue
        op = [w for w in m.group("op").split() if not _is_sentence_word(w)]
        if not m.group("num") and (len(op) < 2 or m.group("svc")[0].isupper()):
            continue  # "a Tube train" is no particular train; "Lakeshore Rail train" is
        s = m.start("svc") if not op else text.index(op[0], m.start("op"))
        words = [*op, m.group("svc"), m.group("num") or ""]
        value = " ".join(w for w in words if w).lower()
        out.append(Found(VEHICLE, value, base + s, base + m.end()))
    return out


def _bare_model_is_vehicle(text: str, m: re.Match[str]) -> bool:
    """A model that is also a word, alone: after "a"/"his", before no name, where cars are told."""
    return (
        bool(_DETERMINER_BEFORE.search(text, 0, m.start()))
        and not _NAME_AFTER.match(text, m.end())
        and bool(_VEHICLE_TALK.search(text))
    )


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
        or model.lower() in VEHICLE_NOUNS
        or not (model[0].isupper() or model[0].isdigit())
    ):
        model = None
    if not (make or kmodel or (colour and noun)):
        return None
    mod = m.group("mod").strip() if m.group("mod") and colour else None
    words = [colour, make, model if make else None, kmodel, mod, noun]
    return " ".join(w.lower() for w in words if w)


def speeds(sentence: Sentence) -> list[Found]:
    """How fast a vehicle went, in mph; speed limits and zones are left out."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    if not _SPEED_GATE.passes(sentence):
        return out
    for m in _SPEED.finditer(text):
        clause_start = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), 0)
        after = text[m.end() : m.end() + 20]
        if _LIMIT.search(text[clause_start : m.start()]) or _LIMIT_AFTER.match(after):
            continue
        mph = round(float(m.group("n")) * SPEED_UNITS[_unit_key(m.group("unit"))])
        s = m.start()
        lead = _SPEED_LEAD.search(text[max(0, s - 9) : s])
        if lead:
            s -= len(lead.group(0))
        out.append(Found(SPEED, mph, base + s, base + m.end()))
    return out


def _unit_key(unit: str) -> str:
    return _SPACES.sub(" ", unit.lower())
