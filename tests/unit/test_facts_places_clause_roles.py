"""A place's role in its clause decides whether it is the scene: where a substance drifted, where
the one telling it was sitting, what stood on a site before, a town told as near the scene's
town, a landmark beside a lake already told, the institution a toll's later death was in, the
body people belong to. Invented sentences."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of
from tests.unit.test_facts_when_places import _facts


def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


@pytest.mark.parametrize(
    ("sentence", "scene", "not_scene"),
    [
        (
            "A valve failed at the Kelby Chemicals plant on Dock Road and a cloud of chlorine "
            "drifted across the car park and onto Fen Lane.",
            "kelby chemicals plant",
            "fen lane",
        ),
        (
            "Smoke from the blaze at the Ashby Mill billowed over Kelby town centre on Monday.",
            "ashby mill",
            "kelby",
        ),
        (
            "Two died when a crane collapsed onto Mill Street. Witness Ann Dee, 31, who was "
            'sitting in the window of the Kettle Cafe, said: "It was like a bomb going off."',
            "mill street",
            "kettle",
        ),
        (
            "The crane toppled as it worked on a housing scheme on the site of the old Kelby "
            "Co-op, crushing a car.",
            None,
            "co-op",
        ),
    ],
)
def test_a_place_of_another_role_is_no_scene(
    sentence: str, scene: str | None, not_scene: str
) -> None:
    found = _places(sentence) if "." not in sentence[:-1] else _facts(sentence, "incident.place")
    assert scene is None or any(scene in str(v) for v in found), found
    assert not any(not_scene in str(v) for v in found), found


@pytest.mark.parametrize(
    ("sentence", "scene"),
    [
        ("A boat drifted onto rocks off Kessa Head and sank on Monday.", "kessa head"),
        ("A man who was stabbed outside the Red Lion in Ashby died later.", "red lion"),
    ],
)
def test_the_scene_in_the_same_shapes_stays(sentence: str, scene: str) -> None:
    assert any(scene in v for v in _places(sentence)), _places(sentence)


def test_a_town_told_near_the_scenes_town_is_a_reference() -> None:
    text = (
        "A wildfire swept into the village of Oresta on Saturday night, killing two people. "
        "The blaze began in scrubland outside the nearby town of Vallemar. A farmer who was "
        "burning stubble near Vallemar was arrested."
    )
    found = _facts(text, "incident.place")
    assert "oresta" in found and not any("vallemar" in str(v) for v in found), found


def test_a_landmark_beside_a_lake_already_told_is_no_second_place() -> None:
    text = (
        "Two people drowned when a boat capsized on Lake Kessa on Sunday. The boat flipped "
        "a few hundred metres off the shore near the Pine Point campground."
    )
    found = _facts(text, "incident.place")
    assert "lake kessa" in found and not any("pine point" in str(v) for v in found), found


@pytest.mark.parametrize(
    ("sentence", "not_scene"),
    [
        ("The toll rose to two after a man died in University Hospital Kelby on Tuesday.",
         "university hospital"),
        ("Among the dead were three pupils of Ashby Secondary School on their way to class.",
         "ashby secondary school"),
        ("Two workers of the Dunmore Steel Works were hurt in the blast.", "dunmore steel works"),
    ],
)  # fmt: skip
def test_an_institution_or_a_body_people_belong_to_is_no_scene(
    sentence: str, not_scene: str
) -> None:
    assert not any(not_scene in v for v in _places(sentence)), _places(sentence)


def test_a_street_named_after_a_hospital_stays_a_street() -> None:
    assert "hospital road" in _places("A cyclist was struck on Hospital Road at 8am.")


def test_the_roof_of_a_named_site_stays_its_place() -> None:
    assert any("kell mill" in v for v in _places("The roof of the Kell Mill caved in at 2am."))


def test_a_craft_that_moves_is_no_place() -> None:
    text = "The fire broke out on the Sea Wren as it crossed Kessa Sound on 14 June."
    found = _facts(text, "incident.place", "2025-07-02")
    assert "kessa sound" in found and not any("sea wren" in str(v) for v in found), found


def test_a_structure_worked_on_stays_the_scene() -> None:
    found = _places("A fire broke out on the Kelby Bridge as it was being repaired on Monday.")
    assert "kelby bridge" in found, found
