"""Hospital counts that are no patients: the dead moved to a morgue ("The deceased, four men and
a woman, were taken to the mortuary of the district hospital"), and the hurt told as a group sent
both to a hospital and to a lesser care post ("The injured were taken to X Hospital and to the
health centre in Y"), which tells no number for the hospital; and the whole hurt group's count
where the report tells the group's admitted share in a number ("Six of them were admitted")."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.numbers import COUNT
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import Fact

HOSPITALISED = "casualties.hospitalised"

# Where only the dead are taken.
_MORGUE = re.compile(
    r"\b(?:morgues?|mortuar(?:y|ies)|funeral\s+homes?|chapels?\s+of\s+rest)\b", re.I
)
# A subject that names the dead: "The deceased", "the bodies", "their remains", "the dead".
_DEAD_SUBJECT = re.compile(
    r"(?:the|their|his|her|all(?:\s+the)?)\s+(?:(?:\w+)\s+)?"
    r"(?:deceased|dead|bod(?:y|ies)|remains|corpses?)(?![\w'’-])",
    re.IGNORECASE,
)
# The hurt told as a group whose destinations join a hospital and a care post that admits no one:
# "... to Kiro Hospital and to the health centre in Mbala", "... and the Dano health post".
_CARE_POST = re.compile(
    r"\band\s+(?:to\s+|at\s+)?(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:health\s+(?:centre|center|post|clinic)s?|first[\s-]aid\s+posts?|dispensar(?:y|ies)"
    r"|field\s+clinics?)(?![\w-])",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"^\s*(?:(?:all\s+)?(?:the|those))\s+(?:[a-z]+ly\s+)?(?:injured|wounded|hurt|casualties)\b",
    re.IGNORECASE,
)


def no_patients(sentence: Sentence, found: list[Found]) -> list[Found]:
    """``found`` without the hospital counts of the dead or of a group split between a hospital
    and a care post (the hurt and killed counts stay)."""
    if not any(f.kind == HOSPITALISED for f in found):
        return found
    text, base = sentence.text, sentence.start
    out = []
    for f in found:
        if f.kind == HOSPITALISED:
            span = text[max(0, f.start - base) : f.end - base]
            clause = re.split(r"[.;]", text[max(0, f.start - base) :], maxsplit=1)[0]
            if _MORGUE.search(span) or _DEAD_SUBJECT.match(span):
                continue  # the dead's bodies, not patients
            if _GROUP.match(span) and _CARE_POST.search(clause):
                continue  # how many of the group the hospital took is not told
        out.append(f)
    return out


def within(bound: object, count: object) -> bool:
    """Whether an open lower bound adds nothing to an exact count told before: "Among the wounded
    is a boy" (at least one) after "27 were wounded" is still the 27."""
    return (
        isinstance(bound, dict)
        and bound.get("max") is None
        and isinstance(count, int)
        and isinstance(bound.get("min"), int)
        and bound["min"] <= count
    )


# The group's admitted share, kept where the group was taken: "Six of them were admitted", "nine
# of whom were kept in", "Four of those were hospitalised" (not moved on: "later flown to Y").
_ADMITTED_SHARE = re.compile(
    rf"(?:{COUNT})\s+of\s+(?:them|whom|those|these)\s+(?:were|was|are|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:admitted|kept|detained|hospitali[sz]ed|warded)\b",
    re.IGNORECASE,
)


def told_counts_first(facts: Sequence[Fact], grouped: Set[int], main: str) -> list[Fact]:
    """Without the hospital counts read from "the injured were taken to X" (the whole hurt count,
    at ``grouped`` starts) where the report counts its hospital patients in numbers of its own:
    "The wounded were rushed to X. Six of them were admitted" tells six, not all the wounded."""
    if not grouped:
        return list(facts)
    told = any(
        f.kind == HOSPITALISED
        and f.incident == main
        and f.start not in grouped
        and isinstance(f.value, int)
        and f.value > 1
        and _ADMITTED_SHARE.match(f.text)
        for f in facts
    )
    if not told:
        return list(facts)
    return [f for f in facts if not (f.kind == HOSPITALISED and f.start in grouped)]
