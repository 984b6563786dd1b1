"""Place classes of bounds: a mountain's parts ("the southern flank of X"), a place above or
below another, the local unit a place lies in (", municipality of X"), the spatial place inside a
body's "of" phrase, and places that only bound a period, a set, a tally or a destination ("at the
end of Holy Week", "all building sites in X", "the third crash in X this year", "heading to a
site in X").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of


def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("An avalanche buried two skiers in the Val Roseg above Pontresina.", "pontresina"),
        ("Rocks hit two hikers on the southern flank of Mount Kerani.", "mount kerani"),
        ("A slide buried a climber on the north-west ridge of Piz Alun.", "piz alun"),
        (
            "An avalanche buried a skier in the Val Bever, municipality of Bever.",
            "val bever, bever",
        ),
        ("Two members of a climbing party on Mount Kerani were hit by rocks.", "mount kerani"),
        (
            "Reports of a blast at the Kell Gorge quarry reached police at noon.",
            "kell gorge quarry",
        ),
    ],
)
def test_mountain_parts_above_and_the_local_unit(sentence: str, value: str) -> None:
    found = _places(sentence)
    assert value in found and not any(v.endswith(" above") for v in found), found


@pytest.mark.parametrize(
    ("sentence", "not_place"),
    [
        ("The crash comes at the end of Holy Week, when crowds fill Kell beaches.", "holy week"),
        ("The crash comes at the end of Holy Week, when crowds fill the hills of Kell.", "kell"),
        ("Two cars collided on Christmas Eve in Ashby.", "christmas eve"),
        ("Inspectors will audit all building sites in the Northern Area.", "northern area"),
        ("Avalanches have killed 14 people in the Kell Alps since the season began.", "kell alps"),
        ("It is the third fatal shooting in Dunmore this month.", "dunmore"),
        ("The lorry was heading to a building site in Kelby when its brakes failed.", "kelby"),
    ],
)
def test_periods_sets_tallies_and_destinations_place_nothing(sentence: str, not_place: str) -> None:
    assert not_place not in _places(sentence), _places(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Three pupils of a school in Kelby were hurt in a crash on the M6.", "m6"),
        ("Fire crews checked all the other flats in Kell Court after the blaze.", "kell court"),
        ("A man was shot dead in Kelby this morning.", "kelby"),
    ],
)
def test_scenes_beside_those_classes_stay(sentence: str, value: str) -> None:
    assert value in _places(sentence), _places(sentence)
