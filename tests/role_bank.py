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

import json
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from incident_reader.core.analysis import analyse
from incident_reader.core.export import article_json
from incident_reader.core.loading import load_file
from incident_reader.core.model import Report

BANK = Path(__file__).resolve().parent / "data" / "role_bank.jsonl"
KINDS = {"arrests": "arrests", "suspect_name": "suspect.name", "suspect_age": "suspect.age"}
BANDS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


@dataclass(frozen=True)
class Verdict:
    """One item's reading of one kind: ``ok``, ``miss`` (no fact), ``false`` (a fact where the
    gold has none) or ``wrong`` (a fact with another value)."""

    item: str
    kind: str
    outcome: str
    gold: Any
    got: tuple[Any, ...]


def items() -> list[dict[str, Any]]:
    """The bank's items in file order."""
    return [json.loads(line) for line in BANK.read_text(encoding="utf-8").splitlines() if line]


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


def _report(item: dict[str, Any]) -> Report:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{item['id']}.txt"
        path.write_text(f"date {item['dct']}\n{item['text']}\n", encoding="utf-8")
        report = load_file(path)
    assert isinstance(report, Report), report
    return report


def own_facts(item: dict[str, Any]) -> dict[str, list[Any]]:
    """The values of the report's own incident's arrests and suspect facts, by bank field."""
    article = article_json(analyse(_report(item)))
    main = {i.get("id") for i in article["incidents"] if i.get("main")}
    out: dict[str, list[Any]] = {field: [] for field in KINDS}
    for fact in article["facts"]:
        if main and fact.get("incident") not in main:
            continue
        for field, kind in KINDS.items():
            if fact["kind"] == kind:
                out[field].append(fact["value"])
    return out


def verdicts(item: dict[str, Any]) -> Iterator[Verdict]:
    """The item's verdict for each of arrests, suspect name and suspect age."""
    got = own_facts(item)
    for field in KINDS:
        gold, values = item[field], tuple(got[field])
        if gold is None:
            outcome = "false" if values else "ok"
        elif not values:
            outcome = "miss"
        else:
            outcome = "ok" if all(value_ok(gold, v) for v in values) else "wrong"
        yield Verdict(item["id"], field, outcome, gold, values)


def score(all_verdicts: list[Verdict]) -> dict[str, dict[str, int]]:
    """Counts of each outcome per kind."""
    counts: dict[str, dict[str, int]] = {f: {} for f in KINDS}
    for v in all_verdicts:
        counts[v.kind][v.outcome] = counts[v.kind].get(v.outcome, 0) + 1
    return counts


def main(quiet: bool) -> None:
    """Print each failing reading (unless quiet) and the counts per kind."""
    found: list[Verdict] = []
    for item in items():
        for v in verdicts(item):
            found.append(v)
            if v.outcome != "ok" and not quiet:
                print(f"{v.item} {v.kind:11} {v.outcome:5} gold={v.gold!r} got={list(v.got)!r}")
    for kind, c in score(found).items():
        rest = " ".join(f"{k}={c[k]}" for k in sorted(c) if k != "ok")
        print(f"{kind}: {c.get('ok', 0)}/{sum(c.values())} ok  {rest}")


if __name__ == "__main__":
    import sys

    main("-q" in sys.argv)
