"""The archive's coded table: ``incidents.csv`` and, where pyarrow is installed, ``.parquet``.

One row per report's main incident, in archive order (each count the figure the report stands
by, with the spread of its figures agreeing with it), with the incident group it was joined to,
the group's reports and the figures they dispute. Files are written beside and renamed into place,
so a killed run never leaves half a table.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from incident_reader.archive.coding import Coded, read_coded
from incident_reader.archive.grouping import disputed_kinds, group_reports, revised_kinds
from incident_reader.core.safe_text import csv_cell

COLUMNS: tuple[str, ...] = (
    "group", "group_size", "group_reports", "report", "source", "url", "date", "time", "place",
    "killed", "killed_min", "killed_max", "injured", "injured_min", "injured_max",
    "hospitalised", "hospitalised_min", "hospitalised_max", "vehicle", "suspect", "suspect_age",
    "arrests", "arrests_min", "arrests_max", "speed", "disputed", "revised", "summary",
)  # fmt: skip
PARQUET_ROWS = 10_000


GROUP_IDS_SHOWN = 20  # a group's reports named on each row; group_size gives the rest


def incident_rows(coded: Sequence[Coded]) -> Iterator[dict[str, Any]]:
    """The coded rows of every report, with its group across the archive, one at a time."""
    groups = group_reports(coded)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(coded)):
        members[groups.find(i)].append(i)
    disputed = {root: disputed_kinds([coded[i] for i in m]) for root, m in members.items()}
    revised = {root: revised_kinds([coded[i] for i in m]) for root, m in members.items()}
    named = {root: _named(coded, m) for root, m in members.items()}
    for i, c in enumerate(coded):
        root = groups.find(i)
        row: dict[str, Any] = dict.fromkeys(COLUMNS, None)
        row.update({k: v for k, v in c.values.items() if k in row})
        row.update(c.counts)  # the figure the report stands by; the spread agreeing with it
        for column, (lo, hi) in c.spans.items():
            row[f"{column}_min"], row[f"{column}_max"] = lo, hi
        row.update({
            "group": f"a{coded[root].index}", "group_size": len(members[root]),
            "group_reports": named[root],
            "report": c.report, "source": c.source, "url": c.url,
            "disputed": ";".join(disputed[root]), "revised": ";".join(revised[root]),
            "summary": c.summary,
        })  # fmt: skip
        yield row


def _named(coded: Sequence[Coded], members: Sequence[int]) -> str:
    """The group's first reports by name (a large group names its first GROUP_IDS_SHOWN)."""
    shown = ";".join(coded[j].report for j in members[:GROUP_IDS_SHOWN])
    more = len(members) - GROUP_IDS_SHOWN
    return f"{shown};+{more} more" if more > 0 else shown


def write_tables(out: Path, reports_file: Path) -> list[Path]:
    """Write the coded table(s) from a results file; the paths written."""
    coded = list(read_coded(reports_file))
    written = [_write_csv(out / "incidents.csv", incident_rows(coded))]
    parquet = _write_parquet(out / "incidents.parquet", incident_rows(coded))
    if parquet:
        written.append(parquet)
    return written


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text (core.safe_text.csv_cell: formulas quoted, controls
    dropped); an empty value is an empty cell."""
    return "" if value is None else csv_cell(value)


def _write_csv(path: Path, rows: Iterable[dict[str, Any]]) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: safe_cell(v) for k, v in row.items()})
    os.replace(tmp, path)
    return path


def _write_parquet(path: Path, rows: Iterable[dict[str, Any]]) -> Path | None:
    """Parquet in row groups of PARQUET_ROWS, so the table is never all in memory."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return None
    ints = {c for c in COLUMNS if c.endswith(("_min", "_max")) or c == "group_size"}
    schema = pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in COLUMNS])
    tmp = path.with_name(path.name + ".tmp")
    with pq.ParquetWriter(tmp, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for r in rows:
            chunk.append({c: (r[c] if c in ints or r[c] is None else str(r[c])) for c in COLUMNS})
            if len(chunk) >= PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
        writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    os.replace(tmp, path)
    return path
