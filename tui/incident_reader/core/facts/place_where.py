"""A "where" clause that tells the incident makes the place before it the scene, and a site its
own clause names lies in that place.

"We go to Kelby, where a bus overturned at the old market square this morning": the square, in
Kelby. "The owner of the sawmill in Tarn where a boiler burst, killing two, was fined": the sawmill,
in Tarn, though the sentence's subject is a person of the sawmill. Read by places.py.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.event_cues import tells_onset, tells_sequel
from incident_reader.core.facts.place_names import _NAME, PLACE, _trim
from incident_reader.core.facts.place_premises import PREMISES_HEADS
from incident_reader.core.facts.vocabulary import SITE_WORDS, TRADE_PREMISES

# The nouns a site of a town is headed by ("the village railway station", "a scrap-metal yard");
# a word of the whole scene is no site of it ("the area", "the scene").
_HEADS = tuple(
    sorted(
        {w.split()[-1] for w in (*SITE_WORDS, *PREMISES_HEADS, *TRADE_PREMISES)}
        - {"site", "premises", "venue", "property", "unit", "units", "estate", "block"}
        - {"hospital", "clinic", "infirmary", "centre", "center", "office"},
        key=lambda w: (-len(w), w),
    )
)
_HEAD = rf"(?:{'|'.join(_HEADS)})"
# lower-case modifiers of the site, never a function word or a verb's form
_MOD = r"(?!(?:of|and|or|in|at|on|to|by|with|from|that|which|who|where|when)\b)[a-z][\w-]*"
# The clause "where" opens, up to the sentence's end or a clause of its own after a semicolon
# (read so far only: a sentence of a thousand "where"s is read in linear time).
_WHERE = re.compile(
    r"\s*(?:,\s*(?:a|an|the)\s+[^,;:.!?]{1,80}?)?,?\s+where\s+(?P<clause>[^;:!?]{1,300})"
)
# In that clause, the site its event happened at: "derailed in the village railway station".
_SITE_IN_CLAUSE = re.compile(
    rf"(?<![\w-])(?:in|at|inside|outside|on|near|into)\s+the\s+"
    rf"(?P<site>(?:{_MOD}\s+){{0,2}}?{_HEAD})(?![\w-])(?!\s+(?:of|in|at)\s+(?:the\s+)?[A-Z])"
)
_LEADING_PREPOSITION = re.compile(r"^(?:in|at|on|near)\s+")
# A site of a town that a "where" clause follows: "the sawmill in Tarn where a boiler burst".
_SITE_WHERE = re.compile(
    rf"(?<![\w-])(?:the|a|an)\s+(?P<site>(?:{_MOD}\s+){{0,2}}?{_HEAD})\s+(?:in|at|of)\s+"
    rf"(?P<town>{_NAME})\s*,?\s+where\s+(?P<clause>[^;:!?]{{1,300}})"
)


def where_sites(text: str, base: int, found: list[Found]) -> list[Found]:
    """``found`` with a bare town that a "where" clause of the incident follows made the site
    that clause names in it, and the sites of a town a "where" clause follows that no rule read."""
    if "where" not in text:
        return found
    out = list(found)
    for i, f in enumerate(out):
        if "," in str(f.value):
            continue  # a site already: "the X Arms, kelby"
        m = _WHERE.match(text, f.end - base)
        if m is None or not _tells_incident(m.group("clause")):
            continue
        site = _SITE_IN_CLAUSE.search(m.group("clause"))
        if site is None or any(
            base + m.start("clause") <= g.start < base + m.end("clause") for g in out
        ):
            continue  # no site, or the clause names its own place
        at = m.start("clause") + site.start()
        town = _LEADING_PREPOSITION.sub("", str(f.value))  # "In Kelby, where ...": the town
        value = f"{site.group('site')}, {town}"
        out[i] = Found(PLACE, value, base + at, base + m.start("clause") + site.end())
    for m in _SITE_WHERE.finditer(text):
        town_at, town = _trim(m.group("town"), m.start("town"))
        if not town or not _tells_incident(m.group("clause")):
            continue
        lo, hi = base + m.start(), base + town_at + len(town)
        inside = [g for g in out if g.start < hi and g.end > lo]
        if any(g.value != town.lower() for g in inside):
            continue  # a rule read the site already
        value = f"{m.group('site')}, {town.lower()}"
        out = [g for g in out if g not in inside]  # the town alone yields to its site
        out.append(Found(PLACE, value, min([lo, *(g.start for g in inside)]), hi))
    return sorted(out, key=lambda g: g.start)


def _tells_incident(clause: str) -> bool:
    """Whether a "where" clause tells the incident, not its sequel ("where she was flown after
    the crash", "where he had been treated since the blast")."""
    return tells_onset(clause) and not tells_sequel(clause)
