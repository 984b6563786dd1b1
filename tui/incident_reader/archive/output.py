"""The archive's coded table: ``incidents.csv`` and, where pyarrow is installed, ``.parquet``.

One row per report's main incident, in archive order, with the incident group it was joined to,
the group's reports and the figures they dispute. Files are written beside and renamed into place,
so a killed run never leaves half a table.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from incident_reader.archive.coding import Coded, read_coded
from incident_reader.archive.grouping import disputed_kinds, group_reports

COLUMNS: tuple[str, ...] = (
    "group", "group_size", "group_reports", "report", "source", "url", "date", "time", "place",
    "killed_min", "killed_max", "injured_min", "injured_max", "hospitalised_min",
    "hospitalised_max", "vehicle", "suspect", "suspect_age", "arrests_min", "arrests_max",
    "speed_mph", "disputed", "summary",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def incident_rows(coded: Sequence[Coded]) -> list[dict[str, Any]]:
    """The coded rows of every report, with its group across the archive."""
    groups = group_reports(coded)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(coded)):
        members[groups.find(i)].append(i)
    disputed = {root: disputed_kinds([coded[i] for i in m]) for root, m in members.items()}
    rows = []
    for i, c in enumerate(coded):
        root = groups.find(i)
        row: dict[str, Any] = dict.fromkeys(COLUMNS, None)
        row.update({k: v for k, v in c.values.items() if k in row})
        for column, (lo, hi) in c.spans.items():
            row[f"{column}_min"], row[f"{column}_max"] = lo, hi
        row.update({
            "group": f"a{coded[root].index}", "group_size": len(members[root]),
            "group_reports": ";".join(coded[j].report for j in members[root]),
            "report": c.report, "source": c.source, "url": c.url,
            "disputed": ";".join(disputed[root]), "summary": c.summary,
        })  # fmt: skip
        rows.append(row)
    return rows


def write_tables(out: Path, reports_file: Path) -> list[Path]:
    """Write the coded table(s) from a results file; the paths written."""
    rows = incident_rows(list(read_coded(reports_file)))
    written = [_write_csv(out / "incidents.csv", rows)]
    parquet = _write_parquet(out / "incidents.parquet", rows)
    if parquet:
        written.append(parquet)
    return written


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _write_csv(path: Path, rows: Sequence[dict[str, Any]]) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: safe_cell(v) for k, v in row.items()})
    os.replace(tmp, path)
    return path


def _write_parquet(path: Path, rows: Sequence[dict[str, Any]]) -> Path | None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return None
    ints = {c for c in COLUMNS if c.endswith(("_min", "_max")) or c == "group_size"}
    schema = pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in COLUMNS])
    table = pa.Table.from_pylist(
        [{c: (r[c] if c in ints or r[c] is None else str(r[c])) for c in COLUMNS} for r in rows],
        schema=schema,
    )
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path
