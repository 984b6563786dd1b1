"""A regular past whose stem has two letters ("used", "owed", "sued") is a past verb like any
"-ed" form: the day in its clause is a past one even where a modal stands earlier in the sentence
("We would like to hear from drivers who used the road on Friday").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal

DCT = "2025-09-13"  # a Saturday


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in temporal.tag(text, DCT)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "We would like to hear from drivers who used the crossing shortly before 14:30 on "
            "Friday.",
            "Friday",
            "2025-09-12",
        ),
        (
            "Police would like to speak to anyone who used the footpath on Friday evening.",
            "Friday evening",
            "2025-09-12TEV",
        ),
        (
            "The council will appeal against the ruling of the tenants who sued it on Tuesday.",
            "Tuesday",
            "2025-09-09",
        ),
        ("Engineers used the new crane on Thursday.", "Thursday", "2025-09-11"),
        # a passive or a future keeps its side
        ("The crane will be used on Thursday.", "Thursday", "2025-09-18"),
    ],
)
def test_a_short_regular_past_is_past(text: str, span: str, value: str) -> None:
    assert values(text)[span] == value
