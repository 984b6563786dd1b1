"""A report that gives its suspect's age twice, differently: the later statement is the report's.

Copy that calls the driver "a 31-year-old man" in the lead and "Corin Maddox, 32" further down has
corrected itself (or slipped); either way its final statement is the later one, as a live blog's
is its latest entry. Letting the other reports' figure break the tie instead would pair the
report's stale age with theirs and paint a disputed age as agreed.

Two limits keep the rule to one person's age told twice:
- ages further apart than ``AGE_SLIP_YEARS`` are more likely two people (a cousin "Sami Haddad,
  35" beside the suspect's 41): left to the tally of mentions;
- a bare "the 23-year-old" (no name or noun after it: "named the 23-year-old as ...") refers back
  to someone the reader must infer; it does not state the suspect's age against a named one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.align.values import parse_age
from incident_reader.core.model import Fact

AGE_SLIP_YEARS = 3  # one person's age misstated: 27 and 28, 52 and 55; further apart, two people
# "the 23-year-old" standing as a noun: the next token is punctuation or a closed-class word
# (preposition, auxiliary, conjunction, relative), never a name or a noun it modifies.
_AGE_NOUN = re.compile(r"year[- ]old$", re.IGNORECASE)
_BARE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\]\"”’']|[—–]|-\s"
    r"|(?:as|from|of|in|at|on|with|who|whom|whose|which|that|was|is|were|had|has|have|will"
    r"|would|could|and|or|but|to|for|by|after|before|when|while|since|remains|remained)\b)",
    re.IGNORECASE,
)


def _bare(fact: Fact, text: str) -> bool:
    return bool(_AGE_NOUN.search(fact.text)) and _BARE_AFTER.match(text, fact.end) is not None


def restated_age(facts: Sequence[Fact], text: str) -> Fact | None:
    """The later of a report's exact suspect ages that differ by at most ``AGE_SLIP_YEARS``
    (bare back-references left out); None when they are further apart or not all exact."""
    ages = {}
    for f in facts:
        span = parse_age(f.value)
        if span is None or not span.exact:
            return None
        ages[id(f)] = span.lo
    stated = [f for f in sorted(facts, key=lambda f: f.start) if not _bare(f, text)]
    if not stated:
        return None
    last = ages[id(stated[-1])]
    if all(abs(ages[id(f)] - last) <= AGE_SLIP_YEARS for f in stated):
        return stated[-1]
    return None
