"""Where people remembered the victims afterwards is no scene: mourners gathering, flowers or
wreaths laid, tributes paid at a station or a church; the scene told in the same sentence stays.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of


def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


@pytest.mark.parametrize(
    ("sentence", "scene", "not_scene"),
    [
        (
            "Mourners gathered at Lindley Cross underground station on Tuesday evening to remember "
            "the three people killed in the stabbing at Alder Market on Sunday.",
            "alder market",
            "lindley cross",
        ),
        (
            "Commuters laid flowers at Pellow Street subway station on Tuesday for the victims of "
            "Sunday's shooting at Greyfriars Mall in Pellow.",
            "greyfriars mall",
            "pellow street",
        ),
        (
            "Firefighters paid tribute at Holm Cathedral to the crew who died when the trawler "
            "sank off Kettle Point.",
            "kettle point",
            "cathedral",
        ),
        (
            "Well-wishers left wreaths outside Marsh Lane fire station after the blaze on "
            "Tanner Street in Holdham.",
            "tanner street",
            "marsh lane",
        ),
    ],
)
def test_where_the_victims_were_remembered_is_no_scene(
    sentence: str, scene: str, not_scene: str
) -> None:
    got = _places(sentence)
    assert any(scene in p for p in got), got
    assert not any(not_scene in p for p in got), got


def test_a_crowd_gathered_before_the_event_is_at_the_scene() -> None:
    got = _places("A crowd had gathered at Ferry Quay in Tolby when the pier collapsed on Friday.")
    assert any("ferry quay" in p for p in got), got
