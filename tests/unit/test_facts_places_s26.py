"""Places as the twentieth and twenty-first writers' conventions tell them (session 26):

- a dateline in capitals whose town the prose writes only as the head of a local body's or site's
  name ("KELBY -- ... taken to Kelby General Hospital") places a report that places the incident
  nowhere else (a desk's town named only as "a Kelby-based monitor" does not);
- a person's home in apposition ("Tom Hale, 41, of Rock Hall, St Anne", "a Silver Bay, Christ
  Church resident") is no premises of the incident, though its name ends in a site's word;
- a body with its remit after "of" ("the Ministry of Interior"), a law ("under the Labour Law"),
  a unit above a town told alone ("teams in the Governorate") and a sequel's noun in a
  headline's capitals ("Driver Still in Custody") are no places;
- a name the report writes after a vehicle's make ("a white Kelvin Patrol") is that vehicle when
  it stands bare later ("in the passenger seat of the Patrol").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.place_datelines import dateline_place
from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"

DATELINE_BODIES: list[tuple[str, str | None]] = [
    ("Mill attack\n\nKELBY -- Workers at a textile mill were in shock on Tuesday after a colleague "
     "attacked staff. The injured were taken to Kelby General Hospital.", "kelby"),
    ("Warehouse stabbing\n\nPORT ALDER: A guard was stabbed at a warehouse on Monday, a spokesman "
     "for the Port Alder Police said.", "port alder"),
    ("Blast\n\nMARRA — Two men died in a blast at a flour mill, Marra's mayor told reporters.",
     "marra"),
    ("Crash\n\nTARLY -- A lorry hit a bus near the border on Monday, officials told the Tarly "
     "Herald.", "tarly"),
    ("Roof fall\n\nDUNSBY: A roof fell in at a school on Friday; the Dunsby Fire Service sent "
     "three engines.", "dunsby"),
]  # fmt: skip
DATELINE_DESKS: list[tuple[str, str | None]] = [
    ("Wire\n\nHOLM (Wire) - Three people died in a stampede in the north of the country, a "
     "Holm-based monitor said.", None),
    ("Ferry\n\nPORT ALDER, Westmarch — Police on Sunday detained the skipper of the ferry that "
     "capsized on Friday, killing seven.", None),
    ("Crash\n\nASHBY: A bus overturned on a highway on Monday. ASHBY POLICE gave no names.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town"), DATELINE_BODIES + DATELINE_DESKS)
def test_a_dateline_town_heading_a_local_name_places_the_report(
    text: str, town: str | None
) -> None:
    found = dateline_place(text)
    assert (found.value if found else None) == town


def test_a_dateline_town_heading_a_local_name_is_the_report_s_place() -> None:
    text = (
        "Mill attack\n\nKELBY -- Workers at a textile mill were still in shock on Tuesday, a day "
        "after a colleague attacked staff with a knife, killing a foreman. The injured were "
        "taken to Kelby General Hospital."
    )
    assert _facts(text, PLACE) == ["kelby"]


HOMES = [
    ("A trench collapsed on Mill Road in Kelby on Monday. Police identified the dead man as "
     "Mr John Reed, 41, of Rock Hall, St Anne.", ["mill road, kelby"]),
    ("A trench collapsed on Mill Road in Kelby on Monday. John Reed, 41, of Rock Hall, St Anne, "
     "died of his injuries.", ["mill road, kelby"]),
    ("A wall fell on Mill Road in Kelby on Monday. Tom Hale, 27, a Silver Bay, Christ Church "
     "resident, died at the scene.", ["mill road, kelby"]),
    ("A wall fell on Mill Road in Kelby on Monday. Tom Hale, 27, a Christ Church resident, "
     "was also hurt.", ["mill road, kelby"]),
    ("A wall fell on Mill Road in Kelby on Monday. The dead were Ann Reed, aged 63, of Kelby "
     "Lodge, and Tom Hale, of Arden, Christ Church.", ["mill road, kelby"]),
]  # fmt: skip
KEPT_PREMISES = [
    ("The Falls Tavern was packed when the fire started.", ["falls tavern"]),
    ("A fire gutted Dunmore Church, a Kelby landmark, on Monday.", ["dunmore church"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), HOMES + KEPT_PREMISES)
def test_a_person_s_home_in_apposition_is_no_premises(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


NOT_PLACES = [
    ("The Directorate of Civil Defence at the Ministry of Interior said two men died in a fire "
     "aboard a boat at the Kelby fishing harbour.", ["kelby fishing harbour"]),
    ("Two men were hurt in a crash on Mill Road, officials at the Department of Transport said.",
     ["mill road"]),
    ("A worker died in a trench on Mill Road, in breach of rules issued under the Labour Law.",
     ["mill road"]),
    ("A worker died on Mill Road in Kelby in breach of the Road Traffic Act.",
     ["mill road, kelby"]),
    ("A bus overturned on Mill Road on Monday. Rescue teams in the Governorate received a call "
     "at 10am.", ["mill road"]),
    ("Two men died in a blast at the Kelby depot; one had arrived in the Sultanate in May.",
     ["kelby depot"]),
    ("Boy Dies After Buggy Crash; Bus Driver Still in Custody\n\nA boy died after a bus hit a "
     "buggy on Mill Road on Saturday.", ["mill road"]),
]  # fmt: skip
STILL_PLACES = [
    ("The fire broke out at the University of Kelby on Monday.", ["university of kelby"]),
    ("A boat sank off the Isle of Arran on Monday.", ["isle of arran"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), NOT_PLACES + STILL_PLACES)
def test_bodies_laws_units_and_sequels_are_no_places(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


MODELS = [
    ("A white Nissan Patrol braked and was hit from behind at the Arden track on Monday. The man "
     "who died was in the passenger seat of the Patrol.", ["arden track"]),
    ("A silver Toyota Hilux overturned on Mill Road on Monday. A girl in the back of the Hilux "
     "was hurt.", ["mill road"]),
    ("A man was stabbed at Orchard Park on Monday. He had driven there in a Ford Ranger.",
     ["orchard park"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), MODELS)
def test_a_model_the_report_names_after_its_make_is_no_place(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE) == places


BACK_REFERENCES = [
    ("Three pupils of Kelby Primary School have died after the floor of a pit latrine caved in "
     "at the school this morning. Five other children were rescued.", ["kelby primary school"]),
    ("The court on Tuesday sentenced Ken Mori (59), former manager of the Sora-an hot spring "
     "inn, to two years in prison over a fire at the inn in February that killed four guests.",
     ["sora-an hot spring inn"]),
    ("Two workers from the Arden Flour Mill were killed when a silo exploded at the mill on "
     "Monday.", ["arden flour mill"]),
    ("A regular at the Red Lion pub said a man was stabbed inside the pub on Friday.",
     ["red lion pub"]),
    ("Officials of the Tarly Mine said two miners died when a roof fell in at the mine on "
     "Monday.", ["tarly mine"]),
]  # fmt: skip
NO_BACK_REFERENCE = [
    # no onset between the name and the noun: a sequel there, not the scene
    "A boy was hurt in a fall on Monday. He was taken to Kelby Mill and rested at the mill.",
    # a site of another head
    "Police from Kelby said two men were hurt when a gunman opened fire at the school.",
]


@pytest.mark.parametrize(("text", "places"), BACK_REFERENCES)
def test_a_site_noun_of_the_onset_points_back_to_the_site_named_before(
    text: str, places: list[str]
) -> None:
    assert _facts(text, PLACE) == places


@pytest.mark.parametrize("text", NO_BACK_REFERENCE)
def test_a_site_noun_without_its_named_site_or_onset_places_nothing(text: str) -> None:
    assert _facts(text, PLACE) == []


QUOTE_TAGS = [
    '"When the sun is going down you see them at the last second," said one driver at the Kelby '
    "terminal who asked not to be named.",
    '"It was chaos," says a vendor in Arden market.',
    '"They drive too fast on this road," said a taxi driver at the Kelby bus station.',
    '"I saw the van hit the wall," said another witness outside the Arden Arms.',
]
QUOTED_SCENES = [
    ('"He was stabbed at the Anchor Inn," said a detective.', ["anchor inn"]),
    ("A man was stabbed at the Anchor Inn, said a police spokesman.", ["anchor inn"]),
    ("Police said the crash at Mill Road happened at 9pm.", ["mill road"]),
]


@pytest.mark.parametrize("text", QUOTE_TAGS)
def test_a_place_in_a_quote_tag_s_speaker_is_where_they_speak_from(text: str) -> None:
    assert _facts("A bus hit a buggy on Monday. " + text, PLACE) == []


@pytest.mark.parametrize(("text", "places"), QUOTED_SCENES)
def test_a_scene_told_inside_the_quote_or_before_its_tag_stays(
    text: str, places: list[str]
) -> None:
    assert _facts(text, PLACE) == places
