"""Clock times told in a named zone ("13:00 GMT", "1.39am AEDT") read as the incident's local time.

A wire report may give the time of an attack in GMT while a local paper gives the local clock;
both are one moment. A clock whose words name a zone is converted to the local time of the
incident's place, found in the time zone database: its cities ("Stockholm", "New York") and its
countries ("Italy", "Sweden"), by the zone the database lists first for a country. The offset is the
one in force on the incident's day (summer time included). When the place has no known zone the
clock keeps its zone ("13:00 GMT") and ``values.compare_clock`` accepts any whole-hour offset.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources

from incident_reader.core.clock_zones import (
    ZONE_HOURS,
    ZONE_LOOKAHEAD,
    ZONE_REGIONS,
    label_offset,
    zone_label,
    zone_of,
    zone_offset,
)
from incident_reader.core.model import Fact

__all__ = [
    "ZONE_HOURS",
    "ZONE_LOOKAHEAD",
    "ZONE_REGIONS",
    "localised",
    "place_zone",
    "to_local",
    "zone_label",
    "zone_of",
    "zone_offset",
]

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_NAME = re.compile(r"[A-Z][A-Za-z'’.-]*(?:[ -][A-Z][A-Za-z'’.-]*)*")
# Database city names that are common words of English news ("Easter Sunday", "a Wake").
NOT_PLACES = frozenset({"easter", "wake", "midway", "stanley", "jersey", "regina", "victoria"})
# Names of countries the database's country list spells otherwise ("Britain (UK)").
COUNTRY_ALIASES = {
    "united kingdom": "GB", "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "usa": "US", "us": "US", "america": "US",
}  # fmt: skip
PLACE_WEIGHT = 3  # a place the extractor gave counts this many times a name in the text


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Place name (lower case) -> zone key: the database's cities, then its countries."""
    try:
        base = resources.files("tzdata").joinpath("zoneinfo")
        zones = base.joinpath("zone.tab").read_text(encoding="utf-8")
        iso = base.joinpath("iso3166.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):  # no zone database: nothing to convert with
        return {}
    names: dict[str, str] = {}
    first: dict[str, str] = {}  # country code -> the zone listed first for it
    for line in zones.splitlines():
        if not line or line.startswith("#"):
            continue
        code, _, key = line.split("\t")[:3]
        first.setdefault(code, key)
        parts = key.split("/")
        city = parts[-1].replace("_", " ").lower()
        if len(parts) == 2 and parts[0] != "Antarctica" and city not in NOT_PLACES:
            names.setdefault(city, key)
    countries: dict[str, set[str]] = {}
    for line in iso.splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            plain = re.sub(r"\s*\(.*\)", "", name).strip().lower()
            said = [plain]
            if m := re.search(r"\((\w+)\)", name):  # "Korea (South)": "south korea", "korea"
                said.append(f"{m[1].lower()} {plain}")
            for n in said:
                countries.setdefault(n, set()).add(code)
    for alias, code in COUNTRY_ALIASES.items():
        countries.setdefault(alias, {code})
    for name, codes in countries.items():
        if len(codes) == 1 and (code := next(iter(codes))) in first:  # "korea" is two
            names.setdefault(name, first[code])
    return names


def place_zone(places: Iterable[str], texts: Iterable[str] = ()) -> str | None:
    """The zone of the place most named: extracted places first, then names in the texts."""
    gazetteer = _gazetteer()
    if not gazetteer:
        return None
    votes: Counter[str] = Counter()
    for place in places:
        for key in _zones_named(place.lower(), gazetteer):
            votes[key] += PLACE_WEIGHT
    for text in texts:
        for m in _NAME.finditer(text):
            for key in _zones_named(m.group().lower(), gazetteer, ending=True):
                votes[key] += 1
    if not votes:
        return None
    return max(votes, key=lambda k: (votes[k], k))


# Words that may follow a place at the end of a capitalised run ("New York City", "Stockholm
# Police"); any other word after it makes the run a person's name ("Chad Miller").
TRAILING_PLACE_WORDS = frozenset(
    (
        "city", "state", "province", "region", "county", "area", "time", "island", "islands",
        "police", "airport", "station", "central", "harbour", "harbor", "port", "council",
    )
)  # fmt: skip


def _zones_named(words: str, gazetteer: dict[str, str], ending: bool = False) -> list[str]:
    """The zones of the gazetteer's names that stand as whole words in ``words``; with
    ``ending``, only a name that ends its run of capitalised words: "Chad Miller" and "Jordan
    Pask" are people, "Central Stockholm" and "New York City" places."""
    tokens = re.findall(r"[a-z][a-z'’.-]*", words)
    found = []
    for size in (3, 2, 1):  # "new york" before "york"
        for i in range(len(tokens) - size + 1):
            rest = tokens[i + size :]
            if ending and not all(t in TRAILING_PLACE_WORDS for t in rest):
                continue
            if key := gazetteer.get(" ".join(tokens[i : i + size])):
                found.append(key)
    return found


def to_local(clock: str, zone: timedelta | str, local: str | None, day: str | None) -> str:
    """``clock`` (HH:MM in ``zone``) as the local HH:MM of zone key ``local`` on ``day``, or the
    clock with its zone kept ("13:00 UTC+02:00") when the place's zone is not known."""
    m = _CLOCK.match(clock)
    if not m:
        return clock
    when = datetime.fromisoformat(f"{(day or '2000-01-01')[:10]}T{int(m[1]):02d}:{m[2]}")
    told = zone_offset(zone, when)
    if told is None:
        return clock
    if local is None or not day:
        return f"{clock} {label_offset(told)}"
    here = zone_offset(local, when)
    if here is None:
        return f"{clock} {label_offset(told)}"
    moved = when - told + here
    return f"{moved.hour:02d}:{moved.minute:02d}"


def localised(fact: Fact, text: str, local: str | None, day: str | None) -> Fact:
    """The fact with its clock in the incident's local time when its words name a zone."""
    zone = zone_of(fact.text, text[fact.end : fact.end + ZONE_LOOKAHEAD])
    if zone is None or not isinstance(fact.value, str):
        return fact
    moved = to_local(fact.value, zone, local, day)
    return fact if moved == fact.value else replace(fact, value=moved)
