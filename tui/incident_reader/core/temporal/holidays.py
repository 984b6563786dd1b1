"""Normalisers of named holidays: fixed, n-th weekday, Easter-based and lunar ones."""

from __future__ import annotations

import re
from datetime import date, timedelta

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal import timeml
from incident_reader.core.temporal.anchoring import (
    NEAR_FUTURE_MONTHS,
    Context,
    nth_weekday,
)
from incident_reader.core.temporal.handlers_common import (
    Found,
    Groups,
    norm,
)
from incident_reader.core.temporal.tense import sentence_bounds, sentence_tense, subject_tense

# "ahead of Diwali", "in the run-up to Christmas": the verb before tells of the preparations, so
# the holiday's side is left to its distance from the DCT.
_AHEAD_BEFORE = re.compile(r"\b(?:" + lx.alternation(lx.AHEAD_OF) + r")\s+$", re.IGNORECASE)
# Up to two lower-case words after a holiday on its line: the noun phrase it may premodify.
_WORD = r"[^\S\n]+([a-z][a-z'’]*(?:-[a-z]+)*)"
_NEXT_WORDS = re.compile(f"{_WORD}(?:{_WORD})?")
_TIME_HEADS = frozenset(lx.HOLIDAY_TIME_HEADS)
_INCIDENT_HEADS = frozenset(lx.HOLIDAY_INCIDENT_HEADS)
_CELEBRATION_HEADS = frozenset(lx.HOLIDAY_CELEBRATION_HEADS)
_TIME_NOUN_END = re.compile(r"\b(?:day|eve|night|sunday|monday|friday)$")  # a holiday's own day
_NOT_NOUNS = frozenset(lx.HOLIDAY_NOT_NOUNS)
_MONTH = lx.alternation(lx.MONTHS)
# A date written out with its year ("Oct. 31, 2017", "31 October 2017"): the incident's day.
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s+(?P<m2>{_MONTH})\.?),?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# A year written right before the holiday is its year: "the 2019 Halloween festivities".
_YEAR_RIGHT_BEFORE = re.compile(r"(?<![\w$£€.,-])((?:19|20)\d\d)(?:['’]s)?[^\S\n]+$")
# A year named relative to the DCT earlier in the sentence: "This year, the town's Halloween ...".
_REL_YEAR = re.compile(
    r"\b(this|last|next)\s+year\b(?!\s+(?:ago|before|after|earlier|later)\b)", re.IGNORECASE
)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
GUESS_REACH = 14  # days before the DCT within which a country's holiday is the report's own


def holiday(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A named holiday, on the side of the DCT the tense points to, with its part of day; none
    when it premodifies a thing ("a Christmas market"), the incident's day when it names the
    incident ("the Halloween attack")."""
    if not (g.get("pod") or g.get("hweek") or g.get("year") or g.get("yrel")):
        head = premodified(ctx.text, e, _TIME_NOUN_END.search(norm(g.get("hol"))) is None)
        if head == "thing":
            return None
        if head == "incident":
            return _incident_day(norm(g.get("hol")), ctx)
    name = norm(g.get("hol"))
    guessed = name in lx.COUNTRY_HOLIDAYS and not (g.get("year") or g.get("yrel") or g.get("pre"))
    if guessed and (told := _sentence_day(ctx, s)) is not None and not g.get("hweek"):
        # "at 12.07 on 24 February ... watching the Independence Day parade": the country's day
        pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")))
        return (
            ("TIME", f"{told.isoformat()}T{pod}", None) if pod else ("DATE", told.isoformat(), None)
        )
    # a holiday's week or weekend has begun by the DCT when the DCT is within six days before it
    found = _holiday_day(g, ctx, s, e, 6 if g.get("hweek") else 0)
    if found is not None and g.get("hweek") and not found[1].startswith("X"):
        day = date.fromisoformat(found[1])
        if norm(g.get("hweek")) == "week":
            return "DATE", timeml.week(day), None
        # the weekend beside it: the one before a Monday holiday, else the one of its week
        return (
            "DATE",
            timeml.week(day - timedelta(days=1 if day.isoweekday() == 1 else 0)) + "-WE",
            None,
        )
    pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")))
    if found is not None and _DAY.fullmatch(found[1]):
        day = date.fromisoformat(found[1])
        near = not guessed or (ctx.dct is not None and (ctx.dct - day).days <= GUESS_REACH)
        if ctx.dct is not None and day <= ctx.dct and near:
            # a past holiday's day moves the story, as a weekday's does; a country's holiday
            # guessed months before the report is another country's, and moves nothing
            ctx.set_ref(day, s, pod)
    if found is None or pod is None:
        return found
    return "TIME", f"{found[1]}T{pod}", None


def _sentence_day(ctx: Context, s: int) -> date | None:
    """The day named earlier in the sentence of a holiday at ``s`` ("on 24 February ... the
    Independence Day parade"), else None."""
    if ctx.day is None or ctx.day_end < 0 or ctx.day_end > s:
        return None
    start, _ = sentence_bounds(ctx.text, s, s)
    return ctx.day if ctx.day_end > start else None


def premodified(text: str, end: int, bare: bool = True) -> str | None:
    """What the holiday ending at ``end`` premodifies: None (nothing, or a time noun: "Christmas
    Day", "Easter weekend"), "incident" (the noun naming one: "the Halloween attack") or "thing"
    (any other noun: "a Christmas market", "Easter eggs"; "the Christmas market attack" names the
    market, not the attack's day). A ``bare`` holiday name (no "Day" or "Eve" of its own) before
    a celebration and a further noun ("a Halloween party crowd") premodifies that noun."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return None
    first, second = m[1], m[2]
    if bare and first in _CELEBRATION_HEADS and _a_noun(second) and second not in _TIME_HEADS:
        # "a Halloween party crowd": the celebration premodifies the noun after it
        return "incident" if second in _INCIDENT_HEADS else "thing"
    if first in _NOT_NOUNS or first in _TIME_HEADS:
        return None
    if first in _INCIDENT_HEADS or (first == "terror" and second in _INCIDENT_HEADS):
        return "incident"  # "the Halloween attack", "the Easter Sunday bombing"
    if first.endswith(("ed", "ly", "ing")):
        return None  # "Thanksgiving Day clinging to ...", "as Christmas approached"
    return "thing"


def _a_noun(word: str | None) -> bool:
    """Whether a lower-case word after a premodifier may be the noun it modifies: no closed-class
    word, verb it is the subject of, or participle and adverb ("the Christmas party was ...")."""
    if not word or word in _NOT_NOUNS:
        return False
    return word in _INCIDENT_HEADS or not word.endswith(("ed", "ly", "ing"))


def _incident_day(name: str, ctx: Context) -> Found:
    """The holiday that names an incident, on the incident's date: a day the text names that
    falls on it (before or after), else the day without its year (a moving feast: no day at
    all); never the DCT's nearest, which a report told years later puts in the wrong year."""
    for _, day in reversed(ctx.named_days):
        if holiday_on(name, day.year) == day:
            return "DATE", day.isoformat(), None
    for m in _FULL_DATE.finditer(ctx.text):
        month = lx.MONTHS.get((m["m1"] or m["m2"]).lower())
        try:
            told = date(int(m["year"]), month or 0, int(m["d1"] or m["d2"]))
        except ValueError:
            continue
        if holiday_on(name, told.year) == told:
            return "DATE", told.isoformat(), None
    if name in lx.FIXED_HOLIDAYS:
        month, day_of = lx.FIXED_HOLIDAYS[name]
        return "DATE", f"XXXX-{month:02d}-{day_of:02d}", None
    return "DATE", "XXXX-XX-XX", None


def _holiday_day(g: Groups, ctx: Context, s: int, e: int, lead: int = 0) -> Found | None:
    """The day of a named holiday ("Christmas", "Halloween last year", "last Easter"); a past
    holiday may lie up to ``lead`` days after the DCT ("as Easter week began")."""
    name = norm(g.get("hol"))
    if g.get("year"):
        return "DATE", holiday_on(name, int(g["year"] or 0)).isoformat(), None
    if ctx.dct is None:
        return None
    dct = ctx.dct
    yrel = norm(g.get("yrel"))
    if yrel:  # "on Halloween last year"
        year = dct.year + {"last": -1, "next": 1}.get(yrel, 0)
        return "DATE", holiday_on(name, year).isoformat(), None
    # the sentence's verb decides, as for a bare month: "were charged over the Halloween attack"
    # (said in early October) is last year's, "the Halloween parade will close" this year's
    way = {"last": -1, "next": 1}.get(norm(g.get("pre")), 0)
    if not way:
        told = _year_told(ctx.text, dct, s)
        if told is not None:  # "the 2019 Halloween festivities", "This year, ... Halloween"
            return "DATE", holiday_on(name, told).isoformat(), None
        this_year = holiday_on(name, dct.year)
        if this_year.month == dct.month:  # the DCT's own month is this year's, as for months
            return "DATE", this_year.isoformat(), None
    if not way and not _AHEAD_BEFORE.search(ctx.text, max(0, s - 30), s):
        # the verb it is the subject of first ("where New Year's Eve ended in chaos")
        way = subject_tense(ctx.text, s, e) or sentence_tense(ctx.text, s, e)
        if way < 0 and (recalled := ctx.recalled_year(s)) is not None:
            return "DATE", holiday_on(name, recalled).isoformat(), None  # "In 2019 ... Easter"
    candidates = [holiday_on(name, y) for y in (dct.year - 1, dct.year, dct.year + 1)]
    past = max(c for c in candidates if c <= dct + timedelta(days=lead))
    coming = min(c for c in candidates if c >= dct)
    if way == 0:  # untensed: the coming one if near, as for months
        way = 1 if (coming - dct).days <= NEAR_FUTURE_MONTHS * 30.5 else -1
    return "DATE", (coming if way > 0 else past).isoformat(), None


def _year_told(text: str, dct: date, s: int) -> int | None:
    """The year of the holiday at ``s`` told before it: a year written right before it, else
    the latest "this/last/next year" earlier in its sentence."""
    if m := _YEAR_RIGHT_BEFORE.search(text, max(0, s - 12), s):
        return int(m[1])
    start, _ = sentence_bounds(text, s, s)
    told = [m[1].lower() for m in _REL_YEAR.finditer(text, start, s)]
    if not told:
        return None
    return dct.year + {"last": -1, "next": 1}.get(told[-1], 0)


def holiday_on(name: str, year: int) -> date:
    """The date of a named holiday in a year (fixed, n-th weekday, Easter-based or lunar; a
    lunar one outside its table falls back to its latest known date's month and day)."""
    if name in lx.LUNAR_HOLIDAYS:
        table = lx.LUNAR_HOLIDAYS[name]
        mon, day = table.get(year) or table[max(table)]
        return date(year, mon, day)
    if name in lx.FIXED_HOLIDAYS:
        mon, day = lx.FIXED_HOLIDAYS[name]
        return date(year, mon, day)
    if name in lx.EASTER_HOLIDAYS:
        return easter(year) + timedelta(days=lx.EASTER_HOLIDAYS[name])
    mon, wd, n = lx.NTH_WEEKDAY_HOLIDAYS[name]
    return nth_weekday(year, mon, wd, n)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lo = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lo) // 451
    month, day = divmod(h + lo - 7 * m + 114, 31)
    return date(year, month, day + 1)
