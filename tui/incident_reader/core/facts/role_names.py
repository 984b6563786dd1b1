"""Names by their shapes ("Jordan Pask", "K. Ramesh", "Mr Pryce", "Ana de la Cruz", "Kendell
'Bossman' Hypolite", "a man surnamed Chan"), each an anchor of a person's mention; capitalised
phrases that are places, offences, vehicles or headlines are left out.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.lexicon import STREET_WORDS
from incident_reader.core.facts.role_ages import _I, _Anchor, _words
from incident_reader.core.facts.role_words import (
    COMPASS_WORDS,
    DRIVER_NOUNS,
    GIVEN_NAME_ABBREVIATIONS,
    HARM_ING_STEMS,
    HARM_VERBS,
    NOT_NAME_WORDS,
    PERSON_OF_PERSON_NOUNS,
    SUSPECT_ROLE_NOUNS,
    TITLE_SUFFIXES,
    VICTIM_NOUNS,
    VICTIM_OF_NOUNS,
)
from incident_reader.core.facts.text import blind_lower
from incident_reader.core.facts.vocabulary import MAKES, MODELS

# "Ramesh alias Ramu, 30": a one-word name with its other name, then the age.
_ALIAS_THEN = r"(?:\s*,?\s*(?:alias|aka|a\.k\.a\.)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"

# (with "aged" too: "X, aged 24,", "X (aged 24)")
_AGE_AFTER_NAME = re.compile(
    rf"{_ALIAS_THEN}\s*(?:,\s+(?:aged\s+)?\d{{1,2}}(?![\d])|\((?:aged\s+)?\d{{1,2}}\))"
)

# "Pask", "McAllister", "O'Brien", "Jean-Luc"; not "Moroccan-born".
# Letters of Latin scripts beyond ASCII ("Tomás", "Łukasz", "Åkesson", "Kadıköy").
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"

_LO = "a-zß-öø-ÿāăąćčďđēėęěğīıķĺľłńňōőœřśşšţťūůűźżž"

_CAPITAL = re.compile(rf"[{_UP}]")  # every name opens with one (see _names)

# After a hyphen a lower-case tail may continue a given name ("Sung-min", "Im-jae"), but not an
# adjective's ("Moroccan-born", "London-based", "Labour-run", "Kafka-esque").
_ADJ_TAIL = r"(?:[a-z]*(?:ed|born|bred|run|made|like|wide|style|esque|era|old|year|owned)(?![a-z]))"
_NAME_WORD = (
    rf"(?:(?:[{_UP}][’'])?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?"
    rf"(?:-(?!{_ADJ_TAIL})[{_UP}]?[{_LO}]+)*(?![\w’'-]))"
)

_INITIALS = r"(?:[A-Z]\.\s*){1,2}"
# Initials alone, two to four, written together as one word: "D.M.", "M.S.R." (no name word
# after them; spaced single capitals, "D. M.", are read only where an identification gives them).
_INITIALS_ONLY = r"(?:[A-Z]\.){1,3}[A-Z]\.(?![\w’'-])"
_INITIALS_APPOSED = re.compile(_INITIALS_ONLY)

# A surname in capitals: three letters or more, a vowel among them ("PEREZ", "DE LA CRUZ" is
# left to its words), a hyphened second part ("GARCÍA-LÓPEZ").
_CAPS_SURNAME = (
    rf"(?=[{_UP}]*[AEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ])[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?(?![\w’'-])"
)

_GIVEN_SHORT = rf"(?:{'|'.join(GIVEN_NAME_ABBREVIATIONS)})\.\s+"

# Between a name's words, its lower-case particles ("Ana de la Cruz", "Pieter van der Berg").
# Irish ones ("Seán Ó Briain", "Áine Ní Bhriain") and Arabic ones written with a hyphen
# ("Mohammed al-Sayed", "Omar bin-Laden").
_PARTICLES = (
    r"(?:de|da|del|della|di|du|dos|das|van|von|der|den|la|le|ter|bin|ibn|abu|al|el"
    r"|Ó|Ní|Nic|Mac|Uí|O|Ni|Ui)"  # Irish ones as written, and read with plain letters
)
_HYPHEN_PARTICLES = r"(?:al|el|bin|ibn|abu|ben|ul|ad|ar|as|ash|az)-"
_JOIN = rf"(?:\s+(?:{_PARTICLES}\s+){{0,2}}(?:{_HYPHEN_PARTICLES})?)"

# A nickname in quotes between a first name and a surname; left out of the name's value.
_NICKNAME = r"\s+['‘\"“][A-Z][\w’-]*(?:\s+[A-Z][\w’-]*)?['’\"”]\s+"

# A surname withheld as a quoted initial, closing a name: ' "N"', ' “R.”'.
_WITHHELD = r"\s+[\"“'‘][A-Z]\.?[\"”'’](?![\w’'-])"
_WITHHELD_END = re.compile(r"\s+[\"“'‘](?P<initial>[A-Z])\.?[\"”'’]$")

_QUOTED = re.compile(r"['‘\"“][^'’\"”]*['’\"”]\s+")

# "a 45-year-old man surnamed Chan": a surname alone, as some wire styles give it.
_SURNAMED = re.compile(rf"\b(?:surnamed|surname)\s+(?P<name>{_NAME_WORD})")

# "Jordan Pask", "Venkatesh Hegde", "K. Ramesh", "Mr Pryce"; one word only with an age after it.
_NAME = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_NAME_WORD}\s+[A-Z]\.\s+{_NAME_WORD}"  # "Dwayne R. Kessler"
    # "Kendell 'Bossman' Hypolite", "Luiz Carlos \"Baiano\" da Silva", "Mary-Jo 'MJ' van der Berg"
    rf"|{_NAME_WORD}(?:\s+{_NAME_WORD})?{_NICKNAME}(?:{_PARTICLES}\s+){{0,2}}"
    rf"(?:{_HYPHEN_PARTICLES})?{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,2}}"
    rf"|{_GIVEN_SHORT}{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,2}}"  # "Mohd. Irfan"
    # given names, then the surname withheld as a quoted initial (Mexican press): 'Jorge "N"',
    # 'José Luis “M.”'
    rf"|{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,2}}{_WITHHELD}"
    # surnames in capitals after the given names, as police releases in Spanish, Portuguese and
    # French styles write them: "Juan Carlos PEREZ SOTO", "Marie DUPONT" (each with a vowel:
    # not an agency's initials)
    rf"|{_NAME_WORD}(?:\s+{_NAME_WORD})?(?:\s+{_CAPS_SURNAME}){{1,2}}(?![\w’'-])"
    rf"|(?:{_INITIALS})?{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{1,3}}"  # "José María García López"
    # a surname cut to its initial, its particles kept: "Jonas K., 29,", "Anna van der B. (41)"
    # (or with the year of birth after it, as some police styles give it: "Ali H., born in 1997")
    rf"|{_NAME_WORD}(?:\s+{_PARTICLES}){{0,2}}\s+[A-Z]\.(?=\s*,\s+(?:\d{{1,2}}|the|an?|was|is|had|has|who"
    r"|born)\b|\s*\((?:\d|born\b|b\.\s*\d))"
    rf"|{_INITIALS}{_NAME_WORD}|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{_NAME_WORD}"
    # a name withheld to its initials, told as a person's name is: with an age after it ("M.K.,
    # 31,", "A.B.C. (44)") or set off by commas after a common noun ("The driver, K.D., was")
    rf"|{_INITIALS_ONLY}(?={_AGE_AFTER_NAME.pattern})|(?<=[a-z],\s){_INITIALS_ONLY}(?=\s*,)"
    rf"|{_NAME_WORD}(?={_ALIAS_THEN}\s*(?:,\s+\d{{1,2}}\s*[,;.]|,\s+\d{{1,2}}\s+(?:from|of|was|is)\b"
    rf"|\(\d{{1,2}}\))))"
)

# Where a match of _NAME may start: a capital not inside a word, then a looser shape of what
# every match opens with: an initial, or a name-shaped word followed by a space and a capital, a
# quote or a particle ("Jordan Pask", "Kendell 'Bossman'", "Ana de la Cruz"), by a title's dot
# ("Mr. Pryce") or by an age (", 52,", "(34)"). _names tries the longer pattern only where this
# matches. It opens with the capital (a character class lets the regex engine skip ahead to the
# next capital by itself, where a look-behind first would be tried at every character): the
# look-behind then tests the character before it, and each shape goes on from the second letter.
_NAME_START = re.compile(
    rf"[{_UP}](?<![\w’'.-].)(?:(?<=[A-Z])\."
    rf"|(?:{'|'.join(f'(?<={g[0]}){g[1:]}' for g in GIVEN_NAME_ABBREVIATIONS)})\.\s+"
    rf"|(?:[’'][{_UP}])?[{_LO}]+(?:[{_UP}][{_LO}]+)?"
    rf"(?:-[{_UP}]?[{_LO}]+)*(?:\.?\s+(?:[{_UP}'‘\"“]|{_PARTICLES}\s|{_HYPHEN_PARTICLES})"
    rf"|{_ALIAS_THEN}\s*(?:,\s+\d|\(\d)))"
)

# Titles and institutions, street words ("Station Road"), makes and models ("Ford Fiesta").
_NOT_NAME = frozenset(NOT_NAME_WORDS) | {
    w.capitalize() for w in (*STREET_WORDS, *MAKES, *MODELS, *SUSPECT_ROLE_NOUNS) if " " not in w
}
# Makes and models that are also given names or surnames ("Ram Prasad", "Hiroshi Suzuki",
# "Ratan Tata", "Mercedes Ruiz"): with a person's age after the run they are a name's words.
_VEHICLE_NAME_WORDS = frozenset(w.capitalize() for w in (*MAKES, *MODELS) if " " not in w) - {
    w.capitalize() for w in (*NOT_NAME_WORDS, *STREET_WORDS, *SUSPECT_ROLE_NOUNS)
}
_NOT_NAME_AGED = _NOT_NAME - _VEHICLE_NAME_WORDS

_ROLE = rf"(?:{_words(SUSPECT_ROLE_NOUNS)})s?"

# Compass and region words that open a place's name, never a person's ("South London").
_COMPASS = frozenset(COMPASS_WORDS)

# Conjunctions and prepositions that open a sentence in capitals: never a name's first word.
_OPENERS = frozenset(
    (
        "before after when while as if although though because since until unless once where "
        "whereas despite during following among amid about at in on by from for with within "
        "without behind beside outside inside near across along around"
    ).split()
)

_ROLE_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{_ROLE}(?![\w-])", _I)

# Where a person lives: ", of", "from", "in", a residence noun's "of" ("a resident of Model Town");
# and where one went: a spatial preposition ("walked into Marlow Vale police station").
_PLACE_BEFORE = re.compile(
    r"(?:,\s*(?:of|from)|(?<![\w-])(?:from|in|at|near|along|into|onto|inside|outside|towards?"
    r"|across|through"
    r"|(?:resident|native|inhabitant)s?\s+of"
    # a settlement's or an area's own name: "the neighbouring village of Ain Safa", "the
    # district of Nowe Pole", "the town of San Rafael"
    r"|(?:village|town|city|hamlet|township|suburb|district|municipality|commune|parish|province"
    r"|region|county|canton|governorate|prefecture|neighbou?rhood|settlement|locality|area)s?"
    r"\s+of)"
    r"|(?-i:[A-Z][\w’'-]+)\s+of)\s+$",  # "Tyler Kowalchuk of Sylvan Lake": a name's home
    _I,
)

# A person noun's "of" after an article or an age: "a labourer of Checker Hall", "a 24-year-old
# man of Riverside", "Tom Hale, 41, owner of Hale Bakes" (where the person lives or works; not
# "the father of X", see _resident_of).
_NOUN_OF = re.compile(
    r"(?:(?P<appos>(?-i:[A-Z])[\w’'-]+\s*,(?:\s*an?)?|\d{1,2}\s*,(?:\s*an?)?|\d{1,2}-year-old)"
    r"|(?<![\w-])(?:an?|the))\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z][\w’'-]*)\s+of\s+$"
)
# Nouns whose "of" names another person or the dead, never a home.
_OF_PERSON = frozenset((*PERSON_OF_PERSON_NOUNS, *VICTIM_OF_NOUNS))
# Lower-case person heads a capitalised modifier may stand before: "a St Lucy man", "the
# Kingston woman", "a Nairobi businessman" (a place or a people, not a person's name).
_PERSON_HEAD_AFTER = re.compile(
    r"\s+(?:[a-z]*(?:wo)?man|(?:wo)?men|boy|girl|teenager|youth|resident|native|national"
    r"|couple|pensioner|mother|father)(?![\w’'-])"
)


# A naming participle after a capitalised head ("a 40-year-old Briton surnamed Pike", "a Costa
# Rican named Ortiz"): the head is a nationality or the like, the name comes after it.
_NAMING_AFTER = re.compile(r"\s*,?\s+(?:surnamed|named|called)\s+[A-Z]")
_HEAD_OPENER_BEFORE = re.compile(r"(?:-year-old|(?<![\w-])(?:[Aa]n?|[Tt]he))\s+$")


def _resident_of(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a person noun's "of" that tells a home."""
    m = _NOUN_OF.search(text, max(0, at - 60), at)
    if m is None:
        return False
    noun = m.group("noun").lower()
    if noun in _OF_PERSON:
        return False
    # after a name's or an age's apposition any noun is the person's ("Best, a mechanic of")
    return bool(m.group("appos")) or noun in ("man", "woman") or _is_person_noun(noun)


# "hacking at X", "fired at X", "lunged at X": the one a blow or a shot was aimed at, no place.
_AIMED_AT = re.compile(
    rf"(?<![\w-])(?:(?:{'|'.join(HARM_ING_STEMS)})ing|(?:{_words(HARM_VERBS)})|lunged|swung|swiped"
    r"|lashed\s+out|aimed|took\s+aim)\s+at\s+$",
    _I,
)

# The town after a street in an address apposition ("X, of Meadow Close, Harlow Fields,", "X,
# with an address at Oakpark Drive, Tralee,").
_ADDRESS_BEFORE = re.compile(
    r",\s*(?:of|from|with\s+an\s+address\s+(?:at|in|on))\s+[^,;.]{1,50},\s*$", _I
)

# An offence after a charge ("charged with First Degree Arson", "two counts of Attempted Murder").
_OFFENCE_BEFORE = re.compile(
    r"(?<![\w-])(?:charged\s+with|convicted\s+of|guilty\s+of|counts?\s+of|charges?\s+of"
    r"|suspicion\s+of)\s+(?:(?:an?|one|two|three|four|five|\d+)\s+)?(?:counts?\s+of\s+)?$",
    _I,
)

_ALIAS_BEFORE = re.compile(r"\b(?:alias|aka|a\.k\.a\.|also\s+known\s+as)\s+$", _I)

# Words without which the sentence holds no match of _OFFENCE_BEFORE, of _ALIAS_BEFORE.
_OFFENCE_KEYS = ("charge", "convicted", "guilty", "count", "suspicion")
_ALIAS_KEYS = ("alias", "aka", "a.k.a.", "also")

# A capitalised phrase right after an article is no person's name ("the Carter County jail",
# "a Kencom bus", "detained by the Coast Guard").
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an)\s+$", _I)

# An article and one lower-case modifier before a capitalised phrase: "a blue Holden Commodore".
_ARTICLE_MODIFIER_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?P<mod>[a-z]+)\s+$")

# Endings and words of a person noun that may stand before a name ("the late", "the former").
_PERSON_ENDINGS = ("er", "or", "ist", "man", "men", "ian", "ant", "ent", "ee", "ess", "ive", "ed")
_PERSON_WORDS = frozenset(
    (
        "late", "accused", "suspect", "alleged", "teenage", "young", "elderly",
        # person nouns no ending tells, as official statements put them before a name: "the
        # citizen Ali H.", "the Syrian national Omar K.", "the expatriate Jose R."
        "citizen", "national", "expatriate", "expat", "youth", "native", "local",
    )
)  # fmt: skip

_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")

# A headline in title case keeps only these small words in lower case (one slip allowed: "At
# Least seven Dead"); a sentence dense in names ("Liam Docherty, 29, of Camden, north London, is
# due at ... Court") has more.
_TITLE_CASE_LOWER = frozenset(
    (
        "a an the and but or nor for on at to from by of in with as "
        "into onto off over up per via vs"
    ).split()
)
# A lower-case word that is none of those: two of them tell no headline.
_OTHER_LOWER_WORD = re.compile(
    rf"(?<![\w’'-])(?!(?:{'|'.join(sorted(_TITLE_CASE_LOWER))})(?![\w’'-]))[a-z][a-z’'-]*(?![\w’'-])"
)


def _name_anchors(text: str) -> list[_Anchor]:
    """The names a sentence gives by their shape (none from a headline in title case)."""
    out: list[_Anchor] = []
    if "surname" in text:
        out.extend(
            _Anchor(m.start("name"), m.end(), None, m.group("name").lower(), False)
            for m in _SURNAMED.finditer(text)
            if m.group("name") not in NOT_NAME_WORDS  # "surnamed Park" may be a street word
        )
    names = _names(text)
    if not names:
        return out
    other = _OTHER_LOWER_WORD.search(text)  # (most sentences have two: no headline)
    if other is None or _OTHER_LOWER_WORD.search(text, other.end()) is None:
        long_words = _LONG_WORD.findall(text)
        if (
            # a short headline has no full stop ("Driver Charged in Crash Probe")
            len(long_words)
            >= (8 if text.rstrip().endswith((".", "!", "?", '"', "”", "'", "’")) else 3)
            and sum(w[0].isupper() for w in long_words) > 0.85 * len(long_words)
        ):
            return out  # a headline in title case: its capitals are no names
    run_end = -1
    place_end = -1  # where the last name read as a home ends ("of Checker Hall, St Lucy")
    lower = blind_lower(text)
    offences = any(k in lower for k in _OFFENCE_KEYS)
    aliases = any(k in lower for k in _ALIAS_KEYS)
    for m in names:
        if run_end >= 0 and text[run_end : m.start()] == " ":
            run_end = m.end()
            continue  # "Eastern Beaches Police Area Command": the tail of a longer capitalised run
        run_end = m.end()
        words = m.group("name").split()
        not_name = _NOT_NAME_AGED if _AGE_AFTER_NAME.match(text, m.end()) else _NOT_NAME
        while words and (words[0].strip(".") in not_name or words[0].lower() in _OPENERS):
            if words[0] in _PLACE_WORDS and len(words) > 1:
                words = []  # "Market Street Post Office": a place's name runs on
                break
            words = words[1:]  # "Passenger Raj Menon", "Mr Pryce", "Before Ott was named"
        if len(words) > 2 and _is_title(words[0]):
            words = words[1:]  # "Foreman Dale Irwin", "Chemist Ama Boateng": a title, then a name
        if len(words) > 2 and m.start() == 0 and words[0].endswith("ing"):
            words = words[1:]  # "Sentencing Gareth Rowe, 35, the judge said": a verb first
        if not words or any(w in not_name for w in words):
            continue
        if words[0] in _COMPASS and len(words) > 1:
            continue  # "Harlow, South Essex", "West Midlands": a compass word opens a place
        if (
            len(words) == 1
            and not _AGE_AFTER_NAME.match(text, m.end())
            and not _INITIALS_APPOSED.fullmatch(m.group("name"))
        ):
            continue  # one word is a name only with an age after it ("Hargreaves, 52,"), or
            # initials set off after a noun ("The driver, K.D., was held": _NAME's own shape)
        if _ROLE_AFTER.match(text, m.end()):
            continue  # "the Halden Bridge attacker": a modifier, not a name
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "held at the Carter County jail", "in the Lorain County Jail": no person's
        modified = _ARTICLE_MODIFIER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if modified and not _is_person_noun(modified.group("mod")):
            continue  # "a blue Holden Commodore sedan"; not "the accused Harpreet Singh"
        if offences and _OFFENCE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "charged with First Degree Arson": an offence
        if (
            _PLACE_BEFORE.search(text, max(0, m.start() - 24), m.start())
            and not _AIMED_AT.search(text, max(0, m.start() - 30), m.start())
        ) or _ADDRESS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Rommel Dizon, 41, of Barangay San Isidro,": where a person lives
        if _resident_of(text, m.start()) or (
            place_end >= 0 and re.fullmatch(r",\s*", text[place_end : m.start()])
        ):
            place_end = m.end()
            continue  # "a labourer of Checker Hall, St Lucy,": a home and its parish
        if _PERSON_HEAD_AFTER.match(text, m.end()) and not _AGE_AFTER_NAME.match(text, m.end()):
            continue  # "a 24-year-old St Lucy man": a place before the person's head noun
        if _NAMING_AFTER.match(text, m.end()) and (
            "surname" in text[m.end() : m.end() + 12]
            or _HEAD_OPENER_BEFORE.search(text, max(0, m.start() - 14), m.start())
        ):
            continue  # "a 57-year-old Costa Rican surnamed Solano": the head the name is given to
        if aliases and _ALIAS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Ramesh Kumar alias Pappu": the same person's other name
        said = " ".join(words)
        s = m.end() - len(said) if len(words) > 1 else text.index(words[0], m.start())
        if _QUOTED.search(said):  # "Kendell 'Bossman' Hypolite" is Kendell Hypolite
            said = _QUOTED.sub("", said)
        if withheld := _WITHHELD_END.search(said):  # 'Jorge "N"' is jorge n
            said = said[: withheld.start()] + " " + withheld.group("initial")
        out.append(_Anchor(s, m.end(), None, said.lower(), False))
    return out


def _is_person_noun(word: str) -> bool:
    """A role or person noun by the tables or by a person noun's ending ("gunman", "soldier",
    "pharmacist", "former"): such a word may stand between an article and a name."""
    w = word.lower()
    return _is_title(w) or w in _PERSON_WORDS or w.endswith(_PERSON_ENDINGS)


def _is_title(word: str) -> bool:
    """A role noun by the tables ("Driver", "Passenger") or a job noun by its ending ("Foreman",
    "Pharmacist"); a short stem ("Norman", "Herman") reads as a first name."""
    w = word.lower()
    if w in _TITLE_NOUNS:
        return True
    return any(w.endswith(s) and len(w) - len(s) >= 4 for s in TITLE_SUFFIXES)


_TITLE_NOUNS = frozenset((*VICTIM_NOUNS, *DRIVER_NOUNS, *SUSPECT_ROLE_NOUNS))


_WORD = re.compile(r"\S+")
# The words of NOT_NAME_WORDS that head a place: a capitalised run through one goes on naming the
# place ("Market Street Post Office", "Ward Road Fire Station"), never a person after it.
_PLACE_WORDS = frozenset(("Road", "Street", "Hospital", "Station", "Circle", "Yard", "Court")) | {
    w.capitalize() for w in STREET_WORDS if " " not in w
}


def _names(text: str) -> list[re.Match[str]]:
    """``_NAME.finditer``, tried only at capitals (every name starts with one) where its opening
    shape matches (``_NAME_START``): the pattern opens with a look-behind, so the regex engine
    cannot skip ahead to a capital by itself; ``_NAME_START`` can."""
    out: list[re.Match[str]] = []
    search = _NAME_START.search
    cap = search(text)
    while cap is not None:
        m = _NAME.match(text, cap.start())
        if m is None:
            cap = search(text, cap.start() + 1)
        else:
            parts = m.group("name").split()  # (the words _WORD finds)
            cut = max(
                (i for i, w in enumerate(parts[:-1]) if w.strip(".") in _NOT_NAME), default=-1
            )
            if cut >= 0 and parts[cut] not in _PLACE_WORDS:
                words = list(_WORD.finditer(m.group("name")))
                # "Thug Lee 'Psycho' Barnes", "Lance Corporal Musa Danjuma": a title or a role
                # word, then a longer name after it
                later = _NAME.match(text, m.start() + words[cut + 1].start())
                if later is not None and (
                    later.end() > m.end() or cut > 0 and later.end() == m.end()
                ):
                    m = later  # a rank inside the run: "Lance Corporal Musa Danjuma"
            out.append(m)
            cap = search(text, m.end())  # the next name starts after this one
    return out
