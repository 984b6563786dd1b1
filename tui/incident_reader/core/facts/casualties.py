"""Casualties: how many were killed, injured and taken to hospital, with the words that say so."""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found, build_rules, find_counts
from incident_reader.core.facts.grammar import ADJ, MOD, NOUN, PERSON_NAME
from incident_reader.core.facts.lexicon import (
    HOSPITAL_VERBS,
    INJURED_VERBS,
    INJURING_VERBS,
    KILLED_VERBS,
    KILLING_VERBS,
    TOLL_PHRASES,
    ZERO_PHRASES,
)
from incident_reader.core.facts.numbers import COUNT, parse_count
from incident_reader.core.facts.text import Sentence

KILLED = "casualties.killed"
INJURED = "casualties.injured"
HOSPITALISED = "casualties.hospitalised"

RULES = (
    build_rules(
        KILLED,
        KILLED_VERBS,
        KILLING_VERBS,
        active_with_noun=("killed",),
        fixed=[(p, None) for p, k in TOLL_PHRASES.items() if k == "killed"]
        + [(p, 0) for p, k in ZERO_PHRASES.items() if k == KILLED],
    ),
    build_rules(
        INJURED,
        INJURED_VERBS,
        INJURING_VERBS,
        active_with_noun=("injured", "hurt", "wounded"),
        fixed=[(p, None) for p, k in TOLL_PHRASES.items() if k == "injured"]
        + [(p, 0) for p, k in ZERO_PHRASES.items() if k == INJURED],
    ),
    build_rules(HOSPITALISED, HOSPITAL_VERBS),
)
# "taken to hospital with stab wounds": the hospitalised were also hurt.
_WITH_INJURY = re.compile(
    r"\s+with\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries|burns|fractures|cuts)\b", re.IGNORECASE
)
# "Half of the injured were taken to hospital": a share of the report's own injured count.
_SHARE = re.compile(
    r"(?<![\w-])(?P<share>half|a third|a quarter|two-thirds|all)\s+of\s+the\s+"
    r"(?:injured|hurt|wounded|casualties|victims)\s+(?:were|was|have\s+been|had\s+been|needed)\s+"
    rf"(?P<verb>{'|'.join(HOSPITAL_VERBS)})",
    re.IGNORECASE,
)
# "Labour MP Jo Cox is murdered", "Liam Castell, 31, died at the scene": one named person killed.
_NAMED_KILLED = re.compile(
    rf"(?<![\w'’-]){PERSON_NAME}(?:\s*,\s*\d{{1,3}}\s*,)?"
    r"\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:murdered|killed|stabbed\s+to\s+death|shot\s+dead)"
    r"|(?:has\s+|had\s+)?died)(?![\w-])"
)
# "the death of a cyclist", "the deaths of two men".
_DEATHS_OF = re.compile(
    rf"(?<![\w-])deaths?\s+of\s+(?P<n>{COUNT}|an?)\s+{ADJ}*{MOD}{NOUN}", re.IGNORECASE
)
_STILL = re.compile(r"\b(?:still|remains?|remained)\b")
SHARES = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two-thirds": 2 / 3, "all": 1.0}


def casualties(sentence: Sentence, injured_so_far: int | None) -> list[Found]:
    """Killed, injured and hospitalised counts a sentence states (non-facts left out)."""
    out: list[Found] = []
    for rules in RULES:
        out.extend(find_counts(sentence, rules))
    text = sentence.text
    if "die" in text or "kill" in text or "murder" in text or "death" in text or "dead" in text:
        for m in _NAMED_KILLED.finditer(text):
            if not any(f.kind == KILLED and f.start < sentence.start + m.end() for f in out):
                out.append(Found(KILLED, 1, sentence.start + m.start(), sentence.start + m.end()))
    if "death" in text:
        for m in _DEATHS_OF.finditer(text):
            n = m.group("n").lower()
            value = 1 if n in ("a", "an") else parse_count(n)
            if value is not None and not any(f.kind == KILLED for f in out):
                out.append(
                    Found(KILLED, value, sentence.start + m.start(), sentence.start + m.end())
                )
    for f in list(out):
        evidence = text[f.start - sentence.start : f.end - sentence.start]
        if " of " in evidence:
            continue  # "one of whom was taken to hospital with burns": already counted as hurt
        if f.kind == HOSPITALISED and _WITH_INJURY.match(text, f.end - sentence.start):
            out.append(Found(INJURED, f.value, f.start, f.end))
    if injured_so_far and " of the " in text:
        for m in _SHARE.finditer(text):
            share = round(injured_so_far * SHARES[m.group("share").lower()])
            out.append(
                Found(HOSPITALISED, share, sentence.start + m.start(), sentence.start + m.end())
            )
    return [f for f in out if not _still_in_hospital(text, f, sentence.start)]


def _still_in_hospital(text: str, found: Found, base: int) -> bool:
    """ "still in hospital" / "remain in hospital" counts the later state, not those taken there."""
    span = text[found.start - base : found.end - base].lower()
    return "hospital" in span and bool(_STILL.search(span))
