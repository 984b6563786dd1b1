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
from dataclasses import dataclass

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
# The anaphor itself: a closed class of plural pronouns and quantifiers (longest first), or a
# definite plural noun phrase ("the survivors", "the workers") that names people told before.
_ANAPHOR = (
    r"(?P<a>(?:they|those)\s+all|all\s+of\s+(?:them|those|these)|each\s+of\s+(?:them|those|these)"
    r"|they|all|each|those|(?:the|these)\s+(?P<dhead>(?-i:[a-z][a-z'’-]+)))"
)
# What must follow for the anaphor to be a subject: an auxiliary or modal, an adverb, or a verb
# in the past (regular "-ed" forms and the few irregular ones of the casualty tables).
_NEXT = (
    r"(?=\s+(?:(?:were|was|are|is|had|have|has|would|could|all|both|later|then|subsequently"
    r"|also|since|eventually|each|still|now)\b|[a-z]+ly\s|[a-z]+ed\b|(?:lost|got|underwent|went"
    r"|fell|took|received|remain(?:ed)?)\b))"
)
_CLAUSE = re.compile(_OPENING + _ANAPHOR + _NEXT, re.IGNORECASE)


def _clauses(sentence: Sentence) -> list[re.Match[str]]:
    """``_CLAUSE.finditer``: past the sentence's start a clause opens only after ";", ":", "and"
    or "but", so a sentence without them is tried at its start alone (the scan tries every
    character, as the openings begin with no letter the engine could skip to)."""
    text = sentence.text
    lower = sentence.lower if len(sentence.lower) == len(text) else text.lower()
    # (case-blind, no letter but these six's own cases reads as "a", "n", "d", "b", "u", "t")
    if ";" in text or ":" in text or "and" in lower or "but" in lower:
        if len(lower) != len(text):
            return list(_CLAUSE.finditer(text))
        # ``finditer``, tried only at the start and where a joint may open a clause
        found: list[re.Match[str]] = []
        reached = 0
        for at in _joints(text, lower):
            if at >= reached and (m := _CLAUSE.match(text, at)) is not None:
                found.append(m)
                reached = m.end()  # never empty: the anaphor is a word
        return found
    first = _CLAUSE.match(text)
    return [first] if first else []


def _joints(text: str, lower: str) -> list[int]:
    """Where a clause of ``_OPENING`` may open, in order: the start, past a ";" or ":" (its
    space), and the comma and spaces before an "and" or a "but" (``lower``: ``text`` in lower
    case, letter for letter). Found by substring search, faster than the regex engine trying
    the openings at every character."""
    out = {0}
    for mark in (";", ":"):
        i = text.find(mark)
        while i >= 0:
            out.add(i + 1)
            i = text.find(mark, i + 1)
    for word in ("and", "but"):
        i = lower.find(word)
        while i >= 0:
            j = i
            while j > 0 and text[j - 1].isspace():
                j -= 1
            out.update(range(j, i))  # the spaces before it
            if 0 < j < i and text[j - 1] == ",":
                out.add(j - 1)
            i = lower.find(word, i + 1)
    return sorted(out)


# A counted group of people: "Four climbers", "nine elderly passengers".
_GROUP = re.compile(rf"(?<![\w$£€.,-])(?P<n>{COUNT})\s+{ADJ}*{MOD}(?P<head>{NOUN})", re.IGNORECASE)
# A bare count as a subject: "three were rescued", "Five had been trapped".
_BARE = re.compile(rf"(?<![\w$£€.,-])(?P<n>{COUNT})\s+(?=(?:were|was|had|have)\s)", re.IGNORECASE)
_PLURALS = frozenset(PLURAL_PEOPLE_NOUNS)
# Words before a number that make it no count of people ("aged 7", "at 7", "No. 4").
_NOT_A_GROUP = re.compile(r"(?:aged|at|no\.?|number|route|platform|gate|flight)\s*$", re.IGNORECASE)
# Small counts stand in as words: a digit after a fronted phrase's comma reads as a number's tail.
_WORDS = {v: k for k, v in UNITS.items() if isinstance(v, int) and "-" not in k}
# Nouns that name the people of an event, whoever they were counted as ("the survivors").
_SET_NOUNS = frozenset(("victims", "casualties", "survivors", "rescued", "patients"))
# Definite sets other rules read already, with the count of their own kind.
_READ_ELSEWHERE = frozenset(("injured", "wounded", "hurt", "dead", "deceased", "killed", "others"))
# How many sentences back a definite noun phrase may find its people.
WINDOW = 3
KILLED = "casualties.killed"


@dataclass(frozen=True, slots=True)
class Group:
    """A group of people counted in a sentence: its size, head noun (None for a bare count or a
    casualty count) and casualty kind (None for a plain group), at its offset in the body."""

    value: int
    head: str | None
    kind: str | None
    at: int


def groups(sentence: Sentence, found: Sequence[Found], upto: int | None = None) -> list[Group]:
    """The counted groups of people of a sentence (before offset ``upto``), in reading order;
    groups inside a casualty count are that count (the parts of "four children and two adults")."""
    text = sentence.text if upto is None else sentence.text[: upto - sentence.start]
    out = [
        Group(f.value, None, f.kind, f.start)
        for f in found
        if isinstance(f.value, int) and f.value > 1 and (upto is None or f.start < upto)
    ]
    told = [(f.start, f.end) for f in found]  # "Four children and two adults were hurt": one group
    for m in (*_GROUP.finditer(text), *_BARE.finditer(text)):
        at = sentence.start + m.start()
        head = m.group("head").lower() if "head" in m.re.groupindex else None
        if head and (not is_person_head(head) or not (head in _PLURALS or head.endswith("s"))):
            continue
        if _NOT_A_GROUP.search(text, max(0, m.start() - 10), m.start()):
            continue
        if any(lo <= at < hi for lo, hi in told):
            continue
        value = parse_count(m.group("n"))
        if isinstance(value, int) and value > 1:
            out.append(Group(value, head, None, at))
    return sorted(out, key=lambda g: g.at)


def antecedent(
    before: Sequence[tuple[Sentence, Sequence[Found]]], head: str | None = None
) -> int | None:
    """The count of the people an anaphor points back to, nearest first: for a pronoun or a
    quantifier, the last group of the sentence before that is not a death count; for "the
    survivors", "the victims", the last such group of the last ``WINDOW`` sentences; for "the
    workers", the last group of workers there."""
    window = before[-1:] if head is None else before[-WINDOW:]
    for sentence, found in reversed(window):
        for g in reversed(groups(sentence, found)):
            if g.kind == KILLED:
                continue
            if head is None or head in _SET_NOUNS or g.head == head:
                return g.value
    return None


def _last_group(sentence: Sentence, upto: int) -> int | None:
    """The last plain group of people of a sentence before offset ``upto`` ("led 14 out; they")."""
    found = [g for g in groups(sentence, (), upto) if g.head]
    return found[-1].value if found else None


def anaphoric_counts(
    sentence: Sentence,
    before: Sequence[tuple[Sentence, Sequence[Found]]],
    read: Callable[[Sentence], list[Found]],
) -> list[Found]:
    """Casualty counts of clauses whose subject is an anaphor of people counted ``before``, read
    by ``read`` (the casualty rules) on the clause with "<count> people" in the anaphor's place."""
    out: list[Found] = []
    for m in _clauses(sentence):
        a, b = m.start("a"), m.end("a")
        head = (m.group("dhead") or "").lower() or None
        if head and (head in _READ_ELSEWHERE or not is_person_head(head)):
            continue
        if head and not (head in _PLURALS or head.endswith("s")):
            continue  # "the driver was taken to hospital": one person, read by the rules
        nearer = _last_group(sentence, sentence.start + a) if a and head is None else None
        count = nearer or antecedent(before, head)
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
