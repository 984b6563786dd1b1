"""Normalisers: turn one rule's match into a TIMEX3 (type, value, mod), resolving via the context.

Day-level and clock-time normalisers live in ``clocks``, spans and sets ("two years ago", "last
week", "three hours", "daily") in ``spans``; this module holds calendar units (dates, months,
years, quarters, seasons, holidays) and the registry the rules name their handler in.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from incident_reader.core.temporal import clocks, days, spans, timeml
from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal.anchoring import (
    NEAR_FUTURE_MONTHS,
    QUARTER_REACH,
    Context,
    add_months,
    longer_period_before,
    month_year,
    monthday_year,
    nth_weekday,
    safe_date,
)
from incident_reader.core.temporal.handlers_common import (
    Found,
    Groups,
    Handler,
    month_num,
    norm,
    number,
)
from incident_reader.core.temporal.tense import sentence_tense, tense

_SPACES = re.compile(r"\s+")
_TITLE_AFTER = re.compile(r"\s+(?:for|of\s+the)\s+(?-i:[A-Z])")
_CAPITALISED_NEXT = re.compile(r"\s+(?-i:[A-Z][a-z]+)")
_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|during|early|late|mid|last|this|next|from|to|through|"
    r"before|after|between|and|or|on)\s+|-)$", re.IGNORECASE
)  # fmt: skip
_COUNT_BEFORE = re.compile(
    r"\b(?:about|some|nearly|over|than|almost|roughly|around)\s+$", re.IGNORECASE
)
_PLURAL_AFTER = re.compile(
    r"\s+(?!(?:when|and|or|to|the|in|on|at|as|but|after|before|until)\b)(?-i:[a-z]+)\b"
)
_COUNTED_AFTER = re.compile(
    r"\s+(?:pounds|dollars|euros|people|men|women|children|homes|houses|jobs|votes|miles|metres"
    r"|meters|km|kg|tonnes|tons|feet|yards|acres|cars|vehicles|shares|points|runs|goals|troops"
    r"|soldiers|workers|employees|students|members|residents|victims|deaths|cases|units)\b",
    re.IGNORECASE,
)
_STREET_AFTER = re.compile(
    r"\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?-i:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Drive|Boulevard|Blvd)\b"
)


# A capitalised word right before a year, inside a sentence: the year ends a name ("Orion 1980",
# "Vision 2030"), unless the word is a calendar word or a preposition ("Summer 2019", "In 1998").
_NAME_WORD_BEFORE = re.compile(r"(?<=[\w,;)])\s+(?-i:(?P<w>[A-Z][a-z]+))\s$")
_NOT_NAME_WORDS = frozenset(
    (*lx.MONTHS, *lx.WEEKDAYS, *lx.SEASONS, "fiscal", "calendar", "year", "class", "since", "in",
     "by", "until", "till", "from", "of", "during", "before", "after", "for", "to", "through",
     "around", "circa", "early", "late", "mid", "and", "or", "between", "about", "at", "on")
)  # fmt: skip
# A model year: a possessive or indefinite article, the year, then a capitalised make
# ("Kopp's 1987 Chevrolet", "a 2004 Ford Focus"); "the 2008 Olympics" stays a date, and after
# "a" the make needs its model ("a 1971 Convention which ..." is a date).
# A colour may stand between ("a black 2016 Chevrolet Silverado"; colours of facts.vocabulary).
_MODEL_BEFORE = re.compile(
    r"(?:['’]s|\b(?i:(?P<art>a|an)|his|her|their|its|my|our|your))(?:\s+(?i:dark|light|pale|metallic|bright"
    r"|white|black|silver|grey|gray|red|blue|green|yellow|orange|brown|gold|maroon|navy|beige"
    r"|purple|pink|bronze|cream|burgundy|charcoal)){0,2}\s+$"
)
_MAKE_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)(?P<model>\s+(?-i:[A-Z0-9][\w-]*))?")


_COORDINATED = re.compile(r"\s*(?:and|or|to|-|–|&)\s*(?:the\s+)?", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:until|till|by)\s+(?:on\s+)?$", re.IGNORECASE)


def direction(ctx: Context, s: int, e: int) -> int:
    """+1 for a future sentence, -1 for a past one."""
    return tense(ctx.text, s, e)


def date_full(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A full date ("September 15, 2017"): exact, and it moves the narrative to that day."""
    d = safe_date(int(g["year"] or 0), month_num(g), int(g["day"] or 0))
    if d is None:
        return None
    ctx.set_ref(d, s)
    ctx.narrative_year = d.year
    return "DATE", d.isoformat(), None


def date_slash(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A numeric date ("25/12/2016"), day first unless only the other order is possible."""
    a, b, y = int(g["a"] or 0), int(g["b"] or 0), int(g["y"] or 0)
    if y < 100:
        y += 2000 if y < 50 else 1900
    day, mon = (a, b) if a > 12 or b <= 12 else (b, a)
    if a <= 12 and b <= 12 and "/" in ctx.text[s:e] and _month_first(ctx):
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


def _month_first(ctx: Context) -> bool:
    """Whether the copy writes dates month first (US): more "April 11" than "11 April", or as
    many and American "a.m."/"p.m."; counted once per text."""
    if ctx.month_first is None:
        us = len(_MONTH_DAY.findall(ctx.text))
        uk = len(_DAY_MONTH.findall(ctx.text))
        ctx.month_first = us > uk or (us == uk and _DOTTED_AMPM.search(ctx.text) is not None)
    return ctx.month_first


def month_year_h(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A month with its year ("October 2022", "July last year")."""
    mon = month_num(g)
    if g.get("year"):
        year = int(g["year"] or 0)
        ctx.narrative_year = year  # "in June 1998 ... later that year"
        ctx.narrative_month = (year, mon)
    elif ctx.dct:
        year = ctx.dct.year + {"last": -1, "next": 1}.get(norm(g.get("rel")), 0)
    else:
        return "DATE", f"XXXX-{mon:02d}", None
    return "DATE", timeml.month(year, mon), None


def date_md(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A month and day without a year: the year comes from the DCT and the tense."""
    mon, day = month_num(g), int(g["day"] or 0)
    if ctx.dct is None:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", None
    yrel, pre = norm(g.get("yrel")), norm(g.get("pre"))
    if yrel:  # "22 March last year": the year is named relative to the DCT's
        year = ctx.dct.year + {"last": -1, "next": 1}.get(yrel, 0)
    elif pre:  # "last December 19th": the latest one before the DCT, "next" the first after
        year = monthday_year(ctx.dct, mon, day, -1 if pre == "last" else 1)
    elif (fixed := _weekday_year(g, ctx.dct, mon, day)) is not None:
        year = fixed  # "Thursday, June 5": the year whose June 5 is a Thursday
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
    year = monthday_year(dct, mon, day, side)
    past = side < 0 or (side == 0 and sentence_tense(ctx.text, s, e) < 0)
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


YEAR_RANGE_SPAN = 50  # "1939-1945"
YEAR_RANGE_SHORT = 10  # "1987-88", "2020-25"


def year_range_first(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """The first year of "1999-2001", unless a currency or a count stands before it."""
    if re.search(r"[$£€#]\s*$|\d[\s-]$|No\.\s*$", ctx.text[max(0, s - 3) : s]):
        return None
    ctx.narrative_year = int(g["year"] or 0)
    return "DATE", str(g["year"]), None


def year_range_second(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """The second year of "1999-2001" or "1987-88", its century from the first."""
    y2 = g["y2"] or ""
    first = ctx.text[max(0, s - 5) : s - 1]
    if not first.isdigit() or len(first) != 4:
        return None
    year = int(y2) if len(y2) == 4 else int(first[:2] + y2)
    if not 0 < year - int(first) <= (YEAR_RANGE_SPAN if len(y2) == 4 else YEAR_RANGE_SHORT):
        return None  # "2012-34" is a number, not a range of years
    return "DATE", str(year), None


def pod_date(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the night of Friday 23 August": a part of a dated day."""
    found = date_full(g, ctx, s, e) if g.get("year") else date_md(g, ctx, s, e)
    pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")))
    if found is None or pod is None:
        return found
    return "TIME", f"{found[1]}T{pod}", None


def year_end(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "at year-end": the last day of the year named, or of the DCT's (the last one when
    the sentence looks back); before a noun ("a year-end bonus") it is a modifier, not a date."""
    if re.match(r"\s+(?-i:[a-z]+)(?<!ly)\b(?<!and)(?<!or)", ctx.text[e : e + 30]) and not g.get(
        "year"
    ):
        if not re.match(
            r"\s+(?:and|or|but|to|as|in|on|at|for|with|was|were|is|are|of)\b", ctx.text[e : e + 10]
        ):
            return None
    if g.get("year"):
        year = int(g["year"] or 0)
    elif ctx.dct is None:
        return "DATE", "XXXX-12-31", None
    else:
        year = ctx.dct.year - (1 if direction(ctx, s, e) < 0 else 0)
    return "DATE", f"{year:04d}-12-31", None


def week_of(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the week of March 6": the calendar week that holds the date."""
    mon, day = month_num(g), int(g["day"] or 0)
    if g.get("year"):
        year = int(g["year"] or 0)
    elif ctx.dct is None:
        return "DATE", "XXXX-WXX", None
    else:
        year = _unnamed_year(ctx, ctx.dct, mon, day, s, e)
    d = safe_date(year, mon, day)
    return ("DATE", timeml.week(d), None) if d else None


def decade(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A decade ("the 1990s", "the '80s", "the nineties") as its three-digit TIMEX3 value."""
    if g.get("cent"):
        if g.get("dec") == "0" and g["cent"] != "20":
            return "DATE", str(g["cent"]), None  # "the 1800s": the century, not 1800-1809
        return "DATE", f"{g['cent']}{g['dec']}", None
    digit = g.get("dec2") or g.get("dec3")  # "the '80s", "the 90s"
    if digit is None:
        word = norm(g.get("dword"))
        tens = ("twenties thirties forties fifties sixties seventies eighties nineties").split()
        digit = str(tens.index(word) + 2)
    base = ctx.dct.year if ctx.dct else 2000
    century = base // 100
    if int(f"{century}{digit}0") > base:
        century -= 1
    return "DATE", f"{century}{digit}", None


def century(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """An ordinal century ("the 20th century") as its two-digit TIMEX3 value."""
    n = int(g["cord"] or 0)
    return ("DATE", f"{n - 1:02d}", None) if 1 <= n <= 21 else None


def season(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A season, alone only after a preposition ("in summer"), with its year resolved."""
    code = lx.SEASONS[norm(g.get("season"))]
    rel = norm(g.get("rel"))
    mod = {"early": "START", "late": "END"}.get(rel)
    if g.get("year"):
        return "DATE", f"{g['year']}-{code}", mod
    yrel = norm(g.get("yrel"))
    if yrel and ctx.dct is not None:  # "the autumn of last year"
        return "DATE", f"{ctx.dct.year + {'last': -1, 'next': 1}.get(yrel, 0)}-{code}", mod
    if not rel:
        before = ctx.text[max(0, s - 12) : s].lower()
        if not re.search(r"\b(?:in|during|over|by|since|until|through|this)\s+$", before):
            return None
    if rel == "" and norm(g.get("season")) == "fall":
        return None
    if ctx.dct is None:
        return "DATE", f"XXXX-{code}", mod
    year = ctx.dct.year
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if rel == "last" or (rel == "this past" and start > ctx.dct.month):
        year -= 1
    elif rel == "next":
        year += 0 if start > ctx.dct.month else 1
    return "DATE", f"{year}-{code}", mod


def quarter(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A fiscal quarter or half ("third-quarter", "the first half of 2016"); it sets the topic."""
    half = norm(g.get("qh")) == "half"
    n = (
        2
        if half and norm(g.get("ord")) in ("last", "final")
        else lx.QUARTER_ORDINALS[norm(g.get("ord"))]
    )
    if half and n > 2:
        return None
    part = f"H{n}" if half else f"Q{n}"
    if half and not (g.get("year") or g.get("rel")) and re.match(r"\s+of\b", ctx.text[e : e + 4]):
        return None  # "the last half of the '80s": a part of something else
    if g.get("qh") is None:  # plural "fourth quarters": every year
        return "SET", f"XXXX-{part}", None
    pre, rel = norm(g.get("pre")), norm(g.get("rel"))
    if g.get("year") or g.get("year2"):
        year = int(g.get("year") or g.get("year2") or 0)
    elif ctx.dct is None:
        return "DATE", f"XXXX-{part}", None
    else:
        year = ctx.dct.year
        if rel == "last" or pre in ("year-earlier", "year-ago", "last year's"):
            year -= 1
        elif rel == "next" or pre == "next year's":
            year += 1
        elif (
            not rel
            and not pre
            and n > (ctx.dct.month - 1) // 3 + 1
            and sentence_tense(ctx.text, s, e) < 0
        ):
            year -= 1  # "profits fell in the fourth quarter", said in January: last year's
    if (
        not half
        and pre not in ("year-earlier", "year-ago", "last year's")
        and (ctx.dct is None or (year, n) < (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1))
    ):
        ctx.quarter, ctx.quarter_pos = (year, n), s
    return "DATE", f"{year}-{part}", None


def fiscal_short(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Business shorthand: "FY2019" a year, "Q3 2019", "H1 2020", "2019 Q4" a quarter or half."""
    if g.get("fy"):
        fy = int(g["fy"] or 0)
        return "DATE", str(fy if fy >= 100 else fy + (2000 if fy < 50 else 1900)), None
    yy, part, n = (
        g.get("yy") or g.get("year") or "",
        g.get("qh") or g.get("qh2"),
        g.get("qn") or g.get("qn2"),
    )
    year = int(yy) if len(yy) == 4 else int(yy) + (2000 if int(yy) < 50 else 1900)
    if part == "H" and n not in ("1", "2"):
        return None
    return "DATE", f"{year}-{part}{n}", None


def quarter_set(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """The first of "the second and fourth quarters": that quarter of every year."""
    return "SET", f"XXXX-Q{lx.QUARTER_ORDINALS[norm(g.get('ord'))]}", None


def _current_quarter(ctx: Context, s: int) -> tuple[int, int] | None:
    """The fiscal quarter the text is talking about: the last one named, else the DCT's last."""
    if ctx.quarter and s - ctx.quarter_pos < QUARTER_REACH:
        return ctx.quarter
    if ctx.dct is None:
        return None
    q = (ctx.dct.month - 1) // 3
    return (ctx.dct.year, q) if q else (ctx.dct.year - 1, 4)


# Words that make "the ... period" a fiscal one without a quarter named before.
_FISCAL_PERIOD = frozenset(("latest", "year-earlier", "year-ago", "comparable", "corresponding"))


def quarter_the(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the quarter", "the latest period": the fiscal quarter the text is talking about."""
    pre = norm(g.get("pre"))
    is_period = norm(g.get("qh")) == "period"
    if (
        is_period
        and not (g.get("ago") or pre in _FISCAL_PERIOD or g.get("year3"))
        and not (ctx.quarter and s - ctx.quarter_pos < QUARTER_REACH)
    ):
        return None  # "the period" alone, with no quarter in talk: not a fiscal period
    if pre == "current" and ctx.dct:
        return "DATE", f"{ctx.dct.year}-Q{(ctx.dct.month - 1) // 3 + 1}", None
    cur = _current_quarter(ctx, s)
    if cur is None:
        return "DATE", "XXXX-QX", None
    year, n = cur
    if g.get("year3"):
        quarterly = ctx.quarter and not longer_period_before(ctx.text, s)
        return "DATE", f"{g['year3']}-Q{n}" if quarterly else str(g["year3"]), None
    if pre in ("year-earlier", "year-ago") or g.get("ago"):
        year -= 1
    elif pre == "previous":
        year, n = (year, n - 1) if n > 1 else (year - 1, 4)
    return "DATE", f"{year}-Q{n}", None


def quarter_of_year(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "last year's quarter": the quarter the text is talking about, in the year named."""
    cur = _current_quarter(ctx, s)
    if cur is None:
        return "DATE", "XXXX-QX", None
    step = {"last": -1, "next": 1}.get(norm(g.get("yrel")), 0)
    return "DATE", f"{cur[0] + step}-Q{cur[1]}", None


def year_ago(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "year-earlier", "the year-ago quarter": the same period a year before."""
    if ctx.dct is None:
        return None
    recent = ctx.quarter is not None and s - ctx.quarter_pos < QUARTER_REACH
    in_quarter = norm(g.get("qh")) == "quarter" or (
        recent and not longer_period_before(ctx.text, s)
    )
    if in_quarter:
        year, n = _current_quarter(ctx, s) or (ctx.dct.year, 1)
        return "DATE", f"{year - 1}-Q{n}", None
    return "DATE", str(ctx.dct.year - 1), None


def year(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A four-digit year, unless it is a count, an amount or a street number."""
    before = ctx.text[max(0, s - 3) : s]
    if re.search(r"[$£€#]\s*$|\d[\s-]$|No\.\s*$", before):
        return None
    if re.match(r"[\s-]\d", ctx.text[e : e + 2]):
        return None
    if _COUNT_BEFORE.search(ctx.text, max(0, s - 12), s) and _PLURAL_AFTER.match(ctx.text, e):
        return None  # "about 1990 people"
    if _COUNTED_AFTER.match(ctx.text, e):
        return None  # "2015 pounds", "1990 people"
    if _STREET_AFTER.match(ctx.text, e):
        return None  # "1640 Elm Street"
    if not g.get("pos") and _year_in_name(ctx.text, s, e):
        return None
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(norm(g.get("pos")))
    ctx.narrative_year = int(g["year"] or 0)
    return "DATE", str(g["year"]), mod


def _year_in_name(text: str, s: int, e: int) -> bool:
    """Whether the year at ``s:e`` belongs to a name ("Orion 1980") or a model ("his 1987 Ford")."""
    name = _NAME_WORD_BEFORE.search(text, max(0, s - 30), s)
    if name and name["w"].lower() not in _NOT_NAME_WORDS:
        return True
    model = _MODEL_BEFORE.search(text, max(0, s - 40), s)
    if model is None or (make := _MAKE_AFTER.match(text, e)) is None:
        return False
    return bool(make["model"] or not model["art"])


def holiday(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A named holiday, on the side of the DCT the tense points to, with its part of day."""
    found = _holiday_day(g, ctx, s, e)
    pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")))
    if found is None or pod is None:
        return found
    return "TIME", f"{found[1]}T{pod}", None


def _holiday_day(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """The day of a named holiday ("Christmas", "Halloween last year", "last Easter")."""
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
    way = {"last": -1, "next": 1}.get(norm(g.get("pre")), 0) or direction(ctx, s, e)
    candidates = [holiday_on(name, y) for y in (dct.year - 1, dct.year, dct.year + 1)]
    past = max(c for c in candidates if c <= dct)
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


# Words that may open a sentence right before a month ("Between March and May ..."): a
# capitalised word before a month is otherwise a name ("Theresa May").
_PREPOSITIONS_BEFORE_MONTH = frozenset(
    ("in", "since", "until", "till", "by", "of", "last", "early", "late", "between", "from",
     "during", "through", "throughout", "before", "after", "by", "until", "over", "around",
     "for", "on", "to", "and", "or", "mid", "next", "this")
)  # fmt: skip


def month(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A bare month name, unless it is a name ("Theresa May", "June Brown") or a title."""
    mon = month_num(g)
    rel = norm(g.get("rel"))
    text = ctx.text
    if not rel:
        before = text[max(0, s - 14) : s]
        prev_word = re.search(r"(\S+)\s*$", before)
        if (
            prev_word
            and prev_word[1][:1].isupper()
            and prev_word[1][-1:].isalpha()
            and prev_word[1].lower() not in _PREPOSITIONS_BEFORE_MONTH
            and not (prev_word[1] == "The" and re.match(r"\s+(?-i:[a-z]{3,})", text[e : e + 12]))
        ):  # "The March accession" premodifies a noun: a date
            return None  # "Theresa May", "Prime Minister May"
        if _CAPITALISED_NEXT.match(text, e) and not re.match(
            r"\s+(?:\d|(?-i:[A-Z][a-z]+day))", text[e : e + 12]
        ):
            return None  # "June Brown"
        if mon == 5 and _MAY_CONTEXT.search(before) is None:
            return None  # the modal verb, or the name
        if _TITLE_AFTER.match(text, e):
            return None  # "the March for Life", "March of the Combatant Mothers"
    if ctx.dct is None:
        return "DATE", f"XXXX-{mon:02d}", None
    if rel == "last":  # the latest one before this month
        year = ctx.dct.year - 1 if mon >= ctx.dct.month else ctx.dct.year
    elif rel == "next":
        year = ctx.dct.year + 1 if mon <= ctx.dct.month else ctx.dct.year
    elif rel == "this":
        year = ctx.dct.year
    else:
        year = month_year(ctx.dct, mon, sentence_tense(ctx.text, s, e))
    return "DATE", timeml.month(year, mon), None


_YEAR_TENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}


def year_words(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A year in words ("nineteen ninety-six", "the year two thousand")."""
    if g.get("yc") is None:
        rest = number(g.get("ythousand")) if g.get("ythousand") else 0
        if rest is None or rest >= 100:
            return None
        value = str(2000 + int(rest))
    else:
        century = 19 if norm(g.get("yc")) == "nineteen" else 20
        yr = norm(g.get("yr"))
        n = _YEAR_TENS.get(yr) if yr in _YEAR_TENS else number(yr)
        if n is None:
            return None
        value = str(century * 100 + int(n))
        ctx.narrative_year = int(value)
    if g.get("mon"):
        return "DATE", timeml.month(int(value), month_num(g)), None
    if g.get("season"):
        return "DATE", f"{value}-{lx.SEASONS[norm(g['season'])]}", None
    return "DATE", value, None


HANDLERS: dict[str, Handler] = {
    "date_full": date_full,
    "date_slash": date_slash,
    "clock": clocks.clock,
    "clock_past": clocks.clock_past,
    "clock_word_day": clocks.clock_word_day,
    "month_year": month_year_h,
    "date_md": date_md,
    "year_end": year_end,
    "pod_date": pod_date,
    "day_ordinal": day_ordinal,
    "day_shifted": day_shifted,
    "day_coordinated": day_coordinated,
    "year_range_first": year_range_first,
    "year_range_second": year_range_second,
    "elapsed": spans.elapsed,
    "week_of": week_of,
    "decade": decade,
    "century": century,
    "season": season,
    "quarter": quarter,
    "quarter_the": quarter_the,
    "quarter_of_year": quarter_of_year,
    "quarter_set": quarter_set,
    "fiscal_short": fiscal_short,
    "year": year,
    "year_ago": year_ago,
    "weekday": days.weekday,
    "nth_day_now": days.nth_day_now,
    "weekday_set": days.weekday_set,
    "dayword": days.dayword,
    "anaphoric": days.anaphoric,
    "holiday": holiday,
    "ago": spans.ago,
    "rel_unit": spans.rel_unit,
    "month": month,
    "unit_adjective": spans.unit_adjective,
    "vague_while": spans.vague_while,
    "vague_ago": spans.vague_ago,
    "nth_day_of": days.nth_day_of,
    "duration_range_first": spans.duration_range_first,
    "duration": spans.duration,
    "bare_units": spans.bare_units,
    "set": spans.set_h,
    "ref": spans.ref,
    "fiscal_year": spans.fiscal_year,
    "in_the_unit": spans.in_the_unit,
    "vague_span": spans.vague_span,
    "year_words": year_words,
}
