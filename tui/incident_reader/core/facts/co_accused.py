"""One suspect per incident: the person a report names first as the suspect is the one it is
about; others named later as held or charged with them ("X, 24, is accused of driving the car
... Y, 19, and Z, 22, are charged with robbery") are co-accused, whose names and ages are not
the suspect's. A person whose own sentence tells no custody, charge or suspicion (named only,
"was identified as X", their role inferred from another sentence) is outranked by the first
person a later sentence holds ("The driver, Y, 45, was arrested").

Same person or not is told by the name's words (a surname told again is the same person); the
co-accused's age is the one told in their own mention (it starts where their name does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.role_words import SUSPECT_ROLE_NOUNS
from incident_reader.core.model import Fact

AGE = "suspect.age"
NAME = "suspect.name"


def drop_co_accused(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The facts without the names and ages of people named in a later sentence than the
    incident's first suspect who share no word of its name (a list in the suspect's own sentence,
    "X, 26, and Y, 24, were both charged", tells its people alike and stays)."""
    names = sorted((f for f in facts if f.kind == NAME and isinstance(f.value, str)),
                   key=lambda f: f.start)  # fmt: skip
    first: dict[str, Fact] = {}
    for f in names:
        lead = first.get(f.incident)
        if lead is None:
            first[f.incident] = f
        elif (
            not _held_in_sentence(text, lead)
            and _held_in_sentence(text, f)
            and _sentence_break(text, lead.end, f.start)
        ):
            first[f.incident] = f  # named only, then another held: the one held is the suspect
    drop: set[int] = set()
    for f in names:
        lead = first[f.incident]
        if f is lead:
            continue
        lead_words = set(str(lead.value).split())
        if lead_words & set(str(f.value).split()):
            continue  # the same person told again ("Le Sueur" after "Kieran Le Sueur")
        if _sentence_break(text, min(lead.end, f.end), max(lead.start, f.start)):
            drop.add(f.start)
    if not drop:
        return list(facts)
    return [f for f in facts if not (f.kind in (NAME, AGE) and f.start in drop)]


# A custody, a charge, a court step or a suspicion told in a sentence (any of its clauses).
_HELD = re.compile(
    r"(?<![\w-])(?:arrest\w*|detain\w*|detention|custody|charg(?:ed|es?|ing)|counts?\s+of|remand\w*"
    r"|held|accused|suspect\w*|booked|indicted|jailed|convicted|sentenced|pleaded|bail|court"
    r"|against|handcuff\w*|apprehended|surrendered|fled|wanted|investigat\w*"
    # a suspect's role noun: "Police identified the gunman as X"
    rf"|(?:{'|'.join(sorted(SUSPECT_ROLE_NOUNS, key=len, reverse=True))})s?)(?![\w-])",
    re.IGNORECASE,
)


def _held_in_sentence(text: str, f: Fact) -> bool:
    """Whether the sentence of ``f`` tells a custody, a charge or a suspicion."""
    lo = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start)) + 1
    ends = [i for i in (text.find(". ", f.end), text.find("\n", f.end)) if i >= 0]
    return _HELD.search(text, lo, min(ends, default=len(text))) is not None


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``."""
    between = text[start:end]
    return any(stop in between for stop in (". ", "? ", "! ", "\n"))
