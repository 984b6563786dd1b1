"""People in a sentence by shape: ages ("a 46-year-old man", "in his mid-thirties", "(34)") and
names ("Jordan Pask", "K. Ramesh", "Mr Pryce"), grouped with their appositions into one mention
per person. roles.py then keeps the mentions whose role is the suspect's."""

from __future__ import annotations

import re
from typing import NamedTuple

from incident_reader.core.facts.lexicon import AGE_BAND_PARTS, DECADE_WORDS, STREET_WORDS
from incident_reader.core.facts.numbers import WORD_NUMBER, number_value
from incident_reader.core.facts.role_words import (
    COMPASS_WORDS,
    DRIVER_NOUNS,
    GIVEN_NAME_ABBREVIATIONS,
    NOT_NAME_WORDS,
    SUSPECT_ROLE_NOUNS,
    TITLE_SUFFIXES,
    VICTIM_NOUNS,
)
from incident_reader.core.facts.vocabulary import MAKES, MODELS

AGE = "suspect.age"

NAME = "suspect.name"

_I = re.IGNORECASE


def _words(table: tuple[str, ...]) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


_DECADES = _words(tuple(DECADE_WORDS))

_DECADE = rf"(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<dec>\d)0'?s|(?P<decw>{_DECADES}))"

# An age by its shape, one pattern per form, each starting with its literal key word and read on
# the lower-case text (a literal start lets the regex engine skip ahead: extraction must stay fast);
# a bare ", 24" or "(34)" needs a word before it (a name or a noun).
_YEAR_OLD = re.compile(r"(?:years?|yrs?)(?:[\s-]old|\s+of\s+age)(?![\w-])")

_NUMBER_BEFORE = re.compile(rf"(?<![\w-])(?P<n1>\d{{1,2}}|{WORD_NUMBER})[\s-]$")

_AGE_FORMS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("aged",),
        re.compile(
            rf"aged\s+(?:about\s+|around\s+|roughly\s+)?(?P<n2>\d{{1,2}}|{WORD_NUMBER})(?![\w-])"
        ),
    ),
    # "Kane, who is 30, was held": the age in a relative clause of its own
    (
        ("who is", "who was"),
        re.compile(r"who\s+(?:is|was)\s+(?P<n2>\d{1,2})(?:\s+at\s+the\s+time)?(?=\s*[,;.)]|\s*$)"),
    ),
    (
        ("in his", "in her", "in their"),
        re.compile(rf"(?:who\s+(?:is|was)\s+)?in\s+(?:his|her|their)\s+{_DECADE}(?![\w-])"),
    ),
    (
        (",",),
        re.compile(
            r",\s+(?:now\s+|then\s+)?(?P<n3>\d{1,2})(?=\s*[,;.)]|\s*$|\s+(?:from|of|who|was|were|is|has|had|and"
            r"|appeared|died|pleaded|admitted|denies|denied|stabbed|shot|killed)\b)"
        ),
    ),
    (("(",), re.compile(r"\((?P<n4>\d{1,2})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\)")),
    # "Travis Odom, age 41, of Cedar Bluff": police-release style
    ((", age",), re.compile(r"(?<=,)\s+age:?\s+(?P<n2>\d{1,2})(?![\w-])")),
    # "The suspect is 30 and ...", "the arrested man is aged 41": a copula after a person noun
    (
        ("is", "was"),
        re.compile(
            rf"(?<![\w-])(?:{_words(SUSPECT_ROLE_NOUNS)}|man|woman|boy|girl|driver|motorist|teenager|youth)"
            r"(?P<app>\s*,[^,;]{1,60},)?\s+(?:is|was)\s+(?:aged\s+)?(?P<n2>\d{1,2})(?:\s+years?\s+old)?(?=\s*[,;.]|\s*$|\s+and\b)"
        ),
    ),
)

_DIGIT = re.compile(r"\d")

# The forms above whose number may be a word; every other one holds a figure.
_WORDED_AGE_KEYS = (("aged",), ("in his", "in her", "in their"))

# A form whose pattern opens with a long alternation (the regex engine tries it at every
# character) is tried only where the words its match must hold stand: the copula form holds
# "is 30", "was aged 41".
_FORM_NEEDS: dict[tuple[str, ...], re.Pattern[str]] = {
    ("is", "was"): re.compile(r"(?:is|was)\s+(?:aged\s+)?\d")
}

# "Ramesh alias Ramu, 30": a one-word name with its other name, then the age.
_ALIAS_THEN = r"(?:\s*,?\s*(?:alias|aka|a\.k\.a\.)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"

_AGE_AFTER_NAME = re.compile(rf"{_ALIAS_THEN}\s*(?:,\s+\d{{1,2}}(?![\d])|\(\d{{1,2}}\))")

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

_GIVEN_SHORT = rf"(?:{'|'.join(GIVEN_NAME_ABBREVIATIONS)})\.\s+"

# Between a name's words, its lower-case particles ("Ana de la Cruz", "Pieter van der Berg").
_PARTICLES = r"(?:de|da|del|della|di|du|dos|das|van|von|der|den|la|le|ter|bin|al|el)"
_JOIN = rf"(?:\s+(?:{_PARTICLES}\s+){{0,2}})"

# A nickname in quotes between a first name and a surname; left out of the name's value.
_NICKNAME = r"\s+['‘\"“][A-Z][\w’-]*(?:\s+[A-Z][\w’-]*)?['’\"”]\s+"

_QUOTED = re.compile(r"['‘\"“][^'’\"”]*['’\"”]\s+")

# "a 45-year-old man surnamed Chan": a surname alone, as some wire styles give it.
_SURNAMED = re.compile(rf"\b(?:surnamed|surname)\s+(?P<name>{_NAME_WORD})")

# "Jordan Pask", "Venkatesh Hegde", "K. Ramesh", "Mr Pryce"; one word only with an age after it.
_NAME = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_NAME_WORD}\s+[A-Z]\.\s+{_NAME_WORD}"  # "Dwayne R. Kessler"
    rf"|{_NAME_WORD}{_NICKNAME}{_NAME_WORD}"  # "Kendell 'Bossman' Hypolite"
    rf"|{_GIVEN_SHORT}{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,2}}"  # "Mohd. Irfan"
    rf"|(?:{_INITIALS})?{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{1,2}}"
    rf"|{_NAME_WORD}\s+[A-Z]\.(?=\s*,\s+(?:\d{{1,2}}|the|an?|was|is|had|has|who)\b|\s*\(\d)"
    rf"|{_INITIALS}{_NAME_WORD}|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{_NAME_WORD}"
    rf"|{_NAME_WORD}(?={_ALIAS_THEN}\s*(?:,\s+\d{{1,2}}\s*[,;.]|,\s+\d{{1,2}}\s+(?:from|of|was|is)\b"
    rf"|\(\d{{1,2}}\))))"
)

# Where a match of _NAME may start: its look-behind, then a looser shape of what every match
# opens with: an initial, or a name-shaped word followed by a space and a capital, a quote or a
# particle ("Jordan Pask", "Kendell 'Bossman'", "Ana de la Cruz"), by a title's dot ("Mr. Pryce")
# or by an age (", 52,", "(34)"). _names tries the longer pattern only at capitals where it
# matches.
_NAME_START = re.compile(
    rf"(?<![\w’'.-])(?:[A-Z]\.|{_GIVEN_SHORT}|(?:[{_UP}][’'])?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?"
    rf"(?:-[{_UP}]?[{_LO}]+)*(?:\.?\s+(?:[{_UP}'‘\"“]|{_PARTICLES}\s)"
    rf"|{_ALIAS_THEN}\s*(?:,\s+\d|\(\d)))"
)

# Titles and institutions, street words ("Station Road"), makes and models ("Ford Fiesta").
_NOT_NAME = frozenset(NOT_NAME_WORDS) | {
    w.capitalize() for w in (*STREET_WORDS, *MAKES, *MODELS, *SUSPECT_ROLE_NOUNS) if " " not in w
}

_ROLE = rf"(?:{_words(SUSPECT_ROLE_NOUNS)})s?"

# Compass and region words that open a place's name, never a person's ("South London").
_COMPASS = frozenset(COMPASS_WORDS)

_GLUE_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "aged",
        "as",
        "identified",
        "named",
        "by",
        "police",
        "alias",
        "aka",
        "then",
        "now",
        "surnamed",  # "a 45-year-old man surnamed Chan"
        "man",
        "woman",
    )  # fmt: skip
)

_ROLE_WORDS = frozenset(SUSPECT_ROLE_NOUNS)

# Conjunctions and prepositions that open a sentence in capitals: never a name's first word.
_OPENERS = frozenset(
    (
        "before after when while as if although though because since until unless once where "
        "whereas despite during following among amid about at in on by from for with within "
        "without behind beside outside inside near across along around"
    ).split()
)

_ROLE_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{_ROLE}(?![\w-])", _I)

# Where a person lives: ", of", "from", "in", a residence noun's "of" ("a resident of Model Town").
_PLACE_BEFORE = re.compile(
    r"(?:,\s*(?:of|from)|(?<![\w-])(?:from|in|at|near|along"
    r"|(?:resident|native|inhabitant)s?\s+of))\s+$",
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

_SURNAME_GAP = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3},?\s+(?:identified|named|known)\s+(?:only\s+)?(?:by|as)\s+"
    r"(?:his|her)\s+(?:sur|family\s+)?name\s+",
    _I,
)

_ALIAS_BEFORE = re.compile(r"\b(?:alias|aka|a\.k\.a\.|also\s+known\s+as)\s+$", _I)

_ALIAS_GAP = re.compile(
    r"\s*,?\s*(?:alias|aka|a\.k\.a\.|also\s+known\s+as)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*,?\s*",
    _I,
)

# A capitalised phrase right after an article is no person's name ("the Carter County jail",
# "a Kencom bus", "detained by the Coast Guard").
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an)\s+$", _I)

# An article and one lower-case modifier before a capitalised phrase: "a blue Holden Commodore".
_ARTICLE_MODIFIER_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?P<mod>[a-z]+)\s+$")

# Endings and words of a person noun that may stand before a name ("the late", "the former").
_PERSON_ENDINGS = ("er", "or", "ist", "man", "men", "ian", "ant", "ent", "ee", "ess", "ive", "ed")
_PERSON_WORDS = frozenset(("late", "accused", "suspect", "alleged", "teenage", "young", "elderly"))

_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")

# A headline in title case keeps only these small words in lower case (one slip allowed: "At
# Least seven Dead"); a sentence dense in names ("Liam Docherty, 29, of Camden, north London, is
# due at ... Court") has more.
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])")

_TITLE_CASE_LOWER = frozenset(
    (
        "a an the and but or nor for on at to from by of in with as "
        "into onto off over up per via vs"
    ).split()
)

_PLURAL_AGES = re.compile(r"\s*(?:and|&|,)\s*\d{1,2}\b")


class _Anchor(NamedTuple):
    start: int
    end: int
    age: int | dict[str, int | None] | None
    name: str | None
    premodifier: bool  # "46-year-old": the head noun follows


def _anchors(text: str) -> list[_Anchor]:
    out: list[_Anchor] = []
    out.extend(_ages(text))
    if "surname" in text:
        out.extend(
            _Anchor(m.start("name"), m.end(), None, m.group("name").lower(), False)
            for m in _SURNAMED.finditer(text)
            if m.group("name") not in NOT_NAME_WORDS  # "surnamed Park" may be a street word
        )
    names = _names(text)
    if not names:
        return sorted(out)
    long_words = _LONG_WORD.findall(text)
    if (
        len(long_words) >= 8
        and sum(w[0].isupper() for w in long_words) > 0.85 * len(long_words)
        and sum(w not in _TITLE_CASE_LOWER for w in _LOWER_WORD.findall(text)) <= 1
    ):
        return sorted(out)  # a headline in title case: its capitals are no names
    run_end = -1
    for m in names:
        if run_end >= 0 and text[run_end : m.start()] == " ":
            run_end = m.end()
            continue  # "Eastern Beaches Police Area Command": the tail of a longer capitalised run
        run_end = m.end()
        words = m.group("name").split()
        while words and (words[0].strip(".") in _NOT_NAME or words[0].lower() in _OPENERS):
            words = words[1:]  # "Passenger Raj Menon", "Mr Pryce", "Before Ott was named"
        if len(words) > 2 and _is_title(words[0]):
            words = words[1:]  # "Foreman Dale Irwin", "Chemist Ama Boateng": a title, then a name
        if len(words) > 2 and m.start() == 0 and words[0].endswith("ing"):
            words = words[1:]  # "Sentencing Gareth Rowe, 35, the judge said": a verb first
        if not words or any(w in _NOT_NAME for w in words):
            continue
        if words[0] in _COMPASS and len(words) > 1:
            continue  # "Croydon, South London", "West Midlands": a compass word opens a place
        if _ROLE_AFTER.match(text, m.end()):
            continue  # "the Westminster Bridge attacker": a modifier, not a name
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "held at the Carter County jail", "in the Lorain County Jail": no person's
        modified = _ARTICLE_MODIFIER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if modified and not _is_person_noun(modified.group("mod")):
            continue  # "a blue Holden Commodore sedan"; not "the accused Harpreet Singh"
        if _OFFENCE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "charged with First Degree Arson": an offence
        if _PLACE_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _ADDRESS_BEFORE.search(
            text, max(0, m.start() - 60), m.start()
        ):
            continue  # "Rommel Dizon, 41, of Barangay San Isidro,": where a person lives
        if _ALIAS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Ramesh Kumar alias Pappu": the same person's other name
        if len(words) == 1 and not _AGE_AFTER_NAME.match(text, m.end()):
            continue  # one word is a name only with an age after it ("Masood, 52,")
        said = " ".join(words)
        s = m.end() - len(said) if len(words) > 1 else text.index(words[0], m.start())
        if _QUOTED.search(said):  # "Kendell 'Bossman' Hypolite" is Kendell Hypolite
            said = _QUOTED.sub("", said)
        out.append(_Anchor(s, m.end(), None, said.lower(), False))
    return sorted(out)


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


def _names(text: str) -> list[re.Match[str]]:
    """``_NAME.finditer``, tried only at capitals (every name starts with one) where its opening
    shape matches (``_NAME_START``): the pattern opens with a look-behind, so the regex engine
    cannot skip ahead to a capital by itself."""
    out: list[re.Match[str]] = []
    reached = 0
    for cap in _CAPITAL.finditer(text):
        if cap.start() < reached or _NAME_START.match(text, cap.start()) is None:
            continue
        m = _NAME.match(text, cap.start())
        if m is not None:
            out.append(m)
            reached = m.end()
    return out


def _ages(text: str) -> list[_Anchor]:
    """The ages a sentence gives, by their shapes ("46-year-old", "aged 19", ", 24", "(34)")."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out: list[_Anchor] = []
    if "year" in lower or "yr" in lower:
        for m in _YEAR_OLD.finditer(lower):
            num = _NUMBER_BEFORE.search(lower, max(0, m.start() - 16), m.start())
            value = _age_value(num) if num else None
            if num and value is not None and not _PLURAL_AGES.match(lower, m.end()):
                out.append(_Anchor(num.start(), m.end(), value, None, True))
    digit = _DIGIT.search(lower) is not None
    for keys, pattern in _AGE_FORMS:
        if (not digit and keys not in _WORDED_AGE_KEYS) or not any(k in lower for k in keys):
            continue  # every form but the worded ones ("aged four", "in her fifties") needs a digit
        need = _FORM_NEEDS.get(keys)
        if need is not None and need.search(lower) is None:
            continue
        for m in pattern.finditer(lower):
            groups = m.groupdict()
            bare = "n3" in groups or "n4" in groups  # ", 24" and "(34)" start with punctuation
            if (
                not bare
                and m.start()
                and (lower[m.start() - 1].isalnum() or lower[m.start() - 1] in "_-")
            ):
                continue  # "staged 40", "within his 40s": not a word of its own
            value = _age_value(m)
            if value is None or _PLURAL_AGES.match(lower, m.end()):
                continue  # "aged 24 and 31": two people
            if (groups.get("n3") or groups.get("n4")) and not _word_before(text, m.start()):
                continue  # ", 24" or "(34)" after a word, not after a figure or a date
            start = m.start("n3") if groups.get("n3") else m.start()
            if groups.get("app"):
                start = m.end("app")  # "The suspect, John Doe, was 45": the name is its own anchor
            out.append(_Anchor(start, m.end(), value, None, False))
    return out


def _word_before(text: str, at: int) -> bool:
    """Whether a word (not a figure or a date) ends just before ``at``, spaces aside."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i >= 1 and text[i] == "." and text[i - 1].isupper() and (i < 2 or text[i - 2] == " "):
        return True  # "Andrzej W., 51": a surname's initial
    return i >= 0 and (text[i].isalpha() or text[i] in "’'")


def _mentions(text: str) -> list[list[_Anchor]]:
    """Anchors of one person grouped: "Sayfullo Saipov, a 29-year-old", "Hegde (52)"."""
    groups: list[list[_Anchor]] = []
    for a in _anchors(text):
        if groups and _same_person(text[groups[-1][-1].end : a.start]):
            if a.start >= groups[-1][-1].end:
                groups[-1].append(a)
            continue
        groups.append([a])
    return groups


def _same_person(gap: str) -> bool:
    if _SURNAME_GAP.fullmatch(gap):
        return True  # "a 56-year-old foreman, identified only by his surname Park"
    if len(gap) > 40:
        return False
    if _ALIAS_GAP.fullmatch(gap):
        return True  # "Ramesh Gupta alias Pappu (52)": one person's two names
    words = re.findall(r"[\w’'-]+", gap.lower())
    rest = [w for w in words if w not in _GLUE_WORDS]
    return len(rest) <= 1 and all(w in _ROLE_WORDS or w.endswith("year-old") for w in rest)


def _age_value(m: re.Match[str]) -> int | dict[str, int | None] | None:
    groups = m.groupdict()
    n = groups.get("n1") or groups.get("n2") or groups.get("n3") or groups.get("n4")
    if n:
        value = number_value(n)
        return value if value is not None and 10 <= value <= 99 else None
    if groups.get("dec"):
        decade: int | None = int(groups["dec"]) * 10
    else:
        decade = DECADE_WORDS.get((groups.get("decw") or "").lower())
    if decade is None:
        return None
    low, high = AGE_BAND_PARTS.get((groups.get("part") or "").lower(), (0, 9))
    return {"min": decade + low, "max": decade + high}
