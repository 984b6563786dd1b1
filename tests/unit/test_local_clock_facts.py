"""An incident time told in another zone ("just before 11:00 GMT") is a fact in the place's local
time once the local offset is known, as its timeline entry is: a script reading ``extract`` gets
the clock the comparison uses, and the comparison does not move it a second time."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.align import compare
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus

STORY = "date 2031-04-07\n\nTram derails in Oslo\n\nA tram derailed in central Oslo on Monday. "


def _time_facts(tmp_path: Path, body: str) -> list[str]:
    (tmp_path / "wire.txt").write_text(STORY + body, encoding="utf-8")
    (analysis,) = analyse_corpus(load_corpus([tmp_path / "wire.txt"]))
    return [str(f.value) for f in analysis.facts if f.kind == "incident.time"]


@pytest.mark.parametrize(
    ("body", "local"),
    [
        ("The crash happened just before 11:00 GMT near the station. Two were hurt.\n", "13:00"),
        ("It derailed at 09:40 UTC near the station, police said. Two were hurt.\n", "11:40"),
        ("The tram left the rails at 11.40am local time, police said. Two were hurt.\n", "11:40"),
    ],
    ids=["GMT", "UTC", "local time stays"],
)
def test_a_zoned_incident_time_is_a_local_fact(tmp_path: Path, body: str, local: str) -> None:
    assert _time_facts(tmp_path, body) == [local]


def test_the_comparison_does_not_move_a_local_fact_again(tmp_path: Path) -> None:
    (tmp_path / "a_wire.txt").write_text(
        STORY + "The crash happened at 11:05 GMT near the station. Two were hurt.\n",
        encoding="utf-8",
    )
    (tmp_path / "b_local.txt").write_text(
        STORY + "The tram left the rails at 13:05 near the station. Two were hurt.\n",
        encoding="utf-8",
    )
    comparison = compare(analyse_corpus(load_corpus([tmp_path])))
    (pair,) = [p for p in comparison.pairs if p.kind == "incident.time"]
    assert (pair.status, pair.a.value, pair.b.value) == ("match", "13:05", "13:05")
