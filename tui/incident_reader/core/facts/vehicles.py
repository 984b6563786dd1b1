"""Vehicles and speeds: "a silver Ford Fiesta", "an articulated lorry", "the MV Glaslinn", "62 mph".

A vehicle is a noun phrase whose head is a vehicle class noun (vocabulary.VEHICLE_CLASSES), found
by its shape: determiner, colour, make, model, modifiers, head, unit number. A generic head alone
("the car") says nothing checkable; a less common one does ("arriving on a motorcycle"). Names and
numbers are open: a ship's name after its prefix ("the MV Glaslinn"), a make and model number
("a Cessna 172", "a Hyundai i40"), an operator and unit number ("Lakeshore Rail train 412").
The responders' vehicles are not the incident's. A speed next to "limit" or "zone" is a rule.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.lexicon import EMERGENCY_VEHICLE_WORDS, SERVICE_NOUNS
from incident_reader.core.facts.text import Sentence
from incident_reader.core.facts.vehicle_heads import (
    _NOT_MODIFIERS,
    _PLATE_GATE,
    _headed,
    _with_plate,
)
from incident_reader.core.facts.vehicle_makes import (
    _MAKE_NUMBER,
    _NAME_NUMBER,
    _SERVICE_GATE,
    _VEHICLE_TALK,
    ACTS_GATE,
    _described,
    _open_makes,
    _services,
)
from incident_reader.core.facts.vehicle_names import may_name_craft, named_crafts
from incident_reader.core.facts.vehicle_phrases import _DIGIT, _GATE, VEHICLE, _plural, _taken
from incident_reader.core.facts.vehicle_roles import by_role, may_hold
from incident_reader.core.facts.vehicle_speeds import speeds as speeds
from incident_reader.core.facts.vehicle_told import told_better as told_better
from incident_reader.core.facts.vessels import _SHIP, _SHIP_GATE, _VESSEL_GATE, _named_vessels
from incident_reader.core.facts.vocabulary import MAKES, SIZES, VEHICLE_CLASSES, VEHICLE_SPELLINGS

# A two-wheeler its rider was on when struck is the victim's: "riding a bicycle when he was hit",
# "mowed him down on his e-scooter".
_RIDDEN = frozenset(VEHICLE_CLASSES["two-wheel"])
_RIDING_BEFORE = re.compile(
    r"\b(?:riding|rode|on|off)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+)?$", re.I
)
_RIDING = re.compile(r"\b(?:riding|rode|on|off)\s", re.I)
_STRUCK = re.compile(
    r"\b(?:(?P<passive>(?:was|were|been|being)\s+(?:struck|hit|knocked|run|mown|mowed|hurt|"
    r"injured|killed))|(?:struck|hit|knocked|mowed|ran|ploughed\s+into)\s+(?:him|her|them)\b)",
    re.I,
)
_HIT_THEIRS = re.compile(
    r"\b(?:hit|hitting|struck|striking|rammed|ramming|smashed\s+into|ploughed\s+into"
    r"|crashed\s+into)\s+(?:his|her|their)\s+$",
    re.IGNORECASE,
)
# The object of a collision whose subject is another vehicle of the same clause is the one it
# struck, not the incident's: "a car going the wrong way hit a minibus", "the lorry ploughed into
# the back of a queue of cars", "the train collided head-on with a tractor" (the subject's vehicle
# is the one the report is about; its object is told as the victims' place).
_HIT_OBJECT = re.compile(
    r"(?<![\w-])(?:hit|hitting|struck|striking|rammed|ramming|sideswiped"
    r"|(?:smashed|ploughed|plowed|slammed|crashed|careered|careened|ran|veered|swerved|smashing"
    r"|ploughing|plowing|slamming|crashing|running)\s+(?:head-on\s+|headlong\s+)?into"
    r"|collided\s+(?:head-on\s+)?with|colliding\s+(?:head-on\s+)?with|(?:hit|struck)\s+head-on)"
    r"\s+(?:the\s+(?:back|side|rear|front)\s+of\s+)?(?:an?|the)\s+"
    r"(?:(?!(?:of|and|or|with|in|on|at)\s)[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# Where the clause of a collision verb opens (its subject is after the last of these).
_CLAUSE_OPEN = re.compile(
    r"[.;:!?]|,\s+(?:and|but)\s|\b(?:when|after|as|while|before|because|where|until)\s",
    re.IGNORECASE,
)
_VEHICLE_WORD = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        sorted(
            {re.escape(h) for heads in VEHICLE_CLASSES.values() for h in heads},
            key=lambda w: (-len(w), w),
        )
    )
    + r")s?(?![\w-])",
    re.IGNORECASE,
)
HIT_REACH = 140
# A rail vehicle keeps to its track: what it struck on a crossing or its path entered it, and is
# the one the report is about ("a coal train ploughed into a minibus taxi": the taxi).
_RAIL_WORD = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, VEHICLE_CLASSES['rail']))})s?(?![\w-])",
    re.IGNORECASE,
)
_OF_THE_MAKE = re.compile(r"\s+of\s+(?:the|an?)\s+$", re.IGNORECASE)
_STRUCK_BY = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:hit|struck|rammed|crushed|knocked|ploughed\s+into"
    r"|smashed\s+into|sideswiped|shunted)\s+(?:\w+\s+)?by\s",
    re.IGNORECASE,
)
# An aircraft told where it watches from ("The helicopter above us", "a chopper hovering over
# the scene", "helicopters circled overhead") is an onlooker, unless the sentence brings it down.
_AIR = frozenset(VEHICLE_CLASSES["air"]) | {"chopper", "drone"}
_ABOVE = re.compile(
    r"s?\s+(?:[\w-]+\s+){0,2}?(?:above|overhead|hover(?:ing|ed|s)?|circl(?:ing|ed|es)"
    r"|buzz(?:ing|ed))\b",
    re.IGNORECASE,
)
_BROUGHT_DOWN = re.compile(
    r"\b(?:crash(?:ed|es|ing)?|came\s+down|plunged|plummeted|fell|went\s+down|hit|struck"
    r"|smashed|ploughed|exploded)\b",
    re.IGNORECASE,
)
_SERVICE_WORDS = frozenset(EMERGENCY_VEHICLE_WORDS) | {
    "coastguard", "lifeboat", "medical", "force", "responding", "emergency", "army", "military",
}  # fmt: skip
_SERVICE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_SERVICE_WORDS))})[\s-]+(?:[\w-]+\s+)?$", re.IGNORECASE
)


# A vehicle someone only imagined or likened the event to, brought in by an indefinite article:
# "I thought a boat had exploded", "it sounded like a train", "as if a lorry had hit the house"
# ("I thought the van would stop" is the van of the report).
_IMAGINED = re.compile(
    # (a simile after any verb or noun: "roaring like an aeroplane", "a roar like a goods train")
    r"\b(?:thought|think|assumed|imagined|guessed|feared|like|as\s+if|as\s+though)"
    r"\s+(?:that\s+)?(?:an?|some)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A vehicle that carried the hurt to care: "taken to hospital in the back of a pick-up",
# "ferried to the clinic by private car", "rushed them to hospital aboard a fishing boat".
_CARRIED = re.compile(
    r"\b(?:taken|rushed|ferried|carried|driven|transported|conveyed|brought|evacuated|moved"
    r"|took|drove|ferrying|taking|rushing)\s+(?:[\w,]+\s+){0,3}?to\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:hospitals?|clinics?|health\s+(?:cent(?:re|er)|post)s?|infirmary|dispensary"
    r"|medical\s+cent(?:re|er))\b"
    # no verb between: "the ambulance taking him to hospital was hit by a lorry" is the crash's
    r"(?:(?!\b(?:is|was|were|are|been|hit|struck|\w+ed)\b)[^.;:!?]){0,70}?"
    r"\b(?:in|by|aboard|on|using)\s+(?:the\s+back\s+of\s+)?"
    r"(?:an?|some|private|their|his|her|a\s+passing)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... and one told before the care it reached: "transported by ambulances and a helicopter to
# the General Hospital", "rushed in a neighbour's pickup to the clinic" (the means of a verb of
# carrying, then its destination of care).
_CARRIER_BEFORE = re.compile(
    r"\b(?:taken|rushed|ferried|carried|driven|transported|conveyed|brought|evacuated|moved"
    r"|airlifted|flown|took|drove|flew|ferrying|taking|rushing)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:by|in|aboard|on|using|via)\s+(?:[\w'’-]+\s+){0,7}?$",
    re.IGNORECASE,
)
_CARE_AFTER = re.compile(
    r"s?\s+(?:[\w'’-]+\s+){0,3}?(?:to|into)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:hospitals?|clinics?|health\s+(?:cent(?:re|er)|post)s?|infirmary|dispensary"
    r"|medical\s+cent(?:re|er)|trauma\s+cent(?:re|er))\b",
    re.IGNORECASE,
)
CARRIED_REACH = 160
IMAGINED_REACH = 50


# A head in another writer's spelling is told in the tables' own ("the double decker" is a
# double-decker), so that two reports' values compare.
_SPELLING = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(VEHICLE_SPELLINGS, key=len, reverse=True)))})"
    r"(?=s?$|s?\s)"
)


def _spelled(value: str) -> str:
    """The value with each head in the tables' spelling."""
    return _SPELLING.sub(lambda m: VEHICLE_SPELLINGS[m.group(0)], value)


# A vehicle sent to the scene is the responders' whatever its kind ("Three appliances and a
# tanker responded", "a crane truck was called in", "a water bowser was dispatched").
_RESPONDED = re.compile(
    r"\s+(?:(?:had|has|have|also|then|later)\s+)*(?:responded|attended"
    r"|(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?(?:dispatched|deployed"
    r"|scrambled|mobili[sz]ed|called\s+(?:in|out|to)|sent\s+(?:in|to|from|out))"
    r"|arrived\s+(?:at|on)\s+(?:the\s+)?scene)(?![\w-])",
    re.IGNORECASE,
)


# A size adjective right before the phrase, after its determiner: "a small white van".
_SIZE_BEFORE = re.compile(
    rf"\b(?:an?|the|this|that|its|his|her|their)\s+({'|'.join(SIZES)})\s+$", re.IGNORECASE
)
SIZE_REACH = 20


def vehicles(sentence: Sentence) -> list[Found]:
    """Vehicle descriptions a sentence gives, as lower-case strings ("white ford transit van")."""
    text, base = sentence.text, sentence.start
    numbered = _DIGIT.search(text) and _NAME_NUMBER.search(text)
    vessel = _VESSEL_GATE.passes(sentence)
    role = may_hold(sentence)
    acts = ACTS_GATE.passes(sentence)  # "a Land Cruiser carrying six tourists": a model acting
    if not (
        _GATE.passes(sentence) or _SHIP_GATE.passes(sentence) or numbered or vessel or role or acts
    ):
        crafts = named_crafts(text, []) if may_name_craft(text) else []
        return [Found(VEHICLE, value, base + s, base + e) for s, e, value in crafts]
    spans: list[tuple[int, int, str]] = []
    spans.extend(_described(sentence))
    if _SHIP_GATE.passes(sentence):
        for m in _SHIP.finditer(text):
            prefix = m.group("prefix").replace("/", "")  # "M/V" is "MV"
            spans.append((m.start(), m.end(), f"{prefix} {m.group('name')}".lower()))
    spans.extend(_named_vessels(text, spans) if vessel else ())
    makes = list(_MAKE_NUMBER.finditer(text)) if numbered else []
    if makes and _VEHICLE_TALK.search(text):  # (the long talk scan only where a make stands)
        for m in makes:
            if not _taken(spans, m.start("make")) and m.group("make").lower() not in _NOT_MODIFIERS:
                words = (m.group("make"), m.group("model"), m.group("noun") or "")
                spans.append((m.start("make"), m.end(), " ".join(w for w in words if w).lower()))
    if _SERVICE_GATE.passes(sentence):
        spans.extend(_services(text, spans))
    if _DIGIT.search(text):
        spans = _paired_units(text, spans)
    spans.extend(_open_makes(sentence, spans))
    spans.extend(_headed(sentence, spans))
    if may_name_craft(text):
        spans.extend(named_crafts(text, spans))
    if role:
        spans.extend(by_role(sentence, spans))
    if spans and _PLATE_GATE.search(text):
        spans = [_with_plate(text, span) for span in spans]
    out: list[Found] = []
    struck = list(_STRUCK.finditer(text)) if spans and _RIDING.search(text) else []
    struck_at = 0
    for s, e, value in sorted(spans):
        if _of_a_service(text[s:e], value) or _SERVICE_BEFORE.search(text[:s]):
            continue  # "a marked police BMW", "the rescue helicopter": the responders' vehicles
        if value.split()[-1] in _AIR and _ABOVE.match(text, e) and not _BROUGHT_DOWN.search(text):
            continue  # "The helicopter above us": an aircraft watching, not the incident's
        if struck and value.split()[-1] in _RIDDEN and _ridden_by_victim(text, s, struck):
            continue  # "a man riding an e-scooter was struck by a car": the victim's, not the one
        if _STRUCK_BY.match(text, e) and any(s2 > e for s2, _, _ in spans):
            continue  # "an autorickshaw was hit by a speeding tanker": the tanker is the one
        if _HIT_THEIRS.search(text, max(0, s - 60), s) and any(e2 <= s for _, e2, _ in spans):
            continue  # "a lorry hit her Nissan Micra": the victim's car
        if _struck_by_vehicle(text, s, spans) or (
            struck_at and _OF_THE_MAKE.fullmatch(text, struck_at, s)
        ):
            struck_at = e  # "the car hit a minibus (of the Mercedes make)": the one it struck
            continue
        if _RESPONDED.match(text, e):
            continue  # "three appliances and a tanker responded": the responders' vehicle
        if _IMAGINED.search(text, max(0, s - IMAGINED_REACH), s):
            continue  # "I thought a boat had exploded": a likeness, no vehicle of the event
        if _CARRIED.search(text, max(0, s - CARRIED_REACH), s):
            continue  # "taken to hospital in the back of a pick-up": the care's transport
        if _CARE_AFTER.match(text, e) and _CARRIER_BEFORE.search(text, max(0, s - 90), s):
            continue  # "flown by helicopter to the trauma centre": the care's transport too
        size = _SIZE_BEFORE.search(text, max(0, s - SIZE_REACH), s)
        if size and size.group(1).lower() not in value.split():
            s, value = size.start(1), f"{size.group(1).lower()} {value}"  # "a small white van"
        out.append(Found(VEHICLE, _spelled(value), base + s, base + e))
    return out


# Two units of one service told by number and coordinated are one value ("passenger train No. 12
# and passenger train No. 80", "express train 7012 and local train 6640"), as a plural told with
# its numbers is ("the trains, numbered 12 and 80", "buses Nos. 14 and 27").
_UNIT_VALUE = re.compile(r"(?:.*\s)?(?P<svc>[a-z]+)\s+(?P<num>\d{1,5}[a-z]?)")
_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+(?:[a-z-]+\s+)?$")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>(?-i:[a-z][a-z-]+))\s+$")
_NUMBERED_PLURAL = re.compile(
    rf"(?<![\w-])(?P<svc>{'|'.join(_plural(n) for n in SERVICE_NOUNS)}),?\s+"
    r"(?:numbered|numbers|nos?\.?)\s*(?P<a>\d{1,5}[A-Z]?)\s*,?\s+(?:and|&)\s+(?:(?:no\.?)\s*)?"
    r"(?P<b>\d{1,5}[A-Z]?)(?![\w-])",
    re.IGNORECASE,
)
_NUMBERED_GATE = re.compile(r"[Nn](?:umbered|umbers|os?\.?)\s*\d")


def _paired_units(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans with two coordinated numbered units of one service joined into one, and plurals
    told with their two numbers added."""
    spans = sorted(spans)
    out: list[tuple[int, int, str]] = []
    for span in spans:
        prev = out[-1] if out else None
        one = _UNIT_VALUE.fullmatch(prev[2]) if prev else None
        two = _UNIT_VALUE.fullmatch(span[2])
        if (
            prev
            and one
            and two
            and one["svc"] == two["svc"]
            and _AND_BETWEEN.match(text[prev[1] : span[0]])
        ):
            before = [_WORD_BEFORE.search(text, max(0, at - 30), at) for at in (prev[0], span[0])]
            shared = before[0] and before[1] and before[0]["word"] == before[1]["word"]
            words = [before[0]["word"]] if shared and before[0] else []
            start = before[0].start("word") if shared and before[0] else prev[0]
            value = " ".join([*words, _plural(one["svc"]), one["num"], "and", two["num"]])
            out[-1] = (start, span[1], value)
            continue
        out.append(span)
    if _NUMBERED_GATE.search(text):
        for m in _NUMBERED_PLURAL.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in out):
                value = f"{m['svc'].lower()} {m['a'].lower()} and {m['b'].lower()}"
                out.append((m.start(), m.end(), value))
    return out


# A service's word in capitals right after a make names the model ("a white Nissan Patrol", "a
# Ford Ranger"), not the responders ("a police Ford", "the Ford patrol car").
def _of_a_service(phrase: str, value: str) -> bool:
    """Whether a vehicle's words make it a service's: "the rescue helicopter", "a police BMW"."""
    words = set(value.split()) & _SERVICE_WORDS
    if words:
        told = phrase.split()
        for make, model in zip(told, told[1:], strict=False):
            if make.lower() in MAKES and model[:1].isupper() and model[1:].islower():
                words.discard(model.lower())
    return bool(words)


def _struck_by_vehicle(text: str, at: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether the vehicle at ``at`` is the object of a collision verb whose clause has another
    vehicle before the verb ("a car travelling the wrong way hit a minibus"), not a rail one."""
    verb = _HIT_OBJECT.search(text, max(0, at - 60), at)
    if verb is None:
        return False
    lo = max(0, verb.start() - HIT_REACH)
    opened = [m.end() for m in _CLAUSE_OPEN.finditer(text, lo, verb.start())]
    lo = opened[-1] if opened else lo
    if _RAIL_WORD.search(text, lo, verb.start()):
        return False  # "a regional train collided with a tractor": the tractor
    return any(lo <= s2 and e2 <= verb.start() for s2, e2, _ in spans) or bool(
        _VEHICLE_WORD.search(text, lo, verb.start())
    )


def _ridden_by_victim(text: str, at: int, struck: list[re.Match[str]]) -> bool:
    """The rider was struck: "a man riding an e-scooter was hit", "knocked her off her moped"."""
    if not _RIDING_BEFORE.search(text, 0, at):
        return False
    return any((m.start() > at) == bool(m.group("passive")) for m in struck)
