"""Places and vehicles by the shape of their clause (classes authored-pairs-7 showed; every
sentence is invented for these tests, several wordings a class): a relative clause inside an "of"
phrase, an occasion held at a venue, a day after a town, a name after "the" before a landform, a
force striking a settlement, people moved to a morgue, sources placed where they tell from, a
rail route beside the crossing, a clock that is no name; a vehicle's load or the event's
severity is no part of the vehicle, and a kind told right before a vessel's name is that
vessel."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
VEHICLE = "vehicle"

# A relative clause is no site noun phrase: "the driver of the bus that crashed at X" reaches X
# through the clause's own event verb, whatever the main verb (charged, arrested, jailed).
RELATIVE_IN_OF = [
    ("Prosecutors on Wednesday charged the driver of the coach that crashed at the Tavra pass "
     "with negligent homicide.", "tavra pass"),
    ("Police charged the driver of the lorry that overturned at the Kestrel bend with dangerous "
     "driving.", "kestrel bend"),
    ("Police arrested the owner of the boat which sank off Marrow Point on Monday.",
     "marrow point"),
    ("A court jailed the skipper of the trawler that ran aground near Dunnet Head.",
     "dunnet head"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), RELATIVE_IN_OF)
def test_a_relative_clause_in_an_of_phrase_places_its_event(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]


# An occasion or a meal held at a venue was there; nobody was held in custody.
OCCASION_HELD = [
    ("Dozens of guests who attended a birthday party held at the Palm Court Hotel, Kelby on "
     "Saturday fell ill and were admitted to hospital.", "palm court hotel, kelby"),
    ("Sixty guests fell ill after a dinner held at the Orchard Rooms in Kelby on Friday.",
     "orchard rooms, kelby"),
    ("Forty guests fell ill after a wedding reception held at the Lotus Hall, Temby on 3 May.",
     "lotus hall, temby"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), OCCASION_HELD)
def test_an_occasion_held_at_a_venue_places_it(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "A man was stabbed on Kell Street on Friday. The suspect is being held at Dunmore "
        "police station.",
        "A man was stabbed on Kell Street on Friday. He was held at Temby Road station overnight.",
    ],
)
def test_someone_held_is_still_a_custody(text: str) -> None:
    assert _facts(text, PLACE) == ["kell street"]


# A day or a month after "on" is no part of a town's name: ", Kelby on Saturday" is Kelby.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A man was stabbed at the Palm Court Hotel, Kelby on Saturday.",
            "palm court hotel, kelby",
        ),
        ("A van hit a wall on Tanner Street, Holm on the night of 4 May.", "tanner street, holm"),
        ("A bus crashed at Stratford on Avon on Monday.", "stratford on avon"),
    ],
)
def test_a_day_after_on_is_no_part_of_a_name(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]


# After "the", a name shaped like a nation's adjective (-i, -an) before a landform's noun is the
# landform's name; a nation's own adjective stays none.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The toll from Sunday's launch capsize in the Kovashi river rose to 14 yesterday.",
         "kovashi river"),
        ("A ferry capsized in the Kamari river on Sunday, killing six.", "kamari river"),
        ("A boat sank on the Kovani lake on Tuesday, and four people died.", "kovani lake"),
    ],
)  # fmt: skip
def test_a_demonym_shaped_name_before_a_landform(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]


# A force striking a settlement told as its object: the settlement is the scene.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rescuers recovered five bodies after a landslide struck the village of Sabur in the "
         "hills on Sunday.", "sabur"),
        ("An earthquake hit the village of Marran at 4am on Sunday, killing 12.", "marran"),
        ("Floods swept the town of Kelso on Monday, killing four people.", "kelso"),
        ("A mudslide buried the hamlet of Tarro in the early hours of Friday, killing three.",
         "tarro"),
    ],
)  # fmt: skip
def test_a_force_striking_a_settlement_places_it(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]


# Where the dead or hurt were flown, rushed or driven to is no scene.
@pytest.mark.parametrize(
    "text",
    [
        "A bus plunged into a ravine on Thursday. The bodies were flown by army helicopter to "
        "the morgue in Pallca, where relatives gathered to identify them.",
        "A lorry crashed on Thursday. The remains were transported to the mortuary in Ashby.",
        "A boat capsized on Friday. The survivors were driven to a school hall in Temby.",
    ],
)
def test_where_people_were_moved_to_is_no_scene(text: str) -> None:
    assert _facts(text, PLACE) == []


# Sources are placed where they tell from, not at the scene.
@pytest.mark.parametrize(
    "text",
    [
        "A tanker exploded at the Kelby junction on Monday. Sources at Itele Division said the "
        "driver was taken away by policemen after the fire.",
        "A tanker exploded at the Kelby junction on Monday. Sources in Marlow said the driver "
        "fled after the crash.",
    ],
)
def test_sources_are_placed_where_they_tell_from(text: str) -> None:
    assert _facts(text, PLACE) == ["kelby junction"]


# A rail route by its name gives way to the crossing or station the report names; alone it stays.
def test_a_rail_route_gives_way_to_the_scene() -> None:
    text = (
        "A train hit a car at the Holm level crossing in Dunby on Friday. The train on the Kelby "
        "Line was travelling at 80 km/h when it struck the car."
    )
    assert _facts(text, PLACE) == ["holm level crossing, dunby"]
    alone = "A commuter train derailed on the Ashby Line on Tuesday morning, injuring 12."
    assert _facts(alone, PLACE) == ["ashby line"]


# A clock is no name: "at the X bar at 9.55pm" is the bar.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The shooting took place at the Sataman bar at 9.55pm.", "sataman bar"),
        ("A bus hit a wall on Route 9 at 6.40am on Monday.", "route 9"),
    ],
)
def test_a_clock_is_no_name(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]


# How full a vehicle was and how bad the event was are no part of the vehicle.
@pytest.mark.parametrize(
    ("text", "vehicle"),
    [
        ("The crash happened at 10.55pm when the loaded tanker lost control on the slope and "
         "ploughed into stationary cars.", "tanker"),
        ("A fatal tanker accident was recorded at the junction on Monday.", "tanker"),
        ("A heavily laden lorry overturned on the Ashby road on Monday.", "lorry"),
        ("A deadly bus crash on the Kell road killed nine on Friday.", "bus"),
        ("An overloaded wooden boat capsized on Lake Moro on Sunday.", "wooden boat"),
    ],
)  # fmt: skip
def test_load_and_severity_are_no_part_of_the_vehicle(text: str, vehicle: str) -> None:
    assert _facts(text, VEHICLE) == [vehicle]


# A kind told right before a vessel's name is that vessel: its kind-only description elsewhere
# gives way; without the apposed kind both stay.
def test_a_kind_apposed_to_a_vessel_name_is_that_vessel() -> None:
    text = (
        "At least nine people drowned after a passenger launch capsized in the Kell river on "
        "Sunday. The double-decker launch MV Sabra-2 overturned at 5.40pm."
    )
    assert _facts(text, VEHICLE) == ["mv sabra-2"]
    apart = (
        "A passenger launch capsized in the Kell river on Sunday. The MV Sabra-2 overturned at "
        "5.40pm."
    )
    assert _facts(apart, VEHICLE) == ["passenger launch", "mv sabra-2"]
