"""One-line messages of the headless commands say what the user can do, in the user's words."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize("line", ["hello at 5pm", "{'text': 'single quotes'}", '{"text": "cut'])
def test_timex_jsonl_names_a_line_that_is_not_json(
    line: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = json.dumps({"id": "ok", "text": "at 7pm on Friday", "dct": "2018-08-14"})
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{line}\n{good}\n"))
    assert main(["timex", "--jsonl"]) == 1
    captured = capsys.readouterr()
    assert [json.loads(out)["id"] for out in captured.out.splitlines()] == ["ok"]
    assert captured.err.startswith("incident-reader: error: stdin line 1: not JSON (")
    assert captured.err.count("\n") == 1


def test_timelinejs_of_verified_facts_only_says_where_facts_go(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    first = next(a for a in analyse_corpus(load_corpus([folder])) if a.facts)
    with Store.open(folder, reviewer="lee") as store:  # a fact verified, no timeline entry
        store.set_status(first.report, first.facts[0], "verified")
    code = main(["export", str(folder), "-f", "timelinejs", "--verified-only"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "no verified timeline entry" in err and "json, csv or md" in err
    assert err.count("\n") == 1


def test_the_extract_incidents_table_names_every_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "r.txt").write_text(
        " date 2021-04-02\nA tram left the rails in Oldgate on Friday, injuring four people.\n"
    )
    assert main(["extract", str(tmp_path / "r.txt")]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if "date" in line and "place" in line)
    cells = [c.strip() for c in header.strip("┃│ ").split("┃")]
    assert all(cells), header
    assert "role" in cells
