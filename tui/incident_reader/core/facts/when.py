"""When: the incident's date and clock time, and the clause each timeline entry anchors.

A time expression dates the incident when the nearest cue word in its sentence tells the incident
happening ("derailed", "the blast happened", "the first 999 call") rather than something after it
("arrested", "said", "reopened", "a statement issued"); the cue words are read by ``event_cues``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts import events
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.event_cues import (
    _AFTER,
    _AFTER_CUE,
    _AFTER_SCAN,
    _EVENT,
    _EVENT_SCAN,
    _ONSET_CUE,
    _PASSIVE_BEFORE,
    _TOLL_CUE,
    EVENT_CUES,
    FUNCTION_WORDS,
    _cues,
    _modifies_noun,
    _tells_onset,
    is_event_sentence,
    is_scene_sentence,
    names_the_wreck,
    tells_a_sequel,
    tells_onset,
    tells_sequel,
)
from incident_reader.core.facts.later_times import (
    DATE,
    TIME,
    StampFound,
    TollFound,
    drop_later_tolls,
    drop_retold_stamps,
)
from incident_reader.core.facts.text import REPORTING, Sentence
from incident_reader.core.model import TextSpan, Timex

# The event cues' sentence tests and tables are read through this module too (places,
# incidents, tests).
__all__ = [
    "DATE",
    "TIME",
    "TollFound",
    "StampFound",
    "incident_times",
    "unclaimed_date",
    "drop_retold_stamps",
    "drop_later_tolls",
    "event_span",
    "EVENT_CUES",
    "FUNCTION_WORDS",
    "is_event_sentence",
    "is_scene_sentence",
    "names_the_wreck",
    "tells_a_sequel",
    "tells_onset",
    "tells_sequel",
    "_AFTER",
    "_AFTER_SCAN",
    "_EVENT",
    "_EVENT_SCAN",
]

_LEAD = re.compile(
    r"(?:(?<!\w)(?:at|on|from|in|by|during)\s+)?(?:(?<!\w)(?:around|about|approximately|roughly|shortly|just|"
    r"some\s+time|sometime|soon)\s+)?(?:(?:after|before)\s+)?$",
    re.IGNORECASE,
)
_CLOCK_VALUE = re.compile(r"T(\d{2}):(\d{2})")
# A clock in a zone followed by the local clock in brackets: "0310 GMT (0610 local time)".
_ZONE = re.compile(r"\b(?:GMT|UTC|Z)\b")
_LOCAL_AFTER = re.compile(r"\s*\(\s*[\d.:]+\s*(?:[ap]\.?m\.?\s*)?local\b", re.IGNORECASE)
_LOCAL = re.compile(r"[^)]*\blocal\b", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_STAMP_END = re.compile(r"\s*[\d.:]+\s*(?:[ap]\.?m\.?)?\s*[:\-–—]\s*")
MAX_CUE_DISTANCE = 90
MAX_EVENT_DISTANCE = 150
DATELINE_REACH = 40
# An event named after these is a reference point ("since the crush"), not the clause's own event.
_REFERENCE_POINT = re.compile(
    r"\b(?:since|after|following|before|over)\s+(?:the|a|an|its|this)\s+$"
)
# A saying verb that opens a quotation ("said: 'On Monday ...") dates what is quoted, not itself.
_QUOTE_OPENS = re.compile(
    r"\s*[:,]\s*['‘“\"]|\s*:\s|(?:\s+(?:the\s+)?[a-z]+)?\s+that\s"
    r"(?!(?:day|night|morning|afternoon|evening|week|month|year|weekend)\b)"
)  # "told the court that on 14 June ...", "heard that": what is reported, not the telling
# A line opening with a bare clock and a capital: a live-blog stamp without a separator.
_LINE_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+[A-Z“\"]")
_DATELINE_HEAD = re.compile(r"^[A-Z][\w.'’ -]{1,30},(?:\s*[A-Z][\w.'’ -]{1,20},)?\s*$")
_DATELINE_TAIL = re.compile(r"\s*(?:\(|:|[–—-]\s)")
_ATTRIBUTIVE_HEAD = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)
_DAY_WORD = re.compile(
    r"(?i:today|yesterday|tonight|night|morning|evening|afternoon|day)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\d{1,2}/\d{1,2}"
)
# What lies between "between" and a time it bounds: nothing, or the first bound and "and".
_BOUNDS = re.compile(r"\s*(?:\S{1,12}\s*(?:[ap]\.?m\.?\s*)?(?:and|to|-|–)\s*)?")
# A time owning an event noun dates it, whatever else is near: "appealing for witnesses to
# Sunday's crash".
_OWNS_EVENT = re.compile(r"['’]s?\s+")
_MODIFIER_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")
OWNED_REACH = 25
# A calendar date names its month or its numbers ("26 February", "Feb. 26", "26/02").
_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,2}/\d{1,2}|\d{4}-\d{2}"
)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# "officers on patrol", "on duty": a sequel's noun after "on" is a state, not a later event.
_ON_DUTY = re.compile(r"\bon\s+$", re.IGNORECASE)
# Harm told before a death in the same sentence makes the death later than the incident.
_EARLIER_HARM = re.compile(
    r"\bhad\s+(?:been\s+)?(?:suffered|sustained|received|injured|hurt|burned|burnt|wounded)\b|"
    r"\b(?:critically|seriously|gravely|fatally|badly)\s+(?:injured|hurt|burned|burnt|wounded)\b",
    re.IGNORECASE,
)
LATER_DEATH_GAP = 25  # "died around", "passed away in hospital at"
# A time after these is a stretch the story lasted ("through the night", "all morning").
_SPAN_BEFORE = re.compile(r"\b(?:through|throughout|all)\s+$", re.IGNORECASE)
MIN_CLAUSE_WORDS = 3
# Where a sentence's clauses meet: "; ", " - ", ", and ...", ", but ...", ", while ...".
_CLAUSE_BREAK = re.compile(
    r";\s+|\s[-–—]\s|,\s+(?=(?:and|but|while|whereas|although|though|before|after|when)\b)"
)
LATER_CUE_WEIGHT = 40
ATTRIBUTION_TAIL = 3  # characters after a closing attribution's verb ("said.", "found.\"")
_ATTRIBUTION = re.compile(r"[^,;]*,")
# A relative clause with a verb of its own between a cue and a later time: the verb owns the time.
_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?[a-z]+|[a-z]+(?:ed|en))\b"
)
CLAUSE_PENALTY = 60
# A time this close after an event cue, with only a lead between ("exploded at 11.40pm"), is the
# cue's own: an earlier time in the sentence is not that event's.
OWN_TIME_GAP = 30
# "A year ago today", "five years ago today": the day of the incident, years before the DCT.
WORD_YEARS: dict[str, int] = {
    w: n + 2
    for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split())
}
_YEARS_AGO = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"years?\s+ago\s*,?\s*$",
    re.IGNORECASE,
)
# A hearing's account: "The court heard Pell walked ...", "The jury was told the gunmen entered":
# a time after the hearing verb and a finite verb of the account is the account's.
_ACCOUNT_VERB = re.compile(
    rf"\b(?:[a-z]+ed|{'|'.join(sorted({p for pair in events.IRREGULAR.values() for p in pair}))})\b"
)
_HEARING = frozenset(("heard", "told"))
TELLS_WHOM_REACH = 45
# Care given at once ("taken to hospital", "airlifted", "rescued") told with a time and then
# "after" the onset: the time is the onset's ("hospitalised Tuesday morning after a truck hit").
_CARE = re.compile(
    r"(?i:hospitals?|airlift(?:ed)?|rescued?|treated|hospitali[sz]ed|rushed|taken|flown)"
)
_AFTER_ONSET = re.compile(r"\s*,?\s+(?:shortly\s+|soon\s+|just\s+)?(?:after|when)\s+")
CARE_REACH = 60
# What a court or an inquest heard is the incident's own narrative, in any verbs.
_COURT_ACCOUNT = re.compile(
    r"\b(?:heard|(?:was|were)\s+told)\s+(?:that|how)\b[^;:.!?]{0,60}$", re.IGNORECASE
)
COURT_REACH = 60
_CLOCK_TEXT = re.compile(
    r"\d[:.]\d|\d\s*[ap]\.?m|noon|midnight|o'clock", re.IGNORECASE
)  # a cue across a clause break ("..., and rescuers were still searching")


def incident_times(
    sentence: Sentence, timexes: Sequence[Timex], dct_day: str | None
) -> list[Found]:
    """incident.date and incident.time facts: time expressions the incident's own words anchor.

    A time only a toll word anchors ("died around 2.30am") comes back as a ``TollFound``: it is
    the incident's only when no onset word times the incident otherwise (see ``drop_later_tolls``).
    """
    out: list[Found] = []
    text, base = sentence.text, sentence.start
    cues: list[tuple[int, int, int, bool]] | None = None
    claimed: dict[int, int] = {}
    line_start = _LINE_STAMP.match(text) is not None
    for i, t in enumerate(timexes):
        lo, hi = t.start - base, t.end - base
        stamp = (sentence.stamped or line_start) and lo <= 1
        toll = False
        if stamp:
            # A stamp says when an entry was written; it times the incident only when the entry
            # tells the event itself and gives no other time for it.
            body = text[hi:]
            if not _tells_onset(body) or REPORTING.search(body) or len(timexes) > 1:
                continue
        else:
            if _not_a_moment(text, lo, hi, timexes[i - 1] if i else None, base):
                continue
            if _LOCAL_AFTER.match(text, hi) and _ZONE.search(t.text):
                continue  # "0310 GMT (0610 local time)": the local clock is the one told
            if cues is None:
                cues = _cues(sentence)
                claimed = _claimed_cues(text, cues, timexes, base) if len(timexes) > 1 else {}
            clocked = claimed if _CLOCK_VALUE.search(t.value) else None  # clock against clock
            anchor = _anchor(cues, lo, hi, text, clocked, t.start)
            if anchor is None:
                continue
            toll = anchor == _TOLL_CUE
            if _later_death(text, cues, lo):
                continue  # "who had suffered 60 per cent burns, died around 2.30am": a later death
        clock = _CLOCK_VALUE.search(t.value)
        day = _DAY_VALUE.match(t.value)
        lead = _LEAD.search(text[max(0, lo - 40) : lo])
        start = t.start - (len(lead.group(0)) if lead and not stamp else 0)
        ago = _YEARS_AGO.search(text, max(0, lo - 24), lo) if day and not clock else None
        if ago and day:
            day = _years_before(day.group(1), ago)  # "A year ago today": the day a year before
            start = base + ago.start()
        found: list[Found] = []
        if clock:
            found.append(Found(TIME, f"{clock.group(1)}:{clock.group(2)}", start, t.end))
        if day and t.type in ("DATE", "TIME") and (not clock or _DAY_WORD.search(t.text)):
            if dct_day and day.group(1) > dct_day:
                continue  # a future date is never when the incident happened
            found.append(Found(DATE, day.group(1), start, t.end))  # "at 10.42am today" too
        if stamp:
            found = [StampFound(f.kind, f.value, f.start, f.end) for f in found]
        out.extend(TollFound(f.kind, f.value, f.start, f.end) if toll else f for f in found)
    return out


def unclaimed_date(
    sentences: Sequence[Sentence], per_sentence: Sequence[Sequence[Timex]], dct_day: str | None
) -> Found | None:
    """The first calendar day no sequel word claims, for a report whose event words date nothing.

    A police statement opens "At 11.05pm on Wednesday 26 February, officers signalled ..." and a
    court report tells "... heard on Monday that officers signalled ... on 26 February": the
    clause names no event word, yet the first past day no arrest, hearing or saying is near is
    the incident's.
    """
    for sentence, inside in zip(sentences, per_sentence, strict=False):
        text, base = sentence.text, sentence.start
        cues: list[tuple[int, int, int, bool]] | None = None
        for i, t in enumerate(inside):
            day = _DAY_VALUE.match(t.value)
            if t.type != "DATE" or not day:
                continue
            # "were in the neighbourhood on Saturday" in a report of that Saturday: the same day
            same_day = day.group(1) == dct_day and _WEEKDAY.search(t.text) is not None
            if not _CALENDAR.search(t.text) and not same_day:
                continue
            if dct_day and day.group(1) > dct_day:
                continue
            lo, hi = t.start - base, t.end - base
            if (sentence.stamped and lo <= 1) or _not_a_moment(
                text, lo, hi, inside[i - 1] if i else None, base
            ):
                continue
            if cues is None:
                cues = _cues(sentence)
            if any(
                cls == _AFTER_CUE
                and not _ON_DUTY.search(text, max(0, start - 4), start)
                and 0 <= (lo - end if end <= lo else start - hi) <= MAX_CUE_DISTANCE
                # "on Saturday, the first final since ...": an apposition's cue claims no day
                and (end <= lo or "," not in text[hi:start])
                for start, end, cls, _ in cues
            ):
                continue  # "was charged on 3 March", "appeared in court on 26 February"
            lead = _LEAD.search(text[max(0, lo - 40) : lo])
            start = t.start - (len(lead.group(0)) if lead else 0)
            return Found(DATE, day.group(1), start, t.end)
    return None


def _claimed_cues(
    text: str, cues: Sequence[tuple[int, int, int, bool]], timexes: Sequence[Timex], base: int
) -> dict[int, int]:
    """Event cues that a clock right after them belongs to: cue start -> that clock's start.

    In "neighbours smelled gas at about 9pm and the house exploded at 11.40pm" the explosion is
    timed by 11.40pm, so it does not also claim the 9pm told before it.
    """
    out: dict[int, int] = {}
    for start, end, cls, _ in cues:
        if cls == _AFTER_CUE:
            continue
        for t in timexes:
            lo = t.start - base
            if (
                _CLOCK_VALUE.search(t.value)
                and end < lo <= end + OWN_TIME_GAP
                and _LEAD.fullmatch(text[end:lo].lstrip())
            ):
                out[start] = t.start
                break
    return out


def _years_before(day: str, ago: re.Match[str]) -> re.Match[str] | None:
    """The day N years before an ISO day, as a match of ``_DAY_VALUE`` (29 February -> 28th)."""
    word = ago.group("n").lower()
    n = 1 if word in ("a", "one") else int(word) if word.isdigit() else WORD_YEARS.get(word, 0)
    if not n:
        return _DAY_VALUE.match(day)
    year = int(day[:4]) - n
    rest = day[4:] if day[5:] != "02-29" else "-02-28"
    return _DAY_VALUE.match(f"{year:04d}{rest}")


def _later_death(text: str, cues: Sequence[tuple[int, int, int, bool]], lo: int) -> bool:
    """Whether harm told first, then a death just before the time, puts the death after the
    incident ("a customer who had suffered burns died around 2.30am")."""
    harm = _EARLIER_HARM.search(text, 0, lo)
    return harm is not None and any(
        cls == _TOLL_CUE and harm.end() <= start and 0 <= lo - end <= LATER_DEATH_GAP
        for start, end, cls, _ in cues
    )


def _not_a_moment(text: str, lo: int, hi: int, previous: Timex | None, base: int) -> bool:
    """A time that names no moment of the story: a dateline, a train's name, a zone's rendering.

    "KESARPET, January 21:" dates the dispatch; "the 7.35am commuter service" names a train;
    "at 7.35pm (1835 GMT)" gives the same moment twice.
    """
    if _SPAN_BEFORE.search(text, max(0, lo - 12), lo):
        return True  # "battled the blaze through the night": how long, not when it began
    if lo < DATELINE_REACH and _DATELINE_HEAD.match(text[:lo]) and _DATELINE_TAIL.match(text, hi):
        return True
    if _ATTRIBUTIVE_HEAD.search(text, max(0, lo - 8), lo) and _modifies_noun(text, hi):
        return True
    if _is_holiday(text[lo:hi]) and _modifies_noun(text, hi):
        return True  # "a huge Halloween party crowd": a feast naming a noun, not a moment
    return bool(
        previous is not None
        and text[max(0, lo - 2) : lo].endswith(("(", "["))
        and 0 <= lo - (previous.end - base) <= 3
        and not _LOCAL.match(text, lo, min(len(text), hi + 12))
    )


def _is_holiday(words: str) -> bool:
    """Whether a time expression is a feast's name ("Halloween", "Christmas Eve"): capitalised,
    with no digit, weekday or month in it."""
    return (
        words[:1].isupper()
        and not any(ch.isdigit() for ch in words)
        and not _WEEKDAY.search(words)
        and not _CALENDAR.search(words)
        and not _DAY_WORD.fullmatch(words.lower())
    )


def _anchor(
    cues: Sequence[tuple[int, int, int, bool]],
    lo: int,
    hi: int,
    text: str = "",
    claimed: dict[int, int] | None = None,
    own: int = -1,
) -> int | None:
    """The class of the nearest cue around a time expression if it tells the event, else None.

    An event cue reaches further than an after cue: the clause that tells an event is often
    long ("set fire to the shed ... of a temple in X's Y area in the early hours of Sunday").
    """
    owner = _OWNS_EVENT.match(text, hi) if text else None
    if owner:
        for start, _, cls, _ in cues:
            if cls != _AFTER_CUE and owner.end() <= start <= owner.end() + OWNED_REACH:
                if _MODIFIER_WORDS.fullmatch(text, owner.end(), start):
                    return _ONSET_CUE  # "Sunday's crash", "last night's deadly blaze"
    best: tuple[int, int] | None = None
    best_word = ""
    # "The court heard Pell walked ... at 6.50pm": the hearing and its subject tell no time here
    account = max(
        (
            c[1]
            for c in cues
            if c[2] == _AFTER_CUE and c[1] <= lo and _hearing_account(text, c[0], c[1], lo)
        ),
        default=-1,
    )
    ceded = False
    for start, end, cls, saying in cues:
        if lo <= start < hi:
            continue
        distance = lo - end if end <= lo else start - hi
        reach = MAX_EVENT_DISTANCE if cls != _AFTER_CUE else MAX_CUE_DISTANCE
        if distance < 0 or distance > reach:
            continue
        if (
            cls == _AFTER_CUE
            and text[start:end].lower() == "between"
            and not _BOUNDS.fullmatch(text, end, lo)
        ):
            continue  # "between 7pm and 9pm" bounds a time; "between junctions 11 and 12" no
        if cls == _AFTER_CUE and _QUOTE_OPENS.match(text, end):
            continue  # "told the inquest: 'On Monday ..." dates what is quoted, not the telling
        if claimed and start >= hi and claimed.get(start, own) != own:
            ceded = True
            continue  # "smelled gas at 9pm and the house exploded at 11.40pm": 11.40pm's event
        if cls == _AFTER_CUE and end <= account:
            continue  # "The court heard Pell walked onto the concourse at 6.50pm"
        if (
            cls == _AFTER_CUE
            and saying
            and (end > lo or distance > 15)
            and not (end <= lo and _tells_whom(text, end, lo))
        ):
            continue  # "..., police said." frames the sentence; "said on Monday" dates a saying
        # A time phrase follows the predicate it times ("mounted the kerb on 12 March"); a cue
        # after it weighs less ("... on 12 March 2023 was jailed" times the crash, not the jailing).
        weight = distance if end <= lo else distance + LATER_CUE_WEIGHT
        relative = _RELATIVE.search(text, end, lo) if end <= lo else None
        if relative and "," not in text[relative.end() : lo]:
            continue  # "the ferry, which had sailed from X on Friday": the relative clause's verb
        if end > lo and _ATTRIBUTION.match(text, hi) and len(text) - end <= ATTRIBUTION_TAIL:
            continue  # "..., engineers found." attributes the sentence
        if text and _CLAUSE_BREAK.search(text, min(end, hi), max(start, lo)):
            weight += CLAUSE_PENALTY
        if best is None or weight < best[0] or (weight == best[0] and cls == _AFTER_CUE):
            best = (weight, cls)
            best_word = text[start:end]
    if (
        best is not None
        and best[1] == _AFTER_CUE
        and _CARE.fullmatch(best_word)
        and not _CLOCK_TEXT.search(text, lo, hi)  # a day, not the clock of the care itself
    ):
        after = _AFTER_ONSET.match(text, hi)
        if after and any(
            c[2] == _ONSET_CUE and after.end() <= c[0] <= after.end() + CARE_REACH for c in cues
        ):
            return _ONSET_CUE  # "were taken to hospital Tuesday morning after a truck hit ..."
    if (
        best is None
        and not ceded
        and (
            (account >= 0 and lo - account <= COURT_REACH)
            or _COURT_ACCOUNT.search(text, max(0, lo - COURT_REACH), lo)
        )
    ):
        return _ONSET_CUE  # "The court heard that shortly before 11pm on 2 March he walked in"
    if best is None or best[1] == _AFTER_CUE:
        return None
    if best[1] == _TOLL_CUE and any(
        _reaches(cues, c, lo, hi)
        for c in cues
        if c[2] == _ONSET_CUE and not _REFERENCE_POINT.search(text, max(0, c[0] - 16), c[0])
    ):
        return _ONSET_CUE  # "were hurt Saturday night when the crowd surged": the onset's time
    return best[1]


def _tells_whom(text: str, end: int, lo: int) -> bool:
    """Whether only the hearer stands between a saying verb and a time: "told our correspondent
    on Monday" dates the telling (no comma, colon or quote, no verb of an account between)."""
    gap = text[end:lo]
    return (
        len(gap) <= TELLS_WHOM_REACH
        and not any(mark in gap for mark in ",:;'‘“\"")
        and " that " not in gap
        and _ACCOUNT_VERB.search(gap) is None
    )


def _hearing_account(text: str, start: int, end: int, lo: int) -> bool:
    """Whether a hearing verb ("heard", "was told") opens an account whose own verb comes before
    the time, which is then the account's ("The jury was told the gunmen entered at 6pm")."""
    word = text[start:end].lower()
    if word not in _HEARING:
        return False
    passive = _PASSIVE_BEFORE.search(text, max(0, start - 6), start) is not None
    if (word == "told") != passive:
        return False  # "told reporters at 3pm" tells the telling; "was heard at" the sound
    gap = text[end:lo]
    return "," not in gap and _ACCOUNT_VERB.search(gap) is not None


def _reaches(
    cues: Sequence[tuple[int, int, int, bool]], cue: tuple[int, int, int, bool], lo: int, hi: int
) -> bool:
    """Whether an onset cue is within reach of a time with no after cue between them."""
    start, end = cue[0], cue[1]
    a, b = (end, lo) if end <= lo else (hi, start)
    if not 0 <= b - a <= MAX_EVENT_DISTANCE:
        return False
    return not any(c[2] == _AFTER_CUE and a <= c[0] < b for c in cues)


def event_span(sentence: Sentence, timex: Timex) -> TextSpan:
    """The clause a timeline entry anchors: its sentence, without a live-blog stamp."""
    start, end = sentence.start, sentence.end
    if sentence.stamped and timex.start - sentence.start <= 1:
        rest = sentence.text[timex.end - sentence.start :]
        skip = len(rest) - len(rest.lstrip(" :.-–—\t"))
        start = timex.end + skip
    elif sentence.stamped:
        stamp_end = _STAMP_END.match(sentence.text)
        if stamp_end:
            start = sentence.start + stamp_end.end()
    if start >= end:
        start, end = sentence.start, sentence.end
    start, end = _clause(sentence, timex, start, end)
    return TextSpan(start, end, sentence.text[start - sentence.start : end - sentence.start])


def _clause(sentence: Sentence, timex: Timex, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to the clause holding the time expression, unless that leaves too little."""
    base = sentence.start
    cuts = [
        (base + m.start(), base + m.end())
        for m in _CLAUSE_BREAK.finditer(sentence.text, start - base, end - base)
    ]
    lo = max((e for s, e in cuts if e <= timex.start), default=start)
    hi = min((s for s, e in cuts if s >= timex.end), default=end)
    words = len(sentence.text[lo - base : hi - base].split()) - len(timex.text.split())
    if words < MIN_CLAUSE_WORDS:
        return start, end
    return lo, hi
