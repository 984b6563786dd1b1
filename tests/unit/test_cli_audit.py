"""What a newcomer meets on the command line: bad option values and output sent to a pipe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main

REPORT = "Police said a van hit four people on Market Street at 6.15pm on 3 March 2019.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "wire.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("bad", ["2018-13-45", "2019-02-30", "wire=2019-00-10"])
def test_extract_refuses_a_dct_that_is_no_day_of_the_calendar(
    folder: Path, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(folder), "--json", "--dct", bad]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "real date" in captured.err


def test_extract_takes_a_real_dct(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder), "--json", "--dct", "wire=2019-03-04"]) == 0
    assert '"value": "2019-03-04"' in capsys.readouterr().out


def test_timex_heading_is_one_unpadded_line_in_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "regional-desk-copy-" + "-".join(["market-street-van"] * 6)
    (tmp_path / f"{name}.txt").write_text(REPORT, encoding="utf-8")
    assert main(["timex", str(tmp_path), "--dct", "2019-03-03"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{name}  (DCT 2019-03-03, --dct)"
    assert all(line == line.rstrip() for line in lines)
    assert any("6.15pm" in line for line in lines)


def test_compare_tables_give_the_answer_first_and_no_empty_grids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(" date 2019-03-03\n" + REPORT, encoding="utf-8")
    later = "Police said a van hit four people on Market Street at 6.15pm on Sunday.\n"
    (tmp_path / "b.txt").write_text(" date 2019-03-04\n" + later, encoding="utf-8")
    assert main(["compare", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    titles = [line for line in lines if line[:1].isalpha()]
    assert titles.index("Facts across reports") < titles.index("Paired")
    assert "Told by one report: none" in titles
    assert all(line == line.rstrip() for line in lines)


def test_json_titles_are_whole_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = ("A delivery van mounted the pavement outside the covered market on Station Road "
             "shortly after the morning rush, injuring four shoppers and a stallholder who had "
             "been setting up for the day")  # fmt: skip
    (tmp_path / "long.txt").write_text(f"{first}. Police said the driver stayed.\n", "utf-8")
    assert main(["extract", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"][0]["title"] == f"{first}."
    assert main(["export", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"][0]["title"] == f"{first}."


def test_tables_cut_short_by_a_pipe_end_with_status_0(tmp_path: Path) -> None:
    import subprocess
    import sys

    lines = [f"The ferry left at {h % 12 + 1}.{m:02d}pm on 3 March 2019." for h in range(24)
             for m in range(0, 60, 1)]  # fmt: skip
    (tmp_path / "log.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "incident_reader", "timex", str(tmp_path / "log.txt")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "Exception" not in err


def test_export_with_a_db_path_that_is_not_there_says_so(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = folder / "mraks.db"  # a typo for the marks database
    assert main(["export", str(folder), "--format", "csv", "--db", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "no marks database" in captured.err
    assert not missing.exists()


def test_an_undated_report_says_how_to_date_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "wire.txt").write_text("Police said a van hit four people at 6.15pm.\n", "utf-8")
    assert main(["extract", str(folder)]) == 0
    assert "DCT unknown (none; give one with --dct wire=YYYY-MM-DD)" in capsys.readouterr().out


def test_a_figure_history_names_an_undated_report_in_words() -> None:
    from incident_reader.core.align.summary import history_text
    from incident_reader.core.model import FactSummary, FigureStep

    steps = (FigureStep("a", 4, "2025-05-03"), FigureStep("b", {"min": 5, "max": None}, None))
    fact = FactSummary("I1", "casualties.killed", "revised", 5, ("b",), ("a",), (), steps)
    # an undated figure has no place in the dated steps: set apart after them
    assert history_text(fact) == "2025-05-03: 4 · undated: 5+"


def test_the_reader_help_says_what_it_is_and_where_the_keys_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["read", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "text beside the timeline and facts" in out and "Press ? in the reader" in out


@pytest.mark.parametrize("dct", ["2018-13-45", "yesterday", "2018-02-30"])
def test_timex_jsonl_reports_a_dct_that_is_no_day(
    dct: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    good = json.dumps({"id": "ok", "text": "at 7pm on Friday", "dct": "2018-08-14T07:37:00Z"})
    bad = json.dumps({"id": "bad", "text": "at 7pm on Friday", "dct": dct})
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{bad}\n{good}\n"))
    assert main(["timex", "--jsonl"]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["ok"]
    assert "stdin line 1" in captured.err and "is not a day" in captured.err


def test_timex_refuses_a_dct_option_that_is_no_day(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["timex", str(folder), "--dct", "2018-13-45"]) == 2
    assert "not a TIMEX3 date" in capsys.readouterr().err


def test_extract_tables_in_a_file_keep_every_word_of_a_summary(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "…" not in out and "on 3 March 2019" in out
