"""A bare clock on the timeline of a report that tells the incident's date itself: the incident's
clock takes the incident's day, not the day of the hearing or of the report (DCT); a clock of the
proceedings never takes the incident's day; a later step told on its own day keeps that day.

Every report here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from tests.unit.test_facts_when_places import _report

DCT = "2025-03-14"


def clock_days(text: str, dct: str | None = DCT) -> dict[str, str]:
    """The timeline's clocks by their words: value."""
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    return {e.timex.text: e.timex.value for e in ex.timeline if e.timex.type == "TIME"}


HEARING_DAY = (
    "A pedestrian died after he was struck by a van in Dunmere on 9 November 2024, an inquest "
    "has heard.\n\nThe hearing at the county coroner's court on Thursday was told that the man, "
    "67, suffered multiple injuries. He was taken to the infirmary by ambulance and was "
    "pronounced dead at 4.25pm.\n"
)
DCT_ONLY = (
    "Woman was pronounced dead at 4.10pm, inquest told\n\nA cyclist who was hit by a lorry on "
    "the ring road on 2 June 2024 died of her injuries, an inquest in Harwell has heard.\n"
)


@pytest.mark.parametrize(
    ("text", "clock", "day"),
    [
        (HEARING_DAY, "4.25pm", "2024-11-09T16:25"),  # not the hearing's Thursday (2025-03-13)
        (DCT_ONLY, "4.10pm", "2024-06-02T16:10"),  # not the report's day
    ],
)
def test_the_incident_s_clock_takes_the_incident_s_day(text: str, clock: str, day: str) -> None:
    assert clock_days(text)[clock] == day


def test_a_clock_of_the_proceedings_is_not_put_on_the_incident_s_day() -> None:
    text = (
        "A climber fell 20 metres on Scar Edge on August 3, 2024 and died, an inquest heard.\n\n"
        "She was pronounced dead at 4.25pm. The hearing was adjourned until 2pm.\n"
    )
    days = clock_days(text)
    assert days["4.25pm"] == "2024-08-03T16:25"
    assert days["2pm"] == "XXXX-XX-XXT14:00"  # undated: neither the fall's day nor the DCT


@pytest.mark.parametrize(
    ("text", "clock", "day"),
    [
        # A later step told on a day of its own keeps that day.
        (
            "A flood swept the campsite early on Sunday, March 9. Searchers on Monday found the "
            "body of a missing camper. It was recovered shortly after 8 a.m. near the weir.\n",
            "8 a.m.",
            "2025-03-10T08:00",
        ),
        # A clock past midnight after the day named is the next day's.
        (
            "Crews were called to the depot at 11.52pm on Tuesday, March 11. The roof fell in at "
            "around 1.30am, a spokesman said.\n",
            "1.30am",
            "2025-03-12T01:30",
        ),
        # A court's reported account: the clock is the incident's night, as the tagger put it.
        (
            "A jury heard on Wednesday that a man was stabbed outside a takeaway in the early "
            "hours of 2 September last year. The prosecutor told the court that officers arrived "
            "at 1.12am.\n",
            "1.12am",
            "2024-09-02T01:12",
        ),
    ],
)
def test_a_clock_whose_day_is_told_keeps_it(text: str, clock: str, day: str) -> None:
    assert clock_days(text)[clock] == day


@pytest.mark.parametrize(
    ("text", "clock", "day"),
    [
        # The onset's clock after a later death's day: the incident's day, not the death's.
        (
            "A third worker has died following last Tuesday's explosion at the Marrow Lane "
            "bakery.\n\nKen Odell (58) died at the burns unit on Thursday evening, two days after "
            "he was moved from the district hospital with severe burns.\n\nThe oven blew up "
            "shortly after 2.40pm as workers sheltered from the heat.\n",
            "2.40pm",
            "2025-03-11T14:40",  # "last Tuesday" before a Friday DCT
        ),
        # A later death's own clock keeps the death's day.
        (
            "A woman hurt when a balcony gave way on Saturday died in hospital early today. She "
            "succumbed to her injuries at 5.20am, doctors said.\n",
            "5.20am",
            "2025-03-14T05:20",
        ),
    ],
)
def test_the_onset_s_clock_after_a_later_death(text: str, clock: str, day: str) -> None:
    assert clock_days(text)[clock] == day
