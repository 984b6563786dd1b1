"""Places and vehicles in shapes of US, UK and wire copy (invented sentences): ordinal street
names, organisations that close a name, a make that names a vehicle or a firm, a vehicle with a
participle's phrase before its verb, and a kind-only vehicle the report tells by colour.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.facts import extract
from incident_reader.core.facts.place_words import is_organisation
from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of
from incident_reader.core.model import DctSource, Report


def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


def _found(text: str, kind: str) -> list[Any]:
    report = Report("r", Path("r.txt"), "", text, "2025-03-02", DctSource.HEADER, "0")
    return [f.value for f in extract(report, "2025-03-02", ()).facts if f.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The crash happened at the intersection of 19th Avenue and Larch Road in Dunmore.",
            "19th avenue and larch road, dunmore",
        ),
        ("It happened at 31st Street and Kell School Road around 11:30 a.m.", "31st street"),
        ("A man was shot in the 400 block of East 52nd St. on Monday night.", "52nd"),
        ("The van overturned on the 2nd Avenue bridge near Kelby.", "2nd avenue bridge"),
    ],
)
def test_an_ordinal_before_a_street_word_names_a_street(sentence: str, value: str) -> None:
    assert any(value in v for v in _places(sentence)), _places(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The stabbing happened in the 19th century part of the old town of Kelby.",
        "He lived on the 5th floor of a tower block.",
    ],
)
def test_an_ordinal_without_a_street_word_is_no_street(sentence: str) -> None:
    assert not any(v[:1].isdigit() for v in _places(sentence)), _places(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Widgets shares fell 40 cents on the Dunmore Stock Exchange on Friday.",
        "The blast was blamed on the Kell Liberation Army, police in Dunmore said.",
        "He holds a stake in Harrow Fenwick Holdings after the buy-out.",
        "Trading was heavy at Ostley Brothers Inc on the day of the crash.",
    ],
)
def test_an_organisation_is_no_place(sentence: str) -> None:
    assert not any(
        w in v for v in _places(sentence) for w in ("exchange", "army", "holdings", "inc")
    ), _places(sentence)


def test_the_organisation_words_close_a_name_only() -> None:
    assert is_organisation("Kelby Widgets Corp.")
    assert is_organisation("the Big Board")
    assert not is_organisation("Corporation Street")
    assert not is_organisation("Kelby Market")
    assert not is_organisation("the Corn Exchange")
    assert is_organisation("the Kelby Stock Exchange")


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Jaguar PLC rose after Ford Motor Co. made an offer for the crash-hit firm.",
        "A contract with Toyota Industries Corp. was signed, the firm said after the crash.",
        "The Jaguar chairman said the crash on the test track had cost the firm dearly.",
    ],
)
def test_a_make_that_opens_a_firm_is_no_vehicle(text: str) -> None:
    assert _found(text, "vehicle") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two people were hurt when a car hit the Ford Building in Kelby.", "kelby"),
        ("A man was killed in a crash at the Jaguar Lane junction in Dunmore.", "jaguar lane"),
    ],
)
def test_a_make_before_a_site_word_names_a_place(text: str, place: str) -> None:
    assert not any(
        str(v).startswith(("ford building", "jaguar lane")) for v in _found(text, "vehicle")
    )
    assert any(place in str(v) for v in _found(text, "incident.place"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The front passenger in the Kia Sportage died after the crash on Elm Road.",
        "Two children in the Toyota Corolla were hurt when it hit a wall on Kell Lane.",
        "The driver of the Ford Fiesta was treated at the scene on Ash Grove.",
    ],
)
def test_a_make_after_a_determiner_is_no_place(sentence: str) -> None:
    assert not any(m in v for v in _places(sentence) for m in ("kia", "toyota", "ford")), _places(
        sentence
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said a coach carrying 40 pupils overturned on the A31 near Kelby.", "coach"),
        ("Nine were hurt when a bus going from Kell to Dunmore overturned on the bypass.", "bus"),
        ("A tanker loaded with diesel caught fire on the Dunmore ring road.", "tanker"),
        ("A 30-tonne mobile crane collapsed onto Kell Street on Friday.", "mobile crane"),
    ],
)
def test_a_vehicle_with_a_participle_phrase_before_its_verb(text: str, value: str) -> None:
    assert any(value in str(v) for v in _found(text, "vehicle")), _found(text, "vehicle")


@pytest.mark.parametrize(
    "text",
    [
        "A bus carrying pilgrims was parked near the temple when the fire broke out.",
        "A coach heading for Dunmore stopped at the services before the stabbing.",
    ],
)
def test_a_participle_phrase_without_the_vehicle_acting_tells_nothing(text: str) -> None:
    assert _found(text, "vehicle") == []


def test_a_kind_gives_way_to_the_same_kind_told_by_colour() -> None:
    text = (
        "A hot-air balloon carrying 12 passengers came down hard near Kelby this morning. "
        "The red and white balloon landed at about 7am, the operator said."
    )
    assert _found(text, "vehicle") == ["red and white balloon"]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The trawler sank near Ash Island. It was homeported in Kelby Bays, Maine.", "kelby"),
        ("The lorry, registered in Kell, crashed on the M8 near Dunmore.", "kell"),
        (
            "A coach firm based in Harrow said its coach overturned on the A31 at Elm Cross.",
            "harrow",
        ),
    ],
)
def test_a_vehicle_or_firm_home_is_no_scene(text: str, home: str) -> None:
    got = [str(v) for v in _found(text, "incident.place")]
    assert got and not any(v.startswith(home) for v in got), got


@pytest.mark.parametrize(
    ("sentence", "scene"),
    [
        ("The road is closed after a truck and car crash at Kelby (north of Dunmore).", "kelby"),
        ("The coach overturned at Ash Green, just north of Dunmore, at 3pm.", "ash green"),
        ("A van hit a wall at Elm Cross, south-west of Harrow, on Monday.", "elm cross"),
    ],
)
def test_a_direction_after_a_place_tells_where_that_place_lies(sentence: str, scene: str) -> None:
    assert _places(sentence) == [scene], _places(sentence)


def test_a_direction_alone_is_still_a_place() -> None:
    assert _places("The crash happened about 5 miles north of Dunmore on Tuesday.") == [
        "north of dunmore"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gardaí in Kelby are at the scene of a collision that occurred at Ashcross on the N1.",
        "Troopers in Kelby said the crash happened on Route 9 near Elm Lane.",
        "Deputies in Kelby said a pickup overturned on County Road 12.",
    ],
)
def test_the_police_of_a_town_are_not_the_scene(sentence: str) -> None:
    assert _places(sentence) and not any(v.startswith("kelby") for v in _places(sentence))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A school bus was rear-ended by a large box truck on Kell Road on Tuesday.", "box truck"),
        ("The car was sideswiped by a dump truck on the Kelby bypass.", "dump truck"),
        ("Nine passengers were hurt after a private bus turned turtle near Kelby.", "private bus"),
    ],
)
def test_struck_from_behind_or_overturned_in_other_words(text: str, value: str) -> None:
    assert any(value in str(v) for v in _found(text, "vehicle")), _found(text, "vehicle")


@pytest.mark.parametrize(
    ("text", "junction"),
    [
        (
            "The crash happened just after 10 p.m. on Friday at the intersection of 4th Street"
            " and Elm Road when a car heading west on Elm Road turned left.",
            "4th street and elm road",
        ),
        (
            "It happened shortly before 7am at the junction of Mill Lane and Kell Road as a van"
            " turning right on Kell Road struck a cyclist.",
            "mill lane and kell road",
        ),
        (
            "Police said the collision happened after midnight at the corner of Ash Row and"
            " Quay Street when a taxi travelling on Quay Street hit a wall.",
            "ash row and quay street",
        ),
    ],
)
def test_a_time_after_before_or_after_opens_no_clause(text: str, junction: str) -> None:
    assert junction in [str(v) for v in _found(text, "incident.place")], _found(
        text, "incident.place"
    )


def test_a_clause_after_after_still_binds_its_own_place() -> None:
    text = "The man left the Anchor pub on Mill Row after midnight and was stabbed on Kell Street."
    assert _found(text, "incident.place") == ["kell street"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("His car was seen in Kelby in the weeks before Hale was shot dead.", "hale"),
        ("Officers searched the flat in the days after Morrow was stabbed.", "morrow"),
        ("The van was parked in Kell Street during the hours when Doyle was attacked.", "doyle"),
    ],
)
def test_a_conjunction_is_no_modifier_of_a_place(sentence: str, person: str) -> None:
    assert person not in " ".join(_places(sentence)), _places(sentence)


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Traffic is slow on the Kelby Highway after a truck crash this morning. "
            "The crash happened around 2.40am near Ash Head Rd at Dunmore.",
            "ash head rd",
        ),
        (
            "A cyclist was hurt on Mill Road yesterday. The collision occurred at about 5 p.m. "
            "near the Elm Lane junction.",
            "elm lane",
        ),
        (
            "Two cars collided on the A31 on Monday. It took place close to Kell Lane, police "
            "said.",
            "kell lane",
        ),
    ],
)
def test_the_event_told_again_near_a_place_names_the_scene(text: str, scene: str) -> None:
    assert any(scene in str(v) for v in _found(text, "incident.place")), _found(
        text, "incident.place"
    )


def test_a_landmark_in_another_clause_still_gives_way() -> None:
    text = (
        "A bus crashed on Colley Road on Monday. "
        "Police said the crash happened at speed, as the bus passed near the Kell Fountain."
    )
    assert "kell fountain" not in [str(v) for v in _found(text, "incident.place")]
