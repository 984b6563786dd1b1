"""The hurt shared out among places of care, counted by the parts told right after.

"The injured were taken to three different hospitals. Four are at X, two at Y and two at Z", or
"The wounded were evacuated to the following facilities:" and a list of "- X: 5 persons" lines:
the group is moved as a whole and the parts that follow count it, so the hospital count is the
sum of the parts, told where the group is moved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.numbers import COUNT, parse_count
from incident_reader.core.facts.text import Sentence

HOSPITALISED = "casualties.hospitalised"

# The words the group is named by (a sentence without one is not read further).
_GROUPS = ("injured", "wounded", "hurt", "casualties", "patients")
# The group moved (the hurt by a definite plural) to a number of places, or to "the following"
# ones: any participle of moving ("taken", "evacuated", "distributed", "flown", "brought").
_SHARED_OUT = re.compile(
    r"(?<![\w'’-])(?:(?-i:T)he|the|(?-i:A)ll|all|(?-i:T)hose|those)\s+(?:(?-i:[a-z]+ly)\s+)?"
    rf"(?:{'|'.join(_GROUPS)})\s+"
    r"(?:were|are|was|ha(?:d|ve)\s+(?:(?:since|now|all|already)\s+)?been)\s+"
    r"(?:(?:later|then|all|since|(?-i:[a-z]+ly))\s+)?"
    r"(?-i:[a-z]+(?:ed|en|wn|nt|ght))\s+(?:out\s+)?(?:to|into|between|among|across)\s+"
    r"(?:the\s+following(?P<fol>(?:\s+[\w-]+)?\s+(?-i:[a-z]+s))"
    rf"|(?P<n>{COUNT})\s+(?:(?:different|separate|various)\s+)?(?:[\w-]+\s+)?(?-i:[a-z]+s))"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# One part in prose, a clause of its own: a count, what is said of it, and a place by its name
# ("four are at X", "two at Y", "and two were transferred this afternoon to Z").
_PROSE_PART = re.compile(
    rf"\s*(?:and\s+)?(?P<n>{COUNT})\s+(?:(?:people|persons|patients|others|of\s+them)\s+)?"
    r"(?:(?:are|were|is|was|have\s+been|had\s+been|remain)\s+)?(?:(?-i:[a-z][\w'’-]*)\s+){0,4}?"
    r"(?:at|in|to|into)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# Where one prose part ends and the next opens.
_JOINT = re.compile(r",|;|\s(?=and\s)")
# One part as an item of a list: "- X Hospital: 5 persons", "• Y clinic – 4".
_LIST_PART = re.compile(
    rf"[ \t]*[-•*–·][ \t]*[^:\n]{{2,80}}?[ \t]*(?::|[ \t][–-])[ \t]*(?P<n>{COUNT})(?![\w'’-])",
    re.IGNORECASE,
)
_ITEM = re.compile(r"[ \t]*[-•*–·]")


def shared_out(sentence: Sentence, found: list[Found], after: Sequence[Sentence]) -> list[Found]:
    """``found`` with the hospital count of a group shared out among places, the sum of the parts
    told after a colon, in the sentence ``after`` it or in the list items after it, in place of
    the group's own; unchanged where the parts are not told."""
    lower = sentence.lower or sentence.text.lower()
    if (" to " not in lower and " among " not in lower) or not any(w in lower for w in _GROUPS):
        return found
    m = _SHARED_OUT.search(sentence.text)
    if m is None:
        return found
    told = parse_count(m.group("n")) if m.group("n") else None
    if m.group("n") and not isinstance(told, int):
        return found
    parts = _list_parts(after) if m.group("fol") else []
    rest = sentence.text[m.end() :].lstrip()
    if not parts and rest.startswith((":", "–", "—", "-")):  # "... to two hospitals: six to X, ..."
        parts = _prose_parts(rest[1:])
    elif not parts and after and not rest.strip(" .;"):
        parts = _prose_parts(after[0].text)
    if not parts or (told is not None and len(parts) != told):
        return found
    start, end = sentence.start + m.start(), sentence.start + m.end()
    kept = [f for f in found if not (f.kind == HOSPITALISED and f.start < end and start < f.end)]
    return [*kept, Found(HOSPITALISED, sum(parts), start, end)]


def _list_parts(after: Sequence[Sentence]) -> list[int]:
    """The counts of the list items that open the sentences ``after``, up to the first that is
    no item."""
    out = []
    for s in after:
        if not _ITEM.match(s.text):
            break
        m = _LIST_PART.match(s.text)
        value = parse_count(m.group("n")) if m else None
        if not isinstance(value, int):
            return []
        out.append(value)
    return out


def _prose_parts(text: str) -> list[int]:
    """The counts of a sentence made of parts only ("Four are at X, two at Y and two at Z"):
    each clause a count placed by name; any other clause with a count spoils the reading."""
    out = []
    for piece in _JOINT.split(text):
        m = _PROSE_PART.match(piece)
        value = parse_count(m.group("n")) if m else None
        if isinstance(value, int):
            out.append(value)
        elif out and re.search(r"\d", piece):
            return []
    return out
