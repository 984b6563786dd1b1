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
    ("Last December 19th at 8:02 pm, a lorry hit the stalls.", "2017-12-18", "Last December 19th", "2016-12-19"),
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
    ("The bridge reopens this December 19th.", "2018-03-05", "this December 19th", "2018-12-19"),
]

# fmt: on


@pytest.mark.parametrize(("text", "dct", "quote", "value"), MONTH_DAY_WITH_SIDE)
def test_month_day_with_last_next_this(text: str, dct: str, quote: str, value: str) -> None:
    assert _value(text, dct, quote) == value
