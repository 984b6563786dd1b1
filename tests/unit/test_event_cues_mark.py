"""The word "mark" tells a remembrance only as a verb with its object; a noun or a participle
before a noun ("the halfway mark", "a marked lane") tells no sequel, so a clock beside it stays the
incident's.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.event_cues import tells_a_sequel


@pytest.mark.parametrize(
    "text",
    [
        "The van left the marked cycle lane at about 6.10pm and struck two riders",
        "The lead car spun out at the halfway mark of the circuit",
        "Officers found skid marks on the road surface",
        "A marked police car was following the lorry when it overturned",
        "The swimmer was caught near the 200m mark, the lifeguard said",
        "Everyone was watching the boats round the last mark when the ski hit them",
    ],
)
def test_a_noun_or_an_adjective_mark_tells_no_sequel(text: str) -> None:
    assert not tells_a_sequel(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered on Sunday to mark the first anniversary of the collapse",
        "The town marked a year since the blast with a minute's silence",
        "Relatives will be marking 10 years since the sinking",
        "A service marks one year since the fire at the plant",
        "Residents marked the spot with flowers and candles",
        "The driver was charged on Friday",  # the other verbs as before
    ],
)
def test_a_verb_mark_with_its_object_still_tells_a_remembrance(text: str) -> None:
    assert tells_a_sequel(text)
