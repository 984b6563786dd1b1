"""The day an anaphoric day word counts from when the story named its last day long before.

The tagger reads "that night", "the day before" or "two days earlier" from the day the text named
last. Several sentences on, after a later step of the story ("died in hospital on 2 September",
"the count rose on Sunday") and sentences that name no day, the words look back to the incident
itself ("his client had cleared the roof the day before and the snow that night was heavy"):
when the report dates its incident in its own words, such a word counts from the incident's day.
A count with its signal at a clause's end ("two days before", "three days earlier", "two days
later in hospital"), which the
tagger keeps a DURATION beside its anchor (TimeML), is placed on the timeline the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from incident_reader.core.facts.numbers import number_value
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import TimelineEntry, Timex
from incident_reader.core.temporal.lexicon import LATER_OCCASIONS, alternation

# "that night", "that same morning", "the day before", "the previous evening", "the night before"
_ANAPHOR = re.compile(
    r"(?i:that\s+(?:same\s+)?(?P<that>day|morning|afternoon|evening|night)"
    r"|the\s+(?P<before>day|night|evening)\s+before|the\s+previous\s+(?P<prev>day|night|evening))"
)
_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(T(?:MO|AF|EV|NI))?$")
# A count of days, and the signal that ends its clause right after it ("two days before,").
_DAYS = re.compile(r"(?i:(?P<n>[a-z]+|\d{1,2})\s+days?)$")
_SIGNAL_AFTER = re.compile(
    r"\s+(?i:(?P<back>before|earlier)|later|after)"
    r"(?=\s*[.,;:!?\"”)\n]|\s*$|\s+(?:and|but|when|while|in|at)\s)"
)
STALE_SENTENCES = 2  # sentences after which the day named last is no longer the story's
# A part of the day of the story's event ("the night of the fight", "the afternoon of the blast"),
# which the tagger leaves undated: the incident's day in that part.
_OF_EVENT = re.compile(r"(?i:the\s+(?:morning|afternoon|evening|night)\s+of\s+the\s+[a-z-]+)")
_UNDATED_PART = re.compile(r"XXXX-XX-XX(T(?:MO|AF|EV|NI))$")
# A count of days or weeks before or after the event itself ("four days after the accident",
# "two weeks before the blast"): from the incident's day; a later occasion's is another day.
_EVENT_SIGNAL = re.compile(
    r"\s+(?i:(?P<back>before)|after)\s+the\s+(?!(?i:"
    + alternation(LATER_OCCASIONS)
    + r")\b)(?i:[a-z-]+)(?![\w-]|\s+of\b|\s+(?-i:[A-Z]))"
)
_UNITS = re.compile(r"(?i:(?P<n>[a-z]+|\d{1,2})\s+(?P<unit>days?|weeks?))$")
# A week or weekend told back from the story: "the week before", "the previous week", "the
# weekend before"; in a report written more than a week after its incident, the incident's.
_WEEK_ANAPHOR = re.compile(
    r"(?i:the\s+(?:week(?P<end1>end)?\s+before|previous\s+week(?P<end2>end)?))"
)
# "the weekend" the tagger bounds before a clause-final "before" ("soaked by rain the weekend
# before."): the same week told back.
_BEFORE_ENDS = re.compile(r"\s+before(?=\s*[.,;:!?\"”)\n]|\s*$|\s+(?:and|but|when|while)\s)")
_WEEK_VALUE = re.compile(r"\d{4}-W\d{2}(?:-WE)?$")
RETROSPECT_DAYS = 7  # a report this long after its incident tells the story in retrospect


def _day(value: str) -> date | None:
    m = _DAY_VALUE.match(value)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _names_a_day(x: Timex) -> bool:
    """Whether a timex names a day of its own (not an anaphoric one, which counts from another)."""
    return x.type in ("DATE", "TIME") and _day(x.value) is not None and _shift(x) is None


def _shift(t: Timex) -> int | None:
    """How many days an anaphoric day or a count before its signal lies from its anchor."""
    m = _ANAPHOR.fullmatch(t.text.strip())
    if m is not None:
        return 0 if m["that"] else -1
    return None


def _counted(t: Timex, text: str) -> int | None:
    """The days a DURATION counts back when its signal ends the clause ("two days before,"), or
    on ("died two days later in hospital")."""
    if t.type != "DURATION" or (signal := _SIGNAL_AFTER.match(text, t.end)) is None:
        return None
    m = _DAYS.fullmatch(t.text.strip())
    if m is None:
        return None
    count = number_value(m["n"])
    if not count:
        return None
    return -count if signal["back"] else count


def redate_story_days(
    timeline: Sequence[TimelineEntry],
    sentences: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Timex]],
    text: str,
    incident_day: str | None,
    dct_day: str | None,
    entry_for: Callable[[Timex, int], TimelineEntry],
) -> list[TimelineEntry]:
    """The timeline with its stale anaphoric days counted from the incident's day (see the
    module's docstring), and the counts of days before a clause's end placed on it (an entry
    made by ``entry_for`` from the count's timex and its sentence's index)."""
    incident = _day(incident_day or "")
    if incident is None:
        return list(timeline)
    timeline = _event_days(timeline, per_sentence, text, incident, entry_for)
    if incident_day == dct_day:
        return list(timeline)
    starts = [s.start for s in sentences]
    named = [  # (start, day, sentence index) of every day or part of one the text names
        (x.start, d, n)
        for n, inside in enumerate(per_sentence)
        for x in inside
        if _names_a_day(x) and (d := _day(x.value)) is not None
    ]
    named_starts = [start for start, _, _ in named]

    def latest(t: Timex) -> tuple[date, int] | None:
        i = bisect_right(named_starts, t.start - 1) - 1
        return (named[i][1], named[i][2]) if i >= 0 else None

    def stale(t: Timex, n: int, value_day: date | None, shift: int) -> bool:
        """Whether ``t`` counts from a day named ``STALE_SENTENCES`` or more sentences back that
        is not the incident's, its own sentence naming none."""
        if any(x is not t and _names_a_day(x) for x in per_sentence[n]):
            return False
        last = latest(t)
        if last is None or n - last[1] < STALE_SENTENCES or last[0] == incident:
            return False
        return value_day is None or value_day == last[0] + timedelta(days=shift)

    dct = _day(dct_day or "")
    retrospect = dct is not None and (dct - incident).days > RETROSPECT_DAYS
    out: list[TimelineEntry] = []
    added = False
    for entry in timeline:
        t = entry.timex
        n = bisect_right(starts, t.start) - 1
        if retrospect and n >= 0 and (week := _week_before(t, per_sentence[n], incident, text)):
            out.append(replace(entry, timex=replace(t, value=week)))
            continue
        shift = _shift(t)
        n = bisect_right(starts, t.start) - 1
        m = _DAY_VALUE.match(t.value)
        if shift is None or n < 0 or m is None or not stale(t, n, _day(t.value), shift):
            out.append(entry)
            continue
        value = (incident + timedelta(days=shift)).isoformat() + (m[4] or "")
        out.append(replace(entry, timex=replace(t, value=value)))
    for n, inside in enumerate(per_sentence):  # the counts, which the timeline has not
        for t in inside:
            back = _counted(t, text)
            if back is None:
                continue
            if stale(t, n, None, back):
                anchor = incident
            elif back > 0 and (last := latest(t)) is not None and n - last[1] < STALE_SENTENCES:
                anchor = last[0]  # "hurt on March 3 ... died two days later": from that day on
            else:
                continue
            signal = _SIGNAL_AFTER.match(text, t.end)
            assert signal is not None
            value = (anchor + timedelta(days=back)).isoformat()
            end = signal.end()
            told = replace(t, end=end, text=text[t.start : end], type="DATE", value=value)
            out.append(entry_for(told, n))
            added = True
    if added:
        out.sort(key=lambda e: e.timex.start)  # reading order (a stable sort)
    return out


def _week_before(t: Timex, own: Sequence[Timex], incident: date, text: str) -> str | None:
    """The incident's week before as "the week before" (or its weekend) in a sentence naming no
    day of its own tells it in a retrospective report; None for any other timex."""
    m = _WEEK_ANAPHOR.fullmatch(t.text.strip())
    weekend = bool(m and (m["end1"] or m["end2"]))
    if m is None:
        bare = re.fullmatch(r"(?i:the\s+week(end)?)", t.text.strip())
        if bare is None or _BEFORE_ENDS.match(text, t.end) is None:
            return None
        weekend = bare[1] is not None
    if not _WEEK_VALUE.match(t.value) or any(_names_a_day(x) for x in own):
        return None
    year, week, _ = (incident - timedelta(days=7)).isocalendar()
    return f"{year}-W{week:02d}" + ("-WE" if weekend else "")


def _event_days(
    timeline: Sequence[TimelineEntry],
    per_sentence: Sequence[Sequence[Timex]],
    text: str,
    incident: date,
    entry_for: Callable[[Timex, int], TimelineEntry],
) -> list[TimelineEntry]:
    """The timeline with the parts of the event's day placed on the incident's day, and the
    counts from the event ("six days after the explosion") placed from it."""
    out: list[TimelineEntry] = []
    for entry in timeline:
        t = entry.timex
        part = _UNDATED_PART.match(t.value)
        if part is not None and _OF_EVENT.fullmatch(t.text.strip()):
            entry = replace(entry, timex=replace(t, value=incident.isoformat() + part[1]))
        out.append(entry)
    added = False
    for n, inside in enumerate(per_sentence):
        for t in inside:
            if t.type != "DURATION" or (signal := _EVENT_SIGNAL.match(text, t.end)) is None:
                continue
            m = _UNITS.fullmatch(t.text.strip())
            count = number_value(m["n"]) if m else None
            if not m or not count:
                continue
            days = count * (7 if m["unit"].lower().startswith("week") else 1)
            value = (incident + timedelta(days=-days if signal["back"] else days)).isoformat()
            end = signal.end()
            told = replace(t, end=end, text=text[t.start : end], type="DATE", value=value)
            out.append(entry_for(told, n))
            added = True
    if added:
        out.sort(key=lambda e: e.timex.start)
    return out
