"""The vehicle noun phrase's parts shared by every vehicle reader: class heads and their
plurals, colour-make-model phrases, closed-class words never among modifiers, and the determiner
before the modifiers (vehicles.py, vessels.py, vehicle_told.py, vehicle_speeds.py)."""

from __future__ import annotations

import re

from incident_reader.core.facts.lexicon import (
    COLOUR_MODIFIERS,
    COLOURS,
    MAKES,
    MODELS,
    SERVICE_NOUNS,
)
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.text import WordGate, WordScan
from incident_reader.core.facts.vocabulary import (
    GENERIC_VEHICLE_HEADS,
    VEHICLE_CLASSES,
)

VEHICLE = "vehicle"

HEADS: tuple[str, ...] = tuple(h for heads in VEHICLE_CLASSES.values() for h in heads)


def _plural(head: str) -> str:
    """The plural of a vehicle head by English suffix rules ("lorries", "buses", "aircraft")."""
    if head.endswith(("craft", "4x4")):
        return head
    if head.endswith("y") and head[-2:-1] not in "aeiou":
        return head[:-1] + "ies"
    if head.endswith(("s", "sh", "ch", "x")):
        return head + "es"
    return head + "s"


PLURALS: dict[str, str] = {_plural(h): h for h in HEADS if _plural(h) != h}

# Classes whose head alone, after any determiner, is a vehicle worth comparing ("the balloon").
_TELLING_CLASSES = ("two-wheel", "air", "machine")

_TELLING = frozenset(h for c in _TELLING_CLASSES for h in VEHICLE_CLASSES[c]) - frozenset(
    GENERIC_VEHICLE_HEADS
)

_GENERIC = frozenset(GENERIC_VEHICLE_HEADS)

_HEAD_SET = frozenset(HEADS)

_SAYS_NO_MORE = frozenset(("car", "vehicle", "motor vehicle"))

_HEAD = rf"(?:{_alt(HEADS)})"

_COLOUR = (
    rf"(?:(?:{_alt(COLOUR_MODIFIERS)})[\s-]+)?(?:{_alt(COLOURS)})"
    rf"(?:\s+and\s+(?:{_alt(COLOURS)})|-coloured)?"
)

_STARTS = rf"(?:{_alt((*COLOUR_MODIFIERS, *COLOURS, *MAKES, *MODELS))})(?![\w])"

# A model after a make: "A3", "3 Series", "i40", "RAV4", "F-150", a name of two or three words
# that ends the capitalised run ("a Toyota Land Cruiser, which", "the Ford Focus Estate was", "a
# Land Rover Range Rover Sport": a model named like a make, "a Nissan Navara Double Cab").
_MODEL = (
    r"(?-i:[A-Z0-9][\w×-]*(?:\s+Series|\s+\d{1,3}(?![\w-])"
    r"|(?:\s+(?!(?:Police|Court|Road|Street|Lane|The|He|She|They|It)\b)[A-Z][a-z]{2,}){1,2}"
    r"(?=\s*[,.;:)]|\s+[a-z]|\s*$))?|[a-z]\d[\w×-]*)"
)

_VEHICLE = re.compile(
    rf"(?<![\w-])(?={_STARTS})(?:(?P<colour>{_COLOUR})\s+)?"
    rf"(?:(?P<make>{_alt(MAKES)})(?![\w-])(?:\s+(?P<model>{_MODEL}))?|(?P<kmodel>{_alt(MODELS)}))?"
    rf"(?:\s*(?P<mod>(?<=\s)(?:(?-i:[a-z0-9])[\w-]+\s+){{1,2}}(?={_HEAD}(?![\w-])))?"
    rf"(?P<noun>{_HEAD}))?(?![\w-])",
    re.IGNORECASE,
)

# (a plural of a short head has a key of its own: "buses", "cars")
_GATE = WordGate(
    (*COLOUR_MODIFIERS, *COLOURS, *MAKES, *MODELS, *SERVICE_NOUNS, *HEADS, *PLURALS, "driver")
    + ("driving",)
)

_VEHICLE_SCAN = WordScan(_VEHICLE, (*COLOUR_MODIFIERS, *COLOURS, *MAKES, *MODELS))

# "an articulated lorry", "his dump truck", "a 40-tonne articulated dump truck".
_DETERMINER = r"(?:a|an|the|his|her|their|its|this|that|one)"

# Closed-class words never among a vehicle's modifiers ("a man in a car" is not one phrase).
_CLOSED = (
    "a an the his her their its this that one of in on at into onto from with by for to and or but "
    "was were is are has had have be been being who which as after before when while than said "
    "he she they it we i you there near over under off out up down about around through across "
    "along behind between"
).split()

_CLOSED_SET = frozenset(_CLOSED)

_MOD_WORD = (
    rf"(?:(?!(?:{'|'.join(_CLOSED)})\s)(?-i:[a-z0-9])(?:[\w-]|\.(?=\d))*"
    r"|(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)-bound)"  # "a Nairobi-bound matatu": where it was going
)

# Found from the head back (heads are rarer than determiners): the head, then what stands before.
_HEAD_WORD = re.compile(rf"(?<![\w-])(?:{_alt(PLURALS)}|{_HEAD})(?![\w-])", re.IGNORECASE)

_HEAD_SCAN = WordScan(_HEAD_WORD, (*HEADS, *PLURALS))

_DIGIT = re.compile(r"\d")

_SPACES = re.compile(r"\s+")


def _taken(spans: list[tuple[int, int, str]], at: int) -> bool:
    return any(s <= at < e for s, e, _ in spans)
