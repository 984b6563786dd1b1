"""Place classes the scene bank (tests/data/scene_bank.jsonl) found wanting, tested on sentences
of their own (invented): an earlier incident named by its premises after a span of time back to
it, a settlement named after its noun with the larger place before it, and a vehicle heading a
long subject found afterwards somewhere else.
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of


def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a span of time back to a named premises' event, after the sentence's own event
        (
            "Part of the roof of Corran market in Ashby fell in on Monday, two years after the "
            "Dale Street Tavern fire killed four people.",
            ["ashby"],
        ),
        (
            "A footbridge at Kelby station gave way on Friday, months after the Holm Park bridge "
            "collapse.",
            ["kelby station"],
        ),
        # with no event of its own before, the named premises' event is the report's own
        ("A year after the Marlow Arms shootings, the pub reopened.", ["marlow arms"]),
        # a settlement named after its noun: the name after "of", in the place before it
        ("A man was stabbed in the Dunmore suburb of Eastfield Park.", ["eastfield park, dunmore"]),
        ("Fire broke out in the Lakeland village of Ashby Cross.", ["ashby cross, lakeland"]),
        # a demonym before the noun is no town
        ("Gunmen attacked a bus in the Kenyan town of Mandera.", ["mandera"]),
        # a vehicle heading a long subject, found afterwards elsewhere
        (
            "The van seen leaving the robbery at Kelby post office on Friday was found burnt out "
            "in Ashby.",
            ["kelby post office"],
        ),
        (
            "A silver hatchback that struck a cyclist on Mill Road in Dunmore at 8pm was later "
            "found abandoned in Corran.",
            ["mill road, dunmore"],
        ),
        # a person found somewhere may be the scene
        (
            "A man hurt in a fight on Mill Road was later found in a doorway in Corran.",
            ["mill road", "corran"],
        ),
    ],
)
def test_scene_bank_place_classes(sentence: str, expected: list[str]) -> None:
    assert _places(sentence) == expected
