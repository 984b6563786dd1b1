"""The day of a bare clock on the timeline when the report tells the incident's date itself.

The tagger puts a clock with no day of its own ("pronounced dead at 4.25pm") on the day the
narrative was last on, else the report's day (DCT). In an inquest or court report written months
later that day is the hearing's or the report's own, while the incident the clock belongs to is
dated in the text. A clock the incident's own clause times takes the incident's day when the day
it was given was the proceedings' (named in a sentence of a court's or an inquest's) or only the
DCT; a clock of the proceedings' own clause ("The hearing was adjourned until 2pm") never takes
the incident's day: it stays undated rather than borrow a day that is not its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date, timedelta

from incident_reader.core.facts.event_cues import _ONSET_CUE, _cues, tells_a_sequel
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import TimelineEntry, Timex

# A clock told alone: digits and a meridiem or "hrs", an hour in words ("three o'clock", "a
# quarter to twelve"), or noon and midnight, with its zone or a part of the day that names no day
# ("2pm local time", "0130 hours", "19:30 hours", "three o'clock in the morning").
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_BARE_CLOCK = re.compile(
    r"(?:(?:about|around|approximately|approx\.?|roughly|just\s+(?:before|after))\s+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs|h)?|\d{1,2}[.:]?\d{2}\s*(?:hrs|h|hours)"
    r"|noon|midday|midnight"
    r"|(?:(?:half|(?:a\s+)?quarter|twenty(?:[-\s]five)?|ten|five)\s+(?:past|to)\s+)?"
    + _HOUR_WORD
    + r"(?:\s+o['’]clock)?)"
    r"(?:\s*\(?(?:local\s+time|(?-i:[A-Z]{2,4})(?:[+-]\d{1,2})?)\)?)?"
    r"(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?",
    re.IGNORECASE,
)
_DAY_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}.*)$")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(?:MO|MI|AF|EV|NI))?$")  # a day, or a part of one
# What opens a reported clause: the clock after it is the reported event's, not the telling's.
_REPORTED = re.compile(r"\b(?:that|how)\b", re.IGNORECASE)
# The proceedings' own nouns (a short stoplist beside event_cues.LEGAL_SEQUEL_NOUNS): a clock in
# a clause of theirs is the hearing's, never the incident's.
_PROCEEDINGS = re.compile(r"\b(?:court|hearing|jury|tribunal|coroner)s?\b", re.IGNORECASE)


def date_bare_clocks(
    timeline: Sequence[TimelineEntry],
    sentences: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Timex]],
    incident_day: str | None,
    dct_day: str | None,
    incident_clocks: Collection[int],
    incident_days: Collection[str] = (),
) -> list[TimelineEntry]:
    """The timeline with its bare clocks on the day they belong to (see the module's docstring).

    ``incident_day`` is the main incident's date as the text tells it (None when only the DCT
    dates it); ``incident_clocks`` the ends of the clocks the incident's own clauses time;
    ``incident_days`` every day the text gives the incident (a clock on one of them keeps it).
    """
    if incident_day is None or incident_day == dct_day:
        return list(timeline)
    starts = [s.start for s in sentences]
    named = [  # every day (or part of one) named, in reading order, with its sentence
        (x.start, x.value[:10], sentence)
        for sentence, inside in zip(sentences, per_sentence, strict=True)
        for x in inside
        if x.type in ("DATE", "TIME") and _DAY.match(x.value)
    ]
    named_starts = [start for start, _, _ in named]
    out: list[TimelineEntry] = []
    for entry in timeline:
        t = entry.timex
        m = _DAY_CLOCK.match(t.value)
        if t.type != "TIME" or m is None or not _BARE_CLOCK.fullmatch(t.text.strip()):
            out.append(entry)
            continue
        day, clock = m.groups()
        n = bisect_right(starts, t.start) - 1
        own = per_sentence[n] if n >= 0 else ()
        own_sentence = sentences[n] if n >= 0 else None
        if any(
            x is not t
            and x.type == "DATE"
            and x.value == day
            and not (own_sentence and _aside_before(own_sentence, x.start, t.start))
            for x in own
        ):
            out.append(entry)  # "died on Thursday at 4.25pm": its sentence names its day
            continue
        value = t.value
        if t.end in incident_clocks:
            i = bisect_left(named_starts, t.start) - 1
            latest = _day_named(named, i, day)
            if (
                day not in incident_days
                and day != incident_day
                and (
                    _borrowed(day, latest, dct_day, own_sentence, t.start)
                    or _incident_day_after(named, i, day, incident_day)
                )
            ):
                value = incident_day + clock
        elif day == incident_day and n >= 0 and _in_proceedings(sentences[n], t):
            value = "XXXX-XX-XX" + clock  # a sequel's clock on the incident's day: undated
        out.append(entry if value == t.value else replace(entry, timex=replace(t, value=value)))
    return out


def _day_named(
    named: Sequence[tuple[int, str, Sentence]], i: int, day: str
) -> tuple[str, Sentence, int] | None:
    """The latest day named at or before ``named[i]`` (day, sentence, position): the clock's own
    ``day`` when a later mention in that same sentence stands in an aside ("buried her
    yesterday, who was killed on Sunday afternoon"), which does not move the story's day."""
    if i < 0:
        return None
    at, value, sentence = named[i]
    j = i
    while value != day and j > 0 and named[j - 1][2] is sentence:
        j -= 1  # the clock's day told earlier in the sentence that named the latest day
        if named[j][1] == day:
            return day, sentence, named[j][0]
    return value, sentence, at


def _incident_day_after(
    named: Sequence[tuple[int, str, Sentence]], i: int, day: str, incident_day: str
) -> bool:
    """Whether the sentence that named the clock's ``day`` (a sequel's: "villagers yesterday
    buried a girl") names the incident's day after it ("who was killed on Sunday afternoon"):
    the incident's clock told next ("She was taken at about 4pm") is on the incident's day."""
    if i < 0:
        return False
    sentence = named[i][2]
    told = [(at, value) for at, value, s in named[: i + 1] if s is sentence]
    days = [at for at, value in told if value == day]
    return bool(days) and any(value == incident_day and at > days[0] for at, value in told)


# A parenthetical relative clause: ", which submitted its report on Saturday," between a noun and
# its verb; a day in it is the aside's, not the main clause's.
_ASIDE = re.compile(r",\s*(?:who|whose|which|where)\s[^,;:]*,", re.IGNORECASE)


def _aside_before(sentence: Sentence, at: int, clock: int) -> bool:
    """Whether the day at ``at`` stands in a parenthetical relative clause of ``sentence`` that
    closes before the clock at ``clock`` ("The committee, which reported on Saturday, found
    that the boat sank at 5.45pm": Saturday is the committee's, not the clock's)."""
    lo, hi = at - sentence.start, clock - sentence.start
    return any(m.start() < lo and m.end() <= hi for m in _ASIDE.finditer(sentence.text, 0, hi))


def _borrowed(
    day: str,
    latest: tuple[str, Sentence, int] | None,
    dct_day: str | None,
    own: Sentence | None = None,
    clock: int = -1,
) -> bool:
    """Whether a clock's ``day`` came from a sequel: the latest day named before the clock
    (``latest``: its day and sentence) is that day, in a sentence of a court's or an inquest's
    proceedings or in one telling no onset while the clock's ``own`` sentence tells it; or no day
    was named and it is the DCT's. A later step of the story ("Searchers
    on Monday found the body") keeps its day, and so does a clock past midnight after the day
    named ("11.52pm on Monday ... 1.30am")."""
    if latest is None:
        return day == dct_day
    named, sentence, at = latest
    if named != day:
        # the tagger lent a day the story was not on (the report's own, or the first day the text
        # named, "JUBA, May 3 - ... in Saturday's crash ... at 9.40pm"): not the day before the
        # clock's either, whose late night it may run past ("11.52pm on Monday ... 1.30am")
        return day != _day_after(named)
    if _told_at_proceedings(sentence):
        return True
    # "A fifth pupil died in hospital on Saturday evening. The lightning struck shortly after
    # 2.30pm": a clock whose own clause tells the onset does not take the day of a sentence that
    # tells none (a later death, a transfer); a later death's own clock keeps it.
    if own is None or not (_opens_with_onset(own) or _clause_onset(own, clock)):
        return False
    if sentence is own and _aside_before(own, at, clock):
        return True  # "The panel, which reported on Saturday, found the boat sank at 5.45pm"
    return sentence is not own and not _opens_with_onset(sentence)


def _day_after(day: str) -> str:
    """The ISO day after ``day`` ("" when ``day`` is not one)."""
    try:
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    except ValueError:
        return ""


def _opens_with_onset(sentence: Sentence) -> bool:
    """Whether a sentence's first event or sequel word, a saying's aside, tells the onset ("The
    lightning struck ...", "Police said the bus hit ...", not "A fifth pupil died ... with severe
    burns", whose first word is the toll's)."""
    cues = [c for c in _cues(sentence) if not c[3]]
    return bool(cues) and min(cues)[2] == _ONSET_CUE


def _clause_onset(sentence: Sentence, clock: int) -> bool:
    """Whether the last event or sequel word before the clock in its sentence, a saying aside,
    tells the onset: the clock's own clause ("A report showed that it was doing 97km/h when it
    hit the lorry at 6.15am")."""
    lo = clock - sentence.start
    cues = [c for c in _cues(sentence) if not c[3] and c[1] <= lo]
    return bool(cues) and max(cues)[2] == _ONSET_CUE


def _in_proceedings(sentence: Sentence, t: Timex) -> bool:
    """Whether the clock's own clause (after the last "that" or "how", which open what a court
    heard) tells a court's or an inquest's proceedings: "The hearing was adjourned until 2pm",
    not "told the court that officers arrived at 1.12am"."""
    lo = t.start - sentence.start
    opened = list(_REPORTED.finditer(sentence.text, 0, lo))
    clause = sentence.text[opened[-1].end() if opened else 0 : lo]
    return _PROCEEDINGS.search(clause) is not None or tells_a_sequel(clause)


def _told_at_proceedings(sentence: Sentence) -> bool:
    """Whether a sentence tells a court's or an inquest's proceedings ("The hearing on Thursday
    was told that ...", "A jury heard on Wednesday how ..."): the day it names is theirs."""
    text = sentence.text
    return _PROCEEDINGS.search(text) is not None or tells_a_sequel(text)
