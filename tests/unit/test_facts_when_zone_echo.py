"""A live-blog stamp told in one zone and echoed in another in brackets tells one time.

Every entry here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2024-03-10"

HEAD = "Ferry fire: how the evening unfolded\n\n"


def test_a_stamp_with_its_zone_echo_times_the_entry_event() -> None:
    text = HEAD + (
        "7:12pm Athens time (5.12am AEDT): A fire breaks out on the car deck of the ferry"
        " as it leaves the harbour.\n\n"
    )
    assert _facts(text, TIME, DCT) == ["19:12"]


def test_a_stamp_beside_another_time_of_the_story_still_gives_way() -> None:
    text = HEAD + (
        "7:12pm: A fire breaks out on the car deck, an hour after the ferry left at 6.10pm.\n\n"
    )
    assert "19:12" not in _facts(text, TIME, DCT)
