"""One person told twice: a full name with its age, then the surname alone ("Nathan Oakes, aged
41, of Kestrel Way, was travelling at 52mph ... Oakes pleaded guilty").

The role may come with either mention: a surname that is the suspect in its own clause (the
subject of a custody step, the object of an arrest, the doer of the harm) makes the full-name
mention the suspect's, with the age attached to it by apposition, parentheses or premodifier; and
a suspect already named gives the age a later or earlier surname mention carries ("Pryce, 47,
lives on Elm Road"). Roles are read by roles.py's clause reading, never from the words here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.other_case import opens_other_case
from incident_reader.core.facts.role_ages import AGE, NAME, _Anchor
from incident_reader.core.facts.role_mentions import _mentions
from incident_reader.core.facts.roles import _is_suspect
from incident_reader.core.facts.text import Sentence, split_sentences
from incident_reader.core.model import Fact

# A surname alone, maybe after a title: "Oakes", "Mr Oakes", "Ms. Corrie".
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"


def surname_suspects(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """Suspect facts of a person named in full once and by surname elsewhere."""
    names = {f.value for f in facts if f.kind == NAME and isinstance(f.value, str)}
    if not names and not _FULL_WITH_AGE.search(text):
        return []  # nobody named in full with an age, and no suspect named
    sentences = split_sentences(text)
    out: list[Found] = []
    has_age = any(f.kind == AGE for f in facts)
    for s in sentences:
        if not _NAMEISH.search(s.text) or opens_other_case(s):
            continue  # "Separately, X, 51, ...": another case's person
        for mention in _mentions(s.text):
            said = next((a for a in mention if a.name), None)
            if said is None or said.name is None:
                continue
            span = (s.start + mention[0].start, s.start + mention[-1].end)
            if any(span[0] <= f.start < span[1] for f in facts if f.kind in (AGE, NAME)):
                continue  # its own sentence has read this mention already
            same = said.name in names or (
                " " not in said.name and any(n.split()[-1] == said.name for n in names)
            )
            if not same:
                if " " not in said.name or names:
                    continue  # another person than the suspect already named
                if not _suspect_elsewhere(sentences, said.name.split()[-1], span):
                    continue
                out.append(Found(NAME, said.name, s.start + said.start, s.start + said.end))
                names.add(said.name)
            for a in mention:
                if a.age is not None and not has_age:
                    out.append(Found(AGE, a.age, span[0], s.start + a.end))
                    has_age = True
    return out


_NAMEISH = re.compile(r"[A-Z][a-z]")
_FULL_WITH_AGE = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w’'-]+\s*(?:,\s*(?:aged\s+)?\d{2}\b|\(\d{2}\))")


def _suspect_elsewhere(sentences: Sequence[Sentence], surname: str, span: tuple[int, int]) -> bool:
    """Whether the surname alone, outside the full mention, is the suspect in its own clause."""
    pattern = re.compile(
        rf"(?<![\w’'-]){_TITLE}(?P<s>{re.escape(surname.capitalize())})(?![\w’'-])"
    )
    for s in sentences:
        if surname.capitalize() not in s.text:
            continue
        for m in pattern.finditer(s.text):
            at = s.start + m.start()
            if span[0] <= at < span[1]:
                continue  # the full mention itself
            if (
                m.start() > 0
                and s.text[m.start() - 1] == " "
                and _capital_before(s.text, m.start())
            ):
                continue  # "Emily Rowe": another full name, not the surname alone
            anchor = _Anchor(m.start(), m.end(), None, surname, False)
            if _is_suspect(s.text, [anchor]):
                return True
    return False


def _capital_before(text: str, at: int) -> bool:
    """Whether a capitalised word (not a title) stands just before ``at``."""
    word = text[:at].rstrip().rsplit(" ", 1)[-1]
    return (
        bool(word)
        and word[0].isupper()
        and word.rstrip(".") not in ("Mr", "Mrs", "Ms", "Miss", "Dr")
    )
