"""Who "the other N" are: after the set's dead in the same sentence, every survivor of it ("The
pilot died and the other three passengers were hurt": all the hurt, three); otherwise a part of a
count of their own kind told before ("three were hurt ... the other two were treated")."""

from __future__ import annotations

import re

from incident_reader.core.facts.predicates import HOSPITAL_FORMS, HOSPITAL_PLACE

# The casualty words of a clause before "the other N": a death form last means the rest are the
# survivors ("The pilot died and the other three passengers were hurt": all the hurt, 3).
_CASUALTY_WORD = re.compile(
    r"(?<![\w-])(?:(?P<death>died|dies|killed|dead|fatally(?:\s+(?:injured|wounded|hurt))?"
    r"|perished|succumbed|drowned|lost\s+(?:his|her|their)\s+lives?|passed\s+away"
    r"|breathed\s+(?:his|her|their)\s+last|gave\s+up\s+the\s+ghost)"
    r"|injur\w*|hurt|wounded|treated|hospital\w*|suffered|sustained)(?![\w-])",
    re.IGNORECASE,
)


def rest_are_survivors(text: str, start: int, *, at_hospital: bool = False) -> bool:
    """Whether the last casualty word before "the other N" in its sentence tells of deaths, so
    the rest are every survivor of the set, not a part of a count of their own kind
    (``at_hospital``: the hospital named before "where the others ..." is no such word)."""
    words = [
        w
        for w in _CASUALTY_WORD.finditer(text, 0, start)
        if not (at_hospital and w.group(0).lower().startswith("hospital"))
    ]
    return bool(words) and words[-1].group("death") is not None


# "The others were taken to X", "the rest have been admitted", and a hospital's relative clause
# "(at X,) where the others are receiving treatment": the rest of the victims, after those told
# of one by one or who died, are the hurt moved to or cared for in hospital.
_OTHERS = r"(?-i:[Tt])he\s+(?:others|rest|survivors)"
_OTHERS_MOVED = re.compile(
    rf"(?<![\w'’-]){_OTHERS}\s+(?:were|are|had\s+been|have\s+been)(?:\s+being)?\s+"
    rf"(?:(?:later|then|subsequently|all|\w+ly)\s+)?(?:{'|'.join(HOSPITAL_FORMS)})(?![\w-])",
    re.IGNORECASE,
)
_WHERE_OTHERS = re.compile(
    rf"{HOSPITAL_PLACE}[^.;:!?]{{0,80}}?\s+where\s+{_OTHERS}\s+(?:are|were|remain(?:ed)?)\s+"
    r"(?:(?:still|now|currently|all|being)\s+)*(?:receiving\s+(?:medical\s+)?(?:treatment|care)"
    r"|treated|recovering|admitted|on\s+admission|warded)(?![\w-])",
    re.IGNORECASE,
)


def others_in_hospital(text: str) -> tuple[int, int] | None:
    """Where a sentence that first tells of deaths says the rest of the victims went to or are
    cared for in hospital ("One died on the way and the others were taken to X")."""
    lower = text.lower()
    if "the others" not in lower and "the rest" not in lower and "the survivors" not in lower:
        return None
    m = _OTHERS_MOVED.search(text)
    if m is None and " where " in lower:
        m = _WHERE_OTHERS.search(text)
        if m is not None:
            at = lower.rindex(" where ", m.start(), m.end()) + 1
            return (at, m.end()) if rest_are_survivors(text, at, at_hospital=True) else None
    return (m.start(), m.end()) if m and rest_are_survivors(text, m.start()) else None
