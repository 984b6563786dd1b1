"""A place's words written one way, so the variants writers use for one place compare equal.

"Main St" is "Main Street", "Mt Pleasant Rd" is "Mount Pleasant Road", and a numbered road is
one road whatever its class word is spelt as ("I-95", "Interstate 95", "Route 95", "SH1", "State
Highway 1" and "NH-94" / "National Highway 94" are each one road): the number is the road's name,
the class word its spelling. A UK-style letter road ("A14", "M1", "N7") keeps its letter, which
tells roads apart. Numbers are then read by what they number (a road, an exit, a unit, a house),
so a place told with an exit or a house number is a more specific form of the same road, and two
different numbers of one kind are two places.
"""

from __future__ import annotations

import re

# Postal and newspaper abbreviations of street words (a closed class: the postal tables).
ABBREVIATIONS: dict[str, str] = {
    "rd": "road", "ave": "avenue", "av": "avenue", "blvd": "boulevard", "ln": "lane",
    "pl": "place", "cres": "crescent", "ct": "court", "sq": "square", "pkwy": "parkway",
    "hwy": "highway", "expy": "expressway", "fwy": "freeway", "tce": "terrace", "terr": "terrace",
    "cl": "close", "mt": "mount", "hts": "heights", "jct": "junction", "rdbt": "roundabout",
    "mtwy": "motorway", "gdns": "gardens", "pde": "parade",
}  # fmt: skip
# Abbreviations that are a title before a name and a street word after one ("St Mary's Road"
# is Saint Mary's, "Elm St" is Elm Street; "Dr" is a drive after a name).
AFTER_A_NAME: dict[str, tuple[str, str]] = {"st": ("saint", "street"), "dr": ("doctor", "drive")}
# Class words of a numbered road; each names the road only with its number after it.
ROAD_CLASSES = frozenset(
    "i interstate route rte rt highway hwy hy sh sr us nh state national county cr freeway".split()
)
# A joined designator ("sh1", "i95", "nh94") of one of those classes.
_JOINED_ROAD = re.compile(r"^(?:i|sh|sr|us|nh|rte|rt|hwy|cr)(\d+[a-z]?)$")
# A UK-style letter road ("a14", "m1", "n7", "b1234"): the letter is part of the name.
_LETTER_ROAD = re.compile(r"^[abmn]\d{1,4}$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# Travel directions of a road ("I-95 south", "southbound"): which carriageway, not another place.
DIRECTIONS = frozenset(
    "north south east west northbound southbound eastbound westbound bound".split()
)
# Words before a number that say what it numbers.
EXIT_WORDS = frozenset("exit junction j mile milepost marker".split())
UNIT_WORDS = frozenset(
    "unit flat apartment apt suite platform gate no number bay pier berth room building".split()
)

# Street-type words of other languages, written before the name ("Rue des Tanneurs", "Calle del
# Molino") or run on after it ("Kvarngatan", "Kirkegade", "Molenstraat", "Nehru Marg"): a name in
# another language may be the translation of an English one ("Mill Street").
FOREIGN_BEFORE = frozenset(
    "rue calle carrer via viale corso avenida avinguda rua ulitsa jalan jl calea piazza plaza "
    "praca largo paseo passeig strada".split()
)
FOREIGN_AFTER = (
    "gatan", "gata", "gade", "vej", "vegen", "veien", "strasse", "straat", "gracht", "weg",
    "laan", "plein", "ulica", "utca", "caddesi", "sokak", "marg", "salai", "torget", "platz",
)  # fmt: skip

EXAMPLES: list[tuple[str, list[str]]] = [
    ("Main St", ["main", "street"]),
    ("St Kilda Road", ["saint", "kilda", "road"]),
    ("Mt Pleasant Rd", ["mount", "pleasant", "road"]),
    ("I-95 south", ["road:95"]),
    ("Interstate 95", ["road:95"]),
    ("Route 95 South", ["road:95"]),
    ("SH1", ["road:1"]),
    ("State Highway 1", ["road:1"]),
    ("National Highway 94", ["road:94"]),
    ("the A14", ["road:a14"]),
    ("exit 33", ["exit", "exit:33"]),
    ("unit 7", ["unit", "unit:7"]),
    ("2900 block of Ferry Avenue", ["house:2900", "block", "ferry", "avenue"]),
    ("30th Street", ["30th", "street"]),
    ("Pacific Highway", ["pacific", "highway"]),
]


def _expand(words: list[str]) -> list[str]:
    """Street abbreviations written out; "st"/"dr" read by whether a name comes before."""
    out: list[str] = []
    for i, w in enumerate(words):
        if w in AFTER_A_NAME:
            title, street = AFTER_A_NAME[w]
            out.append(street if i and not words[i - 1].isdigit() else title)
        else:
            out.append(ABBREVIATIONS.get(w, w))
    return out


def _roads(words: list[str]) -> list[str]:
    """A numbered road's class words and number become one token, "road:<number>"."""
    out: list[str] = []
    for w in words:
        joined = _JOINED_ROAD.match(w)
        if joined:
            out.append(f"road:{joined.group(1)}")
        elif _LETTER_ROAD.match(w):
            out.append(f"road:{w}")
        elif w.isdigit() and out and out[-1] in ROAD_CLASSES:
            while out and out[-1] in ROAD_CLASSES:
                out.pop()
            out.append(f"road:{w}")
        elif w in DIRECTIONS and out and out[-1].startswith("road:"):
            continue  # "I-95 south": the road's southbound carriageway
        else:
            out.append(w)
    return out


def _numbered(words: list[str]) -> list[str]:
    """Other numbers tagged with what they number: an exit, a unit, a house, or a bare number."""
    out: list[str] = []
    for i, w in enumerate(words):
        if not w.isdigit():
            out.append(w)
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in EXIT_WORDS:
            out.append(f"exit:{w}")
        elif before in UNIT_WORDS:
            out.append(f"unit:{w}")
        elif after and not after.isdigit() and not _ORDINAL.match(after):
            out.append(f"house:{w}")  # "12 Mill Lane", "the 2900 block"
        else:
            out.append(f"number:{w}")
    return out


def place_words(words: list[str]) -> list[str]:
    """A place's content words written one way (see the module docstring)."""
    return _numbered(_roads(_expand(words)))


def numbers_by_kind(words: list[str]) -> dict[str, set[str]]:
    """The numbers of normalised place words by what they number ({"road": {"95"}, ...})."""
    kinds: dict[str, set[str]] = {}
    for w in words:
        kind, sep, value = w.partition(":")
        if sep and value:
            kinds.setdefault(kind, set()).add(value)
    return kinds


def numbers_disagree(a: list[str], b: list[str]) -> bool:
    """Two places number one kind of thing apart ("Route 9" / "Route 10", "Unit 4" / "Unit 7");
    one telling a number the other leaves out ("I-95 near Exit 33" / "I-95") is more specific."""
    na, nb = numbers_by_kind(a), numbers_by_kind(b)
    return any(not (na[k] <= nb[k] or nb[k] <= na[k]) for k in na.keys() & nb.keys())


def foreign_street(words: list[str]) -> bool:
    """Whether a place names a street in another language (see FOREIGN_BEFORE, FOREIGN_AFTER)."""
    return any(
        w in FOREIGN_BEFORE
        or w in FOREIGN_AFTER  # "Nehru Marg": the street word as a word of its own
        or any(w.endswith(x) and len(w) >= len(x) + 3 for x in FOREIGN_AFTER)
        for w in words
    )


def initials_of(short: str, words: tuple[str, ...]) -> bool:
    """Whether a short name is the initials of a longer one ("GT Road" / "Grand Trunk Road", "MG
    Road" / "Mahatma Gandhi Road"): two to four letters, one for each word."""
    return (
        2 <= len(short) <= 4
        and short.isalpha()
        and len(words) == len(short)
        and all(w[:1] == c for w, c in zip(words, short, strict=True))
    )
