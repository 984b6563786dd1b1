"""One vehicle told twice: a kind-only description ("the passenger train") gives way to the
precise name the report gives it elsewhere ("Lakeshore Rail train 412")."""

from __future__ import annotations

import re

from incident_reader.core.facts.vehicle_phrases import (
    _DIGIT,
    VEHICLE,
)
from incident_reader.core.facts.vocabulary import (
    COLOURS,
    GENERIC_VEHICLE_HEADS,
    SHIP_PREFIXES,
    VEHICLE_CLASSES,
    makes_in,
)
from incident_reader.core.model import Fact

_MEASURE = re.compile(r"\d+(?:\.\d+)?-[a-z]+")  # "62-metre", "40-tonne": a size, not a unit number

_COLOURS = frozenset(COLOURS)
_CLASS_OF = {h: c for c, heads in VEHICLE_CLASSES.items() for h in heads}

_CAR_FORMS = frozenset(
    "car hatchback saloon sedan estate suv 4x4 jeep vehicle people carrier".split()
)  # what a make alone names
# What a make that builds lorries names as well (a closed list of the makers of heavy goods
# vehicles): "a white Volvo FH" is "the lorry", "a DAF XF" is "the truck".
_LORRY_FORMS = frozenset(("lorry", "truck", "hgv", "tipper", "tanker", "goods vehicle"))
_LORRY_MAKERS = frozenset(
    "mercedes volvo scania daf iveco man tata ashok leyland hino isuzu mack kenworth peterbilt"
    " freightliner sinotruk foton eicher renault mitsubishi".split()
) | {"ashok leyland"}
# Two words for one kind of vehicle, British and American: "a heavy truck" is "the lorry" told
# again. (A "truck" may also be a pickup: only "lorry" and "hgv" tell one for sure.)
_SAME_HEAD = {"lorry": "truck", "hgv": "truck", "truck": "truck"}
_DEFINITE = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)


# Heads whose shape tells their kind: a "single-decker" or "double-decker" is a bus, a
# "floatplane" a plane, a "houseboat" a boat (the open heads of vehicle_roles).
_KIND_BY_SUFFIX = (
    ("-decker", "bus"),
    ("plane", "plane"),
    ("boat", "boat"),
    ("copter", "helicopter"),
)
_GENERIC_HEADS = frozenset(GENERIC_VEHICLE_HEADS)
_NAME_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]")


# A service told by its operator without a number ("an Arden Air flight") names no craft: the
# aircraft the report names ("a Saab 340") is the one that flew it.
_SERVICE_KIND = {"flight": "plane"}
# One kind told by two heads: "a pickup truck" ... "the gray Silverado pickup" ... "the truck".
_SAME_KIND = {"pickup": "pickup", "pick-up": "pickup", "pickup truck": "pickup"}


def _head_of(words: list[str]) -> str | None:
    for n in (2, 1):
        if len(words) >= n and " ".join(words[-n:]) in _CLASS_OF:
            return " ".join(words[-n:])
    if words and words[-1] in _SERVICE_KIND and not any(_DIGIT.search(w) for w in words):
        return _SERVICE_KIND[words[-1]]
    return None


def _kind_of(words: list[str]) -> str | None:
    """The kind a description's head names: its class head, or the kind its shape tells."""
    head = _head_of(words)
    if head is None and words:
        head = next((k for suffix, k in _KIND_BY_SUFFIX if words[-1].endswith(suffix)), None)
    return head


def _open_head(words: list[str]) -> bool:
    """A head no table knows, read by its role in the event ("the white runabout overturned")."""
    return bool(words) and _head_of(words) is None and not makes_in(words)


def _specific(value: str) -> bool:
    """A make, a model or unit number, a ship's prefix: which vehicle, not only what kind."""
    words = value.split()
    numbered = any(_DIGIT.search(w) and not _MEASURE.fullmatch(w) for w in words)
    return bool(numbered or makes_in(words) or words[0].upper() in SHIP_PREFIXES)


def _coloured(value: str) -> bool:
    """A colour tells which vehicle of a kind ("the blue and gold balloon"), less than a make."""
    return any(w in _COLOURS for w in value.split())


def told_better(facts: list[Fact], text: str = "") -> list[Fact]:
    """Drop a kind-only description ("the passenger train", "a light plane") of a vehicle the
    report names more precisely ("Lakeshore Rail train 412", "the Cessna 172"), or tells by its
    colour ("a hot-air balloon" ... "the red and white balloon"): one vehicle. A definite
    kind-only description in the other word for the kind told before ("a heavy truck" ... "the
    lorry") is that vehicle told again."""
    if text:
        facts = _told_again(facts, text)
    vehicles = [f for f in facts if f.kind == VEHICLE]
    # An open head with a colour or a name says which vehicle as a make does ("the blue Optare
    # Solo single-decker", "the white 5.8-metre aluminium runabout").
    named = [
        f
        for f in vehicles
        if _specific(str(f.value))
        or (
            _open_head(str(f.value).split())
            and _head_of(str(f.value).split()) is None
            and (
                _described_open(str(f.value))
                # a name before a common-noun head, not a model's name alone ("Fiesta")
                or (_NAME_WORD.search(f.text) is not None and f.text.split()[-1].islower())
                or _model_name(f)
            )
        )
    ]  # ... as a name among its words does ("a Beaver floatplane")
    named_ids = {id(f) for f in named}
    coloured = [f for f in vehicles if id(f) not in named_ids and _coloured(str(f.value))]
    # A class head told with its operator's or line's capitalised name ("the Kosei Line train",
    # "a Kelby Coaches bus") says which, as a make does: a kind-only one of that head gives way.
    operated = {
        (f.incident, _head_of(str(f.value).split()))
        for f in vehicles
        if _NAME_WORD.search(f.text) is not None
        and f.text.split()[-1].islower()
        and _head_of(str(f.value).split()) is not None
    }
    if operated:
        facts = [
            f
            for f in facts
            if not (
                f.kind == VEHICLE
                and (f.incident, _head_of(str(f.value).split())) in operated
                and _NAME_WORD.search(f.text) is None
                and not _specific(str(f.value))
                and not _coloured(str(f.value))
            )
        ]
    if not (named or coloured):
        return facts
    coloured_ids = {id(f) for f in coloured}
    # Each test below asks about the named or coloured vehicles of one incident; asked once per
    # (incident, head), so a report telling one vehicle thousands of times stays linear.
    named_by_incident: dict[str, list[Fact]] = {}
    for g in named:
        named_by_incident.setdefault(g.incident, []).append(g)
    coloured_heads = {(g.incident, _head_of(str(g.value).split())) for g in coloured}
    same_kind: dict[tuple[str, str], bool] = {}
    apposed: dict[tuple[str, str], bool] = {}
    out: list[Fact] = []
    for f in facts:
        words = str(f.value).split()
        plain = f.kind == VEHICLE and id(f) not in named_ids
        head = _head_of(words) if plain else None
        others = named_by_incident.get(f.incident, [])
        if head:
            key = (f.incident, head)
            if key not in same_kind:
                same_kind[key] = any(_same_kind(g, head) for g in others)
            if same_kind[key]:
                continue
        if plain and text and _open_head(words) and not _coloured(str(f.value)):
            key = (f.incident, words[-1])
            if key not in apposed:
                apposed[key] = any(_apposed_kind(text, g, words[-1]) for g in others)
            if apposed[key]:
                continue  # "a passenger launch" ... "the double-decker launch MV X": one vessel
        if head and id(f) not in coloured_ids and (f.incident, head) in coloured_heads:
            continue  # "a hot-air balloon" is the coloured balloon of the same report
        out.append(f)
    return out


def _apposed_kind(text: str, named: Fact, head: str) -> bool:
    """Whether the report tells a named vehicle's kind by the same open head right before its
    name ("the double-decker launch MV X", "the dhow Al Noor"): that head's kind-only
    description elsewhere ("a passenger launch capsized") is the named one."""
    before = text[max(0, named.start - 40) : named.start].lower()
    return re.search(rf"(?<![\w-]){re.escape(head)}\s+$", before) is not None


def _described_open(value: str) -> bool:
    """A colour or a measure among an open head's modifiers ("white 5.8-metre ... runabout")."""
    return _coloured(value) or any(_MEASURE.fullmatch(w) for w in value.split()[:-1])


def _same_kind(named: Fact, head: str) -> bool:
    words = str(named.value).split()
    own = _kind_of(words)
    if own is not None:
        return (
            own == head
            or _SAME_KIND.get(own, own) == _SAME_KIND.get(head, head)
            # "the truck" of a story whose truck is named as a pickup
            or (head == "truck" and own in _SAME_KIND)
            or own.split()[-1] == head.split()[-1]
            # a generic head of the same class beside it off the roads: "the single-engine
            # aircraft" is "the Beaver floatplane", "the vessel" is "the MV X"
            or (head in _GENERIC_HEADS and _CLASS_OF.get(own) == _CLASS_OF[head] != "road")
        )
    if makes := makes_in(words):
        if head in _LORRY_FORMS and any(make in _LORRY_MAKERS for _, make in makes):
            return True  # "the lorry" ... "a white Scania R450"
        return head in _CAR_FORMS  # "a silver hatchback" ... "the Ford Focus"
    if head in _CAR_FORMS and _model_name(named):
        return True  # "a tour vehicle" ... "a Land Cruiser carrying six tourists"
    return _CLASS_OF[head] != "road"  # "a light plane" ... "the Cessna 172"


def _model_name(f: Fact) -> bool:
    """A model named by capitalised words alone, with no make and no class head ("a Land
    Cruiser", "a Grand Vitara"): which vehicle, as a make would say."""
    words = f.text.split()
    return (
        len(words) > 1
        and all(w[:1].isupper() and w[1:].islower() for w in words)  # not a headline's capitals
        and _open_head(str(f.value).split())
    )


def _kind_only_head(value: str) -> str | None:
    """The head of a description that says only its kind ("heavy truck", "lorry"): no colour,
    no make, no number."""
    words = value.split()
    if not words or _coloured(value) or _specific(value):
        return None
    return words[-1] if words[-1] in _SAME_HEAD else None


def _told_again(facts: list[Fact], text: str) -> list[Fact]:
    """Without "the lorry" after "a heavy truck" of the same incident: one vehicle, two words."""
    seen: dict[str, set[str]] = {}  # incident -> kinds told so far, by their kind-only heads
    out: list[Fact] = []
    for f in facts:
        head = _kind_only_head(str(f.value)) if f.kind == VEHICLE else None
        if head is None:
            out.append(f)
            continue
        told = seen.setdefault(f.incident, set())
        kind = _SAME_HEAD[head]
        first = next((w for w in told if _SAME_HEAD[w] == kind), None)
        if (
            first is not None
            and first != head
            and _DEFINITE.search(text, max(0, f.start - 8), f.start)
        ):
            continue  # "the lorry" told after "a heavy truck": the same vehicle
        told.add(head)
        out.append(f)
    return out
