"""A name the report itself calls a region is no site of the incident, wherever it stands bare.

A region named with its own head ("in Marrow County", "the Dunvale Valley") is never a site
(place_names._REGION). A headline or a lead that names the same region bare ("grandstand gives
way in Marrow", "gunfire at Dunvale wedding") reads like a town; the report shows what it is
elsewhere, by one of these shapes:
- the region's head after it, not starting an institution's name: "Marrow province",
  "the Dunvale Valley" (not "Kelby District Council", which names a town's council);
- a settlement noun it modifies: "the Dunvale town of Ashby", "a Marrow village";
- a dateline that gives it after the town: "ASHBY, Marrow — ...";
- the landscape of it: "the hills of Marrow", "the beaches and hills of Marrow".
Such a bare region is dropped from the incident's places when the report places the incident
otherwise too (a region it tells alone stays: it is then all the report says).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.place_names import PLACE
from incident_reader.core.facts.vocabulary import MAKES
from incident_reader.core.model import Fact

# Heads of regions wider than a town (not "district" or "borough": a city's own quarters, where
# a scene may lie: "in the Old Harbour district").
WIDE_REGION_HEADS: tuple[str, ...] = (
    "province", "region", "state", "county", "shire", "valley", "country", "department",
    "governorate", "prefecture", "oblast", "canton", "territory",
)  # fmt: skip
SETTLEMENT_NOUNS: tuple[str, ...] = (
    "town", "towns", "village", "villages", "city", "hamlet", "suburb", "municipality",
    "township", "commune", "settlement",
)  # fmt: skip
LANDSCAPE_NOUNS: tuple[str, ...] = (
    "hills", "mountains", "highlands", "lowlands", "plains", "foothills", "beaches", "coast",
    "interior", "countryside", "valleys", "uplands",
)  # fmt: skip
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_NAMED_REGION = re.compile(
    rf"\b(?P<name>{_NAME})[ \t]+(?i:{'|'.join(WIDE_REGION_HEADS)})\b(?![ \t]+[A-Z])"
)
_SETTLEMENT_OF = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)[ \t]+(?P<name>{_NAME})[ \t]+(?:{'|'.join(SETTLEMENT_NOUNS)})\b"
)
_LANDSCAPE_OF = re.compile(
    rf"\bthe[ \t]+(?:[a-z]+[ \t]+and[ \t]+)?(?:{'|'.join(LANDSCAPE_NOUNS)})[ \t]+of[ \t]+"
    rf"(?P<name>{_NAME})"
)
# "ASHBY DEL MONTE, Marrow — Two ...": a capitalised dateline town, a comma, the region, a dash
_DATELINE_REGION = re.compile(
    rf"^[ \t]*(?P<town>[^\W\d_a-z][^\n,a-z]{{1,60}}),[ \t]+(?P<name>{_NAME})[ \t]*"
    r"(?:—|–|--|-)[ \t]",
    re.MULTILINE,
)
_OPENERS = frozenset(("The", "A", "An", "In", "At", "On", "Near", "From", "Across", "Throughout"))
_SHAPES = (_NAMED_REGION, _SETTLEMENT_OF, _LANDSCAPE_OF, _DATELINE_REGION)


def regions_named(text: str) -> set[str]:
    """The names the report shows to be regions, in lower case."""
    found: set[str] = set()
    for shape in _SHAPES:
        for m in shape.finditer(text):
            if shape is _DATELINE_REGION and not m.group("town").isupper():
                continue  # a dateline's town is in capitals
            words = m.group("name").split()
            while words and words[0] in _OPENERS:
                words = words[1:]  # "The Dunvale Valley" at a sentence's start
            if words:
                found.add(" ".join(words).lower())
    return found


# A vehicle's make before a name: the name is the make's model ("a white Kelvin Patrol").
_MADE = re.compile(
    rf"\b(?:{'|'.join(sorted(map(re.escape, MAKES), key=len, reverse=True))})[ \t]+$", re.I
)
MODEL_REACH = 20  # characters before a name in which its make is looked for


def models_named(text: str, names: set[str]) -> set[str]:
    """Those of ``names`` (lower case) the report writes right after a vehicle's make."""
    found: set[str] = set()
    for name in names:
        words = name.split()
        if not words or any(not w.isalpha() for w in words):
            continue
        shape = re.compile(r"\b" + r"[ \t]+".join(map(re.escape, words)) + r"\b", re.I)
        for m in shape.finditer(text):
            if text[m.start()].isupper() and _MADE.search(
                text, max(0, m.start() - MODEL_REACH), m.start()
            ):
                found.add(name)
                break
    return found


# The states of the United States: regions wider than any scene, told bare beside the town or
# site the report places the incident at ("hits power lines at Kansas rally" beside "near
# Tallgrass Junction"). A closed class; "New York" and "Washington" are cities too, and left out.
US_STATES: frozenset[str] = frozenset(
    w.replace("_", " ")
    for w in """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey
    new_mexico north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island
    south_carolina south_dakota tennessee texas utah vermont virginia west_virginia wisconsin
    wyoming
    """.split()
)
# A region's adjective before a settlement noun: "the Styrian market town of X", "the Bavarian
# village of Y", "a Tyrolean ski resort" (the name's own adjective: the bare name is the region;
# a city's too, "the Parisian suburb of X", is wider than the scene the report tells besides).
_ADJECTIVE_OF = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?P<adj>[A-Z][a-z]{3,}(?:n|ese))[ \t]+(?:[a-z-]+[ \t]+)?"
    rf"(?:{'|'.join(SETTLEMENT_NOUNS)}|resort|district|police|government|authorities)\b"
)  # (its police or government too: "the Styrian police directorate", "the Tyrolean government")


def _of_region_adjective(name: str, adjectives: set[str]) -> bool:
    """Whether a bare name is the region one of the report's adjectives is made from ("styria"
    of "styrian", "tyrol" of "tyrolean", "tuscany" of "tuscan"; a name that is its own word
    before a noun, "the Kalumbayan police", is no adjective of it)."""
    if len(name) < 4 or not name.isalpha():
        return False
    return any((a.startswith(name) and a != name) or a == name[:-1] for a in adjectives)


_WIDE_HEADS = frozenset(WIDE_REGION_HEADS)


def _headed_region(value: str) -> bool:
    """Whether a place is a region told with its own head and nothing narrower ("nippes
    department", "mwenga territory"): the unit the scene lies in, told beside it."""
    words = value.split()
    return "," not in value and len(words) > 1 and words[-1] in _WIDE_HEADS


def drop_bare_regions(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The facts without a place that is only a region the report names as one, where the same
    incident has another place; nor a place that is a vehicle's model the report names after its
    make elsewhere ("a white Kelvin Patrol", then "in the back seat of the Patrol")."""
    bare_names = {str(f.value).strip().lower() for f in facts if f.kind == PLACE}
    if models := models_named(text, {n for n in bare_names if "," not in n}):
        facts = [
            f for f in facts if not (f.kind == PLACE and str(f.value).strip().lower() in models)
        ]
    places = [f for f in facts if f.kind == PLACE]
    if len(places) < 2:
        return list(facts)
    regions = regions_named(text)
    adjectives = {m.group("adj").lower() for m in _ADJECTIVE_OF.finditer(text)}
    if (
        not regions
        and not adjectives
        and not any(str(f.value) in US_STATES or _headed_region(str(f.value)) for f in places)
    ):
        return list(facts)
    bare = {
        id(f)
        for f in places
        if (value := str(f.value).strip().lower()) in regions
        or _headed_region(value)
        or value in US_STATES
        or _of_region_adjective(value, adjectives)
    }
    kept_by = {f.incident for f in places if id(f) not in bare}
    dropped = {id(f) for f in places if id(f) in bare and f.incident in kept_by}
    return [f for f in facts if id(f) not in dropped]
