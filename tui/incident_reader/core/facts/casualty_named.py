"""A person the report lists among its casualties is no suspect: "the ox-cart which was being
driven by X aged 56 ... The deceased have been identified as X aged 56, Y aged 49 and ...", "The
victims were named as X and Y", "Among the dead is X". The name (and the age its mention gives)
is set aside wherever else the report told it in a suspect's role.

Only a listing of the casualties counts, not a death told of the person alone ("the gunman, X,
died at the scene" keeps X the suspect).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.model import Fact

AGE = "suspect.age"
NAME = "suspect.name"

# A listing of the casualties, up to the names it gives: "The deceased have been identified as",
# "The victims were named by police as", "Those killed were", "Among the dead are", "The dead
# include", "The injured, who were named as".
_CASUALTY_LIST = re.compile(
    r"(?<![\w-])(?:(?:the\s+)?(?:deceased|dead|victims?|casualties|fatalities|injured"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:dead|victims|deceased))"
    r"|those\s+(?:who\s+)?(?:killed|died|injured|hurt|hospitali[sz]ed))"
    r"(?:\s*,\s*(?:who|whose)[^,.;]{0,60},)?"
    r"\s+(?:(?:have|has|had)\s+been\s+|were\s+|was\s+|are\s+|is\s+)?"
    r"(?:(?:identified|named|listed|given)\s+(?:[\w-]+\s+){0,3}?as|include[ds]?|including)\b"
    r"|(?<![\w-])among\s+(?:the\s+)?(?:dead|deceased|victims|casualties|injured|those\s+killed)"
    r"\s+(?:is|are|was|were)\b",
    re.IGNORECASE,
)
_WORD_END = re.compile(r"[\w’'-]")
# A role word of the suspect's between the listing and the name gives the list to another.
_ROLE_BETWEEN = re.compile(
    r"(?<![\w-])(?:suspect|accused|driver|arrested|charged|detained|custody)(?![\w-])",
    re.IGNORECASE,
)


def drop_listed_casualties(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The facts without the suspect names (and the ages told with them) of people the report
    lists among its casualties in another place (a sentence of its own or a later clause)."""
    names = [f for f in facts if f.kind == NAME and isinstance(f.value, str)]
    if not names or not _CASUALTY_LIST.search(text):
        return list(facts)
    drop: set[int] = set()
    for f in names:
        words = text[f.start : f.end].split()
        surname = words[-1].strip(".,") if words else ""
        if len(surname) < 3 or not surname[0].isupper():
            continue  # an initial ("Peter de V.") is no word to find again
        at = text.find(surname)
        while at >= 0:
            whole = not _WORD_END.match(text, at + len(surname)) and (
                at == 0 or not _WORD_END.match(text, at - 1)
            )
            if whole and not f.start <= at < f.end and _listed_as_casualty(text, at):
                drop.add(f.start)
                break
            at = text.find(surname, at + 1)
    if not drop:
        return list(facts)
    return [f for f in facts if not (f.kind in (NAME, AGE) and f.start in drop)]


def _listed_as_casualty(text: str, at: int) -> bool:
    """Whether the name at ``at`` stands in a listing of the casualties of its own sentence."""
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("; ", 0, at)) + 1
    lists = list(_CASUALTY_LIST.finditer(text, lo, at))
    if not lists:
        return False
    return _ROLE_BETWEEN.search(text, lists[-1].end(), at) is None
