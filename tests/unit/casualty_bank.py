"""Run the casualty bank (tests/data/casualty_bank.jsonl) through the pipeline the way
``incident-reader extract --json`` does, in-process, and judge each item's three casualty kinds.

Each item is a report ``date 2024-06-15`` + its text, loaded from a file as the reader loads it,
analysed, and rendered by ``article_json``; the facts judged are those of the report's own (main)
incident, as the pairs scorer judges precision. Run ``python -m tests.unit.casualty_bank`` for
the per-kind score and the failing items.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from tests.bank_reading import Verdict, own_values, read_items
from tests.bank_reading import judge as judge_values

BANK = Path(__file__).resolve().parents[1] / "data" / "casualty_bank.jsonl"
KINDS = ("killed", "injured", "hospitalised")
DCT = "2024-06-15"


def load_bank() -> list[dict[str, Any]]:
    """The bank's items, in file order."""
    return read_items(BANK)


def _want_range(want: str) -> tuple[int | None, int | None]:
    w = want.strip().lower()
    if w == "several":
        return 3, 9
    if w == "dozens":
        return 24, None
    if m := re.fullmatch(r"(\d+)-(\d+)", w):
        return int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(r">=(\d+)", w):
        return int(m.group(1)), None
    if m := re.fullmatch(r">(\d+)", w):
        return int(m.group(1)) + 1, None
    if m := re.fullmatch(r"<=(\d+)", w):
        return None, int(m.group(1))
    raise ValueError(f"unknown bank value {want!r}")


def value_ok(want: Any, got: Any) -> bool:
    """The pairs scorer's test: an exact count as that int or a range starting there; a vague
    count as its range, a unit of slack at each end, open ends open on both sides."""
    if isinstance(want, str):
        if not isinstance(got, dict):
            return False
        lo, hi = _want_range(want)
        glo, ghi = got.get("min"), got.get("max")
        if (hi is None) != (ghi is None):
            return False
        if lo is None:  # "up to N": any floor up to one
            return (glo or 0) <= 1 and ghi is not None and hi is not None and abs(ghi - hi) <= 1
        return abs(lo - (glo or 0)) <= 1 and (hi is None or abs(hi - (ghi or 0)) <= 1)
    if isinstance(got, dict):
        lo, hi = got.get("min"), got.get("max")
        tight = lo is not None and hi is not None and lo <= want <= hi and hi - lo <= 2
        return lo == want or tight
    return isinstance(got, int) and not isinstance(got, bool) and got == want


def judge(item: dict[str, Any]) -> list[Verdict]:
    """Each kind the item does not skip: a stated count is right when every value given for it
    is right (at least one); a count the text does not state is right when none is given."""
    got = own_values(item["id"], DCT, item["text"], {k: f"casualties.{k}" for k in KINDS})
    return list(judge_values(item, got, lambda want, value, _kind: value_ok(want, value)))


def score(verdicts: list[Verdict]) -> str:
    """Per kind: right/stated and false counts where the text states none."""
    parts = []
    for kind in KINDS:
        mine = [v for v in verdicts if v.kind == kind]
        stated = [v for v in mine if v.gold is not None]
        null = [v for v in mine if v.gold is None]
        right = sum(v.outcome == "ok" for v in stated)
        false = sum(v.outcome != "ok" for v in null)
        parts.append(f"{kind} {right}/{len(stated)} false {false}/{len(null)}")
    return "; ".join(parts)


def main() -> None:
    items = load_bank()
    verdicts = [v for item in items for v in judge(item)]
    texts = {i["id"]: i["text"] for i in items}
    for v in verdicts:
        if v.outcome != "ok" and "-q" not in sys.argv:
            print(f"{v.item} {v.kind}: want {v.gold} got {list(v.got)} | {texts[v.item]}")
    print(score(verdicts))


if __name__ == "__main__":
    main()
