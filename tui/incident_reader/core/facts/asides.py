"""A time inside an aside of its noun: an apposition, a reduced or full relative clause set off by
commas, or a bracket ("The DC-3, a model first flown in the 1930s, crashed", "the pier, in
service since 1998, gave way", "the hall (built 1961) collapsed"). Such a time tells when the
noun was made or began, not an event of its own, unless the aside tells one ("the mine, the
site of a blast in 2009, ...").
"""

from __future__ import annotations

import re

from incident_reader.core.facts.event_cues import is_event_sentence

ASIDE_REACH = 90  # the longest aside looked at, each side of its time

# The aside opens after a word (its noun's last), with a comma or a bracket.
_OPEN = re.compile(r"[\w'’.)](?P<mark>,|\s\()\s*[^,;:()\"“”]*$")
# After a comma aside the sentence goes on with its main verb or an adverb before it: a word
# in lower case ("crashed", "was", "finally gave way"), not a new name or a number, nor a
# determiner or pronoun that opens the main clause's subject after a fronted phrase ("In the
# same district, in May 2024, the roof of a school fell in").
_MAIN_GOES_ON = re.compile(
    r",\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|several|two|three"
    r"|he|she|it|they|we|i|you|there|police|officials)\b)(?-i:[a-z])"
)
# An aside of a preposition and the time alone is the time of the sentence's own event.
_BARE_TIME = re.compile(
    r"\s*(?:(?:in|on|at|during|around|about|back\s+in)\s+)?(?:the\s+)?", re.IGNORECASE
)
# A fronted phrase before the aside's comma ("In the same district, in 2024, ..."): no noun
# of the main clause for the aside to tell of.
_FRONTED = re.compile(
    r"^\W*(?:in|on|at|during|after|before|since|by|from|back|earlier|later|elsewhere|also|then)\b",
    re.IGNORECASE,
)


def in_noun_aside(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` stands in an aside of a noun that tells no event: a comma
    aside closed by a comma before the main clause goes on, or a bracket."""
    m = _OPEN.search(sentence, max(0, start - ASIDE_REACH), start)
    if m is None:
        return False
    begin = m.end("mark")
    if _FRONTED.match(sentence, 0, m.start("mark")) and "," not in sentence[: m.start("mark")]:
        return False
    if m["mark"].strip() == "(":
        close = sentence.find(")", end, end + ASIDE_REACH)
        if close < 0 or "(" in sentence[end:close]:
            return False
    else:
        close = _close_comma(sentence, end)
        if close < 0 or not _MAIN_GOES_ON.match(sentence, close):
            return False
    if _BARE_TIME.fullmatch(sentence, begin, start) and not sentence[end:close].strip():
        return False  # "The last blast in Malta, in June 2021, killed two": the event's time
    aside = sentence[begin:close].strip()
    return bool(aside) and not is_event_sentence(aside)


def _close_comma(sentence: str, end: int) -> int:
    """Where the comma that closes an aside stands after ``end`` (-1 when a clause mark or the
    sentence's end comes first)."""
    for i in range(end, min(len(sentence), end + ASIDE_REACH)):
        ch = sentence[i]
        if ch == ",":
            return i
        if ch in ';:.!?()"“”':
            return -1
    return -1
