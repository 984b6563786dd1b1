"""A part of the scene (an entrance, doors, a town's north, a room) or a region around it told
beside the scene is no second place; told alone it is the place the report gives (invented
sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.analysis import analyse
from incident_reader.core.facts.place_binding import (
    BUILDING_PARTS,
    COMPASS_PARTS,
    CONTINENTS,
    ROOM_PARTS,
)
from incident_reader.core.model import DctSource, Report


def places(text: str) -> list[str]:
    report = Report("r", Path("r.txt"), "", text, "2025-03-08", DctSource.HEADER, "0")
    return [str(f.value) for f in analyse(report).facts if f.kind == "incident.place"]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Two men were stabbed at the Orchard Mall in Fenbury on Saturday. Police were called at "
         "2pm following reports that a man was attacking shoppers with a knife near the Mill Lane "
         "entrance.", "entrance"),
        ("A woman was hurt at the Kingsgate Centre in Fenbury. Police were called after reports "
         "that a man was attacking shoppers near the Bridge Street doors.", "doors"),
        ("A tram and a bus collided at the corner of Wells Road and Ash Street in Fenbury's north "
         "on Friday.", "north"),
        ("A fire broke out at Kelby High School on Monday. It started in a Year Four classroom "
         "on the first floor.", "classroom"),
        ("Two children died at the Ashgrove Children's Home in Fenbury on Friday. The blaze "
         "began in a ground-floor bedroom.", "bedroom"),
    ],
)  # fmt: skip
def test_a_part_told_beside_the_scene_is_no_second_place(text: str, dropped: str) -> None:
    found = places(text)
    assert found and not any(p.split(",")[0].split()[-1] == dropped for p in found)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Nine people died when a bus overturned on the Kell Pass road at Brenby on Friday, the "
         "worst crash in central Kellmark this year.", "central kellmark"),
        ("A tanker exploded at Morvi junction on Friday, one of the deadliest blasts in East "
         "Africa in a decade.", "east africa"),
        ("A ferry capsized off Tarn Point near Kelby on Friday in northern Brenia.",
         "northern brenia"),
    ],
)  # fmt: skip
def test_a_region_told_beside_the_scene_is_no_second_place(text: str, region: str) -> None:
    found = places(text)
    assert found and region not in found


@pytest.mark.parametrize(
    "text",
    [
        "Two men were stabbed on Friday in East Kelby.",
        "A bus overturned at Brenby on Friday in West Marlow.",
    ],
)
def test_a_town_with_a_compass_name_is_no_region(text: str) -> None:
    found = places(text)
    assert any("kelby" in p or "marlow" in p for p in found)


def test_a_region_that_is_all_a_report_tells_stays() -> None:
    assert "central kellmark" in places("A bus overturned in central Kellmark on Friday.")


def test_a_part_that_is_all_a_report_tells_stays() -> None:
    found = places("Two men were stabbed near the Mill Lane entrance on Saturday.")
    assert found and found[0].endswith("entrance")


def test_the_part_words_are_a_closed_class_of_heads() -> None:
    assert "entrance" in BUILDING_PARTS and "north" in COMPASS_PARTS
    assert "classroom" in ROOM_PARTS and "Africa" in CONTINENTS
    assert not {"centre", "street", "road", "mall", "school", "home", "office"} & {
        *BUILDING_PARTS,
        *COMPASS_PARTS,
        *ROOM_PARTS,
    }
