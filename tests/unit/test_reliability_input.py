"""Issue 14 items 13-15: FIFOs, extreme DCTs and UTF-8 with a bad byte never stop a command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.decoding import decode
from incident_reader.core.loading import load_corpus

TEXT = (
    "It crashed yesterday at 7am, on Monday. Last week two were hurt;"
    " tomorrow and next week, more.\n"
)


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incident_reader", *args],
        input=stdin, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


# ----------------------------------------------------------------------------- item 13
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_skipped_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text("date 2020-01-02\n\n" + TEXT, encoding="utf-8")
    probe = (
        "import sys, pathlib; from incident_reader.core.loading import load_file as f; "
        "print(f(pathlib.Path(sys.argv[1])))"
    )
    got = subprocess.run(  # in a child: were it read, it would block this process forever
        [sys.executable, "-c", probe, str(fifo)], capture_output=True, text=True, timeout=60
    )
    assert "Skipped" in got.stdout and "not a regular file" in got.stdout
    for args in (["extract", str(fifo), str(tmp_path / "a.txt")], ["export", str(tmp_path)],
                 ["timex", str(fifo), str(tmp_path / "a.txt")]):  # fmt: skip
        result = _cli(*args)  # hung forever before (the timeout raises)
        assert result.returncode == 0, result.stderr
        if args[0] != "export":  # a folder lists regular files only
            assert "pipe.txt" in result.stderr and "not a regular file" in result.stderr


# ----------------------------------------------------------------------------- item 14
@pytest.mark.parametrize("dct", ["0001-01-01", "9999-12-31"])
def test_extreme_dcts_give_values_or_none_never_a_traceback(tmp_path: Path, dct: str) -> None:
    report = tmp_path / "r.txt"
    report.write_text(f"date {dct}\n\n{TEXT}", encoding="utf-8")
    for args in (["timex", str(report)], ["timex", str(report), "--dct", dct],
                 ["extract", str(report), "--json"], ["export", str(report), "-f", "timelinejs"],
                 ["export", str(report), "-f", "incidents"]):  # fmt: skip
        result = _cli(*args)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (args, result.stderr)


def test_timex_jsonl_skips_only_the_line_it_cannot_tag() -> None:
    lines = [{"id": "a", "text": TEXT, "dct": "9999-12-31"}, {"id": "b", "text": TEXT,
             "dct": "2020-01-02"}, {"id": "c", "text": TEXT, "dct": "0001-01-01"}]  # fmt: skip
    result = _cli("timex", "--jsonl", stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert "Traceback" not in result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "b", "c"]  # every line answered, in order
    b = json.loads(result.stdout.splitlines()[1])
    assert {"text": "yesterday", "value": "2020-01-01"}.items() <= b["timexes"][0].items()


def test_a_line_whose_tagging_fails_is_reported_and_the_stream_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from incident_reader.cli import timex as cli_timex
    from incident_reader.core import temporal

    real = temporal.tag

    def flaky(text: str, dct: str | None = None) -> list:
        if "boom" in text:
            raise OverflowError("date value out of range")
        return real(text, dct)

    monkeypatch.setattr(temporal, "tag", flaky)
    src = io.StringIO('{"id": 1, "text": "boom yesterday"}\n{"id": 2, "text": "on Monday"}\n')
    out, err = io.StringIO(), io.StringIO()
    assert cli_timex.tag_lines(src, out, err) == 1
    assert [json.loads(x)["id"] for x in out.getvalue().splitlines()] == [2]
    assert "stdin line 1" in err.getvalue()


# ----------------------------------------------------------------------------- item 15
def test_utf8_with_one_bad_byte_stays_utf8_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "date 2020-01-02\n\nCafé owner “Zoë” said two were hurt — yesterday.\n".encode()
    data = data.replace(b"two", b"tw\xff")
    text, encoding = decode(data)
    assert "Café" in text and "“Zoë”" in text and "tw\ufffd" in text
    assert encoding == "utf-8, 1 bad byte replaced"
    path = tmp_path / "one-bad-byte.txt"
    path.write_bytes(data)
    report = load_corpus([path]).reports[0]
    assert report.decoding == encoding and not any("\x80" <= c <= "\x9f" for c in report.text)
    assert main(["timex", str(path)]) == 0
    assert "1 bad byte replaced" in capsys.readouterr().err


def test_legacy_cp1252_is_still_read_as_cp1252() -> None:
    text, encoding = decode("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"))
    assert (text, encoding) == ("Café “quoted”", "cp1252")


def test_c1_controls_are_shown_as_visible_stand_ins() -> None:
    from incident_reader.core.safe_text import one_line
    from incident_reader.ui.literal import literal, visible

    raw = "a\x9b31mb\x9d0;t\x07c"
    for shown in (visible(raw), one_line(raw), literal(raw).plain):
        assert len(shown) == len(raw)  # offsets stay 1:1
        assert not any("\x80" <= c <= "\x9f" or c < " " for c in shown)
