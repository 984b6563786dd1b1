"""An undated report's weekdays told in the past lie in the run of days back from the story's day
the folder gives it ("gone to bed on Tuesday ... died on Wednesday ... arrested on Thursday"),
not a week on: its DCT is the day after the latest of them.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.temporal.dct import infer_dct

HINT = "2025-03-13"  # a Thursday: the morrow of a Wednesday incident, as the siblings tell it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gas leak killed two children on Wednesday. The family had gone to bed at 10pm on "
         "Tuesday. The landlord was arrested on Thursday morning.", "2025-03-14"),
        ("Smoke filled the flats early on Wednesday. Tenants said the boiler had been hissing "
         "on Tuesday and on Monday. A fitter was held on Thursday.", "2025-03-14"),
        ('"They were playing outside on Tuesday evening," a neighbour said of the two children '
         "who died on Wednesday. Police detained a man on Thursday.", "2025-03-14"),
        ("The blast on Wednesday followed a complaint lodged on Tuesday (the day before). A "
         "worker was questioned on Thursday.", "2025-03-14"),
        # a weekday after a gap in the run is read as before: days on from the story's day
        ("A gas leak killed two on Wednesday; the landlord, held on Thursday, was charged on "
         "Monday.", "2025-03-17"),
    ],
)  # fmt: skip
def test_weekdays_in_a_run_back_from_the_story_day_are_its_eves(text: str, expected: str) -> None:
    assert infer_dct(text, 2025, HINT) == expected


def test_a_weekday_still_to_come_is_no_eve() -> None:
    text = ("A gas leak killed two children on Wednesday. Their aunt was told on Tuesday night. "
            "The landlord was arrested on Thursday, and the council meets when the board sits on "
            "Monday.")  # fmt: skip
    assert infer_dct(text, 2025, HINT) == "2025-03-17"
