"""Shared by the reliability tests: a copy of the seeds and a way to run Python in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PARAGRAPH = "Editor's note: this report has been revised as the story developed.\n\n"


def copy_seeds(tmp_path: Path) -> Path:
    """A fresh copy of seeds/ that a test may mark, edit and break."""
    corpus = tmp_path / "corpus"
    # A marks database someone's reader left in seeds/ is not part of the seeds.
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".incident-reader.db*"))
    return corpus


def python(
    code: str, *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (a separate process, as a second reader would be)."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})},
    )  # fmt: skip


def export(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``incident-reader export ARGS`` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "incident_reader", "export", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )  # fmt: skip


def export_json(corpus: Path, *args: str) -> dict[str, Any]:
    result = export(str(corpus), "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def add_paragraph_at_top(path: Path) -> int:
    """Insert a paragraph before the body (after a 'date ...' header line); return its length."""
    text = path.read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("date "):
        path.write_text(first + "\n" + PARAGRAPH + rest, encoding="utf-8")
    else:
        path.write_text(PARAGRAPH + text, encoding="utf-8")
    return len(PARAGRAPH)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder with its bytes, to prove nothing was written."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
