"""A place's name by its shape: a region's head ("the Wimmera region") is too wide for a scene;
a nation's adjective before a site noun ("into Portuguese village") names no site, while a town
before one ("Milan station") does. Invented sentences."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of


def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


@pytest.mark.parametrize(
    ("sentence", "not_place"),
    [
        ("A storm front swept through the Wimmera region before the boat capsized.", "wimmera"),
        ("Three dead as flash flood sweeps into Portuguese village.", "portuguese"),
        ("Fire rips through Nigerian bar, killing four.", "nigerian"),
        ("A bus crashed into a Swiss ski lodge on Monday.", "swiss"),
    ],
)
def test_a_region_or_a_nations_adjective_is_no_place(sentence: str, not_place: str) -> None:
    assert not any(not_place in v for v in _places(sentence)), _places(sentence)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Two were hurt when a train derailed at Milan station on Monday.", "milan station"),
        ("A van crashed into the Kelby valley road sign on Monday.", None),
        ("The car left the road in the Tilsey valley on Monday.", "tilsey valley"),
    ],
)
def test_a_town_before_a_site_noun_stays_a_place(sentence: str, place: str | None) -> None:
    assert place is None or place in _places(sentence), _places(sentence)
