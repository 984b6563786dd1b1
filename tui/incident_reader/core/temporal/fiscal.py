"""Normalisers of fiscal periods: quarters and halves, "the quarter", "the year-ago period", FY2019.

A quarter named in the text stays the topic for ``QUARTER_REACH`` characters, so "the quarter" and
"a year earlier" after "third-quarter" mean that quarter and the same one a year before.
"""

from __future__ import annotations

import re

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal.anchoring import (
    QUARTER_REACH,
    Context,
    longer_period_before,
)
from incident_reader.core.temporal.handlers_common import (
    Found,
    Groups,
    norm,
)
from incident_reader.core.temporal.tense import sentence_bounds, sentence_tense

_GAME = re.compile(r"\b" + lx.alternation(lx.GAME_WORDS) + r"\b", re.IGNORECASE)
_MONEY = re.compile(r"[$£€%]|\b" + lx.alternation(lx.MONEY_WORDS) + r"\b", re.IGNORECASE)


def _of_a_game(text: str, s: int, e: int) -> bool:
    """Whether the sentence around ``text[s:e]`` reports a game and says nothing of money."""
    lo, hi = sentence_bounds(text, s, e)
    return _GAME.search(text, lo, hi) is not None and _MONEY.search(text, lo, hi) is None


# A quarter told as the background of another: "After a flat second quarter, ...", "up from the
# first quarter", "than in the second quarter": it does not become the quarter in the news.
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:after|following|than(?:\s+in)?|compared\s+(?:with|to)|versus|from)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?!quarter)[a-z]+\s+)?$",
    re.IGNORECASE,
)


# A quarter in apposition to one just valued: "In the comparable year-ago quarter, the second
# quarter ended Oct. 31, ..." renames that quarter, so it takes its year.
_APPOSITION = re.compile(r"\s*,\s*")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q\d$")


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
    of_year = g.get("year") or g.get("year2") or g.get("theyear")
    if half and not (of_year or g.get("rel")) and re.match(r"\s+of\b", ctx.text[e : e + 4]):
        return None  # "the last half of the '80s": a part of something else
    if g.get("qh") is None:  # plural "fourth quarters": every year
        return "SET", f"XXXX-{part}", None
    pre, rel = norm(g.get("pre")), norm(g.get("rel"))
    if not (of_year or pre or rel) and _of_a_game(ctx.text, s, e):
        return None  # "scored twice in the first half": a period of play

    renamed = _QUARTER_VALUE.match(ctx.last_value)
    if g.get("year") or g.get("year2"):
        year = int(g.get("year") or g.get("year2") or 0)
    elif (
        renamed
        and not rel
        and pre not in ("year-earlier", "year-ago", "last year's", "next year's", "this year's")
        and s - ctx.last_end <= 4
        and _APPOSITION.fullmatch(ctx.text, ctx.last_end, s)
    ):
        year = int(renamed[1])
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
        and not (ctx.quarter and _BACKGROUND_BEFORE.search(ctx.text, max(0, s - 40), s))
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
    elif pre in ("previous", "prior"):
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
