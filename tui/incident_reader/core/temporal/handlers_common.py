"""Shared pieces of the normalisers: result types and number, unit and month look-ups."""

from __future__ import annotations

import re
from collections.abc import Callable

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal.anchoring import Context

Groups = dict[str, str | None]
Found = tuple[str, str, str | None]  # (type, value, mod)
Handler = Callable[[Groups, Context, int, int], Found | None]
_SPACES = re.compile(r"\s+")


def norm(word: str | None) -> str:
    """Lower-case a matched word and squeeze its inner spaces, for table look-ups."""
    low = (word or "").lower().replace("’", "'")
    if low.isalnum():  # one word (most calls): no space to squeeze
        return low
    return _SPACES.sub(" ", low).strip(". ")


def number(word: str | None) -> float | None:
    """The amount a number word or numeral stands for ("two", "5 1/2", "twenty-one")."""
    w = norm(word).replace("-", " ")
    if not w:
        return None
    half = 0.5 if w.endswith(("and a half", "1/2", "½")) else 0.0
    w = w.removesuffix("and a half").removesuffix("1/2").removesuffix("½").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    if w in lx.NUMBER_WORDS:
        return float(lx.NUMBER_WORDS[w]) + half
    parts = w.split()
    if len(parts) == 2 and parts[0] in lx.NUMBER_WORDS and parts[1] in lx.NUMBER_WORDS:
        if parts[1] in _MULTIPLIERS:  # "two hundred"
            return float(lx.NUMBER_WORDS[parts[0]] * _MULTIPLIERS[parts[1]]) + half
        return float(lx.NUMBER_WORDS[parts[0]] + lx.NUMBER_WORDS[parts[1]]) + half
    if any(p in _MULTIPLIERS for p in parts):
        return _compound(parts, half)
    return None


_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def _compound(parts: list[str], half: float) -> float | None:
    """A number in words with hundreds or thousands ("one hundred and fifty", "a thousand")."""
    total = current = 0.0
    for p in parts:
        if p == "and":
            continue
        if p in _MULTIPLIERS:
            current = (current or 1) * _MULTIPLIERS[p]
            if p == "thousand":
                total, current = total + current, 0.0
        elif p in lx.NUMBER_WORDS and p not in ("hundred", "a hundred"):
            current += lx.NUMBER_WORDS[p]
        else:
            return None
    return total + current + half


def unit_of(word: str | None) -> tuple[str, bool]:
    """The TIMEX3 unit letter for a unit word in singular or plural."""
    w = norm(word)
    if w.endswith("centuries"):
        w = "century"
    w = w.removesuffix("s") if w.removesuffix("s") in lx.UNITS else w
    return lx.UNITS.get(w, ("D", False))


def month_num(g: Groups) -> int:
    """The month of a match, from a month name or a number."""
    if g.get("monnum"):
        return int(g["monnum"] or 0)
    return lx.MONTHS[norm(g.get("mon")).rstrip(".")]
