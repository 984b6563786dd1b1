"""The incident's clock when no cue word times it: the first clock of the report's opening that
no later step and no responder claims.

A report tells its event in verbs of every kind ("the escalator changed direction at 8.32am",
"the river rose by two metres at around 10pm", "were thrown into the water at about 3pm"); no
table of onset verbs holds them all. When none of the incident's clauses is timed by a known cue,
the first clock told in the opening sentences stands for it, unless a sequel word ("arrived",
"reopened", "until"), a saying verb before it or a responder subject ("firefighters reached
them at 3.40pm") makes it a later step's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.entry_clause import _CLAUSE_BREAK
from incident_reader.core.facts.event_cues import _AFTER_CUE, _cues, is_event_sentence
from incident_reader.core.facts.events import IRREGULAR
from incident_reader.core.facts.later_times import TIME
from incident_reader.core.facts.text import Sentence
from incident_reader.core.facts.time_anchor import (
    _CLOCK_VALUE,
    _LEAD,
    MAX_CUE_DISTANCE,
    person_activity_time,
)
from incident_reader.core.facts.timex_filters import _not_a_moment
from incident_reader.core.facts.when import _BY_BOUND, _OFFSET_AFTER, _telling_time, copula_bound
from incident_reader.core.model import Timex

OPENING_SENTENCES = 4
# A line of a release's heading before its prose: capitals, or a label and its code ("Ref:
# LMPS/PRO/HQ/77", "MEDIA RELEASE", "SHOOTING AT HA MPELI, MOKHOTLONG").
_HEADING = re.compile(r"[^a-z]+|[A-Z][A-Za-z.]{0,12}\s*(?:No\.?\s*)?:\s*\S+", re.DOTALL)
# A later step after the time is the time's own only when it opens the time's predicate: the
# time fronts the sentence ("At 3.40pm, crews arrived") or at most two words stand between.
_NEAR_AFTER = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,2}$")
_FRONTED = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,3}$")
# Those who respond to an incident: a clock their clause tells is their arrival or action.
_RESPONDERS = re.compile(
    r"\b(?:police|officers?|troopers|deputies|detectives|gardai|firefighters|fire\s+crews"
    r"|crews|paramedics|medics|ambulances?|rescuers|rescue\s+teams|lifeguards|coastguards?"
    r"|fire\s+(?:tenders|engines|brigades?|fighters|service)|firemen|rescue\s+workers"
    r"|divers|emergency\s+services|responders|search\s+teams|doctors"
    # a finding is a later step too: "the bodies were found in a basement at 9.30am"
    r"|found|discovered|located)\b",
    re.IGNORECASE,
)
RESPONDER_REACH = 100
# A clock followed by the incident as a definite reference point: what is timed came after it.
_REFERENCE_AFTER = re.compile(
    r"\s*,?\s+(?:shortly\s+|soon\s+|just\s+|minutes\s+|hours\s+)?(?:after|following)\s+"
    r"(?:the|this|that|its)\s",
    re.IGNORECASE,
)
# A copula with no participle before the clock in its clause: a state ("was empty at 10pm").
_PARTICIPLES = "|".join(sorted({p for _, p in IRREGULAR.values()}))
_STATE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:still\s+|not\s+|already\s+|all\s+)?"
    rf"(?!(?:[a-z]+(?:ed|en|wn|lt|ing)|{_PARTICIPLES})\b)[a-z]+\b[^,;:.!?]{{0,50}}$",
    re.IGNORECASE,
)
STATE_REACH = 70
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T")
_DATE_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_ON_GAP = re.compile(r"\s*,?\s*(?:on\s+)?")
_DAY_WORDS = re.compile(r"[A-Za-z]+day\b|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}")


def unclaimed_clock(
    sentences: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Timex]],
    is_main: Callable[[int], bool],
    days: Collection[str] = (),
) -> Found | None:
    """The first clock of the opening sentences that no sequel word, saying or responder claims,
    for a main incident that no cue word times (``days``: the incident's own, when told; a
    clock of another day is another moment)."""
    told = False  # an incident told so far: a clock before any is no incident's
    opening = 0  # sentences read since the first, or since a heading's lines (a release's "Ref:")
    for s, inside in zip(sentences, per_sentence, strict=False):
        text, base = s.text, s.start
        told = told or is_event_sentence(s)
        if not told and _HEADING.fullmatch(text.strip()):
            continue  # "MEDIA RELEASE", "Ref: LMPS/PRO/77": no sentence of the opening
        opening += 1
        if opening > OPENING_SENTENCES:
            break
        if not told:
            continue
        cues: list[tuple[int, int, int, bool]] | None = None
        for i, t in enumerate(inside):
            clock = _CLOCK_VALUE.search(t.value)
            if clock is None or t.type != "TIME" or not is_main(t.start):
                continue
            day = _told_day(text, inside, i, base)
            if days and day and day not in days:
                continue  # "The ceremony took place at 11am on Monday": another day's moment
            lo, hi = t.start - base, t.end - base
            if (
                (s.stamped and lo <= 1)
                or _not_a_moment(text, lo, hi, inside[i - 1] if i else None, base)
                or _BY_BOUND.search(text, max(0, lo - 24), lo)  # "contained by 9pm"
                or _telling_time(text, lo, hi)  # "revealed at 9am that ..."
                or _OFFSET_AFTER.match(text, hi)  # "at 6am ten days before the shooting"
                or copula_bound(text, lo, hi)  # "it was 3am before the last guest was freed"
                or person_activity_time(text, lo, hi)  # "she was hanging out washing at 10am"
            ):
                continue
            if cues is None:
                cues = _cues(s)
            starts = [x.start - base for x in inside[:i]]
            if _claimed(text, cues, lo, hi, starts):
                continue
            lead = _LEAD.search(text[max(0, lo - 40) : lo])
            hour = "00" if clock.group(1) == "24" else clock.group(1)
            start = t.start - (len(lead.group(0)) if lead else 0)
            return Found(TIME, f"{hour}:{clock.group(2)}", start, t.end)
    return None


def _told_day(text: str, inside: Sequence[Timex], i: int, base: int) -> str | None:
    """The day told with a clock: its own value's when the clock names it ("11am Monday" as one
    expression), else a date right after it ("at 11am on Monday"); None when none is told."""
    t = inside[i]
    if i + 1 < len(inside):
        nxt = inside[i + 1]
        if _ON_GAP.fullmatch(text, t.end - base, nxt.start - base) and nxt.type == "DATE":
            day = _DATE_VALUE.match(nxt.value)
            return day.group(1) if day else None
    if not _DAY_WORDS.search(t.text):
        return None
    day = _DAY.match(t.value)
    return day.group(1) if day else None


def _claimed(
    text: str, cues: Sequence[tuple[int, int, int, bool]], lo: int, hi: int, earlier: list[int]
) -> bool:
    """Whether a later step, a saying or a responder owns the time, or a cue of any class (whose
    time the cue rules have already judged) stands in its clause; a cue with an earlier time
    between it and this one is timed by that ("took off at 3.10pm ... and vanished at 3.24pm")."""
    if _REFERENCE_AFTER.match(text, hi):
        return True  # "evacuated at 4.25pm after the spill was found": after the incident
    if _STATE_BEFORE.search(text, max(0, lo - STATE_REACH), lo):
        return True  # "The warehouse was empty at 10pm": a state, no event
    fronted = _FRONTED.fullmatch(text, 0, lo) is not None
    for start, end, cls, _saying in cues:
        if end <= lo:
            if any(end <= at < lo for at in earlier):
                continue
            if lo - end <= MAX_CUE_DISTANCE and not _CLAUSE_BREAK.search(text, end, lo):
                return True  # "arrived at the scene at 3.40pm", "told reporters at 11am"
        elif start >= hi:
            gap_end = start
            if cls == _AFTER_CUE and (
                _NEAR_AFTER.fullmatch(text, hi, gap_end)
                or (fronted and not _CLAUSE_BREAK.search(text, hi, gap_end))
            ):
                return True  # "At 3.40pm, crews arrived"
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, lo)), default=0)
    return _RESPONDERS.search(text, max(clause_start, lo - RESPONDER_REACH), lo) is not None


# Between a day and its clock in one time adjunct: "On Tuesday 12 May, at 10:40", "At 11.05pm on
# Wednesday 26 February", "on 3 March at about 14:20".
_ADJUNCT_GAP = re.compile(
    r"\s*,?\s*(?:(?:at|on)\s+)?(?:(?:about|around|approximately|approx\.|roughly|some)\s+)?",
    re.IGNORECASE,
)


_FINDING = re.compile(r"\b(?:found|discovered|located)\b", re.IGNORECASE)


def clock_beside_day(
    sentences: Sequence[Sentence], per_sentence: Sequence[Sequence[Timex]], day: Found
) -> Found | None:
    """The clock told in the same time adjunct as the incident's day that no cue word dated (an
    ``unclaimed_date``): "On Tuesday 12 May, at 10:40 hours, a group of armed men intercepted a
    van" times the incident by both, whatever the verb. None when no clock stands beside it."""
    for s, inside in zip(sentences, per_sentence, strict=False):
        if not s.start <= day.start < s.start + len(s.text):
            continue
        text, base = s.text, s.start
        if _FINDING.search(text):
            return None  # "the bodies were found at 9.30am on 14 January": a later step's clock
        days = [i for i, t in enumerate(inside) if t.start <= day.end and t.end >= day.end]
        for i in days:
            for j in (i - 1, i + 1):
                if not 0 <= j < len(inside):
                    continue
                t = inside[j]
                clock = _CLOCK_VALUE.search(t.value)
                if clock is None or t.type != "TIME" or not t.value.startswith(str(day.value)):
                    continue
                lo, hi = sorted((inside[i].end, t.start) if j > i else (t.end, inside[i].start))
                if not _ADJUNCT_GAP.fullmatch(text, lo - base, hi - base):
                    continue
                previous = inside[j - 1] if j else None
                if _not_a_moment(text, t.start - base, t.end - base, previous, base):
                    continue
                hour = "00" if clock.group(1) == "24" else clock.group(1)
                return Found(TIME, f"{hour}:{clock.group(2)}", t.start, t.end)
        return None
    return None
