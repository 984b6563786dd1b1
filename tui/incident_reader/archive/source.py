"""An archive read lazily: a folder tree of report files, or a JSON-lines file of reports.

Each report becomes an ``Item`` (what a worker needs to analyse it, as plain data so it travels
to any worker); a line or file that cannot be used becomes an ``ItemError`` naming that line or file
only, and reading goes on.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from incident_reader.core.decoding import normalise_newlines
from incident_reader.core.loading import REPORT_SUFFIXES, load_file
from incident_reader.core.model import Report

JSONL_SUFFIXES = (".jsonl", ".ndjson")
_DCT = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$")
_OPTIONAL = ("dct", "url", "source")


@dataclass(frozen=True, slots=True)
class Item:
    """One report of the archive, ready to send to a worker."""

    index: int  # position in the archive (input order)
    id: str
    text: str
    sha1: str
    title: str | None = None
    dct: str | None = None
    dct_source: str = "none"  # a DctSource value; an archive line's own "dct" counts as "user"
    url: str | None = None
    source: str | None = None
    path: str = ""
    format: str = "text"

    @property
    def key(self) -> str:
        """What makes a result reusable: the report, its content and its DCT."""
        return f"{self.id}\t{self.sha1}\t{self.dct or ''}"


@dataclass(frozen=True, slots=True)
class ItemError:
    """A line or file of the archive that is not a usable report, and why (one line)."""

    index: int
    where: str  # "archive.jsonl:12" or a file path
    reason: str

    @property
    def key(self) -> str:
        return f"!{self.where}\t{self.reason}"


class ArchiveError(Exception):
    """The archive itself cannot be read (missing, not a folder or a JSON-lines file)."""


def iter_archive(path: Path) -> Iterator[Item | ItemError]:
    """Every report of the archive in a stable order, read one at a time."""
    if not path.exists():
        raise ArchiveError(f"{path}: no such file or folder")
    if path.is_dir():
        yield from _iter_folder(path)
    elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
        yield from _iter_jsonl(path)
    else:
        raise ArchiveError(f"{path}: not a folder or a .jsonl file of reports")


def count_archive(path: Path) -> int:
    """How many entries ``iter_archive`` will yield, cheaply (for the progress bar)."""
    if path.is_dir():
        return sum(1 for _ in _report_files(path))
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


def _report_files(root: Path) -> Iterator[Path]:
    """Report files under a folder, sorted, skipping saved pages' ``_files`` folders and anything
    that is not a regular file (a FIFO would hang the read)."""
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in REPORT_SUFFIXES:
            continue
        if any(part.endswith("_files") for part in path.relative_to(root).parts[:-1]):
            continue
        try:
            if stat.S_ISREG(path.stat().st_mode):
                yield path
        except OSError:
            continue


def _iter_folder(root: Path) -> Iterator[Item | ItemError]:
    for index, path in enumerate(_report_files(root)):
        rel = path.relative_to(root)
        report = load_file(path, report_id=str(rel.with_suffix("")))
        if isinstance(report, Report):
            yield item_of(index, report)
        else:
            yield ItemError(index, str(rel), report.reason)


def item_of(index: int, report: Report) -> Item:
    """The plain-data form of a loaded report."""
    return Item(
        index=index, id=report.id, text=report.text, sha1=report.sha1, title=report.title,
        dct=report.dct, dct_source=report.dct_source.value, url=report.url,
        source=report.source, path=str(report.path), format=report.format,
    )  # fmt: skip


def _iter_jsonl(path: Path) -> Iterator[Item | ItemError]:
    index = 0
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            where = f"{path.name}:{number}"
            yield parse_line(index, where, raw)
            index += 1


def parse_line(index: int, where: str, raw: bytes) -> Item | ItemError:
    """One JSON-lines entry ``{"id", "text", "dct"?, "url"?, "source"?}``, or why it is unusable."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return ItemError(index, where, "not UTF-8")
    except json.JSONDecodeError as err:
        return ItemError(index, where, f"not JSON ({err.msg})")
    if not isinstance(data, dict):
        return ItemError(index, where, "not a JSON object")
    rid, text = data.get("id"), data.get("text")
    if rid is None or (not isinstance(rid, str) and type(rid) is not int) or str(rid) == "":
        return ItemError(index, where, 'missing "id" (a string or an integer)')
    if not isinstance(text, str):
        return ItemError(index, where, 'missing "text" (a string)')
    if not text.strip():
        return ItemError(index, where, 'empty "text"')
    for field in _OPTIONAL:
        if data.get(field) is not None and not isinstance(data[field], str):
            return ItemError(index, where, f'"{field}" must be a string')
    dct = data.get("dct") or None
    if dct is not None and not _DCT.match(dct):
        return ItemError(index, where, f'"dct" {dct[:40]!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM')
    body = normalise_newlines(text)
    return Item(
        index=index, id=str(rid), text=body, sha1=hashlib.sha1(body.encode()).hexdigest(),
        dct=dct, dct_source="user" if dct else "none", url=data.get("url"),
        source=data.get("source"), path=where,
    )  # fmt: skip
