"""An undated report's weekday with its date in brackets ("on Tuesday (Aug 14)") fixes its year
near the story's dated reports; sentences invented for these tests."""

from __future__ import annotations

import pytest

from incident_reader.core.temporal.dct import infer_dct

CASES = [
    # the date in brackets after its weekday, in the hint's year
    ("A dam burst on Thursday (March 6) above Kelso, flooding the valley.", 2025, "2025-03-06"),
    # no year near the hint fits (the hint is an anniversary piece's year): the one before it
    ("A tower crane fell on Wednesday (Jan 10) in Portree, killing two.", 2027, "2024-01-10"),
    # no year within the window fits: no date beats a wrong one
    ("A pier collapsed on Sunday (Oct 2) at Harnish.", 2030, None),
]


@pytest.mark.parametrize(("text", "hint", "expected"), CASES)
def test_weekday_with_bracketed_date(text: str, hint: int, expected: str | None) -> None:
    assert infer_dct(text, year_hint=hint) == expected
