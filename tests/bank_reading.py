"""What the three banks of invented wordings share (tests/data/*_bank.jsonl): reading the items,
reading one item through the pipeline as ``extract --json`` reads a file, and counting verdicts.
Each bank's module keeps only its own kinds and its own value test (which mirrors the shared pairs
scorer's for those kinds)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from incident_reader.core.analysis import analyse
from incident_reader.core.export import article_json
from incident_reader.core.loading import load_file
from incident_reader.core.model import Report


@dataclass(frozen=True)
class Verdict:
    """One item's reading of one kind: ``ok``, ``miss`` (no fact), ``false`` (a fact where the
    gold has none) or ``wrong`` (a fact with another value)."""

    item: str
    kind: str
    outcome: str
    gold: Any
    got: tuple[Any, ...]


def read_items(bank: Path) -> list[dict[str, Any]]:
    """A bank's items in file order."""
    return [json.loads(line) for line in bank.read_text(encoding="utf-8").splitlines() if line]


def _report(item_id: str, dct: str, text: str) -> Report:
    """The item as a report file (a ``date`` line, then the body), loaded as the reader loads."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{item_id}.txt"
        path.write_text(f"date {dct}\n{text}\n", encoding="utf-8")
        report = load_file(path)
    assert isinstance(report, Report), report
    return report


def own_values(item_id: str, dct: str, text: str, kinds: Mapping[str, str]) -> dict[str, list]:
    """The values the report's own (main) incident is given for each bank field (``kinds`` maps
    a field to a fact kind), in text order. A figure the report revises itself counts only as
    the one it stands by, as the pairs scorer judges an internal conflict."""
    article = article_json(analyse(_report(item_id, dct, text)))
    main = {i.get("id") for i in article["incidents"] if i.get("main")}
    superseded = {
        n
        for c in article["internal_conflicts"]
        for n in c.get("facts", ())
        if c.get("stands") is not None and n != c["stands"]
    }
    by_kind = {kind: field for field, kind in kinds.items()}
    out: dict[str, list[Any]] = {field: [] for field in kinds}
    facts = [f for n, f in enumerate(article["facts"]) if n not in superseded]
    for fact in sorted(facts, key=lambda f: f.get("start", 0)):
        field = by_kind.get(str(fact.get("kind", "")))
        if field is not None and (not main or fact.get("incident") in main):
            out[field].append(fact.get("value"))
    return out


def judge(
    item: dict[str, Any], got: Mapping[str, list[Any]], value_ok: Callable[[Any, Any, str], bool]
) -> Iterator[Verdict]:
    """The item's verdict for each field it does not skip: right when the gold is null and no
    fact is given, or the gold is a value and every fact given has it (at least one)."""
    for field, values in got.items():
        if field in item.get("skip", ()):
            continue
        gold = item[field]
        if gold is None:
            outcome = "false" if values else "ok"
        elif not values:
            outcome = "miss"
        else:
            outcome = "ok" if all(value_ok(gold, v, field) for v in values) else "wrong"
        yield Verdict(item["id"], field, outcome, gold, tuple(values))


def count_outcomes(verdicts: Iterable[Verdict], fields: Iterable[str]) -> dict[str, dict]:
    """Counts of each outcome per field."""
    counts: dict[str, dict[str, int]] = {f: {} for f in fields}
    for v in verdicts:
        counts[v.kind][v.outcome] = counts[v.kind].get(v.outcome, 0) + 1
    return counts


def print_scores(verdicts: list[Verdict], fields: Iterable[str], quiet: bool) -> None:
    """Each failing reading (unless quiet), then ``ok/all`` and the other outcomes per field."""
    if not quiet:
        for v in verdicts:
            if v.outcome != "ok":
                print(f"{v.item} {v.kind:12} {v.outcome:5} gold={v.gold!r} got={list(v.got)!r}")
    for field, c in count_outcomes(verdicts, fields).items():
        rest = " ".join(f"{k}={c[k]}" for k in sorted(c) if k != "ok")
        print(f"{field}: {c.get('ok', 0)}/{sum(c.values())} ok  {rest}")


def strict_findings(
    item: dict[str, Any],
    verdicts: Iterable[Verdict],
    known_miss: Mapping[tuple[str, str], str],
    fields: Iterable[str],
) -> tuple[str, list[tuple[str, str]]]:
    """What a strict bank test fails on for one item: a description of the readings that fail
    and are no known miss (empty when none), and the known misses of the item that now pass."""
    failing = [v for v in verdicts if v.outcome != "ok"]
    unexpected = [v for v in failing if (v.item, v.kind) not in known_miss]
    now_right = [
        (item["id"], field)
        for field in fields
        if (item["id"], field) in known_miss and not any(v.kind == field for v in failing)
    ]
    if not unexpected:
        return "", now_right
    lines = [f"{v.kind}: {v.outcome}, gold {v.gold!r}, got {list(v.got)!r}" for v in unexpected]
    return f"{item['id']} ({item['note']}): {item['text']}\n" + "\n".join(lines), now_right
