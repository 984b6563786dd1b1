"""An institution that is the scene: "a riot erupted inside the Kelby Provincial Jail", "a fire
broke out on the first floor of Arpur District Hospital", "the blaze in the children's ward of the
Civil Hospital". A hospital, jail or court is most often where a sequel took someone ("taken to X
Hospital", "remanded to Y Prison"), so places() sets it aside; but where the onset's own verb or
noun reaches it through nothing but place phrases, the incident happened there.

"here" after such a site is the dateline's town (Indian and Philippine copy: "BHAVANPUR: ... the
District Hospital here"): the site's town is the dateline's.
"""

from __future__ import annotations

import re

from incident_reader.core.facts import events

_ONSET_WORD = re.compile(
    rf"(?<![\w-])(?:{events.alternation(events.ONSET_VERBS, events.ONSET_NOUNS)})"
    r"(?:\s+(?:out|up|dead))?(?![\w-])"
)  # lower case: "the Burns Unit" names a unit
# What may stand between the onset and the institution's preposition: place phrases only (a
# part of the site, a bracketed short name), no clause ("were taken to", "and died in"); and the
# people it broke out among ("a riot broke out among inmates (PDLs) at the X Jail").
_PLACE_PHRASES = re.compile(
    r"(?:\s+(?:in|inside|at|on|within|of|among|amongst)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+(?:\s+\([A-Z][A-Za-z]{1,7}\))?)*\s+$"
)
# A noun's onset told as found: "the blaze was reported at 2.30am in the ward of X Hospital".
_TOLD_FOUND = re.compile(
    r"\s+(?:was|were)\s+(?:first\s+)?(?:reported|discovered|spotted|noticed|detected)(?=\s)"
)
_NOT_A_PLACE_WORD = re.compile(
    r"\b(?:was|were|is|are|been|being|had|has|have|taken|rushed|admitted|treated|died|held"
    r"|remanded|and|but|after|before|when|while|who|which|that)\b",
    re.IGNORECASE,
)
ONSET_REACH = 90
_NOUNS = frozenset(w for n in events.ONSET_NOUNS for w in (n, f"{n}s"))
# What makes a verb's form a noun: a determiner or a preposition before it ("their burns", "died
# of burns"); after "to" only an -s form ("succumbed to burns"; "began to burn" stays a verb).
_DETERMINED = re.compile(r"\b(?:the|a|an|their|his|her|its|our|my|your|of|from|with)\s+$")
_TO_BEFORE = re.compile(r"\bto\s+$")
# Where the institution is reached from: a locative preposition, or a part's "of".
_SCENE_PREPOSITIONS = frozenset(("in", "inside", "at", "on", "within", "of"))


def onset_inside(text: str, start: int, prep: str | None) -> bool:
    """Whether the place phrase at ``start`` is where the onset told right before it happened:
    "erupted inside the X Jail", "broke out on the first floor of X Hospital"."""
    if prep not in _SCENE_PREPOSITIONS:
        return False
    lo = max(0, start - ONSET_REACH)
    last = None
    for m in _ONSET_WORD.finditer(text, lo, start):
        last = m
    if last is None:
        return False
    word = last.group(0).split()[0]
    if word not in _NOUNS and (
        _DETERMINED.search(text, lo, last.start())
        or (word.endswith("s") and _TO_BEFORE.search(text, lo, last.start()))
    ):
        return False  # "succumbed to (their) burns at the hospital": a verb's form as a noun
    at = last.end()
    if told := _TOLD_FOUND.match(text, at, start):
        at = told.end()
    between = text[at:start]
    return (
        _PLACE_PHRASES.fullmatch(between) is not None and _NOT_A_PLACE_WORD.search(between) is None
    )


_HERE = re.compile(r"\s+here\b(?!\s+(?:is|are|was|were)\b)")
# A dateline opening the sentence: "BHAVANPUR:", "BAGONG LUSONG, Nueva Marcela —", "KELBY (PTI)".
_DATELINE = re.compile(
    r"^\s*(?P<town>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?=\s*(?:[,:(]|[—–-]\s))"
)


def dateline_town(text: str, end: int) -> str | None:
    """The dateline's town when "here" follows the site ending at ``end``, in lower case."""
    if not _HERE.match(text, end):
        return None
    m = _DATELINE.match(text)
    return m.group("town").lower() if m else None
