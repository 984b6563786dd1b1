"""Resolve underspecified dates against the DCT or the date the narrative is talking about.

The context object travels through one document in reading order: absolute day-level dates move
the narrative date, so "that night" or a bare clock time lands on the day being told about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from incident_reader.core.temporal import lexicon

QUARTER_REACH = 6000  # characters over which a named fiscal quarter stays the topic
NEAR_FUTURE_MONTHS = 4  # how far ahead an untensed "in March" may point
_DCT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?")
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


def parse_dct(dct: str | None) -> date | None:
    """The calendar day of a TIMEX3 DCT value, or None when it has no day."""
    if not dct:
        return None
    m = _DCT.match(dct.strip())
    if not m or not m[3]:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def add_months(year: int, mon: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + (mon - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, mon: int, day: int) -> date | None:
    """A date, or None when the parts do not make one (31 June)."""
    try:
        return date(year, mon, day)
    except ValueError:
        return None


def weekday_near(ref: date, weekday: int, direction: int) -> date:
    """The weekday (1=Mon) on or before ``ref`` (direction -1) or on or after it (+1)."""
    diff = weekday - ref.isoweekday()
    if direction < 0:
        return ref + timedelta(days=diff if diff <= 0 else diff - 7)
    return ref + timedelta(days=diff if diff >= 0 else diff + 7)


def month_year(ref: date, mon: int, direction: int) -> int:
    """The year of a bare month: the latest one not after ``ref``, or the next one not before.

    Without a tense cue (direction 0) a month up to four months ahead is the coming one, any
    other the past one: news speaks of the recent past and the near future.
    """
    if direction == 0:
        ahead = (mon - ref.month) % 12
        direction = 1 if 0 < ahead <= NEAR_FUTURE_MONTHS else -1
    if direction < 0:
        return ref.year if mon <= ref.month else ref.year - 1
    return ref.year if mon >= ref.month else ref.year + 1


def monthday_year(ref: date, mon: int, day: int, direction: int) -> int:
    """The year of a month and day without one, in the direction the tense points."""
    here = safe_date(ref.year, mon, day)
    if here is None or mon == ref.month:
        return ref.year  # the DCT's own month is this year's, whichever side the day falls
    if direction == 0:
        upcoming = here if here >= ref else safe_date(ref.year + 1, mon, day)
        near = upcoming is not None and (upcoming - ref).days <= NEAR_FUTURE_MONTHS * 30.5
        direction = 1 if near else -1
    if direction < 0:
        return ref.year if here <= ref else ref.year - 1
    return ref.year if here >= ref else ref.year + 1


def nth_weekday(year: int, mon: int, weekday: int, n: int) -> date:
    """The n-th (or last, n=-1) given weekday of a month, for holidays like Thanksgiving."""
    if n > 0:
        first = date(year, mon, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = date(year + mon // 12, mon % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (a cheap split on end punctuation and lines)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start))
    m = _SENTENCE_END.search(text, end)
    return left + 1, (m.start() + 1 if m else len(text))


_LONGER_PERIOD = re.compile(
    r"\b(?:nine|six|9|6|twelve|12)\s+months\b|\b(?:first|latest)\s+half\b|\byear\s+to\s+date\b",
    re.IGNORECASE,
)


def longer_period_before(text: str, start: int) -> bool:
    """Whether the sentence so far speaks of a period longer than a quarter ("the nine months").

    Then "a year earlier" compares that period, a year back, not the quarter in the news.
    """
    s, _ = sentence_bounds(text, start, start)
    return _LONGER_PERIOD.search(text, s, start) is not None


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


@dataclass(slots=True)
class Context:
    """What resolution needs while walking one document: the DCT and the narrative's date."""

    text: str
    dct: date | None
    ref: date | None = None  # the day the narrative is on (clock times and "that night" go here)
    quarter: tuple[int, int] | None = None  # the latest fiscal quarter spoken of
    quarter_pos: int = -10_000
    narrative_year: int | None = None
    narrative_month: tuple[int, int] | None = None  # the latest month named ("the same month")
    ref_pos: int = -1  # where the narrative date was last named (-1: never, it is the DCT)
    ref_pod: str | None = None  # the part of day the narrative is in ("this morning": MO)
    incident_day: date | None = (
        None  # the first past day the text names  # the latest year named ("the following year")
    )
    late_days: set[date] = field(default_factory=set)  # days with a clock time after 20:00

    def __post_init__(self) -> None:
        if self.ref is None:
            self.ref = self.dct

    def set_ref(self, d: date | None, pos: int, pod: str | None = None) -> None:
        """Move the story to day ``d`` (named at ``pos``); the first past one is the incident's."""
        if d is None:
            return
        self.ref = d
        self.ref_pos = pos
        self.ref_pod = pod
        if self.incident_day is None and (self.dct is None or d <= self.dct):
            self.incident_day = d
