"""The members of a group held: the first person a list names after an arrest of two or more.

"Three people were detained on Friday: the bakery's owner, Tomas Reyes, 52, and two of his
staff", "Police held two men, site foreman Luka Horvat (44) and a crane operator", "ordered the
detention of two officials - the deputy mayor and the engineer Dr. Hana Kovac": whoever the list
names is one of those held, so a suspect, whatever role word stands before the name (the first
named, as a report's suspect is coded). The list is the arrest's own apposition (inside its
span, after a comma) or follows it after a colon, a dash or "among them"; it is read only up to
its end (a semicolon, the sentence's end, a relative, a purpose phrase), and a list that runs
into a verb ("... - police said the victim, X, was ...") is a clause of its own, not a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.numbers import ORDINAL
from incident_reader.core.facts.role_ages import AGE, NAME
from incident_reader.core.facts.role_mentions import _mentions
from incident_reader.core.facts.text import Sentence

_I = re.IGNORECASE
# Between the arrest and its list: a short stretch of time or place words, then the list's mark.
_OPENER = re.compile(
    r"(?P<gap>[^.;:()\[\]—–,]{0,60}?)"
    r"(?:\s*:\s*|\s+-\s+|\s*[—–]\s*|\s*,\s*(?:among\s+them|including|namely)\s+)",
    _I,
)
# A list set off by a comma right after the group ("detained two people, boiler operator X (born
# 1988) and the firm's manager"), not a clause joined by one (", and", ", injuring", ", police").
_COMMA_LIST = re.compile(
    r"(?P<gap>)\s*,\s+(?!(?:and|but|or|while|as|after|before|when|then|police|officers|both"
    r"|all|each|one|none|it|he|she|they|[a-z]+ing|[a-z]+ed)(?![\w’'-]))",
    _I,
)
# Where a list ends: a semicolon, the sentence's end, a member's relative clause, a purpose or
# reason phrase after a comma ("..., for questioning", "..., pending investigation").
_LIST_END = re.compile(
    r"\s*;|\s*[.!?]?[\s\"”’']*$|\s*,?\s+(?:who|whose|which|whom)\b"
    r"|\s*,\s*(?:for|pending|on|over|in\s+connection|under|after|following)\s",
    _I,
)
# A finite verb: the stretch holding it is a clause, not a list of the held.
_VERB = re.compile(
    r"(?<![\w’'-])(?:said|says|say|told|tells|added|confirmed|was|were|is|are|has|have|had"
    r"|will|would|died|remains?|remained)(?![\w’'-])",
    _I,
)
# An ordinal in the arrest: "a second person", "the third arrest" count those held so far.
_ORDINAL = re.compile(rf"(?<![\w-])(?:{ORDINAL})(?![\w-])", _I)
_KEYS = ("arrest", "detain", "detention", "held", "hold", "custod", "charg", "nabb", "appreh")


def _list_spans(text: str, held: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The stretches of ``text`` that list the members of each held group (where the group
    starts, where its list starts, where the list ends)."""
    out: list[tuple[int, int, int]] = []
    for start, end in held:
        if _ORDINAL.search(text, start, end):
            continue  # "arrested a second person, X": one more held, no group of two
        comma = text.find(",", start, end)
        if comma >= 0:
            out.append((start, comma, end))  # "detained two men, X (44) and a driver"
        opener = _OPENER.match(text, end) or _COMMA_LIST.match(text, end)
        if opener is None or _VERB.search(opener.group("gap")):
            continue
        stop = _LIST_END.search(text, opener.end())
        list_end = stop.start() if stop else len(text)
        if list_end > opener.end() and not _VERB.search(text, opener.end(), list_end):
            out.append((start, opener.end(), list_end))
    return out


def held_members(
    sentence: Sentence, arrests: Sequence[Found], named: Sequence[Found] = ()
) -> list[Found]:
    """The suspect name and age of the first person named in a list of the members of a group
    of two or more held, where the sentence's ``named`` suspects hold none of that list (the
    first named is the one a report's suspect is coded by, as for "X, 39, and his brother Y")."""
    if not any(k in sentence.lower for k in _KEYS):
        return []
    text, base = sentence.text, sentence.start
    groups = [
        (f.start - base, f.end - base)
        for f in arrests
        if isinstance(f.value, int) and f.value >= 2 and f.start >= base
    ]
    spans = _list_spans(text, groups) if groups else []
    if not spans:
        return []
    told = [f.start - base for f in named if f.kind == NAME]
    out: list[Found] = []
    mentions = [m for m in _mentions(text) if any(a.name for a in m)]
    for group, lo, hi in spans:
        if any(group <= at < hi for at in told):
            continue  # the group's suspect is already named ("the owner X, 47, and his manager, Y")
        inside = [m for m in mentions if lo <= m[0].start and m[-1].end <= hi]
        if not inside:
            continue
        mention, first = inside[0], inside[0][0]
        for a in mention:
            if a.age is not None:
                at = first.start if a.start > first.start and first.name else a.start
                out.append(Found(AGE, a.age, base + at, base + a.end))
            if a.name is not None:
                out.append(Found(NAME, a.name, base + a.start, base + a.end))
        told.append(first.start)
    return out
