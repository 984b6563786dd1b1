"""An earlier incident a report measures its own by, told with its own clause.

"the deadliest attack since the Arvane bombings, which killed 193 people", "the worst crash on
the line since the 1998 derailment, when 31 died", "higher than in the Kelby floods that left 40
dead", "since a derailment near Olten killed 31 people": after a superlative and "since" (or a
comparative and "than") stands a noun phrase naming an event, and a relative clause, a "when"
clause or a finite verb attached to it tells what that event did. The noun phrase starts another
incident, with its own toll and date (a year before its noun, after "of", or none told).

A bare definite noun ("the first arrest since the attack, which ...") is the report's own incident
told again: the phrase must name its event apart (a word before the noun, an indefinite or
possessive determiner, or a time after it).
"""

from __future__ import annotations

import re

from incident_reader.core.facts import events
from incident_reader.core.facts.event_cues import is_event_sentence

_HEADS = events.alternation(nouns=events.INCIDENT_NOUNS)
# Words ending in "est" that are no superlative (a closed stoplist).
_NOT_SUPERLATIVE = frozenset(
    "arrest rest west test interest forest protest harvest request suggest quest nest chest guest "
    "crest unrest contest honest modest earnest inquest manifest invest digest attest detest "
    "conquest behest bequest priest midwest northwest southwest lest vest pest zest jest".split()
)
_SUPERLATIVE = re.compile(r"\b(?:worst|first|(?:most|least)\s+[a-z]+|(?P<est>[a-z]{2,}est))\b")
_COMPARATIVE = re.compile(
    r"\b(?!(?:rather|other|sooner)\b)(?:worse|more|fewer|less|[a-z]{3,}er)\s+(?:[a-z]+\s+){0,3}$"
)
_MARKER = re.compile(r"\b(?:since|than)\s+(?:(?:that|those)\s+of\s+|in\s+|at\s+|during\s+)?")
# The event's noun phrase: a determiner, up to five words, the event noun.
_PHRASE = re.compile(
    r"(?P<det>the|an?|that|(?:1[89]|20)\d\d['’]s|[A-Z][\w-]*['’]s)\s+"
    r"(?P<mods>(?:[\w'’-]+\s+){0,5}?)"
    rf"(?P<head>{_HEADS})\b",
    re.IGNORECASE,
)
_VERBS = events.alternation(verbs=(*events.TOLL_VERBS, "leave", "claim", *events.ONSET_VERBS))
# What the phrase is attached to: a relative or "when" clause, or a finite verb ("the Olten crash
# killed 31"), after at most a few words of its own ("of 1998", "near Olten", "21 years ago").
_LINK = re.compile(
    r"(?P<attach>(?:\s+[\w'’-]+){0,4}?)"
    r"(?:\s*,\s*|\s+)(?P<link>which|that|when|where|(?:in|during)\s+which|"
    rf"(?P<verb>{_VERBS}))\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:]")


def measured_incident(sentence: str) -> int | None:
    """Where an earlier incident this sentence measures its own by starts (its noun phrase),
    if the sentence tells one with its own clause; None otherwise."""
    lower = sentence.lower()
    if "since" not in lower and "than" not in lower:
        return None
    for m in _MARKER.finditer(sentence):
        clause = sentence[: m.start()]
        clause = clause[max((c.end() for c in _CLAUSE_END.finditer(clause)), default=0) :]
        if not _measures(clause.lower(), m.group(0).lower().startswith("since")):
            continue
        phrase = _PHRASE.match(sentence, m.end())
        if phrase is None:
            continue
        link = _LINK.match(sentence, phrase.end())
        if link is None or any(ch in link.group("attach") for ch in ",;:."):
            continue
        apart = (
            phrase.group("mods").strip()
            or phrase.group("det").lower() not in ("the", "that")
            or any(ch.isdigit() for ch in link.group("attach"))
        )
        if apart and is_event_sentence(sentence[link.start("link") :]):
            return phrase.start()
    return None


def _measures(clause: str, since: bool) -> bool:
    """Whether a clause ends in a measure of this incident against another: a superlative before
    "since" ("the deadliest attack since"), a comparative just before "than" ("higher than")."""
    if not since:
        return _COMPARATIVE.search(clause) is not None
    return any(
        m.group("est") is None or m.group("est") not in _NOT_SUPERLATIVE
        for m in _SUPERLATIVE.finditer(clause)
    )
