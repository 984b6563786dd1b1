"""A count told of a later step of the incident ("then hit a bus, injuring several") is a lower
bound, not the incident's total. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.facts.step_counts import EXAMPLES, at_least, later_step
from incident_reader.core.loading import load_corpus


@pytest.mark.parametrize(("sentence", "words", "step"), EXAMPLES)
def test_the_step_shapes_and_their_near_misses(sentence: str, words: str, step: bool) -> None:
    assert later_step(sentence, sentence.index(words)) is step


def test_a_count_is_kept_as_its_floor() -> None:
    assert at_least(3) == {"min": 3, "max": None}
    assert at_least({"min": 3, "max": 9}) == {"min": 3, "max": None}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("After mowing down cyclists on the towpath, the car struck a footbridge pillar, "
         "injuring several.", {"min": 3, "max": None}),
        ("The minibus then slammed into a fruit stall, injuring four.", {"min": 4, "max": None}),
        ("The minibus slammed into a fruit stall, injuring four.", 4),  # the one collision
    ],
)  # fmt: skip
def test_a_later_steps_count_in_a_report(tmp_path: Path, sentence: str, value: object) -> None:
    (tmp_path / "a.txt").write_text(
        f"date 2022-05-03\nCrash in Ostrava\n\nA driver lost control in Ostrava on Monday. "
        f"{sentence}\n",
        encoding="utf-8",
    )
    (analysis,) = analyse_corpus(load_corpus([tmp_path]))
    hurt = [f.value for f in analysis.facts if f.kind == "casualties.injured"]
    assert hurt == [value]
