"""Which time is the incident's: a weapon discharged is the shooting (a patient discharged is a
sequel), and a time the sentence denies or sets aside for another is no time of the incident.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

TIME, DATE = "incident.time", "incident.date"

# "discharged a firearm": the shooting's onset, which times the incident before a death's time.
WEAPON_DISCHARGED = [
    (
        "Investigations revealed that about 9:50 p.m., a grey car stopped at the station and a man"
        " alighted and discharged a firearm. A doctor declared him dead at 10:40 p.m.",
        ["21:50"],
    ),
    ("At 1.15am the suspect discharged his weapon into the crowd outside the club.", ["01:15"]),
    ("Shortly after 11pm, a gunman discharged several rounds at the house.", ["23:00"]),
    ("Police said a firearm was discharged at around 4pm outside the school gates.", ["16:00"]),
    ("A masked man discharged a shotgun at 7.40pm as the shop was closing.", ["19:40"]),
]

# a patient discharged is what came after: its time is not the incident's
DISCHARGED_PATIENT: list[tuple[str, list[str]]] = [
    ("Two firefighters were hurt in the blaze. Both were discharged from hospital at 4pm.", []),
]

# the time a report rejects or sets aside: "not at half past two", "rather than at 7pm"
DENIED = [
    ("Our members say the explosion happened around 2am, not at half past two.", TIME, ["02:00"]),
    ("Witnesses insist the ferry capsized not at 7pm but at about 6.15pm.", TIME, ["18:15"]),
    ("The crash happened shortly after 6pm rather than at 7pm as first reported.", TIME, ["18:00"]),
    ("The fire started at 3am, and not at 4am as the owner said.", TIME, ["03:00"]),
    ("The wall fell on Tuesday, not Monday, residents said.", DATE, ["2024-05-14"]),
    (
        "The roof caved in on Friday instead of on Saturday as the council said.",
        DATE,
        ["2024-05-17"],
    ),
    # "not long after", "not until": no time denied
    ("A bus overturned at 9pm, not long after it left the depot.", TIME, ["21:00"]),
]


@pytest.mark.parametrize(("text", "expected"), WEAPON_DISCHARGED + DISCHARGED_PATIENT)
def test_a_weapon_discharged_times_the_shooting(text: str, expected: list[str]) -> None:
    assert _facts(text, TIME) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), DENIED)
def test_a_denied_time_is_not_the_incidents(text: str, kind: str, expected: list[str]) -> None:
    assert _facts(text, kind) == expected
