"""Normalisers of spans and repetitions: "two years ago", "last week", "three hours", "daily"."""

from __future__ import annotations

import re
from datetime import timedelta

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal import timeml
from incident_reader.core.temporal.anchoring import (
    QUARTER_REACH,
    Context,
    add_months,
    longer_period_before,
    weekday_near,
)
from incident_reader.core.temporal.handlers_common import (
    Found,
    Groups,
    month_num,
    norm,
    number,
    unit_of,
)
from incident_reader.core.temporal.tense import sentence_tense

_QMOD = {
    "about": "APPROX",
    "around": "APPROX",
    "some": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "almost": "LESS_THAN",
    "nearly": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
}
_WORD_AFTER = re.compile(r"\s+(?-i:[a-z])")
_SET_BEFORE = re.compile(
    r"(?:\b(?:once|twice|times|per)|\d|%|\bmillion|\bbillion|\bpercent|\bcents?|\bdollars?|\bpounds?"
    r"|\bshares?|\bbarrels?|\btons?|\bunits?)\s*$", re.IGNORECASE
)  # fmt: skip
_FREQUENCY = re.compile(r"(?:once|twice|thrice|times)\b", re.IGNORECASE)
# A counted plural right before "a day": a rate, a TimeML SET ("hundreds of interviews a day").
_COUNT_PER = re.compile(
    r"(?:\d|\b(?:" + lx.alternation(k for k in lx.NUMBER_WORDS if " " not in k and len(k) > 2)
    + r"|several|many|few|dozens|hundreds|thousands))[\d,.]*(?:\s+[a-z]+)?\s+[a-z]+s\s*$",
    re.IGNORECASE,
)  # fmt: skip


def ago(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "two years ago", "a year earlier": a date at the granularity of the unit."""
    dirw = norm(g.get("dir"))
    sign = 1 if dirw in ("later", "from now", "hence") else -1
    mod = _QMOD.get(norm(g.get("qmod")))
    if g.get("vague") or number(g.get("num")) is None:
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod
    n = number(g.get("num")) or 0
    unit, _ = unit_of(g.get("unit"))
    base = ctx.dct if dirw in ("ago", "from now", "hence") else (ctx.ref or ctx.dct)
    if base is None:
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod
    if unit in ("DE", "CE"):  # "half a century ago", "two decades ago": in years
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    k = int(round(n)) * sign
    if (
        unit == "Y"
        and k == -1
        and ctx.quarter
        and s - ctx.quarter_pos < QUARTER_REACH
        and not longer_period_before(ctx.text, s)
    ):
        year, q = ctx.quarter
        return "DATE", f"{year + k}-Q{q}", mod
    if unit == "Y":
        return "DATE", str(base.year + k), mod
    if unit == "DE":
        return "DATE", str(base.year + 10 * k), mod
    if unit == "M":
        y, m = add_months(base.year, base.month, k)
        return "DATE", timeml.month(y, m), mod
    if unit == "Q":
        y, m = add_months(base.year, base.month, 3 * k)
        return "DATE", f"{y}-Q{(m - 1) // 3 + 1}", mod
    if unit in ("W", "W2"):
        return "DATE", timeml.week(base + timedelta(weeks=k * (2 if unit == "W2" else 1))), mod
    if unit == "D":
        d = base + timedelta(days=k)
        return "DATE", d.isoformat(), mod
    return "DATE", base.isoformat(), mod


def rel_unit(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "last week" or "the following month": a unit counted from the DCT or the narrative."""
    if (g.get("unit") or "x")[0].isupper() and not ctx.text[s:e].isupper():
        return None  # a title: "This Week", "The Weekend"
    rel = norm(g.get("rel")) or "the"
    unit = norm(g.get("unit")).removeprefix("fiscal ") or "weekend"
    step = {"this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
            "preceding": -1, "prior": -1, "next": 1, "coming": 1, "following": 1, "the": 0,
            "that": 0, "full": 0, "latest": -1}[rel]  # fmt: skip
    anaphoric = rel in ("following", "preceding", "same", "that", "previous", "prior")
    if unit == "decade" and rel == "past":
        return "DURATION", "P10Y", None
    if unit == "century" and rel in ("past", "last") and ctx.text[s : s + 3].lower() == "the":
        return "DURATION", "P100Y", None  # "over the past century"; "built last century" a DATE
    base = ctx.dct
    if anaphoric and unit == "year" and ctx.narrative_year:
        ctx.narrative_year += step  # "in 1995 ... the following year ... in December": 1996's
        return "DATE", str(ctx.narrative_year), None
    if anaphoric and unit == "quarter" and ctx.quarter:
        y, m = add_months(ctx.quarter[0], 3 * ctx.quarter[1] - 2, 3 * step)
        return "DATE", f"{y}-Q{(m - 1) // 3 + 1}", None
    if (
        unit == "quarter"
        and rel == "this"
        and ctx.quarter
        and s - ctx.quarter_pos < QUARTER_REACH
        and sentence_tense(ctx.text, s, e) <= 0
    ):  # "reported a loss for the third quarter ... This quarter's loss includes": that quarter
        return "DATE", f"{ctx.quarter[0]}-Q{ctx.quarter[1]}", None
    if anaphoric and unit == "month" and ctx.narrative_month:
        y, m = add_months(*ctx.narrative_month, step)
        return "DATE", timeml.month(y, m), None
    if anaphoric and ctx.ref:
        base = ctx.ref
    if rel == "that" and ctx.ref_pos < 0 and unit in ("year", "month", "week"):
        # "later that year" with no year, month or day named before: the story's, unknown
        return "DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[unit], None
    if base is None:
        return None
    if unit == "week":
        return "DATE", timeml.week(base + timedelta(weeks=step)), None
    if unit == "weekend":
        if rel == "the":
            step = 1 if sentence_tense(ctx.text, s, e) > 0 else -1
        elif step == 0 and base.isoweekday() < 6 and sentence_tense(ctx.text, s, e) < 0:
            step = -1  # on a weekday, "arrested three men this weekend" is the one just gone
        sat = weekday_near(base, 6, 1 if step > 0 else -1) if step else weekday_near(base, 6, 1)
        if rel == "last" and base.isoweekday() >= 6:  # said on a weekend: the one before it
            sat -= timedelta(days=7)
        if rel == "next" and base.isoweekday() >= 6:  # said on a weekend: the one after it
            sat = weekday_near(base + timedelta(days=1), 6, 1)
        if step == 0 and base.isoweekday() == 7:
            sat = base - timedelta(days=1)
        return "DATE", timeml.week(sat) + "-WE", None
    if unit == "month":
        y, m = add_months(base.year, base.month, step)
        return "DATE", timeml.month(y, m), None
    if unit == "year":
        ctx.narrative_year = base.year + step  # "last year ... the year before": 1996
        return "DATE", str(base.year + step), None
    if unit == "quarter":
        y, m = add_months(base.year, base.month, 3 * step)
        return "DATE", f"{y}-Q{(m - 1) // 3 + 1}", None
    if unit == "decade":
        return "DATE", str(base.year // 10 + step), None
    return "DATE", f"{base.year // 100 + step:02d}", None


def that_season(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "that season", "the following season": the story's year (a season of play is
    named by the year it is told in, "the most since 2013 ... since that season"), moved by
    "following" or "previous"; unknown when the story has named no year."""
    rel = norm(g.get("rel"))
    step = {"following": 1, "previous": -1, "preceding": -1}.get(rel, 0)
    if not ctx.narrative_year:
        return "DATE", "XXXX", None
    ctx.narrative_year += step
    return "DATE", str(ctx.narrative_year), None


def unit_before(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the year before", "the week after": the unit before or after the story's."""
    rel = "previous" if norm(g.get("sig")) == "before" else "following"
    return rel_unit({**g, "rel": rel}, ctx, s, e)


def in_the_unit(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "later in the day", "earlier in the week": within the story's day (or its week,
    month, year); the day is unknown when the story has named none."""
    unit = norm(g.get("unit"))
    if unit == "year":
        year = ctx.narrative_year or (ctx.dct.year if ctx.dct else None)
        return "DATE", str(year) if year else "XXXX", None
    if unit == "month" and ctx.narrative_month:
        return "DATE", timeml.month(*ctx.narrative_month), None
    named = ctx.ref is not None and ctx.ref_pos >= 0
    base = ctx.ref if named else (ctx.dct if unit != "day" else None)
    if base is None:
        return "DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}[unit], None
    if unit == "day":
        return "DATE", base.isoformat(), None
    if unit == "week":
        return "DATE", timeml.week(base), None
    return "DATE", timeml.month(base.year, base.month), None


# The head noun after an adjective ("-old", "-long"), past up to two modifiers ("IRA", "bitter").
_HEAD_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?P<head>" + lx.alternation(lx.STATE_NOUNS) + r")\b", re.IGNORECASE
)
_PROPER_HEAD = re.compile(r"\s+(?-i:[A-Z][a-z])")  # a name ("the 47-year-old Kopp"), not "IRA"


def state_age(text: str, e: int) -> bool:
    """Whether an "N-unit-old" ending at ``e`` tells how long a state has lasted ("an
    8-month-old truce"), not the age of a person or a thing ("the 25-year-old", "a 50-year-old
    bridge")."""
    return not _PROPER_HEAD.match(text, e) and _HEAD_AFTER.match(text, e) is not None


def duration(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A duration ("11 months", "at least 34 years", "a two-hour"), not an age or a rate."""
    if g.get("old") and not g.get("qmod") and not g.get("rel") and state_age(ctx.text, e):
        pass  # "the 8-month-old truce": the truce has lasted eight months
    elif g.get("old") or re.match(r"\s+old\b", ctx.text[e : e + 5]):
        return None  # an age: "47-year-old", "47 years old"
    if norm(g.get("num")) in ("a", "an") and (
        ctx.text[s:e].endswith("-long") or norm(g.get("unit")).endswith("s")
    ):
        return None  # "a day-long meeting", "a years-old slump": the article is outside
    if re.fullmatch(r"0\d{3}", g.get("num") or "") and norm(g.get("unit")).startswith("hour"):
        return None  # "0245 hours" is a 24-hour clock (clock_hours), never 245 hours
    if _CLOCK_HOURS_NUM.fullmatch(g.get("num") or "") and _CLOCK_AT_BEFORE.search(
        ctx.text, max(0, s - 30), s + len(g.get("qmod") or "") + 1
    ):
        return None  # "at about 16.45 hours" is a clock (clock_hours), not 16.75 hours
    amount = None if g.get("vague") else number(g.get("num"))
    if amount is None and not g.get("vague"):
        return None
    if amount is not None and g.get("half"):
        amount += 0.5  # "a minute and a half"
    if norm(g.get("unit")).startswith("quarter") and re.match(r"\s+of\b", ctx.text[e : e + 4]):
        return None  # a fraction: "a quarter of", "three-quarters of"
    if g.get("range") and _BETWEEN_BEFORE.search(ctx.text, max(0, s - 9), s):
        return None  # "between two to six days": one expression per side (duration_range_first)
    if g.get("range"):
        amount = None  # "12 to 18 months": one vague span
    unit, is_time = unit_of(g.get("unit"))
    mod = _QMOD.get(norm(g.get("qmod")))
    if (
        norm(g.get("num")) in ("a", "an")
        and not g.get("qmod")
        and not g.get("rel")
        and (rate := _SET_BEFORE.search(ctx.text, max(0, s - 12), s))
    ):
        if _FREQUENCY.match(rate[0]):
            return "SET", timeml.duration(1, unit, is_time), None  # "twice a week": TimeML's SET
        return None  # a rate ("$1.76 a year", "four flights a week"), not a time of its own
    if norm(g.get("num")) in ("a", "an") and _COUNT_PER.search(ctx.text, max(0, s - 40), s):
        return "SET", timeml.duration(1, unit, is_time), None  # "hundreds of interviews a day"
    if unit == "S" and norm(g.get("num")) in ("a", "an", "one") and _WORD_AFTER.match(ctx.text, e):
        return None  # the ordinal: "a second group"
    if unit in ("SU", "WI", "SP", "WE"):
        return (
            "DURATION",
            f"P{timeml.number(amount) if amount else 'X'}{'W' if unit == 'WE' else 'Y'}",
            mod,
        )
    return "DURATION", timeml.duration(amount, unit, is_time), mod


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A two-place decimal that reads as a clock ("16.45") after a clock preposition ("at about").
_CLOCK_HOURS_NUM = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_AT_BEFORE = re.compile(
    r"\b(?:at|by|until|till|from)\s+(?:(?:about|around|approximately|roughly)\s+)?$", re.IGNORECASE
)


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def duration_range_first(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """The first count of "two to six days", "between two and four weeks", in the second's unit."""
    amount = number(g.get("num"))
    if amount is None or norm(g.get("num")) in ("a", "an"):
        return None
    unit, is_time = unit_of(g.get("unit"))
    if unit in ("SU", "WI", "SP", "WE"):
        return None
    return "DURATION", timeml.duration(amount, unit, is_time), None


def vague_ago(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "some time ago", "not long ago": a past time of unknown distance."""
    return "DATE", "PAST_REF", None


def vague_while(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "for a while", "for some time": a stretch of unknown length and unit."""
    return "DURATION", "PXX", None


def unit_adjective(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A unit made an adjective without a number: "day-long", "decades-long", "yearlong", "a
    years-old slump" (one unit when singular, an unknown count when plural)."""
    word = norm(g.get("aunit") or g.get("solid"))
    plural = word.endswith("s")
    if g.get("adj") and norm(g.get("adj")) == "old" and not state_age(ctx.text, e):
        return None  # "a centuries-old church": an age
    unit, is_time = unit_of(word)
    return "DURATION", timeml.duration(None if plural else 1, unit, is_time), None


def bare_units(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "for years", "within hours": a duration of unknown length; "in the weeks before the
    shooting" is a period of the story (a DATE in the month the story is in)."""
    unit, is_time = unit_of(g.get("bare") or g.get("bare2"))
    if unit in ("D", "W") and _THE_BEFORE.search(ctx.text, max(0, s - 5), s):
        # the month of the story's incident: the earliest day it names before the report's week
        past = [d for _, d in ctx.named_days if ctx.dct and (ctx.dct - d).days > 7]
        day = min(past) if past else None
        month = (day.year, day.month) if day else ctx.narrative_month
        return "DATE", timeml.month(*month) if month else "PAST_REF", None
    return "DURATION", timeml.duration(None, unit, is_time), None


def set_h(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A repetition ("daily", "every day", "each July")."""
    if g.get("adv"):
        return "SET", lx.SET_ADVERBS[norm(g["adv"])], None
    if g.get("mon"):
        return "SET", f"XXXX-{month_num(g):02d}", None
    if g.get("setpod"):  # "every evening"
        return "SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[norm(g['setpod'])]}", None
    if g.get("season"):
        return "SET", f"XXXX-{lx.SEASONS[norm(g['season'])]}", None
    w = norm(g.get("unit"))
    if w in lx.SEASONS:
        return "SET", f"XXXX-{lx.SEASONS[w]}", None
    if w == "season":
        return "SET", "P1Y", None
    unit, is_time = unit_of(w)
    if g.get("other"):
        return "SET", timeml.duration(2, unit, is_time), None  # "every other day"
    if g.get("few"):
        return "SET", timeml.duration(None, unit, is_time), None  # "every few weeks"
    count = number(g.get("num")) if g.get("num") else 1
    return "SET", timeml.duration(count, unit, is_time), None


def one_clock_unit(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the next hour": one hour or minute counted from now (no calendar hour is named)."""
    unit, is_time = unit_of(g.get("unit"))
    return "DURATION", timeml.duration(1, unit, is_time), None


def vague_span(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "recent weeks", "the coming months": a span of unknown length."""
    unit, is_time = unit_of(g.get("unit"))
    return "DURATION", timeml.duration(None, unit, is_time), None


def fiscal_year(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the fiscal year", "the year ended March 31": one year as a duration."""
    return "DURATION", "P1Y", None


def ref(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "now", "recently", "the future": TimeML's present, past and future references."""
    word = norm(g.get("ref"))
    return "DATE", lx.REFERENCE_WORDS.get(word) or lx.ADJECTIVE_REFS[word], None


def elapsed(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A race or elapsed time ("2:14:05"): hours, minutes and seconds as a duration."""
    h, m, sec = int(g["eh"] or 0), int(g["em"] or 0), int(g["es"] or 0)
    return "DURATION", f"PT{h}H{m}M{sec}S" if h else f"PT{m}M{sec}S", None
