"""Durations read the same in the reader and the exports (core.duration_words serves both)."""

from __future__ import annotations

import pytest

from incident_reader.core.duration_words import duration_words
from incident_reader.core.export import _when_vague
from incident_reader.ui.timefmt import readable_value


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("P2Y8M", "2 years 8 months"),
        ("PT1H40M", "1 hour 40 minutes"),
        ("P1D", "1 day"),
        ("PXD", "some days"),
        ("P4DE", "4 decades"),
        ("PT30M", "30 minutes"),
        ("P1M", "1 month"),
    ],
)
def test_a_duration_reads_in_words_everywhere(value: str, words: str) -> None:
    assert duration_words(value) == words
    assert readable_value(value) == words
    assert _when_vague(value) == words


@pytest.mark.parametrize("value", ["2018-08-14", "XXXX-XX-XXT06:10", "PRESENT_REF", "P"])
def test_what_is_no_duration_is_left_to_the_caller(value: str) -> None:
    assert duration_words(value) is None
