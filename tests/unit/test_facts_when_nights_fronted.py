"""Which day and time are the incident's: a night told across two days is the day its clock falls
on, and a time that opens its sentence times the main clause after its comma, not a saying or a
sequel in a side clause between.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

TIME, DATE = "incident.time", "incident.date"


# a night told across two days: the day the sentence's clock falls on, else the first night
NIGHTS = [
    (
        "The Governor informs the public that in the night of Sunday 12 to Monday 13 May 2024, at"
        " about 00:15, a stampede occurred at the stadium.",
        ["2024-05-13"],
    ),
    ("On the night of Friday to Saturday, at around 2am, a fire broke out.", ["2024-05-18"]),
    ("The fire broke out in the night from Thursday to Friday at about 3am.", ["2024-05-17"]),
    ("A fire broke out in the hostel on the night of Thursday to Friday.", ["2024-05-16"]),
    # two days in a row that are no night: both stay
    (
        "The fire broke out on Thursday and Friday crews were still there.",
        ["2024-05-16", "2024-05-17"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NIGHTS)
def test_a_night_across_two_days(text: str, expected: list[str]) -> None:
    assert _facts(text, DATE) == expected


# a time opening the sentence, then a comma: the main clause's, past a side clause's saying
FRONTED = [
    ("At 9pm, the balcony collapsed.", TIME, ["21:00"]),
    ("On Thursday, the balcony collapsed.", DATE, ["2024-05-16"]),
    (
        "At about 12.20am, as the preacher announced that oil would be shared at the gate, the"
        " crowd surged towards a narrow exit.",
        TIME,
        ["00:20"],
    ),
    ("At 9pm, as the mayor said goodbye to guests, the balcony collapsed.", TIME, ["21:00"]),
    (
        "Shortly after 4pm, while a spokesman was briefing reporters, the tank exploded.",
        TIME,
        ["16:00"],
    ),
    ("At 2am, when the landlord announced last orders, a fight broke out.", TIME, ["02:00"]),
    # a closing attribution still frames the sentence; a saying in the main clause still tells
    ("The balcony collapsed at 9pm, police said.", TIME, ["21:00"]),
    ("At 6pm, as police searched the scene, officers said the road would stay shut.", TIME, []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), FRONTED)
def test_a_fronted_time_times_the_main_clause(text: str, kind: str, expected: list[str]) -> None:
    assert _facts(text, kind) == expected
