"""TIMEX3 value formatting and validation, so every value the tagger emits is well formed."""

from __future__ import annotations

import re
from datetime import date

TYPES: frozenset[str] = frozenset({"DATE", "TIME", "DURATION", "SET"})
MODS: frozenset[str] = frozenset(
    {
        "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
    }
)  # fmt: skip

_Y = r"(?:\d{4}|\d{3}|\d{2}|XXXX|\d{2}XX|\d{3}X)"
_DATE = (
    rf"{_Y}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{1,2}}|XX)(?:-(?:[1-7]|WE))?"
    r"|-(?:Q[1-4X]|H[12]|SP|SU|FA|WI))?"
)
_TIME = r"T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|MI|AF|EV|NI|DT|XX(?::XX)?)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DUR = (
    rf"P(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|E|C|L|WE|SU|WI|SP|FA|X))+(?:T(?:{_AMOUNT}[HMS])+)?"
    rf"|PT(?:{_AMOUNT}[HMS])+"
)
VALUE_RE = re.compile(rf"(?:PRESENT_REF|PAST_REF|FUTURE_REF|{_DATE}(?:{_TIME})?|{_DUR})")


def is_valid(value: str) -> bool:
    """True when ``value`` is a well-formed TIMEX3 value (the forms this tagger can emit)."""
    return VALUE_RE.fullmatch(value) is not None


def day(d: date) -> str:
    """A calendar day as ``YYYY-MM-DD``."""
    return d.isoformat()


def month(year: int, mon: int) -> str:
    """A month as ``YYYY-MM``."""
    return f"{year:04d}-{mon:02d}"


def week(d: date) -> str:
    """The ISO week containing ``d`` as ``YYYY-Wnn``."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def clock(d: str, hour: int, minute: int) -> str:
    """A date (or ``XXXX-XX-XX``) with a clock time, ``24:00`` allowed for midnight."""
    return f"{d}T{hour:02d}:{minute:02d}"


def number(n: float) -> str:
    """A duration amount without a trailing ``.0``."""
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration(amount: float | None, unit: str, time_unit: bool) -> str:
    """A duration value like ``P3Y``, ``PT2H`` or ``PXD`` (``None`` amount is unknown)."""
    amt = "X" if amount is None else number(amount)
    if unit == "W2":  # fortnight
        amt, unit = ("X" if amount is None else number(2 * amount)), "W"
    if unit == "M6":  # semester
        amt, unit = ("X" if amount is None else number(6 * amount)), "M"
    if unit == "DE" and amount is not None:
        return f"P{number(10 * amount)}Y"
    if unit == "CE" and amount is not None:
        return f"P{number(100 * amount)}Y"
    if unit == "DE":
        return "PXY"  # "decades": years, as a counted decade is ("a decade" P10Y)
    if unit == "CE":
        return "PXCE"
    smaller = {"Y": ("M", 12), "W": ("D", 7)}.get(unit)
    if not time_unit and smaller and amount is not None and not float(amount).is_integer():
        whole, rest = int(amount), round((amount - int(amount)) * smaller[1])
        return f"P{whole}{unit}{rest}{smaller[0]}" if whole else f"P{rest}{smaller[0]}"
    if time_unit and amount is not None and not float(amount).is_integer():
        whole = int(amount)
        sub = {"H": ("M", 60), "M": ("S", 60)}.get(unit)
        if sub:
            rest = round((amount - whole) * sub[1])
            return f"PT{whole}{unit}{rest}{sub[0]}" if whole else f"PT{rest}{sub[0]}"
    return f"PT{amt}{unit}" if time_unit else f"P{amt}{unit}"
