"""Arrests and the suspect: how many were arrested, the suspect's age and name.

Ages and names count as the suspect's only in the subject of a sentence that arrests, charges or
holds someone ("A 29-year-old man ... was charged"); a victim's or a witness's age is left alone.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import (
    Found,
    build_rules,
    find_counts,
    matches_before_verbs,
)
from incident_reader.core.facts.grammar import _NAME_WORD, ADJ, APPOS, AUX, NOUN, PERSON_NAME
from incident_reader.core.facts.lexicon import (
    ACTIVE_ARREST_VERBS,
    AGE_BAND_PARTS,
    ARREST_VERBS,
    DECADE_WORDS,
    STREET_WORDS,
    SUSPECT_CUES,
    ZERO_PHRASES,
)
from incident_reader.core.facts.numbers import (
    COUNT,
    ORDINAL,
    WORD_NUMBER,
    number_value,
    ordinal_value,
    parse_count,
)
from incident_reader.core.facts.text import Sentence, WordGate, WordScan

ARRESTS = "arrests"
AGE = "suspect.age"
NAME = "suspect.name"

_FLAGS = re.IGNORECASE
RULES = build_rules(
    ARRESTS,
    ARREST_VERBS,
    ACTIVE_ARREST_VERBS,
    object_noun_optional=False,
    fixed=[(p, 0) for p, k in ZERO_PHRASES.items() if k == ARRESTS],
    noun_optional=False,
)
_VERB = "|".join(ARREST_VERBS)
# "Mr Pryce was arrested", "the man, who is in his late 20s, was arrested".
_NAMED_ARREST = re.compile(
    rf"(?<![\w-])(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{_NAME_WORD}|{PERSON_NAME}|(?i:the)\s+(?:[a-z]+\s+)?{ADJ}*{NOUN})"
    rf"{APPOS}{AUX}\s+(?:{_VERB})(?![\w-])"
)
_ARREST_SCAN = WordScan(re.compile(rf"(?<![\w-])(?:{_VERB})(?![\w-])"), ARREST_VERBS)
_COUNTED_ARRESTS = re.compile(
    rf"(?<![\w-])(?P<n>{COUNT})\s+(?:more\s+|further\s+)?arrests?\s+(?:have|has|had)?\s*"
    r"(?:been|were|was)\s+made",
    _FLAGS,
)
# "A fourth arrest has been made", "police made a second arrest": the arrests so far.
_ORDINAL_ARREST = re.compile(
    rf"(?<![\w-])(?:(?:made|make|makes|making)\s+)?(?:an?|the)\s+(?P<ord>{ORDINAL})\s+arrest"
    r"(?:(?=\s*[,.;]|\s+(?:on|in|at|after|overnight|yesterday|today|this|last|early|late)\b)"
    r"|\s+(?:has\s+|had\s+)?(?:been|was)\s+made)",
    _FLAGS,
)
_CUE = re.compile(rf"(?<![\w-])(?:{'|'.join(SUSPECT_CUES)})(?![\w-])", _FLAGS)
_ACTIVE_OBJECT = re.compile(r"\s+(?:an?|the|two|three|four|\d+)\s+[^,.;]{0,60}", _FLAGS)
# Clause openings before an arrest cue: "John Smith, 45, died and a man was arrested" keeps the
# victim's age out of the suspect's clause.
_CLAUSE_CUT = re.compile(
    r";|:|\b(?:after|when|while|but)\b|\band\b(?=\s+(?:a|an|the|two|three|four|\d+|police|officers)\b)",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"(?:men|women|people|s)$")
_SUSPECT_NOUNS = ("suspect", "accused", "attacker", "gunman", "assailant")
_SUSPECT_NOUN = re.compile(rf"\b(?:{'|'.join(_SUSPECT_NOUNS)})\b", _FLAGS)
_SUSPECT_NOUN_SCAN = WordScan(_SUSPECT_NOUN, _SUSPECT_NOUNS)
_SUSPECT_GATE = WordGate((*SUSPECT_CUES, *_SUSPECT_NOUNS))
_CUE_SCAN = WordScan(_CUE, SUSPECT_CUES)
_DECADE = (
    rf"(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<dec>\d)0'?s|(?P<decw>{'|'.join(DECADE_WORDS)}))"
)
AGE_PATTERNS = (
    re.compile(rf"(?<![\w-])(?P<n>\d{{1,2}}|{WORD_NUMBER})[\s-]year[\s-]old(?![\w-])", _FLAGS),
    re.compile(r"(?<![\w-])aged\s+(?P<n>\d{1,2})(?![\w-])", _FLAGS),
    re.compile(rf"(?<![\w-])in\s+(?:his|her|their)\s+{_DECADE}(?![\w-])", _FLAGS),
    re.compile(
        rf"(?:(?<![\w-]){PERSON_NAME}|(?<![\w-])(?:man|woman|boy|girl|teenager|suspect|driver))"
        r",\s+(?P<n>\d{1,2})(?=[,\s])",
        _FLAGS,
    ),
)
NAME_PATTERNS = (
    re.compile(rf"(?<![\w-])(?:Mr|Mrs|Ms|Miss)\.?\s+(?P<name>{_NAME_WORD})"),
    re.compile(rf"(?<![\w'-])(?P<name>{PERSON_NAME}),\s+(?:\d{{1,2}}|aged\b|of\b|from\b)"),
    re.compile(rf",\s+(?P<name>{PERSON_NAME}),\s+(?:\d{{1,2}}|aged\b|of\b|from\b)"),
    re.compile(
        rf"\b(?:named|identified)\s+(?:(?:him|her|locally|by\s+police|the\s+\w+)\s+)?as\s+"
        rf"(?:(?:\w+-year-old|"
        rf"the\s+\w+)\s+)?(?P<name>{PERSON_NAME})"
    ),
    re.compile(rf"^(?P<name>{PERSON_NAME})\s+(?:was|has\s+been|had\s+been)\s+(?:{_VERB}|charged)"),
)
_NOT_NAME = frozenset(w.capitalize() for w in STREET_WORDS) | {
    "Police", "Court", "Service", "Council", "Crown", "Magistrates", "Fire", "Rescue", "Station",
    "Detective", "Inspector", "Sergeant", "Superintendent", "Chief", "Constable", "Officer",
    "The", "A", "An", "He", "She", "Lone", "Bus", "Passenger", "Witness",
}  # fmt: skip


def arrests(sentence: Sentence) -> list[Found]:
    """How many were arrested, as the sentence states it ("no arrests" gives 0)."""
    out = find_counts(sentence, RULES)
    text, base = sentence.text, sentence.start
    if RULES.gate and not RULES.gate.passes(sentence):
        return out
    counted = _COUNTED_ARRESTS.finditer(text) if "arrests " in sentence.lower else ()
    for m in counted:
        value = parse_count(m.group("n"))
        if value is not None:
            out.append(Found(ARRESTS, value, base + m.start(), base + m.end()))
    for m in _ORDINAL_ARREST.finditer(text) if "arrest" in sentence.lower else ():
        n = ordinal_value(m.group("ord"))
        if n is not None:
            out.append(Found(ARRESTS, n, base + m.start(), base + m.end()))
    for m in matches_before_verbs(sentence, _ARREST_SCAN, _NAMED_ARREST):
        if any(f.start <= base + m.end() and base + m.start() <= f.end for f in out):
            continue
        who = m.group("who")
        first = who.split()[0]
        if first.lower() != "the" and first in _NOT_NAME or _PLURAL.search(who):
            continue
        out.append(Found(ARRESTS, 1, base + m.start(), base + m.end()))
    return out


def suspect(sentence: Sentence) -> list[Found]:
    """The suspect's age and name, from the subject of an arresting or charging sentence."""
    text, base = sentence.text, sentence.start
    if not _SUSPECT_GATE.passes(sentence):
        return []
    cue = _CUE_SCAN.search(sentence)
    noun = _SUSPECT_NOUN_SCAN.search(sentence)
    if not cue and not noun:
        return []
    # The subject: before the first arrest cue; or just after "the suspect, ...".
    windows = []
    if cue:
        windows.append((_subject_start(text, cue.start()), cue.start()))
        obj = _ACTIVE_OBJECT.match(text, cue.end())
        if obj:  # "Police have arrested a 25-year-old man": the object is the suspect
            windows.append((cue.end(), obj.end()))
    if noun:
        windows.append((noun.start(), min(len(text), noun.end() + 50)))
    out: list[Found] = []
    for lo, hi in windows:
        out.extend(_ages(text, base, lo, hi))
        out.extend(_names(text, base, lo, hi))
    return _unique(out)


def _subject_start(text: str, cue: int) -> int:
    """Where the clause holding the cue starts: after the last "and"/";"/"after" before it."""
    return max((m.end() for m in _CLAUSE_CUT.finditer(text, 0, cue)), default=0)


def _ages(text: str, base: int, lo: int, hi: int) -> list[Found]:
    out = []
    for pattern in AGE_PATTERNS:
        for m in pattern.finditer(text, lo, hi):
            value = _age_value(m)
            if value is not None:
                out.append(Found(AGE, value, base + m.start(), base + m.end()))
    return out


def _age_value(m: re.Match[str]) -> int | dict[str, int | None] | None:
    groups = m.groupdict()
    if groups.get("n"):
        n = number_value(groups["n"])
        return n if n is not None and 10 <= n <= 99 else None
    decade = (
        int(groups["dec"]) * 10
        if groups.get("dec")
        else DECADE_WORDS.get((groups.get("decw") or "").lower())
    )
    if decade is None:
        return None
    part = (groups.get("part") or "").lower()
    low, high = AGE_BAND_PARTS.get(part, (0, 9))
    return {"min": decade + low, "max": decade + high}


def _names(text: str, base: int, lo: int, hi: int) -> list[Found]:
    out = []
    for pattern in NAME_PATTERNS:
        for m in pattern.finditer(text, lo, hi):
            name = m.group("name")
            words = name.split()
            if any(w.strip("'’") in _NOT_NAME for w in words):
                continue
            s, e = m.start("name"), m.end("name")
            out.append(Found(NAME, " ".join(words).lower(), base + s, base + e))
    return out


def _unique(found: list[Found]) -> list[Found]:
    seen: set[tuple[str, int, int]] = set()
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if any(g.kind == f.kind and g.start < f.end and f.start < g.end for g in out):
            continue
        if (f.kind, f.start, f.end) not in seen:
            seen.add((f.kind, f.start, f.end))
            out.append(f)
    return out
