"""Shapes of real news the web probe of issue 15 found missed, each a (text, dct, expected) table
of invented sentences: lengths told unit by unit with commas, "the next hour", a clock's day
told "in the early hours of", and the side of a weekday after an infinitive or a forecast."""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

D = "2018-08-14"  # a Tuesday

# fmt: off
# An elapsed time told in clock units with commas is one DURATION; other units stay apart.
COMMA_LENGTHS = [
    ("The winner crossed the line in 2 hours, 6 minutes, 12 seconds.", D, [("2 hours, 6 minutes, 12 seconds", "DURATION", "PT2H6M12S")]),
    ("She swam the strait in nine hours, 35 minutes.", D, [("nine hours, 35 minutes", "DURATION", "PT9H35M")]),
    ("The rescue took three hours, and 20 minutes.", D, [("three hours, and 20 minutes", "DURATION", "PT3H20M")]),
    ("The rescue took three hours, 20 minutes of it in the dark.", D, [("three hours", "DURATION", "PT3H"), ("20 minutes", "DURATION", "PT20M")]),
    ("He was held one year, eight months of it abroad.", D, [("one year", "DURATION", "P1Y"), ("eight months", "DURATION", "P8M")]),
    ("The blaze burned two days, 10 hours of them unchecked.", D, [("two days", "DURATION", "P2D"), ("10 hours", "DURATION", "PT10H")]),
]
# "the next hour": one clock unit counted from now is a length.
ONE_CLOCK_UNIT = [
    ("Gusts should ease within the next hour.", D, [("the next hour", "DURATION", "PT1H")]),
    ("Over the past hour the queue doubled.", D, [("the past hour", "DURATION", "PT1H")]),
    ("Traffic will be held for the next minute.", D, [("the next minute", "DURATION", "PT1M")]),
]
# A clock takes the day told right after it "in the early hours of" (British police wording).
SMALL_HOURS_DAY = [
    ("At 2.40am in the early hours of Saturday a car caught fire.", D, [("2.40am", "TIME", "2018-08-11T02:40"), ("Saturday", "DATE", "2018-08-11")]),
    ("Shortly after 3am in the early hours of Sunday, August 12, a man was stabbed.", D, [("3am", "TIME", "2018-08-12T03:00"), ("Sunday, August 12", "DATE", "2018-08-12")]),
    ("At 1.15am in the small hours of 9 August two shops were raided.", D, [("1.15am", "TIME", "2018-08-09T01:15"), ("9 August", "DATE", "2018-08-09")]),
]
# A verb form after "to" or a modal is a base form, never a past; "is likely" looks ahead.
FORECAST_SIDE = [
    ("The board is expected to put forward its plan on Friday.", D, [("Friday", "DATE", "2018-08-17")]),
    ("Unions said they would cut services on Thursday.", D, [("Thursday", "DATE", "2018-08-16")]),
    ("Thunderstorms are likely across the region on Friday and Saturday.", D, [("Friday", "DATE", "2018-08-17"), ("Saturday", "DATE", "2018-08-18")]),
    ("More delays are likely on Thursday, officials said.", D, [("Thursday", "DATE", "2018-08-16")]),
    # a past verb stays past
    ("The driver hit a wall on Friday.", D, [("Friday", "DATE", "2018-08-10")]),
    ("He likely died on Sunday.", D, [("Sunday", "DATE", "2018-08-12")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "dct", "expected"), [*COMMA_LENGTHS, *ONE_CLOCK_UNIT, *SMALL_HOURS_DAY, *FORECAST_SIDE]
)
def test_news_shape(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == expected
