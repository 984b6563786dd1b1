"""A report long enough that its analysis takes minutes is named on stderr before the work starts,
so a command that prints nothing for minutes does not look hung; short reports say nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.cli.common import LONG_REPORT_CHARS, load_or_fail

SENTENCE = "A van struck a lamp post on the High Street on Monday, injuring two people.\n"


def test_a_long_report_is_named_with_its_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = tmp_path / "long.txt"
    long.write_text(SENTENCE * (LONG_REPORT_CHARS // len(SENTENCE) + 1), encoding="utf-8")
    (tmp_path / "short.txt").write_text(SENTENCE, encoding="utf-8")
    load_or_fail([tmp_path])
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "long.txt" in lines[0] and "million characters" in lines[0] and "minutes" in lines[0]


def test_quiet_loading_names_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long = tmp_path / "long.txt"
    long.write_text(SENTENCE * (LONG_REPORT_CHARS // len(SENTENCE) + 1), encoding="utf-8")
    load_or_fail([tmp_path], quiet=True)
    assert capsys.readouterr().err == ""
