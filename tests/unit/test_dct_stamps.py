"""A report that dates itself: a posting stamp line is its DCT, and weekdays it dates itself or
tells as still to come move no inferred DCT (invented releases)."""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import infer_dct_with_evidence


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("Fenbury Police - News\n\nMan charged after robbery\n\nPosted 23 May 2026, 6.30pm\n\n"
         "A man has been charged after a robbery at a shop on Tuesday 19 May. He will appear "
         "in court tomorrow (Sunday 24 May).", "2026-05-23"),
        ("Statement\nPublished: 4 March 2025\n\nA crash on the A40 on Sunday 2 March left one "
         "man dead.", "2025-03-04"),
        ("First published on Tuesday 11 November 2025\n\nA fire broke out on Monday.",
         "2025-11-11"),
    ],
)  # fmt: skip
def test_a_posting_stamp_dates_the_report(text: str, dct: str) -> None:
    found = infer_dct_with_evidence(text, None, None)
    assert found is not None and found[0] == dct


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # a dated weekday and one still to come: the latest date named
        ("A man was hurt in a crash on Tuesday 22 September 2026. He will appear in court on "
         "Friday.", "2026-09-22"),
        # a past weekday of its own still dates the report after the latest date
        ("A man was hurt in a crash in Fenbury on 22 September 2026. Police said on Thursday "
         "he had died.", "2026-09-24"),
    ],
)  # fmt: skip
def test_dated_and_future_weekdays_tell_no_day(text: str, dct: str) -> None:
    found = infer_dct_with_evidence(text, None, None)
    assert found is not None and found[0] == dct
