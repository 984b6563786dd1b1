"""`export -o FILE` never replaces an unrelated file without a word (review s22 #15): an existing
file that is not an earlier export of the same format is refused in one line unless --force; an
earlier export of that format is replaced, as re-exporting a checked story should be."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.cli.export import EXPORT_OPENINGS
from incident_reader.core.export import FORMATS

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def test_an_unrelated_file_is_refused_unless_forced(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "mynotes.md"
    notes.write_text("# My notes\nCall the coroner's office on Monday.\n", encoding="utf-8")
    assert main(["export", str(corpus), "--format", "md", "-o", str(notes)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "refusing to overwrite" in err and "--force" in err
    assert notes.read_text(encoding="utf-8").startswith("# My notes")
    assert main(["export", str(corpus), "--format", "md", "-o", str(notes), "--force"]) == 0
    assert notes.read_text(encoding="utf-8").startswith("# Timeline")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_earlier_export_of_the_format_is_replaced(
    fmt: str, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"story.{fmt}"
    assert main(["export", str(corpus), "--format", fmt, "-o", str(target)]) == 0
    first = target.read_bytes()
    assert main(["export", str(corpus), "--format", fmt, "-o", str(target)]) == 0
    assert target.read_bytes() == first
    other = next(f for f in FORMATS if EXPORT_OPENINGS[f][:3] != EXPORT_OPENINGS[fmt][:3])
    assert main(["export", str(corpus), "--format", other, "-o", str(target)]) == 2
    assert target.read_bytes() == first  # another format's export is not this one's
    capsys.readouterr()


def test_every_format_has_its_opening() -> None:
    assert set(EXPORT_OPENINGS) == set(FORMATS)
