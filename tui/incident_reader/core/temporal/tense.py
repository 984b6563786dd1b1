"""The tense of the clause around a time expression: which side of the DCT a bare day falls on.

News speaks of the recent past and the near future, and the verbs around "Friday" or "in March"
say which: "said Friday" is past, "will meet Friday" and "they meet Friday" future. The cue
words are lexicon tables; this module only says how near a cue must be and which one wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from incident_reader.core.temporal import lexicon as lx

_I = re.IGNORECASE
_FUTURE_WORDS = lx.alternation(lx.FUTURE_CUES)
_CLITICS = lx.alternation(lx.FUTURE_CLITICS)
_BASE = lx.alternation(lx.SCHEDULE_VERBS)
_THIRD = lx.alternation(third for third, _ in lx.SCHEDULE_VERBS.values() if third)
_ING = lx.alternation(ing for _, ing in lx.SCHEDULE_VERBS.values())
_PAST_WORDS = lx.alternation(lx.PAST_VERBS)

_FUTURE = re.compile(
    r"(?:(?<![\w'’])(?:" + _FUTURE_WORDS + r")|(?<=\w)(?:" + _CLITICS + r"))(?![\w])", _I
)
_FUTURE_CONJUNCTION = re.compile(r"\b(?:" + lx.alternation(lx.FUTURE_CONJUNCTIONS) + r")\b", _I)
_PAST_JUST_BEFORE = re.compile(
    r"\b(?:" + _PAST_WORDS + r"|\w+ed)(?:\s+(?:on|by|at|in|late|early|last))?\s+$", _I
)
# A scheduled event or a present "be" right before a day makes it the event's day: "the vote is
# on Thursday", "they meet Monday", "the trial begins Tuesday", "she is flying to Paris Friday";
# a clock between them may carry its zone ("is at 8pm BST on Sunday", "at noon Eastern time on").
_PRESENT_JUST_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?P<be>" + lx.alternation(lx.PRESENT_BE) + r")"
    r"|(?P<ing>" + _ING + r")|(?P<third>" + _THIRD + r")|(?P<base>" + _BASE + r"))"
    r"(?:\s+\w+ly)?(?:\s+(?:at|from)\s+(?:\d[\d.:]*\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)"
    r"(?:\s+(?-i:[A-Z]{2,4})|\s+(?:local|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+time)?)?"
    r"(?:\s+(?:on|at|in|from|this|early|late|as\s+(?:early|soon)\s+as))?\s+$",
    _I,
)
_AHEAD_JUST_BEFORE = re.compile(r"\b(?:" + lx.alternation(lx.AHEAD_OF) + r")\s+$", _I)
_REPORTING = re.compile(r"\b(?:" + lx.alternation(lx.REPORTING_VERBS) + r")$", _I)
_CONTENT = re.compile(r"\b(?:" + lx.alternation(lx.CONTENT_OPENERS) + r")\b", _I)
# Where the clause of a time ends after it: "told reporters in January that he would quit".
_CLAUSE_END = re.compile(r",|\b(?:" + lx.alternation(lx.CLAUSE_OPENERS) + r")\b", _I)
_PAST_PERFECT = re.compile(r"\bhad\b", _I)
# "was"/"were" right before a future cue: the plan is told as it stood then ("was due to fly").
_PAST_BE_BEFORE = re.compile(
    r"\b(?:was|were|wasn['’]t|weren['’]t)\s+(?:not\s+)?(?:\w+ly\s+|still\s+|also\s+)?$", _I
)
_PAST_PLAN = frozenset(lx.PAST_PLAN_CUES)
# A weekday within a past-told plan is still the coming one ("planned to leave on Thursday"):
# wire copy tells this week's plans in the past tense; a month or a date is far enough to tell.
_WEEKDAY_IN = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", _I)
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had)\b", _I)
_CONJUNCTIONS = frozenset(lx.FUTURE_CONJUNCTIONS)
# A participle after a form of "be" is a passive, not a past tense ("to be completed by Dec. 15").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|remain|remains|stay|stays)\s+(?:\w+ly\s+)?(?:\w+ed\s+(?:and|or)\s+)?$",
    _I,
)
# Between a past verb and a month, words that look ahead from it ("agreed to buy it in
# January", "extended the loans through January", "planned for early March").
_LOOKS_AHEAD = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|\d|(?:" + lx.alternation(lx.BARE_DESTINATIONS) + r")\b)[a-z]+\b"
    r"|\bfor\s+(?:early|late|mid)|\b(?:through|until|till|by|to)\s*$",
    _I,
)
# Anywhere in a sentence: a future cue, a scheduled event in the present, or a past verb; the
# nearest one to a span sets its tense.
_TENSE_CUE = re.compile(
    r"(?:(?<=\w)(?P<clitic>" + _CLITICS + r")|(?<![\w'’])(?:(?P<fut>" + _FUTURE_WORDS + r")"
    r"|(?P<ing>" + _ING + r")|(?P<third>" + _THIRD + r")|(?P<base>" + _BASE + r")"
    r"|(?P<past>" + _PAST_WORDS + r"|has\s+been|have\s+been|\w{3,}(?<!ne)(?<!ee)ed)))(?![\w])",
    _I,
)
_UNTIL_JUST_BEFORE = re.compile(
    r"\b(?:until|till)\s+(?:(?:about|around)\s+)?(?:\d[\d.:]*\s*(?:[ap]\.?m\.?)?\s+)?(?:on\s+)?$",
    _I,
)
_LOOK_AHEAD_PAST = frozenset(lx.LOOK_AHEAD_PAST)
_STOPPING_ACTIVE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:"
    + lx.alternation(lx.STOPPING_ACTIVE)
    + r")\s+(?!until\b|till\b)[a-z]",
    _I,
)
_CLOCK = r"(?:\d[\d.:]*\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)"
# "starting Monday", "beginning at 7 p.m. Thursday", "starting at 6pm on Friday": the clock
# between them is the start's too.
_STARTING_JUST_BEFORE = re.compile(
    r"\b(?:" + lx.alternation(lx.STARTING_FROM) + r")\s+"
    r"(?:at\s+(?:" + _CLOCK + r"\s+(?:on\s+)?)?|on\s+|from\s+)?$",
    _I,
)
# "through Tuesday" after a verb that sets an end ahead ("ordered flags lowered through Tuesday",
# "extended the curfew through Sunday", "suspended service through Friday").
_THROUGH_JUST_BEFORE = re.compile(r"\b(?:through|thru)\s+$", _I)
_SETS_AN_END = frozenset((*lx.LOOK_AHEAD_PAST, *lx.STOPPING_ACTIVE))
# A modal, its verb and "by" before a time: a deadline ahead ("could reopen by the weekend",
# "may be lifted by Friday", "should know more by Monday").
_MODAL_BY_BEFORE = re.compile(
    r"\b(?:" + lx.alternation(lx.DEADLINE_MODALS) + r")\s+(?:not\s+)?(?:be\s+)?[a-z]+"
    r"(?:\s+(?!by\b)[\w'’-]+){0,4}?\s+by\s+$",
    _I,
)
# A verb of calling off right before a day's event: the event was still to come ("cancelled
# Sunday's parade", "called off Saturday's match").
_CALLED_OFF_JUST_BEFORE = re.compile(r"\b(?:" + lx.alternation(lx.CALLING_OFF) + r")\s+$", _I)
# A participle and "for" right before a day: what is fixed for it lies ahead ("declared for
# Tuesday", "booked for Friday", "set for Monday").
_MEANT_FOR_BEFORE = re.compile(r"\b(?:\w+ed|set)\s+for\s+$", _I)
# Before a weekday an object may stand between ("canceled classes for Friday", "called a strike
# for Thursday", "has called the board together for Monday", "convened an emergency meeting for
# Tuesday"); a period is what a result is for ("reported a loss for the fourth quarter").
_MEANT_OBJECT_FOR_BEFORE = re.compile(
    r"\b(?:\w+ed|set)\s+"
    r"(?:(?!(?:on|at|in|by|from|over|after|before|since|and|or|who|which|that|was|were|is|are)\b)[a-z][\w'’-]*\s+){1,8}"
    r"for\s+$",
    _I,
)
# A plan told in the present passive, its place between it and "for" ("a vigil is being planned
# at the harbour wall for Sunday", "prayers are held in the main square for Friday").
_PLANNED_FOR_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:being\s+)?(?:\w+ly\s+)?(?:\w+ed|held|set)(?:\s+[\w'’&.-]+){0,8}?\s+for\s+$",
    _I,
)
_WEEKDAY_SPAN = re.compile(r"(?-i:[A-Z][a-z]{2,5}day)$")
_WEEKDAY_FIRST = re.compile(r"(?-i:[A-Z][a-z]{2,5}day)\b")  # "Sunday evening" too
# A headline's "to" and a verb is its future ("Storm to bring snow by Friday", "Minister to quit
# on Monday"); a determiner, a name or a plural after "to" is a place or a goal ("Flights to
# Paris", "Appeal to witnesses after crash on Friday").
_HEADLINE_TO = re.compile(
    r"(?<![\w'’])(?<!ing\s)to\s+(?!(?:the|a|an|his|her|their|its|be)\b)(?:[a-z]+ss|[a-z]*[a-rt-z])\b"
)
_HEADLINE_END = frozenset('.!?"”:;,')
# "had been detained", "has been charged": a perfect passive is past, unless a modal makes it a
# future perfect ("will have been completed by Friday").
_PERFECT_PASSIVE_BEFORE = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bcould\s)(?<!['’]ll\s)\b(?:had|has|have)\s+(?:\w+ly\s+)?been\s+$",
    _I,
)
# An indefinite gathering that a clause calls, holds or summons to, its day right after it: a
# direct object or the goal of "to"/"for", not a setting ("arrested at a protest on Sunday").
_GATHERING_BEFORE = re.compile(
    r"(?<![\w'’])(?P<art>an?)\s+(?:(?!(?:an?|the|at|in|on|to|of|for|and|or)\s)[\w'’-]+\s+){0,3}?(?:"
    + lx.alternation(lx.GATHERING_NOUNS)
    + r")(?![\w'’-])(?:\s+(?:at|in|outside|near|by|of|for|through|along|across|around|against)"
    r"\s+(?:the\s+)?(?:(?!(?:on|this|next)\s)[\w'’&.-]+\s+){0,4}?)?"
    r"\s*(?:on|this|next|early|late)?\s+$",
    _I,
)
_GATHERING_PREPOSITIONS = frozenset(("to", "for"))
_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")
# Words that may follow a time closing its clause; any other lower-case word is a verb.
_AFTER_ADJUNCT = frozenset((
    *lx.CLAUSE_OPENERS, *lx.EVENT_PREPOSITIONS, "at", "in", "on", "to", "into", "from", "with",
    "for", "by", "near", "outside", "inside", "around", "and", "or", "but", "as", "while",
    "before", "until", "till", "unless", "so", "then", "morning", "afternoon", "evening",
    "night", "next", "this", "week",
))  # fmt: skip
_NOT_OBJECT_BEFORE = frozenset((*lx.EVENT_PREPOSITIONS, "at", "in", "on", "from", "by", "with"))
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$", _I)
_SINCE_JUST_BEFORE = re.compile(
    r"\b(?:since|ago|earlier|previously)\s+(?:early|late|mid-?)?\s*$", re.IGNORECASE
)
# "He and his rival meet": a plural subject joined by "and" a few words before the verb.
_COMPOUND_SUBJECT = re.compile(r"\band\s+(?:(?:his|her|their|its|the)\s+)?[a-z]+\s+$", _I)
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s+$")
_NOT_FINITE = frozenset(lx.NOT_FINITE_BEFORE)
_BASE_FORM_BEFORE = frozenset(("to", *lx.MODALS))
_SUBJECTS = frozenset(lx.SUBJECT_WORDS)
_NOT_PLURAL = frozenset(lx.NOT_PLURAL_S)
_BE = frozenset(lx.PRESENT_BE)
_PAST_SET = frozenset(lx.PAST_VERBS)
_NOT_PAST_ED = frozenset(lx.NOT_PAST_ED)
# A participle after a determiner is an adjective ("the injured man", "a still unspecified date").
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:" + lx.alternation((*lx.DETERMINERS, *lx.PREPOSITIONS_BEFORE_ADJECTIVE)) + r")"
    r"\s+(?:(?!(?:" + lx.alternation(lx.LY_NOUNS) + r")\s)\w+ly\s+|still\s+)?$",
    _I,
)
_ABBREVIATION = re.compile(r"(?<![\w.])(?-i:" + lx.alternation(lx.ABBREVIATIONS) + r")$")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# First words of every cue: only words in this set (or in "-ed", or with "'ll") are tried.
_CUE_FIRST = frozenset(
    phrase.split()[0]
    for phrase in (
        *lx.FUTURE_CUES, *lx.PAST_VERBS, *lx.PRESENT_BE, "has been", "have been",
        *(f for base, forms in lx.SCHEDULE_VERBS.items() for f in (base, *forms) if f),
    )
)  # fmt: skip
_FUTURE_FIRST = frozenset(phrase.split()[0] for phrase in lx.FUTURE_CUES)
# Any word that may open a future cue, for a one-pass test of a window ("will", "they'll").
_FUTURE_WORD = re.compile(r"\b(?:" + lx.alternation(_FUTURE_FIRST) + r")\b|\w['’]ll\b", _I)
AFTER_WINDOW = 30
SCHEDULE_REACH = 4  # words between a scheduled event's verb and its day
_EVENT_PREPOSITIONS = frozenset(lx.EVENT_PREPOSITIONS)
SENTENCE_REACH = 600  # the longest sentence looked at, each side of a time
BEFORE_WINDOW = 65  # how far before a span its clause's cues are looked for
FRONTED_WINDOW = 90  # how far into its clause a sentence-initial time looks for a future cue
_SENTENCE_END = re.compile(r"[.!?;:\n]\s|\n")


def _ends_sentence(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends a sentence, not an abbreviation ("Gen.", "vs.") nor
    the "a.m." or "p.m." of a clock told in a zone ("at 9:30 a.m. Eastern time on Monday")."""
    if text[dot] != ".":
        return True
    if _ABBREVIATION.search(text, max(0, dot - 6), dot) is not None:
        return False
    return not (text.startswith(("a.m", "p.m"), dot - 3) and _ZONE_AFTER.match(text, dot + 1))


_ZONE_AFTER = re.compile(
    r"\s+(?-i:" + lx.alternation(lx.TIME_ZONES) + r"\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\stime\b)"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (a cheap split on end punctuation and lines).

    A run-on without breaks (a list, a table) is cut ``SENTENCE_REACH`` characters either side,
    so the cost per expression stays bounded.
    """
    floor = max(0, start - SENTENCE_REACH)
    left = start
    while True:
        left = max(text.rfind(mark, floor, left) for mark in (". ", "\n", "? "))
        if left < 0 or _ends_sentence(text, left):
            break
    ceiling = min(len(text), end + SENTENCE_REACH)
    m = _SENTENCE_END.search(text, end, ceiling)
    while m is not None and not _ends_sentence(text, m.start()):
        m = _SENTENCE_END.search(text, m.end(), ceiling)
    return (left + 1 if left >= 0 else floor), (m.start() + 1 if m else ceiling)


def _word_before(text: str, at: int, lo: int) -> str:
    """The word right before position ``at`` (not before ``lo``), or ""."""
    m = _WORD_BEFORE.search(text, max(lo, at - 30), at)
    return m[1] if m else ""


def _is_subject(word: str) -> bool:
    """Whether a word can be the subject of a plural present verb: "they", "talks", "Israel"."""
    low = word.lower()
    if low in _SUBJECTS:
        return True
    if low in _NOT_FINITE or low.endswith(("'s", "’s")):
        return False
    plural = len(low) > 3 and low.endswith("s") and low not in _NOT_PLURAL
    return plural or word[:1].isupper()


def _opens_sentence(text: str, at: int, lo: int) -> bool:
    """Whether the word at ``at`` opens its sentence (nothing but quotes or brackets before it
    back to a sentence end or to ``lo``)."""
    before = text[max(lo, at - 40) : at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:;\n"


_NEXT_WORD = re.compile(r"\s+([A-Za-z])")


def _running(text: str, m: re.Match[str]) -> bool:
    """Whether the words around a cue are running text, not a headline in title case: the
    word after its verb starts in lower case ("on Linnet Close on Monday": the match of a verb
    and its preposition ends before the day, whose capital tells nothing)."""
    verb_end = next((m.end(g) for g in ("ing", "third", "base") if m[g]), m.end())
    nxt = _NEXT_WORD.match(text, verb_end)
    if nxt is None and _PUNCTUATION_AFTER.match(text, verb_end):
        # "at a flat on Tenby Close, Pentwyn, on Saturday": a lower-case word before the name
        return _LOWER_BEFORE_NAME.search(text, max(0, m.start() - 60), m.start()) is not None
    return nxt is not None and nxt[1].islower()


_PUNCTUATION_AFTER = re.compile(r"[ \t]*[,;:)]")
_LOWER_BEFORE_NAME = re.compile(r"\b[a-z]+[ \t]+(?:(?-i:[A-Z])[\w'’.-]*[ \t]+){1,3}$")


def _present_sign(text: str, m: re.Match[str], lo: int) -> int:
    """+1 when a schedule verb's form is a finite present ("they meet", "is flying"), else 0.

    A determiner before it makes it a noun ("the vote"), "to" an infinitive, a modal or "did"
    another tense; a base form needs its subject right before it, an -ing form a present "be".
    """
    if text[m.start()].isupper() and not _opens_sentence(text, m.start(), lo) and _running(text, m):
        return 0  # a capitalised form inside running text is a name: "between March and May"
    word = _word_before(text, m.start(), lo)
    low = word.lower().replace("’", "'")
    if m["ing"]:
        return 1 if low in _BE else 0
    if low in _NOT_FINITE:
        return 0
    if m["third"]:
        return 1
    compound = _COMPOUND_SUBJECT.search(text, max(lo, m.start() - 30), m.start())
    return 1 if _is_subject(word) or compound else 0


def _cue_sign(text: str, m: re.Match[str], lo: int) -> int:
    """The tense a cue of ``_TENSE_CUE`` gives: +1 future, -1 past, 0 when it is no cue here."""
    if m["fut"] or m["clitic"]:
        return 1
    if m["past"]:
        word = m["past"]
        if word.lower() not in _PAST_SET and (word[0].isupper() or word.lower() in _NOT_PAST_ED):
            return 0  # a name ("Mohammed", "United") or a word that only looks past ("hundred")
        before = _word_before(text, m.start(), lo).lower()
        if before in _BASE_FORM_BEFORE:
            return 0  # a base form that looks past: "is expected to put out", "could cut"
        if before == "as":
            return 0  # "go ahead as planned", "as expected": a comparison, not the clause's verb
        near = max(lo, m.start() - 40)  # both look at the two words before the verb
        if _PASSIVE_BEFORE.search(text, near, m.start()) or _ADJECTIVE_BEFORE.search(
            text, near, m.start()
        ):
            return 0
        return -1
    return _present_sign(text, m, lo)


@lru_cache(maxsize=4)
def _cue_starts(text: str) -> tuple[list[int], list[int]]:
    """Where a cue can start in ``text``: (word start, match start) of every word that may open
    one, found in one pass, so that each time expression looks only at these, never re-reading
    its sentence word by word (a run-on list of a thousand days stays linear and fast)."""
    words: list[int] = []
    ats: list[int] = []
    kinds = _CUE_KINDS
    for w in _WORD.finditer(text):
        kind = kinds.get(w[0])
        if kind is None:
            kind = _cue_kind(w[0])
        if kind == _OPENS:
            words.append(w.start())
            ats.append(w.start())
        elif kind == _CLITIC:
            words.append(w.start())
            ats.append(w.end() - 3)
    return words, ats


_SKIP, _OPENS, _CLITIC = 0, 1, 2
_CUE_KINDS: dict[str, int] = {}  # each word's kind, memoised: a report repeats its words


def _cue_kind(word: str) -> int:
    """Whether a word may open a cue (a first word, an -ed form), ends in "'ll", or neither."""
    if len(_CUE_KINDS) > 100_000:
        _CUE_KINDS.clear()
    key = word.lower().replace("’", "'")
    if key in _CUE_FIRST or (len(key) > 4 and key.endswith("ed")):
        kind = _OPENS
    elif key.endswith("'ll"):
        kind = _CLITIC
    else:
        kind = _SKIP
    _CUE_KINDS[word] = kind
    return kind


def _cues(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The matches of ``_TENSE_CUE`` in ``text[lo:hi]``, in order, as ``finditer`` finds them.

    Only words that can start a cue are tried: the one regex of all cues is slow to try at
    every word of a sentence.
    """
    words, ats = _cue_starts(text)
    resume = lo
    for i in range(bisect_left(words, lo), bisect_left(words, hi)):
        if words[i] < resume:
            continue
        m = _TENSE_CUE.match(text, ats[i], hi)
        if m is not None:
            resume = m.end()
            yield m


def _future_in(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first future cue in ``text[lo:hi]`` ("will", "is due to", "they'll")."""
    for w in _WORD.finditer(text, lo, hi):
        key = w[0].lower().replace("’", "'")
        if key in _FUTURE_FIRST:
            at = w.start()
        elif key.endswith("'ll"):
            at = w.end() - 3
        else:
            continue
        m = _FUTURE.match(text, at, hi)
        if m is not None:
            return m
    return None


def _past_plan(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the last future cue before ``start`` is a plan told in the past ("was due to",
    "were supposed to", "planned to"): it says nothing of which side of the DCT a date is."""
    if _WEEKDAY_IN.search(text, start, end):
        return False
    last = None
    for w in _WORD.finditer(text, lo, start):
        key = w[0].lower()
        if key in _FUTURE_FIRST and (m := _FUTURE.match(text, w.start(), start)) is not None:
            last = m
    if last is None:
        return False
    if " ".join(last[0].lower().split()) in _PAST_PLAN:
        return True
    return _PAST_BE_BEFORE.search(text, max(lo, last.start() - 20), last.start()) is not None


def _perfect_plan(text: str, cue: re.Match[str] | None, lo: int, start: int, end: int) -> bool:
    """Whether a future cue before a span is a schedule told in the past perfect ("had been due
    to end on Tuesday", "had been set to reopen in May"), not a plan told by its own verb ("had
    planned to", which with a weekday looks to the coming one)."""
    return bool(
        cue
        and _PAST_PERFECT.search(text, max(lo, cue.start() - 25), cue.start())
        and not (_WEEKDAY_IN.search(text, start, end) and _told_plan(cue))
    )


def plan_in_past_perfect(text: str, start: int, end: int) -> bool:
    """Whether a weekday is the day of a schedule told in the past perfect and nothing nearer
    sets its side ("the fair had been due to close on Tuesday", "the order had been set to
    expire at midnight Wednesday"): the schedule stood at a past moment and its day may fall
    either side of the DCT, so the weekday nearest the DCT is meant."""
    if not _WEEKDAY_IN.search(text, start, end):
        return False
    s, _ = sentence_bounds(text, start, end)
    lo = max(s, start - BEFORE_WINDOW)
    cue = _future_in(text, lo, start)
    return _perfect_plan(text, cue, lo, start, end) and tense(text, start, end) == 0


def _told_plan(cue: re.Match[str]) -> bool:
    """Whether a future cue is a plan told in a past form ("planned to", "hoped to"): with a
    weekday after it, even after "had", the plan's day is the coming one ("had planned to shut
    the hall Sunday")."""
    return " ".join(cue[0].lower().split()) in _PAST_PLAN


def _future_before_past(text: str, lo: int, at: int) -> re.Match[str] | None:
    """A future cue before a past verb at ``at`` that makes it look ahead ("will be paid"), but
    not a conjunction whose own clause is past ("until his services were terminated") or has
    ended at a comma ("who served from 1987 until 2011, died Saturday")."""
    cue = _future_in(text, lo, at)
    if (
        cue
        and cue[0].lower() in _CONJUNCTIONS
        and (_PAST_AUXILIARY.search(text, cue.end(), at) or "," in text[cue.end() : at])
    ):
        return None
    return cue


def _present_just_before(text: str, lo: int, start: int) -> re.Match[str] | None:
    """A scheduled event or a present "be" that ends right before ``start``, as a match."""
    for w in _WORD.finditer(text, max(lo, start - 50), start):
        if w[0].lower().replace("’", "'") in _CUE_FIRST:
            m = _PRESENT_JUST_BEFORE.match(text, w.start(), start)
            if m is not None:
                return m
    return None


def _is_present(m: re.Match[str]) -> bool:
    """Whether a cue is a scheduled event's present form, not a future word or a past verb."""
    return not (m["fut"] or m["clitic"] or m["past"])


def _governs(text: str, m: re.Match[str], hi: int) -> bool:
    """Whether a scheduled event's verb is the one a day at ``hi`` belongs to.

    The day stands a few words on ("hears the appeal on Thursday"), not after an earlier
    event's noun ("faces charges over the crash on Friday").
    """
    gap = text[m.end() : hi].lower().split()
    # a preposition right before the day is the day's own ("meet over the weekend")
    return len(gap) <= SCHEDULE_REACH and not _EVENT_PREPOSITIONS.intersection(gap[:-1])


def _nearest(text: str, lo: int, hi: int) -> tuple[int, re.Match[str] | None]:
    """The sign and match of the last cue in ``text[lo:hi]``, or (0, None) when there is none.

    A present verb that does not govern the day is no cue, and hides any before it.
    """
    sign, last = 0, None
    for m in _cues(text, lo, hi):
        if k := _cue_sign(text, m, lo):
            sign, last = k, m
    if last is not None and _is_present(last) and not _governs(text, last, hi):
        return 0, None
    return sign, last


def _nearest_cue(text: str, lo: int, hi: int) -> tuple[int, int]:
    """(sign, end) of the last cue in ``text[lo:hi]``, or (0, lo) when there is none."""
    sign, last = _nearest(text, lo, hi)
    return sign, (last.end() if last is not None else lo)


def _first_cue(text: str, lo: int, hi: int) -> int:
    """The sign of the first cue in ``text[lo:hi]``, or 0."""
    for m in _cues(text, lo, hi):
        sign = _cue_sign(text, m, lo)
        if sign:
            return sign
    return 0


SUBJECT_VERB_REACH = 24  # characters after a span searched for the verb it is the subject of


def subject_tense(text: str, start: int, end: int) -> int:
    """The sign of the verb a span is the subject of, right after it ("New Year's Eve ended in
    chaos", "Christmas will be quiet"), else 0: that verb is its clause's, whatever verb of
    another clause stands before it ("We go to Holm, where Christmas Eve ended ...")."""
    nxt = re.compile(r"\s+(?=\w)").match(text, end)
    if nxt is None:
        return 0
    for m in _cues(text, nxt.end(), min(len(text), nxt.end() + SUBJECT_VERB_REACH)):
        return _cue_sign(text, m, nxt.end()) if m.start() == nxt.end() else 0
    return 0


def _possessive_tense(text: str, s: int, start: int) -> int:
    """The tense of a possessive day ("Friday's attack"): past, unless a word looks ahead.

    "ahead of Sunday's vote" is to come; otherwise the day names an event the news reports,
    whatever the verb around it says ("Friday's attack will be investigated").
    """
    return 1 if _AHEAD_JUST_BEFORE.search(text, max(s, start - 30), start) else -1


def _past_state(text: str, lo: int, hi: int) -> bool:
    """Whether the clause before an "until" is past and does not look ahead ("was adjourned")."""
    sign, last = _nearest(text, lo, hi)
    if sign >= 0 or last is None or _future_in(text, lo, hi) is not None:
        return False
    if _is_perfect(text, last, lo):
        return False  # "has been released on bail until 2 November": the state goes on
    if _REPORTING.search(last[0]):
        return False  # "said the road remains closed until Friday": what is said has its tense
    if any(w.lower() in _LOOK_AHEAD_PAST for w in _WORD.findall(text, last.start(), hi)):
        return False
    return _STOPPING_ACTIVE.search(text, last.start(), hi) is None


_STATE_BE = frozenset(("was", "were"))
_PARTICIPLE_AFTER_BE = re.compile(r"(?:was|were)\s+(?:\w+ly\s+|still\s+)?\w+ed", _I)


def _backshifted_state(text: str, s: int, hi: int) -> bool:
    """Whether the clause before an "until" is a state told in reported speech ("the council
    said the permit was valid until December"): "was" after a verb of saying is the present
    of the saying, so the state's end lies ahead of it."""
    cues = [m for m in _cues(text, s, hi) if _cue_sign(text, m, s)]
    if len(cues) > 2 and _PARTICIPLE_AFTER_BE.fullmatch(text, cues[-2].start(), cues[-1].end()):
        cues.pop()  # "was closed": the state is told by its "was"
    if len(cues) < 2 or cues[-1][0].lower() not in _STATE_BE:
        return False
    if _PAST_PERFECT.search(text, s, hi) or _future_in(text, s, hi) is not None:
        return False
    return any(_REPORTING.search(m[0]) for m in cues[:-1])


# A verb of saying after a comma right after the time: "... until Monday, the ministry said".
_SAID_AFTER = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,6}?(?:" + lx.alternation(lx.REPORTING_VERBS) + r")\b", _I
)


def _reported_state(text: str, s: int, e: int, hi: int, end: int) -> bool:
    """Whether a "was" state before an "until" at ``hi`` is what a verb of saying after it in the
    sentence reports ("the school was shut until Monday, the ministry said"): as in "said the
    school was shut until Monday", the "was" is the present of the saying and the state's end
    lies ahead of it."""
    if not _SAID_AFTER.match(text, end, e):
        return False
    cues = [m for m in _cues(text, s, hi) if _cue_sign(text, m, s)]
    if len(cues) > 1 and _PARTICIPLE_AFTER_BE.fullmatch(text, cues[-2].start(), cues[-1].end()):
        cues.pop()  # "was closed": the state is told by its "was"
    if not cues or cues[-1][0].lower() not in _STATE_BE:
        return False
    return not (_PAST_PERFECT.search(text, s, hi) or _future_in(text, s, hi) is not None)


def _state_goes_on(text: str, lo: int, hi: int) -> bool:
    """Whether the clause before an "until" is a present perfect state that lasts ("has been
    suspended", "have been released on bail"): its end is still to come."""
    sign, last = _nearest(text, lo, hi)
    if sign >= 0 or last is None or _PAST_PERFECT.search(text, lo, hi):
        return False
    return _is_perfect(text, last, lo)


def _is_perfect(text: str, cue: re.Match[str], lo: int) -> bool:
    """Whether a past cue is a present perfect: "has been" itself, or a participle after it."""
    if cue[0].lower().startswith(("has", "have")):
        return True
    return _PERFECT_BEFORE.search(text, max(lo, cue.start() - 25), cue.start()) is not None


def _headline_future(text: str, s: int, start: int, e: int) -> bool:
    """Whether a span stands in a headline (a line of its own with no closing stop, within its
    sentence's bounds ``s``-``e``) after "to" and a verb, the headline's way of saying what is to
    come."""
    if s and text[s - 1] != "\n":
        return False
    line_end = text.find("\n", start, e)
    if line_end < 0 and e < len(text):
        return False
    line = text[s : line_end if line_end >= 0 else e].rstrip()
    if not line or line[-1] in _HEADLINE_END:
        return False
    return _HEADLINE_TO.search(text, s, start) is not None


_FORESEE = re.compile(r"\b(?:" + lx.alternation(lx.FORESEE_VERBS) + r")\b", _I)
# A clause's end between the verb and the time: a comma before a space ("5,000" is none), a
# clause opener.
_FORESEE_BREAK = re.compile(r",\s|\b(?:" + lx.alternation(lx.CLAUSE_OPENERS) + r")\b", _I)
FORESEE_REACH = 100  # how far before a time its clause's verb of expectation is looked for


def _foresees(text: str, lo: int, start: int) -> bool:
    """Whether a finite present verb of expectation governs a time at ``start`` ("police expect
    long queues on the coast road on Sunday"): the last one in ``text[lo:start]``, with no clause
    break and no past verb after it, and no "to", modal or "did" before it ("did not expect")."""
    last = None
    for m in _FORESEE.finditer(text, lo, start):
        last = m
    if last is None or _FORESEE_BREAK.search(text, last.end(), start):
        return False
    if _word_before(text, last.start(), lo).lower().replace("’", "'") in _NOT_FINITE:
        return False
    return not _past_between(text, last.end(), start)


def _coming_gathering(text: str, s: int, start: int, end: int) -> bool:
    """Whether a weekday is the day of an indefinite gathering its clause calls, holds or
    summons to ("have announced a protest outside the court on Sunday", "is holding a vigil on
    Friday evening", "calls on members to attend a memorial service on Sunday"), its verb not a
    simple past ("held a vigil on Friday"): a gathering told as news yet to be held is to come."""
    if not _WEEKDAY_FIRST.match(text, start, end):
        return False
    lo = max(s, start - 120)
    m = _GATHERING_BEFORE.search(text, lo, start)
    if m is None:
        return False
    art = m.start("art")
    word = _word_before(text, art, s).lower()
    if word in _NOT_OBJECT_BEFORE and word not in _GATHERING_PREPOSITIONS:
        return False  # a setting or an earlier event: "hurt at a rally on Sunday"
    sign, last = _nearest(text, s, art)
    if sign < 0 and last is not None and not _is_perfect(text, last, s):
        return False  # "held a vigil on Friday": told in the past
    # the gathering as a subject, a verb after its day: "a rally on Saturday drew thousands"
    nxt = _NEXT_LOWER.match(text, end)
    return nxt is None or nxt[1] in _AFTER_ADJUNCT


def _past_between(text: str, lo: int, hi: int) -> bool:
    """Whether a past verb stands in ``text[lo:hi]``, between a time and a future cue after it:
    the cue then belongs to a clause of that verb ("met on Monday and said talks would go on")."""
    return any(_cue_sign(text, m, lo) < 0 for m in _cues(text, lo, hi))


def tense(text: str, start: int, end: int) -> int:
    """+1 when the clause around a span speaks of the future, -1 of the past, 0 when unsure.

    A verb right before the span wins ("said Friday" past; "meet Friday", "is on Friday"
    future); otherwise a future cue close by ("will", "is due to") within the sentence makes it
    future, unless a past verb stands nearer ("will question the man arrested on Friday").
    """
    s, e = sentence_bounds(text, start, end)
    lo = max(s, start - BEFORE_WINDOW)
    before = text[lo:start]
    if text.startswith(("'s", "’s"), end) and _CALLED_OFF_JUST_BEFORE.search(before):
        return 1  # "organisers cancelled Sunday's fair": it was still to come
    present = _present_just_before(text, lo, start)
    if present and not (present["be"] or _present_sign(text, present, lo) > 0):
        present = None
    past = _PAST_JUST_BEFORE.search(before, max(0, len(before) - 40))
    if past and (
        (
            _PASSIVE_BEFORE.search(before, 0, past.start())
            and not _PERFECT_PASSIVE_BEFORE.search(before, 0, past.start())
        )
        or _FUTURE.match(before, past.start())
        or (present and present.start() < lo + past.start())
    ):
        past = None  # "to be completed by Dec. 15", "expected in March", "getting married on"
    if past and not _future_before_past(text, max(lo, lo + past.start() - 25), lo + past.start()):
        return -1  # "said Friday", but not "will be paid Dec. 14"
    if _SINCE_JUST_BEFORE.search(before):
        return -1
    if _coming_gathering(text, s, start, end):
        return 1
    if _STARTING_JUST_BEFORE.search(before):
        return 1  # "three days of mourning starting Monday"
    if (
        (through := _THROUGH_JUST_BEFORE.search(before))
        and _WEEKDAY_FIRST.match(text, start, end)
        and any(w.lower() in _SETS_AN_END for w in _WORD.findall(before, 0, through.start()))
    ):
        return 1  # "ordered flags lowered through Tuesday"
    if _MODAL_BY_BEFORE.search(before):
        return 1  # "said the airport could reopen by the weekend"
    meant = (
        _MEANT_FOR_BEFORE.search(before)
        or (_WEEKDAY_SPAN.match(text, start, end) and _MEANT_OBJECT_FOR_BEFORE.search(before))
        or (_WEEKDAY_FIRST.match(text, start, end) and _PLANNED_FOR_BEFORE.search(before))
    )
    if meant and not text.startswith(("'s", "’s"), end):
        return 1  # "a day of mourning was declared for Tuesday", not "for Tuesday's attack"
    if (until := _UNTIL_JUST_BEFORE.search(before)) is not None:
        if _backshifted_state(text, s, lo + until.start()) or _reported_state(
            text, s, e, lo + until.start(), end
        ):
            return 1  # "officials said the bridge was closed until Thursday": it is, till then
        if _past_state(text, lo, lo + until.start()):
            return -1  # "was in hospital until November 3": the state ended in the past
        if _state_goes_on(text, lo, lo + until.start()):
            return 1  # "has been suspended till Sunday": the state lasts until a day to come
    if text.startswith(("'s", "’s"), end):
        return _possessive_tense(text, s, start)
    if present or _foresees(text, max(s, start - FORESEE_REACH), start):
        return 1
    after = text[end : min(e, end + AFTER_WINDOW)]
    if after.startswith(",") and not text[s:start].strip(" \t\n\"“'‘(").count(" "):
        # a fronted time ("On Tuesday, the league plans to ..."): its clause's first verb decides
        reach = min(e, end + 1 + FRONTED_WINDOW)
        clause_end = text.find(",", end + 1, reach)
        sign = _first_cue(text, end + 1, clause_end if clause_end >= 0 else reach)
        if sign:
            return sign
    after = _CLAUSE_END.split(after, maxsplit=1)[0]  # the cue must be in the same clause
    cue = _future_in(text, lo, start)
    if _perfect_plan(text, cue, lo, start, end):
        # "had been scheduled to expire in March", not "had planned to"; a weekday is the one
        # nearest the DCT (``plan_in_past_perfect``): the plan may lie either side of it
        return 0 if _WEEKDAY_IN.search(text, start, end) else -1
    if cue and _past_plan(text, lo, start, end):
        return 0  # "was due to fly on 3 March": which March, the distance says
    nearest, at = _nearest_cue(text, lo, start)
    ahead = _future_in(text, end, end + len(after))
    if ahead and _past_between(text, end, ahead.start()):
        ahead = None  # "visited them on Friday and said the council would pay": another clause's
    if ahead and not (ahead[0].lower() in _CONJUNCTIONS and nearest < 0):
        return 1  # "will meet on Friday", not "were heard on Friday until 2am"
    if nearest < 0 and not _FUTURE_CONJUNCTION.search(text, max(lo, at - 40), at):
        return 0  # a past verb is nearer than the future: "will question the man arrested Friday"
    if cue or nearest > 0 or (nearest == 0 and _headline_future(text, s, start, e)):
        return 1
    return 0


def ahead_only(text: str, start: int, end: int) -> bool:
    """Whether a span's clause speaks of the future and no past verb stands before it in its
    sentence ("winds are forecast to pick up by 5pm", not "he said he planned to leave at 5pm")."""
    near = _FUTURE_WORD.search(text, max(0, start - BEFORE_WINDOW), end + FRONTED_WINDOW)
    if near is None or tense(text, start, end) <= 0:
        return False  # the cheap test first: most clauses have no future word near the span
    s, _ = sentence_bounds(text, start, end)
    return not any(_cue_sign(text, m, s) < 0 for m in _cues(text, s, start))


def sentence_tense(text: str, start: int, end: int) -> int:
    """The tense of the nearest verb cue in the sentence, when the clause itself is silent.

    "who stepped down as chairman ... in March" is past; "will be named commander of the
    shuttle for a mission in December" is future. The nearest cue before the span wins, else
    the first one after it; a participle after "be" (a passive) is no cue, and a past verb
    followed by words that look ahead ("agreed to buy it in January") leaves the month open.
    """
    near = tense(text, start, end)
    if near:
        return near
    s, e = sentence_bounds(text, start, end)
    if _past_plan(text, max(s, start - BEFORE_WINDOW), start, end):
        return 0  # "was supposed to marry in June": no side from the plan's own words
    best, at = _nearest_cue(text, s, start)
    if best < 0 and _LOOKS_AHEAD.search(text, at, start):
        return 0  # "agreed to acquire the bank in January": the infinitive looks ahead
    if best < 0 and _REPORTING.search(text, s, at) and _CONTENT.search(text, at, start):
        return 0  # "told oil companies of a cutback in September": what is told has its own tense
    if best:
        return best
    return _first_cue(text, end, e)
