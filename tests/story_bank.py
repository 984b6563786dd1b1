"""The story bank (tests/data/story_bank.jsonl): invented whole short reports (4 to 8 sentences)
written before the rules were read, each with the place, date, time, casualty counts, arrests and
suspect of its own incident. Where the scene, role and casualty banks test one wording, these
test what a report does across its sentences: several times, days, places and aged people
competing with the incident's own, figures split, summed or revised, and suspects named later or
known by a role.

Each kind is judged with the value test of the bank that owns it (``tests.scene_bank``,
``tests.role_bank``, ``tests.unit.casualty_bank``), which mirror the shared pairs scorer. A kind is
right for an item when the gold is null and the report's own incident has no fact of that kind, or
the gold is a value and every such fact has it.
Run ``python -m tests.story_bank`` (``-q`` for the counts only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests import role_bank, scene_bank
from tests.bank_reading import Verdict, judge, own_values, print_scores, read_items
from tests.unit import casualty_bank

BANK = Path(__file__).resolve().parent / "data" / "story_bank.jsonl"
KINDS = {
    **scene_bank.KINDS,
    **{k: f"casualties.{k}" for k in casualty_bank.KINDS},
    **role_bank.KINDS,
}


def _scene(gold: Any, got: Any, field: str) -> bool:
    return scene_bank.value_ok(gold, got, scene_bank.KINDS[field])


def _count(gold: Any, got: Any, _field: str) -> bool:
    return casualty_bank.value_ok(gold, got)


def _role(gold: Any, got: Any, _field: str) -> bool:
    return role_bank.value_ok(gold, got)


VALUE_OK: dict[str, Callable[[Any, Any, str], bool]] = {
    **dict.fromkeys(scene_bank.KINDS, _scene),
    **dict.fromkeys(casualty_bank.KINDS, _count),
    **dict.fromkeys(role_bank.KINDS, _role),
}


def items() -> list[dict[str, Any]]:
    """The bank's items in file order."""
    return read_items(BANK)


def verdicts(item: dict[str, Any]) -> Iterator[Verdict]:
    """The item's verdict for each of its nine kinds, from one reading of the report."""
    got = own_values(item["id"], item["dct"], item["text"], KINDS)
    return judge(item, got, lambda gold, value, field: VALUE_OK[field](gold, value, field))


if __name__ == "__main__":
    import sys

    print_scores([v for item in items() for v in verdicts(item)], KINDS, "-q" in sys.argv)
