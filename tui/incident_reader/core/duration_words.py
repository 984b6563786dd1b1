"""A TIMEX3 duration in words ('P2Y8M' -> '2 years 8 months'): the reader and the exports show
durations the same way, so this lives once, in the core that both of them read."""

from __future__ import annotations

import re

UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "TM": "minute",
         "S": "second", "DE": "decade", "CE": "century"}  # fmt: skip
# Pattern texts, compiled on first use through re's own cache: the reader's start-up shows no
# duration (they come with the analyses) and compiled them for nothing (1.5M instructions).
_ONE = r"^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])$"
_COMPOUND = r"^P(?=T?\d)(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?$"  # "P2Y8M", "PT1H40M"


def duration_words(value: str) -> str | None:
    """'P3D' -> '3 days', 'PT1H40M' -> '1 hour 40 minutes', 'PXY' -> 'some years'; None when
    ``value`` is no duration.
    """
    if not value.startswith("P"):  # both patterns open with it: dates and times end here
        return None
    if re.match(_COMPOUND, value) and not re.match(_ONE, value):
        day, _, clock = value[1:].partition("T")
        units = [f"P{n}" for n in re.findall(r"\d+[YMWD]", day)]
        units += [f"PT{n}" for n in re.findall(r"\d+[HMS]", clock)]
        return " ".join(duration_words(u) or u for u in units)
    if m := re.match(_ONE, value):
        amount, unit = m[2], ("TM" if m[1] and m[3] == "M" else m[3])
        name = UNITS.get(unit, unit)
        if amount == "X":
            return f"some {name}s"
        return f"{amount} {name}" + ("" if amount == "1" else "s")
    return None
