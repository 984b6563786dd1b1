"""A court with a noun of no court kind before it is a site ("the food court of the X centre",
"the tennis court at Y park"): the place it belongs to is the scene; a court of law leads to the
sequel's town as before.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of


@pytest.mark.parametrize(
    ("sentence", "scene", "not_scene"),
    [
        (
            "Diners fled when a fire broke out in the food court of the Kelby Galleria in Tolley.",
            "kelby galleria",
            None,
        ),
        (
            "He appeared in the crown court in Kelby on Monday after a crash on Mill Road.",
            "mill road",
            "kelby",
        ),
    ],
)
def test_a_court_of_play_is_a_site(sentence: str, scene: str, not_scene: str | None) -> None:
    got = [str(f.value) for f in places(sentence_of(sentence))]
    assert any(scene in p for p in got), got
    assert not_scene is None or not any(p.startswith(not_scene) for p in got), got
