"""One suspect per incident: the person a report names first as the suspect is the one it is
about; others named later as held or charged with them ("X, 24, is accused of driving the car
... Y, 19, and Z, 22, are charged with robbery") are co-accused, whose names and ages are not
the suspect's.

Same person or not is told by the name's words (a surname told again is the same person); the
co-accused's age is the one told in their own mention (it starts where their name does).
"""

from __future__ import annotations

from collections.abc import Sequence

from incident_reader.core.model import Fact

AGE = "suspect.age"
NAME = "suspect.name"


def drop_co_accused(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The facts without the names and ages of people named in a later sentence than the
    incident's first suspect who share no word of its name (a list in the suspect's own sentence,
    "X, 26, and Y, 24, were both charged", tells its people alike and stays)."""
    first: dict[str, Fact] = {}
    drop: set[int] = set()
    for f in sorted((f for f in facts if f.kind == NAME), key=lambda f: f.start):
        if not isinstance(f.value, str):
            continue
        lead = first.get(f.incident)
        if lead is None:
            first[f.incident] = f
            continue
        lead_words = set(str(lead.value).split())
        if lead_words & set(f.value.split()):
            continue  # the same person told again ("Le Sueur" after "Kieran Le Sueur")
        if _sentence_break(text, lead.end, f.start):
            drop.add(f.start)
    if not drop:
        return list(facts)
    return [f for f in facts if not (f.kind in (NAME, AGE) and f.start in drop)]


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``."""
    between = text[start:end]
    return any(stop in between for stop in (". ", "? ", "! ", "\n"))
