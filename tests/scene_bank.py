"""The scene bank (tests/data/scene_bank.jsonl): invented report fragments, each with the place,
date and time of its own incident, read through the pipeline as ``extract --json`` reads a file.

Values are judged as the shared pairs scorer judges them (``pairs_score.value_ok``): strings
case- and punctuation-blind, one containing the other, or sharing enough named words; a clock by
its ``HH:MM``. A kind is right for an item when the gold is null and the report's own incident has
no fact of that kind, or the gold is a value and every such fact has it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.bank_reading import Verdict, judge, own_values, print_scores, read_items

BANK = Path(__file__).resolve().parent / "data" / "scene_bank.jsonl"
KINDS = {"place": "incident.place", "date": "incident.date", "time": "incident.time"}
GENERIC = frozenset(
    "the a an of in at on near outside street road bridge park centre center town city car van "
    "vehicle saloon and".split()
)


def items() -> list[dict[str, Any]]:
    """The bank's items in file order."""
    return read_items(BANK)


def _norm(v: Any) -> str:
    return re.sub(r"[^a-z0-9 ]", "", str(v).lower()).strip()


def value_ok(gold: Any, got: Any, kind: str) -> bool:
    """The shared scorer's value test for the string and clock kinds."""
    if str(gold) == "24:00":
        gold = "00:00"
    if re.fullmatch(r"\d\d:\d\d", str(gold)):
        return str(got)[-5:] == str(gold) or str(got).endswith("T" + str(gold))
    g, s = _norm(gold), _norm(got)
    if not g:
        return False
    if g == s or g in s or s in g:
        return True
    gt, st = set(g.split()) - GENERIC, set(s.split()) - GENERIC
    if gt and st and len(gt & st) / len(gt | st) >= 0.5:
        return True
    return kind == "incident.place" and any(len(t) >= 4 for t in gt & st)


def verdicts(item: dict[str, Any]) -> Iterator[Verdict]:
    """The item's verdict for each of place, date and time."""
    got = own_values(item["id"], item["dct"], item["text"], KINDS)
    return judge(item, got, lambda gold, value, field: value_ok(gold, value, KINDS[field]))


if __name__ == "__main__":
    import sys

    print_scores([v for item in items() for v in verdicts(item)], KINDS, "-q" in sys.argv)
