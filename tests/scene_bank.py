"""The scene bank (tests/data/scene_bank.jsonl): invented report fragments, each with the place,
date and time of its own incident, read through the pipeline as ``extract --json`` reads a file.

Values are judged as the shared pairs scorer judges them (``pairs_score.value_ok``): strings
case- and punctuation-blind, one containing the other, or sharing enough named words; a clock by
its ``HH:MM``. A kind is right for an item when the gold is null and the report's own incident has
no fact of that kind, or the gold is a value and every such fact has it.
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

BANK = Path(__file__).resolve().parent / "data" / "scene_bank.jsonl"
KINDS = {"place": "incident.place", "date": "incident.date", "time": "incident.time"}
GENERIC = frozenset(
    "the a an of in at on near outside street road bridge park centre center town city car van "
    "vehicle saloon and".split()
)


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


def _report(item: dict[str, Any]) -> Report:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{item['id']}.txt"
        path.write_text(f"date {item['dct']}\n{item['text']}\n", encoding="utf-8")
        report = load_file(path)
    assert isinstance(report, Report), report
    return report


def own_facts(item: dict[str, Any]) -> dict[str, list[Any]]:
    """The values of the report's own incident's place, date and time facts, by bank field."""
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
    """The item's verdict for each of place, date and time."""
    got = own_facts(item)
    for field, kind in KINDS.items():
        gold, values = item[field], tuple(got[field])
        if gold is None:
            outcome = "false" if values else "ok"
        elif not values:
            outcome = "miss"
        else:
            outcome = "ok" if all(value_ok(gold, v, kind) for v in values) else "wrong"
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
                print(f"{v.item} {v.kind:5} {v.outcome:5} gold={v.gold!r} got={list(v.got)!r}")
    for kind, c in score(found).items():
        rest = " ".join(f"{k}={c[k]}" for k in sorted(c) if k != "ok")
        print(f"{kind}: {c.get('ok', 0)}/{sum(c.values())} ok  {rest}")


if __name__ == "__main__":
    import sys

    main("-q" in sys.argv)
