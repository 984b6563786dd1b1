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


def surname_suspects(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """Suspect facts of a person named in full once and by surname elsewhere."""
    names = {f.value for f in facts if f.kind == NAME and isinstance(f.value, str)}
    if not names and not _FULL_WITH_AGE.search(text):
        return []  # nobody named in full with an age, and no suspect named
    sentences = split_sentences(text)
    surnames = {n.split()[-1] for n in names if n.split()}
    out: list[Found] = []
    has_age = any(f.kind == AGE for f in facts)
    for s in sentences:
        if not (_full_with_age(s.text) or any(n in s.lower for n in surnames)):
            continue  # no one named in full with an age, nor the suspect's surname
        if opens_other_case(s):
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
                surnames.add(said.name.split()[-1])
            for a in mention:
                if a.age is not None and not has_age:
                    out.append(Found(AGE, a.age, span[0], s.start + a.end))
                    has_age = True
    if not has_age and surnames:
        out.extend(_surname_copula_age(text, surnames))
    return out


# "Hart, who is 31, lives in Leeds", "Hart is 31.": the age of a surname by a copula.
_COPULA_AGE = re.compile(
    r"(?:,\s*who\s+is|\s+is)\s+(?:aged\s+)?(?P<n>\d{1,2})(?:\s+years\s+old)?(?=\s*[,.;]|\s+and\b)"
)


def _surname_copula_age(text: str, surnames: set[str]) -> list[Found]:
    """The first age a suspect's surname is given by a copula anywhere in the report."""
    for surname in surnames:
        word = surname.capitalize()
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            m = _COPULA_AGE.match(text, end)
            alone = at == 0 or not (_wordish(text[at - 1]) or _capital_before(text, at))
            if m and alone and 10 <= int(m.group("n")) <= 99:  # not "his wife Mary Hart is 29"
                return [Found(AGE, int(m.group("n")), at, m.end())]
            at = text.find(word, end)
    return []


_FULL_WITH_AGE = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w’'-]+\s*(?:,\s*(?:aged\s+)?\d{2}\b|\(\d{2}\))")
_DIGIT = re.compile(r"\d")


def _full_with_age(sentence: str) -> bool:
    """``_FULL_WITH_AGE.search``, only where a digit stands (most sentences hold none)."""
    return _DIGIT.search(sentence) is not None and _FULL_WITH_AGE.search(sentence) is not None


def _suspect_elsewhere(sentences: Sequence[Sentence], surname: str, span: tuple[int, int]) -> bool:
    """Whether the surname alone, outside the full mention, is the suspect in its own clause."""
    word = surname.capitalize()
    for s in sentences:
        at = s.text.find(word)
        while at >= 0:
            end = at + len(word)
            alone = (at == 0 or not _wordish(s.text[at - 1])) and (
                end == len(s.text) or not _wordish(s.text[end])
            )
            if (
                alone
                and not span[0] <= s.start + at < span[1]  # the full mention itself
                and not (at > 0 and _capital_before(s.text, at))  # "Emily Rowe": another name
                and _is_suspect(s.text, [_Anchor(at, end, None, surname, False)])
            ):
                return True
            at = s.text.find(word, end)
    return False


def _wordish(c: str) -> bool:
    """Whether a character continues a word ("Oakes" inside "Oakeshott" or "O'Oakes")."""
    return c.isalnum() or c in "’'-"


def _capital_before(text: str, at: int) -> bool:
    """Whether a capitalised word (not a title) stands just before ``at``."""
    word = text[max(0, at - 40) : at].rstrip().rsplit(" ", 1)[-1]
    if not word or word[-1] in ',;:!?"”)' or (word[-1] == "." and len(word) > 3):
        return False  # "... on Friday. Hart": a sentence's end, not a first name
    return word[0].isupper() and word.rstrip(".") not in ("Mr", "Mrs", "Ms", "Miss", "Dr")
