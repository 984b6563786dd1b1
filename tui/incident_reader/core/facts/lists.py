"""Lists of counted people: "a man and two women were hurt", "injuring two men and a woman".

A list pattern holds two or three copies of PART and is the same for every kind, so each is
compiled once, when the first sentence that may hold a list needs it, not at import (~20 ms each).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from incident_reader.core.facts.grammar import ADJ, AGE_NUMBER, MOD, NOUN, ONE_PERSON_NOUN
from incident_reader.core.facts.lexicon import (
    ANIMAL_HEADS,
    BOUND_WORDS,
    NOMINAL_PARTICIPLES,
    PLURAL_PEOPLE_NOUNS,
)
from incident_reader.core.facts.numbers import COUNT, ORDINAL, parse_count
from incident_reader.core.facts.phrases import DETERMINERS, PREPOSITIONS, is_person_head
from incident_reader.core.model import FactValue

_FLAGS = re.IGNORECASE
# A sentence's opening preposition or determiner in capitals is no forename: "On Monday, a woman
# and two children ...", "In Kelby, ..." (a fronted time or place, not a person named).
_NOT_FORENAME = "|".join(w.capitalize() for w in (*PREPOSITIONS, *DETERMINERS) if " " not in w)
# A name as a list part: a title and a surname, or a forename and a surname, in capitals.
_NAME = (
    r"(?-i:(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z]\.\s*)*[A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?"
    rf"|(?!(?:{_NOT_FORENAME})\s)"
    r"[A-Z][a-z'’]+\s+(?:[A-Z]\.\s+)?(?:Mc|Mac|O'|O’)?[A-Z][a-z'’-]+)(?![\w'’-]))"
)
# One part of a breakdown ("one firefighter", "two of his colleagues", "her son", "the driver").
PART = (
    # a person by name: "Ms Okafor", "Dr. R. Mensah", "Grace Okafor" (counted as one)
    # (or a personal pronoun opening the list: "He and two others were taken to hospital")
    rf"(?:(?P<name>{_NAME}|(?-i:[Hh]e|[Ss]he)(?=\s+and\s))|"
    rf"(?:(?:(?:his|her|their|the)\s+)?(?P<pn>{COUNT})(?:\s+of\s+(?:his|her|their|the))?|an?|one"
    # (an ordinal there names one more person: "the pilot and a fourth passenger")
    rf"|his|her|their|its|the)\s+(?:(?:{ORDINAL})\s+)?{ADJ}*{MOD}(?P<pnoun>{NOUN}))"
    # where the person was: "a passenger on the bus", "two diners at the next table"
    # (or what the person was there for, and with whom: "a woman on holiday with her husband",
    # "a man at work with his brother": the company, told inside the phrase, is no part)
    r"(?:\s+(?:on|in|at|aboard|inside|from)\s+(?:(?:the|an?|his|her|their|its)\s+)?"
    r"(?-i:[a-z][\w'’-]*)(?:\s+with\s+(?:his|her|their)\s+(?-i:[a-z][\w'’-]*))?"
    r"(?=\s*,|\s*$|\s+(?:and|were|was|had|have|who|died)\b))?"
    # where the person is from, by name: "a woman from Ashby", "a resident of Elm Vale" (a lower-
    # case word next: the verb, a joining word, or more of the part)
    r"(?:\s+(?:from|of|in)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?![\w'’-])"
    r"(?=\s*,|\s*$|\s+(?-i:[a-z])))?"
    # "a father of two": the count of someone's children is no part of the list
    r"(?:\s+of\s+(?:two|three|four|five|six|seven|eight|nine|\d)(?=\s*,))?"
    # an of-phrase naming what the person belongs to: "the driver of the tanker"
    r"(?:\s+of\s+(?:the|an?|his|her|their|its)\s+(?-i:[a-z][\w'’-]*)(?=\s+and\b|\s*,)"
    # a bare collective of-noun: "two members of staff", "a member of crew" (not a plural)
    r"|\s+of\s+(?!(?:whom|them|those|these|which|us|all|both|the|his|her|their|its"
    r"|our|your|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty"
    r"|hundreds?|dozens?|thousands?|scores?|people|men|women|children|folk)\b)(?-i:[a-z]{2,}[a-rt-z])(?![\w'’-]))?"
    # an age, or one age each: "a man aged 45", "three women aged 61, 38 and 19"
    r"(?:\s+in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+|mid-)?[\w-]+"
    r"|\s+aged\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s+and\s+\d{1,3})?(?!\d)"
    # an age in words, or after "of" on a noun of one: "a girl aged eight", "a boy of 11"
    rf"|\s+aged\s+{AGE_NUMBER}|{ONE_PERSON_NOUN}\s+of\s+{AGE_NUMBER}"
    r"(?=\s*,|\s*$|\s+(?:and|were|was|had|have|who)\b)"
    # a name in apposition: "the restaurant's owner, Ravi Menon (47), and its manager", its age
    # after a comma of its own: "the pilot, Dan Reyes, 58, and ..."
    r"|\s*,\s*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:\s*\(\d{1,3}\)|\s*,\s*\d{1,3})?(?=\s*,)"
    r"|\s*,\s*(?-i:[A-Z][a-z'’-]+)(?=\s*,\s*and\s)"  # a forename alone: "his wife, Mary, and"
    # an age in apposition: "a woman, 34, and a man, 41"
    r"|\s*,\s*(?:aged\s+)?\d{1,3}(?=\s*,|\s*$|\s+(?:at|in|on|and|after|were|was)\b))?"
)
_PART = re.compile(rf"(?<![\w-]){PART}", _FLAGS)
# Two or more parts joined by commas and "and": "two men, a woman and a child".
_ANON_PART = PART.replace("?P<pn>", "?:").replace("?P<pnoun>", "?:").replace("?P<name>", "?:")
ANON_PART = _ANON_PART  # one part, for the rules of other modules that embed it
# "and", or a preposition of company that adds its object to the subject: "Two tourists along
# with their guide were hurt", "The driver, together with two passengers, was taken to hospital"
# (set off by commas, the company closes with its own comma before the verb group).
_WITH = r"(?:along|together)\s+with|as\s+well\s+as"
# The last part's own description in commas before the verb: "the driver and his two passengers,
# young women on their way home, died" (lower case, no article opening it, which would make it
# a further part, no "and", no figure).
_APPOS_BODY = (
    r"\s*,\s*(?!(?:an?|the|one|his|her|their|its|and|or|who|which|whose|while|as|but|along"
    r"|together)\b)(?-i:[a-z])(?:(?!\band\b)[^,;.:()\d]){2,80}?,"
)
_LAST_APPOS = rf"(?:{_APPOS_BODY}(?=\s+(?-i:[a-z])))?"
_TRAILING_APPOS = re.compile(rf"{_APPOS_BODY}$")
PARTS = (
    rf"{_ANON_PART}(?:\s*,\s*{_ANON_PART})*(?:\s*,?\s+and\s+{_ANON_PART}{_LAST_APPOS}"
    rf"|\s*,\s*(?:{_WITH})\s+{_ANON_PART}\s*,(?=\s)|\s+(?:{_WITH})\s+{_ANON_PART})"
)
# A breakdown opens with the list (_BREAKDOWN_HEAD); each kind's tail follows (Breakdown).
_BREAKDOWN_HEAD = rf"(?<![\w-])(?P<parts>{PARTS})"
# After a counted object ("injuring two men"): ", a woman and a child" (a list ends with "and").
_MORE = (
    rf"(?P<more>(?:\s*,\s*{_ANON_PART})*\s*,?\s+(?:and|{_WITH})\s+{_ANON_PART})"
    r"(?:\s+(?:dead|injured|hurt|wounded))?(?![\w-])"
)
# Where a list's next part may follow (a part opens with a word, never a space or a comma).
_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_AND = re.compile(rf"\s*,?\s+(?:and|{_WITH})\s+", re.IGNORECASE)
_AND = re.compile(rf"(?<=\s)(?:and|{_WITH})\s+", re.IGNORECASE)
# Whether a sentence may hold a list at all (lower-cased text): a joining word between two words.
JOINED = re.compile(rf" (?:and|{_WITH}) ")
_PLURALS = frozenset(PLURAL_PEOPLE_NOUNS)
_APPOSED_NAME = re.compile(
    r"\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?:\s*\(\d{1,3}\))?(?=\s*,)"
)
# "arrested a woman, 34, and ...", "injured a man of 70 and ...", "a woman aged forty and ..."
_APPOSED_AGE = re.compile(
    rf"\s*,\s*(?:aged\s+)?\d{{1,3}}(?=\s*,)|(?:\s+aged|{ONE_PERSON_NOUN}\s+of)\s+{AGE_NUMBER}"
    r"(?=\s*,|\s+and\s)",
    _FLAGS,
)
_DEFINITE = frozenset(("the", "his", "her", "their", "its"))


@dataclass(frozen=True, slots=True)
class Hit:
    """A breakdown found: its span and its parts ("one firefighter and two colleagues")."""

    begin: int
    finish: int
    parts: str

    def start(self) -> int:
        """Where it starts (as ``re.Match.start``)."""
        return self.begin

    def end(self) -> int:
        """Where it ends (as ``re.Match.end``)."""
        return self.finish


@dataclass(frozen=True, slots=True)
class Breakdown:
    """ "one firefighter and two colleagues were hurt": a list of parts, then one of a kind's verbs.

    The list is one pattern for every kind; the kind's tail (appositive, auxiliaries, verb) is tried
    where the list's first match ends, which is the match of the whole pattern whenever the tail
    follows there. Otherwise the kind's whole pattern (compiled on that first need) decides.
    """

    tail: re.Pattern[str]
    whole: str

    def __post_init__(self) -> None:
        _WHOLES.append(self.whole)

    def match(self, text: str, pos: int) -> Hit | None:
        """The breakdown starting at ``pos``, as ``re.compile(self.whole).match`` finds it."""
        ands = _and_parts(text)
        if not ands or ands[-1] <= pos:
            return None  # a list ends with "and" and a part
        head = _compiled(_BREAKDOWN_HEAD).match(text, pos)
        if head is None:
            return None
        tail = self.tail.match(text, head.end())
        if tail is not None:
            return Hit(pos, tail.end(), head.group("parts"))
        m = _compiled(self.whole).match(text, pos)
        return Hit(m.start(), m.end(), m.group("parts")) if m else None


_WHOLES: list[str] = []  # every kind's whole breakdown pattern, for compile_all


def compile_all() -> None:
    """Compile every list rule now, so processes forked afterwards (extraction workers) share them
    instead of each compiling them on first need (about 0.1 s each)."""
    for pattern in (_BREAKDOWN_HEAD, _MORE, *_WHOLES):
        _compiled(pattern)


def forget_lists() -> None:
    """Drop the per-sentence memo (called with starts.forget_sentences)."""
    _and_parts.cache_clear()


@lru_cache(maxsize=512)
def _and_parts(text: str) -> tuple[int, ...]:
    """Where a part follows an "and" (a list's last part), in reading order."""
    return tuple(m.end() for m in _AND.finditer(text) if _PART.match(text, m.end()))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A list rule, compiled on its first use (it is big and many reports never need it)."""
    return re.compile(pattern, _FLAGS)


def more_after(m: re.Match[str]) -> re.Match[str] | None:
    """The list after a counted object ("injuring two men, a woman and a child"), if one follows.

    As the verb-object rule with the list inside it would match: a list opens with a space or a
    comma, where the rule's own end (no letter next) matches too, so it takes the same path.
    """
    at, text = m.end("obj"), m.string
    if at < 0:
        return None
    named = _APPOSED_NAME.match(text, at) or _APPOSED_AGE.match(text, at)  # ", Ravi Menon (47),"
    at = named.end() if named else at
    for sep in (_LIST_COMMA.match(text, at), _LIST_AND.match(text, at)):
        if sep and _PART.match(text, sep.end()):
            return _compiled(_MORE).match(text, at)
    return None


def object_end(m: re.Match[str]) -> int:
    """Where a verb-object match ends with its list; the next match starts after it."""
    more = more_after(m)
    return more.end() if more else m.end()


def sum_of_parts(phrase: str) -> int | None:
    """The people a breakdown counts ("one firefighter and two colleagues": 3); None if unsure."""
    told = _part_counts(phrase)
    return told[0] if told is not None and not told[1] else None


def total_of_parts(phrase: str) -> FactValue | None:
    """The people a breakdown counts, a part told as a lower bound making the total one ("at least
    23 children and four adults": at least 27; "more than 20 pupils and a teacher": at least 22).
    A part told with an upper bound or as a vague plural leaves the total untold."""
    told = _part_counts(phrase)
    if told is None:
        return None
    total, bounded = told
    return {"min": total, "max": None} if bounded else total


# A figure told with a bound from below: "at least 23", "more than 20", "over 30".
_LOWER_BOUND = re.compile(
    rf"(?:{'|'.join(sorted(w for w, b in BOUND_WORDS.items() if b in ('gt', 'ge')))})\s",
    re.IGNORECASE,
)


def _part_counts(phrase: str) -> tuple[int, bool] | None:
    """The sum of a breakdown's parts and whether a part was told as a lower bound; None if
    unsure (a place among the parts, a plural without a number, a bound from above)."""
    counts: list[int] = []
    bounded = False
    if phrase.endswith(",") and (appos := _TRAILING_APPOS.search(phrase)):
        phrase = phrase[: appos.start()]  # the last part's description: no more people
    parts = list(_PART.finditer(phrase))
    for i, part in enumerate(parts):
        if i and _is_apposition(phrase, parts[i - 1], part):
            continue  # "the driver, a man in his 50s, and two passengers": the driver again
        if i and _governed_part(phrase, part.start()):
            continue  # "a nurse going back to her ward and ...": a preposition's object
        if part.group("name"):
            n = 1  # "Ms Okafor, 34, and her son": a named person is one
        elif (part.group("pnoun") or "").lower() in ANIMAL_HEADS:
            continue  # "a woman and her dog": the animal is no casualty
        elif not is_person_head(part.group("pnoun")) or (
            i < len(parts) - 1 and _clause_not_part(part)  # a clause before "and" ends no part
        ):
            return None  # "the scene and a man": a place is not a part of the count
        elif part.group("pn"):
            told = count_of(part.group("pn"))
            low = told.get("min") if isinstance(told, dict) else None
            if _LOWER_BOUND.match(part.group("pn")) and isinstance(low, int):
                n, bounded = low, True  # "at least 23 children": 23 or more
            elif not isinstance(told, int):
                return None  # "two men and several women": no exact total
            else:
                n = told
        elif part.group("pnoun").lower() in _PLURALS or part.group("pnoun").lower().endswith("s"):
            return None  # "the driver and passengers": how many passengers?
        else:
            n = 1
        counts.append(n)
    if len(counts) > 2 and counts[0] == sum(counts[1:]) and _total_first(phrase, parts):
        return counts[0], bounded  # "four people, three women and a man": the total, then who
    if len(counts) > 1 and _named_after_count(phrase, parts, counts[0]):
        return counts[0], bounded  # "two workers, Ali Khan and Omar Said": the two again
    return (sum(counts), bounded) if sum(counts) else None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _named_after_count(phrase: str, parts: Sequence[re.Match[str]], total: int) -> bool:
    """Whether a counted plural is named person by person in apposition after it: "two
    colleagues, Ana Ruiz, 31, and Luis Mora, 60", "three men, John Smith, Ali Khan and Tom Bell"
    (the names number the count; the first name may be read into the counted part)."""
    first = parts[0]
    if not first.group("pn") or total < 2 or not all(p.group("name") for p in parts[1:]):
        return False
    own = _APPOSED_NAME.match(phrase, first.end("pnoun")) is not None
    if not own and phrase[first.end() : parts[1].start()].strip() != ",":
        return False  # "two passengers and John Smith": a further person
    return own + len(parts) - 1 == total


def _clause_not_part(part: re.Match[str]) -> bool:
    """Whether a part read as a noun phrase is a clause whose "head" is its verb: "two cars
    collided (and three people ...)", "a van overturned": a past form ending it ("aged" opens an
    age, "the injured" is a head)."""
    head = part.group("pnoun").lower()
    return head.endswith("ed") and head != "aged" and head not in NOMINAL_PARTICIPLES


_NOT_GOVERNING = frozenset(("with", "of", "as", "including", "like"))  # "a woman with her baby"


def _governed_part(phrase: str, at: int) -> bool:
    """Whether a part is the object of a preposition inside the part before ("a teacher on his
    way to his school", "a nurse going back to her ward"), no person of the list."""
    before = _WORD_BEFORE.search(phrase, max(0, at - 20), at)
    if before is None:
        return False
    word = before.group(1).lower()
    return word in PREPOSITIONS and word not in _NOT_GOVERNING


# Nouns a total is told in before its breakdown in apposition ("Four people, three women ...").
TOTAL_NOUNS: tuple[str, ...] = (
    "people", "persons", "victims", "casualties", "individuals",
    # the hurt or the dead told by their state, as a noun: "the three injured, a woman and two
    # men", "the two dead, a mother and her son", "the four patients, three men and a boy"
    "injured", "wounded", "hurt", "dead", "deceased", "patients", "survivors",
)  # fmt: skip


def _total_first(phrase: str, parts: Sequence[re.Match[str]]) -> bool:
    """Whether the first part is a total in a general noun, set off by a comma before the rest."""
    first = parts[0]
    noun = (first.group("pnoun") or "").lower()
    return noun in TOTAL_NOUNS and phrase[first.end() : parts[1].start()].strip() == ","


def _is_apposition(phrase: str, before: re.Match[str], part: re.Match[str]) -> bool:
    """ "the driver, a man in his 50s," renames one person: "a ..." in commas after "the ..." or
    after a person's name ("Ann Lee, 62, a nurse, and ..."); so does a name after a comma alone
    ("its manager, Prakash Shetty")."""
    between = phrase[before.end() : part.start()].strip()
    if part.group("name") and between == "," and not before.group("name"):
        return not before.group("pn")
    definite = (
        before.group("name") is not None or before.group(0).split()[0].lower() in _DEFINITE
    ) and not before.group("pn")
    renamed = part.group(0).split()[0].lower() in ("a", "an")
    enclosed = phrase[before.end() : part.start()].strip() == "," and phrase[
        part.end() : part.end() + 2
    ].startswith(",")
    return definite and renamed and enclosed


def count_of(phrase: str) -> FactValue | None:
    """A count phrase's value, where a lone article counts one ("a man")."""
    p = phrase.strip().lower()
    if p in ("a", "an"):
        return 1
    return parse_count(phrase)
