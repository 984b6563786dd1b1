"""A clock that closes a person's own activity told in the progressive ("she was hanging out her
washing at 10.15am, heard a bang", "said a vendor, who was selling fish at about 9.20am") is that
person's time, not the incident's; a conjunction after it that sets the event within the
activity ("he was driving home at 2am when his car hit a tree") keeps it the incident's.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2026-04-12"  # a Sunday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A cargo plane crashed into houses in Riohacha on Saturday.\n\nA neighbour told me she"
            " was hanging out her washing at about 10.15am, heard the engine splutter, and then a"
            " huge bang.",
            [],
        ),
        (
            "A gas cylinder exploded in a market in Kisumu on Saturday, killing three.\n\n"
            '"The stall was shaking, then there was a loud blast," said Ms Achieng Otieno, 35,'
            " who was selling fish near the gate at about 9.20am.",
            [],
        ),
        (
            "A grandstand collapsed at a fair in Tarija on Saturday.\n\nOne spectator said he was"
            " queuing for food at around 4.05pm, felt the stand sway and then heard a crash.",
            [],
        ),
        # the event inside the activity: the clock is the incident's
        (
            "A man died in Leeds on Saturday. He was driving home at about 2am when his car hit a"
            " tree.",
            ["02:00"],
        ),
        (
            "A balcony collapsed in Split on Saturday. Guests were dancing on it at around 11pm"
            " when it gave way.",
            ["23:00"],
        ),
        (
            "A tanker overturned near Morogoro on Saturday. The driver was heading to Dodoma at"
            " about 6.40am when the truck landed on its side, police said.",
            ["06:40"],
        ),
    ],
)
def test_a_persons_own_activity_keeps_its_clock(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == expected


# A clock with its zone or in words is as bare as "2pm": the incident's clock takes the
# incident's day, not the day a later sentence named ("flew its flag on Wednesday").
ZONED = (
    "A cyclist has died after Tuesday's collision with a bus in Marnholt, police said today.\n\n"
    "The town hall flew its flag at half mast on Wednesday.\n\n"
    "The collision happened {clock}, as traffic was building up on the ring road.\n"
)


@pytest.mark.parametrize(
    ("clock", "words", "value"),
    [
        ("shortly after 4pm local time", "4pm local time", "2026-04-07T16:00"),
        ("at about 1630 hours", "1630 hours", "2026-04-07T16:30"),
        (
            "at about four o'clock in the afternoon",
            "four o'clock in the afternoon",
            "2026-04-07T16:00",
        ),
        ("at 16:20 CET", "16:20 CET", "2026-04-07T16:20"),
    ],
)
def test_a_zoned_or_worded_clock_takes_the_incident_s_day(
    clock: str, words: str, value: str
) -> None:
    from incident_reader.core import temporal
    from incident_reader.core.facts import extract
    from tests.unit.test_facts_when_places import _report

    text = ZONED.format(clock=clock)
    dct = "2026-04-08"  # a Wednesday
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    found = {e.timex.text: e.timex.value for e in ex.timeline if e.timex.type == "TIME"}
    assert found.get(words) == value


@pytest.mark.parametrize(
    "clock",
    [
        "at about three o'clock in the morning",
        "at around eleven at night",
        "at half past four in the afternoon",
    ],
)
def test_a_clock_s_half_of_the_day_names_no_day(clock: str) -> None:
    text = (
        "A dam burst at a gold mine near Ruvale on Monday, flooding two villages.\n\n"
        f"A guard said the wall gave way {clock}, when only the night shift was on duty.\n"
    )
    assert _facts(text, "incident.date", "2026-06-10") == ["2026-06-08"]
