"""Places told by their relation to something (session 20): a landmark named after the scene's
own town ("near Oberau station" after "the village of Oberau"), a town the onset's own clause
puts the event near after a wider town or district was told ("plunged into a gorge near Tenzing"
after a headline's district).

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
DCT = "2025-05-20"

# A landmark named after the town already told as the scene lies in that town: it is kept.
NAMED_AFTER_TOWN: list[tuple[str, str]] = [
    ("Two trains collided near the village of Oberau in the Kessel district on Monday. The crash "
     "happened at 7.40am near Oberau station, officials said.", "oberau station"),
    ("A bus overturned in the town of Pellham, Marrow county, on Friday. It came off the road "
     "close to the Pellham bridge, police said.", "pellham bridge"),
    ("A freight train derailed at Kirrawee, Tolland province, late on Sunday. The train "
     "derailed just south of Kirrawee junction, the operator said.", "kirrawee junction"),
    ("Fire broke out in the hamlet of Dovecot, in the Arle valley, overnight. The blaze started "
     "in the vicinity of Dovecot church, a resident said.", "dovecot church"),
    ("Three people died when two lorries collided in Santa Inés, Brenia. The collision took "
     "place close to Santa Inés market, witnesses said.", "santa inés market"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), NAMED_AFTER_TOWN)
def test_a_landmark_named_after_the_scenes_town_stays(text: str, place: str) -> None:
    found = _facts(text, PLACE, DCT)
    assert any(place in str(v) for v in found), found


# A town the onset's own clause places the event near, after a wider town told first.
ONSET_TOWN: list[tuple[str, str]] = [
    ("Five killed as cable car cabin falls in Marwa\n\nMARWA, May 3 - Five people died after a "
     "cabin of a cable car came off its rope and crashed into a gorge near Tenzing on Saturday.",
     "tenzing"),
    ("A bus plunged off a mountain road in northern Kelland on Sunday. The bus plunged over the "
     "edge near Solva at about 9am, police said.", "solva"),
    ("Two workers died in Arvale district on Monday. The scaffold collapsed near Brimley at "
     "around 11.15am, the district officer said.", "brimley"),
    ("Nine hurt as boat capsizes in Lowmoor\n\nThe ferry capsized close to Tarrow on Friday "
     "evening, the coastguard said.", "tarrow"),
    ("A landslide hit the Doran valley on Tuesday. The slide buried three houses outside Kelso at "
     "4.10 a.m., officials said.", "kelso"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), ONSET_TOWN)
def test_a_town_the_onset_clause_places_the_event_near_stays(text: str, place: str) -> None:
    found = _facts(text, PLACE, DCT)
    assert any(place in str(v) for v in found), found


# Kept as they were: a town told as near the scene's town by someone's doing, or as "nearby".
STILL_REFERENCES: list[tuple[str, str]] = [
    ("A wildfire swept into the village of Oresta on Saturday. The blaze began in scrub outside "
     "the nearby town of Tarle. A farmer who was burning stubble near Tarle was arrested.",
     "tarle"),
    ("A lorry crashed in Ashby on Friday. Its driver, who had been drinking near Kelby, was "
     "arrested.", "kelby"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "other"), STILL_REFERENCES)
def test_a_town_near_the_scene_by_a_doing_stays_out(text: str, other: str) -> None:
    found = _facts(text, PLACE, DCT)
    assert not any(other in str(v) for v in found), found


# A site told only by its county's or town's name ("a Kelby holiday park", "on an Arden building
# site", "packed Co Marrow pub") is no second place when the report names the scene's site in a
# town of its own elsewhere: the county's name is a wider place.
AREA_SITES: list[tuple[str, str, str]] = [
    ("Ceiling falls on packed Co Marrow pub\n\nFourteen people were hurt when a ceiling fell in "
     "the bar of the Drover's Rest on Main Street, Kellagh, on Saturday night.",
     "co marrow", "drover's rest"),
    ("A man was killed on an Arden building site on Monday. The trench collapsed at the Fenwick "
     "Homes development on Mill Road, Tarbury, shortly after 10am.", "arden", "mill road"),
    ("Two children were taken ill at a Kelby holiday park.\n\nThe family had been staying at "
     "the Pine Cove lodges on Shore Lane, Dunmarra, since Friday when the leak began.",
     "kelby", "shore lane"),
    ("A worker died after a fall at an Ossory quarry on Thursday. He fell from a ledge at the "
     "Bellcarn quarry on Quarry Road, Ballinure, at about 2pm.", "ossory", "quarry road"),
    ("Fire guts County Tarn farm\n\nA fire destroyed a barn at Hollow Farm on Kiln Lane, "
     "Westby, overnight.", "county tarn", "kiln lane"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "area", "scene"), AREA_SITES)
def test_a_site_told_by_its_county_gives_way_to_the_named_scene(
    text: str, area: str, scene: str
) -> None:
    found = _facts(text, PLACE, DCT)
    assert any(scene in str(v) for v in found), found
    assert not any(str(v).startswith(area) for v in found), found


# Kept: a site named by its place, or all a report tells.
AREA_SITES_KEPT: list[tuple[str, str]] = [
    ("Gas leak at Harlan Creek plant\n\nTwo workers were hurt when ammonia leaked at the plant "
     "on Depot Road, Harlan Creek, on Friday.", "harlan creek plant"),
    ("A man was killed on an Arden building site on Monday, police said.", "arden building site"),
    ("Two trains collided near Kelby station on Monday. The lead carriage left the rails on "
     "Mill Road, Tarbury.", "kelby station"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), AREA_SITES_KEPT)
def test_a_site_named_by_its_place_stays(text: str, place: str) -> None:
    found = _facts(text, PLACE, DCT)
    assert any(place in str(v) for v in found), found


# A verb of impact takes the structure struck as its object: that structure is the scene.
IMPACT_OBJECTS: list[tuple[str, str]] = [
    ("A double-decker bus struck the Mill Road railway bridge on Saturday, killing one man.",
     "mill road railway bridge"),
    ("A double-decker bus hit the Kell Street rail bridge on Saturday, killing one man.",
     "kell street rail bridge"),
    ("The explosion hit Nurjahan Hotel and Restaurant at Kholapara Bazar on Monday.",
     "nurjahan hotel and restaurant"),
    ("A lorry rammed the Tarn Street barrier on Monday, injuring two.", "tarn street barrier"),
    ("The coach clipped the Arden Road footbridge on Monday, injuring two.",
     "arden road footbridge"),
    ("A blast struck the Kelby Grand Hotel on Friday night, killing four.", "kelby grand hotel"),
    ("A van smashed the front of the Kelby Arms on Monday.", "kelby arms"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), IMPACT_OBJECTS)
def test_the_structure_an_impact_verb_strikes_is_the_scene(text: str, place: str) -> None:
    found = _facts(text, PLACE, DCT)
    assert any(place in str(v) for v in found), found


# Kept: a person, a vehicle, a town a storm hit, a firm's shares are no structure struck.
IMPACT_NO_PLACE: list[tuple[str, list[str]]] = [
    ("A car struck Dale Hale, 34, on Mill Road in Kelby on Monday.", ["mill road, kelby"]),
    ("A car hit a Kelby Transit bus on Monday, injuring two.", []),
    ("The storm hit Kelby on Monday, killing two.", []),
    ("The news hit Kelby Steel shares hard on Monday after the blast.", []),
    ("A lorry hit a pedestrian on the A6 near Kelby on Monday.", ["a6", "kelby"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), IMPACT_NO_PLACE)
def test_what_an_impact_verb_strikes_is_no_place_unless_a_structure(
    text: str, places: list[str]
) -> None:
    assert _facts(text, PLACE, DCT) == places
