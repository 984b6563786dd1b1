"""Casualty clauses whose subject points back at people counted before ("All were taken there").

A clause opened by a plural pronoun or quantifier with no count of its own ("They", "All", "All of
them", "They all", "Each", "Each of them", "Those") takes the count of the nearest earlier group of
people in the report: the previous sentence's casualty count, else the last counted noun phrase of
people in it ("Four climbers were caught in the slide"). The clause is read by the same casualty
rules as any other: the anaphor is replaced by "<count> people" and whatever the rules bind to the
replacement is kept, mapped back onto the original words. So every predicate of the tables (both
voices, hospital, injury, death) works after an anaphor without a rule of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.grammar import ADJ, MOD, NOUN
from incident_reader.core.facts.lexicon import PLURAL_PEOPLE_NOUNS
from incident_reader.core.facts.numbers import COUNT, UNITS, parse_count
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.text import Sentence, sentence_of

# Where a clause may open: the sentence's start (after a quote mark or a short fronted phrase
# ending in a comma, "Later," "On Tuesday,"), or after a clause joint (", and", ";", " but ").
_OPENING = (
    r"(?:^\s*(?:[\d.:]+\s*(?:[ap]\.?m\.?)?\s*[:–-]\s*)?[\"“‘']?(?:[\w'’-]+(?:\s+[\w'’-]+){0,3},\s+)?"
    r"|(?<=[;:])\s+|,?\s+(?:and|but)\s+(?:then\s+|later\s+)?)"
)
# The anaphor itself: a closed class of plural pronouns and quantifiers (longest first).
_ANAPHOR = (
    r"(?P<a>(?:they|those)\s+all|all\s+of\s+(?:them|those|these)|each\s+of\s+(?:them|those|these)"
    r"|they|all|each|those)"
)
# What must follow for the anaphor to be a subject: an auxiliary or modal, an adverb, or a verb
# in the past (regular "-ed" forms and the few irregular ones of the casualty tables).
_NEXT = (
    r"(?=\s+(?:(?:were|was|are|is|had|have|has|would|could|all|both|later|then|subsequently"
    r"|also|since|eventually|each|still|now)\b|[a-z]+ly\s|[a-z]+ed\b|(?:lost|got|underwent|went"
    r"|fell|took|received|remain(?:ed)?)\b))"
)
_CLAUSE = re.compile(_OPENING + _ANAPHOR + _NEXT, re.IGNORECASE)
# A counted group of people in the sentence before: "Four climbers", "nine elderly passengers".
_GROUP = re.compile(rf"(?<![\w$£€.,-])(?P<n>{COUNT})\s+{ADJ}*{MOD}(?P<head>{NOUN})", re.IGNORECASE)
_PLURALS = frozenset(PLURAL_PEOPLE_NOUNS)
# Words before a number that make it no count of people ("aged 7", "at 7", "No. 4").
_NOT_A_GROUP = re.compile(r"(?:aged|at|no\.?|number|route|platform|gate|flight)\s*$", re.IGNORECASE)
# Small counts stand in as words: a digit after a fronted phrase's comma reads as a number's tail.
_WORDS = {v: k for k, v in UNITS.items() if isinstance(v, int) and "-" not in k}


def _last_group(text: str) -> int | None:
    """The count of the last counted noun phrase of people in ``text`` with a plural head."""
    last: int | None = None
    for m in _GROUP.finditer(text):
        head = m.group("head").lower()
        if not is_person_head(head) or not (head in _PLURALS or head.endswith("s")):
            continue
        if _NOT_A_GROUP.search(text, max(0, m.start() - 10), m.start()):
            continue
        value = parse_count(m.group("n"))
        if isinstance(value, int) and value > 1:
            last = value
    return last


def antecedent(before: Sentence | None, found: Sequence[Found]) -> int | None:
    """The count of the nearest earlier group of people in the sentence before: its last exact
    casualty count (``found``), else its last counted noun phrase with a plural head of people."""
    counts = [f.value for f in found if isinstance(f.value, int) and f.value > 1]
    if counts:
        return counts[-1]
    return _last_group(before.text) if before is not None else None


def anaphoric_counts(
    sentence: Sentence,
    count: int | None,
    read: Callable[[Sentence], list[Found]],
) -> list[Found]:
    """Casualty counts of clauses whose subject is an anaphor of ``count`` people, read by ``read``
    (the casualty rules) on the clause with "<count> people" in the anaphor's place."""
    out: list[Found] = []
    for m in _CLAUSE.finditer(sentence.text):
        a, b = m.start("a"), m.end("a")
        nearer = _last_group(sentence.text[:a]) if a else None  # "led 14 residents out; they ..."
        count = nearer or count
        if count is None:
            continue
        stand_in = f"{_WORDS.get(count, count)} people"
        text = sentence.text[:a] + stand_in + sentence.text[b:]
        shift = len(stand_in) - (b - a)
        moved = sentence_of(text)._replace(start=sentence.start, end=sentence.end + shift)
        lo, hi = sentence.start + a, sentence.start + a + len(stand_in)
        for f in read(moved):
            if f.value != count or not (f.start <= lo < f.end or lo <= f.start < hi):
                continue  # bound elsewhere in the clause: the plain reading finds it already
            start = f.start if f.start < lo else sentence.start + a
            end = f.end - shift if f.end >= hi else sentence.start + b
            out.append(Found(f.kind, f.value, start, end))
    return out
