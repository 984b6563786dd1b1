"""`incident-reader compare`: the JSON contract, the tables, the one-line error for one report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PAIRS = ROOT / ".." / "shared" / "data" / "report-pairs" / "harlowmere-market-van"


def test_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEEDS), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"incidents", "pairs", "only", "facts", "skipped"}
    assert doc["skipped"] == []
    articles = set()
    for inc in doc["incidents"]:
        assert set(inc) == {"id", "date", "place", "articles"}
        articles |= set(inc["articles"])
    assert len(articles) == 2
    ids = {i["id"] for i in doc["incidents"]}
    for p in doc["pairs"]:
        assert p["status"] in {"match", "compatible", "revised", "conflict"}
        assert p["incident"] in ids and p["a"]["article"] != p["b"]["article"]
        sides = {"article", "value", "text", "start", "end", "id"}
        speed = {"unit", "mph", "min", "max"} if p["kind"] == "speed" else set()
        assert sides <= set(p["a"]) <= sides | speed and sides <= set(p["b"]) <= sides | speed
    for o in doc["only"]:
        only = {"article", "kind", "incident", "value", "text", "start", "end", "id"}
        assert (
            only
            <= set(o)
            <= only | ({"unit", "mph", "min", "max"} if o["kind"] == "speed" else set())
        )
    for f in doc["facts"]:
        assert f["incident"] in ids and f["standing"] in {"agreed", "revised", "disputed", "only"}
        assert f["reports"] == len(f["history"]) >= 1
        told = f["agreeing"] + f["revised"] + f["disputing"]
        assert sorted(told) == sorted(step["article"] for step in f["history"])


@pytest.mark.skipif(not PAIRS.is_dir(), reason="report-pairs data not present")
def test_tables_show_status_symbols(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(PAIRS)]) == 0
    out = capsys.readouterr().out
    assert "Incidents" in out and "Paired" in out
    assert "= match" in out or "! conflict" in out


def test_one_report_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    one = next(SEEDS.glob("000_*.txt"))
    assert main(["compare", str(one)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "two or more reports" in err


def test_no_path_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_json_lists_the_files_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt"))[:2]):
        (tmp_path / f"r{i}.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["compare", str(tmp_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [Path(s["path"]).name for s in doc["skipped"]] == ["empty.txt"]
    assert doc["skipped"][0]["reason"]


def test_labels_stay_whole_in_a_narrow_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from rich.console import Console

    from incident_reader.cli import compare as compare_cli

    screen = io.StringIO()
    monkeypatch.setattr(compare_cli, "console", lambda: Console(width=80, file=screen))
    assert main(["compare", str(SEEDS)]) == 0
    shown = screen.getvalue()
    assert "casualties.killed" in shown and "incident.place" in shown  # not "incident.pl|ace"
    assert max(len(line) for line in shown.splitlines()) <= 80
