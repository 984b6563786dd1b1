"""A vehicle's size and deck count are what a description commits to: "a small white van" and
"a large white van" conflict, "a double-decker" and "a single-decker" bus too; a description
without them agrees with one that tells them.

Every phrase here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.align.wording import compare_vehicles
from incident_reader.core.facts.text import sentence_of
from incident_reader.core.facts.vehicles import vehicles


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A small white van hit a cyclist on Loom Street.", "small white van"),
        ("The big red Volvo lorry reversed into the wall.", "big red volvo lorry"),
        ("A white van hit a cyclist on Loom Street.", "white van"),
    ],
)
def test_a_size_before_the_colour_is_kept(sentence: str, value: str) -> None:
    assert [f.value for f in vehicles(sentence_of(sentence))] == [value]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("small white van", "large white van", "conflict"),
        ("little van", "big van", "conflict"),
        ("small white van", "white van", "compatible"),
        ("tiny car", "small car", "compatible"),
        ("red double-decker bus", "red single-decker bus", "conflict"),
        ("double-decker bus", "bus", "compatible"),
        ("red double-decker bus", "red double-decker bus", "match"),
    ],
)
def test_sizes_and_decks_conflict_when_both_are_told(a: str, b: str, status: str) -> None:
    assert compare_vehicles(a, b) == status
