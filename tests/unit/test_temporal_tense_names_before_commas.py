"""A schedule verb's capitalised form closing a name before a comma ("on Ash Close, Kelby, on
Saturday") is a name in running text, no present tense that sends a bare weekday forward; a
lower-case schedule verb still does ("which opens on Saturday", "The council meets on Saturday").

Every sentence here is invented for these tests (none is taken from a report of the data sets),
after a class the scene bank (tests/data/scene_bank.jsonl) found.
"""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import tag

DCT = "2026-12-01"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "A man was found hurt at a flat on Ash Close, Kelby, on Saturday evening.",
            "2026-11-28TEV",
        ),
        ("A van hit a wall on Dunmore Close; the driver fled on Sunday.", "2026-11-29"),
        ("The shop on Mill Close, which opens on Saturday, was hit.", "2026-12-05"),
        ("The council meets on Saturday.", "2026-12-05"),
    ],
)
def test_a_name_before_a_comma_tells_no_tense(text: str, value: str) -> None:
    assert [t.value for t in tag(text, DCT)] == [value]
