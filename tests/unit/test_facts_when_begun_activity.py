"""A person's own activity begun at a time ("we began singing at around 9am", "they had started
eating at 1pm") times that person, not the incident, as "she was hanging out washing" does; a
pronoun opening the sentence ("She was ...", "We began ...") is read like one inside it. An
event's own start ("The fire began spreading at 9am") and an activity the event breaks into
("started eating at 1pm when the roof fell in") still time the incident.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We began singing at around 9am. At 10.35am the roof caved in," she said.', ["10:35"]),
        ("They started queueing at 6am. The stand collapsed at 6.40am.", ["06:40"]),
        ("She was hanging out washing at 7am. The wall fell at 7.10am.", ["07:10"]),
        ("He had begun milking at 5.30am. At 5.50am the barn caught fire.", ["05:50"]),
    ],
)
def test_an_activity_begun_at_a_time_is_the_person_s(text: str, expected: list[str]) -> None:
    assert _facts(text, TIME, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire began spreading at 9am, witnesses said.", ["09:00"]),
        ("They had just started eating at 1pm when the roof fell in.", ["13:00"]),
    ],
)
def test_an_event_s_own_start_still_times_it(text: str, expected: list[str]) -> None:
    assert _facts(text, TIME, DCT) == expected
