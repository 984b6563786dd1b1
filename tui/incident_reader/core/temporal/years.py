"""Normalisers of months, years, decades, centuries and seasons, and the names they are told from.

A capitalised word before a month or a year may make it part of a name ("Theresa May", "Orion
1980", "his 1987 Ford"); these checks live beside the normalisers they guard.
"""

from __future__ import annotations

import re

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal import timeml
from incident_reader.core.temporal.anchoring import (
    Context,
    month_year,
)
from incident_reader.core.temporal.dates import direction
from incident_reader.core.temporal.handlers_common import (
    Found,
    Groups,
    month_num,
    norm,
    number,
)
from incident_reader.core.temporal.tense import sentence_tense

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


def month_year_h(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A month with its year ("October 2022", "July last year")."""
    mon = month_num(g)
    if g.get("year"):
        year = int(g["year"] or 0)
        ctx.tell_year(year, s)  # "in June 1998 ... later that year"
        ctx.narrative_month = (year, mon)
    elif ctx.dct:
        year = ctx.dct.year + {"last": -1, "next": 1}.get(norm(g.get("rel")), 0)
    else:
        return "DATE", f"XXXX-{mon:02d}", None
    return "DATE", timeml.month(year, mon), None


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
    ctx.tell_year(int(g["year"] or 0), s)
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
    if not rel and (first := _range_first(ctx, s)) is not None:
        year = first[0] + (1 if mon < first[1] else 0)  # "from November until March": the next
        return "DATE", timeml.month(year, mon), None
    if rel == "last":  # the latest one before this month
        year = ctx.dct.year - 1 if mon >= ctx.dct.month else ctx.dct.year
    elif rel == "next":
        year = ctx.dct.year + 1 if mon <= ctx.dct.month else ctx.dct.year
    elif rel == "this":
        year = ctx.dct.year
    else:
        side = sentence_tense(ctx.text, s, e)
        recalled = ctx.recalled_year(s) if side < 0 else None
        year = recalled or month_year(ctx.dct, mon, side)  # "In 1998 ... In March": 1998-03
    return "DATE", timeml.month(year, mon), None


# Between the two ends of a month range: "from March to June", "between October and early
# December", "from late November until mid-December".
_RANGE_GAP = re.compile(
    r"\s{0,3}(?:to|until|till|through|and|-|–)\s{0,3}(?:(?:the\s+)?(?:early|late|mid)[-\s]{0,3}"
    r"|the\s+(?:end|beginning|start|middle)\s+of\s+)?",
    re.IGNORECASE,
)


def _range_first(ctx: Context, s: int) -> tuple[int, int] | None:
    """The (year, month) of a range's first end right before the month at ``s``, else None."""
    if ctx.narrative_month is None or not 0 <= s - ctx.month_end <= 30:
        return None
    if _RANGE_GAP.fullmatch(ctx.text, ctx.month_end, s) is None:
        return None
    return ctx.narrative_month


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
