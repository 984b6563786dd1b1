"""The suspect and a companion held with them: "Berg and a 16-year-old passenger were arrested"
holds two, and the passenger's age is not the suspect's.

A sentence may tell the suspect by a surname alone once the report has named them ("Marta Berg,
41, ... Berg and a teenager were detained"); the surname is a word of a suspect's name told
before (the same person told again), so the arrest the companion's phrase was counted by gains
its first conjunct. An age told inside the phrase joined after the suspect's name or surname
("X and a 16-year-old", "X, 41, along with a 15-year-old") is the companion's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from incident_reader.core.model import Fact

ARRESTS = "arrests"
NAME = "suspect.name"
AGE = "suspect.age"

# What joins a companion to the person named before it, up to the companion's determiner.
_JOINED = re.compile(
    r"(?P<who>(?-i:[A-Z])[\w'’-]+)(?:\s*,\s*(?:aged\s+)?\d{1,2}\s*,|\s*\(\d{1,2}\))?\s*,?\s+"
    r"(?:and|along\s+with|together\s+with)\s+(?:(?:an?|the|his|her|their|one)\s+)?$",
    re.IGNORECASE,
)
_REACH = 80  # characters before a fact that its joined name may take


def _joined_name(text: str, at: int) -> re.Match[str] | None:
    """The name word right before a companion's phrase starting at ``at``, with its join."""
    lo = max(0, at - _REACH)
    cut = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at), text.rfind(";", lo, at))
    return _JOINED.search(text, cut + 1 if cut >= 0 else lo, at)


def named_companions(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """Arrests of a companion joined to a suspect told by surname counted with the suspect, and
    the companion's age no age of the suspect's."""
    names = [f for f in facts if f.kind == NAME and isinstance(f.value, str)]
    if not names:
        return list(facts)
    out: list[Fact] = []
    for f in facts:
        if f.kind not in (ARRESTS, AGE):
            out.append(f)
            continue
        m = _joined_name(text, f.start)
        said = m.group("who").lower() if m else ""
        known = [n for n in names if n.incident == f.incident and said in str(n.value).split()]
        if not m or not known:
            out.append(f)
            continue
        if f.kind == AGE and not f.text[:1].isupper():
            continue  # "Berg and a 16-year-old passenger": the passenger's age
        if f.kind == AGE:
            out.append(f)  # "Khan, 26, and Omar Rauf, 24": a named companion keeps their age
            continue
        first = min(n.start for n in known)
        if (
            f.value == 1 and first < m.start() and not any(n.start == m.start() for n in names)
        ):  # a surname told again, not the name this sentence gives in full
            start = m.start()
            out.append(replace(f, value=2, start=start, text=text[start : f.end]))
            continue
        out.append(f)
    return out
