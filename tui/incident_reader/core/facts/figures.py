"""A figure revised by anaphora: "That figure was later revised to five", "officials raised the
number to 12": the new count is of the kind counted last before it in the report."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.numbers import COUNT, parse_count
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import Fact

FIGURE = "casualties.figure"  # a count whose kind is the one counted before it
# A count told as given before and since replaced ("Police initially said six were hurt"): never a
# fact, but the kind a revised figure after it takes ("That figure was later revised to four").
SUPERSEDED = "casualties.superseded."
_SAME_CLAUSE = 60  # how far before a raising figure the count it adds to may end
_NOUNS = ("figure", "number", "total", "tally", "count", "estimate")
_NOUN = (
    # "the casualty figure", "the official total": one modifier may stand before the noun
    r"(?:that|the|this|its|their)\s+(?:(?-i:[a-z]+)\s+)?"
    r"(?:figure|number|total|tally|count|estimate)"
)
# "..., bringing the total to 26": the count before it in the sentence was an addition to it.
_RAISING = re.compile(r"(?:bringing|taking|raising|pushing|lifting)\s", re.IGNORECASE)
_CHANGE = (
    r"(?:bringing|taking|raising|pushing|lifting|revised|raised|lowered|increased|reduced|updated"
    r"|corrected|adjusted|put|brought|pushed|risen|rose|climbed|jumped|grown|grew|fallen|fell"
    r"|dropped|gone\s+up|went\s+up)"
)
_ADVERB = r"(?:(?:later|since|subsequently|now|then|again|further|sharply)\s+)?"
_FIGURE = re.compile(
    # "That figure was later revised to five", "the total has since risen to 12"
    rf"(?<![\w-]){_NOUN}(?!\s+of\b)\s+(?:(?:has|had|was|is|have|were)\s+{_ADVERB}(?:been\s+)?)?"
    rf"{_ADVERB}{_CHANGE}(?:\s+(?:up|down|upwards|downwards))?\s+to\s+(?P<n>{COUNT})(?![\w-])"
    # "officials later revised the figure to five"
    rf"|(?<![\w-]){_CHANGE}\s+{_NOUN}(?!\s+of\b)(?:\s+(?:up|down))?\s+to\s+(?P<m>{COUNT})(?![\w-])",
    re.IGNORECASE,
)


def revised_figure(text: str) -> bool:
    """Whether a fact's text is a revised figure ("the number was raised to seven")."""
    return _FIGURE.match(text) is not None


def may_revise(lower: str) -> bool:
    """Whether a sentence has a figure word and "to" (a few substring tests)."""
    return " to " in lower and any(w in lower for w in _NOUNS)


def figure_counts(sentence: Sentence) -> list[Found]:
    """The revised figures a sentence tells, of a kind read later from the report before it."""
    if not may_revise(sentence.lower):
        return []
    out: list[Found] = []
    for m in _FIGURE.finditer(sentence.text):
        value = parse_count(m.group("n") or m.group("m"))
        if value is not None:
            told = {k for k, w in _KIND_WORDS if w.search(sentence.text, 0, m.start())}
            kind = f"{FIGURE}:{told.pop()}" if len(told) == 1 else FIGURE
            out.append(Found(kind, value, sentence.start + m.start(), sentence.start + m.end()))
    return out


# The words of each kind in a figure's own clause before it: "Two more arrests were made,
# bringing the total to five" counts arrests, whatever was counted last before the sentence.
_KIND_WORDS = tuple(
    (kind, re.compile(words, re.IGNORECASE))
    for kind, words in (
        ("arrests", r"\b(?:arrest|detain|custody)"),
        ("casualties.killed", r"\b(?:died|dead|deaths?|killed|bod(?:y|ies)|fatalit)"),
        ("casualties.injured", r"\b(?:injur|hurt|wounded)"),
        ("casualties.hospitalised", r"\bhospital"),
    )
)


def _is_figure(kind: str) -> bool:
    return kind == FIGURE or kind.startswith(FIGURE + ":")


def resolve_figures(facts: Sequence[Fact], kinds: Iterable[str]) -> list[Fact]:
    """Each revised figure takes the kind of the count told last before it in its incident (one
    of ``kinds``); a figure with none before it is dropped, and a count that a figure right after
    it raises to a total ("arrested 14 people, bringing the total to 26") was an addition."""
    if not any(_is_figure(f.kind) for f in facts):
        return [f for f in facts if not f.kind.startswith(SUPERSEDED)]
    kinds = frozenset(kinds)
    last: dict[str, int] = {}
    kind_of: dict[int, str] = {}
    added: set[int] = set()  # counts a figure right after them raises to its total
    for i in sorted(range(len(facts)), key=lambda i: facts[i].start):
        f = facts[i]
        if f.kind in kinds or f.kind.removeprefix(SUPERSEDED) in kinds:
            last[f.incident] = i
        elif _is_figure(f.kind) and (f.incident in last or f.kind != FIGURE):
            before = facts[last[f.incident]] if f.incident in last else None
            own = f.kind.partition(":")[2]  # the kind its own clause tells, if one
            kind_of[i] = own or (before.kind.removeprefix(SUPERSEDED) if before else FIGURE)
            if (
                before is not None
                and before.kind.removeprefix(SUPERSEDED) == kind_of[i]
                and _RAISING.match(f.text)
                and 0 <= f.start - before.end <= _SAME_CLAUSE
            ):
                added.add(last[f.incident])  # "arrested 14 people, bringing the total to 26"
    return [
        replace(f, kind=kind_of[i]) if i in kind_of else f
        for i, f in enumerate(facts)
        if (not _is_figure(f.kind) or i in kind_of)
        and i not in added
        and not f.kind.startswith(SUPERSEDED)
    ]
