"""What a worker does with one batch: analyse each report with the pure core, one JSON line each.

A module-level function of plain data in and plain data out, so Dask and a process pool can both
send it to another process (or machine) by reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from incident_reader.archive.source import Item
from incident_reader.core.model import DctSource, Report

_warm = False


def analyse_batch(items: Sequence[Item]) -> list[tuple[int, bool, bytes]]:
    """(index, ok, JSON line) per item: the report's ``extract --json`` article, or an error."""
    global _warm
    import orjson

    from incident_reader.core import analysis

    if not _warm:  # compile every rule once per worker, not once per report
        analysis.warm_up()
        _warm = True
    out: list[tuple[int, bool, bytes]] = []
    for item in items:
        try:
            line = orjson.dumps(_article(analysis.analyse(report_of(item)), item))
            out.append((item.index, True, line))
        except Exception as err:  # one bad report never stops the run: it is listed instead
            reason = f"{type(err).__name__}: {err}"[:300]
            out.append((item.index, False, orjson.dumps(error_record(item, reason))))
    return out


def report_of(item: Item) -> Report:
    """The core's Report for an archive item."""
    return Report(
        id=item.id, path=Path(item.path or item.id), title=item.title or _title(item.text),
        text=item.text, dct=item.dct, dct_source=DctSource(item.dct_source), sha1=item.sha1,
        format=item.format, source=item.source, url=item.url,
    )  # fmt: skip


def error_record(item: Item, reason: str) -> dict[str, Any]:
    """An ``errors.jsonl`` line for a report that could not be analysed."""
    return {"key": item.key, "index": item.index, "id": item.id, "where": item.path,
            "reason": reason}  # fmt: skip


def _article(analysis: Any, item: Item) -> dict[str, Any]:
    from incident_reader.core.export import article_json

    # The key first: a resumed run reads only the start of each line.
    head = {"key": item.key, "sha1": item.sha1, "source": item.source, "url": item.url}
    return head | article_json(analysis)


def _title(text: str) -> str:
    from incident_reader.core.loading import first_sentence

    return first_sentence(text) or text[:80]
