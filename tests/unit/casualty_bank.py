"""Run the casualty bank (tests/data/casualty_bank.jsonl) through the pipeline the way
``incident-reader extract --json`` does, in-process, and judge each item's three casualty kinds.

Each item is a report ``date 2024-06-15`` + its text, loaded by the loader's own text path,
analysed, and rendered by ``article_json``; the facts judged are those of the report's own (main)
incident, as the pairs scorer judges precision. Run ``python -m tests.unit.casualty_bank`` for
the per-kind score and the failing items.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from incident_reader.core.analysis import analyse
from incident_reader.core.export import article_json
from incident_reader.core.loading import _report_from_text

BANK = Path(__file__).resolve().parents[1] / "data" / "casualty_bank.jsonl"
KINDS = ("killed", "injured", "hospitalised")
DCT = "2024-06-15"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One item's judgement for one kind: ``ok`` or the reason it failed."""

    item: str
    kind: str
    want: Any
    got: tuple[Any, ...]
    ok: bool


def load_bank() -> list[dict[str, Any]]:
    """The bank's items, in file order."""
    return [json.loads(line) for line in BANK.read_text(encoding="utf-8").splitlines() if line]


def own_casualties(text: str) -> dict[str, list[Any]]:
    """The values of each casualty kind the report's own incident is given, in text order."""
    raw = f"date {DCT}\n{text}\n"
    report = _report_from_text(Path("bank.txt"), raw, "text", "0", "bank")
    doc = article_json(analyse(report))
    main = {i.get("id") for i in doc["incidents"] if i.get("main")}
    # a figure the report revises itself is an internal conflict: only the one that stands counts
    superseded = {
        n
        for c in doc["internal_conflicts"]
        for n in c.get("facts", ())
        if c.get("stands") is not None and n != c["stands"]
    }
    out: dict[str, list[Any]] = {k: [] for k in KINDS}
    facts = [f for n, f in enumerate(doc["facts"]) if n not in superseded]
    for f in sorted(facts, key=lambda f: f.get("start", 0)):
        kind = str(f.get("kind", ""))
        if not kind.startswith("casualties.") or (main and f.get("incident") not in main):
            continue
        out.setdefault(kind.split(".", 1)[1], []).append(f.get("value"))
    return out


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
    found = own_casualties(item["text"])
    out = []
    for kind in KINDS:
        if kind in item.get("skip", ()):
            continue
        want, got = item[kind], tuple(found.get(kind, ()))
        ok = not got if want is None else bool(got) and all(value_ok(want, g) for g in got)
        out.append(Verdict(item["id"], kind, want, got, ok))
    return out


def score(verdicts: list[Verdict]) -> str:
    """Per kind: right/stated and false counts where the text states none."""
    parts = []
    for kind in KINDS:
        mine = [v for v in verdicts if v.kind == kind]
        stated = [v for v in mine if v.want is not None]
        null = [v for v in mine if v.want is None]
        right = sum(v.ok for v in stated)
        false = sum(not v.ok for v in null)
        parts.append(f"{kind} {right}/{len(stated)} false {false}/{len(null)}")
    return "; ".join(parts)


def main() -> None:
    items = load_bank()
    verdicts = [v for item in items for v in judge(item)]
    texts = {i["id"]: i["text"] for i in items}
    for v in verdicts:
        if not v.ok and "-q" not in sys.argv:
            print(f"{v.item} {v.kind}: want {v.want} got {list(v.got)} | {texts[v.item]}")
    print(score(verdicts))


if __name__ == "__main__":
    main()
