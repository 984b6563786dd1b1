"""``compare --json`` gives one pair per incident, kind and two reports without ``echo`` (their
final statements); the other mentions' pairs carry ``"echo": true`` under the same status, so a
script counting conflicts is not misled by a report that repeats its figure (review s26 #13)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from incident_reader.cli import main

A = (
    "date 2031-03-02\nFive killed as bus overturns in Corran\n\nFive people were killed when a "
    "bus overturned on the Corran road on Monday. Police said five people died at the scene.\n"
)
B = (
    "date 2031-03-02\nBus crash in Corran\n\nSix people were killed when a bus overturned on the "
    "Corran road on Monday.\n"
)


def test_one_final_pair_per_kind_and_two_reports_and_echoes_marked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    assert main(["compare", str(tmp_path), "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)["pairs"]
    killed = [p for p in pairs if p["kind"] == "casualties.killed"]
    finals = [p for p in killed if not p["echo"]]
    assert len(finals) == 1 and len(killed) > 1  # the headline's and the repeat's pairs echo
    assert {p["status"] for p in killed} == {finals[0]["status"]} == {"conflict"}
    keys = Counter((p["incident"], p["kind"], p["a"]["article"], p["b"]["article"])
                   for p in pairs if not p["echo"] and p["kind"] != "vehicle")  # fmt: skip
    assert max(keys.values()) == 1
