"""A later state of some of the hurt ("three were still receiving treatment") beside the report's
larger count of the hurt is a part of them, no second injured count. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import INJURED, values


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("Eleven were injured. Seven were taken to the county hospital; by Sunday three were "
         "still receiving treatment there.", 11),
        ("Nine people were hurt. Two are being treated for burns.", 9),
        ("Twelve workers were injured. Four were still being treated on Monday.", 12),
        # those of the hurt taken to hospital with their wounds
        ("Six people were injured. A woman was flown to the base hospital. Three other "
         "passengers were taken by road to the district hospital with cuts.", 6),
    ],
)  # fmt: skip
def test_a_later_state_is_part_of_the_hurt(text: str, hurt: int) -> None:
    assert values(text, INJURED) == [hurt]


def test_a_state_alone_still_counts() -> None:
    assert values("Three people were still receiving treatment on Sunday.", INJURED) == [3]
