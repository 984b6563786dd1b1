"""Which event a timeline moment tells: the call that reported the incident, or another event.

Two reports may both give "the incident's time" from clauses about different events: one the blast
("The blast happened at 7.36pm"), the other the call that reported it ("Police received the first
call at 7.40pm"). Their moments are two events, however close the clocks. A moment tells the call
when a call noun stands before its time in its clause ("the first 999 call came in at", "the alarm
sounded at") or when the event word nearest its time is a call-out's ("officers were called at",
"crews were alerted at"); it tells another event when that nearest word is of another class (the
onset, the toll, what came after). A capitalised word inside a sentence is a name's ("Fire
Control"), and "called off" cancels, calls no one.
"""

from __future__ import annotations

import re

from incident_reader.core.facts import events

CALL, EVENT = "call", "event"
_CALL_NOUNS = ("call", "calls", "emergency call", "alarm", "alert")
_CALL_NOUN = re.compile(
    rf"\b(?:{events.alternation(nouns=_CALL_NOUNS)}|999|911|000|112)\b(?!\s+off\b)",
    re.IGNORECASE,
)
_CALL_WORD = re.compile(
    rf"\b(?:{events.alternation(verbs=(*events.CALL_OUT_VERBS, 'call'), nouns=_CALL_NOUNS)})\b"
    r"(?!\s+off\b)",
    re.IGNORECASE,
)
_OTHER_WORD = re.compile(
    r"\b(?:"
    + events.alternation(
        verbs=(*events.ONSET_VERBS, *events.TOLL_VERBS, *events.AFTER_VERBS),
        nouns=(*(n for n in events.ONSET_NOUNS if n not in _CALL_NOUNS), *events.AFTER_NOUNS),
    )
    + r")\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_BREAK = re.compile(r"[,;:(]")
REACH = 300  # characters either side of a time read for its sentence


def event_class(text: str, start: int, end: int) -> str | None:
    """``CALL`` or ``EVENT`` for the time at ``start:end`` in ``text`` (None when its sentence
    holds no event word)."""
    floor = max(0, start - REACH)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, floor, start)), default=floor)
    found = _SENTENCE_END.search(text, end, end + REACH)
    right = found.start() if found else min(len(text), end + REACH)
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text, left, start)), default=left)
    if any(_word(text, m, left) for m in _CALL_NOUN.finditer(text, clause, start)):
        return CALL  # "the alarm sounded at 7.35pm", "the first 999 call came in at 11.44am"
    best: tuple[int, str] | None = None
    for name, pattern in ((CALL, _CALL_WORD), (EVENT, _OTHER_WORD)):
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end or not _word(text, m, left):
                continue  # a word of the time itself, or of a name
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def _word(text: str, m: re.Match[str], sentence_start: int) -> bool:
    """Whether a match is a word of the sentence, not of a name ("Fire Control")."""
    at = m.start()
    return not text[at].isupper() or not text[sentence_start:at].strip()


def same_event(a: str | None, b: str | None) -> bool:
    """Whether two moments' classes allow one event (an unknown class allows any)."""
    return a is None or b is None or a == b
