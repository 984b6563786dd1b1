"""Extreme DCTs (0001-01-01, 9999-12-31) never raise: arithmetic past the calendar's ends is
dropped for that one expression, and every value the tagger gives stays a valid TIMEX3 value."""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import infer_dct, is_valid, tag

PHRASES = (
    "yesterday", "tomorrow", "last year", "next year", "last week", "next month", "three days ago",
    "in three days", "the next day", "the day before", "on Monday", "next Monday", "last Monday",
    "in March", "on March 3", "next March", "the 1990s", "this quarter", "the year-ago quarter",
    "a year earlier", "ten years from now", "at Christmas", "over Easter", "on Thanksgiving",
    "the previous day", "tonight at 11pm, then at 1am", "the weekend", "the 20th century",
    "two centuries ago", "last summer", "next summer", "the following year", "the week of March 6",
    "late last night", "the previous Friday", "the following Monday", "at 11.52pm on Sunday",
)  # fmt: skip
EXTREMES = ("0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30")


@pytest.mark.parametrize("dct", EXTREMES)
@pytest.mark.parametrize("phrase", PHRASES)
def test_extreme_dct_never_raises_and_values_stay_valid(dct: str, phrase: str) -> None:
    for text in (f"He said it happened {phrase}.", f"They will meet {phrase}."):
        assert all(is_valid(t.value) for t in tag(text, dct))


# (text, dct, expected): what is still within the calendar keeps its value at the edges
EDGES: list[tuple[str, str, str | None]] = [
    ("He left yesterday.", "9999-12-31", "9999-12-30"),
    ("He left last year.", "9999-12-31", "9998"),
    ("She arrives tomorrow.", "0001-01-01", "0001-01-02"),
    ("It was in 1999.", "0001-01-01", "1999"),
]


@pytest.mark.parametrize(("text", "dct", "expected"), EDGES)
def test_values_within_the_calendar_survive_an_extreme_dct(
    text: str, dct: str, expected: str | None
) -> None:
    values = [t.value for t in tag(text, dct)]
    assert values[:1] == ([expected] if expected else [])


def test_inferring_a_dct_near_the_calendar_ends_never_raises() -> None:
    for hint in (1, 2, 9998, 9999):
        infer_dct("On Saturday 21 September the fire broke out. On Monday police said.", hint)
