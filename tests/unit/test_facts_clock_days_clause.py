"""Which day an incident's bare clock belongs to when the day the tagger lent it is a later
step's: the clock's own clause, not the first words of its sentence, tells the onset ("Police
said the bus hit ...", "a report showed that ... when it hit the lorry at 6.15am"); a day in a
parenthetical relative clause ("The board, which reported on Friday, found ...") is the aside's;
a sentence that names a sequel's day and then the incident's ("buried her yesterday, who was
killed on Saturday") leaves the next clock of the incident on the incident's day.

Every report here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from tests.unit.test_facts_when_places import _report


def clock_days(text: str, dct: str) -> dict[str, str]:
    """The timeline's clocks by their words: value."""
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    return {e.timex.text: e.timex.value for e in ex.timeline if e.timex.type == "TIME"}


@pytest.mark.parametrize(
    ("text", "dct", "clock", "day"),
    [
        # a saying opens the clock's sentence; a later death's day was named before it
        (
            "The toll from Friday evening's explosion at a Korvik mill has reached four. Doctors "
            "said a man had surgery on Friday night but died early Saturday.\n\nRescuers said the "
            "dust silo blew up at about 7.40pm as the night shift began.\n",
            "2025-03-10",
            "7.40pm",
            "2025-03-07T19:40",
        ),
        # a court's noun opens the clock's sentence, its own clause tells the onset
        (
            "A ferry skipper has been charged over last Sunday's collision in the Marsh Channel."
            "\n\nThe toll rose to six on Thursday when a deckhand who had been in intensive care "
            "died.\n\nA marine report read in court showed that the ferry was doing 18 knots when "
            "it struck the barge at 9.05pm.\n",
            "2025-03-15",
            "9.05pm",
            "2025-03-09T21:05",
        ),
        # a sequel's day, then the incident's in a relative clause of the same sentence
        (
            "Mourners in Tessaly yesterday buried Ana Kol, 9, who was swept away while crossing a "
            "ford on Saturday morning.\n\nAna was carried off at about 10am as she was wading "
            "home with her brother.\n",
            "2025-03-11",
            "10am",
            "2025-03-08T10:00",
        ),
        # a day in a parenthetical relative clause before the clock's own clause
        (
            "A coach overturned on the Brenn Pass on Sunday, March 9, killing three.\n\nThe safety "
            "board, which published its findings on Friday, found that the coach left the road at "
            "2.15pm, moments after a tyre burst.\n",
            "2025-03-17",
            "2.15pm",
            "2025-03-09T14:15",
        ),
    ],
)
def test_the_incident_s_clock_leaves_a_later_step_s_day(
    text: str, dct: str, clock: str, day: str
) -> None:
    assert clock_days(text, dct)[clock] == day


@pytest.mark.parametrize(
    ("text", "dct", "clock", "day"),
    [
        # a later step's own clock on its own day
        (
            "A bridge collapsed on Sunday, March 9. Crews searching the river on Tuesday pulled a "
            "car out at 3pm, police said.\n",
            "2025-03-14",
            "3pm",
            "2025-03-11T15:00",
        ),
        # a second fire on a later day: its sentence opens with its own onset
        (
            "A tanker exploded in Ravel on Saturday, March 8. A second tanker caught fire on "
            "Monday. It burst into flames at 6pm.\n",
            "2025-03-14",
            "6pm",
            "2025-03-10T18:00",
        ),
        # a relative clause's day that the clock's own clause goes on with
        (
            "A gas explosion wrecked a block in Lume on Saturday, March 8. A man, who was rescued "
            "on Monday, died at 6pm that day.\n",
            "2025-03-14",
            "6pm",
            "2025-03-10T18:00",
        ),
    ],
)
def test_a_later_step_s_clock_keeps_its_day(text: str, dct: str, clock: str, day: str) -> None:
    assert clock_days(text, dct)[clock] == day


# A clock told in police style, its minutes and then "hours" or "hrs" ("19:30 hours", "21.10
# hrs", "0640hrs"), is a bare clock like "7.30pm": the incident's clause gives it the incident's
# day over a later step's named before it.
@pytest.mark.parametrize(
    ("text", "dct", "clock", "day"),
    [
        (
            "Two herders were killed when a minibus hit their donkey cart near Loma last Friday."
            "\n\nA third man died in hospital on Sunday evening. The cart was struck at about "
            "20:45 hours as it crossed the road.\n",
            "2025-03-11",
            "20:45 hours",
            "2025-03-07T20:45",
        ),
        (
            "Police in Wenzi have confirmed that a bakery worker died after a gas cylinder "
            "exploded on Thursday.\n\nHis colleague succumbed to her burns yesterday. Witnesses "
            "said the cylinder exploded at 06.10 hrs when the ovens were lit.\n",
            "2025-03-11",
            "06.10 hrs",
            "2025-03-06T06:10",
        ),
        (
            "A ferry capsized on the Teru river on Saturday. A body was recovered on Monday "
            "morning, divers said. The vessel overturned at 1715hrs, minutes after leaving the "
            "jetty.\n",
            "2025-03-12",
            "1715hrs",
            "2025-03-08T17:15",
        ),
    ],
)
def test_a_clock_told_in_hours_takes_the_incident_s_day(
    text: str, dct: str, clock: str, day: str
) -> None:
    assert clock_days(text, dct)[clock] == day


def test_a_later_step_s_clock_in_hours_keeps_its_day() -> None:
    text = (
        "A truck overturned on the Kivu road on Saturday. On Monday the driver was arrested at "
        "14:20 hours at a roadblock, police said.\n"
    )
    assert clock_days(text, "2025-03-12")["14:20 hours"] == "2025-03-10T14:20"


# A clock of the incident whose day the tagger lent from no day the story was on (the report's
# own, or a dateline's) takes the incident's day; a clock past midnight after a night named
# keeps the day after it.
@pytest.mark.parametrize(
    ("text", "dct", "clock", "day"),
    [
        (
            "PORT ARVEN, March 11 - Residents today laid flowers at the pier.\n\nFour anglers "
            "drowned in Sunday's storm on the estuary, the coastguard said. Their boat was "
            "capsized by a wave at around 6.40pm, a survivor said.\n",
            "2025-03-11",
            "6.40pm",
            "2025-03-09T18:40",
        ),
        (
            "A schoolboy died in Friday's fire at a hostel in Dunmere. Classes resumed this "
            "morning.\n\nThe head teacher, who will retire on March 30, praised the pupils. The "
            "fire broke out at 10.15pm in a dormitory, investigators said.\n",
            "2025-03-10",
            "10.15pm",
            "2025-03-07T22:15",
        ),
    ],
)
def test_a_lent_day_gives_way_to_the_incident_s(text: str, dct: str, clock: str, day: str) -> None:
    assert clock_days(text, dct)[clock] == day


def test_a_clock_past_midnight_keeps_the_day_after_the_night_named() -> None:
    text = (
        "Two men were stabbed outside a bar on Friday night. One died on Saturday.\n\n"
        "Police were called on Friday at 11.50pm. The attack started at 11.40pm, and at 12.30am "
        "a second victim was found.\n"
    )
    assert clock_days(text, "2025-03-11")["12.30am"] == "2025-03-08T00:30"
