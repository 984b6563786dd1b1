"""People in a sentence by shape: ages ("a 46-year-old man", "in his mid-thirties", "(34)") and
names ("Jordan Pask", "K. Ramesh", "Mr Pryce"), grouped with their appositions into one mention
per person (ages in role_ages.py, names in role_names.py). roles.py then keeps the mentions whose
role is the suspect's."""

from __future__ import annotations

import re
from functools import lru_cache

from incident_reader.core.facts.role_ages import _I, _ages, _Anchor
from incident_reader.core.facts.role_names import _name_anchors
from incident_reader.core.facts.role_words import SUSPECT_ROLE_NOUNS

_GLUE_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "aged",
        "as",
        "identified",
        "named",
        "by",
        "police",
        "alias",
        "aka",
        "then",
        "now",
        "surnamed",  # "a 45-year-old man surnamed Chan"
        "man",
        "woman",
    )  # fmt: skip
)

_ROLE_WORDS = frozenset(SUSPECT_ROLE_NOUNS)

_SURNAME_GAP = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3},?\s+(?:identified|named|known)\s+(?:only\s+)?(?:by|as)\s+"
    r"(?:his|her)\s+(?:sur|family\s+)?name\s+",
    _I,
)

# The head noun's own words, then the word that names it: "a 44-year-old registered lift
# engineer surnamed Chan", "a 30-year-old unemployed man named Tom Hale" (the name is the head's).
_NAMING_GAP = re.compile(
    # a nationality among them: "a 57-year-old Peruvian surnamed Quispe", "a 33-year-old Costa
    # Rican named Harlow"
    r"(?:\s+[A-Za-z][\w’'-]*){0,4}\s*,?\s+(?:surnamed|named|called|identified\s+as)\s+"
)

_ALIAS_GAP = re.compile(
    r"\s*,?\s*(?:alias|aka|a\.k\.a\.|also\s+known\s+as)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*,?\s*",
    _I,
)


def _anchors(text: str) -> list[_Anchor]:
    """Every age and name the sentence gives, in text order."""
    return sorted([*_ages(text), *_name_anchors(text)])


def _mentions(text: str) -> list[list[_Anchor]]:
    """Anchors of one person grouped: "Sayfullo Saipov, a 29-year-old", "Hegde (52)"."""
    return [list(group) for group in _mention_groups(text)]  # each caller owns its lists


def forget_mentions() -> None:
    """Drop the memo of sentences' mentions (once per report, so each is read afresh)."""
    _mention_groups.cache_clear()


@lru_cache(maxsize=256)
def _mention_groups(text: str) -> tuple[tuple[_Anchor, ...], ...]:
    """``_mentions``, kept per sentence text: the suspect's own sentence reads them, and the
    suspects told across sentences (role_surnames, roles_across) read them again."""
    groups: list[list[_Anchor]] = []
    for a in _anchors(text):
        gap = text[groups[-1][-1].end : a.start] if groups else ""
        if groups and a.name and any(b.name for b in groups[-1]) and _other_name(gap):
            groups.append([a])  # "brother X (26), the accused, identified as Y": two people
            continue
        if groups and _same_person(gap):
            if a.start >= groups[-1][-1].end:
                groups[-1].append(a)
            continue
        groups.append([a])
    return tuple(tuple(group) for group in groups)


def _same_person(gap: str) -> bool:
    if _SURNAME_GAP.fullmatch(gap):
        return True  # "a 56-year-old foreman, identified only by his surname Park"
    if len(gap) > 40:
        return False
    if _NAMING_GAP.fullmatch(gap):
        return True  # "a 44-year-old lift engineer surnamed Chan": the name of the head
    if _ALIAS_GAP.fullmatch(gap):
        return True  # "Ramesh Gupta alias Pappu (52)": one person's two names
    words = re.findall(r"[\w’'-]+", gap.lower())
    rest = [w for w in words if w not in _GLUE_WORDS]
    return len(rest) <= 1 and all(w in _ROLE_WORDS or w.endswith("year-old") for w in rest)


def _other_name(gap: str) -> bool:
    """A second name after a named person is another person's unless an alias or surname gap
    makes it the same one's ("Ramesh Gupta alias Pappu")."""
    return not _ALIAS_GAP.fullmatch(gap) and not _SURNAME_GAP.fullmatch(gap)
