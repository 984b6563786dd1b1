"""Crafts told by a name of their own where no class noun heads it: an aircraft's type set off
with its operator ("The Otter, run by Kell Air, came down"), a named train service ("the
'Sea Queen' express", "the Coast Line express") and one unit of a many-unit conveyance told by
its number where it falls or comes loose ("Gondola 6 came loose", "carriage number 2 derailed")."""

from __future__ import annotations

import re

from incident_reader.core.facts.place_words import LANDFORM_HEADS, STRUCTURE_HEADS, is_organisation
from incident_reader.core.facts.vehicle_heads import _ACTS_AFTER
from incident_reader.core.facts.vehicle_phrases import _taken
from incident_reader.core.facts.vocabulary import SITE_WORDS, STREET_WORDS, TRADE_PREMISES

# A craft told by its type's name alone, set off with its operator ("The Otter, run by Kell Air,
# came down in the lake", "the Dash 8, run by Loch Air, came down"): where it acts, the name
# is the vehicle's, as a class noun in that place would be ("the coach, operated by X, ...").
_OPERATED_NAME = re.compile(
    r"(?<![\w-])(?:The|the)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})"
    r"(?=,\s+(?:operated|run|owned|chartered)\s+by\s+[A-Z])"
)
_DIGIT = re.compile(r"\d")
_OPERATOR_GATE = re.compile(r",\s+(?:operated|run|owned|chartered)\s+by\s")
# ... never a place or a firm so named ("The Kelby Inn, run by X, caught fire").
_PLACE_HEADS = frozenset(
    (*SITE_WORDS, *STREET_WORDS, *STRUCTURE_HEADS, *LANDFORM_HEADS, *TRADE_PREMISES)
) | frozenset("inn tavern arms lounge theatre cinema hostel lodge centre center".split())
# A train service's name before "express": quoted ("the 'Sea Queen' express"), or capitalised
# before a lower-case "express" ("the Coast Line express"); a capitalised "Express" after a
# bare name is a newspaper's or a firm's ("the Daily Express", "Kelby Express Ltd").
_NAMED_EXPRESS = re.compile(
    r"(?<![\w-])(?:the|a|an)\s+(?:[\w-]+-bound\s+)?"
    r"(?:(?P<q>['‘“\"])(?P<quoted>[A-Z][^'’”\"\n]{1,30}?)['’”\"]\s+(?P<qhead>[Ee]xpress)"
    r"|(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?P<head>express))(?![\w-])"
)

# One unit of a conveyance of many told by its number ("Gondola 6", "cabin number 14", "Car No.
# 3"; a closed class: the units a cable car, ropeway, funicular or train is made of) where it
# comes loose, falls or leaves its line: the unit is the vehicle. A verb of fire or of standing
# is none ("Cabin 5 caught fire" may be a holiday cabin), nor a number told elsewhere in the
# clause ("he was in cabin 4 when it fell").
UNIT_NOUNS = ("cabin", "gondola", "carriage", "coach", "car", "wagon", "pod")
_UNIT_NUMBER = re.compile(
    rf"(?<![\w-])(?P<unit>(?i:{'|'.join(UNIT_NOUNS)}))\s+(?:(?i:number|no\.?|#)\s*)?(?P<num>\d{{1,3}})"
    r"(?![\w.,-]\d|[\w-])"
    r"(?=(?:\s+of\s+the\s+[^,;.]{1,40}?)?\s+(?:had\s+|then\s+|suddenly\s+)?"
    r"(?:came\s+(?:loose|off|away|free|down)|detached|broke\s+(?:loose|away|free|off)|snapped\s+off"
    r"|fell|dropped|plunged|plummeted|tumbled|derailed|slid|overturned|crashed|hurtled)(?![\w-]))"
)


def may_name_craft(text: str) -> bool:
    """Whether a sentence may hold a craft that named_crafts finds (its cheap test)."""
    return (
        "xpress" in text
        or (" by " in text and _OPERATOR_GATE.search(text) is not None)
        or (_DIGIT.search(text) is not None and _UNIT_NUMBER.search(text) is not None)
    )


def named_crafts(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Crafts told by a name of their own (see the patterns above), as (start, end, value)."""
    out: list[tuple[int, int, str]] = []
    if " by " in text and _OPERATOR_GATE.search(text):
        for m in _OPERATED_NAME.finditer(text):
            name = m.group("name")
            if (
                not _taken(taken, m.start("name"))
                and name.split()[-1].lower() not in _PLACE_HEADS
                and not is_organisation(name)
                and _ACTS_AFTER.match(text, m.end("name"))
            ):
                out.append((m.start("name"), m.end("name"), name.lower()))
    if "xpress" in text:
        for m in _NAMED_EXPRESS.finditer(text):
            at = m.start("q") if m.group("q") else m.start("name")
            if _taken([*taken, *out], at):
                continue
            name = m.group("quoted") or m.group("name")
            out.append((at, m.end(), f"{name.lower()} express"))
    if _DIGIT.search(text):
        for m in _UNIT_NUMBER.finditer(text):
            if not _taken([*taken, *out], m.start()):
                out.append((m.start(), m.end(), f"{m.group('unit').lower()} {m.group('num')}"))
    return out
