"""Days told with "last", "next" or "this", and holidays, on the side of the DCT their words say.

Rows are (text, dct, quote, value): the expression whose extent is ``quote`` has ``value``.
Every sentence is invented for these tests.
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core import temporal


def _value(text: str, dct: str, quote: str) -> str | None:
    """The value of the expression whose extent is ``quote``."""
    found = {t.text: t.value for t in temporal.tag(text, dct)}
    assert quote in found, f"{quote!r} not tagged in {text!r}: {sorted(found)}"
    return found[quote]


# fmt: off
MONTH_DAY_WITH_SIDE = [
    # "last" before a month and day: the latest such day before the DCT, never one still to come
    ("Last March 3rd a man drove a van into the square.", "2018-03-01", "Last March 3rd", "2017-03-03"),
    ("Last November 14th at 7:45 pm, a lorry hit the stalls.", "2019-11-13", "Last November 14th", "2018-11-14"),
    ("Last June 5 the ferry sank off the point.", "2021-06-05", "Last June 5", "2020-06-05"),
    ("Last June 4 the ferry sank off the point.", "2021-06-05", "Last June 4", "2021-06-04"),
    ("Last Oct. 2, two climbers fell on the ridge.", "2019-11-20", "Last Oct. 2", "2019-10-02"),
    # "next": the first such day after the DCT
    ("The inquest opens next March 3rd.", "2018-03-05", "next March 3rd", "2019-03-03"),
    ("The inquest opens next March 7.", "2018-03-05", "next March 7", "2018-03-07"),
    ("The inquest opens next March 5.", "2018-03-05", "next March 5", "2019-03-05"),
    ("The hearing was set for next Feb. 3.", "2024-03-20", "next Feb. 3", "2025-02-03"),
    # "this": the DCT's own year, on either side of it
    ("This March 3rd a crane toppled onto the road.", "2018-03-05", "This March 3rd", "2018-03-03"),
    ("The bridge reopens this November 14th.", "2018-03-05", "this November 14th", "2018-11-14"),
]

HOLIDAY_YEARS = [
    # a year written right before the holiday is its year
    ("The court said the packed lanes during the 2019 Halloween festivities were a known danger.", "2021-09-14", "Halloween", "2019-10-31"),
    ("Organisers recalled the 2019 Christmas parade, when a float overturned.", "2023-05-02", "Christmas", "2019-12-25"),
    ("Stalls at the 2021 Easter festival were checked twice.", "2024-01-15", "Easter", "2021-04-04"),
    # "this year", "last year" earlier in the sentence: the DCT's year, the year before
    ("This year, the village's Halloween turned to horror.", "2021-10-27", "Halloween", "2021-10-31"),
    ("This year the Christmas season started early.", "2023-11-10", "Christmas", "2023-12-25"),
    ("Last year, Halloween passed quietly in the square.", "2021-10-27", "Halloween", "2020-10-31"),
    # a holiday in the DCT's own month is this year's, whichever the tense (as a month is)
    ("It was the first Halloween since the curfew was lifted.", "2021-10-27", "Halloween", "2021-10-31"),
    ("Christmas was quiet on the ward.", "2022-12-28", "Christmas", "2022-12-25"),
    ("Crowds were expected for Christmas.", "2022-12-02", "Christmas", "2022-12-25"),
    # a year the story recalls in the past tense, as for a bare month
    ("In 2019, the Easter parade was cancelled after a storm.", "2022-06-01", "Easter", "2019-04-21"),
    # what was already right stays
    ("Last Christmas was quiet.", "2022-12-28", "Last Christmas", "2022-12-25"),
    ("since last Christmas", "2024-11-14", "last Christmas", "2023-12-25"),
    ("They were charged over deaths at the Halloween parade.", "2024-09-30", "Halloween", "2023-10-31"),
    ("The Halloween parade will close the high street.", "2024-09-30", "Halloween", "2024-10-31"),
    ("on Halloween last year", "2024-11-14", "Halloween last year", "2023-10-31"),
]
# fmt: on


@pytest.mark.parametrize(("text", "dct", "quote", "value"), MONTH_DAY_WITH_SIDE)
def test_month_day_with_last_next_this(text: str, dct: str, quote: str, value: str) -> None:
    assert _value(text, dct, quote) == value


@pytest.mark.parametrize(("text", "dct", "quote", "value"), HOLIDAY_YEARS)
def test_holiday_year(text: str, dct: str, quote: str, value: str) -> None:
    assert _value(text, dct, quote) == value
