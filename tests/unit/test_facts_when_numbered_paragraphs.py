"""A numbered paragraph's marker ("1.1", "2.", "(b)", "iii.", a bullet) is no word of its
sentence: "1.1 The breach occurred at 0415 hrs on Monday, according to ..." times the incident
as the same sentence without the marker does, and a gathering still owns its taking place.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import timexes_by_sentence
from incident_reader.core.facts.text import split_sentences
from incident_reader.core.facts.when import incident_times

DATE, TIME = "incident.date", "incident.time"
DCT = "2026-03-12"  # a Thursday


def _facts(text: str, kind: str, dct: str) -> list[Any]:
    """What the sentence's own words time (no fallback to a clock no cue word claims)."""
    sentences = split_sentences(text)
    per_sentence = timexes_by_sentence(sentences, temporal.tag(text, dct))
    return [
        f.value
        for s, inside in zip(sentences, per_sentence, strict=True)
        for f in incident_times(s, inside, dct)
        if f.kind == kind
    ]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "1.1 The breach occurred at about 0415 hrs on Monday, 9 March, according to the "
            "corrected log kept by the site office.",
            TIME,
            ["04:15"],
        ),
        (
            "1.1 The breach occurred at about 0415 hrs on Monday, 9 March, according to the "
            "corrected log kept by the site office.",
            DATE,
            ["2026-03-09"],
        ),
        (
            "2. The outburst happened at 3.20pm on Tuesday, according to a note from the mill.",
            TIME,
            ["15:20"],
        ),
        (
            "(b) The washout occurred at about 1140 hrs on 10 March, according to the plant's own "
            "revised record.",
            DATE,
            ["2026-03-10"],
        ),
        (
            "• The rupture happened at 6.05am on Tuesday, according to the operator, which "
            "has changed the time it first gave.",
            TIME,
            ["06:05"],
        ),
        (
            "iii. This blowout occurred at 2250 hrs on 8 March, according to the fire service.",
            TIME,
            ["22:50"],
        ),
        (
            "3.2 The ceremony took place at 1000 hrs on Sunday, according to the organisers.",
            TIME,
            [],
        ),
    ],
)
def test_a_paragraph_number_is_no_word_of_the_sentence(
    text: str, kind: str, expected: list[Any]
) -> None:
    assert _facts(text, kind, DCT) == expected
