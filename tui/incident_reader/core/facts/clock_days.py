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

from incident_reader.core.facts.event_cues import _ONSET_CUE, _cues, tells_a_sequel
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import TimelineEntry, Timex

# A clock told alone: digits and a meridiem or "hrs", or noon and midnight (no day word in it).
_BARE_CLOCK = re.compile(
    r"(?:(?:about|around|approximately|approx\.?|roughly|just\s+(?:before|after))\s+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs|h)?|\d{4}\s*(?:hrs|h)|noon|midday|midnight)",
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
        if any(x is not t and x.type == "DATE" and x.value == day for x in own):
            out.append(entry)  # "died on Thursday at 4.25pm": its sentence names its day
            continue
        value = t.value
        if t.end in incident_clocks:
            i = bisect_left(named_starts, t.start) - 1
            latest = (named[i][1], named[i][2]) if i >= 0 else None
            own_sentence = sentences[n] if n >= 0 else None
            if (
                day not in incident_days
                and day != incident_day
                and _borrowed(day, latest, dct_day, own_sentence)
            ):
                value = incident_day + clock
        elif day == incident_day and n >= 0 and _in_proceedings(sentences[n], t):
            value = "XXXX-XX-XX" + clock  # a sequel's clock on the incident's day: undated
        out.append(entry if value == t.value else replace(entry, timex=replace(t, value=value)))
    return out


def _borrowed(
    day: str,
    latest: tuple[str, Sentence] | None,
    dct_day: str | None,
    own: Sentence | None = None,
) -> bool:
    """Whether a clock's ``day`` came from a sequel: the latest day named before the clock
    (``latest``: its day and sentence) is that day, in a sentence of a court's or an inquest's
    proceedings or in one telling no onset while the clock's ``own`` sentence tells it; or no day
    was named and it is the DCT's. A later step of the story ("Searchers
    on Monday found the body") keeps its day, and so does a clock past midnight after the day
    named ("11.52pm on Monday ... 1.30am")."""
    if latest is None:
        return day == dct_day
    named, sentence = latest
    if named != day:
        return False
    if _told_at_proceedings(sentence):
        return True
    # "A fifth pupil died in hospital on Saturday evening. The lightning struck shortly after
    # 2.30pm": a clock whose own clause tells the onset does not take the day of a sentence that
    # tells none (a later death, a transfer); a later death's own clock keeps it.
    return own is not None and _opens_with_onset(own) and not _opens_with_onset(sentence)


def _opens_with_onset(sentence: Sentence) -> bool:
    """Whether a sentence's first event or sequel word tells the onset ("The lightning struck
    ...", not "A fifth pupil died ... with severe burns", whose first word is the toll's)."""
    cues = _cues(sentence)
    return bool(cues) and min(cues)[2] == _ONSET_CUE


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
