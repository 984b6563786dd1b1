"""How fast a vehicle went ("at 62 mph", "80km/h"): limits, zones and changes of speed left out."""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.lexicon import (
    SPEED_LIMIT_WORDS,
    SPEED_UNITS,
)
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.text import Sentence, WordGate
from incident_reader.core.facts.vehicle_phrases import (
    _SPACES,
)
from incident_reader.core.speed_values import written

SPEED = "speed"

_SPEED = re.compile(
    rf"(?<![\w.])(?P<n>\d{{1,3}}(?:\.\d)?)\s*(?P<unit>{_alt(SPEED_UNITS)})(?![\w/])", re.IGNORECASE
)

_LIMIT_AFTER = re.compile(
    rf"\s*\)?\s*(?:\([^()]{{0,30}}\)\s*)?(?:speed\s+)?(?:{'|'.join(SPEED_LIMIT_WORDS)})\b"
    r"|\s*\(\s*(?:the\s+)?(?:maximum|max\.?|top|highest|legal|permitted)\b",
    re.IGNORECASE,
)  # "a 20km/h (13mph) speed limit sign", "50mph (the maximum permitted ...)": limits

# A figure after "by" is a change of speed, not a speed ("slowed the tram down by 6mph").
_CHANGE_BEFORE = re.compile(r"(?<![\w-])by\s+$", re.IGNORECASE)

_SPEED_GATE = WordGate(("mph", "miles", "kmh", "kph", "kmph", "km", "knot"))

# Knots also measure the wind and the water: "winds of 40 knots", "gusting to 35 knots", "a wind
# from the north-east at 15 knots", "a current of three knots" are not how fast a craft went.
_KNOTS = frozenset(("knots", "knot"))
_NOT_A_CRAFT = re.compile(
    r"\b(?:winds?|wind-?speeds?|gust\w*|breezes?|gales?|squalls?|storms?|currents?|tides?|"
    r"tidal|swells?|sustained)\b",
    re.IGNORECASE,
)
_NOT_A_CRAFT_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:winds?|gusts?|breezes?|gales?|currents?|tides?)\b", re.IGNORECASE
)

# A road "posted at 55 mph" or "signposted 30mph" states its limit too.
_LIMIT_WORDS = (*SPEED_LIMIT_WORDS, "posted", "signposted", "signed", "permitted")

_LIMIT = re.compile(rf"\b(?:{'|'.join(_LIMIT_WORDS)})\b", re.IGNORECASE)

_SPEED_LEAD = re.compile(r"(?:at|doing|reaching|reached|of)\s+$")
# Words that bound the figure after them (a closed class): "more than 100 km/h" is at least that.
BOUND_CHARS = 24
_BOUND = re.compile(
    r"(?:(?P<at_most>\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to))"
    r"|(?P<above>\b(?:more\s+than|over|above|in\s+excess\s+of|exceeding|upwards\s+of))"
    r"|(?P<at_least>\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than))"
    r"|(?P<below>\b(?:less\s+than|under|below|fewer\s+than)))\s+$",
    re.IGNORECASE,
)
_BOUNDS = {"above": ">", "at_least": ">=", "below": "<", "at_most": "<="}


def speeds(sentence: Sentence) -> list[Found]:
    """How fast a vehicle went: a whole mph figure as an int, any other as stated ("80km/h",
    "43.5mph", ">100km/h" for "more than 100 km/h"; ``speed_values``); limits and zones left out."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    if not _SPEED_GATE.passes(sentence):
        return out
    for m in _SPEED.finditer(text):
        clause_start = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), 0)
        after = text[m.end() : m.end() + 50]
        if _LIMIT.search(text[clause_start : m.start()]) or _LIMIT_AFTER.match(after):
            continue
        if _CHANGE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue
        unit = _unit_key(m.group("unit"))
        if unit in _KNOTS and (
            _NOT_A_CRAFT.search(text[clause_start : m.start()]) or _NOT_A_CRAFT_AFTER.match(after)
        ):
            continue
        factor = SPEED_UNITS[unit]
        s = m.start()
        bound = _bound(text[max(0, s - BOUND_CHARS) : s])
        if bound:
            s -= len(bound.group(0))
        said = "knots" if unit in _KNOTS else "mph" if factor == 1.0 else "km/h"
        # the figure as stated, unrounded, with its bound; the comparer converts units
        value = written(m.group("n"), said, _BOUNDS[bound.lastgroup or ""] if bound else "")
        lead = _SPEED_LEAD.search(text[max(0, s - 9) : s])
        if lead:
            s -= len(lead.group(0))
        out.append(Found(SPEED, value, base + s, base + m.end()))
    return out


def _bound(before: str) -> re.Match[str] | None:
    """The bound words just before a figure ("more than", "under"), as a match."""
    return _BOUND.search(before)


def _unit_key(unit: str) -> str:
    return _SPACES.sub(" ", unit.lower())
