"""The role bank (tests/data/role_bank.jsonl): invented report fragments, each with the arrests,
suspect's name and suspect's age of its own incident, read through the pipeline as
``extract --json`` reads a file (a ``date`` line, then the body).

Values are judged as the shared pairs scorer judges them (``pairs_score.value_ok``): counts and
ages as ints, the README's vague counts and age bands (``several``, ``>20``, ``30-40``,
``late 20s``) as ranges give or take one at each end, an exact figure read as a range only when
the range starts there; names case- and punctuation-blind, one containing the other, or sharing
half their words. A kind is right for an item when the gold is null and the report's own incident
has no fact of that kind, or the gold is a value and every such fact has it.
Run ``python -m tests.role_bank`` (``-q`` for the counts only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.bank_reading import Verdict, judge, own_values, print_scores, read_items

BANK = Path(__file__).resolve().parent / "data" / "role_bank.jsonl"
KINDS = {"arrests": "arrests", "suspect_name": "suspect.name", "suspect_age": "suspect.age"}
BANDS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def items() -> list[dict[str, Any]]:
    """The bank's items in file order."""
    return read_items(BANK)


def _norm(v: Any) -> str:
    return re.sub(r"[^a-z0-9 ]", "", str(v).lower()).strip()


def gold_range(gold: Any) -> tuple[int | None, int | None] | None:
    """The README's notation for a vague count or an age band as (min, max); None if exact."""
    if not isinstance(gold, str):
        return None
    g = gold.strip().lower()
    if g == "several":
        return (3, 9)
    if g == "dozens":
        return (24, None)
    if m := re.fullmatch(r"(\d+)\s*-\s*(\d+)", g):
        return (int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r">=\s*(\d+)", g):
        return (int(m.group(1)), None)
    if m := re.fullmatch(r">\s*(\d+)", g):
        return (int(m.group(1)) + 1, None)
    if m := re.fullmatch(r"(?:(early|mid|late)\s+)?(\d)0s", g):
        lo, hi = BANDS[m.group(1)] if m.group(1) else (0, 9)
        return (int(m.group(2)) * 10 + lo, int(m.group(2)) * 10 + hi)
    return None


def _ranges_agree(g: tuple[int | None, int | None], lo: Any, hi: Any) -> bool:
    if (g[1] is None) != (hi is None):
        return False
    return abs((g[0] or 0) - (lo or 0)) <= 1 and (g[1] is None or abs(g[1] - hi) <= 1)


def value_ok(gold: Any, got: Any) -> bool:
    """The shared scorer's value test for counts, ages and names."""
    band = gold_range(gold)
    if band is not None:
        return isinstance(got, dict) and _ranges_agree(band, got.get("min"), got.get("max"))
    if isinstance(got, dict):
        lo, hi = got.get("min"), got.get("max")
        if isinstance(gold, int):
            return lo == gold or (lo is not None and hi is not None and lo <= gold <= hi <= lo + 2)
        return False
    if isinstance(gold, int):
        try:
            return int(got) == gold
        except (TypeError, ValueError):
            return False
    g, s = _norm(gold), _norm(got)
    if not g:
        return False
    if g == s or g in s or s in g:
        return True
    gt, st = set(g.split()), set(s.split())
    return bool(gt and st and len(gt & st) / len(gt | st) >= 0.5)


def verdicts(item: dict[str, Any]) -> Iterator[Verdict]:
    """The item's verdict for each of arrests, suspect name and suspect age."""
    got = own_values(item["id"], item["dct"], item["text"], KINDS)
    return judge(item, got, lambda gold, value, _field: value_ok(gold, value))


if __name__ == "__main__":
    import sys

    print_scores([v for item in items() for v in verdicts(item)], KINDS, "-q" in sys.argv)
