"""The suspect's own wounds and care are no casualty figure of the incident.

"Kestle was taken to hospital" where Kestle is the named suspect, "The gunman was treated
for a gunshot wound", or "He was taken to the hospital" right after "officers stopped the
attacker by shooting him": one person, the perpetrator, is hurt or in hospital, and a report's
injured or hospitalised count is of the people the incident hurt. Who the suspect is comes from
the report's own suspect facts (their names, any part of them) and the role nouns of
``role_words`` (closed classes: role nouns, pronouns); the subject is the first noun phrase of
the clause that states the count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from incident_reader.core.facts.casualties import HOSPITALISED, INJURED
from incident_reader.core.facts.people import NAME
from incident_reader.core.facts.role_words import SUSPECT_MODIFIERS, SUSPECT_ROLE_NOUNS
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import Fact

_ROLE = "|".join(SUSPECT_ROLE_NOUNS)
_MODIFIER = "|".join(m for m in SUSPECT_MODIFIERS if " " not in m)
# A definite suspect noun phrase opening a clause: "The attacker", "the suspected gunman",
# "The 52-year-old attacker" (never "a man" or "one attacker": another person, or a count).
_ROLE_SUBJECT = re.compile(
    rf"(?:the|this)\s+(?:(?:{_MODIFIER})\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})s?\b(?!['’]s\b)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?:he|she)\b", re.IGNORECASE)
_NAME = re.compile(r"(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,3}\b(?!['’]s\b)")
# A suspect role noun, then the same person as the object of the verb that stopped them
# ("stopped the attacker by shooting him", "tackled the gunman and disarmed him"); not "hit
# by the attacker, who stabbed him" (him is the victim).
_ROLE_THEN_OBJECT = re.compile(
    rf"\b(?:{_ROLE})s?\s+(?:by\s+[\w-]+ing|before\s+[\w-]+ing|and\s+(?:then\s+)?[\w-]+)"
    rf"\s+(?:him|her)\b",
    re.IGNORECASE,
)
# A passive verb group after the subject (an apposition between): "was shot", "had been hit".
_UNDERGOES = re.compile(
    r"[^.;]{0,40}?\b(?:was|were|had\s+been|has\s+been|is\s+being)\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|shot|hurt|hit|struck|taken|brought|held|caught|beaten)\b",
    re.IGNORECASE,
)
# Where a clause opens inside a sentence: after these the next words are a new subject.
_CLAUSE_OPENING = re.compile(r"(?:[,;:]|\b(?:and|but|while|where|then)\b)\s*", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"(?:(?:and|but|then|later|meanwhile)\b[\s,]*)+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Suspects:
    """What names the suspect in this report: the words of the suspect's names."""

    words: frozenset[str]

    def named(self, phrase: str) -> bool:
        """Whether a capitalised phrase names the suspect (all of a name, or a part of it)."""
        parts = {w.lower().strip("'’") for w in phrase.split()}
        return bool(parts) and parts <= self.words


def drop_suspect_care(
    text: str, sentences: Sequence[Sentence], facts: Sequence[Fact]
) -> list[Fact]:
    """The facts without one person's wounds or hospital stay whose subject is the suspect."""
    names = frozenset(
        w.lower().strip("'’") for f in facts if f.kind == NAME for w in str(f.value).split()
    )
    suspects = _Suspects(names)
    starts = [s.start for s in sentences]
    out: list[Fact] = []
    for f in facts:
        if f.kind in (INJURED, HOSPITALISED) and f.value == 1:
            n = _sentence_index(starts, f.start)
            if n is not None and _suspect_subject(text, sentences, n, f, suspects):
                continue
        out.append(f)
    return out


def _sentence_index(starts: Sequence[int], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 else None


def _clause_subject(text: str, sentence: Sentence, at: int) -> str:
    """The words that open the clause holding ``at`` (the fact's start), up to the fact's end."""
    before = text[sentence.start : at]
    opening = 0
    for m in _CLAUSE_OPENING.finditer(before):
        opening = m.end()
    lead = text[sentence.start + opening : sentence.end]
    skip = _LEAD_WORDS.match(lead)
    return lead[skip.end() :] if skip else lead


def _suspect_subject(
    text: str, sentences: Sequence[Sentence], n: int, fact: Fact, suspects: _Suspects
) -> bool:
    """Whether the clause that states ``fact`` has the suspect as its subject."""
    sentence = sentences[n]
    subject = _clause_subject(text, sentence, fact.start)
    if _ROLE_SUBJECT.match(subject):
        return True
    name = _NAME.match(subject)
    if name and suspects.words and suspects.named(name.group()):
        return True
    if _PRONOUN.match(subject) and n > 0:
        return _suspect_before(sentences[n - 1], suspects)
    return False


def _suspect_before(sentence: Sentence, suspects: _Suspects) -> bool:
    """Whether a sentence leaves the suspect as the person a following "he" or "she" is: its
    subject is the suspect, or it names the suspect and then points back to them as an object
    ("stopped the attacker by shooting him")."""
    said = sentence.text
    if _ROLE_THEN_OBJECT.search(said):
        return True
    lead = _LEAD_WORDS.sub("", said, count=1)
    subject = _ROLE_SUBJECT.match(lead)
    if subject is None and suspects.words:
        name = _NAME.match(lead)
        subject = name if name and suspects.named(name.group()) else None
    # the suspect undergoes the clause ("The attacker was shot by an officer"): one acting on
    # another ("The gunman shot a guard") leaves "he" to either of them
    return bool(subject and _UNDERGOES.match(lead, subject.end()))
