"""Checks that make a matched count a non-fact: negated, an age or a year, a share of a set, the
rest of a set, a reduced relative or a preposition's object."""

from __future__ import annotations

import re

from incident_reader.core.facts.count_values import (
    _AUXES,
)
from incident_reader.core.facts.grammar import AGED_NOUNS, COLLECTIVE_NOUNS
from incident_reader.core.facts.lists import (
    Hit,
)
from incident_reader.core.facts.numbers import COUNT, parse_count
from incident_reader.core.facts.phrases import (
    PREPOSITIONS,
    is_person_head,
)
from incident_reader.core.facts.predicates import SAME_SET

_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s*$")
# (a determiner may stand between: "nor the two passengers were hurt")
_NEGATION = re.compile(r"\b(?:no|not|nor|without|never)\s+(?:(?:the|his|her|their|its)\s+)?$")
# "could have killed hundreds", "might have been injured": what did not happen is no count.
_COUNTERFACTUAL = re.compile(
    r"\b(?:could|would|might|may|should)(?:\s+(?:not|easily|well|have|been|also))+\s+$"
)
_PARTICIPLE = re.compile(
    r"(?:killed|injured|wounded|hurt|shot|stabbed|arrested|detained|dead)\b", re.IGNORECASE
)
_LATER_VERB = re.compile(r"\s+(?:were|was|have|had|are|is)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*,?\s+(?:who|that)\b", re.IGNORECASE)
_ADVERBS_ONLY = re.compile(r"(?:\s+(?-i:[a-z]+ly)(?<!\bonly))*\s?", re.IGNORECASE)
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


def _is_age(text: str, m: re.Match[str]) -> bool:
    """ "Liam Castell, 31, died": a bare number after a name is an age, not a count; "the 2018
    dead", "in 2016-17 victims": a year or a span of years after a determiner is a date."""
    n = m.group("n") or ""
    if n[:1].isdigit() and _CLOCK_BEFORE.search(text, max(0, m.start("n") - 3), m.start("n")):
        return True  # "surrendered at 10:15 hrs today and is in custody": a clock's minutes
    if _YEARS.fullmatch(n) and _YEAR_DET.search(text, max(0, m.start() - 6), m.start()):
        return True
    if n.isdigit() and _YEARS_OLD_AFTER.match(text, m.end("n")):
        return True  # "A 44 year old man was killed": an age written with spaces, one person
    of = None if m.group("head") else _PERSON_OF.search(text, max(0, m.start() - 50), m.start())
    if of and (of.group("who").lower() in AGED_NOUNS or _one_persons_number(of, n)):
        return True  # "a girl of six was taken": the six is her age
    if n.isdigit() and _NOUN_COMMA.search(text, max(0, m.start() - 30), m.start()):
        if text.startswith(",", m.end("n")):
            return True  # "the man, 57, hurt his back": a number between commas after a noun
    if not n.isdigit() or not _NAME_COMMA.search(text[max(0, m.start() - 40) : m.start()]):
        return False
    # "On Monday, 14 students were hurt", "In Kelby, 19 people ...": a fronted phrase, then a
    # number with its own head noun is a count (an age stands alone: "Liam Castell, 31, died")
    # (or its own of-phrase: "On Monday, 10 of the passengers were ...")
    after = next((g for g in ("grp", "head") if m.groupdict().get(g)), None)
    return not (
        after and m.start(after) > m.end("n") and "," not in text[m.end("n") : m.start(after)]
    )


_CLOCK_BEFORE = re.compile(r"\d[:.]$")  # the hour of "10:15", "9.30" before the number
_YEARS_OLD_AFTER = re.compile(r"[\s-]+(?:years?|yrs?)[\s-]+old\b", re.IGNORECASE)
# A noun and "of" right before a bare number: "a boy of 14", "two girls of six" (of age or sex),
# after a determiner of one and its modifiers ("a young father of five", "her son of 11").
_PERSON_OF = re.compile(
    r"(?:(?<![\w'’-])(?P<det>an?|the|this|that|his|her|their|its|our|my)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?<![\w'’-])(?P<who>[a-z]+)\s+of\s+$",
    re.IGNORECASE,
)
_MAX_AGE = 120


def _one_persons_number(of: re.Match[str], n: str) -> bool:
    """Whether "of N" follows a noun of one person after a determiner of one: "a girl of eight",
    "a father of five", "the pensioner of 84" tell an age or her children, no count of people
    ("a family of five", "a total of 14" count: ``COLLECTIVE_NOUNS``)."""
    who = of.group("who").lower()
    if of.group("det") is None or who.endswith("s") or who in COLLECTIVE_NOUNS:
        return False
    value = parse_count(n)
    return isinstance(value, int) and value <= _MAX_AGE and is_person_head(who)


_NOUN_COMMA = re.compile(r"(?<![\w'’-])(?-i:[a-z]{2,})\s*,\s*$")
_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:\s*(?:-|–|to)\s*\d{2,4})?")
_YEAR_DET = re.compile(r"\b(?:the|of|in|for|since|from)\s+$", re.IGNORECASE)


# Small loose counts ("a couple of", "a few", "several"): a participle after them is often a
# reduced relative describing some of the people ("a couple of people trampled in the rush were
# checked"), where "dozens of people injured in the fire were ..." is still the toll.
_LOOSE_COUNT = re.compile(
    r"(?:a\s+couple(?:\s+of)?|a\s+pair\s+of|some|a\s+few|a\s+handful\s+of|several|a\s+number\s+of"
    r"|one\s+or\s+two|two\s+or\s+three)(?![\w-])",
    re.IGNORECASE,
)
# The clause's own finite verb after a reduced relative: "... were checked", "... needed".
_FINITE_LATER = re.compile(
    r"[^,.;:!?]*?\s(?:were|was|are|is|have|has|had|needed|required|received|got|remain(?:ed)?"
    r"|went|ended)\s",
    re.IGNORECASE,
)


# A share of a set named earlier in the sentence: "N others" after it are the rest of that set.
_SHARE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{COUNT})\s+of\s+(?:the|those)\s+(?P<w1>[\w-]+)(?:\s+(?P<w2>[\w-]+))?",
    re.IGNORECASE,
)


def _rest_of_own_set(text: str, m: re.Match[str], kind: str) -> bool:
    """Whether a share of the kind's own set ("five of the fatalities") comes before "N others"."""
    own = SAME_SET.get(kind, ())
    return any(
        (s.group("w1").lower() in own or (s.group("w2") or "").lower() in own)
        for s in _SHARE_BEFORE.finditer(text, 0, m.start())
    )


# "the other two", "the remaining three": the rest of a set already counted, not a total.
_REST_OF = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+$", re.IGNORECASE)


def _vague_reduced_relative(m: re.Match[str]) -> bool:
    """ "a couple of people trampled in the rush were checked by medics": after a loose count, a
    bare participle with the clause's finite verb later describes the people, it is no count."""
    n = m.group("n")
    if not n or not m.group("head") or not _LOOSE_COUNT.match(n):
        return False
    if m.string[m.end("head") : m.start("verb")].strip():
        return False  # "a few people were hurt": an auxiliary makes the verb the clause's own
    return bool(_FINITE_LATER.match(m.string, m.end("verb")))


def _object_of_preposition(text: str, m: re.Match[str]) -> bool:
    """ "trampled in the crush needed treatment": a bare "the" + head right after a preposition
    (not "of", which names the person: "the driver of the pickup, ..., died") and right before
    the verb is the preposition's object, not the verb's subject."""
    if m.group("one") != "the" or not m.group("head"):
        return False
    if m.string[m.end("head") : m.start("verb")].strip():
        return False  # "for the woman who died": a relative clause makes her the subject
    before = _LAST_WORD.search(text, 0, m.start())
    return (
        before is not None
        and before.group(1).lower() in PREPOSITIONS
        and before.group(1).lower() != "of"
    )


def _share_of_the_counted(m: re.Match[str], kind: str = "") -> bool:
    """ "Five of the eight people who were killed", "two of the three injured men": the clause or
    participle after the of-phrase counts the eight or the three; the first number is a share.
    "Five of the fatalities died at the scene": the of-phrase is the kind's own set, so a share."""
    if m.group("grp") is None:
        return False
    last = m.group("grp").split()[-1].lower()
    if m.group("head") is None and last in SAME_SET.get(kind, ()):
        return True
    grp_end = m.end("grp")
    rel = _RELATIVE.match(m.string, m.end("head") if m.group("head") else grp_end)
    if rel:
        # "Five of the eight people who were killed": the kind's verb is the relative clause's;
        # "Eight of the miners who escaped were sent to hospital": another verb comes first, so
        # the kind's verb is the main clause's and the count its subject
        words = m.string[rel.end() : m.start("verb")].split()
        return all(w.lower() in _AUXES or w.lower().endswith("ly") for w in words)
    if m.group("head") is not None:
        # "Nine of the 30 people hurt were taken to hospital": the participle is the of-phrase's,
        # the clause's own verb comes after it
        bare = not m.string[m.end("head") : m.start("verb")].strip()
        return bare and bool(_PARTICIPLE.match(m["verb"]) and _LATER_VERB.match(m.string, m.end()))
    pronoun = m.group("grp").split()[-1].lower() in ("them", "whom", "us", "those")
    if pronoun and kind == "casualties.injured" and m["verb"].lower().startswith(("in ", "remain")):
        return True  # "Two of them are in a serious condition": a state of some counted before
    between = m.string[grp_end : m.start("verb")]  # "of the most seriously hurt": adverbs only
    return not pronoun and bool(_ADVERBS_ONLY.fullmatch(between) and _PARTICIPLE.match(m["verb"]))


def _governed(text: str, m: re.Match[str] | Hit) -> bool:
    """ "at the scene and a man was arrested": a list after a preposition is its object."""
    before = _LAST_WORD.search(text, 0, m.start())
    return before is not None and before.group(1).lower() in PREPOSITIONS


def _negated(text: str, start: int) -> bool:
    """ "no other", "not" just before the count make it a non-fact."""
    before = text[max(0, start - 30) : start].lower()
    return bool(_NEGATION.search(before[-12:]) or _COUNTERFACTUAL.search(before))
