"""Resolve underspecified dates against the DCT or the date the narrative is talking about.

The context object travels through one document in reading order: absolute day-level dates move
the narrative date, so "that night" or a bare clock time lands on the day being told about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from incident_reader.core.temporal.tense import sentence_bounds

QUARTER_REACH = 6000  # characters over which a named fiscal quarter stays the topic
NEAR_FUTURE_MONTHS = 4  # how far ahead an untensed "in March" may point
_DCT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?")


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


_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s|\n")
_SENTENCE_OR_PARAGRAPH_END = re.compile(r"[.!?][\"”’')]*\s+|\n\s*")
_POINT_BEFORE = re.compile(r"\b(?:in|during|on)\s+$", re.IGNORECASE)
RECALL_REACH = 400  # how far after a year written out a bare month may still be in that year
INCIDENT_REACH = 200  # how soon after a DCT-day lead an earlier day may take the incident's place
RELATIVE_REACH = 250  # how far after the story's day a relative clause in its sentence is read
# A relative pronoun after a noun: ", who", "whose", "where", ", which" (a "when" clause without
# a comma tells the main clause's own time, and "that" opens reported speech as often).
# A participle right after a comma, a day after it ("The man, named yesterday by police as"):
# an aside within the sentence.
_ASIDE_BEFORE = re.compile(
    r",\s+(?:(?:first|formally|officially|later)\s+)?(?:named|identified|pictured|described)"
    r"(?:\s+(?:on|by\s+\w+))?\s+$",
    re.IGNORECASE,
)
ASIDE_REACH = 80
_RELATIVE = re.compile(r"(?:,\s*(?:who|whose|which|where)|\s(?:who|whose|where))\s", re.IGNORECASE)


@dataclass(slots=True)
class Context:
    """What resolution needs while walking one document: the DCT and the narrative's date."""

    text: str
    dct: date | None
    ref: date | None = None  # the day the narrative is on (clock times and "that night" go here)
    quarter: tuple[int, int] | None = None  # the latest fiscal quarter spoken of
    quarter_pos: int = -10_000
    narrative_year: int | None = None
    told_year: tuple[int, int] | None = None  # (year, position) of a point year written out
    narrative_month: tuple[int, int] | None = None  # the latest month named ("the same month")
    month_pos: int = -1  # where a month alone ("in March 2011") was last named
    month_end: int = -1  # where the latest expression with a month ended ("from March | to June")
    ref_pos: int = -1  # where the narrative date was last named (-1: never, it is the DCT)
    ref_pod: str | None = None  # the part of day the narrative is in ("this morning": MO)
    incident_day: date | None = (
        None  # the first past day the text names  # the latest year named ("the following year")
    )
    incident_pos: int = -1  # where the incident's day was named
    late_days: set[date] = field(default_factory=set)  # days with a clock time after 20:00
    day: date | None = None  # the day the latest day-level expression named ("on Friday")
    named_days: list[tuple[int, date]] = field(default_factory=list)  # past days named, in order
    word_counts: dict[str, int] = field(default_factory=dict)  # the text's words, counted once
    # The rarer content words around a position (clocks._topic_words), read once per place.
    topic_words: dict[tuple[int, int, int], frozenset[str]] = field(default_factory=dict)
    day_end: int = -1  # where that expression ended, for a clock right after it ("at 1pm")
    last_clock: tuple[int, int] | None = None  # (position, minutes) of the latest clock time
    # Minutes of the clock times told with their half of the day ("8:15am", "21:40", "07:05"),
    # the first TOLD_CLOCKS of them: the story's clocks a bare hour is read beside.
    told_clocks: list[int] = field(default_factory=list)
    day24: bool = False  # the copy writes 24-hour clocks ("22:47", "07:30"): its "10:00" is 10am
    last_md: tuple[int, date] | None = None  # (end, date) of the latest month and day named
    month_first: bool | None = None  # the copy writes numeric dates month first (US)
    slash_order: bool | None = None  # the copy's own numeric dates: month first, day first
    slash_read: bool = False  # whether they have been read
    entry_stamp: tuple[int, int] | None = None  # (position, minutes) of a live-blog stamp
    stamp_day: date | None = None  # the day of the latest live-blog stamp
    small_hours: date | None = None  # the day named as "the early hours of Sunday"
    last_value: str = ""  # the value of the latest expression tagged, for an apposition after it
    last_end: int = -1  # where that expression ended

    def __post_init__(self) -> None:
        if self.ref is None:
            self.ref = self.dct

    def tell_year(self, year: int, pos: int) -> None:
        """A year written out at ``pos``: the story's year until another is named, and the one
        it recalls when told as a point ("in 1998", "on 3 May 2001"), not as a period's start
        ("since 1990") or a noun's modifier ("the August 1988 cease-fire")."""
        self.narrative_year = year
        point = _POINT_BEFORE.search(self.text, max(0, pos - 8), pos)
        self.told_year = (year, pos) if point else None

    def dated(self, year: int, pos: int) -> None:
        """A time of another year named at ``pos`` ends the recall of the year told before."""
        if self.told_year is not None and self.told_year[0] != year and pos > self.told_year[1]:
            self.told_year = None

    def recalled_year(self, pos: int) -> int | None:
        """The past year the story recalls at ``pos`` ("In 1998 ... In March"): the latest year
        told, before the DCT's, in this sentence or the one before, else None."""
        if self.told_year is None or self.dct is None:
            return None
        year, at = self.told_year
        if year != self.narrative_year or year >= self.dct.year or pos - at > RECALL_REACH:
            return None  # another year was named since ("the following year"), or it is too far
        if len(_SENTENCE_OR_PARAGRAPH_END.findall(self.text, at, pos)) > 1:
            return None
        return year

    def redate(self, pos: int, new: date) -> None:
        """The day named at ``pos`` is ``new`` after all (a weekday whose date is written beside
        it): the story, its past days and its incident day move with it."""
        past = self.dct is None or new <= self.dct
        self.named_days = [
            (p, new if p == pos else d) for p, d in self.named_days if past or p != pos
        ]
        if self.ref_pos == pos:
            self.ref = new
        if self.incident_pos == pos:
            self.incident_day, self.incident_pos = (new, pos) if past else (None, -1)

    def _in_relative_after_ref(self, pos: int) -> bool:
        """Whether ``pos`` lies in a relative clause opened after the story's day was named in
        the same sentence ("gathered on Saturday for the burial of a man who died on Tuesday",
        "detained the owner of the farm where a worker was hurt on Friday"): that day is the
        background of a person or a place, and the story stays on the main clause's day."""
        at = self.ref_pos
        if at < 0 or at >= pos or pos - at > RELATIVE_REACH:
            return False
        if _SENTENCE_END.search(self.text, at, pos) is not None:
            return False
        return _RELATIVE.search(self.text, at, pos) is not None

    def _in_participle_aside(self, pos: int) -> bool:
        """Whether ``pos`` lies in a participle set off by commas after a story day was named
        ("after Saturday's collapse ... The man, named yesterday by police as J. Reid, died when
        ..."): the naming is a later step told aside, and the main clause stays on the story's
        day."""
        if self.ref_pos < 0:
            return False
        m = _ASIDE_BEFORE.search(self.text, max(0, pos - ASIDE_REACH), pos)
        if m is None:
            return False
        close = self.text.find(",", pos, pos + ASIDE_REACH)
        return close >= 0 and _SENTENCE_END.search(self.text, pos, close) is None

    def set_ref(self, d: date | None, pos: int, pod: str | None = None) -> None:
        """Move the story to day ``d`` (named at ``pos``); the first past one is the incident's."""
        if d is None:
            return
        if self.dct is not None and d <= self.dct:
            self.named_days.append((pos, d))
        if not self._in_relative_after_ref(pos) and not self._in_participle_aside(pos):
            self.ref = d
            self.ref_pos = pos
            self.ref_pod = pod
        if self.incident_day is None and (self.dct is None or d <= self.dct):
            self.incident_day, self.incident_pos = d, pos
        elif (
            self.dct is not None
            and self.incident_day == self.dct
            and d < self.dct
            and pos - self.incident_pos <= INCIDENT_REACH
            and _SENTENCE_END.search(self.text, self.incident_pos, pos) is None
        ):
            # "trapped on Saturday morning (the DCT) after a flood on Friday": a day before the
            # report's own, told in the same sentence, is the event's; the DCT told a state
            self.incident_day = d
