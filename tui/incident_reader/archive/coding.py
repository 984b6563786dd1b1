"""One coded row per report's main incident, read back from ``reports.jsonl`` a line at a time.

Each count is the figure the report stands by, as ``compare`` settles a report's statement (the
figure most of its mentions agree with, the most precise of them: a stale or partial figure told
once is not it), with low/high the spread of its figures that agree with it (a blank high end: an
open count); single values are the value it states most often: the ``incidents`` export's
coding, applied to one report so it stays streamable at archive scale.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from incident_reader.core.align.pairing import compare_values, final_statement
from incident_reader.core.align.values import CONFLICT
from incident_reader.core.export import value_text
from incident_reader.core.export_incidents import (
    COUNT_COLUMNS,
    SINGLE_COLUMNS,
    count_span,
    speed_cell,
)
from incident_reader.core.model import Fact

Span = tuple[int, int | None]


@dataclass(slots=True)
class Coded:
    """A report's main incident as coded values, plus what grouping needs."""

    index: int
    report: str
    source: str
    url: str
    summary: str
    values: dict[str, str] = field(default_factory=dict)  # column -> value (SINGLE_COLUMNS)
    spans: dict[str, Span] = field(default_factory=dict)  # count column -> (low, high)
    counts: dict[str, str] = field(default_factory=dict)  # count column -> its settled figure
    written: str = ""  # the report's DCT day, which orders a story's figures


def code_article(index: int, art: dict[str, Any]) -> Coded:
    """Code one ``extract --json`` article (with the archive's ``source`` and ``url``)."""
    main = next((i for i in art.get("incidents", ()) if i.get("main")), None)
    main_id = main["id"] if main else "i0"
    facts = [f for f in art.get("facts", ()) if f.get("incident") == main_id]
    coded = Coded(
        index=index, report=str(art.get("id", "")), source=art.get("source") or "",
        url=art.get("url") or "", summary=" ".join(str(art.get("title") or "").split()),
        written=str((art.get("dct") or {}).get("value") or "")[:10],
    )  # fmt: skip
    for kind, column in COUNT_COLUMNS.items():
        stated = [_fact(f) for f in facts if f["kind"] == kind and count_span(f["value"])]
        if not stated:
            continue
        final = final_statement(kind, stated, [])
        agreeing = [f for f in stated if compare_values(kind, final.value, f.value) != CONFLICT]
        spans = [s for f in agreeing if (s := count_span(f.value))]
        coded.counts[column] = value_text(final.value)
        coded.spans[column] = (
            min(lo for lo, _ in spans),
            None if any(hi is None for _, hi in spans) else max(hi or lo for lo, hi in spans),
        )
    for kind, column in SINGLE_COLUMNS.items():
        values = Counter(value_text(f["value"]) for f in facts if f["kind"] == kind)
        if values:
            value = values.most_common(1)[0][0]
            coded.values[column] = speed_cell(value) if kind == "speed" else value
    if main:
        coded.values.setdefault("date", main.get("date") or "")
        coded.values.setdefault("place", main.get("place") or "")
    return coded


def _fact(f: dict[str, Any]) -> Fact:
    """A fact of an ``extract --json`` article, as the comparison reads it."""
    start = int(f.get("start") or 0)
    end = int(f.get("end") or start)
    return Fact(f["kind"], f["value"], start, end, f.get("text") or "", f.get("incident") or "")


def read_coded(path: Path) -> Iterator[Coded]:
    """Every report of a results file, coded, in file order."""
    with path.open("rb") as f:
        for index, line in enumerate(f):
            if line.strip():
                yield code_article(index, orjson.loads(line))
