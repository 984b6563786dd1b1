"""An anaphoric day word read several sentences after a later step's day counts from the day the
report gives its incident ("that night", "the day before", "two days earlier"), not from the
later step's; one told in the next sentence still counts from the day just named.

Every report here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from tests.unit.test_facts_when_places import _report


def timeline_days(text: str, dct: str) -> dict[str, str]:
    """The timeline's entries by their words: value."""
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    return {e.timex.text: e.timex.value for e in ex.timeline}


CASES = [
    (
        "A grain silo collapsed at a mill in Parnley on Saturday, killing two workers.\n\n"
        "A third worker died in hospital on Monday. The mill has been closed. Inspectors are"
        " examining the welds. The manager said the silo had been emptied the day before and"
        " that the wind that night was strong.",
        "2025-03-19",
        {"the day before": "2025-03-14", "that night": "2025-03-15TNI"},
    ),
    (
        "A tour bus left the road near Calder Gap on 4 June, injuring 20 passengers.\n\n"
        "The driver was charged on 9 June. He denied the charge in court. Mechanics found worn"
        " brake pads. The company said the driver had reported a fault two days earlier.",
        "2025-07-01",
        {"two days earlier": "2025-06-02"},
    ),
    (
        "A fishing boat sank off Penmore Point on Tuesday, and two crew drowned.\n\n"
        "The skipper was released on bail on Thursday. The coastguard is investigating. Its"
        " report will look at the weather. A survivor said the crew had been warned of a gale"
        " that morning.",
        "2025-03-21",
        {"that morning": "2025-03-18TMO"},
    ),
    # the next sentence: the day just named is still the story's
    (
        "A fishing boat sank off Penmore Point on Tuesday, and two crew drowned.\n\n"
        "The skipper was arrested on Thursday. He was released that night.",
        "2025-03-21",
        {"that night": "2025-03-20TNI"},
    ),
]


@pytest.mark.parametrize(("text", "dct", "values"), CASES)
def test_an_anaphoric_day_counts_from_the_incident_s_day(
    text: str, dct: str, values: dict[str, str]
) -> None:
    found = timeline_days(text, dct)
    assert {k: found.get(k) for k in values} == values
