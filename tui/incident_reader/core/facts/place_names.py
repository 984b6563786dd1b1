"""The shape of a place's name: where it starts and ends, what it heads, who owns it.

Read by places.py (the scene's place in a sentence) and place_fallbacks.py (a place where no scene
sentence names one): a name is capitalised words, cut at words that never name a place, perhaps
heading a lower-case site noun ("the Kelso ring road") and perhaps owned ("London's Westminster
Bridge").
"""

from __future__ import annotations

import re

from incident_reader.core.facts import events, when
from incident_reader.core.facts.lexicon import (
    NAME_POSSESSIVES,
    NOT_PLACE_WORDS,
    REGION_WORDS,
    SITE_NOUNS,
    STREET_WORDS,
    TENS,
    UNITS,
)
from incident_reader.core.facts.place_words import (
    LANDFORM_HEADS,
    is_country,
    is_site_head,
    is_toponym_tail,
)

PLACE = "incident.place"

# Street words an ordinal number names ("42nd Street", "W. 5th Ave."), spelt out or abbreviated.
_ORDINAL_STREETS = (
    *(w.capitalize() for w in STREET_WORDS), "Highway", "Boulevard", "Parkway", "Expressway",
    "Ave", "St", "Rd", "Blvd", "Ln", "Hwy", "Pkwy", "Dr",
)  # fmt: skip

# A capitalised word, a street number, or an abbreviation of US street names ("E. Alder St.",
# "W. 5th Ave.", "Mt. Pleasant Rd."), its full stop kept; "No." before a number.
# Articles other languages write in lower case and join to the next name by a hyphen: Arabic
# "Dar al-Shifa", "Kafr el-Marwa", "Ras at-Tin", "Bir ad-Dawla" (a closed class); the word is a
# capitalised one of the name.
ATTACHED_PARTICLES: tuple[str, ...] = (
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ibn", "bin", "bint",
)  # fmt: skip
_CAP = (
    r"(?:(?:N|S|E|W|NE|NW|SE|SW|St|Ave|Rd|Blvd|Ln|Hwy|Pkwy|Mt|Ft)\.(?=\s+[A-Z\d]|\s+[a-z]|\s*$)"
    rf"|(?:{'|'.join(ATTACHED_PARTICLES)})-[A-Z][\w'’-]*"
    r"|No\.(?=\s*\d)"  # a unit's number in its name: "Silo No. 3", "Gate No. 2"
    rf"|[A-Z][\w'’-]*|\d{{1,3}}(?:st|nd|rd|th)(?=\s+(?:{'|'.join(_ORDINAL_STREETS)})\b)"
    r"|\d{1,3}[A-Z]?(?![.:]\d|[a-z]|\s*[ap]\.?m\b))"
)  # "19th Avenue", "East 43rd St.": an ordinal names a street only before a street word; a
# clock is no name ("at the Kelby bar at 9.55pm", "at 9pm")

# Lower-case particles of names in other languages join capitalised words ("Quai des Marins",
# "San Isidro de Talamar", "Puerto de la Cruz", "Castel del Monte"), and so does an ampersand
# ("Hale & Son Bakers"): a closed class of joiners.
NAME_PARTICLES: tuple[str, ...] = (
    "de", "des", "du", "del", "della", "delle", "dei", "di", "da", "dos", "das", "la", "le", "les",
    "los", "las", "der", "den",
)  # fmt: skip
_JOINER = rf"(?:of|on|upon|and|&|(?:{'|'.join(NAME_PARTICLES)})(?:\s+(?:la|las|los|le|les))?)"
# ... but never a day, a month or a date after "on" or "of": "the X Hall, Kelby on Saturday" is
# Kelby, told on a day (a closed class: the calendar's names; "Kelby on 3 May" too).
_CALENDAR_NAME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
)
_NAME = rf"(?:{_CAP}(?:\s+(?:{_JOINER}\s+(?!{_CALENDAR_NAME}|\d))?{_CAP}){{0,4}})"

# Adjectives of nations and regions end so ("Irish", "Scottish", "Swedish", "European", "Danish").
# ... and the few that do not end so: a closed class ("Greek maritime law", "off Greek island").
IRREGULAR_DEMONYMS: tuple[str, ...] = (
    "Greek", "Swiss", "Thai", "Basque", "Scots", "Czech", "Slovak", "Cypriot", "Uzbek", "Tajik",
    "Kazakh", "Turkmen", "Kyrgyz", "Filipino", "Lao", "Inuit", "Maltese", "Monegasque", "Malagasy",
)  # fmt: skip

_IRREGULAR = "|".join(IRREGULAR_DEMONYMS)

# Nouns of a part of a place take "of" and a name: "in the heart of Genoa", "on the outskirts of X".
PART_NOUNS: tuple[str, ...] = (
    "heart", "centre", "center", "middle", "outskirts", "edge", "side", "end", "foot", "top",
    "entrance", "gates", "gate", "mouth", "banks", "bank", "shore", "shores", "coast", "fringes",
    "suburbs", "streets", "north", "south", "east", "west",
    # a mountain's parts: "on the north-east slope of X", "the southern flank of Y", "the rim of Z"
    "slope", "flank", "summit", "ridge", "crest", "rim", "crater", "base", "shoulder",
)  # fmt: skip

# Plural street and site nouns take "of" and a name the same way: "the steep streets of X",
# "through the narrow lanes of Y", "the bars and clubs of Z".
_PLURAL_SITES = tuple(
    f"{w}s"
    for w in (*STREET_WORDS, "alley", "alleyway", "backstreet", "slope", "bar", "club")
    if not w.endswith("s")
)

# Up to two modifiers, a comma between them: "the narrow, steep streets of X".
_PART_HEADS = "|".join((*PART_NOUNS, *_PLURAL_SITES))

# Other countries' units above a town, told alone after "the" once the report has named it ("teams
# in the Governorate", "had arrived in the Sultanate"): a region, as "Brennard County" is.
UNIT_WORDS: tuple[str, ...] = (
    "governorate", "emirate", "sultanate", "kingdom", "prefecture", "oblast", "territory",
    # a traditional ruler's unit of several villages: "the Dama Chiefdom", "Kolo Chieftaincy"
    "chiefdom", "chieftaincy",
)  # fmt: skip
_REGION = re.compile(rf"(?:\b(?:{'|'.join((*REGION_WORDS, *UNIT_WORDS))})|shire)$", re.IGNORECASE)
# The titles of traditional rulers whose name stands for the area they rule, an administrative
# unit over many villages: "in the area of Traditional Authority Mwase", "under Senior Chief
# Kalumbu", "Paramount Chief Kai's area" (a closed class; a region, as "Mzimbe District" is).
RULER_TITLES: tuple[str, ...] = (
    "Traditional Authority", "Senior Chief", "Paramount Chief", "Sub-Chief", "Sub Chief",
    "Group Village Headman", "Village Headman", "Chief",
)  # fmt: skip
_RULER_AREA = re.compile(rf"^(?:{'|'.join(RULER_TITLES)})\s+[A-Z]")


def is_ruler_area(name: str) -> bool:
    """Whether a name is a traditional ruler's title and name, told for the area ruled."""
    return _RULER_AREA.match(name) is not None


# Month abbreviations ("on Feb. 8") are no place either.
_NOT_PLACE = frozenset(
    (*NOT_PLACE_WORDS, *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
)
# ... nor is a weekday told as a habit, standing alone: "busy on Thursdays", "shut on Sundays"
_HABIT_DAYS = frozenset(f"{w}s" for w in _NOT_PLACE if w.endswith("day"))

_STREETY = re.compile(rf"\b(?:{'|'.join(STREET_WORDS)})$", re.IGNORECASE)

_SPACES = re.compile(r"\s+")

_POSSESSIVE = re.compile(r"['’]s$")

_NAME_POSSESSIVES = frozenset(NAME_POSSESSIVES)

# "Corn Street", "the B4120", "NH-44", "I-95", "SH7": a name, or a road's letters and number
_CAPITALISED = re.compile(
    r"[A-Z][a-z]|[A-Z]\d|[A-Z]{1,3}-?\d|(?:N|S|E|W|NE|NW|SE|SW)\.|\d{1,3}(?:st|nd|rd|th)$"
)

# US street abbreviations spelt out in a place's value, so "E. Alder St." and "East Alder
# Street" compare as one street (a closed class).
STREET_ABBREVIATIONS: dict[str, str] = {
    "n.": "north", "s.": "south", "e.": "east", "w.": "west", "ne.": "northeast",
    "nw.": "northwest", "se.": "southeast", "sw.": "southwest", "st.": "street",
    "ave.": "avenue", "rd.": "road", "blvd.": "boulevard", "ln.": "lane", "hwy.": "highway",
    "pkwy.": "parkway", "mt.": "mount", "ft.": "fort",
}  # fmt: skip


def _spelt_out(value: str) -> str:
    """ "e. alder st." as "east alder street" (a first "st." is a saint: "st. mary's church")."""
    if "." not in value:
        return value
    words = value.split()
    for i, w in enumerate(words):
        bare, comma = (w[:-1], ",") if w.endswith(",") else (w, "")
        if bare in STREET_ABBREVIATIONS:
            full = "saint" if bare == "st." and i == 0 else STREET_ABBREVIATIONS[bare]
            words[i] = full + comma
    return " ".join(words)


_TITLE = re.compile(
    r".*\b(?:Mr|Mrs|Ms|Dr|Assistant|Detective|Chief|Inspector|Sheriff|Mayor|Officer|Sergeant|"
    r"Superintendent|Commissioner|Captain|Deputy|Governor|Minister|Senator|Constable)\b"
)  # a title anywhere after the comma: "over Kettle Creek, Brennard County Sheriff Dale Ames"

_DEMONYM = re.compile(rf"(?:sh|ch|ese|ic|an|i)$|^(?:{'|'.join(IRREGULAR_DEMONYMS)})$")

# Suffixes only a nation's or region's adjective ends with ("Spanish", "Japanese", "Italian",
# "Korean"; not "-an", which towns end with too: "Milan", "Sudan"): before a site noun such a
# word is no name of the site ("into Spanish village"), as "Milan station" is one.
_STRONG_DEMONYM = re.compile(rf"(?:ish|ese|ian|ean)$|^(?:{'|'.join(IRREGULAR_DEMONYMS)})$")

_CHAIN_AHEAD = re.compile(r"\s+(?:in|on|at)\s+(?:the\s+)?[A-Z]")

_INSTITUTION_HEADS = frozenset(
    ("hospital", "infirmary", "court", "courthouse", "mortuary", "clinic", "custody")
)

# A hospital's unit told by its care and a head, in lower case after the town's name ("the Kelby
# burns unit", "the Holm trauma ward", "the Ashby intensive care unit"): closed classes.
CARE_UNIT_KINDS: tuple[str, ...] = (
    "burn", "burns", "trauma", "intensive care", "critical care", "high dependency", "maternity",
    "cardiac", "isolation", "casualty", "emergency", "paediatric", "pediatric", "neonatal",
)  # fmt: skip
CARE_UNIT_HEADS: tuple[str, ...] = (
    "unit",
    "units",
    "ward",
    "wards",
    "centre",
    "center",
    "department",
)
_CARE_UNIT = re.compile(rf"(?:{'|'.join(CARE_UNIT_KINDS)})\s+(?:{'|'.join(CARE_UNIT_HEADS)})\b")

_LOWER_WORDS = re.compile(r"[ \t]+((?:[a-z][\w-]*)(?:[ \t]+[a-z][\w-]*){0,3})")

_SITE_WORDS = frozenset((*SITE_NOUNS, "level crossing", "crossing", "bridge", "estate", "district"))

_FUNCTION = when.FUNCTION_WORDS

# Lower-case words after a name that head no place: people, bodies, times ("the Kelso fire
# brigade", "the Denby coroner", "in Deal last Friday"); a short stoplist, the open class is any
# other noun.
_NOT_HEADS = frozenset(
    """police brigade service services crews crew officers officer chief chiefs coroner council
    councillor authorities authority team spokesperson spokesman spokeswoman residents community
    people family families newsroom newspaper paper website
    last late early next morning afternoon evening night nights week weekend month year day days
    hours minutes time noon midnight""".split()
)

# Prepositions the shared function-word table lacks ("outside Parliament for an hour").
_MORE_PREPOSITIONS = frozenset(
    ("for", "per", "via", "amid", "like", "unlike", "despite", "above", "below", "beneath",
     "underneath", "opposite", "alongside")
)  # fmt: skip

_GENERIC_HEADS = frozenset(("area", "district", "neighbourhood", "neighborhood", "locality"))

_SAYING = frozenset(("said", "says", "say", "told", "according", "heard", "hears", "ruled"))


# Heads of a way through the country (no street of a town, but as fine a place as one).
ROUTE_HEADS: tuple[str, ...] = (
    "highway", "motorway", "expressway", "freeway", "interstate", "carriageway", "bypass",
    "path", "boulevard", "track", "tunnel", "crossing", "pass", "trail", "beach", "pier",
)  # fmt: skip


def _ends_a_way(name: str) -> bool:
    """Whether a name already ends in its street or route head ("Mill Road", "Calder Expressway"):
    without a determiner a lower-case word after it is the clause's verb ("on Mill Road left")."""
    last = name.split()[-1].lower() if name.split() else ""
    return is_street_level(name.lower()) or last in ROUTE_HEADS


def _compound_head(text: str, name: str, end: int, determined: bool = False) -> str | None:
    """What a name heads: a site noun after it ("Kettle Creek bridge", "a Station Road
    restaurant", "Riverside industrial park"), "" for none, or None when the name is an adjective
    ("Irish island ferry"). After a determiner the name modifies whatever noun follows it ("the
    Brackley bypass", "the Kelso ring road"): an open class, found by its shape."""
    nxt = _LOWER_WORDS.match(text, end)
    if not nxt:
        return ""
    words = nxt.group(1).split()  # up to four: "the Kabwela artisanal gold mining site"
    near = words[:3]  # an institution's or a unit's head is looked for among the first three
    if words[0] in UNITS or words[0] in TENS:
        return ""  # "in Ashby two days after": a count follows the name, no site noun
    if any(w in _INSTITUTION_HEADS for w in near) or "police station" in " ".join(near):
        return None  # "at Kilreagh police station": a sequel's place
    if _CARE_UNIT.match(" ".join(near)):
        return None  # "remain at the Kelby burns unit": a hospital's unit, a sequel's place
    if " " not in name and _STRONG_DEMONYM.search(name) and words[0] not in _FUNCTION:
        return None  # "into Spanish village", "a Swiss ski resort": an adjective and a noun
    for i in range(min(len(words), 3), 0, -1):
        phrase = " ".join(words[:i])
        if any(w in _FUNCTION for w in words[:i]):
            continue
        if phrase in _SITE_WORDS or (i > 1 and words[i - 1] in _SITE_WORDS):
            return "" if phrase in _GENERIC_HEADS else phrase
    if (
        words[0] not in _FUNCTION
        and " " not in name
        and _DEMONYM.search(name)
        and not (determined and words[0] in LANDFORM_HEADS)
    ):
        return None  # "on Irish island ferry", "a Swedish court": an adjective, not a place
        # (after "the" a name a landform's noun heads is its name: "the Kavuri river", "the Malan
        # gorge"; a nation's own adjective there was caught above)
    if _ends_a_way(name) and not determined:
        return ""  # "on Mill Road left the carriageway": a verb follows the road's name
    if not determined and is_country(name.lower()) and not is_site_head(words[0]):
        return ""  # "Rescuers in India battle to save ...": a headline's verb after its subject
    if name.split()[-1].lower() in ROUTE_HEADS:
        return ""  # "on the Calder Expressway hit a barrier": no premises is named by a highway
    run = _noun_run(words)
    for i in range(len(run), 0, -1):
        if i < len(run) and is_site_head(" ".join(run[:i])):
            run = run[:i]  # "the Yarrawong town jetty gave way": the structure ends the head
            break
    after = nxt.start(1) + len(" ".join(run))
    if run and not text.startswith(("'", "’"), after):  # "the Kelso sheriff's office"
        if determined:
            return " ".join(run)
        if len(run) == 1 and (not run[0].endswith("s") or run[0].endswith("ss")):
            return run[0]  # "off Marlow beach yesterday": a name and its site noun
    if _is_noun(words[0]) and _CHAIN_AHEAD.match(text, nxt.start(1) + len(words[0])):
        return words[0]  # "the Red Lion tavern on Market Street"
    if (
        determined  # "a Mill Lane bakery here", not "on Mill Lane left the road"
        and is_street_level(name.lower())
        and _is_noun(words[0])
        and (len(words) == 1 or words[1] in _FUNCTION)
    ):
        return words[0]  # "a Mill Lane bakery here": a premises named by its street
    return ""


# Irregular past tenses end a run of nouns ("the Kessel Arms came under fire"), as "-ed" does.
_PAST_FORMS = frozenset(
    past for lemma, (past, _) in events.IRREGULAR.items() if past != lemma and " " not in past
)


def _noun_run(words: list[str]) -> list[str]:
    """The nouns that open a run of lower-case words ("ring road", "bypass"), if any."""
    run: list[str] = []
    for w in words:
        if w in _FUNCTION or w in _SAYING or w in _NOT_HEADS or w in _MORE_PREPOSITIONS:
            break
        if w in _PAST_FORMS:
            break
        if w.endswith(("ed", "ly")):
            break
        run.append(w)
    while run and run[-1].endswith("ing"):
        run.pop()  # "the Kelso shopping" is no head; "shopping centre" is
    return run


def _is_noun(word: str) -> bool:
    """A lower-case content word that is no function word, verb form, adverb or word of time."""
    return (
        word not in _FUNCTION
        and not word.endswith(("ing", "ed", "ly"))
        and word not in _SAYING
        and word not in _NOT_HEADS
    )


def _not_place(word: str) -> bool:
    """A word that never starts or continues a place name, possessive or not ("Monday's")."""
    return _POSSESSIVE.sub("", word).rstrip(".") in _NOT_PLACE


def _INNER_INITIALS(words: list[str], i: int) -> bool:  # noqa: N802 (reads as a shape)
    """Whether the capitals ``words[i]`` are a body's initials inside a name, a titled word on
    either side: "Kachele CCAP Church", "St Mary's RC Primary School", "Arden AME Church" (a run
    of capitals, "KELBY MILL FIRE", is a headline's, where the name ends)."""
    return (
        i + 1 < len(words)
        and _TITLED.match(words[i + 1]) is not None
        and _TITLED.match(words[i - 1].rstrip(",")) is not None
    )


_TITLED = re.compile(r"[A-Z][a-z][\w'’-]*$")


def _trim(name: str, start: int) -> tuple[int, str]:
    """The name without leading non-place words, cut before a non-place word; with its offset."""
    words = name.split()
    while words and (_not_place(words[0]) or not _CAPITALISED.match(words[0])):
        start += name.index(words[0]) + len(words[0])
        name = name[name.index(words[0]) + len(words[0]) :]
        words = words[1:]
    for i, w in enumerate(words):
        if i and words[i - 1] in NAME_PARTICLES:
            continue  # "Hotel del Mar": after a particle, a name's word whatever else it is
        if i and (_not_place(w) or w.isalpha() and w.isupper() and len(w) > 1):
            if _not_place(w) or not _INNER_INITIALS(words, i):
                words = words[:i]
                break
    for i, w in enumerate(words):
        if i > 1 and w.isdigit() and words[i - 1] in ("on", "of", "and", "upon"):
            words = words[: i - 1]  # "Elder Street on 12 March": a day, not part of the name
            break
    while words and words[-1] in ("of", "on", "and", "upon", "&", *NAME_PARTICLES):
        words = words[:-1]
    if len(words) == 1 and words[0].rstrip(",.") in _HABIT_DAYS:
        words = []
    start += len(name) - len(name.lstrip())
    return start, " ".join(words)


_ROAD_CODE_WORD = re.compile(r"[A-Z]{1,2}-?\d{1,4}")


def _owned_site(name: str, site_words: int = 2) -> tuple[str, str]:
    """ "New York's Central Park" as ("New York", "Central Park"); no town owns "Friday's" sites.

    The owned part must be a name of two words or more (one before "area"), and the possessive no
    part of a name ("Earl's Court Road", "St John's Wood", "the Drover's Arms" stay whole).
    """
    words = name.split()
    if len(words) > 1 and _ROAD_CODE_WORD.fullmatch(words[-1]):
        site_words = 1  # "Botswana's A1", "Norway's E6": a numbered road, one word long
    for i, word in enumerate(words[:-site_words]):
        stem = _POSSESSIVE.sub("", word)
        if stem == word or stem.lower() in _NAME_POSSESSIVES:
            continue
        if i and words[i - 1].lower() in _NAME_POSSESSIVES:
            continue  # "St John's"
        if i == len(words) - 2 and is_toponym_tail(words[-1]):
            continue  # "Cutler's Cross" (before "district"): the possessive is the name's own
        if stem in _NOT_PLACE:
            return "", " ".join(words[i + 1 :])
        return " ".join([*words[:i], stem]), " ".join(words[i + 1 :])
    return "", name


def _looks_like_name(phrase: str) -> bool:
    """A person's name after the comma ("in Westminster, Assistant Commissioner ...")."""
    return bool(_TITLE.match(phrase))


def is_street_level(value: str) -> bool:
    """Whether a place names a site within a town (a street, an estate, a unit)."""
    head = value.split(",")[0].strip()
    return bool(_STREETY.search(head)) or head.startswith(("unit ", "flat "))


# A getaway and its direction before a place: the road it took, not the scene ("the gunman
# left in a grey Audi heading north on Route 9", "fled ... northbound on State Route 9").
_FLED = re.compile(
    r"\b(?:fled|flees?|fleeing|made\s+off|making\s+off|sped\s+(?:off|away)|drove\s+(?:off|away)"
    r"|driving\s+(?:off|away)|getaway|escape\s+route|left\s+(?:the\s+scene|in\s|on\s+foot))\b"
    r"(?P<between>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_HEADING = re.compile(
    r"\b(?:head(?:ing|ed)|(?:north|south|east|west)(?:bound|wards?)?|towards?"
    r"|in\s+the\s+direction)\b",
    re.IGNORECASE,
)
FLED_REACH = 160  # characters before the place looked at for a getaway


def fled_before(text: str, start: int) -> bool:
    """Whether a getaway and a direction come before a place with no onset verb between ("the
    suspect fled in a dark sedan, northbound on Route 9"; not "fled after crashing on X")."""
    fled = _FLED.search(text, max(0, start - FLED_REACH), start)
    if fled is None:
        return False
    between = fled.group("between")
    return bool(_HEADING.search(between)) and not when.tells_onset(between)
