"""The suspect told across sentences: a bare definite age once a report has a suspect ("The
22-year-old was the subject of a manhunt") and a person identified or named in a later sentence
("He has been identified as Travis Mendel, 45") whose role an earlier sentence gave.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.numbers import WORD_NUMBER, number_value
from incident_reader.core.facts.role_ages import (
    _DECADE,
    _I,
    AGE,
    NAME,
    _age_value,
    _Anchor,
    _nouns,
    _words,
)
from incident_reader.core.facts.role_before import _HARM_BEFORE
from incident_reader.core.facts.role_heads import role_head_ages
from incident_reader.core.facts.role_mentions import _mentions
from incident_reader.core.facts.role_names import (
    _AGE_AFTER_NAME,
    _JOIN,
    _NAME_WORD,
    _NICKNAME,
    _NOT_NAME,
    _PARTICLES,
    _QUOTED,
    _ROLE,
)
from incident_reader.core.facts.role_surnames import surname_suspects
from incident_reader.core.facts.role_words import (
    DRIVER_NOUNS,
    HARM_VERBS,
    HONORIFICS,
    OTHER_ARRESTEE_WORDS,
    SUSPECT_MODIFIERS,
    SUSPECT_PREDICATES,
    VICTIM_NOUNS,
)
from incident_reader.core.facts.roles import _VICTIM_PRED
from incident_reader.core.model import Fact

# A definite age with no noun of its own or a plain person noun ("the 23-year-old", "The
# 22-year-old man"), then what follows it: not "the 23-year-old victim" or "mother".
_BARE_AGE = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?P<n>\d{{1,2}}|{WORD_NUMBER})-year-old"
    r"(?:\s+(?:man|woman|boy|girl|teenager|youth|driver|motorist))?"
    r"(?=\s*[,;.)]|\s+(?:was|is|had|has|who|from|of|as|remains|will|would|could|later|also|then"
    r"|allegedly|[a-z]+ed)\b)"
)
# What every _BARE_AGE match opens with, without its look-behind (which keeps the regex engine
# from skipping ahead): _bare_age_matches tries the whole pattern only where this stands.
_BARE_AGE_OPENING = re.compile(rf"[Tt]he\s+(?:\d{{1,2}}|{WORD_NUMBER})-year-old")
_NAMED_AS = re.compile(rf"\s+as\s+(?P<name>{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{1,2}})(?![\w’'-])")
# "has been identified as", "was named in reports as", "Police named him as", "identified him as",
# with a time adjunct too: "He was named on Tuesday as", "was identified yesterday as"
_IDENTIFIED_AS = re.compile(
    r"\b(?:identified|identif(?:y|ies)|named|names?)(?:\s+(?:him|her|them|locally|publicly|formally|simply"
    # the name withheld in part: "identified only as Jorge N.", "named solely as Anna K."
    r"|only|solely|just|in\s+\w+(?:\s+\w+)?"
    r"|by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?|on\s+[A-Z][a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?)?"
    r"|yesterday|today|later|overnight|(?:last|this)\s+(?:night|week|morning|afternoon|evening))){0,2}"
    r"\s+as\s+"
    # by initials alone: "whom police identified only by his initials, D.M."
    r"|\b(?:identified|named)\s+(?:(?:him|her|them)\s+)?(?:only\s+|solely\s+)?by\s+"
    r"(?:his|her|their)\s+initials\s*[,:]?\s*(?:as\s+)?(?=[A-Z]\.)"
    # a pronoun's copula opening a sentence names the person the sentences before told: "He is
    # X Y, 41, a bus operator of Z" (a name of two words or more; see _identified), its surname
    # cut to an initial ("he is Jonas K.", "She is Anna van der B.") or a nickname before it
    # ('he is Thabo "Ntate" Mokoena'); after an outlet's or a source's word too: "According to
    # the Courier, he is X Y", "The Post understands she is X Y" (see _ATTRIBUTED)
    r"|\b(?:[Hh]e|[Ss]he)\s+(?:is|was)\s+(?=(?:[A-Z]\.\s?)?[A-Z][a-z’'-]+\s+(?:[a-z]{1,3}\s+){0,2}"
    r"(?:[A-Z][a-z]|[A-Z]\.(?![\w’'-])|[\"“'‘][A-Z]))"
)
# A source's word before a pronoun's copula in the same sentence: "According to TV Norr,", "The
# Courier understands", "Police believe", "Sources said that" (the sentence is still the naming).
_ATTRIBUTED = re.compile(
    r"(?:^|[.!?]\s+|\n)[\"“'‘]?(?:[Aa]ccording\s+to\s+[^,.;:]{1,50},"
    r"|[A-Z][^,.;:]{0,50}?\s+(?:understands?|understood|believes?|believed|(?:has|have)\s+learn[et]d?"
    r"|learn[et]d?|reports?|reported|says?|said|claims?|claimed|confirms?|confirmed"
    r"|(?:can\s+)?reveals?|revealed)(?:\s+that)?)\s+$"
)
_ID_NAME = re.compile(
    # an honorific before the name is no part of it: "named by police as Mr X Y", "Dr X"
    rf"(?:(?:{'|'.join(HONORIFICS)})\.?\s+(?=[A-Z]))?"
    # initials alone: "D.M.", "K. T."; an initial before a surname: "B. Tsolmon", "R. K. Anand"
    r"(?P<name>(?:[A-Z]\.\s?){2,3}(?<!\s)(?![\w])|"
    rf"(?:[A-Z]\.\s?){{1,2}}{_NAME_WORD}(?:{_JOIN}{_NAME_WORD})?|"
    rf"{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,2}}(?:\s+(?:{_PARTICLES}\s+){{0,2}}[A-Z]\.(?![\w]))?"
    # a nickname in quotes before the surname: 'Thabo "Ntate" Mokoena'
    rf"|{_NAME_WORD}{_NICKNAME}(?:{_PARTICLES}\s+){{0,2}}{_NAME_WORD}(?:{_JOIN}{_NAME_WORD})?)"
    # (an initial's full stop may end the sentence: "... by his initials, D.M. He was")
    rf"(?=\s*[,.;(]|(?<=\.)\s+(?-i:[A-Z])|\s+(?:of|from|who|and|but|was|is|had|has)\b|\s*$)"
)
_YEAR_OLD_AT = re.compile(
    rf"(?P<art>(?:an?|the)\s+)?(?P<n>\d{{1,2}}|{WORD_NUMBER})[\s-]+(?:years?|yrs?)[\s-]+old\b", _I
)
_SUSPECT_PRED_IN = re.compile(rf"(?<![\w-])(?:{_words(SUSPECT_PREDICATES)})(?![\w-])", _I)
# "The man who drove into the crowd was named as ...": the doer of the harm.
_WHO_HARMED = re.compile(
    rf"\b(?:who|(?:police|officers|detectives|investigators|prosecutors|authorities)\s+(?:say|said"
    rf"|believe|believed|allege|alleged))\s+(?:allegedly\s+)?(?:{_words(HARM_VERBS)})(?![\w-])",
    _I,
)  # "the man who shot ...", "The man police believe opened fire"
_WHO_WAS_HARMED = re.compile(
    rf"\b(?:who|that)\s+(?:was|were|had\s+been)\s+(?:{_words(HARM_VERBS)})(?![\w-])", _I
)
_OTHER_FIRST = re.compile(rf"\s*(?:(?:an?|the)\s+)?(?:{_words(OTHER_ARRESTEE_WORDS)})\b", _I)
# "Police named the man they believe drove the car into the parade as Jonah Steele"
# "named one of the suspects as X", "identified one of them as Y" (one of a group held); the name
# after a colon and a pronoun's copula: "have named the suspect: he is X"
_NAMED_OBJECT_AS = re.compile(
    r"\b(?:named|identified)\s+(?P<obj>(?:the|a|an|that|this|one\s+of)\s+[^.;:]{1,80}?)"
    r"(?:\s+as\s+|\s*[:—–-]\s*(?:he|she)\s+is\s+(?=[A-Z]))"
)
# The object is one of a group a pronoun or a determiner points back to: "one of them".
_ONE_OF_THEM = re.compile(
    r"one\s+of\s+(?:them|those|these|the\s+(?:men|women|people|two|three|four))$", _I
)
_HARM_IN = re.compile(  # active only: "who was hit by the van" is a victim
    rf"(?<![\w-])(?<!was )(?<!were )(?<!been )(?<!being )(?:{_words(HARM_VERBS)})(?![\w-])", _I
)
_HARM_ANY = re.compile(rf"(?<![\w-])(?:{_words(HARM_VERBS)})(?![\w-])", _I)  # active or passive
_VICTIM_NOUN = re.compile(rf"(?<![\w-])(?:{_nouns(VICTIM_NOUNS)})(?![\w-])", _I)
_ROLE_IN = re.compile(
    rf"(?<![\w-])(?:{_ROLE}|{_words(SUSPECT_MODIFIERS)}|suspect(?:ed|s)?)(?![\w-])", _I
)


def bare_suspects(text: str, facts: Sequence[Fact]) -> list[Found]:
    """The suspect's age and name told across sentences: a bare definite age once the report has
    a suspect, and a person identified or named whose role an earlier sentence gave."""
    out = _bare_ages(text, facts)
    if "identif" in text or "name" in text or "He " in text or "She " in text or "he is" in text:
        out.extend(_identified(text, [*facts, *out]))  # (and "He is X Y, 41")
    if "He " in text or "She " in text or " him" in text or " her" in text:
        out.extend(_pronoun_held(text, [*facts, *out]))
    if "year-old" in text:
        out.extend(_age_anaphor_named(text, [*facts, *out]))
    if _PRONOUN_AGE_GATE.search(text) or " in his " in text or " in her " in text:
        out.extend(_pronoun_age(text, [*facts, *out]))
    if " age" in text:
        out.extend(_possessive_ages(text, [*facts, *out]))  # "The charge sheet gives his age as 36"
    out.extend(surname_suspects(text, [*facts, *out]))  # "Nathan Oakes, 41, ... Oakes pleaded"
    out.extend(role_head_ages(text, [*facts, *out]))  # "against the guide ... The guide, 44,"
    if "river" in text or "otorist" in text:
        out.extend(_held_drivers_age(text, [*facts, *out]))
        if "wheel" in text or "driving" in text:
            out.extend(_wheel_named(text, [*facts, *out]))
    return out


# The age told by a possessive: "gives his age as 36", "his initials and his age, 41", "Her age
# was given as 58", "listed his age at 47".
_POSSESSIVE_AGE = re.compile(
    # or a surname's: "police gave Pomat's age as 26" (the suspect's name told before it)
    r"(?<![\w-])(?:[Hh]is|[Hh]er|(?P<owner>[A-Z][\w-]*[a-z])[’']s)\s+age\s*(?:,|\s+(?:as|at|of)|\s+(?:was|is|has\s+been)\s+"
    r"(?:given|listed|recorded|put|stated)\s+(?:as|at))\s+(?:being\s+)?(?P<n>[1-9]\d)(?![\w-]|\.\d)"
)


def _possessive_ages(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """ "The charge sheet gives his age as 36": the age of the one a pronoun names, once the
    report has told a suspect or an arrest before it, in a sentence that tells no casualty."""
    out: list[Found] = []
    for m in _POSSESSIVE_AGE.finditer(text):
        if any(f.start <= m.start("n") < f.end for f in facts if f.kind == AGE):
            continue
        told = any(
            f.kind in (AGE, NAME) or (f.kind == "arrests" and f.value != 0)
            for f in facts
            if f.start < m.start()
        )
        cut = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        own = text[cut + 1 if cut >= 0 else 0 : m.start()]
        owner = m.group("owner")
        if owner and not any(
            f.kind == NAME and owner.lower() in str(f.value).split() for f in facts
        ):
            continue  # "gave Ann's age as 30": whose, if not the suspect named before?
        if told and not _VICTIM_PRED.search(own) and not _VICTIM_NOUN.search(own):
            out.append(Found(AGE, int(m.group("n")), m.start(), m.end()))
    return out


# A driver held in any clause: "The driver of the bus that overturned has been detained",
# "Police arrested the lorry driver".
_ANY_DRIVER_HELD = re.compile(
    rf"(?<![\w-])(?:[Tt]he|[Aa])\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{'|'.join(DRIVER_NOUNS)})"
    r"(?:\s+of\s+(?:[^.;]|\.(?=\d)){1,140}?)?\s+(?:(?:has|had|was|is|been|being|later|also|then"
    r"|since|now|subsequently)\s+)+(?:arrested|detained|charged|booked|placed\s+under\s+arrest"
    r"|taken\s+into\s+(?:police\s+)?custody)(?![\w-])"
    r"|(?<![\w-])(?:arrested|detained|charged)\s+the\s+(?:[a-z][\w’'-]*\s+){0,2}?"
    rf"(?:{'|'.join(DRIVER_NOUNS)})(?![\w-])"
)
# The one at the wheel, named in a later sentence by a relative clause: "Tom Hale, 46, who was
# at the wheel,", "Ann Moss, who had been driving,".
_AT_WHEEL_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{1,3}})"
    r"(?:\s*,\s*(?:aged\s+)?(?P<age>[1-9]\d))?\s*,\s*who\s+(?:was|had\s+been)\s+"
    r"(?:(?:at|behind)\s+the\s+wheel|driving)(?=\s*[,.;]|\s+(?:the|a|an|his|her)\b)"
)


def _wheel_named(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """The person a later sentence puts at the wheel, once the report held "the driver" and told
    no suspect's name: the driver's name (and age)."""
    if any(f.kind == NAME for f in facts):
        return []
    held = _ANY_DRIVER_HELD.search(text)
    if held is None:
        return []
    m = _AT_WHEEL_NAMED.search(text, held.end())
    if m is None or any(w in _NOT_NAME for w in m.group("name").split()):
        return []
    out = [Found(NAME, " ".join(m.group("name").split()).lower(), m.start("name"), m.end("name"))]
    if m.group("age") and not any(f.kind == AGE for f in facts):
        out.append(Found(AGE, int(m.group("age")), m.start("name"), m.end("age")))
    return out


# "The driver was arrested on suspicion of DUI": a driver noun as the subject of a custody step.
_DRIVER_HELD = re.compile(
    # (in a clause a reporting verb opens: "Police said only that the driver was detained")
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\bthat\s)|(?<=\bsaid\s))(?:[Tt]he|A)\s+"
    rf"(?P<noun>{'|'.join(DRIVER_NOUNS)})\s+"
    r"(?:(?:was|has|had|been|is|being|later|also|then|since|now|subsequently)\s+)+"
    r"(?:arrested|detained|charged|booked|placed\s+under\s+arrest|taken\s+into\s+custody)\b"
)
# "... and the driver, a man in his 30s, were taken to hospital": the same definite driver with
# an apposed age, in a sentence that made them no suspect (a casualty's predicate).
# Or identified by a copula: "the train's driver is 58-year-old X Y", "The driver was X Y, 44".
_DRIVER_AGED = re.compile(
    rf"(?<![\w-])the\s+(?:[\w-]+[’']s\s+)?(?P<noun>{'|'.join(DRIVER_NOUNS)})"
    r"(?:\s*,\s+|\s+(?P<copula>is|was)\s+(?=\d|[A-Z]))",
    _I,
)


def _held_drivers_age(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """The age apposed to "the driver" where a casualty's clause told it, once another sentence
    says the driver (the only one the report names so) was arrested or charged."""
    if any(f.kind == AGE for f in facts):
        return []
    held = {m.group("noun").lower() for m in _DRIVER_HELD.finditer(text)}
    if len(held) != 1:
        return []
    for m in _DRIVER_AGED.finditer(text):
        if m.group("noun").lower() not in held:
            continue
        if m.group("copula"):  # "the train's driver is 58-year-old X Y": the person told
            return _copula_person(text, m.end())
        bare = _APPOSED_NUMBER.match(text, m.end())
        if bare:  # "the driver, 52,"
            return [Found(AGE, int(bare.group("n")), bare.start("n"), bare.end("n"))]
        found = _mentions(text[m.end() : m.end() + 40])
        age = next((a for p in found[:1] for a in p if a.age is not None and a.start <= 6), None)
        if age is not None and age.age is not None:
            return [Found(AGE, age.age, m.end() + age.start, m.end() + age.end)]
    return []


_APPOSED_NUMBER = re.compile(r"(?:aged\s+)?(?P<n>[1-9]\d)\s*,")


def _copula_person(text: str, at: int) -> list[Found]:
    """The age and the name of the person a copula identifies at ``at`` ("... is 58-year-old X Y
    from Z", "... was X Y, 44,")."""
    found = _mentions(text[at : at + 80])
    person = found[0] if found and found[0][0].start <= 3 else []
    out: list[Found] = []
    for a in person:
        if a.age is not None:  # "X Y, 44": the age's text runs from the name
            first = person[0].start if person[0].name else a.start
            out.append(Found(AGE, a.age, at + first, at + a.end))
        if a.name is not None:
            out.append(Found(NAME, a.name, at + a.start, at + a.end))
    return out


# "Rodney Platt was arrested at the scene. He is 38.": the age of the suspect the sentence before
# named as its subject.
# Also inside a reporting frame: "Police said he was 38.", "Detectives believe she is 41."
_PRONOUN_AGE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)\s+(?:said|say|says"
    r"|added|confirmed|believe|believed|understand|understood)\s+(?:that\s+)?(?:he|she)|He|She)"
    r"\s+(?:is|was)\s+(?:(?:aged\s+)?(?P<n>\d{1,2})(?:\s+years\s+old)?(?=\s*[.,;]|\s+and\b)"
    # "He is a 31-year-old father of two": an age before the pronoun's predicate noun
    r"|an?\s+(?P<m>\d{1,2})-year-old\b)"
)
# (``\b(?:[Hh]e|[Ss]he)...`` written to open with a character class, which lets the regex engine
# skip to the next h or s of the report: the look-behinds then say which word it read.)
_PRONOUN_AGE_GATE = re.compile(
    r"[HhSs](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he)\s+(?:is|was)\s+(?:aged\s+|an?\s+)?\d"
)


# The same told as a decade: "He is in his 50s", "She is thought to be in her late thirties",
# "Police have not named him but described him as being in his 50s", "Officers said he was in
# his early forties" (the decade's span is the fact's text).
_PRONOUN_DECADE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}?)\s+(?:(?:said|say|says"
    r"|added|confirmed|believe|believed|understand|understood)\s+(?:that\s+)?(?:he|she)\s+"
    r"(?:is|was)|(?:described|describe|describes|describing)\s+(?:him|her)\s+as)|(?:He|She)\s+"
    r"(?:is|was))\s+(?:(?:thought|believed|said|understood|estimated|described\s+as)\s+to\s+be\s+"
    rf"|being\s+)?(?P<decade>in\s+(?:his|her)\s+{_DECADE})(?![\w-])"
)


def _pronoun_age(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """A pronoun's age ("He is 38.", "He is in his 50s") given to the suspect named at the start
    of the sentence before (and named last there), when that sentence told no age of theirs."""
    out: list[Found] = []
    decades = _PRONOUN_DECADE.finditer(text) if " in his " in text or " in her " in text else ()
    for m in (*_PRONOUN_AGE.finditer(text), *decades):
        cut = max(text.rfind(". ", 0, max(0, m.start() - 2)), text.rfind("\n", 0, m.start() - 1))
        start = cut + 1 if cut >= 0 else 0
        lead = start + len(text[start : m.start()]) - len(text[start : m.start()].lstrip())
        told = [f for f in facts if start <= f.start < m.start()]
        names = [start + a.start for p in _mentions(text[start : m.start()]) for a in p if a.name]
        named = any(
            f.kind == NAME and f.start - lead <= SUBJECT_REACH and f.start == max(names, default=-1)
            for f in told
        )  # the suspect is the subject and the last person named: "... stabbed Jane Roe. She is"
        # or the one held, unnamed, as that sentence's subject: "A man was arrested. He is 27."
        held = not names and any(
            f.kind == "arrests" and f.value == 1 and f.start - lead <= SUBJECT_REACH for f in told
        )
        if _other_sex(text, m, lead, start):
            continue  # "A man was arrested after a woman was killed. She was in her 70s."
        if "decade" in m.re.groupindex:
            band = _age_value(m)
            if (named or held) and band is not None and not any(f.kind == AGE for f in told):
                out.append(Found(AGE, band, m.start("decade"), m.end()))
            continue
        value = int(m.group("n") or m.group("m"))
        if (named or held) and not any(f.kind == AGE for f in told) and 10 <= value <= 99:
            out.append(Found(AGE, value, m.start(), m.end()))
    return out


_PRONOUN_SEX = re.compile(r"\b(?:(?P<m>he|him)|(?P<f>she|her))\b", _I)
_SUBJECT_SEX = re.compile(
    r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?(?:(?P<m>man|boy)|(?P<f>woman|girl))\b", _I
)


def _other_sex(text: str, m: re.Match[str], lead: int, start: int) -> bool:
    """Whether the pronoun tells another sex than the held subject of the sentence before ("A man
    was arrested ... She was 74": the woman of its later clause)."""
    pronoun = _PRONOUN_SEX.search(text, m.start(), m.end())
    subject = _SUBJECT_SEX.match(text, lead, min(m.start(), lead + 40))
    if not pronoun or not subject or lead >= m.start() or start > lead:
        return False
    return bool(pronoun.group("m")) != bool(subject.group("m"))


def _bare_age_matches(text: str) -> list[re.Match[str]]:
    """``_BARE_AGE.finditer``, tried only where its opening words stand (``_BARE_AGE_OPENING``)."""
    out: list[re.Match[str]] = []
    reached = pos = 0
    while (at := _BARE_AGE_OPENING.search(text, pos)) is not None:
        pos = at.start() + 1
        if at.start() >= reached and (m := _BARE_AGE.match(text, at.start())):
            out.append(m)
            reached = m.end()
    return out


# "He was 31 at the time of the attack": the suspect's age then, which a later report's
# "Marcus Veld, 32," (the age at the hearing) does not replace.
_AGE_AT_THE_TIME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:He|She)\s+was\s+(?:aged\s+)?(?P<n>\d{1,2})\s+at\s+the\s+time\b"
)


def ages_then(text: str, facts: Sequence[Fact]) -> tuple[set[int], list[Found]]:
    """The suspect's age "at the time", told after their age now ("Marcus Veld, 32, ... He was
    31 at the time of the attack"): the starts of the ages it replaces, and the ages it gives."""
    drop: set[int] = set()
    out: list[Found] = []
    if "at the time" not in text:
        return drop, out
    for m in _AGE_AT_THE_TIME.finditer(text):
        value = int(m.group("n") or m.group("m"))
        cut = max(text.rfind(". ", 0, max(0, m.start() - 2)), text.rfind("\n", 0, m.start() - 1))
        start = cut + 1 if cut >= 0 else 0
        told = [f.start for f in facts if f.kind == AGE and start <= f.start < m.start()]
        if not told or not 10 <= value <= 99:
            continue  # only a suspect's age told just before is the one it corrects
        drop.update(told)
        out.append(Found(AGE, value, m.start(), m.end()))
    return drop, out


# "He was later detained by the coastguard": a custody step told of the person the sentence
# before named as its subject ("The boat's captain, Kendell Hypolite, 52, was among those
# rescued.").
_PRONOUN_HELD = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:He|She)\s+(?:(?:was|has|had|been|is|later|also|then"
    r"|subsequently|since|now|remains|remained|still|currently|being)\s+)*(?:arrested|detained"
    r"|charged|taken\s+into\s+(?:police\s+)?custody|remanded|(?:held|taken\s+in)\s+for\s+questioning"
    # a custody told as a state: "He is now under the custody of the town police", "She remains in
    # police custody", "He is under arrest", "He is being held at Kelso police station"
    r"|(?:in|under)\s+(?:police\s+|judicial\s+)?custody(?!\s+of\b)|under\s+arrest"
    r"|(?:in|under)\s+the\s+custody\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:police|officers"
    r"|authorities|gendarmes|gendarmerie|prosecutors?)"
    r"|held\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?(?:police\s+station|jail|cells?"
    r"|prison|custody))(?![\w-])"
)
SUBJECT_REACH = 80  # characters from a sentence's start where its subject's name stands
# A victim's, witness's or official's noun right before the subject's name ("Judge", "Witness").
_TITLED = re.compile(rf"(?<![\w-])(?:{_nouns(VICTIM_NOUNS)})\s+$", _I)
_HE_SHE = re.compile(r"He|She")
# A newsroom's verb of knowing after a subject: an outlet that tells of someone else ("The
# Courier understands he is ...", "The Herald has learned that she ..."), not a person who may be
# the one a pronoun resumes ("X told reporters he had ..." keeps X).
_SOURCE_VERB_AFTER = re.compile(
    r"\s+(?:understands|(?:has|have)\s+learn[et]d?|can\s+(?:reveal|confirm)|has\s+established)\b"
)


# The authorities' custody step or suspicion with the pronoun as its object, opening a sentence:
# "Police arrested him at his home", "Officers have detained her", "Police have named him as a
# suspect", "Prosecutors declared her a formal suspect" (the pronoun resumes the sentence before).
_OBJECT_HELD = re.compile(
    r"(?:Police|Officers|Detectives|Prosecutors|Investigators|Gardaí|Gardai)\s+"
    r"(?:(?:have|has|had|later|then|also|subsequently|since|now|have\s+since)\s+)*"
    r"(?:(?:arrested|detained|charged|booked|apprehended)\s+(?:him|her)"
    r"|(?:named|identified|declared|treated|listed|made|considered)\s+(?:him|her)\s+(?:as\s+)?an?\s+"
    r"(?:formal\s+|official\s+|main\s+|prime\s+)?suspect)(?![\w’'-])"
)


def _pronouns_held(text: str) -> list[re.Match[str]]:
    """``_PRONOUN_HELD.finditer``, tried only where "He" or "She" stands (every match opens with
    one): its look-behinds keep the regex engine from skipping ahead by itself; then the
    sentence-opening steps with the pronoun as their object (``_OBJECT_HELD``)."""
    out: list[re.Match[str]] = []
    reached = 0
    for at in _HE_SHE.finditer(text):
        if at.start() >= reached and (m := _PRONOUN_HELD.match(text, at.start())):
            out.append(m)
            reached = m.end()
    if " him" in text or " her" in text:
        for m in _OBJECT_HELD.finditer(text):
            lead = text[max(0, m.start() - 2) : m.start()]
            if m.start() == 0 or lead.endswith(("\n", ". ", "! ", "? ")):
                out.append(m)
        out.sort(key=lambda m: m.start())
    return out


# A sentence opening with a bare definite age: "The 41-year-old, who ..., was led away".
_AGE_OPENS = re.compile(
    rf"\s*[Tt]he\s+(?:\d{{1,2}}|{WORD_NUMBER})-year-old(?:\s*,|\s+(?:was|is|had|has|who)\b)"
)


def _age_anaphor_named(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """The name of a suspect told only by a bare definite age opening their sentence ("The
    41-year-old ... was led away in handcuffs"): the person the sentence before named last, when
    the report has told no suspect's name and that sentence no casualty or harm."""
    if any(f.kind == NAME for f in facts):
        return []
    for f in facts:
        if f.kind != AGE:
            continue
        cut = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start))
        start = cut + 1 if cut >= 0 else 0
        opening = _AGE_OPENS.match(text, start)
        if opening is None or not start <= f.start < opening.end():
            continue
        prev_cut = max(text.rfind(". ", 0, max(0, cut - 1)), text.rfind("\n", 0, max(0, cut - 1)))
        lo = prev_cut + 1 if prev_cut >= 0 else 0
        before = text[lo : cut + 1]
        if _VICTIM_PRED.search(before) or _HARM_ANY.search(before) or _KIN.search(before):
            return []  # "X was stabbed ... The 30-year-old was arrested": not X
        named = [p for p in _mentions(before) if any(a.name for a in p)]
        if not named or any(a.age is not None and a.age != f.value for a in named[-1]):
            return []
        return [Found(NAME, a.name, lo + a.start, lo + a.end) for a in named[-1] if a.name]
    return []


def _pronoun_held(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """The person a pronoun's custody step refers to: the named subject of the sentence before,
    when the report has told no suspect before it."""
    out: list[Found] = []
    for m in _pronouns_held(text):
        if any(f.kind in (AGE, NAME) and f.start < m.start() for f in (*facts, *out)):
            continue
        cut = max(text.rfind(". ", 0, max(0, m.start() - 2)), text.rfind("\n", 0, m.start() - 1))
        start = cut + 1 if cut >= 0 else 0
        before = text[start : m.start()]
        lead = len(before) - len(before.lstrip())
        for mention in _mentions(before):
            if mention[0].start - lead > SUBJECT_REACH:
                continue
            if not any(a.name for a in mention) and not _unnamed_subject(text, m, before, mention):
                continue
            if _TITLED.search(before, 0, mention[0].start):
                break  # "District Judge X sent the case ...": a judge, a witness, never the held
            if _SOURCE_VERB_AFTER.match(before, mention[-1].end):
                break  # "Mountain News understands he is ...": the outlet is a source
            first = mention[0].start
            for a in mention:
                if a.name is not None:
                    out.append(Found(NAME, a.name, start + a.start, start + a.end))
                elif a.age is not None:
                    out.append(Found(AGE, a.age, start + first, start + a.end))
            break
    return out


def _unnamed_subject(text: str, m: re.Match[str], before: str, mention: list[_Anchor]) -> bool:
    """Whether an unnamed person told by an age ("A 64-year-old man from the village was
    driving", "The driver, a woman in her fifties, had turned") is the subject the pronoun's
    custody step points back to: the first person of the sentence before, not harmed there and of
    the pronoun's sex."""
    if not any(a.age is not None for a in mention) or _VICTIM_PRED.search(before):
        return False
    if _HARMED_AFTER_SUBJECT.search(before) or _KIN.search(before):
        return False  # "A 70-year-old man was knocked down by the van": a casualty
    lead = len(before) - len(before.lstrip())
    start = m.start() - len(before)
    return not _other_sex(text, m, start + lead, start)


_HARMED_AFTER_SUBJECT = re.compile(
    rf"\b(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:{_words(HARM_VERBS)}|knocked"
    r"|run\s+over|mown|mowed|struck|hit|injured|hurt|wounded)(?![\w-])",
    _I,
)


def _identified(text: str, facts: Sequence[Fact | Found]) -> list[Found]:
    """ "He has been identified as Travis Mendel, 45": the pronoun's person is the one whose role
    the sentence or the two before it give (the driver who ran, a man suspected of ...)."""
    out: list[Found] = []
    for m in _IDENTIFIED_AS.finditer(text):
        at = m.end()
        pronoun = m.group(0)[0] in "HShs"
        if (
            pronoun
            and text[max(0, m.start() - 2) : m.start()].strip().strip("\"“‘'")
            not in ("", ".", "!", "?")
            and not _ATTRIBUTED.search(text, max(0, m.start() - 80), m.start())
        ):
            continue  # the copula names only as a sentence's opening: "He is X Y, 41."
        if (
            pronoun
            and m.group(0)[0] in "hs"
            and not _ATTRIBUTED.search(text, max(0, m.start() - 80), m.start())
        ):
            continue  # "he is" mid-sentence only after a source's word
        if pronoun and _victim_nearer(text, m.start()):
            continue  # "Police said the victim was a shopkeeper. He was X Y, 50.": the victim
        if any(f.start <= at < f.end and f.kind in (AGE, NAME) for f in facts):
            continue  # already found in its own sentence
        start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1)
        subject = text[start : m.start()]
        if _KIN.search(subject) or _KIN.search(m.group(0)):
            continue  # "The teen's family has identified him as ...", "named by relatives as":
            # families name the dead
        victim = _last_victim(subject)
        role = _last(_ROLE_IN, subject, _WHO_HARMED)
        held = _HELD_HEAD.search(subject)  # "The man in custody", "The woman arrested"
        role = max(role, held.start() if held else -1)
        if victim > role or _OTHER_FIRST.match(subject):
            continue  # "The woman who died was named as ...", "A second man was named as"
        if (
            role < 0
            and _DRIVER_SUBJECT.search(subject)
            and _driver_suspect_told(text, facts, len(text))
        ):
            role = 0  # "The tanker driver, identified as X, ..." and "the 40-year-old driver" held
        if (
            role < 0
            and _RELATIVE_OF_TOLD.search(subject)
            and any(f.kind == AGE and start <= f.start < m.start() for f in facts)
        ):
            role = 0  # "driven by a 71-year-old man whom police identified only as ...": his
        if role < 0 and not _suspect_before(text, start):
            continue
        if role < 0 and _pronoun_of_victim(text, m, subject, start):
            continue  # "A 64-year-old man who was stabbed died. Police identified him as X"
        found = _identity_at(text, at)
        if found and _DIED_AFTER.match(text, max(f.end for f in found)):
            continue  # "identified as X, 66, of Kesla, who died at 4 am": a casualty named
        named_age = _AGE_BEFORE_ID.search(subject) if "year" in subject else None
        told_at = start + named_age.start("n") if named_age else -1
        if (
            named_age
            and not any(f.kind == AGE for f in found)
            and any(f.kind == NAME for f in found)
            and not any(f.kind == AGE and f.start <= told_at < f.end for f in facts)
        ):
            value = number_value(named_age.group("n"))  # "a 29-year-old named as X": its age
            if value is not None and 10 <= value <= 99:
                end = max(f.end for f in found)
                found.append(Found(AGE, value, start + named_age.start(), end))
        out.extend(found)
    for m in _NAMED_OBJECT_AS.finditer(text):
        obj = m.group("obj")
        if any(f.start <= m.end() < f.end and f.kind in (AGE, NAME) for f in (*facts, *out)):
            continue
        role = _last(_ROLE_IN, obj, _HARM_IN)
        if (
            role < 0
            and _DRIVER_OBJ.fullmatch(obj)
            and (_suspect_before(text, m.start()) or _driver_suspect_told(text, facts, m.start()))
        ):
            role = 0  # "identified the driver as X" after "the driver ... did not stop"
        if role < 0 and _ONE_OF_THEM.match(obj) and _suspect_before(text, m.start()):
            role = 0  # "Police arrested two men. Officers named one of them as X"
        if role < 0 and _held_later_in_sentence(text, m.end()) and not _VICTIM_NOUN.search(obj):
            role = 0  # "named the driver as X, 34, and said he had been arrested"
        if _WHO_WAS_HARMED.search(obj):
            continue  # "the man who was stabbed by the robber": the head was harmed
        doer = _WHO_HARMED.search(obj)  # "the man who stabbed the guard": the head did it
        if doer or (role >= 0 and role > _last(_VICTIM_NOUN, obj, _VICTIM_PRED)):
            out.extend(_identity_at(text, m.end()))  # "named the man who drove ... as X"
    return out


# The identification in a relative clause of the person just told: "a 52-year-old man whom
# police identified as", "a 30-year-old, who was named as".
_RELATIVE_OF_TOLD = re.compile(r"\b(?:whom|who)\s+(?:[\w-]+\s+){0,2}$", _I)
# The person an identification names, told first by an age: "one of them, a 29-year-old named
# as X", "the 40-year-old driver, identified as Y", "A 35-year-old man, later named as Z".
_AGE_BEFORE_ID = re.compile(
    rf"(?<![\w-])(?:an?|the)\s+(?P<n>\d{{1,2}}|{WORD_NUMBER})-year-old(?:\s+[a-z][\w’'-]*){{0,2}}?"
    r"\s*,?\s*(?:(?:later|since|subsequently|then)\s+)?(?:(?:was|has\s+been|had\s+been)\s+)?$",
    _I,
)
_PRONOUN_OBJECT = re.compile(r"\b(?:him|her|them)\b|^\s*(?:[Hh]e|[Ss]he|They)\s", _I)
# The named person's own relative clause tells a casualty: "identified as X, 66, of Kesla, who
# died around 4 am", "named as Y, a student who was helping his mother, who later died" (within
# the person's appositions: not past the next person, ", and Z, 23,").
_DIED_AFTER = re.compile(
    r"(?:(?!\band\s+(?-i:[A-Z]))[^.;]){0,160}?\bwho\s+(?:(?:later|then|subsequently|also|had|has"
    r"|have)\s+)*(?:died|dies|succumbed|passed\s+away|(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:(?:fatally|critically|seriously|badly)\s+)?(?:killed|injured|hurt|wounded|burned|burnt"
    r"|crushed|pronounced\s+dead|found\s+dead))(?![\w-])",
    _I,
)


def _pronoun_of_victim(text: str, m: re.Match[str], subject: str, start: int) -> bool:
    """Whether an identification's pronoun ("identified him as", "She was named as") points back
    to the sentence right before, and that sentence tells a casualty and no suspect: the pronoun
    is the casualty's ("A woman who was hit by the van died in hospital. She was named as X")."""
    if not _PRONOUN_OBJECT.search(m.group(0)) and not _PRONOUN_OBJECT.match(subject):
        return False
    cut = max(text.rfind(". ", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 2)))
    before = text[cut + 1 if cut >= 0 else 0 : start]
    return bool(
        _VICTIM_PRED.search(before)
        and not _SUSPECT_PRED_IN.search(before)
        and not _ROLE_IN.search(before)
        and not _WHO_HARMED.search(before)
    )


# The named person's custody told in the rest of the naming sentence by a pronoun: "Police named
# the driver as X, 34, and said he had been arrested", "identified the owner as X; she was held".
_PRONOUN_HELD_LATER = re.compile(
    r"(?<![\w-])(?:he|she)\s+(?:(?:had|has|was|is|been|being|later|also|then|now|since)\s+)*"
    r"(?:arrested|detained|charged|remanded|taken\s+into\s+(?:police\s+)?custody"
    r"|in\s+(?:police\s+)?custody|held\s+(?:at|in|for|on|over)\b)(?![\w-])",
    _I,
)


def _held_later_in_sentence(text: str, at: int) -> bool:
    """Whether the sentence that names someone at ``at`` goes on to say a pronoun was held."""
    stop = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
    return _PRONOUN_HELD_LATER.search(text, at, stop) is not None


# Who names a victim: "His family named him as ...", "Relatives identified her as ...".
_KIN = re.compile(
    r"(?<![\w-])(?:family|families|relatives|parents|loved\s+ones|next\s+of\s+kin|widow"
    r"|widower)(?![\w-])",
    _I,
)
_DRIVER_OBJ = re.compile(rf"(?:the|a|an)\s+(?:{'|'.join(DRIVER_NOUNS)}|rider)", _I)


# A person noun with its custody step as a reduced relative or a prepositional phrase: "The man
# in custody has been named as X", "The woman arrested on Friday was named as X".
_HELD_HEAD = re.compile(
    r"(?<![\w-])(?:man|woman|person|teenager|youth|boy|girl|driver|motorist|rider|men|women|people)"
    r"\s+(?:(?:now|currently|still)\s+)?(?:in\s+(?:police\s+)?custody|under\s+arrest|arrested|detained"
    r"|charged|held|accused|remanded|jailed)(?![\w-])",
    _I,
)


# The complement of what a person is held or accused for, running on to where it stands: "the
# man suspected of killing one of the", "a foreman charged with causing the deaths of two" (a
# victim noun or a casualty's predicate there is what the suspect is accused of).
_ACCUSED_OF = re.compile(
    r"(?<![\w-])(?:suspected|accused|charged|wanted|arrested|detained|held|blamed|responsible)"
    r"\s+(?:of|with|for|over|in\s+connection\s+with)\s+[^,;:()]*$",
    _I,
)


_WHOM_BEFORE = re.compile(r"(?<![\w-])(?:whom|who)\s+(?:the\s+)?$", _I)
_AGENT_END = re.compile(r"\s*(?:(?:have|has|had)\s+)?", _I)


def _last_victim(subject: str) -> int:
    """Where the last victim noun or casualty predicate of ``subject`` starts (-1 for none), not
    counting one inside what a person is accused of ("the man suspected of killing one of the
    victims, whom ...": the relative pronoun's person is the suspect, not a victim)."""
    found = [
        m.start()
        for p in (_VICTIM_NOUN, _VICTIM_PRED)
        for m in p.finditer(subject)
        if not _ACCUSED_OF.search(subject, max(0, m.start() - 120), m.start())
        and not (  # the agent of a relative clause's identification: "whom officers identified"
            _WHOM_BEFORE.search(subject, max(0, m.start() - 12), m.start())
            and _AGENT_END.fullmatch(subject, m.end())
        )
    ]
    return max(found, default=-1)


def _last(a: re.Pattern[str], text: str, b: re.Pattern[str]) -> int:
    """Where the last match of either pattern starts (-1 for none): the nearer role decides
    ("Prosecutors say that the gunman ..., identified as": the gunman's)."""
    return max((m.start() for p in (a, b) for m in p.finditer(text)), default=-1)


def _two_sentences_before(text: str, start: int) -> str:
    """The text of the (up to) two sentences before ``start``, to its start."""
    lo = start
    for _ in range(2):
        cut = max(text.rfind(". ", 0, max(0, lo - 2)), text.rfind("\n", 0, max(0, lo - 2)))
        lo = cut + 1 if cut >= 0 else 0
        if lo == 0:
            break
    return text[lo:start]


def _victim_nearer(text: str, start: int) -> bool:
    """Whether, in the two sentences before ``start``, a victim is told after the last suspect
    (the person a sentence-opening pronoun resumes is the one told last)."""
    before = _two_sentences_before(text, start)
    victim = max(
        (
            v.start()
            for p in (_VICTIM_NOUN, _VICTIM_PRED)
            for v in p.finditer(before)
            if not _HARM_OBJECT_BEFORE.search(before, max(0, v.start() - 40), v.start())
        ),
        default=-1,
    )  # (not the object of the harm: "after he shot a guard")
    return victim > _last(_ROLE_IN, before, _SUSPECT_PRED_IN)


_HARM_OBJECT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_words(HARM_VERBS)})\s+(?:[\w’'-]+\s+){{0,2}}$", _I
)


def _suspect_before(text: str, start: int) -> bool:
    """Whether one of the two sentences before ``start`` tells a suspect's role."""
    before = _two_sentences_before(text, start)
    return bool(_SUSPECT_PRED_IN.search(before) or _ROLE_IN.search(before))


def _driver_suspect_told(text: str, facts: Sequence[Fact | Found], at: int) -> bool:
    """Whether the report has already given a driver's age as the suspect's ("the driver, aged
    38, attempted to flee") and no suspect's name: a later "identified the driver as X" names
    that driver, however many sentences lie between."""
    told = [f for f in facts if f.kind in (AGE, NAME) and f.start < at]
    if not told or any(f.kind == NAME for f in told):
        return False
    return any(_DRIVER_NEAR.search(text, max(0, f.start - 40), f.end) for f in told)


# The driver as the subject an identification apposes: "The lorry driver, identified as".
_DRIVER_SUBJECT = re.compile(
    rf"(?<![\w-])(?:[Tt]he|[Aa])\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{'|'.join(DRIVER_NOUNS)})"
    r"\s*,\s*$"
)
_DRIVER_NEAR = re.compile(rf"(?<![\w-])(?:{'|'.join(DRIVER_NOUNS)})(?![\w-])", _I)


def _identity_at(text: str, at: int) -> list[Found]:
    """The name with its age, or the bare age ("a 29-year-old"), an identification gives."""
    out: list[Found] = []
    age = _YEAR_OLD_AT.match(text, at)
    if age:
        value = number_value(age.group("n"))
        if value is not None and 10 <= value <= 99:
            out.append(Found(AGE, value, age.start("n"), age.end()))
        named = _ID_NAME.match(text, age.end() + 1) if age.group("art") is None else None
        if named and not any(w in _NOT_NAME for w in named.group("name").split()):
            said = " ".join(named.group("name").split()).lower()  # "as 62-year-old Dwayne Kessler"
            out.append(Found(NAME, said, named.start(), named.end()))
        return out
    name = _ID_NAME.match(text, at)
    if not name or any(w in _NOT_NAME for w in name.group("name").split()):
        return out
    said = _QUOTED.sub("", name.group("name"))  # 'Thabo "Ntate" Mokoena' is thabo mokoena
    out.append(Found(NAME, " ".join(said.split()).lower(), name.start(), name.end()))
    told_age = _AGE_AFTER_NAME.match(text, name.end())
    if told_age:
        value = int(re.sub(r"\D", "", told_age.group(0)))
        if 10 <= value <= 99:
            out.append(Found(AGE, value, name.start(), told_age.end()))
    return out


# The sex a person noun tells, to keep a bare age of another person from the suspect's.
_SEX = {"man": "m", "boy": "m", "woman": "f", "girl": "f"}
_NOUN_AFTER = re.compile(r"(?:-year-old)?\s+(?:[a-z]+\s+)?(man|woman|boy|girl)\b")


def _sex_after(text: str, end: int) -> str | None:
    """The sex of the person noun right after a told age ("a 20-year-old man"), if any."""
    m = _NOUN_AFTER.match(text, end)
    return _SEX[m.group(1)] if m else None


def _bare_ages(text: str, facts: Sequence[Fact]) -> list[Found]:
    """ "The 22-year-old was the subject of a search", "named the 23-year-old as Jordan Pike":
    a bare definite age, once the report has a suspect, is that suspect unless hurt or harmed."""
    if "year-old" not in text:
        return []
    told = [f for f in facts if f.kind in (AGE, NAME)]
    if not told:
        return []
    first = min(f.start for f in told)
    sexes = {_sex_after(text, f.end) for f in told if f.kind == AGE} - {None}
    out: list[Found] = []
    for m in _bare_age_matches(text):
        if m.start() < first or any(f.start <= m.start() < f.end for f in facts):
            continue
        sex = _SEX.get((m.group(0).split()[-1]).lower())
        if sex and sexes and sex not in sexes:
            continue  # "A 20-year-old man was arrested ... the 13-year-old girl was": not him
        stop = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0),
                   default=len(text))  # fmt: skip
        rest = text[m.end() : stop]
        lead = text[max(0, m.start() - 40) : m.start()]
        if _VICTIM_PRED.search(rest[:100]) or _HARM_BEFORE.search(lead):
            continue  # "the 34-year-old died", "stabbed the 34-year-old"
        value = number_value(m.group("n"))
        if value is None or not 10 <= value <= 99:
            continue
        out.append(Found(AGE, value, m.start(), m.end()))
        named = _NAMED_AS.match(text, m.end())
        if named:
            out.append(Found(NAME, named.group("name").lower(), named.start("name"), named.end()))
    return out
