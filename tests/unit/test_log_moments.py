"""A minute-by-minute account's entry tells the count at its moment ("2:40pm: The van mounts the
pavement, killing two"): beside the report's own figure outside the log ("killed four people") it
is a step of the story, a revision the report stands by its own figure against, no
self-contradiction (review s25 #5, Westminster PerthNow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus

LEAD = (
    "date 2031-05-02\n\nMinute by minute: the Quayside attack\n\nA man drove a van into "
    "pedestrians on Quayside in Arnmouth, then stabbed a police officer, in an attack that "
    "killed four people.\n\n"
)


def _conflicts(tmp_path: Path, body: str) -> list[tuple[str, str, object]]:
    (tmp_path / "log.txt").write_text(LEAD + body, encoding="utf-8")
    (analysis,) = analyse_corpus(load_corpus([tmp_path / "log.txt"]))
    return [
        (c.kind, c.status, analysis.facts[c.stands].value if c.stands is not None else None)
        for c in analysis.internal_conflicts
        if c.kind == "casualties.killed"
    ]


@pytest.mark.parametrize(
    "entries",
    [
        "2:40pm: The van mounts the pavement, killing two people.\n\n2:42pm: Police arrive.\n",
        "14:40 - The van mounts the pavement, killing two people.\n\n14:42 - Police arrive.\n",
        "2.40pm: The van hits a crowd, killing two.\n\n2.42pm: Police arrive.\n",
    ],
    ids=["2:40pm:", "14:40 -", "2.40pm:"],
)
def test_a_logged_figure_is_its_moment_not_a_second_total(tmp_path: Path, entries: str) -> None:
    assert _conflicts(tmp_path, entries) == [("casualties.killed", "revised", 4)]


def test_two_figures_outside_any_log_still_contradict(tmp_path: Path) -> None:
    body = "A police spokesman said two people died.\n"
    assert [(k, s) for k, s, _ in _conflicts(tmp_path, body)] == [("casualties.killed", "conflict")]
