"""The command line: version, help, `python -m`, and one-line errors with status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from incident_reader import __version__
from incident_reader.cli import main


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incident_reader", *args], capture_output=True, text=True
    )


def test_version_via_python_m() -> None:
    result = run_module("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"incident-reader {__version__}"


def test_help_lists_the_subcommands() -> None:
    result = run_module("--help")
    assert result.returncode == 0
    for command in ("timex", "extract", "compare", "export"):
        assert command in result.stdout


def test_top_level_help_lists_every_reader_option() -> None:
    # `incident-reader seeds/` is the reader: a user reading the top-level help must learn its
    # options without knowing that a `read` subcommand exists.
    top = run_module("--help").stdout
    reader = run_module("read", "--help").stdout
    options = {word for word in reader.split() if word.startswith("--") and word != "--help"}
    assert options, reader
    for option in options:
        assert option.strip("[],") in top


def test_missing_path_is_one_line_and_status_2(tmp_path: Path) -> None:
    result = run_module(str(tmp_path / "missing"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_folder_without_reports_is_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.csv").write_text("a,b\n")
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no reports" in err and err.count("\n") == 1


def test_no_arguments_prints_usage_and_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err
