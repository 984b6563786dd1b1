"""Normalisers of calendar days: full, numeric and month-day dates, days in words, ranges.

A month and day without a year takes it from the DCT and the tense, or from the story's own day
in a report that looks back; a past day moves the narrative.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from incident_reader.core.temporal import days, timeml
from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal.anchoring import (
    Context,
    add_months,
    month_year,
    monthday_year,
    nth_weekday,
    safe_date,
)
from incident_reader.core.temporal.handlers_common import (
    Found,
    Groups,
    month_num,
    norm,
)
from incident_reader.core.temporal.tense import sentence_tense, tense

_COORDINATED = re.compile(r"\s*(?:and|or|to|-|–|&)\s*(?:the\s+)?", re.IGNORECASE)


_BOUND_BEFORE = re.compile(r"\b(?:until|till|by)\s+(?:on\s+)?$", re.IGNORECASE)
# The end of a fiscal period just named: "the second quarter ended Oct. 31" is in its year.
_PERIOD_ENDED_BEFORE = re.compile(
    r"\b(?:quarter|period|half|months|year)\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
QUARTER_END_REACH = 40  # how far before "ended Oct. 31" its quarter may have been named


def direction(ctx: Context, s: int, e: int) -> int:
    """+1 for a future sentence, -1 for a past one."""
    return tense(ctx.text, s, e)


def date_full(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A full date ("September 15, 2017"): exact, and it moves the narrative to that day."""
    d = safe_date(int(g["year"] or 0), month_num(g), int(g["day"] or 0))
    if d is None:
        return None
    ctx.set_ref(d, s)
    ctx.tell_year(d.year, s)
    return "DATE", d.isoformat(), None


def date_slash(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A numeric date ("25/12/2016"), day first unless only the other order is possible."""
    a, b, y = int(g["a"] or 0), int(g["b"] or 0), int(g["y"] or 0)
    if y < 100:
        y += 2000 if y < 50 else 1900
    day, mon = (a, b) if a > 12 or b <= 12 else (b, a)
    if a <= 12 and b <= 12 and "/" in ctx.text[s:e]:
        first = _slash_order(ctx)  # another numeric date of the copy shows its order
        if first is None:
            first = _month_first(ctx)
            # the order that puts a past event after the DCT is the wrong one ("on 04/03/24"
            # in a report of 20 March 2024 is 4 March, told day first)
            told, other = (_date_or_none(y, a, b), _date_or_none(y, b, a))
            if first:
                told, other = other, told
            if (
                ctx.dct is not None
                and told is not None
                and other is not None
                and told > ctx.dct >= other
                and direction(ctx, s, e) < 0
            ):
                first = not first
        if first:
            day, mon = b, a  # "3/12/2024" in copy that writes "April 11" and "9 a.m." (dotted
            # dates, "02.09.2025", are day first everywhere)
    d = safe_date(y, mon, day)
    if d is None:
        return None
    ctx.set_ref(d, s)
    return "DATE", d.isoformat(), None


_MONTH_NAMES = "|".join(k.capitalize() for k in lx.MONTHS if len(k) >= 3)


_MONTH_DAY = re.compile(r"\b(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}\b(?!:)")


_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH_NAMES + r")\b")


_DOTTED_AMPM = re.compile(r"\d\s?[ap]\.m\.")


_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d\d){1,2}(?![\d/])")


def _slash_order(ctx: Context) -> bool | None:
    """True when a numeric date of the copy can only be month first ("12/25/2016"), False when
    only day first ("25/12/2016"), None when none settles it; read once per text."""
    if not ctx.slash_read:
        ctx.slash_read = True
        for m in _SLASH_DATE.finditer(ctx.text):
            a, b = int(m[1]), int(m[2])
            if a > 12 >= b:
                ctx.slash_order = False
                break
            if b > 12 >= a:
                ctx.slash_order = True
                break
    return ctx.slash_order


def _date_or_none(year: int, day: int, month: int) -> date | None:
    """The date of a day and month in a year, or None when there is none."""
    return safe_date(year, month, day)


def _month_first(ctx: Context) -> bool:
    """Whether the copy writes dates month first (US): more "April 11" than "11 April", or as
    many and American "a.m."/"p.m."; counted once per text."""
    if ctx.month_first is None:
        us = len(_MONTH_DAY.findall(ctx.text))
        uk = len(_DAY_MONTH.findall(ctx.text))
        ctx.month_first = us > uk or (us == uk and _DOTTED_AMPM.search(ctx.text) is not None)
    return ctx.month_first


def date_md(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A month and day without a year: the year comes from the DCT and the tense."""
    mon, day = month_num(g), int(g["day"] or 0)
    if ctx.dct is None:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", None
    yrel, pre = norm(g.get("yrel")), norm(g.get("pre"))
    if yrel:  # "22 March last year": the year is named relative to the DCT's
        year = ctx.dct.year + {"last": -1, "next": 1}.get(yrel, 0)
    elif pre:  # "last December 19th": the latest one before the DCT, "next" the first after
        year = _named_side_year(ctx.dct, mon, day, pre)
    elif (fixed := _weekday_year(g, ctx.dct, mon, day)) is not None:
        year = fixed  # "Thursday, June 5": the year whose June 5 is a Thursday
    elif (
        ctx.quarter is not None
        and ctx.quarter[0] < ctx.dct.year
        and 0 <= s - ctx.quarter_pos <= QUARTER_END_REACH
        and _PERIOD_ENDED_BEFORE.search(ctx.text, max(0, s - 25), s)
    ):
        year = ctx.quarter[0]  # "the year-ago quarter, the second quarter ended Oct. 31"
    elif (
        ctx.last_md is not None
        and ctx.last_md[1].month == mon
        and s - ctx.last_md[0] <= 12  # a short gap: a whitespace run never backtracks
        and _COORDINATED.fullmatch(ctx.text, ctx.last_md[0], s)
    ):
        year = ctx.last_md[1].year  # "3 and 4 June": the second takes the first's year
    else:
        year = _unnamed_year(ctx, ctx.dct, mon, day, s, e)
    d = safe_date(year, mon, day)
    if d is None:
        return None
    ctx.last_md = (e, d)
    if d <= ctx.dct and not _BOUND_BEFORE.search(ctx.text, max(0, s - 12), s):
        ctx.set_ref(d, s)  # "until November 3" ends a state; the story stays on its day
    return "DATE", d.isoformat(), None


def _named_side_year(dct: date, mon: int, day: int, pre: str) -> int:
    """The year of "last/next/this November 14th": "this" is the DCT's year; "last" the latest
    such day before the DCT, "next" the first after it, in the DCT's own month too (told on
    November 13th, "last November 14th" is a year back)."""
    here = safe_date(dct.year, mon, day)
    if pre == "this" or here is None:
        return dct.year
    if pre == "last":
        return dct.year if here < dct else dct.year - 1
    return dct.year if here > dct else dct.year + 1


def day_shifted(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the day before last Tuesday", "the day after March 3": the named day, one day on."""
    found = days.weekday(g, ctx, s, e) if g.get("wd") else date_md(g, ctx, s, e)
    if found is None or ctx.dct is None or found[1].startswith("X"):
        return found
    step = 1 if norm(g.get("dsig")) == "after" else -1
    d = date.fromisoformat(found[1][:10]) + timedelta(days=step)
    if d <= ctx.dct:
        ctx.set_ref(d, s)
    return "DATE", d.isoformat(), None


def day_ordinal(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A day of the month alone ("on the 6th"): in the DCT's month, or the month before (after)
    when the sentence speaks of the past (future) and the day would fall on the other side."""
    day = int(g["day"] or 0)
    if ctx.dct is None:
        return "DATE", f"XXXX-XX-{day:02d}", None
    side = sentence_tense(ctx.text, s, e)
    year, mon = ctx.dct.year, ctx.dct.month
    if side < 0 and day > ctx.dct.day:
        year, mon = add_months(year, mon, -1)
    elif side > 0 and day < ctx.dct.day:
        year, mon = add_months(year, mon, 1)
    d = safe_date(year, mon, day)
    if d is None:
        return None
    if d <= ctx.dct:
        ctx.set_ref(d, s)
    pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")))
    return ("TIME", f"{d.isoformat()}T{pod}", None) if pod else ("DATE", d.isoformat(), None)


def day_of_rel_month(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A day of this, next or last month ("the 31st of this month", "the 8th instant", "the 3rd
    ultimo"): that month of the DCT's."""
    day = int(g["day"] or 0)
    if ctx.dct is None:
        return "DATE", f"XXXX-XX-{day:02d}", None
    latin = g.get("latin")
    rel = {"last": -1, "next": 1}.get(norm(g.get("rel")), 0)
    step = lx.LATIN_MONTHS[norm(latin)] if latin else rel
    d = safe_date(*add_months(ctx.dct.year, ctx.dct.month, step), day)
    if d is None:
        return None  # "the 30th of last month" in March: no such day
    if d <= ctx.dct:
        ctx.set_ref(d, s)
    return "DATE", d.isoformat(), None


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


def nth_weekday_of_month(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the first Tuesday in November": that weekday of the month, in the year named, else
    in the one the tense points to from the DCT."""
    mon, wd = month_num(g), lx.WEEKDAYS[norm(g.get("wd"))]
    if g.get("year"):
        year = int(g["year"] or 0)
    elif ctx.dct is None:
        return None
    else:
        year = month_year(ctx.dct, mon, sentence_tense(ctx.text, s, e))
    d = nth_weekday(year, mon, wd, _NTH[norm(g.get("nth"))])
    if d.month != mon:
        return None  # no fifth Tuesday that month
    if ctx.dct is not None and d <= ctx.dct:
        ctx.set_ref(d, s)
    return "DATE", d.isoformat(), None


def _weekday_year(g: Groups, dct: date, mon: int, day: int) -> int | None:
    """The one year next to the DCT's (a year either side) whose month-day falls on the weekday
    named with it, or None when no weekday is named or it does not decide."""
    if not g.get("wd"):
        return None
    wd = lx.WEEKDAYS[norm(g["wd"])]
    fits = [
        y for y in (dct.year - 1, dct.year, dct.year + 1)
        if (d := safe_date(y, mon, day)) is not None and d.isoweekday() == wd
    ]  # fmt: skip
    return fits[0] if len(fits) == 1 else None


STORY_PAST_DAYS = 31  # a story day this long before the DCT makes the report a look back


_HAD_BEFORE = re.compile(r"\bhad\b[^.;\n]*$", re.IGNORECASE)


def _unnamed_year(ctx: Context, dct: date, mon: int, day: int, s: int, e: int) -> int:
    """The year of a month-day that names none: the side of the DCT the sentence points to, or
    the story's own day when a past sentence tells of the story."""
    side = direction(ctx, s, e)
    told_side = sentence_tense(ctx.text, s, e) if side == 0 else side
    year = monthday_year(dct, mon, day, side if told_side < 0 else told_side)
    past = told_side < 0
    if past and (recalled := ctx.recalled_year(s)) is not None:
        return recalled  # "In 2016 the ferry sank. On 4 June, the captain was charged"
    told = _story_side_date(ctx, mon, day, s) if past else None
    return told.year if told is not None else year


def _story_side_date(ctx: Context, mon: int, day: int, s: int) -> date | None:
    """In a report that looks back on a day long before the DCT (a court report, an inquest), a
    past month and day falls on the story's side of that day: after it ("the school reopened on
    2 September"), or before it in the past perfect ("had been inspected on 10 July")."""
    ref, dct = ctx.ref, ctx.dct
    if ref is None or dct is None or ctx.ref_pos < 0 or (dct - ref).days <= STORY_PAST_DAYS:
        return None
    if _HAD_BEFORE.search(ctx.text, max(0, s - 60), s):
        year = ref.year if (mon, day) <= (ref.month, ref.day) else ref.year - 1
    else:
        year = ref.year if (mon, day) >= (ref.month, ref.day) else ref.year + 1
    d = safe_date(year, mon, day)
    return d if d is not None and d <= dct else None


def day_coordinated(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """The second day of "April 24 and 25", "May 3-5": the month and year of the first."""
    if ctx.last_md is None or not _COORDINATION.fullmatch(ctx.text, ctx.last_md[0], s):
        return None
    first = ctx.last_md[1]
    d = safe_date(first.year, first.month, int(g["day"] or 0))
    if d is None or d <= first:
        return None
    return "DATE", d.isoformat(), None


_COORDINATION = re.compile(r"\s*(?:and|or|to|through|-|–)\s*", re.IGNORECASE)


def pod_date(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the night of Friday 23 August": a part of a dated day."""
    found = date_full(g, ctx, s, e) if g.get("year") else date_md(g, ctx, s, e)
    pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")))
    if found is None or pod is None:
        return found
    return "TIME", f"{found[1]}T{pod}", None


_NTH_WEEK_MIDDLE = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def week_of(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the week of March 6": the calendar week that holds the date; "the first week of
    June" holds its fourth day, "the last week" the fourth day from its end."""
    mon = month_num(g)
    if g.get("nth"):
        last = (safe_date(*add_months(2000, mon, 1), 1) or date(2001, 1, 1)) - timedelta(days=1)
        day = _NTH_WEEK_MIDDLE.get(norm(g.get("nth")), last.day - 3)
    else:
        day = int(g["day"] or 0)
    if g.get("year"):
        year = int(g["year"] or 0)
    elif ctx.dct is None:
        return "DATE", "XXXX-WXX", None
    else:
        year = _unnamed_year(ctx, ctx.dct, mon, day, s, e)
    d = safe_date(year, mon, day)
    return ("DATE", timeml.week(d), None) if d else None
