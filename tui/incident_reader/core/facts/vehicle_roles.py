"""Vehicles by their role in the event, whatever their head noun: the thing people were aboard
("aboard a silver aluminium runabout"), or the subject of a verb only a craft or vehicle takes
("the white 5.8-metre aluminium runabout overturned", "the blue Optare Solo single-decker
nosedived"). Class heads the tables know are read by vehicle_heads; these are the open class."""

from __future__ import annotations

import re

from incident_reader.core.facts.lexicon import PERSON_HEADS
from incident_reader.core.facts.text import Sentence, WordGate
from incident_reader.core.facts.vehicle_heads import _OTHER_PARTY
from incident_reader.core.facts.vehicle_phrases import _CLOSED, _HEAD_SET, PLURALS

# Verbs said of a craft or a vehicle, not of a person or a thing: told intransitively, their
# subject is the vehicle ("the dinghy capsized", "the railcar derailed").
CRAFT_VERBS: tuple[str, ...] = (
    "capsized", "overturned", "sank", "derailed", "ran aground", "ran agound", "ran ashore",
    "nosedived", "nose-dived", "crash-landed", "ditched", "keeled over", "turned turtle",
    "flipped", "flipped over", "rolled over", "foundered", "jack-knifed", "jackknifed",
)  # fmt: skip
# A modifier of the vehicle: a colour, a material, a measure ("5.8-metre"), a capitalised make or
# model ("Optare Solo"); never a closed-class word ("a man in a boat" is not one phrase). A
# measure may be closed up too: "a 38ft motor cruiser", "a 12m launch".
_MOD = (
    rf"(?:(?!(?:{'|'.join(_CLOSED)})\s)"
    rf"(?:[a-z][\w-]*|\d+(?:\.\d+)?-?[a-z]{{1,6}}|[A-Z][\w-]*))"
)
_HEAD = rf"(?!(?:{'|'.join(_CLOSED)})(?![\w-]))(?P<head>(?-i:[a-z]+(?:-[a-z]+)*))"
_DET_MODS = rf"(?P<det>(?i:a|an|the))\s+(?P<mods>(?:{_MOD}\s+){{0,4}})"
_NP = rf"{_DET_MODS}{_HEAD}"
# Aboard it: "seven people aboard a silver aluminium runabout".
_ABOARD = re.compile(rf"(?<![\w-])(?i:aboard|on\s+board)\s+{_NP}(?![\w-])")
# Its own verb, right after it or after a relative pronoun ("a runabout that flipped"); a verb
# followed by an object is transitive ("the court overturned the ruling").
_CRAFT_VERB = re.compile(
    rf"(?<![\w-]){_NP}\s+(?:(?:that|which)\s+)?(?:(?:had|then|suddenly|later)\s+)?"
    rf"(?P<verb>{'|'.join(sorted((re.escape(v) for v in CRAFT_VERBS), key=len, reverse=True))})"
    r"(?![\w-])(?!\s+(?:a|an|the|his|her|their|its)\s)"
)
# Set off after a class head, a description of it by an open head, told by its size or named:
# "The boat, a 38ft motor cruiser named Sea Breeze,", "the vessel, a 12m aluminium launch,"
# (a size or a name says it is the vehicle described, not a thing it is likened to).
_APPOSED = re.compile(
    rf",\s+{_NP}(?![\w-])(?=\s*[,;.)]|\s+(?:named|called|registered|owned|built)\b)"
)
_HEAD_BEFORE_COMMA = re.compile(r"(?<![\w-])(?P<head>[a-z]+(?:[ -][a-z]+)?)\s*$")
_SIZE = re.compile(r"\d+(?:\.\d+)?(?:ft|m|-foot|-ft|-metre|-meter|-tonne|-ton)", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s+(?:named|called)\s+(?-i:[A-Z])")
# Compounds whose last part is a craft's head: "floatplane", "warplane", "houseboat",
# "gyrocopter" (not "-ship": "friendship"; not "-craft": "witchcraft").
CRAFT_SUFFIXES: tuple[str, ...] = ("plane", "boat", "copter")
_SUFFIXED = re.compile(
    rf"(?<![\w-]){_DET_MODS}"
    rf"(?P<head>(?-i:[a-z]+(?:-[a-z]+)*(?:{'|'.join(CRAFT_SUFFIXES)})))(?![\w-])"
)
GATE = WordGate(("aboard", "board", *CRAFT_VERBS))
_SUFFIX_WORD = re.compile(rf"[a-z]{{2}}(?:{'|'.join(CRAFT_SUFFIXES)})\b")
# Heads aboard which people are, that are no vehicle ("aboard the flight", "on board the tour").
_NOT_VEHICLES = frozenset(
    ("flight", "service", "mission", "journey", "trip", "cruise", "voyage", "tour", "ride",
     "excursion", "sun", "moon")
)  # fmt: skip


def _phrase(text: str, m: re.Match[str], need_mods: bool) -> tuple[int, int, str] | None:
    head = m.group("head")
    mods = m.group("mods").split()
    if (
        head in _HEAD_SET
        or head in PLURALS
        or head in PERSON_HEADS
        or head in _NOT_VEHICLES
        or (head.endswith("s") and not head.endswith(("ss", "us")))
        or head.endswith("ed")  # a verb after the phrase ("aboard the X floatplane died")
        or (need_mods and not mods)
        or _OTHER_PARTY.intersection(w.lower() for w in mods)
    ):
        return None  # a known head is read with its class; people and plurals are no vehicle
    start = m.start("mods") if mods else m.start("head")
    return start, m.end("head"), " ".join([*mods, head]).lower()


# A phrase a preposition governs is no verb's subject: "the white jeep taking them on a night
# tour overturned", "the barge with a family on a river cruise capsized" (the subject stands
# before the preposition; "after" and "before" also open clauses, so are left out).
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:on|in|at|for|from|to|into|onto|with|of|during|off)\s+$", re.IGNORECASE
)


def _governed(text: str, at: int) -> bool:
    """Whether the phrase at ``at`` is a preposition's object."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, at - 12), at))


def _overlaps(spans: list[tuple[int, int, str]], span: tuple[int, int, str]) -> bool:
    return any(s < span[1] and span[0] < e for s, e, _ in spans)


def may_hold(sentence: Sentence) -> bool:
    """Whether a sentence may hold a vehicle by its role (a cue word or a compound craft head)."""
    text = sentence.text
    return (
        GATE.passes(sentence)
        or _suffixed(text)
        or (", a" in text and (" named " in text or " called " in text or bool(_SIZE.search(text))))
    )


def _suffixed(text: str) -> bool:
    """Whether a word ends in a craft suffix ("floatplane"): its plain words first (the pattern
    is tried at every lower-case letter)."""
    return any(s in text for s in CRAFT_SUFFIXES) and _SUFFIX_WORD.search(text) is not None


def by_role(sentence: Sentence, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Vehicles an open-class head names where its role in the event tells it is one."""
    text = sentence.text
    suffixed = _suffixed(text)
    out: list[tuple[int, int, str]] = []
    if suffixed:  # a craft by its compound head, wherever it stands ("a Beaver floatplane")
        for m in _SUFFIXED.finditer(text):
            span = _phrase(text, m, False)
            if span and not _overlaps([*taken, *out], span):
                out.append(span)
    if ", a" in text:
        for m in _APPOSED.finditer(text):
            before = _HEAD_BEFORE_COMMA.search(text, max(0, m.start() - 24), m.start())
            if before is None or before.group("head").lower() not in _HEAD_SET:
                continue
            if not (
                any(_SIZE.fullmatch(w) for w in m.group("mods").split())
                or _NAMED_AFTER.match(text, m.end())
            ):
                continue  # "the boat, a family heirloom,": no size nor name says it is one
            span = _phrase(text, m, False)
            if span and not _overlaps([*taken, *out], span):
                out.append(span)
    # A bare head after "aboard" says which craft; as a verb's subject it needs a modifier ("the
    # sun sank" is no craft; "the white runabout overturned" is one).
    for pattern, need_mods in ((_ABOARD, False), (_CRAFT_VERB, True)):
        for m in pattern.finditer(text):
            if pattern is _CRAFT_VERB and _governed(text, m.start()):
                continue  # "the jeep taking them on a desert trip overturned": the jeep did
            span = _phrase(text, m, need_mods)
            if span and not _overlaps([*taken, *out], span):
                out.append(span)
    return out
