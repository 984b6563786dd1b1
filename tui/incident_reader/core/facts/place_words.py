"""Word classes of places: the nouns of structures a name may head, and the names of countries,
which locate no scene of their own.

A report that says where an incident happened names a town, a street or a site; "in Germany" or
"through Italy" tells the country a suspect fled through or where a background event took place.
The countries are a closed class (the sovereign states and the nations of the United Kingdom by
their common English names), kept as data here.
"""

from __future__ import annotations

import re

# Nouns of a built structure or a room of a premises that a place's name may head ("the
# Yarrawong town jetty", "Dunmore's ice rink", "a section of the Kelso footbridge"): an open
# class kept as data beside the site words of vocabulary.SITE_WORDS, which it extends.
STRUCTURE_HEADS: tuple[str, ...] = (
    "jetty", "pier", "wharf", "quay", "slipway", "marina", "harbour", "harbor", "dock", "docks",
    "boardwalk", "promenade", "footbridge", "viaduct", "flyover", "overpass", "underpass",
    "tunnel", "interchange", "lay-by", "layby", "hard shoulder", "slip road", "car park",
    "carriageway", "crossing", "level crossing", "platform", "concourse", "terminal", "dam",
    "reservoir", "rink", "ice rink", "pool", "swimming pool", "gym", "leisure centre", "hall",
    "arena", "godown", "warehouse", "plant room", "boiler room", "basement", "cellar", "kitchen",
    "foyer", "lobby", "forecourt", "showground", "fairground", "racecourse", "stand",
    "grandstand", "terrace", "plaza", "precinct", "bus station", "depot", "shed", "barn",
    "silo", "refinery", "substation", "mine", "quarry", "pit", "scaffold", "scaffolding",
    "walkway", "stairwell", "escalator", "lift", "canopy", "balcony", "roof", "jetties",
)  # fmt: skip
_STRUCTURE_WORDS = frozenset(STRUCTURE_HEADS)
# Those a name alone may head as the scene with no preposition ("the Kelso footbridge gave way");
# rooms and parts ("roof", "lobby", "stand") are not named so.
NAMED_STRUCTURES: tuple[str, ...] = (
    "jetty", "wharf", "quay", "slipway", "boardwalk", "promenade", "footbridge", "viaduct",
    "flyover", "overpass", "underpass", "tunnel", "interchange", "dam", "reservoir", "rink",
    "godown", "refinery", "showground", "fairground", "racecourse", "grandstand", "plaza",
    "substation",
)  # fmt: skip

# Nouns of the local units a settlement is, or lies in, in the English of many countries'
# press: a village-level unit ("the fokontany of X" in Madagascar, "the mahalla of Y" in
# Uzbekistan, "the barangay of Z" in the Philippines, "the kebele of W" in Ethiopia) or a
# municipality's ("the rural commune of X", "the parish of Y"). A closed class kept as data:
# an attack told on "the <unit> of <Name>" falls on that settlement ("gunmen attacked the
# commune of Kelbo"), as it does on "the village of <Name>"; each entry's example runs as a test.
LOCAL_UNIT_NOUNS: dict[str, str] = {
    "village": "bandits raided the village of Tobolo",
    "town": "insurgents stormed the town of Kell",
    "hamlet": "gunmen attacked the hamlet of Lusa",
    "settlement": "raiders torched the settlement of Dabi",
    "commune": "militants attacked the commune of Bouroum",
    "municipality": "the army bombed the municipality of Arli",
    "parish": "a mob attacked the parish of Sainte-Rose",
    "locality": "armed men attacked the locality of Kasika",
    "community": "herders attacked the community of Agatu",
    "fokontany": "dahalo raided the fokontany of Ambohimena",
    "mahalla": "a crowd stormed the mahalla of Yangiobod",
    "barangay": "rebels attacked the barangay of San Roque",
    "sitio": "armed men raided the sitio of Kalaw",
    "kebele": "militia attacked the kebele of Gida",
    "woreda": "fighters looted the woreda of Kobo",
    "chiefdom": "rebels attacked the chiefdom of Dama",
    "colonia": "gunmen attacked the colonia of Las Flores",
    "aldea": "soldiers raided the aldea of San Jose",
}
_LOCAL_UNITS = re.compile(
    rf"\s+the\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{'|'.join(sorted(LOCAL_UNIT_NOUNS))})\s+of\s+$"
)


def is_local_unit(word: str) -> bool:
    """Whether a lower-case noun names a local unit ("commune", "fokontany")."""
    return word in LOCAL_UNIT_NOUNS


def local_unit_before(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` (a name's start) are "the <local unit> of"."""
    return _LOCAL_UNITS.fullmatch(text, start, end) is not None


# Last words of a landform's name ("Kauri Gorge", "Haast Falls", "Mount Aspiring"'s kin): an
# open class of the land's shapes, kept as data, which a verb of moving over or into takes as
# its object ("descending Kauri Gorge", "climbing Ben Lomond Ridge") where a country or a town
# ("entered Germany", "reached Dunmore") is no scene.
LANDFORM_HEADS: tuple[str, ...] = (
    "gorge", "gorges", "canyon", "ravine", "gully", "gulch", "chasm", "falls", "waterfall",
    "cliff", "cliffs", "bluff", "bluffs", "headland", "peak", "summit", "ridge", "crag", "tor",
    "glacier", "icefall", "cave", "caves", "cavern", "pothole", "sinkhole", "crater", "slope",
    "slopes", "col", "saddle", "spur", "couloir", "scree", "rapids", "weir", "creek", "stream",
    "burn", "beck", "river", "estuary", "lake", "loch", "lough", "tarn", "lagoon", "bay", "cove",
    "inlet", "sound", "strait", "channel", "beach", "sands", "dunes", "reef", "island", "isle",
    "forest", "wood", "woods", "moor", "fell", "fells", "heath", "marsh", "swamp", "trail",
)  # fmt: skip
_LANDFORM_WORDS = frozenset(LANDFORM_HEADS)
# Generic words a settlement's or a spot's own name ends in after a possessive ("Cutler's Cross",
# "Bishop's Hollow", "Miller's Ford", "Carver's Green"): told alone after the possessive they are
# the name's own head, not a site the first word's town owns ("Dunmore's Eastfield area" is
# Eastfield, in Dunmore; "Cutler's Cross district" is the district of Cutler's Cross).
TOPONYM_TAILS: tuple[str, ...] = (
    *LANDFORM_HEADS, "gap", "cross", "crossing", "green", "ford", "hollow", "well", "wells",
    "end", "hill", "hills", "corner", "point", "landing", "bottom", "pen", "rest", "mount",
    "vale", "valley", "field", "fields", "town", "bridge", "hole", "gate", "mill", "farm",
    "hope", "pass", "spring", "springs", "bush", "lynn", "cove", "heights", "ridge",
)  # fmt: skip
_TOPONYM_TAILS = frozenset(TOPONYM_TAILS)


def is_toponym_tail(word: str) -> bool:
    """Whether a word after a possessive is a place name's own generic head ("Cross" of
    "Cutler's Cross", "Gap" of "Dunn's Gap")."""
    return word.lower() in _TOPONYM_TAILS


# ... or first words of one ("Mount Kell", "Loch Arkaig", "Cape Tallow"): a closed set of titles.
_LANDFORM_OPENERS = frozenset("mount mt mt. lake loch lough cape isle ben glen".split())


def is_landform(name: str) -> bool:
    """Whether a capitalised name ends in a landform's noun or opens with its title ("Kauri
    Gorge", "Mount Kell"); a bare landform word names nothing ("Falls")."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1] in _LANDFORM_WORDS or words[0] in _LANDFORM_OPENERS)


def is_site_head(phrase: str) -> bool:
    """Whether a lower-case noun phrase ends in a structure's noun ("town jetty", "ice rink")."""
    words = phrase.split()
    return bool(words) and (
        words[-1] in _STRUCTURE_WORDS or " ".join(words[-2:]) in _STRUCTURE_WORDS
    )


COUNTRIES: frozenset[str] = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brazil britain brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
    england eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
    ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
    iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
    kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
    monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua
    niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia
    slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
    thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan
    vanuatu venezuela vietnam wales yemen zambia zimbabwe
    uk us usa
    """.split()
) | frozenset(
    (
        "united kingdom",
        "united states",
        "united states of america",
        "the netherlands",
        "northern ireland",
        "great britain",
        "south africa",
        "south korea",
        "north korea",
        "south sudan",
        "new zealand",
        "saudi arabia",
        "sri lanka",
        "costa rica",
        "el salvador",
        "sierra leone",
        "ivory coast",
        "east timor",
        "papua new guinea",
        "czech republic",
        "dominican republic",
        "central african republic",
        "united arab emirates",
        "the uk",
        "the us",
        "the usa",
        "north macedonia",
        "burkina faso",
        "cape verde",
        "san marino",
        "trinidad and tobago",
        "equatorial guinea",
        "vatican city",
        "timor-leste",
        "guinea-bissau",
        "cabo verde",
        "saint lucia",
        "solomon islands",
        "marshall islands",
        "bosnia and herzegovina",
        "antigua and barbuda",
    )  # fmt: skip
)


def is_country(value: str) -> bool:
    """Whether a place's value names only countries ("germany", "turkey, switzerland and
    germany"): no scene of an incident."""
    if value.strip() in COUNTRIES:
        return True
    parts = [
        _COUNTRY_PART.sub("", p.strip()) for chunk in value.split(",") for p in chunk.split(" and ")
    ]
    return any(parts) and all(p in COUNTRIES for p in parts if p)


# A compass part of a country is a region of it, as wide: "southeast iceland", "central norway",
# "north-west germany", "northern italy" (not a country's own name: "south korea", "east timor").
_COUNTRY_PART = re.compile(
    r"^(?:(?:north|south|east|west|central|mid)(?:ern)?|north-?east(?:ern)?|north-?west(?:ern)?"
    r"|south-?east(?:ern)?|south-?west(?:ern)?|upper|lower|inland|coastal)\s+(?=\S)"
)


# Last words of an organisation's name: a firm, a market, a body or a list is no place and no
# vehicle ("on the Kelby Stock Exchange", "in Eastman Widgets Co", "of Jaguar PLC", "the
# Kell Liberation Army", "called on the Kell Provincial Government"). A short stoplist of the
# words that close such names.
ORGANISATION_HEADS: frozenset[str] = frozenset(
    """
    inc inc. corp corp. co co. ltd ltd. plc llc lp ag gmbh sa nv group holdings industries motors
    motor board army party committee commission ministry agency network list association
    federation chairman president spokesman spokeswoman shares stock government
    """.split()
)


# Last words of the name of a law or a rule: an instrument, never a place ("under the Labour Law",
# "in breach of the Road Traffic Act", "under the Penal Code").
INSTRUMENT_HEADS: frozenset[str] = frozenset(
    "law laws act acts code decree ordinance regulation regulations statute constitution".split()
)


def is_organisation(name: str) -> bool:
    """Whether a capitalised name ends in an organisation's word ("Kelby Holdings", "the Big
    Board", a stock exchange; "the Corn Exchange" is a building, and a bare name tells nothing),
    is a body's head with its remit after "of" ("the Ministry of Interior", "the Federation of
    Kelby Traders"), or names a law ("the Labour Law")."""
    words = name.lower().rstrip(",").split()
    if "of" in words[1:]:
        head = words[: words.index("of")]  # "Ministry of Interior": the words before its "of"
        if head and (head[-1] in ORGANISATION_HEADS or head[-1] in _BODY_HEADS):
            return True
    return bool(words) and (
        words[-1] in INSTRUMENT_HEADS
        or words[-1] in ORGANISATION_HEADS
        or words[-2:] == ["stock", "exchange"]
        or (len(words) > 1 and words[-1] in _BODY_HEADS)  # "the Scottish Ambulance Service"
        # an official's office is a body: "the District Prosecutor's Office", "the Sheriff's
        # Office" (a "Post Office" is a building)
        or (len(words) > 1 and words[-1] == "office" and words[-2].endswith(("'s", "’s", "s'")))
    )


# A public body's head word closing a name of two words or more: a body, never a place ("the
# Kelby Fire Service", "the Port Authority"; "services" on a motorway is a place, plural).
_BODY_HEADS = frozenset(
    "service authority department directorate bureau inspectorate constabulary".split()
)
