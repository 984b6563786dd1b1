"""An appeal after "call" ("We call on the Minister to halt operations", "calls upon residents")
is no call that reported the incident: its sentence tells no event, so "on the Minister" is no
place. A call's own day after "on" still tells the call.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE, TIME = "incident.place", "incident.time"

CASES = [
    (
        "Five workers died in a blast at the Kavango Hills mine. We call on the Minister to halt"
        " operations.",
        PLACE,
        ["kavango hills mine"],
    ),
    (
        "A ferry sank off Kelby. We further call on all boat owners to carry life jackets.",
        PLACE,
        ["kelby"],
    ),
    (
        "A fire gutted a warehouse in Ashby. The union calls upon the Ministry of Labour to act.",
        PLACE,
        ["ashby"],
    ),
    # the call that reported it
    ("Calls on Saturday night reported a fire at the Kelby depot.", PLACE, ["kelby depot"]),
    ("The first call came in at 9.12pm from a flat on Dock Road.", TIME, ["21:12"]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CASES)
def test_an_appeal_is_no_call(text: str, kind: str, expected: list[str]) -> None:
    assert _facts(text, kind) == expected
