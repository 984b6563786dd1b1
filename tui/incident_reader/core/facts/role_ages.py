"""Ages by their shapes ("a 46-year-old man", "aged 19", "in his mid-thirties", ", 24", "(34)"),
each an anchor of a person's mention (role_mentions.py groups them with names).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from incident_reader.core.facts.lexicon import AGE_BAND_PARTS, DECADE_WORDS
from incident_reader.core.facts.numbers import WORD_NUMBER, number_value
from incident_reader.core.facts.role_words import SUSPECT_ROLE_NOUNS

AGE = "suspect.age"

NAME = "suspect.name"

_I = re.IGNORECASE


def _words(table: tuple[str, ...]) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


def _noun_forms(noun: str) -> str:
    """A count noun's singular and plural as one regex fragment, by English inflection:
    "casualty|casualties", "witness(?:es)?", "wi(?:fe|ves)", "spokes(?:man|men)",
    "passers?-by", "victims?" (a plural or an invariable noun listed as it is stays so)."""
    n = re.escape(noun)
    if "-" in noun and not noun.endswith("-"):
        head, rest = noun.split("-", 1)  # "passer-by": the plural is the head's
        return rf"{re.escape(head)}s?-{re.escape(rest)}"
    if noun.endswith(("'s", "’s")) or noun.endswith("ed") or noun in ("dead", "deceased"):
        return n
    if len(noun) > 2 and noun[-1] == "y" and noun[-2] not in "aeiou":
        return rf"{re.escape(noun[:-1])}(?:y|ies)"
    if noun.endswith(("man", "woman")) and not noun.endswith("human"):
        return rf"{re.escape(noun[:-3])}(?:man|men)"
    if noun.endswith("fe"):
        return rf"{re.escape(noun[:-2])}(?:fe|ves)"
    if noun.endswith(("ss", "x", "ch", "sh")):
        return rf"{n}(?:es)?"
    if noun.endswith("s"):
        return n  # a plural listed as such ("victims")
    return rf"{n}s?"


def _nouns(table: tuple[str, ...]) -> str:
    """``_words`` of a table of count nouns, each in its singular and plural forms."""
    return "|".join(_noun_forms(w) for w in sorted(table, key=len, reverse=True))


def _singular(word: str, table: tuple[str, ...]) -> bool:
    """Whether a word is one of the table's nouns, singular or plural ("casualties")."""
    return any(re.fullmatch(_noun_forms(w), word, _I) for w in table)


_DECADES = _words(tuple(DECADE_WORDS))

_DECADE = rf"(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<dec>\d)0'?s|(?P<decw>{_DECADES}))"

# An age by its shape, one pattern per form, each starting with its literal key word and read on
# the lower-case text (a literal start lets the regex engine skip ahead: extraction must stay fast);
# a bare ", 24" or "(34)" needs a word before it (a name or a noun).
# Day words a press release dates by with the day of the month in brackets after them.
_DAY_WORDS = (
    "yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
_NOT_AFTER_DAY_WORD = "".join(rf"(?<!\b{w}\s)(?<!\b{w})" for w in _DAY_WORDS)
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
        # (the decade told as hearsay: "who is said to be in his late twenties", "who is
        # believed to be in her 50s")
        re.compile(
            r"(?:who\s+(?:is|was)\s+(?:(?:said|believed|thought|understood|reported|estimated"
            rf"|known)\s+to\s+be\s+)?)?in\s+(?:his|her|their)\s+{_DECADE}(?![\w-])"
        ),
    ),
    (
        (",",),
        re.compile(
            # (not before a plural verb: "Of the injured, 27 were admitted" counts people)
            r",\s+(?:now\s+|then\s+)?(?P<n3>\d{1,2})(?:\s+years(?:\s+old)?)?(?=\s*[,;.)]|\s*$|\s+(?:from|of|who|was|is|has|had|and"
            r"|appeared|died|pleaded|admitted|denies|denied|stabbed|shot|killed)\b)"
        ),
    ),
    # "(34)", "(aged 40)", "(34 years)"; not the day of the month after a day word, as press
    # releases date it ("arrested yesterday (16)", "will appear in court today (17)", "on
    # Monday (3)")
    (
        ("(",),
        re.compile(
            _NOT_AFTER_DAY_WORD
            + r"\((?:aged?\s+)?(?P<n4>\d{1,2})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\)"
        ),
    ),
    # "a man of 45 from Lyon", "a youth of 17", "a man of about thirty": translated and older
    # styles
    (
        ("man of", "boy of", "girl of", "person of", "youth of"),
        re.compile(
            r"(?:(?<=man )|(?<=boy )|(?<=girl )|(?<=person )|(?<=youth ))of\s+"
            rf"(?:about\s+|around\s+|some\s+|roughly\s+)?(?P<n2>\d{{1,2}}|{WORD_NUMBER})"
            r"(?:\s+years?(?:\s+of\s+age)?)?(?=\s*[,;.)]|\s*$|\s+(?:from|of|who|was|is|and|has|had)\b)"
        ),
    ),
    # "a 40-something farmer", "a thirty-something teacher": the decade told loosely
    (
        ("something",),
        re.compile(
            r"(?:(?P<dec>[1-9])0|(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))"
            r"[\s-]?something(?![\w-])"
        ),
    ),
    # "Travis Odom, age 41, of Cedar Bluff": police-release style
    ((", age",), re.compile(r"(?<=,)\s+age:?\s+(?P<n2>\d{1,2})(?![\w-])")),
    # "The suspect is 30 and ...", "the arrested man is aged 41": a copula after a person noun
    (
        ("is", "was"),
        re.compile(
            rf"(?<![\w-])(?:{_words(SUSPECT_ROLE_NOUNS)}|man|woman|boy|girl|driver|motorist|teenager|youth)"
            # "the man arrested is 44": a reduced relative between the noun and its copula
            r"(?:\s+(?:arrested|detained|charged|held|accused))?"
            # "one of them, the suspected gunman, is aged 31": the apposition's closing comma
            r"(?P<app>\s*,[^,;]{1,60},)?,?\s+(?:is|was)\s+(?:aged\s+)?(?P<n2>\d{1,2})(?:\s+years?\s+old)?(?=\s*[,;.]|\s*$|\s+and\b)"
        ),
    ),
)

_DIGIT = re.compile(r"\d")

# The forms above whose number may be a word; every other one holds a figure.
_WORDED_AGE_KEYS = (
    ("aged",),
    ("in his", "in her", "in their"),
    ("man of", "boy of", "girl of", "person of", "youth of"),
    ("something",),
)

# A form whose pattern opens with a long alternation (the regex engine tries it at every
# character) is tried only where the words its match must hold stand: the copula form holds
# "is 30", "was aged 41".
_FORM_NEEDS: dict[tuple[str, ...], re.Pattern[str]] = {
    ("is", "was"): re.compile(r"(?:is|was)\s+(?:aged\s+)?\d")
}


# The forms with what each needs, in their order; those whose number may be a word.
_FORMS = tuple((keys, pattern, _FORM_NEEDS.get(keys)) for keys, pattern in _AGE_FORMS)
_WORDED_FORMS = tuple(form for form in _FORMS if form[0] in _WORDED_AGE_KEYS)

_PLURAL_AGES = re.compile(r"\s*(?:and|&|,)\s*\d{1,2}\b")


class _Anchor(NamedTuple):
    start: int
    end: int
    age: int | dict[str, int | None] | None
    name: str | None
    premodifier: bool  # "46-year-old": the head noun follows


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
    # every form but the worded ones ("aged four", "in her fifties") needs a digit
    forms = _FORMS if _DIGIT.search(lower) is not None else _WORDED_FORMS
    for keys, pattern, need in forms:
        for key in keys:
            if key in lower:
                break
        else:
            continue  # (a loop: cheaper than any() and a generator per form)
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
            # (a loose decade before its noun is a premodifier: "a 40-something farmer")
            head = keys == ("something",) and _NOUN_NEXT.match(lower, m.end()) is not None
            out.append(_Anchor(start, m.end(), value, None, head))
    return out


_NOUN_NEXT = re.compile(r"\s+[a-z]")


def _word_before(text: str, at: int) -> bool:
    """Whether a word (not a figure or a date) ends just before ``at``, spaces aside."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i >= 1 and text[i] == "." and text[i - 1].isupper() and (i < 2 or text[i - 2] in " ."):
        return True  # "Andrzej W., 51": a surname's initial; initials alone: "M.K.R., 31"
    if i >= 2 and text[i] in "\"”'’" and text[i - 1] in ".ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        return True  # 'Jorge "N", 31': a surname withheld as a quoted initial
    return i >= 0 and (text[i].isalpha() or text[i] in "’'")


def _age_value(m: re.Match[str]) -> int | dict[str, int | None] | None:
    groups = m.groupdict()
    n = groups.get("n1") or groups.get("n2") or groups.get("n3") or groups.get("n4")
    if n:
        value = number_value(n)
        return value if value is not None and 10 <= value <= 99 else None
    if groups.get("dec"):
        decade: int | None = int(groups["dec"]) * 10
    elif groups.get("tens"):
        decade = number_value(groups["tens"])
    else:
        decade = DECADE_WORDS.get((groups.get("decw") or "").lower())
    if decade is None:
        return None
    low, high = AGE_BAND_PARTS.get((groups.get("part") or "").lower(), (0, 9))
    return {"min": decade + low, "max": decade + high}
