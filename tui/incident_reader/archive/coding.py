"""One coded row per report's main incident, read back from ``reports.jsonl`` a line at a time.

Counts are coded as low/high (the lowest and highest figure the report states for its own
incident), single values as the value it states most often: the ``incidents`` export's coding,
applied to one report so it stays streamable at archive scale.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from incident_reader.core.export import value_text
from incident_reader.core.export_incidents import (
    COUNT_COLUMNS,
    SINGLE_COLUMNS,
    count_span,
    speed_cell,
)

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


def code_article(index: int, art: dict[str, Any]) -> Coded:
    """Code one ``extract --json`` article (with the archive's ``source`` and ``url``)."""
    main = next((i for i in art.get("incidents", ()) if i.get("main")), None)
    main_id = main["id"] if main else "i0"
    facts = [f for f in art.get("facts", ()) if f.get("incident") == main_id]
    coded = Coded(
        index=index, report=str(art.get("id", "")), source=art.get("source") or "",
        url=art.get("url") or "", summary=" ".join(str(art.get("title") or "").split()),
    )  # fmt: skip
    for kind, column in COUNT_COLUMNS.items():
        spans = [s for f in facts if f["kind"] == kind and (s := count_span(f["value"]))]
        if spans:
            coded.spans[column] = (
                min(lo for lo, _ in spans),
                max(max(lo, hi or lo) for lo, hi in spans),
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


def read_coded(path: Path) -> Iterator[Coded]:
    """Every report of a results file, coded, in file order."""
    with path.open("rb") as f:
        for index, line in enumerate(f):
            if line.strip():
                yield code_article(index, orjson.loads(line))
