"""A named place that opens a person's title is the person's post, no scene ("Harbor Station
Chief Tom Bell said"); the same place told as where something happened stays. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.place_titles import _TITLE_THEN_NAME, TITLE_NOUNS
from tests.unit.test_facts_wordings import values

PLACE = "incident.place"
STORY = "A fire killed two workers at a sawmill on Sunday. "

POSTS = [
    "Dunmore Fire Station Officer Md Rafiq Hasan told reporters the blaze spread fast.",
    "Harbor Station Chief Tom Bell said two were hurt in the fire.",
    "Kotwali Police Station officer-in-charge Abdul Karim said the fire began at 5pm.",
    "Kelby Mayor Jan Hale said the town was in shock after the fire.",
    "Arlow District Commissioner Grace Mensah visited the burnt sawmill.",
]
SCENES = [
    ("A fire broke out at the Dunmore Fire Station on Sunday.", "dunmore fire station"),
    (
        "A lorry crashed at Kelby Junction on Sunday, Station Officer Ama Ofori said.",
        "kelby junction",
    ),
]


@pytest.mark.parametrize("sentence", POSTS)
def test_a_place_in_a_persons_title_is_no_scene(sentence: str) -> None:
    assert values(STORY + sentence, PLACE) == []


@pytest.mark.parametrize(("sentence", "place"), SCENES)
def test_the_place_told_as_a_scene_stays(sentence: str, place: str) -> None:
    assert place in values(sentence, PLACE)


@pytest.mark.parametrize("title", TITLE_NOUNS)
def test_every_title_in_the_table_opens_a_name(title: str) -> None:
    assert _TITLE_THEN_NAME.match(f" {title} Ama Boateng said")
    assert not _TITLE_THEN_NAME.match(f" {title} said")
