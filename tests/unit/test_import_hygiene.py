"""The core is headless: importing it (and running the pipeline) never loads textual or rich."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

PROBE = f"""
import sys
from incident_reader.core import analysis, loading
corpus = loading.load_corpus([{str(SEEDS)!r}])
analyses = analysis.analyse_corpus(corpus)
analysis.compare(analyses)
import pkgutil, importlib, incident_reader.core as core
for mod in pkgutil.walk_packages(core.__path__, "incident_reader.core."):
    importlib.import_module(mod.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(",".join(bad))
"""


def test_core_never_imports_textual_or_rich() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


READER_START = """
import sys
import incident_reader.cli, incident_reader.cli.read, incident_reader.core.store
import incident_reader.ui.app
core = ("analysis", "facts", "temporal", "export")
heavy = (*(f"incident_reader.core.{m}" for m in core), "orjson")
print(",".join(sorted(m for m in sys.modules if m.startswith(heavy))))
"""


def test_reader_start_does_not_load_the_pipeline() -> None:
    """`incident-reader seeds/` draws its first frame before the extractors load (in a worker):
    importing them (their regexes compile on import) would add a third of a second or more."""
    out = subprocess.run(
        [sys.executable, "-c", READER_START], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
