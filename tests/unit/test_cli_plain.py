"""The reader's command line parsed without argparse: argparse's namespace, or left to argparse."""

from __future__ import annotations

import subprocess
import sys

import pytest

from incident_reader.cli import build_parser, main
from incident_reader.cli import read as cli_read

# Command lines the plain parser takes: it must give exactly argparse's namespace.
PLAIN = [
    ["read", "seeds/"],
    ["read", "a.txt", "b.md", "c d.html"],
    ["read", "seeds/", "--db", "marks.db"],
    ["read", "--db", "marks.db", "seeds/"],
    ["read", "--dct", "2018-08-14", "x", "--reviewer", "Ann Lee"],
    ["read", "--db=a=b.db", "seeds/", "--dct=2018-08-14T07:37"],
    ["read", ""],
    ["read", "timex", "extract"],
]
# Command lines it leaves to argparse (help, errors, abbreviations, repeats, odd values).
LEFT = [
    ["read"],
    ["read", "-h"],
    ["read", "seeds/", "--help"],
    ["read", "--db"],
    ["read", "seeds/", "--db"],
    ["read", "seeds/", "--db="],
    ["read", "seeds/", "--db", "-x"],
    ["read", "seeds/", "--db=-x"],
    ["read", "seeds/", "--rev", "ann"],
    ["read", "seeds/", "--db", "a", "--db", "b"],
    ["read", "a", "--db", "x", "b"],
    ["read", "--", "-odd"],
    ["read", "-"],
    ["read", "seeds/", "--version"],
    ["timex", "seeds/"],
    [],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_plain_command_lines_parse_as_argparse_does(argv: list[str]) -> None:
    plain = cli_read.parse_plain(argv)
    assert plain is not None
    assert vars(plain) == vars(build_parser(["read"]).parse_args(argv))


@pytest.mark.parametrize("argv", LEFT)
def test_other_command_lines_are_left_to_argparse(argv: list[str]) -> None:
    assert cli_read.parse_plain(argv) is None


def test_plain_launch_reaches_the_reader_without_argparse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[object] = []

    def run(args: object) -> int:
        seen.append(args)
        return 0

    monkeypatch.setattr(cli_read, "run", run)
    assert main(["seeds/", "--db", "x.db"]) == 0
    assert [vars(a) | {"run": None} for a in seen] == [
        {"command": "read", "paths": ["seeds/"], "dct": None, "db": "x.db", "reviewer": None}
        | {"run": None}
    ]


def test_a_plain_launch_never_imports_argparse() -> None:
    probe = (
        "import sys; from incident_reader.cli import read, main; read.run = lambda a: 0; "
        "main(['seeds/', '--db', 'x.db']); print('argparse' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_errors_and_help_still_come_from_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["a", "--db", "x", "b"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: b" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["seeds/", "--help"])
    assert "--reviewer NAME" in capsys.readouterr().out
