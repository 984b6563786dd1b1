"""A release's heading lines ("MEDIA RELEASE", "Ref: GPS/PR/114", a title in capitals) are no
sentences of its opening: the first clock that no cue word times is read in the opening's prose
sentences, as it is in a report that starts with its lead.

Every text here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GREENVALE POLICE SERVICE\nPRESS STATEMENT\nRef: GPS/PR/2025/114\n\nTWO TRADERS "
            "STABBED AT MBALA MARKET\n\nThe Service regrets to announce that two traders were "
            "stabbed to death at Mbala market on Monday.\n\nIt is reported that at about 0540 "
            "hrs, two men armed with machetes walked into the market hall.\n",
            ["05:40"],
        ),
        (
            "OFFICE OF THE DISTRICT COMMISSIONER\nKIRU DISTRICT\nNo: DC/KL/33/25\n\nTHREE DROWNED "
            "ON LAKE KIRU\n\nThree fishermen drowned on Lake Kiru on Monday, the office "
            "confirms. Witnesses say that at around 16:20 hours the canoe met strong winds near "
            "Kiru island.\n",
            ["16:20"],
        ),
        (
            "KALINDA FIRE SERVICE\nINCIDENT REPORT\nRef: KFS/IR/0091\n\nFATAL FIRE AT KALINDA "
            "FLATS\n\nA woman died when fire broke out at Kalinda Flats on Monday, the Service "
            "reports. Neighbours say that at about 0310 hrs smoke was pouring from a window.\n",
            ["03:10"],
        ),
    ],
)
def test_heading_lines_do_not_use_up_the_opening(text: str, expected: list[str]) -> None:
    assert _facts(text, TIME, DCT) == expected


def test_a_clock_past_the_opening_s_prose_times_nothing() -> None:
    text = (
        "MEDIA RELEASE\n\nTwo traders were stabbed to death at Mbala market on Monday. The "
        "market was closed on Tuesday. Traders held a meeting. The council met them. Police "
        "appealed for calm. A patrol was posted at the gate at 0540 hrs.\n"
    )
    assert _facts(text, TIME, DCT) == []
