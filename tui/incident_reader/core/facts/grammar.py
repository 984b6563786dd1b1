"""The grammar of counted people as regex fragments: nouns, modifiers, appositives, auxiliaries.

Shared by the counting rules (counting.py, lists.py) and the extractors that name people.
"""

from __future__ import annotations

from incident_reader.core.facts.lexicon import PEOPLE_NOUNS, PERSON_ADJECTIVES
from incident_reader.core.facts.numbers import ORDINAL, _alt

_NAME_WORD = r"[A-Z][a-z][\w'’-]*"
PERSON_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
NOUN = rf"(?:{_alt(PEOPLE_NOUNS)})(?![\w-])"
ADJ = rf"(?:(?:{_alt(PERSON_ADJECTIVES)}|\d+-year-old|[a-z]+-aged)\s+)"
# At most one plain lower-case modifier right before the noun ("three teenage boys").
MOD = (
    rf"(?:(?!(?:has|have|had|was|were|is|are|and|or|who|that|of|the|a|an|been|{ORDINAL})\s)"
    r"(?-i:[a-z][a-z-]+)\s+)?"
)
GROUP = r"(?>of\s+(?:the|them|whom|those)(?:\s+(?:injured|hurt|wounded|victims|casualties|dead))?)"
# What may stand between a counted noun and its verb: ", aged 26,", " in her sixties", " - including
# children -", " (two adults)", " who", and auxiliaries.
APPOS_BODY = (
    r"(?:\s*,\s*(?:aged\s+)?\d{1,2}(?:\s+and\s+\d{1,2})?\s*,|\s*,\s*(?:both|all)\s+(?:\w+\s+){0,3}?\w+\s*,"
    r"|\s+in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+|mid-)?[\w-]+"
    r"|\s+aged\s+\d+(?:\s+and\s+\d+)?|\s+[-–—][^-–—.\n]{1,40}[-–—]|\s+\([^)\n]{1,40}\)"
    r"|\s*,\s*who\s+(?:is|are|was|were)\s+[^,.\n]{1,50},"
    r"|\s*,\s*(?:identified|named|described|believed|understood)\s+[^,;.\n]{1,60},"
    r"|\s*,\s*(?:an?|the)\s+[^,;.\n]{1,50},"
    r"|\s+who\s+(?!(?:was|were|is|are|had|has)\b)[^,.;\n]{1,40}?(?=\s+(?:has|have|had|was|were)\s)"
    r"|\s*,?\s+including\s+[^,.;\n]{1,50}?(?=,?\s+(?:has|have|had|was|were)\s)"
    r"|\s+(?:from|of)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2})"
)
APPOS = rf"(?:{APPOS_BODY}(?:\s*,)?)?"
AUX = (
    r"(?:\s+(?:have|has|had|were|was|are|is|been|being|reportedly|also|now|later|all|both|so\s+far"
    r"|in\s+total|who|that|understood\s+to\s+have|believed\s+to\s+have|thought\s+to\s+have"
    r"|said\s+to\s+have|found\s+to\s+have|confirmed|(?:struck|hit|knocked\s+down)\s+and|seriously|critically|badly|slightly|remains|remained"
    r"|since|subsequently|then|initially))*"
)
