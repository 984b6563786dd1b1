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
from incident_reader.core.facts.lexicon import (
    EMERGENCY_VEHICLE_WORDS,
    MAKES,
    MODELS,
    ORDINARY_WORD_MODELS,
    SERVICE_NOUNS,
)
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.role_words import NOT_NAME_WORDS
from incident_reader.core.facts.text import Sentence, WordGate, WordScan
from incident_reader.core.facts.vehicle_phrases import (
    _COLOUR,
    _DETERMINER,
    _DIGIT,
    _GATE,
    _GENERIC,
    _HEAD,
    _HEAD_SCAN,
    _HEAD_SET,
    _MOD_WORD,
    _SAYS_NO_MORE,
    _TELLING,
    _VEHICLE_SCAN,
    HEADS,
    PLURALS,
    VEHICLE,
    _taken,
)
from incident_reader.core.facts.vehicle_speeds import speeds as speeds
from incident_reader.core.facts.vehicle_told import told_better as told_better
from incident_reader.core.facts.vessels import (
    _NAMED_CLASSES,
    _NOT_SHIP_NAMES,
    _SHIP,
    _SHIP_GATE,
    _SHIP_NAME_AFTER,
    _VESSEL_GATE,
    _named_vessels,
)
from incident_reader.core.facts.vocabulary import (
    STREET_WORDS,
    VEHICLE_CLASSES,
)

# Counted vehicles ("two trams", "three goods trains") are read only where they act in the event.
_COUNT_DET = r"(?:two|three|four|five|six|both|several|\d{1,2})"
_LEFT_PLURAL = re.compile(
    rf"(?<![\w-])(?P<det>{_COUNT_DET})\s+(?P<mods>(?:{_MOD_WORD}\s+){{0,3}})$", re.IGNORECASE
)
_LEFT = re.compile(
    rf"(?<![\w-])(?P<det>{_DETERMINER})\s+(?P<mods>(?:{_MOD_WORD}\s+){{0,3}})$", re.IGNORECASE
)
_LEFT_REACH = 80
# ... an owner's or operator's name may stand among them where the vehicle acts ("drove a Home
# Depot rental truck", "rammed a Ryder box truck").
_LEFT_OWNED = re.compile(
    rf"(?<![\w-])(?P<det>(?i:a|an|the))\s+"
    rf"(?P<mods>(?:[A-Z][\w&'’-]*\s+){{1,3}}(?:{_MOD_WORD}\s+){{0,2}})$"
)
# Where a vehicle acts in the event, any modifier tells which it was ("struck by a refuse lorry",
# "colliding with a tipper truck", "two trams collided", "a bin lorry mounted the pavement").
_AGENT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:struck|hit|knocked(?:\s+(?:down|over))?|run\s+(?:over|down)|mown\s+down"
    r"|mowed\s+down|crushed|pinned|rammed|dragged|hurt|injured|killed)\s+by"
    r"|(?:collid\w*|collision|crash\w*)\s+(?:head-on\s+)?with|involving"
    r"|(?:driver|drivers|occupants?)\s+of"  # "the driver of the Cullen Coaches vehicle"
    r"|driv(?:e|es|ing|en)|drove|steer(?:s|ed|ing)?|hijack(?:s|ed|ing)?|commandeer(?:s|ed|ing)?"
    r"|ram(?:s|med|ming)?|using|(?:attack|attacks|attacked|assault|rampage)\s+(?:with|using))"
    r"\s+$",
    re.IGNORECASE,
)
_ACTS_AFTER = re.compile(
    r"(?:\s*,\s*(?:carrying|with|driven|operated|run|chartered|hired|travelling|traveling|owned"
    r"|which|believed|thought"
    r"|said|reported|understood|suspected|alleged|apparently|reportedly)\b[^,;]{1,60},)?"
    r"(?:\s+(?:that|which))?"  # "the petrol tanker that exploded": a relative clause's verb
    r"\s+(?:(?:had|has|have|is|then|reportedly|allegedly|apparently|suddenly|also|later)\s+)*"
    rf"(?:collided(?!\s+(?:head-on\s+)?with\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}"
    rf"(?:{_alt(PLURALS)}|{_HEAD})(?![\w-]))"
    r"|crashed|overturned|capsized|sank|derailed|mounted|ploughed|plowed|smashed|slammed|rammed"
    r"|careered|careened|veered|swerved|skidded|jack-?knifed|rolled|flipped|plunged|toppled"
    r"|hit|struck|ran\s+(?:over|into|aground|off|down)|knocked|mowed|caught\s+fire"
    r"|burst\s+into\s+flames|went\s+on\s+fire|went\s+up\s+in\s+flames|erupted\s+in\s+flames"
    r"|pulled\s+(?:onto|into|over)|exploded|went\s+down|came\s+down"
    r"|left\s+the\s+(?:road|rails|tracks|runway|carriageway|roadway|highway|motorway)"
    r"|tipped|reversed\s+into|lost\s+control|spun|went\s+(?:off|over|out\s+of\s+control)"
    r"|overshot|failed\s+to\s+stop|ran\s+a\s+red|fell|plummeted|tumbled|hurtled"
    r"|drove|sped|raced|accelerated|came\s+off|entered)(?![\w-])",
    re.IGNORECASE,
)
# The object of a driving verb: the vehicle the event's agent drove ("driving the van").
_DRIVEN_OBJECT = re.compile(
    r"(?<![\w-])(?:driv(?:e|es|ing|en)|drove|steer(?:s|ed|ing)?|hijack(?:s|ed|ing)?"
    r"|commandeer(?:s|ed|ing)?|ram(?:s|med|ming)?|using)\s+$",
    re.IGNORECASE,
)
# The operator named after a vehicle: "the coach, operated by Cullen Coaches," (capitalised).
_OPERATED = re.compile(
    r",?\s+(?:operated|run|owned|chartered|hired)\s+by\s+(?P<op>(?-i:[A-Z][\w&'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w&'’-]*)){0,3})"
)
# Determiners that introduce a vehicle (a generic head after "the" or "his" is a second mention).
_FIRST_MENTION = frozenset("a an two three four five six both several".split())
# ... and where a bare kind acts in the event, "the" names it too ("the tram derailed").
_ACTING_DETS = _FIRST_MENTION | {"the"}
# ... as a possessive does where its vehicle acts ("her pickup crashed into the school").
_POSSESSIVE_DETS = frozenset(("his", "her", "their"))
# Modifiers that make a vehicle another party's ("the other car", "a second lorry").
_OTHER_PARTY = frozenset(("other", "another", "second", "same", "third"))
_HEAD_NEXT = re.compile(rf"\s+{_HEAD}(?![\w-])", re.IGNORECASE)
# A make nobody listed with its model number (a series after a hyphen: "Boeing 737-800"),
# after a determiner and perhaps a modifier or two:
# "the Cessna 172", "The single-engine Piper PA-28".
_MAKE_NUMBER = re.compile(
    rf"(?<![\w-])(?i:{_DETERMINER})\s+(?:[a-z][a-z]*(?:-[a-z]+)+\s+|[a-z]+(?:ed|en)\s+){{0,2}}"
    rf"(?:[A-Z][\w-]+\s+)?(?P<make>[A-Z][a-z]{{2,}})\s+(?P<model>[A-Z]{{0,3}}-?\d{{2,4}}[A-Za-z]?(?:-\d{{1,4}}[A-Za-z]{{0,2}})?)"
    rf"(?:\s+(?P<noun>(?i:{_HEAD})))?(?![\w-])"
)
_NAME_NUMBER = re.compile(r"[A-Z][a-z]{2,}\s+[A-Z]{0,3}-?\d")
# Modifiers of a vehicle's form, by shape: participles ("articulated", "hired", "stolen"),
# measures ("40-tonne", "62-metre", "four-door") and hyphened forms ("double-decker").
_FORM_MODIFIER = re.compile(
    r"(?!(?:other|parked|overturned|crushed|damaged|wrecked|involved|abandoned|burned|burnt)$)"
    r"(?:[a-z]+(?:-[a-z]+)*(?:ed|en)|[a-z]+-(?:made|built|run|drawn|borne)"
    r"|stolen|small|large|big|huge|giant|tiny|heavy|little|\d+(?:\.\d+)?-[a-z]+|[a-z]+-(?:tonne|ton|metre|meter|foot|ft|"
    r"seat|seater|door|wheel|wheeled|axle|deck|decker|berth)|dump|four-by-four"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twin|single|double)-[a-z]+)"
)
# Heads that are also people or parts ("the youth soccer coach", "the crushed cab").
_NOT_ALONE = frozenset(("coach", "cab", "jet", "trailer"))
# A head followed by one of these is a modifier of another noun ("the car park", "a bus stop"),
# or coordinated with one ("the bicycle and pedestrian path").
_COMPOUND_AFTER = re.compile(
    r"\s+(?:and\s+[a-z-]+\s+)?"
    r"(?:park|parks|parking|stop|stops|station|shelter|lane|office|terminal|company|operator|"
    r"driver|drivers|rider|riders|passenger|passengers|crew|service|route|depot|port|ramp|club|"
    r"dealer|dealership|wash|boot|door|window|seat|tyre|tire|wheel|engine|crash|accident|journey|"
    r"ride|rides|flight|flights|pilot|hire|rental|showroom|line|track|tracks|yard|deck|path|paths|"
    r"shop|lanes|network|fleet|licence|license|insurance)\b",
    re.IGNORECASE,
)
# An event noun after a head names the event by its vehicle: "a jet ski accident", "a bus crash".
_EVENT_AFTER = re.compile(
    r"\s+(?:crash|accident|collision|smash|fire|blaze|explosion|derailment|capsize|capsizing)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Modifiers that tell nothing of the vehicle itself ("the other car", "a parked car").
_NOT_MODIFIERS = frozenset(
    "other same first second third last next another one two three both each every whole own "
    "such any some no parked oncoming following nearby stationary empty local new single "
    "only very much more most few several many".split()
)
_ROUTE = re.compile(
    rf"(?<![\w-])(?:number|no\.?|route)\s*\d{{1,4}}[a-z]?\s+(?:{_alt(SERVICE_NOUNS)})(?![\w-])",
    re.IGNORECASE,
)
_SERVICE = re.compile(
    rf"(?<![\w-])(?P<op>(?:[A-Z][\w&'’-]*\s+){{0,3}})(?P<svc>(?i:{_alt(SERVICE_NOUNS)}))"
    r"(?:\s+(?:No\.?\s*)?(?P<num>\d{1,5}[A-Z]?))?(?![\w-])"
)
_SERVICE_GATE = WordGate(SERVICE_NOUNS)
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
_OPEN_MAKE_SCAN = WordScan(_OPEN_MAKE, ("a", "an", "his", "her", "their", "the"), whole=True)
_MODIFIES_HEAD = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}(?:{_alt(PLURALS)}|{_HEAD})(?![\w-])", re.I)
_DRIVEN_BEFORE = re.compile(
    r"\b(?:(?:driver|drivers|wheel|occupants?|passengers?)\s+of|driving|drove|driven)\s+$", re.I
)
_NOT_MAKE_WORDS = frozenset(NOT_NAME_WORDS) | {w.capitalize() for w in STREET_WORDS}
_STRUCK_BY = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:hit|struck|rammed|crushed|knocked|ploughed\s+into"
    r"|smashed\s+into|sideswiped|shunted)\s+(?:\w+\s+)?by\s",
    re.IGNORECASE,
)
_SERVICE_WORDS = frozenset(EMERGENCY_VEHICLE_WORDS) | {
    "coastguard", "lifeboat", "medical", "force", "responding", "emergency", "army", "military",
}  # fmt: skip
_SERVICE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_SERVICE_WORDS))})[\s-]+(?:[\w-]+\s+)?$", re.IGNORECASE
)
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


def vehicles(sentence: Sentence) -> list[Found]:
    """Vehicle descriptions a sentence gives, as lower-case strings ("white ford transit van")."""
    text, base = sentence.text, sentence.start
    numbered = _DIGIT.search(text) and _NAME_NUMBER.search(text)
    vessel = _VESSEL_GATE.passes(sentence)
    if not (_GATE.passes(sentence) or _SHIP_GATE.passes(sentence) or numbered or vessel):
        return []
    spans: list[tuple[int, int, str]] = []
    spans.extend(_described(sentence))
    if _SHIP_GATE.passes(sentence):
        for m in _SHIP.finditer(text):
            spans.append((m.start(), m.end(), f"{m.group('prefix')} {m.group('name')}".lower()))
    spans.extend(_named_vessels(text, spans) if vessel else ())
    makes = list(_MAKE_NUMBER.finditer(text)) if numbered else []
    if makes and _VEHICLE_TALK.search(text):  # (the long talk scan only where a make stands)
        for m in makes:
            if not _taken(spans, m.start("make")) and m.group("make").lower() not in _NOT_MODIFIERS:
                words = (m.group("make"), m.group("model"), m.group("noun") or "")
                spans.append((m.start("make"), m.end(), " ".join(w for w in words if w).lower()))
    if _SERVICE_GATE.passes(sentence):
        spans.extend(_services(text, spans))
    spans.extend(_open_makes(sentence, spans))
    spans.extend(_headed(sentence, spans))
    if spans and _PLATE_GATE.search(text):
        spans = [_with_plate(text, span) for span in spans]
    out: list[Found] = []
    struck = list(_STRUCK.finditer(text)) if spans and _RIDING.search(text) else []
    for s, e, value in sorted(spans):
        if set(value.split()) & _SERVICE_WORDS or _SERVICE_BEFORE.search(text[:s]):
            continue  # "a marked police BMW", "the rescue helicopter": the responders' vehicles
        if struck and value.split()[-1] in _RIDDEN and _ridden_by_victim(text, s, struck):
            continue  # "a man riding an e-scooter was struck by a car": the victim's, not the one
        if _STRUCK_BY.match(text, e) and any(s2 > e for s2, _, _ in spans):
            continue  # "an autorickshaw was hit by a speeding tanker": the tanker is the one
        if _HIT_THEIRS.search(text, max(0, s - 60), s) and any(e2 <= s for _, e2, _ in spans):
            continue  # "a lorry hit her Nissan Micra": the victim's car
        out.append(Found(VEHICLE, value, base + s, base + e))
    return out


# A registration or plate number right after a vehicle: "the coach, registration 191-D-4412",
# "a jeepney with plate number NXA 4412", "a tanker (reg. no. KTU 442 XA)".
_PLATE_GATE = re.compile(r"(?i:registration|reg\.|plate)")
_PLATE = re.compile(
    r"\s*[,(]?\s*(?:with\s+|bearing\s+)?(?:(?i:registration|reg\.|number\s+plate|plate)(?:\s+"
    r"(?i:number|no\.?|plate))?)\s*[:.]?\s*(?P<plate>[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){1,3})"
    r"(?![\w-])"
)


def _with_plate(text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A vehicle's span reaching the plate number told right after it, if any (the value stays:
    "petrol tanker" and "tanker KJA 512 XY" would read as two vehicles)."""
    s, e, value = span
    plate = _PLATE.match(text, e)
    if plate is None or not any(c.isdigit() for c in plate.group("plate")):
        return span
    return s, plate.end("plate"), value  # the span only: reports rarely all give the plate


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
        if not (m.group("noun") or (colour and len(words) > 1) or driven):
            continue  # "a Good Samaritan": capitalised words alone are no vehicle
        if not m.group("noun") and not _VEHICLE_TALK.search(text):
            continue
        value = [colour or "", *words, noun]
        start = m.start("colour") if m.group("colour") else m.start("the_colour")
        out.append((start if colour else m.start("name"), m.end(),
                    " ".join(w for w in value if w).lower()))  # fmt: skip
    return out


def _ridden_by_victim(text: str, at: int, struck: list[re.Match[str]]) -> bool:
    """The rider was struck: "a man riding an e-scooter was hit", "knocked her off her moped"."""
    if not _RIDING_BEFORE.search(text, 0, at):
        return False
    return any((m.start() > at) == bool(m.group("passive")) for m in struck)


def _described(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Colour, make and model phrases ("a dark grey Audi A3", "the green and gold balloon")."""
    text = sentence.text
    out: list[tuple[int, int, str]] = []
    for m in _VEHICLE_SCAN.finditer(sentence):
        if not m.group(0).strip():
            continue
        value = _vehicle_value(m)
        if value is None:
            continue
        if value.lower() in _ORDINARY and not _bare_model_is_vehicle(text, m):
            continue  # "Focus groups", "the Discovery Channel", "played jazz"
        if m.group("make") and value == m.group("make").lower():
            if not _bare_model_is_vehicle(text, m):
                continue  # "Kia kaha": a make alone needs an article and vehicles spoken of
        end = m.end()
        if m.group("model") and m.group("model").lower() not in value.split():
            end = m.end("make")
        out.append((m.start(), end, value))
    return out


def _headed(sentence: Sentence, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Modifiers and a class head: "an articulated lorry", "arriving on a motorcycle"."""
    text = sentence.text
    out: list[tuple[int, int, str]] = []
    for h in _HEAD_SCAN.finditer(sentence):
        lo = max(0, h.start() - _LEFT_REACH)
        plural = PLURALS.get(h.group(0).lower())
        m = (_LEFT_PLURAL if plural else _LEFT).search(text, lo, h.start())
        owned = m is None and not plural and _LEFT_OWNED.search(text, lo, h.start())
        if owned:
            m = owned
        if m is None or _taken(taken, h.start()) or _appositive(text, m.start(), taken):
            continue
        event_after = _EVENT_AFTER.match(text, h.end())  # "a jet ski accident", "a tram crash"
        acting = bool(
            _AGENT_BEFORE.search(text, 0, m.start())
            or _ACTS_AFTER.match(text, h.end())
            or event_after
        )
        if not acting and h.group(0).lower() in _NAMED_CLASSES:
            ship = _SHIP_NAME_AFTER.match(
                text, h.end()
            )  # "The Stena ferry Ulster Pride ran aground"
            acting = bool(ship and _ACTS_AFTER.match(text, ship.end()))
        if not acting and (plate := _PLATE.match(text, h.end())):
            acting = bool(
                _ACTS_AFTER.match(text, plate.end())
            )  # "a jeepney with plate ... crashed"
        if owned and not acting:
            continue  # "the Home Office van" says whose, not that it acted
        if plural and not acting:
            continue  # "three cars were damaged": counted, not told
        mods = m.group("mods").lower().split()
        noun = plural or h.group(0).lower()
        while mods and f"{mods[-1]} {noun}" in _HEAD_SET:
            noun = f"{mods.pop()} {noun}"  # "a rented pickup truck": the head is two words
        if (
            (noun in _NOT_ALONE and not _ACTS_AFTER.match(text, h.end()))
            or (_COMPOUND_AFTER.match(text, h.end()) and not event_after)
            or _HEAD_NEXT.match(text, h.end())
        ):
            continue  # "the youth soccer coach", "the supermarket car park", "the bus stop"
        named = _SHIP_NAME_AFTER.match(text, h.end()) if noun in _NAMED_CLASSES else None
        if named and named.group("name").split()[0] in _NOT_SHIP_NAMES:
            named = None
        if named:  # "the fishing vessel Ocean Star": the name says which; the use is left out
            mods = [w for w in mods if _FORM_MODIFIER.fullmatch(w)]
        elif not all(_FORM_MODIFIER.fullmatch(w) for w in mods):
            if not acting or _OTHER_PARTY.intersection(mods):
                continue  # "the other car", "a commuter train": what it is used for, not what it is
            mods = [w for w in mods if w not in _NOT_MODIFIERS]  # "an oncoming refuse lorry"
        det = m.group("det").lower()
        end, words = h.end(), [*mods, noun]
        if named:
            end, words = named.end(), [*words, named.group("name").lower()]
        elif not mods and not (noun in _TELLING or (det in ("a", "an") and noun not in _GENERIC)):
            if not acting or det not in _ACTING_DETS | _POSSESSIVE_DETS or noun in _SAYS_NO_MORE:
                continue  # "the car" says nothing checkable; "two trams collided", "the tram
                # derailed", "a van veered" tell the kind
            if (det == "the" or det in _POSSESSIVE_DETS) and (
                _other_kind(sentence, noun)
                or not (
                    _ACTS_AFTER.match(text, h.end())
                    or _DRIVEN_OBJECT.search(text, max(0, m.start() - 20), m.start())
                )
            ):
                continue  # "the lorry ... when the train hit it", "struck by the train": "the"
                # names the vehicle only as its verb's subject or a driving verb's object
        operated = _OPERATED.match(text, end)
        if operated:  # "the coach, operated by Cullen Coaches,": the operator's coach
            end, words = operated.end("op"), [operated.group("op").lower(), *words]
        start = m.start("mods")
        if not mods:  # the head's first word, which may have been read as a modifier
            start = text.lower().index(noun.split()[0], start)
        out.append((start, end, " ".join(words)))
    return out


def _other_kind(sentence: Sentence, noun: str) -> bool:
    """Whether the sentence names a vehicle of another kind too (two parties to a collision)."""
    text = sentence.text
    return any(
        (PLURALS.get(h.group(0).lower()) or h.group(0).lower()) not in (noun, *_NOT_ALONE)
        and not _COMPOUND_AFTER.match(text, h.end())  # "the coach park" is no coach
        and _LEFT.search(text, max(0, h.start() - _LEFT_REACH), h.start()) is not None
        for h in _HEAD_SCAN.finditer(sentence)
    )  # a vehicle with a determiner ("the lorry"), not a means ("lifted by crane")


def _appositive(text: str, start: int, taken: list[tuple[int, int, str]]) -> bool:
    """ "the MV Glaslinn, the car ferry that ...": a description of a vehicle already named."""
    return any(0 <= start - e <= 3 and text[e:start].strip() in (",", "") for _, e, _ in taken)


def _services(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Routes and operators' services: "the number 42 bus", "Lakeshore Rail train 412"."""
    out: list[tuple[int, int, str]] = []
    for m in _ROUTE.finditer(text):
        out.append((m.start(), m.end(), " ".join(m.group(0).lower().split())))
    for m in _SERVICE.finditer(text):
        if _taken([*taken, *out], m.start("svc")):
            continue
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
