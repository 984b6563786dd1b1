"""When: the incident's date and clock time, from the time expressions its own clause anchors.

A time expression dates the incident when the nearest cue word in its sentence tells the incident
happening ("derailed", "the blast happened", "the first 999 call") rather than something after it
("arrested", "said", "reopened", "a statement issued"); the cue words are read by ``event_cues``,
the cue that owns a time is found by ``time_anchor``, times that name no moment are set aside by
``timex_filters`` and a timeline entry's clause is ``entry_clause``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.clock_offsets import onset_before
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.entry_clause import event_span
from incident_reader.core.facts.event_cues import (
    _AFTER,
    _AFTER_CUE,
    _AFTER_SCAN,
    _EVENT,
    _EVENT_SCAN,
    _ONSET_CUE,
    _TOLL_CUE,
    EVENT_CUES,
    FUNCTION_WORDS,
    _cues,
    _tells_onset,
    is_event_sentence,
    is_scene_sentence,
    names_the_wreck,
    tells_a_sequel,
    tells_onset,
    tells_sequel,
)
from incident_reader.core.facts.form_fields import form_field_time
from incident_reader.core.facts.later_times import (
    DATE,
    TIME,
    CallFound,
    StampFound,
    TollFound,
    drop_called_clocks,
    drop_later_tolls,
    drop_overnight_eves,
    drop_retold_stamps,
)
from incident_reader.core.facts.other_clauses import other_clauses
from incident_reader.core.facts.text import REPORTING, Sentence
from incident_reader.core.facts.time_anchor import (
    _CLOCK_VALUE,
    _LEAD,
    MAX_CUE_DISTANCE,
    _anchor,
    _claimed_cues,
    _later_death,
    _tells_whom,
)
from incident_reader.core.facts.timex_filters import (
    _CALENDAR,
    _DAY_WORD,
    _WEEKDAY,
    _not_a_moment,
    night_spans,
    zone_echo,
)
from incident_reader.core.model import Timex

# The event cues' sentence tests and tables are read through this module too (places,
# incidents, tests).
__all__ = [
    "DATE",
    "TIME",
    "TollFound",
    "StampFound",
    "CallFound",
    "incident_times",
    "unclaimed_date",
    "drop_retold_stamps",
    "drop_later_tolls",
    "drop_called_clocks",
    "drop_overnight_eves",
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

# A call-out to a report is the incident reaching the police, not a blog's reporting: a blotter's
# "12:52 a.m. - Officers responded to a report of a fight ..." times the fight.
_CALL_OUT_REPORT = re.compile(
    r"\b(?:responded|responding|called|dispatched|sent|attended|answered|went)\s+"
    r"(?:to\s+[^.;]{0,60}?\s+)?(?:to|for)\s+"
    r"(?:an?|the|several|multiple)\s+(?:\w+\s+)?(?:reports?|calls?)\s+(?:of|that)\b",
    re.IGNORECASE,
)  # "responded to the 400 block of Linden Avenue for a report of a structure fire" too
# The call-out told right before a clock: "Officers were called at 9.12am", "police were alerted
# to the crash at 7.42pm", "received a call reporting ... at": the event reached the services then.
_CALLED_BEFORE = re.compile(
    r"\b(?:(?:was|were|been|being|is|are)\s+(?:first\s+)?(?:called|alerted|summoned|dispatched"
    r"|scrambled|notified|called\s+out)|responded|(?:received|took)\s+(?:an?\s+|the\s+)?"
    r"(?:first\s+)?(?:[\w-]+\s+)?(?:calls?|reports?|alerts?)|calls?\s+came\s+in|alarm\s+was\s+raised"
    # a witness calling for help: "a passer-by called police at 10.52pm", "dialled 999",
    # "a volunteer raised the alarm at 1.20pm"
    r"|(?:called|rang|phoned|dialled|dialed|alerted)\s+(?:the\s+)?(?:police|999|911|112|000"
    r"|emergency\s+services|an\s+ambulance|paramedics|(?:the\s+)?fire\s+(?:brigade|service|department)"
    r"|the\s+coastguard|for\s+help)|(?:raised|sounded)\s+the\s+alarm"
    # the call as its clause's subject, whatever its verb: "the call reached the dispatcher at",
    # "the first 112 call was logged at", "the alert came through at"
    r"|(?-i:[Tt]he)\s+(?:(?:first|emergency|initial|\d{3}|distress)\s+){0,2}(?:call|alert)\s+"
    r"(?:reached|was|came|arrived|got|went\s+through))"
    r"\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
# A fronted clock whose main clause is the call-out: "At approximately 2:17 a.m. Wednesday,
# officers were dispatched to ...", "At 9.12pm crews were called to a house".
# A release may front the day before it: "On Tuesday, 29 September 2026, at 1522 hours, ...".
_FRONTED_LEAD = re.compile(r"\s*(?:(?-i:O)n\s+(?:[\w.]+,?\s+){1,5})?(?:[A-Za-z]+\s+){0,3}")
_CALLED_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s*,?\s+(?:[\w'’-]+\s+){1,4}?(?:(?:was|were)\s+(?:first\s+)?"
    r"(?:called|alerted|summoned|dispatched|despatched|sent|notified|scrambled)|responded"
    # the services' side of the call: "the control room received a 999 call reporting ..."
    r"|(?:received|took|logged)\s+(?:an?\s+|the\s+)?(?:first\s+)?(?:[\w-]+\s+)?(?:calls?|reports?|alerts?))\b"
)
CALLED_REACH = 100
# A clock in a zone followed by the local clock in brackets: "0310 GMT (0610 local time)".
_ZONE = re.compile(r"\b(?:GMT|UTC|Z)\b")

_LOCAL_AFTER = re.compile(r"\s*\(\s*[\d.:]+\s*(?:[ap]\.?m\.?\s*)?local\b", re.IGNORECASE)

_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
# A part of a calendar day with no clock ("the afternoon of July 15": 2025-07-15TAF).
_PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI|DT)$")

# A time led by "by" bounds when something was done, it never starts the incident.
_BY_BOUND = re.compile(r"\bby\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)

# A time between a past verb and its "that"-clause times the verb: "It was reported last night
# that ...", "The council revealed yesterday that ...", "It emerged on Thursday that ..." date a
# telling, whatever the verb; an event verb before the time keeps it ("a leak occurred on Monday
# that forced ..." is the leak's day, read by ``_anchor``).
_VERB_BEFORE_TIME = re.compile(
    r"(?<![\w-])(?P<verb>[a-z]+ed|said|told|wrote|knew|heard|learnt|found|saw|thought|felt)\s+"
    r"(?:(?:also|first|only|publicly|later|again)\s+)?"
    r"(?:(?:on|at|in|during|late|early)\s+)?$",
    re.IGNORECASE,
)
_THAT_CLAUSE = re.compile(r"\s*,?\s*that\s+(?!day\b|night\b|morning\b|evening\b|week\b)")

# A time set off from another event by a span right after it ("at 6 a.m. ten days before the
# shooting", "on Monday, two weeks after the fire" keeps its comma: an apposition): another day.
_OFFSET_AFTER = re.compile(
    r"\s+(?:(?:just|only|some|about|nearly|almost)\s+)?(?:an?\s+few\s+|[\w-]+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:before|after|earlier|later|prior\s+to)\b",
    re.IGNORECASE,
)

# A step in the progressive is a state the incident came upon, not a later step.
_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+[a-z]+ing$", re.IGNORECASE)
# A narrative that sets the scene right after a time, in the progressive, with no word of the
# event or of a sequel in its sentence: "At 7.05am a gang of track workers was replacing
# sleepers", "Reports are that about 10pm, the driver was operating a taxi along the road".
_SCENE_SET = re.compile(
    r"\s*,?\s+(?:[\w'’-]+\s+){1,8}?(?:was|were)\s+(?:still\s+|then\s+)?[a-z]+ing\b",
    re.IGNORECASE,
)

# A clause whose subject is the expletive "it" and whose complement is the clock ("it was about
# 9.40pm and the crowd was thick", "It was just after 11pm, I had closed", "said it was 2.10am
# on Sunday"): it tells the moment the account is at, the onset's when no event word times it.
_COPULA_CLOCK = re.compile(
    r"\b(?-i:[Ii])t\s+(?:was|is)\s+(?:(?:about|around|roughly|approximately|nearly|almost|just|"
    r"shortly|already|exactly|precisely)\s+)?(?:(?:after|before|past|gone)\s+)?"
    r"(?:\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?\s?m\.?)?\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
# What makes the copula's clock a bound of a later step: "it was 3am before the fire was out",
# "it was past midnight by the time crews left", "it was noon until the road reopened".
_COPULA_BOUND = re.compile(
    r"(?:\s*,?\s*(?:on\s+)?[A-Z][a-z]+day)?\s*,?\s+(?:before|until|till|by\s+the\s+time)\b"
)

# A line opening with a bare clock and a capital: a live-blog stamp without a separator.
_LINE_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+[A-Z“\"]")

# "officers on patrol", "on duty": a sequel's noun after "on" is a state, not a later event.
_ON_DUTY = re.compile(r"\bon\s+$", re.IGNORECASE)

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

# Cues farther than this from a time never anchor it (``_anchor`` reads event cues within
# MAX_EVENT_DISTANCE, 150, and a sequel verb or a saying only next to those); passing only these
# keeps a run-on of thousands of clauses linear (tests/reliability/test_time_budget.py).
ANCHOR_WINDOW = 400
_FEW_CUES = 16


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
    other_night = night_spans(text, timexes, base) if len(timexes) > 1 else set()
    for i, t in enumerate(timexes):
        if i in other_night:
            continue  # "the night of Sunday 21 to Monday 22 June, at 00:15": Monday's night
        lo, hi = t.start - base, t.end - base
        stamp = (sentence.stamped or line_start) and lo <= 1
        toll = False
        if stamp:
            # A stamp says when an entry was written; it times the incident only when the entry
            # tells the event itself and gives no other time for it.
            body = text[hi:]
            call_out = _CALL_OUT_REPORT.search(body)
            told = REPORTING.search(_CALL_OUT_REPORT.sub(" ", body) if call_out else body)
            echoes = sum(  # "2:39pm London time (1.39am AEDT): ..." tells one time
                zone_echo(text, x.start - base, x.end - base, timexes[j - 1], base)
                for j, x in enumerate(timexes) if j
            )  # fmt: skip
            if not (_tells_onset(body) or call_out) or told or len(timexes) - echoes > 1:
                continue
        else:
            if _not_a_moment(text, lo, hi, timexes[i - 1] if i else None, base):
                continue
            if _BY_BOUND.search(text, max(0, lo - 24), lo):
                continue  # "contained by 21:40", "187 rescued by 9 a.m.": a bound, no onset
            if _telling_time(text, lo, hi):
                continue  # "It was reported last night that ...": the telling's time
            if _OFFSET_AFTER.match(text, hi):
                continue  # "seen near the house at 6 a.m. ten days before the shooting"
            if copula_bound(text, lo, hi):
                continue  # "it was 3am before the last guest was freed": a later step's bound
            if _LOCAL_AFTER.match(text, hi) and _ZONE.search(t.text):
                continue  # "0310 GMT (0610 local time)": the local clock is the one told
            if form_field_time(text, lo, hi):
                pass  # "Time: approx. 3:35 PM" in a release's field block: the label tells it
            else:
                if cues is None:
                    cues = _cues(sentence)
                    claimed = _claimed_cues(text, cues, timexes, base) if len(timexes) > 1 else {}
                clocked = claimed if _CLOCK_VALUE.search(t.value) else None  # clock vs clock
                own = other_clauses(text, lo, hi, _outside_fronted_clause(text, hi, cues))
                if len(own) > _FEW_CUES:  # a run-on: only cues a time can reach are read
                    near_lo, near_hi = lo - ANCHOR_WINDOW, hi + ANCHOR_WINDOW
                    own = [c for c in own if c[1] >= near_lo and c[0] <= near_hi]
                anchor = _anchor(own, lo, hi, text, clocked, t.start, timexes, base)
                if anchor != _ONSET_CUE and _interrupted(text, lo, hi, cues):
                    anchor = _ONSET_CUE  # "was paddling at 6.40am when the shark struck"
                if anchor is None and not (
                    (cues == [] and _SCENE_SET.match(text, hi)) or _copula_time(text, lo, hi)
                ):
                    continue  # (a sentence of no cue that sets the scene at a time: its onset)
                toll = anchor == _TOLL_CUE
                if _later_death(text, cues, lo):
                    continue  # "who had suffered 60 per cent burns, died around 2.30am"
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
            # Midnight at the end of a day (T24:00) is written 00:00, as the README's scoring and
            # the comparison (which reads clocks round the dial) take both; its day stays the one
            # it ends ("just before midnight on Monday" is Monday).
            hour = "00" if clock.group(1) == "24" else clock.group(1)
            found.append(Found(TIME, f"{hour}:{clock.group(2)}", start, t.end))
        if day and t.type in ("DATE", "TIME") and (not clock or _DAY_WORD.search(t.text)):
            if dct_day and day.group(1) > dct_day:
                continue  # a future date is never when the incident happened
            found.append(Found(DATE, day.group(1), start, t.end))  # "at 10.42am today" too
        if stamp:
            found = [StampFound(f.kind, f.value, f.start, f.end) for f in found]
        elif clock and not toll and _called(text, lo, hi):
            found = [
                CallFound(f.kind, f.value, f.start, f.end) if f.kind == TIME else f for f in found
            ]
            if before := onset_before(text, hi, str(found[0].value)):
                # "called at 3.40am, about ten minutes after it started": the onset's own clock
                found.append(Found(TIME, before[0], base + before[1], base + before[2]))
        out.extend(TollFound(f.kind, f.value, f.start, f.end) if toll else f for f in found)
    return out


def copula_bound(text: str, lo: int, hi: int) -> bool:
    """Whether the time at ``text[lo:hi]`` is an expletive "it was"'s complement that bounds a
    later step ("it was 3am before the last guest was freed")."""
    return (
        _COPULA_BOUND.match(text, hi) is not None
        and _COPULA_CLOCK.search(text, max(0, lo - 40), lo) is not None
    )


def _copula_time(text: str, lo: int, hi: int) -> bool:
    """Whether the time at ``text[lo:hi]`` is the complement of an expletive "it was" and bounds
    no later step ("it was 11.50pm on Saturday", not "it was 3am before crews left")."""
    return (
        _COPULA_CLOCK.search(text, max(0, lo - 40), lo) is not None
        and _COPULA_BOUND.match(text, hi) is None
    )


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
            part = t.type == "TIME" and _PART_OF_DAY.match(t.value) is not None
            if not day or not (t.type == "DATE" or part):
                continue  # "On the morning of 4 January 2026, the pilot was ...": a day's part too
            # "were in the neighbourhood on Saturday" in a report of that Saturday: the same day
            same_day = day.group(1) == dct_day and _WEEKDAY.search(t.text) is not None
            if not _CALENDAR.search(t.text) and not same_day:
                continue
            if dct_day and day.group(1) > dct_day:
                continue
            lo, hi = t.start - base, t.end - base
            if (
                (sentence.stamped and lo <= 1)
                or _not_a_moment(text, lo, hi, inside[i - 1] if i else None, base)
                or _telling_time(text, lo, hi)
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
                # "Police said, one X was returning home on February 24 night": a saying frames
                # what it reports; "said on Monday" dates the saying itself
                and not (saying and not (end <= lo and _tells_whom(text, end, lo)))
                # "was returning home on February 24 night": what someone was doing as it happened
                and not _PROGRESSIVE.search(text, max(0, start - 12), end)
                for start, end, cls, saying in cues
            ):
                continue  # "was charged on 3 March", "appeared in court on 26 February"
            lead = _LEAD.search(text[max(0, lo - 40) : lo])
            start = t.start - (len(lead.group(0)) if lead else 0)
            return Found(DATE, day.group(1), start, t.end)
    return None


# A clause set off by commas right after a fronted time, told beside the main clause: "At about
# 12.20am, as the convener announced ..., the crowd surged", "At 2am, when the landlord called
# last orders, a fight broke out".
_SIDE_CLAUSE = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s*,\s*(?:just\s+|even\s+)?(?:as|while|when|after)\s+"
    r"[^,.;:!?]{1,160},\s*"
)


def _outside_fronted_clause(
    text: str, hi: int, cues: list[tuple[int, int, int, bool]]
) -> list[tuple[int, int, int, bool]]:
    """The cues a fronted time may take: a sequel's or a saying's cue inside the side clause told
    right after it is that clause's, not the time's (an onset there still tells the incident)."""
    side = _SIDE_CLAUSE.match(text, hi)
    if side is None:
        return cues
    return [c for c in cues if not (c[2] == _AFTER_CUE and side.start() <= c[0] < side.end())]


# A state the incident broke into: "was paddling offshore at around 6.40am when the shark struck",
# "were picking fruit at 8am when a branch gave way": the progressive's time is the when-clause's
# event, whatever its verb.
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:still\s+|just\s+|then\s+)?(?P<verb>[a-z]+ing)\b[^,;:.!?]{0,120}$",
    re.IGNORECASE,
)
_WHEN_NEXT = re.compile(r"\s*,?\s+(?:just\s+|only\s+)?when\s+", re.IGNORECASE)
WHEN_CLAUSE_REACH = 80


def _interrupted(text: str, lo: int, hi: int, cues: Sequence[tuple[int, int, int, bool]]) -> bool:
    """Whether a time closes a progressive clause that a "when"-clause breaks into: the time is
    the when-clause's event, unless the progressive is a later step ("were searching the area at
    4pm when ...") or the when-clause opens with one ("... when police arrived")."""
    when = _WHEN_NEXT.match(text, hi)
    if when is None:
        return False
    state = _PROGRESSIVE_BEFORE.search(text, max(0, lo - 160), lo)
    if state is None or state.group("verb").lower() == "being":
        return False
    verb_at = state.start("verb")
    if any(c[0] == verb_at and c[2] == _AFTER_CUE for c in cues):
        return False
    first = min(
        (c for c in cues if when.end() <= c[0] <= when.end() + WHEN_CLAUSE_REACH),
        default=None,
    )
    return first is None or first[2] != _AFTER_CUE or first[3]


def _telling_time(text: str, lo: int, hi: int) -> bool:
    """Whether a time sits between a past verb that is no event word and that verb's
    "that"-clause, so it times the telling ("revealed yesterday that the collapse ...")."""
    if not _THAT_CLAUSE.match(text, hi):
        return False
    verb = _VERB_BEFORE_TIME.search(text, max(0, lo - 40), lo)
    return verb is not None and not _EVENT.fullmatch(verb.group("verb"))


def _called(text: str, lo: int, hi: int) -> bool:
    """Whether a clock is the call-out's: a call-out phrase before it in its clause, with no
    onset verb of the event's own between ("were called after a van crashed at 7pm" is the
    crash's time)."""
    called = _CALLED_BEFORE.search(text, max(0, lo - CALLED_REACH), lo)
    if called is None:
        return _FRONTED_LEAD.fullmatch(text, 0, lo) is not None and (
            _CALLED_AFTER.match(text, hi) is not None
        )
    return not _tells_onset(text[called.end() : lo])


def _years_before(day: str, ago: re.Match[str]) -> re.Match[str] | None:
    """The day N years before an ISO day, as a match of ``_DAY_VALUE`` (29 February -> 28th)."""
    word = ago.group("n").lower()
    n = 1 if word in ("a", "one") else int(word) if word.isdigit() else WORD_YEARS.get(word, 0)
    if not n:
        return _DAY_VALUE.match(day)
    year = int(day[:4]) - n
    rest = day[4:] if day[5:] != "02-29" else "-02-28"
    return _DAY_VALUE.match(f"{year:04d}{rest}")
