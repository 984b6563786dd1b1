"""A marks database the commands cannot use (review s23 #14): `export` stops, and its one line
says so and what to do (move it away, or --db PATH), not the reader's "marks are off" as if it
carried on; `extract` carries on and says it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.store import DB_NAME

REPORT = " date 2022-03-02\nA lorry hit a footbridge in Kelsby at 6.40am on Wednesday.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a_report.txt").write_text(REPORT)
    (tmp_path / DB_NAME).write_bytes(bytes(range(256)) * 12)  # not a database at all
    return tmp_path


def test_export_with_an_unusable_database_says_what_to_do(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (folder / DB_NAME).read_bytes()
    assert main(["export", str(folder), "--format", "md"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "is not a usable database" in err and "nothing exported" in err
    assert "marks are off" not in err  # the export did not carry on without them
    assert "move it away" in err and "--db PATH" in err
    assert (folder / DB_NAME).read_bytes() == before  # left as it is


def test_extract_carries_on_and_says_so(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    assert '"articles"' in out
    assert "not a usable database" in err and "carrying on without them" in err
    assert "nothing" not in err
