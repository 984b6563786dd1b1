"""Vehicles, places and names in words: the same, a less specific form of the other, or different.

"a white van" is a less specific form of "a white Ford Transit van" (compatible); a different
colour, make, model or number ("silver" / "white", "Fiesta" / "Focus", "Unit 7" / "Unit 4")
is a conflict.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from incident_reader.core.align.place_words import (
    foreign_street,
    initials_of,
    numbers_disagree,
    place_words,
)
from incident_reader.core.align.values import COMPATIBLE, CONFLICT, MATCH
from incident_reader.core.facts import vocabulary
from incident_reader.core.facts.letters import PLAIN_SPELLING

STOPWORDS = frozenset(
    "a an the of in at on near by outside inside just about around off into onto from to its his "
    "her their some what appeared appears be believed thought type style looking".split()
)
# Colours, shades, makes and models are the extractors' tables too: one vocabulary, read by both.
COLOURS: dict[str, str] = vocabulary.COLOURS
SHADES = frozenset(vocabulary.SHADES)
MAKES: dict[str, str] = vocabulary.MAKES
# Well-known models, so "silver Transit" knows its make; unknown models are read after the make.
MODELS: dict[str, str] = vocabulary.MODELS
VEHICLE_TYPES: dict[str, str | None] = {
    "car": "car", "saloon": "car", "hatchback": "car", "estate": "car", "suv": "car",
    "4x4": "car", "coupe": "car", "convertible": "car", "taxi": "car", "cab": "car",
    "van": "van", "minibus": "minibus", "pickup": "pickup", "lorry": "lorry", "truck": "truck",
    "hgv": "lorry", "tanker": "lorry", "bus": "bus", "coach": "bus", "train": "train",
    "tram": "tram", "motorbike": "motorbike", "motorcycle": "motorbike", "moped": "motorbike",
    "scooter": "motorbike", "bicycle": "bicycle", "bike": "bicycle", "vehicle": None,
}  # fmt: skip
# A type some words name broadly: a "truck" may be a lorry or a pickup (US usage), a minibus is
# called a bus or a van; the broad word agrees with each narrower one.
TYPE_COVERS: dict[str, frozenset[str]] = {
    "truck": frozenset({"lorry", "pickup"}),
    "bus": frozenset({"minibus"}),
    "van": frozenset({"minibus", "pickup"}),
}
STREET_WORDS = frozenset(vocabulary.STREET_WORDS)
# Roads the extractors' street words leave out: a highway or a path is named like a street.
ROUTE_WORDS = frozenset("highway motorway boulevard expressway freeway path promenade".split())
SITE_WORDS = frozenset(vocabulary.SITE_WORDS)
# Street words of a point where streets meet: one lies on the streets it joins.
POINT_WORDS = frozenset("junction roundabout crossing interchange intersection crossroads".split())
# Structures that carry or cross a road ("the Station Creek bridge" on "the Bruce Highway"):
# one lies on a road of another name, as a junction does; two of them named apart conflict.
STRUCTURE_WORDS = frozenset("bridge tunnel flyover overpass underpass viaduct".split())
# Ways for walkers and cyclists, which run beside roads ("a bike path along the highway").
PATH_WORDS = frozenset("path towpath cycleway footpath walkway promenade greenway trail".split())
# Words that say what a path is for, not which one it is: "the greenway cycle path" names none.
PATH_USE_WORDS = frozenset("bike bicycle cycle foot pedestrian shared use multi".split())
TITLES = frozenset("mr mrs ms miss dr pc sgt insp det supt prof sir dame".split())
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HEDGED = re.compile(r"([a-z0-9]+)-(?:type|style|like|coloured|colored)\b")


# Latin letters that carry no combining mark to strip ("Łódź", "Øresund", "Đà Nẵng").
_PLAIN_LETTERS = str.maketrans(PLAIN_SPELLING)


def ascii_letters(text: str) -> str:
    """The text with accents dropped, so a name is one word whatever the outlet's spelling or
    encoding: "Wrocanów" is "Wrocanow" (not "Wrocan" and "w"), "Citroën" is "Citroen"."""
    if text.isascii():
        return text
    text = text.translate(_PLAIN_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Lower-case content words, hedges like "Focus-type" reduced to "focus"."""
    text = ascii_letters(text)
    text = _HEDGED.sub(r"\1", text.lower().replace("×", "x"))  # "4×4" is a 4x4
    return [t for t in _TOKEN.findall(text) if t not in STOPWORDS]


def _same_word(a: str, b: str) -> bool:
    """Tokens equal, or long enough and spelt nearly the same ("Westminister" / "Westminster")."""
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 88)


def _same_place_word(a: str, b: str) -> bool:
    """A place's word in two spellings: nearly the same, or one letter typed wrong in a long
    word ("Olympiad" / "Olympian"), its first letter kept."""
    if _same_word(a, b):
        return True
    return (
        len(a) == len(b) >= 8
        and a[0] == b[0]
        and a.isalpha()
        and b.isalpha()
        and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    )


def _covered(small: set[str], big: set[str], same: Callable[[str, str], bool] = _same_word) -> bool:
    return all(any(same(s, b) for b in big) for s in small)


def containment(a: str, b: str) -> float:
    """Share of the shorter description's words found in the other (0..1), spelling-tolerant."""
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta or not tb:
        return 0.0
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return sum(any(_same_word(s, x) for x in big) for s in small) / len(small)


def _numbers(words: list[str]) -> set[str]:
    return {w for w in words if any(c.isdigit() for c in w)}


# A figure that measures a vehicle (seats, weight, wheels, length, engine size: "a 14-seater
# minibus", "a 40-tonne lorry", "a 10-wheeler", "a 125cc scooter") tells its capacity or size,
# not its model or unit number: "a 14-seater minibus" and "a Nissan Urvan minibus" may be one
# vehicle; "a 14-seater" and "an 18-seater" are not. A closed class of measure words.
_MEASURES = frozenset(
    "seater seaters seat seats passenger passengers berth tonne tonnes ton tons tonner wheeler "
    "wheelers axle wheel door foot feet ft metre metres meter meters litre litres cc".split()
)
_MEASURED = re.compile(r"^(\d+)(cc|t|ft|m|seater|tonne|ton|tonner|wheeler)$")
# One unit under its several words: a 14-seater has 14 seats.
_MEASURE_UNIT = {
    "seater": "seat", "passenger": "seat", "berth": "seat", "ton": "tonne", "tonner": "tonne",
    "t": "tonne", "wheeler": "wheel", "feet": "ft", "foot": "ft", "metre": "m", "meter": "m",
    "liter": "litre",
}  # fmt: skip
_DECIMAL = re.compile(r"^\d+$")


def _measures(words: list[str]) -> tuple[set[str], set[str]]:
    """The measured figures of a description as "14 seater", and the number words they use."""
    found: set[str] = set()
    used: set[str] = set()
    for i, w in enumerate(words):
        if m := _MEASURED.match(w):
            found.add(f"{m[1]} {_MEASURE_UNIT.get(m[2], m[2])}")
            used.add(w)
        elif _DECIMAL.match(w) and i + 1 < len(words) and words[i + 1] in _MEASURES:
            figure = w
            if i > 0 and _DECIMAL.match(words[i - 1]):  # "7.5-tonne": "7", "5", "tonne"
                figure = f"{words[i - 1]}.{w}"
                used.add(words[i - 1])
            unit = words[i + 1].removesuffix("s") if words[i + 1] != "cc" else "cc"
            found.add(f"{figure} {_MEASURE_UNIT.get(unit, unit)}")
            used.add(w)
    return found, used


@dataclass(frozen=True, slots=True)
class Vehicle:
    """What a vehicle description commits to: colours, shades, make, models, type, numbers."""

    colours: frozenset[str]
    shades: frozenset[str]
    makes: frozenset[str]
    models: frozenset[str]
    types: frozenset[str]
    words: frozenset[str]
    sizes: frozenset[str] = frozenset()  # "small", "large" (vocabulary.SIZES)
    decks: frozenset[str] = frozenset()  # "single", "double" of a "-decker"
    measures: frozenset[str] = frozenset()  # "14 seater", "40 tonne"


@lru_cache(maxsize=2048)
def parse_vehicle(text: str) -> Vehicle:
    """Split a vehicle description into the features a conflict can be about."""
    words = tokens(text)
    colours = {COLOURS[w] for w in words if w in COLOURS}
    named = vocabulary.makes_in(words)
    makes = {make for _, make in named}
    joined = {f"{a}-{b}" for a, b in zip(words, words[1:], strict=False)} & MODELS.keys()
    measures, measure_words = _measures(words)
    numbers = _numbers(words) - VEHICLE_TYPES.keys() - measure_words
    models = {w for w in words if w in MODELS} | numbers | joined
    makes |= {MODELS[w] for w in (*words, *joined) if w in MODELS}  # "f-150" is a Ford
    for last, _ in named:  # the word after a make is its model ("Ford Ka"), if nothing else
        nxt = words[last + 1] if last + 1 < len(words) else ""
        if nxt and nxt not in VEHICLE_TYPES and nxt not in COLOURS and nxt not in MAKES:
            models.add(nxt)
    types = {t for w in words if (t := VEHICLE_TYPES.get(w))}
    return Vehicle(
        colours=frozenset(colours),
        shades=frozenset(w for w in words if w in SHADES),
        makes=frozenset(makes),
        models=frozenset(models),
        types=frozenset(types),
        words=frozenset(words) - {"vehicle"},
        sizes=frozenset(vocabulary.SIZES[w] for w in words if w in vocabulary.SIZES),
        decks=frozenset(w for w, nxt in zip(words, words[1:], strict=False) if nxt == "decker"),
        measures=frozenset(measures),
    )


def compare_vehicles(a: str, b: str) -> str:
    """Two vehicles: any differing colour, shade, make, model, type, number, size, deck count
    or measure (seats, tonnes) is a conflict."""
    va, vb = parse_vehicle(str(a)), parse_vehicle(str(b))
    for x, y in (
        (va.colours, vb.colours),
        (va.makes, vb.makes),
        (va.sizes, vb.sizes),  # "a small white van" / "a large white van"
        (va.decks, vb.decks),  # "a double-decker bus" / "a single-decker bus"
    ):
        if x and y and not (x <= y or y <= x):
            return CONFLICT
    if va.types and vb.types and not types_agree(va.types, vb.types):
        return CONFLICT
    if va.models and vb.models and not (va.models <= vb.models or vb.models <= va.models):
        return CONFLICT
    if va.shades and vb.shades and va.shades != vb.shades:
        return CONFLICT
    if _measures_differ(va.measures, vb.measures):
        return CONFLICT
    return MATCH if va.words == vb.words else COMPATIBLE


def _measures_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """A measure both descriptions give ("14 seater" / "18 seater") with different figures."""
    units_a = {m.split()[1]: m for m in a}
    units_b = {m.split()[1]: m for m in b}
    return any(units_b[u] != m for u, m in units_a.items() if u in units_b)


def _narrow(types: frozenset[str]) -> set[str]:
    """The types told, a broad one left out beside a narrower it covers ("pickup truck")."""
    return {t for t in types if not (TYPE_COVERS.get(t, frozenset()) & types)}


def _fits(t: str, u: str) -> bool:
    return t == u or t in TYPE_COVERS.get(u, ()) or u in TYPE_COVERS.get(t, ())


def types_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether every type one description tells may be a type the other tells."""
    x, y = _narrow(a), _narrow(b)
    return all(any(_fits(t, u) for u in y) for t in x) or all(
        any(_fits(u, t) for t in x) for u in y
    )


def _place_parts(text: str) -> list[set[str]]:
    parts = (place_words(tokens(part)) for part in str(text).split(","))
    return [set(words) for words in parts if words]


@dataclass(frozen=True, slots=True)
class _Street:
    """The first street a place names: the word before its street word, all its name's words run
    together ("West Side" and "Westside" are one), and what kind of way it is."""

    name: frozenset[str]
    joined: str
    kind: str  # "street", "path" (beside a road: a bike path), "point" or "structure" (a bridge)
    words: tuple[str, ...] = ()  # its name's words, in order


def _streets(text: str) -> tuple[_Street, ...]:
    """Every street a place mentions ("Street", "Row", "Lane"..., a highway or a path), first
    told first: a crossing ("30th Street and Ferry Avenue") lies on each of its streets."""
    words = place_words(tokens(text))
    found: list[_Street] = []
    start = 0
    for i, w in enumerate(words):
        if w in STREET_WORDS or w in ROUTE_WORDS:
            kind = "point" if w in POINT_WORDS else "street"
            after = words[i + 1] if i + 1 < len(words) else ""
            if w in STRUCTURE_WORDS and after not in STREET_WORDS and after not in ROUTE_WORDS:
                kind = "structure"  # "Bridge Street" is a street
            if any(v in PATH_WORDS for v in words[i:]):
                kind = "path"
            named = tuple(words[start:i])
            if kind == "path":  # "the Riverside bike path" is named Riverside, not bike
                own = tuple(v for v in named if v not in PATH_USE_WORDS)
                if not own and found:  # "West Bank Highway bike path": the road's path
                    start = i + 1
                    continue
                named = own or named
            name = frozenset({named[-1]} if named else {w})
            found.append(_Street(name, "".join(named) or w, kind, named))
            start = i + 1
    return tuple(found)


def _path_name(path: _Street) -> tuple[str, ...]:
    """A path's own name: its words but those of its kind and use ("greenway cycle" none)."""
    return tuple(w for w in path.words if w not in PATH_WORDS and w not in PATH_USE_WORDS)


def _same_street(a: _Street, b: _Street) -> bool:
    """One street in two spellings, or one named less fully ("Addiscombe" / "Lower Addiscombe")."""
    same = _same_place_word
    if _covered(set(a.name), set(b.name), same) or _covered(set(b.name), set(a.name), same):
        return True
    if a.kind == b.kind == "path" and not (_path_name(a) and _path_name(b)):
        return True  # a bike path told without its name is any path of the place
    if initials_of(a.joined, b.words) or initials_of(b.joined, a.words):
        return True  # "GT Road" is the Grand Trunk Road
    return bool(a.joined and b.joined) and same(a.joined, b.joined)


@lru_cache(maxsize=16384)
def compare_places(a: str, b: str) -> str:
    """Two places: one inside the other's words is compatible; other streets or units conflict.

    A street, unit or building told against a bare town or district is compatible (told at a
    different grain), as are two bare town names; two streets or two unit numbers conflict.
    """
    pa, pb = _place_parts(a), _place_parts(b)
    wa, wb = set().union(*pa) if pa else set(), set().union(*pb) if pb else set()
    if not wa or not wb:
        return COMPATIBLE
    if numbers_disagree(sorted(wa), sorted(wb)):
        return CONFLICT
    if wa == wb:
        return MATCH
    if _covered(wa, wb, _same_place_word) or _covered(wb, wa, _same_place_word):
        return COMPATIBLE
    if foreign_street(sorted(wa)) != foreign_street(sorted(wb)):
        return COMPATIBLE  # "Kvarngatan" may be the "Mill Street" of an English report
    sa, sb = _streets(str(a)), _streets(str(b))
    if sa and sb and sa[0].kind != sb[0].kind:
        return COMPATIBLE  # a junction lies on the streets it joins, a bridge on its road
    if sa and sb:
        same = any(_same_street(x, y) for x in sa for y in sb)
        return COMPATIBLE if same else CONFLICT
    # A unit, a building and a street of one place do not contradict; nor do two bare town or
    # district names ("Westminster" / "London"): without a gazetteer one may hold the other.
    return COMPATIBLE


def compare_names(a: str, b: str) -> str:
    """Two names: the same, one part of the other ("Pryce" / "Darren Pryce"), or different."""
    ta = [t for t in tokens(str(a)) if t not in TITLES]
    tb = [t for t in tokens(str(b)) if t not in TITLES]
    if not ta or not tb:
        return COMPATIBLE
    if ta == tb:
        return MATCH
    if _covered(set(ta), set(tb)) or _covered(set(tb), set(ta)):
        return COMPATIBLE
    return COMPATIBLE if fuzz.token_sort_ratio(" ".join(ta), " ".join(tb)) >= 90 else CONFLICT
