"""Vehicles by their class head: "an articulated lorry", "two trams collided", "the coach,
operated by Cullen Coaches," and the plate told after one; read where the vehicle acts in the
event (struck by it, driven, its verb), since "the car" alone says nothing checkable."""

from __future__ import annotations

import re

from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.text import Sentence
from incident_reader.core.facts.vehicle_phrases import (
    _DETERMINER,
    _GENERIC,
    _HEAD,
    _HEAD_SCAN,
    _HEAD_SET,
    _MOD_WORD,
    _SAYS_NO_MORE,
    _TELLING,
    PLURALS,
    _taken,
)
from incident_reader.core.facts.vessels import (
    _NAMED_CLASSES,
    _NOT_SHIP_NAMES,
    _SHIP_NAME_AFTER,
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
    r"|mowed\s+down|crushed|pinned|rammed|dragged|hurt|injured|killed|rear-ended|sideswiped"
    r"|t-boned)\s+by"
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
    # ... or a participle's phrase with no commas ("a coach carrying 26 passengers overturned",
    # "a bus going from X to Y overturned"): what it carried or where it went, then its verb
    r"(?:\s+(?:carrying|travelling|traveling|going|heading|headed|bound|packed|filled|loaded"
    r"|ferrying|transporting|towing)\s[^,;.:]{1,60}?)?"
    r"(?:\s+(?:that|which))?"  # "the petrol tanker that exploded": a relative clause's verb
    r"\s+(?:(?:had|has|have|is|then|reportedly|allegedly|apparently|suddenly|also|later)\s+)*"
    rf"(?:collided(?!\s+(?:head-on\s+)?with\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}"
    rf"(?:{_alt(PLURALS)}|{_HEAD})(?![\w-]))"
    r"|crashed|overturned|capsized|sank|derailed|mounted|ploughed|plowed|smashed|slammed|rammed"
    r"|rear-ended|sideswiped|t-boned|turned\s+turtle"  # US and Indian news: struck, overturned
    r"|careered|careened|veered|swerved|skidded|jack-?knifed|rolled|flipped|plunged|toppled"
    r"|hit|struck|ran\s+(?:over|into|aground|off|down)|knocked|mowed|caught\s+fire"
    r"|burst\s+into\s+flames|went\s+on\s+fire|went\s+up\s+in\s+flames|erupted\s+in\s+flames"
    r"|pulled\s+(?:onto|into|over)|exploded|went\s+down|came\s+down"
    r"|left\s+the\s+(?:road|rails|tracks|runway|carriageway|roadway|highway|motorway)"
    r"|tipped|reversed\s+into|lost\s+control|spun|went\s+(?:off|over|out\s+of\s+control)"
    r"|overshot|failed\s+to\s+stop|ran\s+a\s+red|fell|plummeted|nosedived|nose-dived|tumbled"
    r"|hurtled"
    r"|drove|sped|raced|accelerated|came\s+off|entered|collapsed"
    r"|slowed|braked|decelerated"  # "as the Hiace bus slowed down" (stopping is no act)
    # carried off by water or wind: "the minibus was swept off the crossing", "washed away"
    r"|(?:was|were|got|had\s+been|has\s+been)\s+(?:swept|washed|carried|blown|hurled|flung)"
    r"\s+(?:off|away|into|onto|over|down|along|downstream|across|from))(?![\w-])",
    re.IGNORECASE,
)
# What befell one vehicle, a mass or a weight on it ("a landslide buried a bus", "a sinkhole
# swallowing a taxi", "a tree fell onto a minibus"), or people aboard it ("those on board the
# PMV bus"): the vehicle of the event where no lower-case use stands before its head (counted
# vehicles a runaway lorry swept along are its victims': "swept away several motorcycles").
_BEFALLEN_BEFORE = re.compile(
    r"(?<![\w-])(?:bur(?:ied|ies|y|ying)|swallow(?:ed|s|ing)?|engulf(?:ed|s|ing)?"
    r"|flatten(?:ed|s|ing)?|crush(?:ed|es|ing)|(?:fell|falls|falling|fallen|collapsed|collapsing"
    r"|toppled|toppling|landed|landing|came\s+down|coming\s+down)\s+on(?:to)?"
    r"|aboard|on\s+board)\s+$",
    re.IGNORECASE,
)
_ABOARD_BEFORE = re.compile(r"(?<![\w-])(?:aboard|on\s+board)\s+$", re.IGNORECASE)
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
# Modifiers of a vehicle's form, by shape: participles ("articulated", "hired", "stolen"),
# measures ("40-tonne", "62-metre", "four-door") and hyphened forms ("double-decker").
_FORM_MODIFIER = re.compile(
    r"(?!(?:other|parked|overturned|crushed|damaged|wrecked|involved|abandoned|burned|burnt)$)"
    r"(?:[a-z]+(?:-[a-z]+)*(?:ed|en)|[a-z]+-(?:made|built|run|drawn|borne)"
    r"|[a-z]+(?:-[a-z]+)?-bound"  # "nairobi-bound", "dublin-bound": its route, told by shape
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
    r"(?:park|parks|parking|stop|stops|station|shelter|shelters|shed|sheds|lane|office|terminal|"
    r"terminus|company|operator|"
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

# Words before a vehicle's head that tell its load or the event, not the vehicle: how full it was
# ("the loaded tanker", "an overloaded minibus", "a heavily laden lorry", "a packed bus") and how
# bad the event was ("a fatal tanker accident", "a deadly bus crash"); a closed class.
_NOT_OF_THE_VEHICLE = frozenset(
    "loaded laden overloaded overladen packed crowded overcrowded full fully-loaded heavily "
    "fully heavily-laden fatal deadly serious horrific horrible terrible tragic ghastly gruesome "
    "freak fiery catastrophic devastating dramatic ill-fated doomed".split()
)
# The state the event left a vehicle in, after "the": the vehicle told again, not described
# ("officers boarded the stopped train", "crews reached the burning bus"); after "a" it tells
# what was found ("spotted a capsized catamaran"). A closed class of participles.
_STATE_AFTER_THE = frozenset(
    "stopped halted stalled stranded wrecked mangled crumpled burnt-out burned-out burning "
    "smouldering smoldering overturned capsized derailed crashed damaged stricken disabled "
    "sinking sunken submerged".split()
)

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
        if m is None and _bare_before_event(text, h, taken):
            out.append((h.start(), h.end(), h.group(0).lower()))
            continue  # a headline's "charged in fatal snowmobile crash": no article to read
        if m is None or _taken(taken, h.start()) or _appositive(text, m.start(), taken):
            continue
        event_after = _EVENT_AFTER.match(text, h.end())  # "a jet ski accident", "a tram crash"
        acting = bool(
            _AGENT_BEFORE.search(text, 0, m.start())
            or _ACTS_AFTER.match(text, h.end())
            or event_after
            or (
                not plural
                and (owned or not m.group("mods").strip())
                and _BEFALLEN_BEFORE.search(text, max(0, m.start() - 30), m.start())
            )
            # a fire or a blast aboard it, people aboard it: "broke out aboard a fishing
            # dhow", "the crew on board a cargo barge" (what it is used for names it)
            or (not plural and _ABOARD_BEFORE.search(text, max(0, m.start() - 12), m.start()))
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
        mods = [w for w in m.group("mods").lower().split() if w not in _NOT_OF_THE_VEHICLE]
        if m.group("det").lower() in ("the", "this", "that"):
            mods = [w for w in mods if w not in _STATE_AFTER_THE]  # "the stopped train"
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
            first = noun.split()[0]
            # (a plural may change the singular's last letter: "lorries" for "lorry")
            at = text.lower().find(first, start)
            at = at if at >= 0 else text.lower().find(first[:-1], start)
            start = at if at >= 0 else start
        out.append((start, end, " ".join(words)))
    return out


def _bare_before_event(text: str, h: re.Match[str], taken: list[tuple[int, int, str]]) -> bool:
    """A telling head with no article before an event noun, as headlines write it ("Man charged
    in fatal Lac Meunier snowmobile crash", "Two dead in quad bike smash"); "bus crash" or "car
    accident" alone tells nothing of which."""
    noun = h.group(0).lower()
    return (
        noun in _HEAD_SET
        and noun not in _GENERIC
        and not _taken(taken, h.start())
        and _EVENT_AFTER.match(text, h.end()) is not None
    )


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
