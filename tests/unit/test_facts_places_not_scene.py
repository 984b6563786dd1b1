"""Places a report names that are not the scene (invented sentences), and scenes told in shapes
the first rules missed.

Not the scene: another incident told "on the same day that ...", a dated incident compared with
("since the 1998 derailment at X"), where a vehicle was found afterwards or taken before, a place
not reached, a sequel's institution and its town, where officials spoke, where a victim studied,
a landmark named beside the scene just named. The scene: a bare name a motion verb reaches when an
appositive calls it a street, a corner of a named building and a street, a store on "the city's"
street.
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
            "The blast came on the same day that a bus was bombed in Qandari, and two guards "
            "were shot near a depot in the port of Hessel.",
            None,
            ("qandari", "hessel", "depot"),
        ),
        (
            "The crash on Harrow Lane came the same night as a fire at the Tolbert Mill in Ashby.",
            "harrow lane",
            ("tolbert", "ashby"),
        ),
        (
            "It was the deadliest crash in the state since the 1998 derailment at Corran Falls.",
            None,
            ("corran falls",),
        ),
        (
            "It was the worst attack on the city since the March 3, 2019 bombings at Tolleby "
            "Market.",
            None,
            ("tolleby market",),
        ),
    ],
)
def test_another_incident_told_beside_this_one_is_no_scene(
    sentence: str, scene: str | None, not_scene: tuple[str, ...]
) -> None:
    found = _places(sentence)
    assert scene is None or any(scene in v for v in found), found
    assert not any(w in v for v in found for w in not_scene), found


@pytest.mark.parametrize(
    ("sentence", "scene", "not_scene"),
    [
        ("A second car linked to the gunman was later found burnt out in Arbury.", None, "arbury"),
        ("The lorry was found abandoned in the village of Tarn in Westshire.", None, "tarn"),
        ("The van has been recovered in a car park in Bexford, police said.", None, "bexford"),
        (
            "He hijacked the lorry outside a cafe on Dock Road and drove it into the crowd on "
            "Kings Parade.",
            "kings parade",
            "dock road",
        ),
        ("He had rented the van in Getafe the day before.", None, "getafe"),
        ("Police shot him before he could reach the Tennant Bridge.", None, "tennant"),
        ("The gunman had planned to drive on to Carlow Square, prosecutors said.", None, "carlow"),
    ],
)
def test_where_a_vehicle_was_found_or_taken_or_a_place_not_reached_is_no_scene(
    sentence: str, scene: str | None, not_scene: str
) -> None:
    found = _places(sentence)
    assert scene is None or any(scene in v for v in found), found
    assert not any(not_scene in v for v in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "A hijacked lorry ploughed through a crowd outside the Corn Exchange in Dunham.",
        "A man was killed when a stolen car crashed outside the Corn Exchange in Dunham.",
        "The body of a cyclist was found on Dunham Road after the crash.",
    ],
)
def test_the_scene_stays_where_a_vehicle_word_stands_elsewhere(sentence: str) -> None:
    assert any("dunham" in v for v in _places(sentence)), _places(sentence)


@pytest.mark.parametrize(
    ("sentence", "not_scene"),
    [
        (
            "Nine were taken to the Civil Hospital in Ranmore and the District Medical College in "
            "Pallavi.",
            ("ranmore", "pallavi"),
        ),
        ("Two were flown to the burns unit at the university hospital in Kessel.", ("kessel",)),
        ("The injured were taken to hospitals in Marbury and Teal.", ("marbury",)),
        (
            "Speaking at a press conference at force headquarters in Marlow, the chief constable "
            "said the crash was a tragedy.",
            ("marlow",),
        ),
        ("Speaking in Dunrath, the minister said a review would follow.", ("dunrath",)),
        (
            "Callum, who studied at Harlow College, was stabbed outside the Lantern Bar on Quay "
            "Street.",
            ("harlow",),
        ),
    ],
)
def test_a_sequel_institution_a_briefing_or_a_life_story_places_no_scene(
    sentence: str, not_scene: tuple[str, ...]
) -> None:
    found = _places(sentence)
    assert not any(w in v for v in found for w in not_scene), found


def test_a_landmark_beside_the_scene_just_named_is_not_a_second_scene() -> None:
    found = _places("Three died in the crash at Fenwick Square, near St Aldate's Church.")
    assert any("fenwick square" in v for v in found), found
    assert not any("aldate" in v for v in found), found
    # a junction of the scene's road tells the scene finer: kept
    found = _places("She was hit on Ravens Road, near the Chapel Lane junction, at 9pm.")
    assert any("chapel lane" in v for v in found), found


def test_a_bare_name_an_appositive_calls_a_street_is_the_scene_a_motion_verb_reaches() -> None:
    found = _places("A lorry entered Calle Mayor, a busy avenue in the old town, and hit people.")
    assert "calle mayor" in found, found
    assert _places("The coach entered Portugal, a country of ten million, on Tuesday.") == []


def test_a_corner_of_a_named_building_and_a_street_is_one_place() -> None:
    found = _places("The van stopped at the corner of the Merton department store and Kings Road.")
    assert found == ["merton department store and kings road"], found


def test_a_store_on_the_citys_street_is_placed_by_that_street() -> None:
    found = _places("A car drove into the Lindgren store on the city's Storgatan high street.")
    assert "lindgren store, storgatan" in found, found


def test_a_town_beside_the_scene_just_named_still_locates_it() -> None:
    found = _places("A train struck a tractor on Holt Farm crossing, near the village of Ashwell.")
    assert any("ashwell" in v for v in found), found


@pytest.mark.parametrize(
    ("sentence", "scene", "not_scene"),
    [
        (
            "Fire crews from stations in Ashby and Kell fought the blaze at the Greystone Mill in "
            "Tarvin.",
            "greystone mill",
            "ashby",
        ),
        (
            "Mourners met at a vigil in Dunmore Cathedral for the victims of the crash on the A40.",
            "a40",
            "dunmore",
        ),
        (
            "The coach firm, based in Leeds, said the crash in Otley was under review.",
            "otley",
            "leeds",
        ),
        (
            "The man, who worked at a warehouse in Tilbury, was stabbed outside a bar in Grays.",
            "grays",
            "tilbury",
        ),
        (
            "The attack in Kell was the third this year, after shootings in Marlow and Teal.",
            "kell",
            "marlow",
        ),
    ],
)
def test_responders_bases_gatherings_seats_workplaces_and_other_incidents_are_no_scene(
    sentence: str, scene: str, not_scene: str
) -> None:
    found = _places(sentence)
    assert any(scene in v for v in found), found
    assert not any(not_scene in v for v in found), found


def test_people_fled_from_leave_the_place_the_scene() -> None:
    assert "cradleigh" in _places("The car fled from police in Cradleigh before it crashed.")


def test_the_cue_gates_never_hide_a_cue_that_would_match() -> None:
    """later_cues() skips a windowed cue only where the sentence lacks every word it needs."""
    from incident_reader.core.facts import place_cues as cues

    texts = [
        "Police shot him before he could reach the Tennant Bridge.",
        "A van linked to him was later found burnt out in Arbury.",
        "Nine were taken to the Civil Hospital in Ranmore on Monday.",
        "He was held at Kell Police Station in Ashby overnight.",
        "A lorry ploughed into the market on Castle Square.",
        "The gunman planned to drive on to Carlow Square.",
    ]
    for text in texts:
        s = sentence_of(text)
        gates = cues.later_cues(s)
        for at in range(len(text) + 1):
            if not gates.unreached:
                assert cues._UNREACHED.search(text, 0, at) is None, text
            if not gates.found:
                assert not cues.vehicle_found_before(text, at), text
            if not gates.institution:
                assert not cues.institution_before(text, at), text
        assert gates != (False, False, False) or "lorry" in text


@pytest.mark.parametrize(
    ("sentence", "scene", "not_scene"),
    [
        ("Police searched a flat in Ashby after the attack on Kell Road.", "kell road", "ashby"),
        ("The car was seized and taken to a police compound in Ashby.", None, "ashby"),
        ("Residents were evacuated to a school hall in Ashby after the blast on Kell Road.",
         "kell road", "ashby"),
        ("Survivors were taken by bus to a hotel in Ashby after the ferry sank off Kell Point.",
         "kell point", "ashby"),
    ],
)  # fmt: skip
def test_where_people_or_a_wreck_were_moved_or_searched_is_no_scene(
    sentence: str, scene: str | None, not_scene: str
) -> None:
    found = _places(sentence)
    assert scene is None or any(scene in v for v in found), found
    assert not any(not_scene in v for v in found), found


def test_crews_sent_to_the_scene_keep_the_scene() -> None:
    assert "ashby" in _places("Paramedics were rushed to the scene in Ashby after the crash.")


def test_a_count_after_a_name_is_no_site_noun_of_it() -> None:
    assert _places("A man was stabbed in Ashby two days after the fire.") == ["ashby"]


def test_a_memorial_gathering_and_an_organisations_head_office_are_no_scene() -> None:
    found = _places("Relatives met at a memorial garden beside St Bride's church on Mill Road.")
    assert found == [], found
    assert _places("The site belongs to Kestrel Homes, whose head office is in Leeds.") == []
    # a memorial itself may be the scene
    assert "kell square" in _places("Two were hurt at the memorial in Kell Square when it fell.")
