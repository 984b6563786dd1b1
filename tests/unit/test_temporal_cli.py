"""`incident-reader timex`: JSON lines round trip, bad input lines, the table for people."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.cli.timex import tag_lines

ROOT = Path(__file__).resolve().parents[2]


def run_lines(lines: list[str]) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    status = tag_lines(io.StringIO("".join(line + "\n" for line in lines)), out, err)
    return status, [json.loads(x) for x in out.getvalue().splitlines()], err.getvalue()


def test_jsonl_round_trip_in_input_order() -> None:
    docs = [
        {"id": "b", "text": "At 07:37hrs on Tuesday", "dct": "2018-08-14"},
        {"id": "a", "text": "nothing here", "dct": ""},
        {"id": "c", "text": "shortly after 2.20pm", "dct": None},
    ]
    status, out, err = run_lines([json.dumps(d) for d in docs])
    assert status == 0 and err == ""
    assert [o["id"] for o in out] == ["b", "a", "c"]
    first = out[0]["timexes"]
    assert [(t["text"], t["type"], t["value"]) for t in first] == [
        ("07:37hrs", "TIME", "2018-08-14T07:37"),
        ("Tuesday", "DATE", "2018-08-14"),
    ]
    assert first[0]["start"] == 3 and first[0]["end"] == 11
    assert out[1]["timexes"] == []
    assert out[2]["timexes"][0] == {
        "start": 14, "end": 20, "text": "2.20pm", "type": "TIME", "value": "XXXX-XX-XXT14:20",
        "mod": "AFTER",
    }  # fmt: skip


@pytest.mark.parametrize("bad", ["{not json", "[1, 2]", '{"id": 1}', '{"text": "x", "dct": 5}'])
def test_bad_line_is_reported_and_the_rest_still_tagged(bad: str) -> None:
    good = json.dumps({"id": "ok", "text": "today", "dct": "2020-01-01"})
    status, out, err = run_lines([bad, good])
    assert status == 1
    assert [o["id"] for o in out] == ["ok"]
    assert err.count("\n") == 1 and "line 1" in err


def test_jsonl_through_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = json.dumps({"id": "x", "text": "in March", "dct": "2017-10-07"})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    assert main(["timex", "--jsonl"]) == 0
    (rec,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rec["timexes"][0]["value"] == "2017-03"


def test_table_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    seed = next((ROOT / "seeds").glob("000_*.txt"))
    assert main(["timex", str(seed)]) == 0
    out = capsys.readouterr().out
    assert "2018-08-14" in out and "inferred" in out and "07:37hrs" in out


def test_bad_dct_and_no_paths_are_one_line_errors(capsys: pytest.CaptureFixture[str]) -> None:
    seed = next((ROOT / "seeds").glob("000_*.txt"))
    assert main(["timex", str(seed), "--dct", "yesterday"]) == 2
    assert main(["timex"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "error" in err
