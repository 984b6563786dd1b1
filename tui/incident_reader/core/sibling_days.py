"""The day an undated report borrows: its incident's weekday, found among its siblings' days.

A report without a date line that tells only "late on Sunday night" cannot be dated from its own
text. When the dated reports of its folder are not the story's first days (a court report months
later, an anniversary piece), their DCTs say nothing of its day; but the days they name do: the
one Sunday among them ("on February 21, 2021") is the Sunday the undated report tells. Its DCT is
taken as the day after, since a report naming the incident's weekday was written after it
("late on Sunday night ... police said this morning"), or two days on when it dates a later step
"yesterday" ("died yesterday").

A report that names no weekday borrows the day its siblings tell of their first days: by a
weekday in their own week ("on Saturday" in Sunday's paper) or their own day ("this morning"),
which its "this morning" is, or its "last night" the eve of; one that writes the month and day
without a year ("on June 9") borrows that day when the siblings tell it, whatever later weekdays
it names (the inferred DCT then reads them after that day). A bulletin whose weekdays are all
still to come (a warning "in force until Wednesday", a forecast) and that tells its incident as
"yesterday" borrows the first day its siblings tell, even in a follow-up written days on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r")\b")
_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
            ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
            ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# "21 February 2021", "February 21, 2021", "14 July last year", "Oct. 11"
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?!\w)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b|\s+(?P<last>last\s+year)\b)?"
)
# A sentence about a later stage: its weekday is that stage's day.
_LATER_STAGE = re.compile(
    r"\b(?:court|jail(?:ed)?|sentenc\w+|trial|inquest|hearing|charg\w*|arrest\w*|fined|appear\w*|custody|bail"
    r"|verdict|guilty|funeral|vigil|memorial|anniversary|will|due|expected)\b",
    re.IGNORECASE,
)
_PART_STOPS = re.compile(r"[.!?\n]")
# A weekday's possessive and the noun phrase it opens: "'s armed robbery", "'s crash".
_POSSESSIVE_NOUN = re.compile(r"['’]s(?:\s+[\w-]+){1,3}")
# Pattern texts with their flags inline (this one and those below the same), compiled on first
# use through re's own cache: a launch whose undated reports need none of them compiled them for
# nothing (the seeds: 5.2M instructions before the first key).
_SINCE = r"(?i)\bsince\s+(?:the\s+)?$"
# A dateline's place in capitals opening its line, before the day it was filed: "LONDON, ",
# "JALAL-ABAD, ", "PORT MORESBY, ".
_DATELINE = r"(?m)^[A-Z][A-Z'’. -]*[A-Z]\.?,\s+$"
COVERAGE_DAYS = 2  # a sibling written this soon after a day covers it as news
MAX_SIBLINGS = 20  # more dated reports than this: a folder of many stories, no one day to borrow


def sibling_day(text: str, dated: Sequence[tuple[str, str]]) -> str | None:
    """The DCT an undated ``text`` borrows from its dated siblings ``(text, dct)``, or None.

    The first weekday the text names must fall on one day the siblings write out more often
    than on any other (none after the sibling's DCT), or, when they write out no such day, on
    the day of that name a sibling tells in its own week; that day's morrow is returned, as ISO.
    A text that names no weekday, or none the siblings tell, is dated by the month and day it
    writes or by its own day ("this morning") as the module's docstring says.
    """
    first = _WEEKDAY.search(text)
    if not dated or len(dated) > MAX_SIBLINGS:
        return None
    for named in _WEEKDAY.finditer(text):
        # the first weekday the siblings tell: a report may open on a later step ("died early
        # Saturday") and name the incident's day after it ("was stabbed on Friday"); a deadline's
        # or a forecast's day ("a warning in force until Wednesday") is none of the story's
        if _told_to_come(text, named):
            continue
        if found := _sibling_day_of(text, named, dated):
            return found
    if found := _holiday_day(text, dated):
        return found
    if first is not None and not _weekdays_to_come(text):
        return _written_story_day(text, dated)  # its weekdays are later steps': the day it writes
    # no weekday, or only days still to come ("the minister is expected on Tuesday"): the day it
    # writes out, else its own day or the day before ("Yesterday was market day")
    return _written_story_day(text, dated) or _deictic_day(text, dated)


def _weekdays_to_come(text: str) -> bool:
    """Whether every weekday the text names is in a sentence part of a step still to come or a
    later stage ("will sit on Monday", "is expected here on Tuesday")."""
    from incident_reader.core.temporal.tense import tense  # the tagger loads after the first frame

    for part in _PART_STOPS.split(text):
        for m in _WEEKDAY.finditer(part):
            if (
                _LATER_STAGE.search(part) is None
                and not _foretold(part, m)
                and tense(part, m.start(), m.end()) <= 0
            ):
                return False
    return True


# A weekday a deadline or a forecast names is a day still to come, whatever the verb's tense: "a
# warning in force until Wednesday", "Forecasters are warning of more rain on Tuesday".
_DEADLINE = r"(?i)(?:until|till|through|by)\s+(?:next\s+)?$"
_FORECAST = r"(?i)\b(?:forecast\w*|warn(?:s|ing|ings)?|outlook|predict\w*)\b"


def _foretold(part: str, weekday: re.Match[str]) -> bool:
    """Whether the weekday ``weekday`` names in ``part`` ends a deadline or is a forecast's day."""
    start = weekday.start()
    return (
        re.compile(_DEADLINE).search(part, max(0, start - 12), start) is not None
        or re.search(_FORECAST, part) is not None
    )


def _told_to_come(text: str, weekday: re.Match[str]) -> bool:
    """``_foretold`` for a weekday found in the whole ``text``: judged within its sentence part."""
    begin = max((m.end() for m in _PART_STOPS.finditer(text, 0, weekday.start())), default=0)
    stop = _PART_STOPS.search(text, weekday.end())
    part = text[begin : stop.start() if stop else len(text)]
    return _foretold(part, _WEEKDAY.search(part, weekday.start() - begin))  # type: ignore[arg-type]


# The curly apostrophe of a holiday's name as written ("New Year’s Eve"), read as the table's.
_HOLIDAY_FORM = re.compile(r"[’`]")
# The last word of every fixed holiday's name (temporal.lexicon.FIXED_HOLIDAYS), capitalised or in
# capitals: a text with none names no holiday.
HOLIDAY_LAST_WORDS = ("Eve", "Day", "Night", "Christmas", "Halloween", "Juneteenth", "Jayanti")
_HOLIDAY_GATE = (
    r"\b(?:" + "|".join(w for word in HOLIDAY_LAST_WORDS for w in (word, word.upper())) + r")\b"
)


def _holiday_day(text: str, dated: Sequence[tuple[str, str]]) -> str | None:
    """The DCT of a text that names its incident by a holiday of fixed date ("New Year's Eve
    ended in chaos") that a dated sibling names too: the holiday's last day on or before the
    earliest sibling's DCT, within a week of it, and its morrow returned (as with a weekday)."""
    if re.search(_HOLIDAY_GATE, text) is None:
        return None  # no holiday's last word: the tagger's package stays unloaded (reader start)
    from incident_reader.core.temporal import lexicon as lx  # the tagger's tables, on first use

    names = sorted(
        (h for h in lx.FIXED_HOLIDAYS if h not in lx.COUNTRY_HOLIDAYS), key=lambda h: (len(h), h)
    )
    # longest first: "Christmas Eve" is not also "Christmas"
    holiday = re.compile(r"\b(?:" + "|".join(map(re.escape, reversed(names))) + r")\b")

    def named(body: str) -> set[str]:
        return {m[0] for m in holiday.finditer(_HOLIDAY_FORM.sub("'", body.lower()))}

    own = {
        h for part in _PART_STOPS.split(text) if not _LATER_STAGE.search(part) for h in named(part)
    }
    if not own:
        return None
    written: list[date] = []
    for sibling, dct in dated:
        try:
            day = date.fromisoformat(dct[:10])
        except ValueError:
            continue
        if own & named(sibling):
            written.append(day)
    if not written:
        return None
    first = min(written)
    days = set()
    for h in own:
        month, day_of = lx.FIXED_HOLIDAYS[h]
        for year in (first.year, first.year - 1):
            try:
                d = date(year, month, day_of)
            except ValueError:
                continue
            if 0 <= (first - d).days <= HOLIDAY_REACH:
                days.add(d)
    if len(days) != 1:
        return None  # none near, or two holidays on two days: no telling which
    return (days.pop() + timedelta(days=1)).isoformat()


HOLIDAY_REACH = 7  # days before a sibling's DCT within which a holiday it names is the story's


def _sibling_day_of(
    text: str, first: re.Match[str], dated: Sequence[tuple[str, str]]
) -> str | None:
    """``sibling_day`` for the weekday ``first`` names."""
    weekday = _WEEKDAYS.index(first["wd"])
    days: Counter[date] = Counter()
    written_on: list[date] = []
    for sibling, dct in dated:
        try:
            written = date.fromisoformat(dct[:10])
        except ValueError:
            continue
        written_on.append(written)
        days.update(d for d in _named_days(sibling, written) if d.weekday() == weekday)
    if not days:  # no date written out: a first-day sibling's own week ("on Tuesday evening")
        for sibling, dct in dated:
            days.update(_weekday_in_week(sibling, dct, first["wd"]))
    if not days and _first_days_only(text, weekday):
        # a sibling telling it as "last night" or "this morning": that day, if it is the one the
        # text names, and the text tells nothing later than its morrow (a weekly's "charged on
        # Tuesday" is written days on, not the morrow)
        for sibling, dct in dated:
            days.update(d for d in _relative_days(sibling, dct) if d.weekday() == weekday)
    if not days:
        return None
    top = max(days.values())
    tied = [d for d, n in days.items() if n == top]
    if len(tied) > 1:
        # two such days named as often: the one a sibling was written within days of (its first
        # coverage, "Oct. 31, 2017" beside a report of Nov 1, 2017), not a day all the siblings
        # recall from years before ("Sept. 11, 2001")
        covered = [d for d in tied if any(0 <= (w - d).days <= COVERAGE_DAYS for w in written_on)]
        tied = covered if len(covered) == 1 else tied
    if len(tied) > 1:
        # the one whose morrow the text writes as its own day (a dateline's "NEW YORK, Nov 1"
        # over a Tuesday), not one it recalls ("since Sept. 11")
        own = month_days(text)
        tied = [d for d in tied if _md(d + timedelta(days=1)) in own]
        if len(tied) != 1:
            return None  # no telling which
    after = 0 if same_day(text, first) else 2 if re.search(_YESTERDAY, text) else 1
    return (tied[0] + timedelta(days=after)).isoformat()


# A text that names its incident's weekday and dates a later step "yesterday" was written two
# days on or later: the step came after the incident, and the morrow's writer would have called
# the incident's day "yesterday" ("stabbed on Wednesday afternoon ... died yesterday evening"
# was written on Friday; "Yesterday's closure" may be the incident's own day).
_YESTERDAY = (
    r"(?i)\b(?:died|dies|succumbed|passed\s+away|arrested|charged|named|identified|discharged"
    r"|released|appeared|remanded|detained)\b[^.;!?]{0,40}?\byesterday\b"
)


# Parts of the day in their order; a night runs into the next day's early hours.
_PARTS = ("morning", "afternoon", "evening", "night")
_PART_AFTER = r"(?i)\s+(?P<part>morning|afternoon|evening|night)\b"
_PART_BEFORE = r"(?i)\b(?P<part>morning|afternoon|evening|night)\s+(?:of\s+|on\s+)?$"
# The report's own day told as such ("this afternoon", "tonight", "earlier today").
_TODAY = (
    r"(?i)\b(?:this\s+(?P<part>morning|afternoon|evening)|(?P<tonight>tonight)"
    r"|(?:earlier\s+)?today)\b"
)
_DAY_BEFORE = r"(?i)\b(?:yesterday|last\s+night)\b"


def _deictic_day(text: str, dated: Sequence[tuple[str, str]]) -> str | None:
    """The DCT of a text naming no weekday that tells its incident as of its own day ("died in
    the crash this morning") or the day before ("yesterday"): the one day its dated siblings
    write out most (two or more times), or its morrow; None when they agree on no day."""
    told = [
        m
        for part in _PART_STOPS.split(text)
        if not _LATER_STAGE.search(part)
        for m in (*re.finditer(_TODAY, part), *re.finditer(_DAY_BEFORE, part))
    ]
    if not told:
        return None
    days = _siblings_named_days(dated)
    ranked = days.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        # no day written out twice: the day the first-day siblings tell by its weekday or by
        # their own ("on Saturday" in a Sunday's report, "this morning" in Saturday's)
        ranked = _first_days(dated).most_common(2) or _first_told_days(dated).most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
    after = 1 if re.search(_DAY_BEFORE, text) else 0
    return (ranked[0][0] + timedelta(days=after)).isoformat()


def _siblings_named_days(dated: Sequence[tuple[str, str]]) -> Counter[date]:
    """Every day the dated siblings name, counted over them (a DCT that is no date skipped)."""
    days: Counter[date] = Counter()
    for sibling, dct in dated:
        try:
            days.update(_named_days(sibling, date.fromisoformat(dct[:10])))
        except ValueError:
            continue
    return days


def _first_found(
    dated: Sequence[tuple[str, str]], told: Callable[[str, str, date], list[date]]
) -> Iterator[tuple[date, list[date]]]:
    """(the sibling's DCT day, the days ``told`` finds) for each dated sibling: in the first
    sentence part of no later stage where ``told(part, dct, written)`` finds any."""
    for sibling, dct in dated:
        try:
            written = date.fromisoformat(dct[:10])
        except ValueError:
            continue
        for part in _PART_STOPS.split(sibling):
            if _LATER_STAGE.search(part):
                continue
            if found := told(part, dct, written):
                yield written, found
                break


def _first_days(dated: Sequence[tuple[str, str]]) -> Counter[date]:
    """The story's day each dated sibling tells first in its own first days: by a weekday in its
    own week ("on Saturday") or by its own day ("this morning", "last night"), whichever it names
    first in a sentence part of no later stage, within ``COVERAGE_DAYS`` of its DCT."""

    def told(part: str, dct: str, written: date) -> list[date]:
        named, rel = _WEEKDAY.search(part), _RELATIVE.search(part)
        if rel and (named is None or rel.start() < named.start()):
            return [written - timedelta(days=1 if rel["before"] else 0)]
        return _weekday_in_week(part, dct, named["wd"]) if named else []

    days: Counter[date] = Counter()
    for written, found in _first_found(dated, told):
        days.update(d for d in found[:1] if 0 <= (written - d).days <= COVERAGE_DAYS)
    return days


TOLD_REACH = 7  # days before its DCT within which a sibling's first told day is the story's


def _first_told_days(dated: Sequence[tuple[str, str]]) -> Counter[date]:
    """The first day each dated sibling tells, however (written out, by a weekday, by its own
    day), in a sentence part of no later stage, within ``TOLD_REACH`` days before its DCT: a
    follow-up written days on still opens on the incident's day ("at the church hall last
    Sunday", "On May 18, at about 17:40"), which an undated report's "yesterday" is the eve of."""

    def told(part: str, dct: str, written: date) -> list[date]:
        return [
            *_named_days(part, written),
            *_relative_days_told(part, written),
            *(_firm_weekday(part, dct, m) if (m := _WEEKDAY.search(part)) else []),
        ]

    days: Counter[date] = Counter()
    for written, found in _first_found(dated, told):
        first = min(found)
        if 0 <= (written - first).days <= TOLD_REACH:
            days[first] += 1
    return days


def _firm_weekday(part: str, dct: str, named: re.Match[str]) -> list[date]:
    """The day a bare weekday names in the week up to ``dct`` when that is within the first days'
    coverage, or whatever its distance when "last" fixes it ("last Sunday"): a bare "on Friday"
    in a report written six days on may be the Friday to come."""
    days = _weekday_in_week(part, dct, named["wd"])
    if re.search(r"(?i)\blast\s+$", part[max(0, named.start() - 8) : named.start()]):
        return days
    written = date.fromisoformat(dct[:10])
    return [d for d in days if (written - d).days <= COVERAGE_DAYS]


def _relative_days_told(part: str, written: date) -> list[date]:
    """The days a sentence part tells by their distance from its report's own ("yesterday")."""
    return [written - timedelta(days=1 if m["before"] else 0) for m in _RELATIVE.finditer(part)]


# A weekday's own month and day right after it: "Thursday, Nov. 19", "Friday 23 August".
_DATED_AFTER = (
    r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+\d{1,2})(?!\w)"
)


def _written_story_day(text: str, dated: Sequence[tuple[str, str]]) -> str | None:
    """The story's day an undated text writes out as a month and day with no year ("on June 9"):
    the one such day its dated siblings tell most (written out, or by its weekday or their own
    day in their first days), as ISO; None when the text writes none of theirs or they tie."""
    own = {_month_day(m) for m in _DAY_MONTH.finditer(text) if not m["y"]}
    if not own or any(
        re.compile(_DATED_AFTER).match(text, m.end()) for m in _WEEKDAY.finditer(text)
    ):
        return None  # none, or a weekday with its month and day dates the text by itself
    days = _siblings_named_days(dated)
    days.update(_first_days(dated))
    ranked = [(d, n) for d, n in days.most_common() if _md(d) in own]
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0].isoformat()


def same_day(text: str, named: re.Match[str]) -> bool:
    """Whether a text naming its incident's weekday was written that same day: it tells its own
    day as "this afternoon" or "tonight" at or after the part of the day the weekday is told
    with ("early on Wednesday morning ... staff treated 31 casualties this afternoon"), and
    nothing as the day before. A night told by its weekday ends the next morning ("late on
    Sunday night ... police said this morning" was written on Monday)."""
    if re.search(_DAY_BEFORE, text):
        return False
    after = re.compile(_PART_AFTER).match(text, named.end())
    before = re.compile(_PART_BEFORE).search(text, max(0, named.start() - 16), named.start())
    at = after or before
    told = at["part"].lower() if at else None
    if told == "night":
        return False
    for part in _PART_STOPS.split(text):
        if _LATER_STAGE.search(part):
            continue  # "due in court this afternoon" is a later stage's day
        for m in re.finditer(_TODAY, part):
            if m["tonight"]:
                return True
            if m["part"] and told and _PARTS.index(m["part"].lower()) >= _PARTS.index(told):
                return True
    return False


def told_month_days(text: str, month_day: tuple[int, int]) -> list[int]:
    """Where the text writes ``month_day`` (its start offsets)."""
    return [m.start() for m in _DAY_MONTH.finditer(text) if _month_day(m) == month_day]


def _md(day: date) -> tuple[int, int]:
    return day.month, day.day


def month_days(text: str) -> set[tuple[int, int]]:
    """The (month, day) pairs a text writes out, its dateline's included ("NEW YORK, Nov 1")."""
    return {_month_day(m) for m in _DAY_MONTH.finditer(text)}


def _month_day(m: re.Match[str]) -> tuple[int, int]:
    """(month, day) of a ``_DAY_MONTH`` match, whichever order it was written in."""
    return _MONTHS[(m["m1"] or m["m2"]).rstrip(".")], int(m["d1"] or m["d2"])


def _weekday_in_week(text: str, dct: str, weekday: str) -> list[date]:
    """The day a dated report names by ``weekday`` in the week up to its DCT, when a sentence
    naming it tells no court, custody or remembrance (a verdict "on Tuesday" dates no crash)."""
    # the tagger loads after the reader's first frame
    from incident_reader.core.temporal.tense import tense

    try:
        written = date.fromisoformat(dct[:10])
    except ValueError:
        return []
    named = re.compile(rf"\b{weekday}\b")
    own = _md(written)
    # The sentence parts between stops that name it (a pattern spanning the part around the name
    # backtracks over every start in it: quadratic, 7 ms of the reader's start on the seeds).
    for part in _PART_STOPS.split(text):
        if not (found := named.search(part)):
            continue
        if tense(part, found.start(), found.end()) > 0:
            continue  # "will add guards from Saturday": a day still to come, not the story's
        # "in connection with Thursday's robbery": a weekday owning a noun that is no later
        # stage names that noun's day, whatever later step the sentence tells around it
        owner = _POSSESSIVE_NOUN.match(part, found.end())
        if all(_month_day(m) == own for m in _DAY_MONTH.finditer(part)) and (  # dateline's only
            _LATER_STAGE.search(part) is None
            or (owner is not None and _LATER_STAGE.search(owner[0]) is None)
        ):
            back = (written.weekday() - _WEEKDAYS.index(weekday)) % 7
            if back == 0 and _LATER_STAGE.search(part) is not None:
                back = 7  # "charged over Saturday's crash" in a Saturday's report: a week on
            return [written - timedelta(days=back)]
    return []


def _first_days_only(text: str, weekday: int) -> bool:
    """Whether every weekday the text names is ``weekday`` or the day after it."""
    return all((_WEEKDAYS.index(m["wd"]) - weekday) % 7 in (0, 1) for m in _WEEKDAY.finditer(text))


def _relative_days(text: str, dct: str) -> list[date]:
    """The days a dated report tells by their distance from its own ("last night", "yesterday",
    "this morning"), in sentence parts that tell no court, custody or remembrance; its own day
    when it names no day at all (a live blog of the day, told by its stamps)."""
    try:
        written = date.fromisoformat(dct[:10])
    except ValueError:
        return []
    out: set[date] = set()
    if (
        _WEEKDAY.search(text) is None
        and _DAY_MONTH.search(text) is None
        and _LATER_STAGE.search(text) is None
    ):
        out.add(written)  # a same-day report naming no day and no sequel (a live blog's stamps)
    for part in _PART_STOPS.split(text):
        if _LATER_STAGE.search(part):
            continue
        for m in _RELATIVE.finditer(part):
            out.add(written - timedelta(days=1 if m["before"] else 0))
    return sorted(out)


# "last night", "yesterday" (the day before the report), "this morning", "earlier today".
_RELATIVE = re.compile(
    r"\b(?:(?P<before>last\s+night|yesterday)|this\s+(?:morning|afternoon|evening)|today|tonight)\b",
    re.IGNORECASE,
)


def _named_days(text: str, written: date) -> list[date]:
    """The calendar days a dated report writes out ("on 3 March last year"), none after its DCT.

    Its DCT and its bare weekdays are left out: they date the report itself (a verdict "on
    Tuesday"), which the story's first days, not a later report, may lend (see ``loading``).
    """
    out: list[date] = []
    for m in _DAY_MONTH.finditer(text):
        if re.compile(_SINCE).search(text, max(0, m.start() - 12), m.start()):
            continue  # "the deadliest since Sept. 11, 2001": a yardstick, not the story's day
        if re.compile(_DATELINE).search(text, max(0, m.start() - 40), m.start()):
            continue  # "JALAL-ABAD, May 19 (Wire)": the day the report was filed, not one it tells
        month, day = _month_day(m)
        if m["y"]:
            year = int(m["y"])
        elif m["last"]:
            year = written.year - 1
        else:
            later = (month, day) > (written.month, written.day)
            year = written.year - 1 if later else written.year
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= written:
            out.append(found)
    return out
