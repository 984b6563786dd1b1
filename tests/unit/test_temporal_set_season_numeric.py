"""Issue 15's last classes: SET premodifiers, an anaphoric "that season", numeric dates' order.

Rows are (text, dct, quote, type, value); ``quote`` None means nothing in the text is tagged.
Every sentence is invented.
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
from pathlib import Path

import pytest

from incident_reader.core import temporal
from incident_reader.core.analysis import analyse
from incident_reader.core.model import DctSource, Report

# fmt: off
SET_PREMODIFIERS = [
    # a frequency adjective before a noun is a SET, as TBAQ tags "daily life", "weekly radio"
    ("Officials gave the daily briefing at the town hall.", "2025-03-14", "daily", "SET", "P1D"),
    ("The council holds weekly meetings with residents.", "2025-03-14", "weekly", "SET", "P1W"),
    ("Drivers were paid hourly wages.", "2025-03-14", "hourly", "SET", "PT1H"),
    ("The club sends a monthly newsletter to members.", "2025-03-14", "monthly", "SET", "P1M"),
    ("Police stepped up nightly patrols near the park.", "2025-03-14", "nightly", "SET", "P1D"),
    # ... and after its verb
    ("The bulletin is published daily.", "2025-03-14", "daily", "SET", "P1D"),
    # "annual" and "quarterly" before a noun stay untagged (TBAQ: "quarterly dividend",
    # "annual sales" and "annual rate" are no TIMEX3)
    ("The firm raised its quarterly dividend.", "2025-03-14", None, None, None),
    ("The annual parade was cancelled.", "2025-03-14", None, None, None),
]

THAT_SEASON = [
    # a season of play told anaphorically is the story's year, moved by "following"/"previous"
    ("The side won nine games in 2013 and has not done as well since that season.", "2025-03-14", "that season", "DATE", "2013"),
    ("She signed in 2019 and scored twelve goals the following season.", "2025-03-14", "the following season", "DATE", "2020"),
    ("He left the club in 2021, after a poor previous season.", "2025-03-14", "previous season", "DATE", "2020"),
    # no year named before: the year is unknown, never the DCT's
    ("The coach has not lost at home since that season.", "2025-03-14", "that season", "DATE", "XXXX"),
]

NUMERIC_DATES = [
    # day first by default (UK, Ireland, India, Australia)
    ("The van was stolen on 25/12/23, police said.", "2024-01-05", "25/12/23", "DATE", "2023-12-25"),
    ("The shop was raided on 05/01/24, police said.", "2024-01-20", "05/01/24", "DATE", "2024-01-05"),
    # another date of the copy that can only be read one way settles the order of the others
    ("The first hearing was on 3/12/2024 and the second on 25/12/2024.", "2025-01-10", "3/12/2024", "DATE", "2024-12-03"),
    ("The first hearing was on 3/12/2024 and the second on 12/25/2024.", "2025-01-10", "3/12/2024", "DATE", "2024-03-12"),
    # a past event is not after the report: the order that puts it after the DCT is the wrong one
    # (US copy, month first: April 3 is after the report, so 4 March)
    ("The crash happened on 04/03/24 at 9 a.m. on Main Street, officials said on March 6.", "2024-03-10", "04/03/24", "DATE", "2024-03-04"),
    ("The crash happened on 03/04/24, police said.", "2024-03-20", "03/04/24", "DATE", "2024-03-04"),
    # a future one may lie after it: the copy's order stands
    ("The hearing is set for 05/06/24.", "2024-05-01", "05/06/24", "DATE", "2024-06-05"),
]
# fmt: on


def _found(text: str, dct: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in temporal.tag(text, dct)}


@pytest.mark.parametrize(
    ("text", "dct", "quote", "typ", "value"), [*SET_PREMODIFIERS, *THAT_SEASON, *NUMERIC_DATES]
)
def test_issue_15_last_classes(
    text: str, dct: str, quote: str | None, typ: str | None, value: str | None
) -> None:
    found = _found(text, dct)
    if quote is None:
        assert found == {}
    else:
        assert found.get(quote) == (typ, value), found


def test_a_set_is_no_timeline_entry() -> None:
    text = (
        "Officials gave the daily briefing at noon on Tuesday. The council holds weekly meetings."
    )
    report = Report("r", Path("r.txt"), "r", text, "2025-03-14", DctSource.HEADER, "r" * 40)
    assert [e.timex.text for e in analyse(report).timeline] == ["Tuesday", "noon"]
