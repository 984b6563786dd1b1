"""Export from the reader: the open folder written by `incident-reader export` itself.

The reader runs the CLI's own ``export`` command (its ``run``, in a thread worker) with the
arguments a user would type, so the file is byte for byte what the command line writes; its
one-line messages (stderr) become the reader's notice.
"""

from __future__ import annotations

import argparse
import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

from textual.message import Message

from incident_reader.core.model import Corpus
from incident_reader.core.store import corpus_folder

# format -> (file name suffix, extension) of the file written by default
DEFAULT_NAMES: dict[str, tuple[str, str]] = {
    "json": ("export", "json"),
    "csv": ("export", "csv"),
    "md": ("export", "md"),
    "timelinejs": ("timelinejs", "json"),
    "incidents": ("incidents", "csv"),
}
FORMATS: tuple[str, ...] = tuple(DEFAULT_NAMES)
# The command's option as the export dialog names it (its messages are the reader's notices).
READER_WORDS = "“Only the items marked verified”"


def export_folder(corpus: Corpus) -> Path:
    """The folder exports go to unless the user says: beside the corpus folder, in its parent
    (not the folder itself, whose .md files the reader would take for a new report; not the
    working folder, which is wherever the reader happened to be started)."""
    folder = corpus_folder(corpus).resolve()
    return folder.parent if folder.parent != folder else folder


def default_target(corpus: Corpus, export_format: str, where: Path | None = None) -> Path:
    """Where an export goes unless the user says: beside the corpus folder (``export_folder``),
    named after it ("westminster-export.json")."""
    name = corpus_folder(corpus).resolve().name or "reports"
    suffix, extension = DEFAULT_NAMES[export_format]
    return (where or export_folder(corpus)) / f"{name}-{suffix}.{extension}"


def export_arguments(
    corpus: Corpus, export_format: str, target: Path, verified_only: bool, db: Path | None
) -> argparse.Namespace:
    """The arguments `incident-reader export` would get for this folder, format and file."""
    paths = [str(corpus.root)] if corpus.root is not None else [str(r.path) for r in corpus.reports]
    return argparse.Namespace(
        paths=paths,
        format=export_format,
        verified_only=verified_only,
        output=str(target),
        db=str(db) if db is not None else None,
        no_bom=False,
        force=False,  # a file that is not an earlier export of the format is refused, as -o does
    )


@dataclass
class ExportDone(Message):
    """An export finished: the file written, or the command's one-line error."""

    target: Path
    error: str | None
    notes: str


def run_export(arguments: argparse.Namespace) -> tuple[int, str]:
    """Run the CLI's export with ``arguments``; its exit status and what it said on stderr."""
    from incident_reader.cli.export import run  # the pipeline and exporters load on first use

    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        status = run(arguments)
    return status, said.getvalue().strip()


def export_message(arguments: argparse.Namespace) -> ExportDone:
    """Run the export and describe the outcome as a message for the app."""
    target = Path(arguments.output)
    try:
        status, said = run_export(arguments)
    except Exception as err:  # noqa: BLE001 - a failed export is a notice, never a crash
        return ExportDone(target, f"export failed: {err}", "")
    lines = [line.removeprefix("incident-reader: ") for line in said.splitlines() if line]
    if status != 0:
        error = next((line for line in reversed(lines) if line), f"export exited {status}")
        error = error.removeprefix("error: ").replace("--verified-only", READER_WORDS)
        return ExportDone(target, error, "")
    return ExportDone(target, None, "; ".join(lines))
