"""One person's story inside a report is not its toll.

A feature follows one of the hurt: "Speaking outside the hospital, where he was being treated
for broken ribs, he said ...". The clause counts one person told by a pronoun; where the same
incident's report counts more of the hurt or of those taken to hospital (of any of the two
kinds: the hurt are at least those in hospital), that person is one of them, not an injured
count of one that a comparison would set against the report's 50.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.casualties import HOSPITALISED, INJURED
from incident_reader.core.facts.totals import count_low
from incident_reader.core.model import Fact

HURT_KINDS = (INJURED, HOSPITALISED)
PRONOUN_REACH = 40  # how far before a fact its clause's pronoun subject may stand
# A personal pronoun opening the clause that holds the fact: "where he was being treated",
# ", and she was taken to", "He suffered ..." (never "a man", a name or a count).
_PRONOUN_CLAUSE = re.compile(
    r"(?:^|[.;:,]\s*|\b(?:where|and|but|after|as|while|when)\s+)(?:he|she)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)

_PRONOUN_FIRST = re.compile(r"(?:he|she)\b", re.IGNORECASE)
# One person told back by a definite noun in the pluperfect, the state before what befell them:
# "The man had been receiving treatment in hospital but ...", "The 80-year-old had been taken
# to hospital" (a singular head: never "the others had been", "the rest", "the passengers").
_DEFINITE_BEFORE = re.compile(
    r"(?:the|this)\s+(?:[\w’'-]+\s+){0,2}?(?!(?:others?|rest|remainder)\b)\w[\w’'-]*(?<!s)"
    r"\s+had\s+(?:already\s+)?been\b",
    re.IGNORECASE,
)


def drop_one_of_many(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The facts without a count of one told of a pronoun where the same incident counts more
    of the hurt or of those in hospital."""
    largest: dict[str, int] = {}
    for f in facts:
        low = count_low(f)
        if f.kind in HURT_KINDS and low > 1:
            largest[f.incident] = max(largest.get(f.incident, 0), low)
    if not largest:
        return list(facts)
    out: list[Fact] = []
    for f in facts:
        if f.kind in HURT_KINDS and f.value == 1 and f.incident in largest:
            subject = text[max(0, f.start - PRONOUN_REACH) : f.start]
            if _PRONOUN_CLAUSE.search(subject) or _PRONOUN_FIRST.match(f.text):
                continue  # one of the report's hurt, told by a pronoun
            if f.kind == HOSPITALISED and _DEFINITE_BEFORE.match(f.text):
                continue  # "The man had been receiving treatment in hospital": told back
        out.append(f)
    return out
