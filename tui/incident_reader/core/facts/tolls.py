"""Death and injury tolls told by noun phrases rather than a counted subject: "12 deaths", "the
deaths of two men", "commemorate the 43 victims", named lists, "crushing two men to death"."""

from __future__ import annotations

import re
from bisect import bisect_left

from incident_reader.core.facts.count_values import GROUP_SIZES, is_singular
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.grammar import ADJ, MOD, NOUN, PERSON_NAME
from incident_reader.core.facts.lists import count_of
from incident_reader.core.facts.numbers import COUNT, ORDINAL, SIMPLE, ordinal_value, parse_count
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.predicates import (
    BODY_FINDING,
    COUNTED_NOUNS,
    LIFE_TAKING,
)
from incident_reader.core.facts.starts import subject_starts, word_starts
from incident_reader.core.facts.text import Sentence, WordGate, WordScan
from incident_reader.core.model import FactValue

KILLED = "casualties.killed"
INJURED = "casualties.injured"

# "Labour MP Jo Cox is murdered", "Liam Castell, 31, died at the scene": one named person killed.
# The lower-case particles inside a surname ("van", "de la", "bin"; "al-" joined by a hyphen): a
# closed class of name words.
NAME_PARTICLES: tuple[str, ...] = (
    "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "dos", "das", "le", "la",
    "bin", "binti", "ibn", "al", "el", "ter", "ten", "zu", "af",
)  # fmt: skip
_PARTICLE = rf"(?:(?:{'|'.join(NAME_PARTICLES)})\s+){{1,2}}"
# A full name with particles inside: "Anouk van der Berg", "Luis de la Cruz", "Omar al-Sayed".
_PARTICLE_NAME = (
    rf"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?\s+(?:{_PARTICLE}[A-Z][\w'’-]+"
    rf"|(?:al|el)-[A-Z][\w'’-]+)"
)
_NAMED_KILLED = re.compile(
    rf"(?<![\w'’-])(?:{PERSON_NAME}|{_PARTICLE_NAME})(?:\s*,\s*\d{{1,3}}\s*,|\s*\(\d{{1,3}}\)\s*,?)?"
    # who the person was, in commas after the name and age: "Ana Ruiz, 68, a retired teacher
    # from Tui, died", "Tom Bell (52), the farm's owner, was killed"
    r"(?:(?<=,)\s*(?:an?|the|his|her|their)\s+(?-i:[a-z])[^,;:.()\d]{1,80}?,"
    r"|\s*,\s*(?:an?|the|his|her|their)\s+(?-i:[a-z])[^,;:.()\d]{1,80}?,)?"
    r"\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:murdered|killed|stabbed\s+to\s+death|shot\s+dead)"
    r"|(?:has\s+|had\s+)?died)(?![\w-])"
)
# A year or a span of years before a noun ("the 2018 dead", "the 2016-17 deaths") is no count.
_YEAR = r"(?!(?:1[89]|20)\d\d(?:\s*(?:-|–|to)\s*\d+)?\s)"
# "commemorate the 43 victims", "a memorial to the nine victims", "relatives of one of the 13
# victims told the jury": the definite count of the victims is the toll where the sentence mourns
# them or retells the case later (victims who "were hurt" are the injured).
_THE_VICTIMS = re.compile(
    rf"(?<![\w-])the\s+{_YEAR}(?P<n>{SIMPLE})\s+(?:(?!injured|hurt|wounded|surviving)[a-z]+\s+)?victims(?![\w'’-])"
    r"(?!\s+(?:who\s+)?(?:were|was|are|is|have|has|had|remain\w*|needed|suffered|sustained"
    r"|received|with|in\s+hospital)\s+(?:been\s+)?(?!(?:remembered|honou?red|commemorated"
    r"|mourned|buried|named|identified|laid)\b))",
    re.IGNORECASE,
)
_MOURNING = re.compile(
    r"\b(?:commemorat|memor|mourn|honou?r|funeral|tribute|remember|grave|burial|buried|wreath"
    r"|vigil|minute's\s+silence|anniversar|laid\s+to\s+rest"
    # a later stage that retells the case: its court, the bereaved, "one of the 13 victims" (a
    # family alone tells no toll: "the families of the 12 victims met the mayor")
    r"|bereaved|trial|jury|jurors|inquest|court|verdict|sentenc|convict|one\s+of\s+the)",
    re.IGNORECASE,
)
# "the death of a cyclist", "the deaths of two men", "the inquest into the deaths of the six
# miners" (a definite count: the set told before).
_DEATHS_OF = re.compile(
    # (or a killing charged: "charged with the murders of two men"; not an attempted one)
    rf"(?<![\w-])(?:deaths?|bod(?:y|ies)|(?<!attempted\s)(?:murders?|killings?))\s+of\s+(?:(?:the|all|those)\s+(?=\S+\s+\S))?"
    # (a share of a set: "the deaths of four of our members", "of two of the crew")
    rf"(?P<n>{COUNT}|an?)\s+(?:of\s+(?:our|the|their|its|his|her|your|my)\s+)?"
    rf"{ADJ}*{MOD}(?P<head>{NOUN})",
    re.IGNORECASE,
)
# More people in the same of-phrase: "the bodies of a man, a woman and their son".
_ALSO_OF = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?!both\b|all\b)(?P<n>{COUNT}|an?|his|her|their)\s+{ADJ}*{MOD}(?P<head>{NOUN})"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_COUNTED_NOUN = {
    kind: re.compile(
        rf"(?<![\w-]){_YEAR}(?P<n>{COUNT})\s+"
        rf"(?:{'|'.join(p for p, k in COUNTED_NOUNS.items() if k == short)})",
        re.IGNORECASE,
    )
    for kind, short in ((KILLED, "killed"), (INJURED, "injured"))
}
_LIVES = WordScan(
    re.compile(
        rf"(?<![\w-])(?:{'|'.join(LIFE_TAKING)})\s+(?:the\s+)?(?P<n>{COUNT})\s+lives(?![\w-])"
        rf"|(?<![\w-])(?:{'|'.join(BODY_FINDING)})(?:\s+(?:out|up))?\s+(?:(?:a\s+)?further\s+|another\s+)?"
        rf"(?P<b>{COUNT})\s+(?:more\s+)?bodies(?![\w-])"
        # a toll as a noun phrase: "resulting in the loss of three lives"
        rf"|(?<![\w-])loss\s+of\s+(?P<l>{COUNT})\s+(?:(?:human|innocent|precious)\s+)?lives(?![\w-])",
        re.IGNORECASE,
    ),
    (*LIFE_TAKING, *BODY_FINDING, "loss"),
)
# People named in a list: "PC Ann Lee, Tom Hart, 44, and US tourist Jo Bell were killed",
# "killing Ann Lee, 54, and Tom Hart, 75": one person per name (a name is two or more capitalised
# words, a short lower-case role may precede it, an age may follow it).
_NAME_ITEM = (
    r"(?:(?:[A-Z][\w-]*\s+)?[a-z]+\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?=\s*,|\s+and\b)|\s*\(\d{1,3}\))?"
    # where the people before were from: "..., all from Kelby, and ..., both from Arnside, were"
    r"(?:\s*,\s*(?:all|both)\s+from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*,|\s+and\b))?"
    # where one person is from, after the age: "Tom Hale (47), of Ballina, Co Mayo, and ...",
    # "Ann Reed, 38, from Westport, and ..." (a county or state may follow the town)
    r"(?:(?<=\d|\))\s*,\s*(?:of|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:\s*,\s*(?:Co\.?|County)\s+[A-Z][\w'’-]+)?(?=\s*,|\s+and\b|$))?"
)
_NAMES = rf"(?P<names>{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+and\s+{_NAME_ITEM})"
_NAME_ONE = re.compile(_NAME_ITEM)
_NAME_LIST = re.compile(rf"(?<![\w'’-]){_NAMES}(?![\w'’-])")
# What makes a named list a count of a kind: a verb before it (active) or after it (passive).
_NAMED_BEFORE = {
    # "killing A and B", "Killed were A and B", "The dead are A and B", "Those killed were named
    # as A, B and C", "The dead have been identified as A (45) and B (38)"
    KILLED: re.compile(
        r"(?:killing|killed|(?:(?-i:[Kk])illed|(?-i:[Tt])he\s+dead|(?-i:[Tt])hose\s+"
        r"(?:killed|who\s+died))\s+(?:are|were|have\s+been|had\s+been)"
        r"(?:\s+(?:named|identified)\s+as)?)\s*:?\s+$"
    ),
    INJURED: re.compile(r"(?:injuring|injured|wounding)\s+$"),
}
_NAMED_AFTER = {
    KILLED: re.compile(
        r"\s*,?\s+(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|pronounced\s+dead)"
        r"|(?:both\s+|all\s+)?(?:died|perished|lost\s+their\s+lives))\b"
    ),
    INJURED: re.compile(
        r"\s*,?\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:injured|hurt|wounded)\b"
    ),
}
# A tally with its count before the noun: "raising to three the number of people killed",
# "lifting to seven the number injured" (any verb that moves a tally).
_RAISING_TO = (
    "raising", "raised", "raises", "bringing", "brought", "brings", "taking", "took", "takes",
    "pushing", "pushed", "pushes", "lifting", "lifted", "lifts",
)  # fmt: skip
_TOLL_BEFORE = WordScan(
    re.compile(
        rf"(?:{'|'.join(_RAISING_TO)})\s+to\s+(?P<n>{COUNT})\s+the\s+(?:(?P<toll>(?:death\s+)?toll)"
        r"|number\s+(?:of\s+(?:people\s+|those\s+)?)?(?:(?P<dead>killed|dead|deaths|fatalities)"
        r"|injured|hurt|wounded|injuries|casualties)"
        # (or those told by a relative clause: "bringing to three the number of people who lost
        # their lives", "raises to nine the number of passengers who were killed")
        r"|number\s+of\s+(?:[\w'’-]+\s+){1,2}?(?P<who>who\s+(?:have\s+|had\s+)?(?:since\s+)?"
        r"(?:died|perished|lost\s+their\s+lives|(?:were|been)\s+killed)))(?![\w-])",
        re.IGNORECASE,
    ),
    _RAISING_TO,
)
# An open verb with its object before "to death": "crushing two workers to death", "beat a guard
# to death" (tried at the words before each "to death"; not "sentencing two men to death").
_TO_DEATH_ACTIVE = re.compile(
    r"(?<![\w-])(?!(?:sentenc|condemn|bor|scar|frighten|worr|tickl|lov|talk|work)\w*\s)"
    r"(?-i:[a-z]+(?:ing|ed|en|wn|nt)|beat|struck|stung|hung)\s+(?:all\s+)?"
    rf"(?P<n>{COUNT}|an?|the|his|her|their)(?:\s+{ADJ}*{MOD}(?P<head>{NOUN}))?\s+to\s+death(?![\w-])",
    re.IGNORECASE,
)
_TO_DEATH_WORDS = 7
# A death told by its place in a running toll, as news of it: "Police confirmed a third death",
# "doctors reported a second fatality overnight", "a fourth death was announced on Friday", "there
# has been a fifth death" (the ordinal is the toll so far; never a death feared or expected, nor
# one of a tally over a period: "the third death on this road this year", "a second death in a
# month at the crossing").
_TELLING = r"(?:confirm|report|announc|record|regist)(?:s|es|ed|ing)?"
_ORDINAL_DEATH = re.compile(
    rf"(?P<lead>(?<![\w-]){_TELLING}\s+(?:(?:now|also|late|early|later|on\s+\w+|overnight"
    r"|today|yesterday)\s+)?|(?<![\w-])there\s+(?:has|had|have)\s+(?:now\s+)?been\s+)?"
    rf"(?<![\w-])(?P<noun>an?\s+(?P<ord>{ORDINAL})\s+(?:death|fatality)(?![\w'’-]))"
    r"(?P<passive>\s+(?:was|has\s+been|had\s+been|is)\s+(?:now\s+|also\s+)?"
    r"(?:confirmed|reported|announced|recorded|registered))?",
    re.IGNORECASE,
)
_TALLY_AFTER = re.compile(
    r"[^.;:]*?\b(?:this|last)\s+(?:year|month|week|season|winter|summer|spring|autumn)\b"
    r"|[^.;:]*?\bsince\b|[^.;:]*?\bin\s+(?:a|an|\w+)\s+(?:days?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)


def ordinal_deaths(sentence: Sentence) -> list[Found]:
    """Killed counts told as the latest death of a running toll (``_ORDINAL_DEATH``): news of a
    death told by an object of a verb of telling, "there has been", or a passive one."""
    out, text = [], sentence.text
    for m in _ORDINAL_DEATH.finditer(text):
        if not (m.group("lead") or m.group("passive")) or _TALLY_AFTER.match(text, m.end()):
            continue  # "A third death came in 2019", "a second death on the road this year"
        value = ordinal_value(m.group("ord"))
        if value is not None and value > 1:
            start, end = sentence.start + m.start("noun"), sentence.start + m.end()
            out.append(Found(KILLED, value, start, end))
    return out


# A death told by the dead person's place in the running toll, the subject's prepositional
# phrases however many: "A second victim of Monday's attack in a school in the town of X died",
# "a third man hurt in the blast at the depot has died" (the ordinal is the toll so far; no clause
# word, comma or tally over a period between the person and the verb).
_ORDINAL_SUBJECT = re.compile(
    rf"(?<![\w-])(?:an?|the)\s+(?P<ord>{ORDINAL})\s+(?:(?-i:[a-z][\w-]*)\s+)?(?P<head>{NOUN})"
    r"(?P<chain>(?:\s+(?!(?:and|but|or|who|which|that|as|while|when|after|before|because|to)\s)"
    r"[\w'’.-]+){1,16}?)"
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:also|now|since|later|subsequently|then)\s+)?"
    r"(?:died|succumbed|passed\s+away|(?:was|been)\s+(?:pronounced|declared|confirmed)\s+dead)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)


# The ordinal alone, the person it counts told in commas after it: "a fourth, Ana Silva, 19,
# died in hospital", "A third, aged 70, succumbed on Monday", "a second, a woman of 60, died".
_ORDINAL_APPOSED = re.compile(
    rf"(?<![\w-])(?:an?|the)\s+(?P<ord>{ORDINAL})(?P<head>)(?P<chain>(?:\s*,\s*[^,.;:()]{{1,50}}?)"
    r"{1,3}\s*,)"
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:also|now|since|later|subsequently|then)\s+)?"
    r"(?:died|succumbed|passed\s+away|(?:was|been)\s+(?:pronounced|declared|confirmed)\s+dead)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)


def ordinal_subjects(sentence: Sentence, found: list[Found]) -> list[Found]:
    """``found`` with the toll of a death told by the dead person's ordinal (``_ORDINAL_SUBJECT``,
    or the ordinal alone with the person in commas, ``_ORDINAL_APPOSED``) in place of the counts
    read off words inside the subject's phrases."""
    text = sentence.text
    matches = [*_ORDINAL_SUBJECT.finditer(text)]
    if "," in text:
        matches += _ORDINAL_APPOSED.finditer(text)
    for m in matches:
        value = ordinal_value(m.group("ord"))
        if value is None or value < 2 or not is_person_head(m.group("head")):
            continue
        if _TALLY_AFTER.match(m.group("chain")):
            continue  # "a second man in a month has died at the crossing": a tally
        start, end = sentence.start + m.start(), sentence.start + m.end()
        # (the hurt participle of the subject is said of one who died: "a third man hurt in X")
        found = [f for f in found if not (f.kind in (KILLED, INJURED) and start <= f.start < end)]
        found.append(Found(KILLED, value, start, end))
    return found


# A death told by its place in the running toll after the clause that tells it: "died on Sunday,
# making him the first fatality of the attack", "which makes her the third victim", "making him
# the second person to die" (the ordinal is the toll so far).
_MAKING_NTH = re.compile(
    r"(?<![\w-])(?:making|makes|made)\s+(?:him|her|them|it|this|that)\s+the\s+"
    rf"(?P<ord>first|{ORDINAL})\s+(?:(?:known\s+|confirmed\s+)?(?:fatality|death|victim)"
    r"|(?:[\w-]+\s+)?to\s+die)(?![\w'’-])"
    r"(?:\s+(?:of|in)\s+(?:the\s+|this\s+|that\s+)?[\w'’-]+)?",
    re.IGNORECASE,
)


def nth_fatality(sentence: Sentence, found: list[Found]) -> list[Found]:
    """``found`` with a death told as the Nth of a running toll right after it (``_MAKING_NTH``):
    the killed count before it in the sentence takes the ordinal's value and its evidence runs on
    to it; with none, the phrase alone counts (not a tally over a period: "making him the fourth
    fatality on the road this year")."""
    text, base = sentence.text, sentence.start
    for m in _MAKING_NTH.finditer(text):
        value = 1 if m.group("ord").lower() == "first" else ordinal_value(m.group("ord"))
        if value is None or _TALLY_AFTER.match(text, m.start("ord")):
            continue
        before = [f for f in found if f.kind == KILLED and f.end <= base + m.start()]
        if before:
            last = max(before, key=lambda f: f.end)
            found = [
                Found(KILLED, value, f.start, base + m.end()) if f is last else f for f in found
            ]
        else:
            found = [*found, Found(KILLED, value, base + m.start(), base + m.end())]
    return found


_NOUN_GATE = WordGate(
    ("fatalit", "death", "dead", "deceased", "lives", "casualt", "injur", "bodies", "murder")
)


def _people_of(text: str, value: int, at: int) -> tuple[int, int]:
    """The count of an of-phrase with its list ("of a man and a woman": 2) and where it ends."""
    while (more := _ALSO_OF.match(text, at)) is not None and is_person_head(more.group("head")):
        n = more.group("n").lower()
        part = 1 if n in ("a", "an", "his", "her", "their") else parse_count(n)
        if not isinstance(part, int) or (
            n in ("his", "her", "their") and not is_singular(more["head"])
        ):
            break
        value, at = value + part, more.end()
    return value, at


def _killed_to_death(sentence: Sentence) -> list[Found]:
    """ "crushing two street vendors to death": the object before "to death" counts the dead."""
    text, lower, out = sentence.text, sentence.lower, []
    starts = word_starts(text)
    i = lower.find("to death")
    while i != -1:
        hi = bisect_left(starts, i)
        for p in starts[max(0, hi - _TO_DEATH_WORDS) : hi - 2]:  # verb, count, then the noun
            m = _TO_DEATH_ACTIVE.match(text, p)
            if m is None or m.end() != i + len("to death"):
                continue
            value = _one_or_count(m.group("n"), m.group("head"))
            if value is not None:
                out.append(
                    Found(KILLED, value, sentence.start + m.start(), sentence.start + m.end())
                )
            break
        i = lower.find("to death", i + 1)
    return out


def _one_or_count(n: str, head: str | None) -> FactValue | None:
    """A counted object's value: "two workers" 2, "a guard" or "the pilot" 1, "the men" unknown."""
    if not is_person_head(head):
        return None
    size = GROUP_SIZES.get(head.lower()) if head else None
    if n.lower() in ("a", "an", "the", "his", "her", "their"):
        if head is None:
            return None
        return size or (1 if is_singular(head) else None)
    return count_of(n)


def _named_list_kinds(text: str) -> tuple[str, ...]:
    """The kinds whose named-list rule may match: its verb's stem is in the sentence."""
    lower = text.lower()
    kinds = []
    if any(w in lower for w in ("kill", "died", "dead", "perished", "lives")):
        kinds.append(KILLED)
    if "injur" in lower or "hurt" in lower or "wound" in lower:
        kinds.append(INJURED)
    return tuple(kinds)


def _at_counts(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of a pattern that opens with a count, tried only where a count may start."""
    out: list[re.Match[str]] = []
    reached = 0
    for p in subject_starts(text):
        if p >= reached and (m := pattern.match(text, p)):
            out.append(m)
            reached = m.end()
    return out
