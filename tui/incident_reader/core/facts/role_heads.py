"""The suspect known by a role noun told across sentences: once a clause holds a definite person
noun responsible ("opened criminal proceedings against the site manager", "Police want to
question the landlord", "The operator has been arrested"), a later mention of the same noun with
an age ("The manager, 52,", "the 52-year-old site manager", "The landlord, who is in his 60s,")
gives the suspect's age.

The role noun is any lower-case head (open class: guide, operator, contractor, skipper); what
makes it the suspect's is the clause's structure around it, never the noun itself. Victims' and
witnesses' nouns (role_words.VICTIM_NOUNS) are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.role_ages import _I, AGE, _ages, _words
from incident_reader.core.facts.role_words import VICTIM_NOUNS
from incident_reader.core.model import Fact


# A definite noun phrase ending in its head, then what may follow a head.
def _np(group: str) -> str:
    return (
        r"(?:the|its|his|her|their)\s+(?!missing\b|lost\b|stranded\b|trapped\b|injured\b)"
        rf"(?:[a-z][\w’'-]*\s+){{0,2}}?(?P<{group}>[a-z][\w-]{{2,}})"
    )


_HEAD_END = r"(?=\s+(?:who|that|of|on|over|for|in|after|at|and|was|is|has|had)\b|\s*[,.;])"
# Where a clause holds the noun's person responsible.
_TARGETED = re.compile(
    # the one a case or proceedings are brought against
    r"(?<![\w-])(?:proceedings|case|cases|charges?|complaint|investigation)\s+(?:[\w-]+\s+){0,3}?"
    rf"against\s+{_np('head')}{_HEAD_END}"
    # the object of police questioning or search
    r"|(?<![\w-])(?:police|officers|detectives|investigators|prosecutors|agents)\s+(?:[\w’'-]+\s+)"
    r"{0,3}?(?:question(?:ed|ing)?|interview(?:ed|ing)?|quizz?(?:ed|ing)?|(?:looking|searching"
    rf"|hunting)\s+for)\s+{_np('obj')}{_HEAD_END}"
    # the subject of a custody step or an investigation: "The operator has been arrested"
    rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:T)he\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?P<subj>[a-z][\w-]{{2,}})"
    r"\s+(?:(?:has|had|have|was|were|is|been|being|later|also|now|since)\s+)+"
    r"(?:arrested|detained|charged|taken\s+into\s+custody|under\s+(?:criminal\s+)?investigation"
    r"|investigated\s+(?:for|over|on\s+suspicion))(?![\w-])",
    _I,
)
_NOT_HEADS = frozenset(
    (*VICTIM_NOUNS, "man", "woman", "person", "people", "one", "two", "three", "case", "group",
     "incident", "crash", "collapse", "accident", "fire", "death", "deaths", "matter", "company",
     "firm", "police", "authorities", "boy", "girl", "child", "children", "toddler", "baby",
     "body", "bodies", "family", "families")
)  # fmt: skip


def role_head_ages(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """The age of the person a role noun names after a clause held that noun responsible, when
    the report has told no suspect's age."""
    if any(f.kind == AGE for f in facts):
        return []
    for m in _TARGETED.finditer(text):
        head = (m.group("head") or m.group("obj") or m.group("subj") or "").lower()
        if not head or head in _NOT_HEADS or head.endswith("s") and head[:-1] in _NOT_HEADS:
            continue
        found = _aged_mention(text, head, m.end())
        if found:
            return [found]
    return []


def _aged_mention(text: str, head: str, after: int) -> Found | None:
    """The first later definite mention of ``head`` that carries an age: an apposition ("The
    guide, 44,", "The guide, who is in his 40s,") or a premodifier ("the 44-year-old guide")."""
    pattern = re.compile(
        rf"(?<![\w-])the\s+(?:(?P<pre>\d{{1,2}}-year-old)\s+)?(?:[a-z][\w’'-]*\s+){{0,2}}?"
        rf"(?:{_words((head,))})(?P<post>\s*,\s+(?:who\s+is\s+)?(?:aged\s+)?[^,;.]{{1,24}}?(?=[,;.]))?",
        _I,
    )
    for m in pattern.finditer(text, after):
        span = m.group(0)
        for a in _ages(span):
            if a.age is None:
                continue
            return Found(AGE, a.age, m.start() + a.start, m.start() + a.end)
    return None
