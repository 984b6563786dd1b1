"""JSON for scripts (review s22 #11): facts, timeline entries, compare pairs and export marks carry
one stable id ("<article>:<kind>:<start>"), internal conflicts name their facts by id, and the
timeline is in text order with each entry's place in the reader's timeline.

The two reports are invented for these tests.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import Store

ALPHA = """date 2025-04-12
A lorry crashed into a bus shelter on Mill Road in Kelby at 7.40am on Friday, killing three people.
Police said the crash happened at 8.15am. Last year, in March 2024, a van hit the same shelter.
Two people were taken to hospital and the driver, 52, was arrested.
"""
BETA = """date 2025-04-12
Three people died when a lorry hit a bus shelter on Mill Road, Kelby, at about 7.40am on Friday.
The 52-year-old driver was arrested at the scene. Two others were taken to hospital.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "story"
    d.mkdir()
    (d / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (d / "beta.txt").write_text(BETA, encoding="utf-8")
    return d


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_extract_gives_ids_text_order_and_conflicts_by_id(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _json(capsys, "extract", str(folder), "--json")
    for art in doc["articles"]:
        facts, timeline = art["facts"], art["timeline"]
        for f in facts:
            assert f["id"] == f"{art['id']}:{f['kind']}:{f['start']}"
        for e in timeline:
            assert e["id"] == f"{art['id']}:timeline:{e['start']}"
        ids = [x["id"] for x in facts + timeline]
        assert len(ids) == len(set(ids))
        assert [e["start"] for e in timeline] == sorted(e["start"] for e in timeline)
        assert sorted(e["position"] for e in timeline) == list(range(len(timeline)))
        for c in art["internal_conflicts"]:  # the old indexes stay, the ids say the same
            assert c["ids"] == [facts[i]["id"] for i in c["facts"]]
    alpha = doc["articles"][0]
    (clock,) = [c for c in alpha["internal_conflicts"] if c["kind"] == "incident.time"]
    assert {i.rsplit(":", 2)[1] for i in clock["ids"]} == {"incident.time"}
    # the recalled 2024 date is told last but comes first in time: position says so
    recalled = next(e for e in alpha["timeline"] if e["value"].startswith("2024"))
    assert recalled["position"] == 0 and alpha["timeline"].index(recalled) > 0


def test_compare_pairs_join_extract_and_export_marks_by_id(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extracted = _json(capsys, "extract", str(folder), "--json")
    known = {x["id"] for a in extracted["articles"] for x in a["facts"] + a["timeline"]}
    compared = _json(capsys, "compare", str(folder), "--json")
    assert compared["pairs"]
    for pair in compared["pairs"]:
        for side in (pair["a"], pair["b"]):
            assert side["id"] == f"{side['article']}:{pair['kind']}:{side['start']}"
            assert side["id"] in known
    for only in compared["only"]:
        assert only["id"] in known
    # a reviewer verifies beta's death toll; the pair of tolls joins to that mark by id
    (analysis,) = [a for a in analyse_corpus(load_corpus([folder])) if a.report.id == "beta"]
    toll = next(f for f in analysis.facts if f.kind == "casualties.killed")
    with Store.open(folder, reviewer="lee") as store:
        store.set_status(analysis.report, toll, "verified")
    exported = _json(capsys, "export", str(folder), "--format", "json")
    status = {
        x["id"]: x["status"] for a in exported["articles"] for x in a["facts"] + a["timeline"]
    }
    pair = next(p for p in compared["pairs"] if p["kind"] == "casualties.killed")
    side = pair["a"] if pair["a"]["article"] == "beta" else pair["b"]
    assert status[side["id"]] == "verified"
    assert main(["export", str(folder), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    assert {r["id"] for r in rows if r["status"] == "verified"} == {side["id"]}
