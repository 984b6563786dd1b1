"""A second clause of the same sentence that counts more people of the same kind: "One man suffered
a broken arm, with another suffering neck injuries", "One died at the scene while another died in
hospital", "A boy was hurt, with two others suffering cuts" (the people are added, not a revision).
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.grammar import ADJ, MOD, NOUN
from incident_reader.core.facts.lists import count_of
from incident_reader.core.facts.numbers import COUNT
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.predicates import INJURY_NOUNS
from incident_reader.core.facts.text import Sentence

INJURED = "casualties.injured"

# The second clause's subject says its people are more than the first's: "another", "one other",
# "two others", "three more" (not "the other two", the rest of a set told before).
_ADDED_SUBJECT = re.compile(
    rf"(?:another|one\s+other|(?P<n>{COUNT})\s+(?:others|more|other\s+(?-i:[a-z])))(?![\w'’-])",
    re.IGNORECASE,
)
# What joins the two clauses: "with", "and", "while", "whereas" or a comma, after the rest of the
# first clause ("an injury to his arm, with ...": a few words, none of them another joint).
_JOINT = re.compile(
    r"^(?:\s*,\s*|(?:\s+(?!(?:with|and|while|whereas|but|who|which|after|when)\b)[\w'’-]+){0,6}?"
    r"\s*,?\s+(?:with|and|while|whereas)\s+)$",
    re.IGNORECASE,
)
_GATE = re.compile(r"\b(?:another|others?|more)\b", re.IGNORECASE)


def added_clauses(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Join each count whose clause adds people ("..., with another suffering cuts") to the count of
    the same kind told right before it in the sentence: one fact of their sum, from the first
    count's words to the second's."""
    if len(found) < 2 or not _GATE.search(sentence.text):
        return found
    text, base = sentence.text, sentence.start
    out = sorted(found, key=lambda f: f.start)
    i = 1
    while i < len(out):
        f = out[i]
        prev = next((g for g in reversed(out[:i]) if g.kind == f.kind and g.end <= f.start), None)
        if (
            prev is not None
            and isinstance(prev.value, int)
            and isinstance(f.value, int)
            and _ADDED_SUBJECT.match(text, f.start - base)
            and _JOINT.match(text[prev.end - base : f.start - base])
            and not any(g.start < f.start and g.end > prev.end for g in out if g is not prev)
        ):
            merged = Found(f.kind, prev.value + f.value, prev.start, f.end)
            out = [g for g in out if g is not prev and g is not f]
            out.insert(0, merged)
            out.sort(key=lambda g: g.start)
            i = 1
            continue
        i += 1
    return out


# A counted subject whose clause ends in a participle of harm said of it: "Four residents tied
# sheets together and jumped to the balcony below, in the process sustaining injuries", "Two men
# fought the fire with buckets, suffering burns" (no other comma or clause boundary between; a
# fronted phrase or "police said" may open the sentence).
_PARTICIPLE_HURT = re.compile(
    # at the clause's start: the sentence's, after a fronted phrase or a reporting verb
    r"(?:^|(?<=, )|(?<=\bsaid )|(?<=\bsays )|(?<=\bthat ))"
    rf"\s*(?P<n>{COUNT})\s+{ADJ}*{MOD}(?P<head>{NOUN})(?:\s+(?!(?:and|but|who)\b)[^.;:,]{{1,140}}?)"
    r",\s*(?:(?:in\s+the\s+process|thereby|both|all)\s+)?(?:sustaining|suffering|receiving)\s+"
    rf"(?!no\b)(?:[\w-]+\s+){{0,3}}?(?:injuries|burns|wounds|fractures|cuts|{INJURY_NOUNS})(?![\w-])",
    re.IGNORECASE,
)


def participle_hurt(sentence: Sentence) -> list[Found]:
    """The injured counted by a subject and a participle of harm closing its clause
    (``_PARTICIPLE_HURT``): the subject's count, the evidence from it to the harm."""
    text = sentence.text
    if "sustaining" not in text and "suffering" not in text and "receiving" not in text:
        return []
    m = _PARTICIPLE_HURT.search(text)
    if m is None or not is_person_head(m.group("head")):
        return []
    value = count_of(m.group("n"))
    if value is None:
        return []
    return [Found(INJURED, value, sentence.start + m.start("n"), sentence.start + m.end())]


# The hurt counted as the people an injury noun is told among: "Injuries were reported among seven
# passengers", "Minor injuries were suffered by three officers".
_INJURIES_AMONG = re.compile(
    rf"(?<![\w-])(?:injuries|wounds)\s+(?:(?:were|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:reported|recorded|confirmed|sustained|suffered)\s+)?(?:among|by)\s+"
    rf"(?P<n>{COUNT})(?:\s+of\s+(?:the|them|those))?(?:\s+{ADJ}*{MOD}(?P<head>{NOUN}))?(?![\w-])",
    re.IGNORECASE,
)


def injuries_among(sentence: Sentence) -> list[Found]:
    """The injured counted after an injury noun by "among" or "by" (``_INJURIES_AMONG``):
    the count, with a person head or none ("among seven of them")."""
    text = sentence.text
    if "injuries" not in text.lower() and "wounds" not in text.lower():
        return []
    out = []
    for m in _INJURIES_AMONG.finditer(text):
        head = m.group("head")
        if head is not None and not is_person_head(head):
            continue  # "injuries to two cars"
        value = count_of(m.group("n"))
        if value is not None:
            out.append(Found(INJURED, value, sentence.start + m.start(), sentence.start + m.end()))
    return out


# A share of a set counted by another verb, told with its wounds: "Ten people were rescued, three
# of them with injuries", "Crews pulled 12 people out, four with serious burns".
_SHARE_WITH_INJURIES = re.compile(
    rf"(?<![\w-])(?:{COUNT})(?![\w-])[^.;:]*?,\s*(?P<n>{COUNT})\s+(?:of\s+(?:them|whom)\s+)?with\s+"
    rf"(?!no\b)(?:[\w-]+\s+){{0,3}}?(?:{INJURY_NOUNS})(?![\w-])",
    re.IGNORECASE,
)


def share_with_injuries(sentence: Sentence) -> list[Found]:
    """The injured told as a share of people counted before by a comma and "with" an injury
    noun (``_SHARE_WITH_INJURIES``): the share's count."""
    text = sentence.text
    if " with " not in text:
        return []
    out = []
    for m in _SHARE_WITH_INJURIES.finditer(text):
        value = count_of(m.group("n")) if m.group("n") else None
        if value is not None:
            start = sentence.start + m.start("n")
            out.append(Found(INJURED, value, start, sentence.start + m.end()))
    return out
