"""Which places a sentence's or a report's clause structure binds to the incident itself.

A place-shaped phrase is the scene only when it belongs to the event's own clause. These shapes
say otherwise, whatever the words: a town told right after a site is that site's town, not a
second place ("at the junction of X and Y in Wexley"); where a sentence's clause that tells the
event places it, another clause's place is someone's doing elsewhere ("worked at the X plant and
was shot outside his home in Y"); a place of a clause in the past perfect with a non-event verb,
before a clause that tells the event, is where someone was earlier ("had just left the Anchor on
Mill Row when he was struck"); a landmark "near" something, told after the scene is already
placed, is a reference point, not the scene ("The crash happened near the Kell bridge" after
"on the A12").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts import events
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.event_cues import tells_onset
from incident_reader.core.facts.lexicon import AREA_WORDS, SITE_NOUNS, STREET_WORDS
from incident_reader.core.facts.place_names import PLACE, ROUTE_HEADS, is_street_level
from incident_reader.core.facts.place_premises import PREMISES_HEADS
from incident_reader.core.model import Fact

# A town's span right after a site: "in Wexley" (or "Wexley" after a comma).
_TOWN_SPAN = re.compile(r"^(?P<prep>(?:in|at)\s+)?[A-Z]")
# Every form of the onset and toll verbs: a past perfect of one of these tells the event itself
# ("police said the woman had been struck on Fen Road"), of any other verb an earlier doing.
_EVENT_FORMS = frozenset(
    w.split()[0] for lemma in (*events.ONSET_VERBS, *events.TOLL_VERBS) for w in events.forms(lemma)
)
# The past perfect: "had (just) left", "had been drinking"; its participle is the last group.
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:just|already|earlier|previously|recently|only|briefly|also)\s+)*"
    r"(?:been\s+)?(?P<verb>[a-z][\w-]*)",
    re.IGNORECASE,
)
# Where a clause starts: a comma, a semicolon, or a conjunction that opens a clause.
_CLAUSE_START = re.compile(
    r"(?:[,;:]|\b(?:and|but|when|while|as|after|before|until|who|which|where|then))\s+(?=\S)",
    re.IGNORECASE,
)
# A clause after the place that tells the event: "when he was struck", "before it overturned".
_LATER_EVENT = re.compile(r"\b(?:when|before|and|until|then)\b", re.IGNORECASE)
# Prepositions of a reference point near the scene, not the scene itself.
LANDMARK_PREPOSITIONS: tuple[str, ...] = (
    "near", "close to", "beside", "next to", "opposite", "behind", "not far from",
)  # fmt: skip
_LANDMARK = re.compile(
    rf"(?:^|\s)(?:{'|'.join(events.phrase_pattern(p) for p in LANDMARK_PREPOSITIONS)})\s+"
    r"(?:the\s+)?(?-i:[A-Z])[^,]*$"  # right before the name that ends the span ("on a bend
    # near the X turn-off"), not "near the front barrier of X"; or a place told as near the
    # scene ("outside the nearby town of X", "in neighbouring Y")
    r"|\b(?:nearby|neighbou?ring)\s+(?:(?:town|village|city|hamlet|suburb)\s+of\s+)?"
    r"(?-i:[A-Z])[^,]*$",
    re.IGNORECASE,
)
# A natural feature named before its name ("Lake Wyralla", "River Callow", "Mount Kessa") is a
# site, not a town.
_FEATURE_FIRST = re.compile(r"^(?:lake|loch|lough|river|mount|mt\.?|cape)\s")
# A break between two places: another sentence, or another clause.
_BREAK = re.compile(r"[.!?;\n]")  # another sentence; another clause is _CLAUSE_BREAK
_DIRECTION = re.compile(r"^(?:north|south|east|west)[\w-]*\s+of\s")
_ROAD_CODE = re.compile(r"(?:^|\s)[a-z]{1,3}-?\d{1,4}[a-z]?$")  # "the b4120", "i-95", "nh-44"
# A name told bare at the end of a span, right after its preposition: "... in Dromore".
_BARE_NAME = re.compile(
    r"(?:^|\s)(?:in|at|on|near|outside|of|to|into|across|off)\s+"
    rf"(?:(?:{'|'.join(AREA_WORDS)})\s+)?"  # "in central London": a part of a town is a town
    r"(?P<name>[A-Z][\w'’.-]*(?:[\s-]+[A-Z][\w'’.-]*)*)\s*$"
)
_SITE_HEADS = frozenset((*SITE_NOUNS, *PREMISES_HEADS, *STREET_WORDS, *ROUTE_HEADS))


def held_in_town(text: str, base: int, found: Sequence[Found]) -> list[Found]:
    """One place for a site and the town told right after it ("the junction of Dock Road and
    Pell Street in Wexley" is one place, "dock road and pell street, wexley")."""
    ordered = sorted(found, key=lambda f: f.start)
    out: list[Found] = []
    for f in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f.kind == PLACE
            and prev.kind == PLACE
            and prev.end <= f.start
            and _town_only(str(f.value), text[f.start - base : f.end - base])
            and "," not in str(prev.value)
            and not _town_only(str(prev.value), text[prev.start - base : prev.end - base])
            and _town_linked(
                text[prev.end - base : f.start - base], text[f.start - base : f.end - base]
            )
        ):
            out[-1] = Found(PLACE, f"{prev.value}, {f.value}", prev.start, f.end)
            continue
        out.append(f)
    return out


# Where one clause of a sentence ends and another begins: a semicolon, a coordinating or
# subordinating conjunction ("and" only before a lower-case word: "Fore Street and Kingsway" is
# one junction).
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|then|before|after|when|while|as|until)\b"
    r"|\s(?:and|but)\s+(?=[a-z])|\s(?:when|while|then|whereupon)\s"
    # "before", "after" and "until" a clock time or a time word are prepositions, not clauses:
    # "just after 10 p.m. on Friday at the junction of X and Y when ..."
    r"|\s(?:before|after|until)\s(?!\d|(?:midnight|noon|midday|dawn|dusk|sunrise|sunset)\b)",
)
# The toll's verbs: a clause that counts the dead or hurt there ("three died in Ashby as ...")
# places the incident as well as its onset clause does.
_TOLL = re.compile(rf"\b(?:{events.alternation(events.TOLL_VERBS)})\b", re.IGNORECASE)


# ("living in X" is a residence, not a doing there.)
# A clause that sets the scene: someone or something in progress there when it happened ("a car
# travelling north on the X Highway left the road", "was crossing at the corner of X when ...").
_NOT_PROGRESSIVE = (
    "during", "including", "according", "following", "regarding", "concerning", "morning",
    "evening", "building", "ceiling", "wedding", "meeting", "nothing", "something", "anything",
    "everything", "thing", "king", "spring", "string", "ring", "bring", "sibling", "living",
)  # fmt: skip
_SETTING = re.compile(
    rf"\b(?:(?:was|were|is|are|been)\s+(?!(?:{'|'.join(_NOT_PROGRESSIVE)})\b)[a-z]+ing\b"
    rf"|(?!(?:{'|'.join(_NOT_PROGRESSIVE)})\b)[a-z]{{3,}}ing\s+(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:on|along|in|at|through|across|down|up|near|towards?|over|off)\s)",
)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence's clauses, in order."""
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    bounds = [0, *cuts, len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def unbound_places(text: str, base: int, found: Sequence[Found]) -> list[Found]:
    """The places of a sentence without those of a clause that neither tells the event nor
    counts its toll, when a clause that tells the event places it ("the victim worked at the
    Dunlop plant in Speke and was shot outside his home in Garston": Garston)."""
    places = [f for f in found if f.kind == PLACE]
    if len(places) < 2:
        return list(found)
    spans = _clauses(text)

    def clause_of(f: Found) -> tuple[int, int]:
        at = f.start - base
        return next((c for c in spans if c[0] <= at < c[1]), (0, len(text)))

    def telling(c: tuple[int, int]) -> bool:
        return tells_onset(text[c[0] : c[1]]) or _SETTING.search(text, c[0], c[1]) is not None

    if not any(telling(clause_of(f)) for f in places):
        return list(found)
    out: list[Found] = []
    for f in found:
        c = clause_of(f)
        if f.kind == PLACE and not telling(c) and not _TOLL.search(text, c[0], c[1]):
            continue
        out.append(f)
    return out


# A sentence that counts the incident among others: "the second serious fire in the suburb this
# month", "the third fatal crash on the road this year", "the fourth stabbing since June".
_ORDINAL_FRAME = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|latest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{events.alternation((), events.ONSET_NOUNS)})\b",
    re.IGNORECASE,
)
# In such a sentence, an indefinite event with its own place is one of the others: "after a
# blaze on Banksia Street", "following a collision at Y".
_AN_EVENT_BEFORE = re.compile(
    rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{events.alternation((), events.ONSET_NOUNS)})"
    r"\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
# Where people were moved to after it: "taken to the X Health Sciences Centre" (not "to the
# scene"): a sequel's place, whatever the institution's name. (Responders "sent to" a place go
# to the scene.)
_MOVED_TO = re.compile(
    r"\b(?:taken|rushed|flown|airlifted|transferred|transported|conveyed|brought|ferried"
    r"|evacuated|moved|admitted)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+"
    r"(?!the\s+scene\b)(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$"
)


def elsewhere_in_sentence(text: str, base: int, found: Sequence[Found]) -> list[Found]:
    """The places of a sentence without those of another incident it compares ("the second fire
    this month, after a blaze on Banksia Street") or where people were moved to ("taken to the
    QEII Health Sciences Centre")."""
    framed: bool | None = None  # read at the first place (most sentences give none)
    out: list[Found] = []
    for f in found:
        at = f.start - base
        if f.kind == PLACE:
            if _MOVED_TO.search(text, max(0, at - 80), at):
                continue
            if framed is None:
                framed = _ORDINAL_FRAME.search(text) is not None
            if framed and _AN_EVENT_BEFORE.search(text, max(0, at - 50), at):
                continue
        out.append(f)
    return out


def _town_only(value: str, span: str) -> bool:
    """Whether a place names a town alone: no site, street, road, comma or direction in its
    value, and its name told bare after a preposition ("in Dromore", "at a bar in Dromore"; not
    "beside the Corn Exchange", not "near the Kiln Street corner")."""
    if (
        "," in value
        or is_street_level(value)
        or _FEATURE_FIRST.match(value)
        or _DIRECTION.match(value)
        or _ROAD_CODE.search(value)
        or value.split()[-1] in _SITE_HEADS
    ):
        return False
    bare = _BARE_NAME.search(span)
    return bare is not None and value.endswith(bare.group("name").lower())


def _town_linked(gap: str, span: str) -> bool:
    """Whether a town's span follows a site as its town: "X in Wexley", "X, Wexley" (not
    "near Wexley", not "the Wexley bridge")."""
    m = _TOWN_SPAN.match(span)
    return m is not None and (
        (gap.strip() == "" and m.group("prep") is not None) or gap.strip() == ","
    )


def earlier_doing(text: str, start: int) -> bool:
    """Whether the place at ``start`` belongs to a past perfect clause of a non-event verb that
    a clause telling the event follows in the sentence ("had just finished a shift at X ... when
    he was struck"): where someone was before, not the scene."""
    clause_at = 0
    for m in _CLAUSE_START.finditer(text, 0, start):
        clause_at = m.end()
    perfect = None
    for m in _PLUPERFECT.finditer(text, clause_at, start):
        perfect = m
    if perfect is None or perfect.group("verb").lower() in _EVENT_FORMS:
        return False
    if perfect.group("verb").lower().endswith("ing"):
        return False  # "had been waiting near X when ...": still there when it happened
    after = _LATER_EVENT.search(text, start)
    return after is not None and tells_onset(text[after.end() :])


def landmarks_after_scene(
    values: Sequence[str], spans: Sequence[str], gaps: Sequence[str]
) -> list[bool]:
    """Which of a report's places (its main incident's, in reading order) to keep: a landmark
    ("near the X bridge") told in a later clause than a place already told at a site or street is
    a reference point beside the scene. ``gaps[i]`` is the text between place i-1 and place i."""
    keep: list[bool] = []
    sited = False  # a site, street, "site, town" or direction placed the scene before
    towns: set[str] = set()  # towns told alone as the scene before
    between = ""
    for value, span, gap in zip(values, spans, gaps, strict=True):
        between += gap
        landmark = bool(_LANDMARK.search(span))
        town = _town_only(value, span)
        # another town near the scene's town is a reference point too ("in Ashby ... near
        # Kelby"), while a site near it ("near the Kell bridge") tells the scene finer
        beside = sited or (town and bool(towns) and value not in towns)
        if landmark and beside and (_BREAK.search(between) or _CLAUSE_BREAK.search(between)):
            keep.append(False)
            between += span
            continue
        keep.append(True)
        if not landmark and not town:
            sited = True
            between = ""  # a break is looked for after the last sited place
        else:
            between += span
            if not landmark:
                towns.add(value)
    return keep


# The event's own verb right before the place, in its clause: "the crash happened around 2.40am
# near X Rd at Y" tells the scene again, finer, not a landmark beside it.
_HAPPENED_THERE = re.compile(
    r"\b(?:happened|occurred|took\s+place)\b(?:[^,;.:]|\.(?=\w)|(?<=[ap]\.m)\.){0,40}$"
)  # ("2.40am", "p.m." inside it)


# The ways a place tells the scene finer than a landmark does: a street or a junction, or a site
# with its town ("x rd, newrybar"); a bridge or a church by it stays a landmark.
_FINER = re.compile(
    r",|\b(?:road|rd|street|st|lane|ln|avenue|ave|drive|way|highway|hwy|junction|intersection"
    r"|roundabout|crossroads)$"
)


def _told_again(text: str, place: Fact) -> bool:
    """Whether the event's verb tells the scene again at this place, finer."""
    return bool(_HAPPENED_THERE.search(text, 0, place.start)) and bool(
        _FINER.search(str(place.value))
    )


def scene_places(text: str, facts: list[Fact], incident: str) -> list[Fact]:
    """A report's facts without the landmarks told beside an incident's scene already placed."""
    mine = [f for f in facts if f.kind == PLACE and f.incident == incident]
    if len(mine) < 2:
        return facts
    gaps = [text[(mine[i - 1].end if i else 0) : f.start] for i, f in enumerate(mine)]
    keep = landmarks_after_scene([str(f.value) for f in mine], [f.text for f in mine], gaps)
    dropped = {
        id(f)
        for n, (f, k) in enumerate(zip(mine, keep, strict=True))
        if not k
        and not (_set_there(text, f.start) and not _town_only(str(f.value), f.text))
        and not _told_again(text, f)
        and not _named_after_town(str(f.value), [str(e.value) for e in mine[:n]])
        and not _onset_town(text, f)
    }
    return [f for f in facts if id(f) not in dropped] if dropped else facts


def _named_after_town(value: str, before: Sequence[str]) -> bool:
    """Whether a landmark is named after a place already told as the scene ("near Kelby
    station", "close to the Kelby bridge" after "in the village of Kelby"): it lies there and
    tells the scene finer, it is no reference point elsewhere."""
    words = _DIRECTION.sub("", value.split(",")[0]).split()  # "south of kelby junction" too
    return len(words) > 1 and any(
        " ".join(words[: len(p.split())]) == p and len(p.split()) < len(words)
        for v in before
        for p in (q.strip() for q in v.split(","))
        if p and not is_street_level(p)
    )


# A relative clause on a person tells that person's doing, not the event ("a farmer who was
# burning stubble near X"); "nearby" or "neighbouring" tells a reference point outright.
_DOER_OR_NEARBY = re.compile(r"\b(?:who|whom|whose|nearby|neighbou?ring)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b[a-z]+ing\b")
_SENTENCE_END = re.compile(r"[!?;\n]|\.(?=\s)")  # not the point inside "11.50am" or "a.m"


def _onset_town(text: str, place: Fact) -> bool:
    """Whether a town told after another town is where the onset's own clause puts the event
    ("crashed into a ravine near Bhimtar" after a headline's district, "the cabin fell ... near
    X" after "in central Y"): the scene told finer, not a town beside it."""
    if not _town_only(str(place.value), place.text):
        return False
    lo = max(0, place.start - 160)
    stop = max((m.end() for m in _SENTENCE_END.finditer(text, lo, place.start)), default=lo)
    breaks = _CLAUSE_BREAK.finditer(text, stop, place.start)
    clause = text[max((m.end() for m in breaks), default=stop) : place.end]
    # a finite verb of the onset: "was found burning near X" tells a state, not the event
    return tells_onset(_PARTICIPLE.sub("", clause)) and not _DOER_OR_NEARBY.search(clause)


def _set_there(text: str, start: int) -> bool:
    """Whether the clause a place ends tells who was there as it happened ("had been waiting
    with her grandchildren near the X corner when ..."): the spot itself, not a landmark."""
    lo = max(0, start - 120)
    stop = max((m.end() for m in _BREAK.finditer(text, lo, start)), default=lo)
    clause_at = max((m.end() for m in _CLAUSE_BREAK.finditer(text, stop, start)), default=stop)
    return _SETTING.search(text, clause_at, start + 1) is not None


# Parts of a building or site told beside it ("near the Market Street entrance", "close to the
# main doors"), and compass parts of a town ("in Melbourne's north"): a closed class of heads.
BUILDING_PARTS: tuple[str, ...] = (
    "entrance", "entrances", "door", "doors", "doorway", "exit", "exits", "gate", "gates",
    "foyer", "lobby", "steps", "forecourt", "atrium", "concourse",
)  # fmt: skip
COMPASS_PARTS: tuple[str, ...] = (
    "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
)  # fmt: skip
# The rooms of a building ("in a ground-floor bedroom", "in the Year Four classroom"): inside
# the premises a report names, not a second scene.
ROOM_PARTS: tuple[str, ...] = (
    "room", "rooms", "classroom", "classrooms", "bedroom", "bedrooms", "kitchen", "bathroom",
    "hallway", "corridor", "stairwell", "staircase", "dormitory", "ward", "cellar", "basement",
    "attic", "storeroom",
)  # fmt: skip
# (never a word that heads a premises of its own: "the X Street post office", "X Laboratory")
_PART_HEAD = frozenset((*BUILDING_PARTS, *COMPASS_PARTS, *ROOM_PARTS))
# A region around the scene: a lower-case compass or middle word before a name ("in central
# Kellmark", "across northern Brenia") or a part of a continent ("in East Africa"; continents
# are a closed class). A town so named is capitalised before a name that is no continent
# ("in East Kelby", "West Marlow").
CONTINENTS: tuple[str, ...] = (
    "Africa", "Asia", "Europe", "America", "Americas", "Oceania", "Australasia", "Antarctica",
)  # fmt: skip
_COMPASS_WORD = r"(?:north|south|east|west|central|mid|middle)(?:ern)?(?:-(?:east|west)(?:ern)?)?"
_REGION_SPAN = re.compile(
    rf"(?:(?:in|across|of|throughout)\s+)?(?:{_COMPASS_WORD}\s+[A-Z][\w'-]+"
    rf"|(?i:{_COMPASS_WORD})\s+(?:{'|'.join(CONTINENTS)}))"
)


# A part of a site told by a common noun and its number, the shape of a part whatever its noun
# ("Silo No. 3", "Plot 27", "Hangar 4", "Platform 2", "the 9 Level"); not a way ("Route 9"), a
# premises ("Unit 7") or a town's numbered quarter ("District 7", "Sector 15").
NUMBERED_PART = re.compile(
    r"(?!(?:Route|Highway|Interstate|Exit|Junction|Road|Unit|District|Zone|Sector|Area|Precinct"
    r"|Barangay|Phase|Colony|Region|Block|Section|Township|Arrondissement|Lot)\b)"
    r"(?:[A-Z][a-z]+\s+(?:No\.?\s*)?\d{1,3}[A-Z]?|\d{1,3}\s+[A-Z][a-z]+)(?![\w-])"
)
_NUMBERED_SPAN = re.compile(rf"(?:[a-z]+\s+)?(?:the\s+)?{NUMBERED_PART.pattern}")


def _part_only(value: str, span: str = "") -> bool:
    """Whether a place value names only a part of a scene ("market street entrance", "north,
    melbourne", "grade four classroom") or a region around it ("central kellmark"): its site's
    last word is a part, or its words are a region's shape."""
    site = value.split(",")[0].split()
    return bool(site) and (
        site[-1] in _PART_HEAD
        or _REGION_SPAN.fullmatch(span) is not None
        or (len(site) > 1 and site[-1] in _ROUTE_HEADS and "," not in value)
        or _NUMBERED_SPAN.fullmatch(span) is not None  # "in Silo No. 3", "on Plot 27"
    )


# A rail route told by its name ("the train on the Kelby Line", "along the Marlow railway") runs
# through many places: the crossing or station the report names is the scene at its own size.
_ROUTE_HEADS = frozenset(("line", "railway", "railroad"))


def scene_parts(facts: list[Fact], incident: str) -> list[Fact]:
    """A report's facts without places that name only a part of the scene (an entrance, doors,
    a town's north, a room) or a region around it when the report places the scene itself too:
    the same place, told at another size, is not a second scene. A part that is all a report
    tells stays."""
    mine = [f for f in facts if f.kind == PLACE and f.incident == incident]
    parts = {id(f) for f in mine if _part_only(str(f.value), f.text)}
    if not parts or len(parts) == len(mine):
        return facts
    return [f for f in facts if id(f) not in parts]


def wider_towns(text: str, facts: list[Fact], incident: str) -> list[Fact]:
    """A report's facts without a town told alone in a sentence of its own ("he was caught days
    later in Marlow") when the scene is already told as a site in another town ("castle street,
    wexley"): that town is a later or other event's, not a second name of the scene. A town
    the scene is told in ("in Wexley" beside "castle street, wexley"), or one with
    no town told beside the site, stays: it names the scene at a larger size."""
    mine = [f for f in facts if f.kind == PLACE and f.incident == incident]
    areas = {id(f): a for f in mine if (a := _area_site(str(f.value), f.text))}
    sited = [f for f in mine if not _town_only(str(f.value), f.text) and id(f) not in areas]
    towns = {t.strip() for f in sited for t in str(f.value).split(",")[1:]}
    if not towns or len(sited) == len(mine):
        return facts

    def apart(a: Fact, b: Fact) -> bool:
        lo, hi = (a, b) if a.start < b.start else (b, a)
        return _BREAK.search(text, lo.end, max(lo.end, hi.start)) is not None

    elsewhere = {
        id(f)
        for f in mine
        if (_town_only(str(f.value), f.text) or id(f) in areas)
        and not any((v := areas.get(id(f), str(f.value))) in t or t in v for t in towns)
        and not any(areas.get(id(f), str(f.value)) in str(s.value) for s in sited)
        and all(apart(f, s) for s in sited)
    }
    return [f for f in facts if id(f) not in elsewhere] if elsewhere else facts


# A site no name of its own names, told by the county's or town's name before its common noun:
# "at a Kelby holiday park", "on an Arden building site", a headline's "at Arden housing site",
# "on packed Co Marrow pub" (a county by its word). Not a bare "at Kelby plant" (a headline's
# site named by its place), nor "the X site" (a named site), nor a site named after the place it
# serves ("Kelby station", "Arden bridge": a closed class of heads).
_AREA_SITE = re.compile(
    r"^(?:[a-z]+\s+)?(?P<article>(?:a|an)\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?P<area>(?:Co\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?P<head>(?:\s+[a-z][\w-]*){1,3})$"
)
_COUNTY_WORD = re.compile(r"(?:Co\.?|County)\s")
_NAMED_AFTER_PLACE = frozenset((
    "station", "airport", "airfield", "port", "harbour", "harbor", "bridge", "junction",
    "crossing", "interchange", "terminal", "pier", "quay", "dock", "docks", "dam", "tunnel",
    "lock", "viaduct", "depot", "road", "street", "line", "railway", "highway", "motorway",
))  # fmt: skip


def _area_site(value: str, span: str) -> str:
    """The county's or town's name of an unnamed site told by it ("a Kelby holiday park":
    "kelby"), or "" when the place is no such site."""
    m = _AREA_SITE.match(span)
    if m is None or " the " in f" {span} ":
        return ""
    if not (m.group("article") or _COUNTY_WORD.match(m.group("area"))):
        return ""  # a bare "at Harlan Creek plant", "Baranpur temple" names its site
    head = m.group("head").split()
    area = m.group("area")
    if head[-1] in _NAMED_AFTER_PLACE or head[-1] not in _SITE_HEADS or is_street_level(area):
        return ""
    return area.lower()
