"""Where someone died after the incident, or was moved to, is no place of the incident.

A victim who "succumbed to burns in X", "later died in X" or was "flown ... to the intensive care
unit in X" died or was treated away from the scene: X is no place of the incident (the class seen
in authored sets 4 and 9 and in real news). All sentences are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.analysis import analyse
from incident_reader.core.model import DctSource, Report


def _places(text: str) -> set[str]:
    report = Report(
        id="r",
        path=Path("r.txt"),
        title="Headline",
        text=f"Headline\n\n{text}\n",
        dct="2024-03-14",
        dct_source=DctSource.HEADER,
        sha1="r",
    )
    analysis = analyse(report)
    return {str(f.value) for f in analysis.facts if f.kind == "incident.place"}


@pytest.mark.parametrize(
    ("text", "away"),
    [
        (
            "The number of people who died in the explosion at the Kelby grain depot has risen "
            "to four after a fourth worker succumbed to burns in Arden.",
            "arden",
        ),
        (
            "A bus overturned on the Kelby road, killing six. A seventh passenger later died in "
            "Arden.",
            "arden",
        ),
        (
            "A bus overturned on the Kelby road on Monday. One of the injured, a 40-year-old "
            "woman, succumbed to her injuries in Dunmore on Sunday.",
            "dunmore",
        ),
        (
            "A gas cylinder exploded at a market in Tarly. A trader died later in Orvel, "
            "police said.",
            "orvel",
        ),
        (
            "A gas cylinder exploded at a market in Tarly. A second trader subsequently died in "
            "Orvel.",
            "orvel",
        ),
        (
            "A fire at a flat in Tarly killed a woman. Her son was flown from Tarly Hospital to "
            "the paediatric intensive care unit in Dunmore, where he died.",
            "dunmore",
        ),
        (
            "A fire at a flat in Tarly killed a woman. The injured were airlifted from the "
            "estate to a specialist burns centre in Orvel.",
            "orvel",
        ),
    ],
)
def test_a_later_death_or_a_move_places_no_incident(text: str, away: str) -> None:
    found = _places(text)
    assert away not in found
    assert found  # the scene stays


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Three people died in Arden when a bus overturned.", "arden"),
        ("A bus overturned on the Kelby road, killing six people.", "kelby road"),
        ("Two climbers died on Ben Arden after a fall on Saturday.", "ben arden"),
        (
            "Eleven people were taken to hospital after a gas leak at a bottling plant in "
            "Arden on Monday.",
            "arden",
        ),
        ("Nine workers were rushed to hospital after an explosion at a factory in Orvel.", "orvel"),
    ],
)
def test_the_deaths_of_the_incident_still_place_it(text: str, scene: str) -> None:
    assert scene in _places(text)
