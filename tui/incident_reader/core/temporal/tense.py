"""The tense of the clause around a time expression: which side of the DCT a bare day falls on.

News speaks of the recent past and the near future, and the verbs around "Friday" or "in March"
say which: "said Friday" is past, "will meet Friday" future. The cue words are lexicon tables.
"""

from __future__ import annotations

import re

from incident_reader.core.temporal import lexicon

_FUTURE = re.compile(
    r"(?<![\w'])(?:" + lexicon.alternation(lexicon.FUTURE_CUES) + r")(?![\w])", re.IGNORECASE
)
_PAST_JUST_BEFORE = re.compile(
    r"\b(?:"
    + lexicon.alternation(lexicon.PAST_VERBS)
    + r"|\w+ed)(?:\s+(?:on|by|at|late|early|last))?\s+$",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
# A participle after a form of "be" is a passive, not a past tense ("to be completed by Dec. 15").
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Between a past verb and a month, words that look ahead from it ("agreed to buy it in
# January", "extended the loans through January", "planned for early March").
_LOOKS_AHEAD = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|\d)[a-z]+\b|\bfor\s+(?:early|late|mid)|\b(?:through|until|till|by)\s*$",
    re.IGNORECASE,
)
# Anywhere in a sentence: a past verb, or a future cue; the nearest one to a span sets its tense.
_TENSE_CUE = re.compile(
    r"(?<![\w'])(?:(?P<fut>"
    + lexicon.alternation(lexicon.FUTURE_CUES)
    + r")|(?P<past>"
    + lexicon.alternation(lexicon.PAST_VERBS)
    + r"|has\s+been|have\s+been|\w{3,}(?<!ne)(?<!ee)ed))(?![\w])",
    re.IGNORECASE,
)
_SINCE_JUST_BEFORE = re.compile(
    r"\b(?:since|ago|earlier|previously)\s+(?:early|late|mid-?)?\s*$", re.IGNORECASE
)
AFTER_WINDOW = 30
FRONTED_WINDOW = 90  # how far into its clause a sentence-initial time looks for a future cue
_SENTENCE_END = re.compile(r"[.!?;:\n]\s|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (a cheap split on end punctuation and lines)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start))
    m = _SENTENCE_END.search(text, end)
    return left + 1, (m.start() + 1 if m else len(text))


def tense(text: str, start: int, end: int) -> int:
    """+1 when the clause around a span speaks of the future, -1 of the past, 0 when unsure.

    A past verb right before the span wins ("said Friday", "the year ended March 31"); otherwise
    a future cue close by ("will", "next", "is due to") within the sentence makes it future.
    """
    s, e = sentence_bounds(text, start, end)
    before = text[max(s, start - 65) : start]
    past = _PAST_JUST_BEFORE.search(before)
    if past and _PASSIVE_BEFORE.search(before, 0, past.start()):
        past = None  # "expected to be completed by Dec. 15"
    if past and not _FUTURE.search(before, max(0, past.start() - 25), past.start()):
        return -1  # "said Friday", but not "will be paid Dec. 14"
    if _SINCE_JUST_BEFORE.search(before):
        return -1
    after = text[end : min(e, end + AFTER_WINDOW)]
    if after.startswith(",") and not text[s:start].strip(" \t\n\"“'‘(").count(" "):
        # a fronted time ("On Tuesday, the league plans to ..."): its clause's first verb decides
        clause = text[end + 1 : min(e, end + 1 + FRONTED_WINDOW)].split(",")[0]
        for m in _TENSE_CUE.finditer(clause):
            if not (m["past"] and _PASSIVE_BEFORE.search(clause, 0, m.start())):
                return 1 if m["fut"] else -1
    comma = after.find(",")
    if comma >= 0:
        after = after[:comma]  # the cue must be in the same clause
    cue = _FUTURE.search(before)
    if cue and _PAST_PERFECT.search(before, max(0, cue.start() - 25), cue.start()):
        return -1  # "had been scheduled to expire at midnight Friday"
    if cue or _FUTURE.search(after):
        return 1
    return 0


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
    best, at = 0, s
    for m in _TENSE_CUE.finditer(text, s, start):
        if m["past"] and _PASSIVE_BEFORE.search(text, s, m.start()):
            continue
        best, at = (1 if m["fut"] else -1), m.end()
    if best < 0 and _LOOKS_AHEAD.search(text, at, start):
        return 0  # "agreed to acquire the bank in January": the infinitive looks ahead
    if best:
        return best
    for m in _TENSE_CUE.finditer(text, end, e):
        if m["past"] and _PASSIVE_BEFORE.search(text, end, m.start()):
            continue
        return 1 if m["fut"] else -1
    return 0
