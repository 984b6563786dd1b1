"""A report that tells itself as written in the first hours gives early counts: a higher count of
the same day is their rise, labelled revised, not a dispute. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.first_hours import EXAMPLES, tells_first_hours
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus


@pytest.mark.parametrize(("text", "early"), EXAMPLES)
def test_the_stage_words_and_their_near_misses(text: str, early: bool) -> None:
    assert tells_first_hours(text) is early


LATER_SAME_DAY = (
    "date 2019-06-11\nTram crash in Lyon: at least 20 injured\n\n"
    "At least 20 people were injured when a tram struck a queue at a stop in Lyon on Tuesday "
    "morning, officials said in the evening.\n"
)

FIRST_HOURS = [
    "Footage filmed moments after the tram struck shows people running from the stop.",
    "It is too early to say what caused the tram to leave the rails, the mayor said.",
    "Firefighters said two passengers remain trapped under the front car.",
    "Details are still emerging about the crash, and the figures may change.",
]


def _injured(tmp_path: Path, early: str) -> set[str]:
    (tmp_path / "a.txt").write_text(
        "date 2019-06-11\nTram hits queue in Lyon\n\n"
        "A tram struck people waiting at a stop in Lyon this morning. Police said six people "
        f"have been injured. {early}\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(LATER_SAME_DAY, encoding="utf-8")
    comparison = compare(analyse_corpus(load_corpus([tmp_path])))
    return {
        p.status
        for p in comparison.pairs
        if p.kind == "casualties.injured" and not p.echo and not p.dissent
    }


@pytest.mark.parametrize("early", FIRST_HOURS)
def test_a_first_hours_count_against_a_higher_one_of_its_day_is_revised(
    tmp_path: Path, early: str
) -> None:
    assert _injured(tmp_path, early) == {"revised"}


def test_a_same_day_count_of_no_stage_words_stays_a_conflict(tmp_path: Path) -> None:
    """Near miss: two reports of one day that differ, neither telling its stage."""
    assert _injured(tmp_path, "The line was closed until noon.") == {"conflict"}
