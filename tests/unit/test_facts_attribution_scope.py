"""Who said a fact reaches only as far as the attribution's own clause: a frame that opens a later
clause of the sentence ("... was arrested as investigators say ...") does not attribute what the
writer told before it; a frame at either end or set off by commas attributes the whole sentence."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.text import speaker_scope
from tests.unit.test_facts import facts_of


def said_by(text: str, kind: str) -> list[str | None]:
    return [f.said_by for f in facts_of(text) if f.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "kind", "who"),
    [
        # a frame opening a later clause: the clause before it is the writer's own
        (
            "A man is arrested as detectives say they believe the lorry was speeding.",
            "arrests",
            None,
        ),
        (
            "Two people were killed, and police said the driver had fled the scene.",
            "casualties.killed",
            None,
        ),
        ("Four men were arrested while the ministry said an inquiry would open.", "arrests", None),
        (
            "Six people were injured; the fire brigade said the blaze started in a kitchen.",
            "casualties.injured",
            None,
        ),
        (
            "Nine passengers were hurt but the operator says the tram was not speeding.",
            "casualties.injured",
            None,
        ),
        # the frame's own clause keeps its speaker
        (
            "The ferry sank at dawn, and police said 12 people had drowned.",
            "casualties.killed",
            "police",
        ),
        ("The bus overturned as police said three people had died.", "casualties.killed", "police"),
        # a frame at either end, or set off by commas, covers the whole sentence
        ("Two people were killed, police said.", "casualties.killed", "police"),
        ("Police said two people were killed and the driver fled.", "casualties.killed", "police"),
        ("The driver, police said, was arrested at the scene.", "arrests", "police"),
        (
            "Three people were injured, according to the ambulance service.",
            "casualties.injured",
            "ambulance service",
        ),
    ],
)
def test_a_fact_is_said_by_the_frame_whose_clause_holds_it(
    sentence: str, kind: str, who: str | None
) -> None:
    found = said_by(sentence, kind)
    assert found, f"no {kind} in {sentence!r}"
    assert found[0] == who


@pytest.mark.parametrize(
    ("sentence", "scope_word"),
    [
        ("The van crashed as witnesses said it was travelling fast.", "as"),
        ("Two died; police said the driver fled.", " police"),
        ("Police said two died.", None),
        ("As police said, the road was closed.", None),  # the sentence opens with the frame
        ("The man who police said was driving was arrested.", None),  # a relative clause
    ],
)
def test_speaker_scope_starts_at_the_clause_the_frame_opens(
    sentence: str, scope_word: str | None
) -> None:
    who, start = speaker_scope(sentence)
    assert who == "police" or who == "witness"
    if scope_word is None:
        assert start == 0
    else:
        assert start > 0 and sentence[start:].lstrip().startswith(scope_word.strip())
