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
from incident_reader.core.temporal.tense import sentence_tense

# "ahead of Diwali", "in the run-up to Christmas": the verb before tells of the preparations, so
# the holiday's side is left to its distance from the DCT.
_AHEAD_BEFORE = re.compile(r"\b(?:" + lx.alternation(lx.AHEAD_OF) + r")\s+$", re.IGNORECASE)


def holiday(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A named holiday, on the side of the DCT the tense points to, with its part of day."""
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
    if found is None or pod is None:
        return found
    return "TIME", f"{found[1]}T{pod}", None


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
    if not way and not _AHEAD_BEFORE.search(ctx.text, max(0, s - 30), s):
        way = sentence_tense(ctx.text, s, e)
    candidates = [holiday_on(name, y) for y in (dct.year - 1, dct.year, dct.year + 1)]
    past = max(c for c in candidates if c <= dct + timedelta(days=lead))
    coming = min(c for c in candidates if c >= dct)
    if way == 0:  # untensed: the coming one if near, as for months
        way = 1 if (coming - dct).days <= NEAR_FUTURE_MONTHS * 30.5 else -1
    return "DATE", (coming if way > 0 else past).isoformat(), None


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
