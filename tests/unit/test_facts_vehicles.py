"""Vehicles of every kind by the shape of their noun phrase, and speeds (invented sentences)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.facts import extract
from incident_reader.core.facts.text import sentence_of, split_sentences
from incident_reader.core.facts.vehicles import speeds, vehicles
from incident_reader.core.model import DctSource, Report


def found(text: str, kind: str) -> list[Any]:
    report = Report("r", Path("r.txt"), "", text, "2025-03-02", DctSource.HEADER, "0")
    return [f.value for f in extract(report, "2025-03-02", ()).facts if f.kind == kind]


VEHICLES = [
    # ships by prefix and name, boats by class
    ("Smoke was seen pouring from the MS Hollin Star near the harbour.", "ms hollin star"),
    ("Two crew were rescued after a fishing trawler sank.", "fishing trawler"),  # it acts
    ("The keepers spotted a capsized catamaran drifting.", "capsized catamaran"),
    # aircraft: make and model number, bare telling heads, colours
    ("A Piper PA-28 came down short of the runway.", "piper pa-28"),
    ("Six people were aboard the red and white balloon.", "red and white balloon"),
    ("He was flying a microlight when the engine cut out.", "microlight"),
    # trams, trains with operator and number
    ("The westbound Eastline Metro tram 2207 left the rails.", "eastline metro tram 2207"),
    # lorries, machines and two-wheelers by modifiers of form
    ("A jack-knifed articulated lorry blocked both lanes.", "jack-knifed articulated lorry"),
    ("The load slid off a 32-tonne flatbed truck.", None),  # "flatbed": a noun modifier
    ("The boom of a mobile crane struck the scaffolding.", None),
    ("He was knocked down by a man riding an e-scooter.", "e-scooter"),
    ("The pair escaped on a motorbike.", "motorbike"),
    ("He drove a rented pickup truck into the crowd.", "rented pickup truck"),
    # colour, make, model and size
    ("A blue Hyundai i30 was abandoned in a lay-by.", "blue hyundai i30"),
    ("Witnesses described a silver Toyota Prius.", "silver toyota prius"),
    ("Police said a Hyundai 4×4 was used.", "hyundai 4x4"),
    ("An Embraer 190 skidded off the runway in the rain.", "embraer 190"),
    ("The schooner Grey Gull went aground at dawn.", "schooner grey gull"),
    ("A small plane crashed into a hangar.", "small plane"),
    ("A single-deck bus overturned in the snow.", "single-deck bus"),
    ("A green Kawasaki motorcycle was found burnt out.", "green kawasaki motorcycle"),
    ("A grey Skoda car was seen leaving.", "grey skoda"),  # "car" adds nothing to a make
    ("A 38-tonne refrigerated truck hit a van.", "38-tonne refrigerated truck"),
    # makes and classes of South Asian and African roads
    ("A Mahindra Bolero overturned near the toll plaza.", "mahindra bolero"),
    ("An overloaded matatu rolled down the escarpment.", "matatu"),  # its load, not the vehicle
    ("A Tata mini-truck rammed the barrier.", "tata mini-truck"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "vehicle"), VEHICLES)
def test_vehicle_by_shape(sentence: str, vehicle: str | None) -> None:
    got = found(sentence, "vehicle")
    if vehicle is None:
        assert all(" " not in v or v.endswith(("crane", "truck")) for v in got), got
    else:
        assert vehicle in got, got


@pytest.mark.parametrize(
    "sentence",
    [
        "He drove off in a car.",  # a generic head says nothing checkable
        "The other car was undamaged.",
        "They waited for a commuter train at the halt.",  # what it is used for, not what it is
        "They parked in the supermarket car park.",  # a compound, not a car
        "The 34-year-old youth football coach was hurt.",  # a person
        "She was flown by the air ambulance helicopter to Leeds.",  # the responders'
        "A police car and a fire engine blocked the road.",
        "Kia ora, said the mayor.",  # a make alone, no vehicle spoken of
        "The Cessna Foundation gave 3 grants.",
        "He cycled down a bicycle path by the river.",  # a compound, not a bicycle
        "Walkers crowded the bicycle and pedestrian path.",  # coordinated modifiers
    ],
)
def test_not_the_incident_vehicle(sentence: str) -> None:
    assert found(sentence, "vehicle") == [], sentence


# A vehicle that acts in the event (the agent of a passive, the other side of a collision, the
# subject of a crash verb) is told by any modifier, counted or not; a generic head needs "a" or a
# count ("the train hit it" is a second mention).
ACTING = [
    ("She was struck by a refuse lorry on the High Street.", "refuse lorry"),
    ("Two trams collided in central Brenhaven on Tuesday.", "tram"),
    ("The cyclist died after colliding with a tipper truck.", "tipper truck"),
    ("A pensioner was knocked down by a delivery van outside the post office.", "delivery van"),
    ("The man was run over by a cement mixer reversing into a yard.", "cement mixer"),
    ("A speeding SUV ploughed into a bus shelter.", "speeding suv"),
    ("An overloaded ferry capsized in the estuary at dusk.", "ferry"),  # its load, not the vehicle
    ("Three goods trains have collided near Ranipur junction.", "goods train"),
    ("A bin lorry mounted the pavement on Kell Street.", "bin lorry"),
    ("A tourist bus overturned on the ghat road.", "tourist bus"),
    ("A road train jack-knifed on the highway south of Tarrow.", "road train"),
    ("A ute rolled on the coast road.", "ute"),
    ("A private bus rammed into a stationary truck on the expressway.", "private bus"),
    ("The other car was undamaged after an oncoming refuse lorry hit it.", "refuse lorry"),
    # makes nobody listed, by shape: capitalised words with a head, a colour or a driver before
    ("A speeding Tata truck hit the auto near the bridge.", "tata truck"),
    ("A white Mahindra Scorpio rammed a two-wheeler.", "white mahindra scorpio"),
    ("The driver of a Holden Commodore fled the scene.", "holden commodore"),
    ("Witnesses saw a red Maruti Swift speeding away.", "red maruti swift"),
    # a known make keeps its modifiers and its model number
    ("The man was hit by a Scania tipper truck.", "scania tipper truck"),
    ("A grey Tesla Model 3 crashed into a wall.", "grey tesla model 3"),
    # operators in capitals, measures with a decimal, an apposition before the verb
    ("A KSRTC bus overturned near Kottayam.", "ksrtc bus"),
    ("An IndiGo aircraft skidded off the runway.", "indigo aircraft"),
    ("A 7.5-tonne lorry crashed into the bridge.", "7.5-tonne lorry"),
    ("The pleasure boat, carrying 40 tourists, capsized.", "pleasure boat"),
    ("A cement truck lost control on the flyover.", "cement truck"),
    ("An Air India Express flight overshot the runway.", "air india express flight"),
    ("A Qantas Boeing 737 made an emergency landing.", "boeing 737"),
    ("A Boeing 757-200 overran the runway in the rain.", "boeing 757-200"),  # a series number
]  # fmt: skip


# A bare kind tells the vehicle where it acts in the event: after "a", after "the" when no
# vehicle of another kind stands beside it, as the object of a driving verb, or with a hedge
# between commas before its verb.
BARE_KINDS = [
    ("A minibus veered across the carriageway near Holt Lane.", "minibus"),
    ("A van drove into the queue outside the bakery.", "van"),
    ("The coach park was shut after the lorry overturned on the slip road.", "lorry"),
    ("He was seen driving the van towards the quay.", "van"),
    ("A ferry, thought to have been overloaded, capsized off Carra Point.", "ferry"),
    ("The bus which overturned on the bend will be lifted by crane.", "bus"),
    ("About 30 people were on the three-car train when it came off the rails.", "three-car train"),
    ("The firm hired a twin-engine helicopter for the survey.", "twin-engine helicopter"),
    # the object of ramming or of an attack "with"/"using" it; an owner's name among modifiers
    ("A man rammed a stolen dairy tanker into the market stalls.", "stolen dairy tanker"),
    ("He was convicted over the attack with a hired furniture van in 2019.", "hired furniture van"),
    ("The gunman fled using a Corran Hire flatbed lorry.", "corran hire flatbed lorry"),
    # a part of a vehicle ("the cab") is no vehicle of another kind beside it
    ("A phone was found in the cab of the lorry which careered into the crowd.", "lorry"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "vehicle"), BARE_KINDS)
def test_a_bare_kind_that_acts_is_the_vehicle(sentence: str, vehicle: str) -> None:
    assert vehicle in found(sentence, "vehicle"), sentence


def test_title_case_headline_words_are_no_vessel() -> None:
    headline = "Four Hurt As Two Coaches Slide Off The Road And Overturned Near Pass"
    assert all("and" not in v.split() for v in found(headline, "vehicle"))


@pytest.mark.parametrize(("sentence", "vehicle"), ACTING)
def test_a_vehicle_that_acts_is_told_by_any_modifier(sentence: str, vehicle: str) -> None:
    assert found(sentence, "vehicle") == [vehicle], sentence


@pytest.mark.parametrize(
    ("sentence", "vehicles"),
    [
        ("The train hit the lorry on the crossing.", []),  # second mentions, nothing told
        ("The cyclist was struck by the bus outside the library.", []),  # "the": a second mention
        ("Two cars were damaged in the car park.", []),  # counted, not acting
        ("A commuter train collided with an articulated lorry.", ["articulated lorry"]),
        ("An autorickshaw was hit by a speeding tanker.", ["speeding tanker"]),  # the struck one
        ("A woman riding a bicycle was struck by a reversing lorry.", ["reversing lorry"]),
        ("He was cycling home on his bicycle when he was hit by a taxi.", ["taxi"]),
        ("A Good Samaritan driver stopped to help.", []),  # capitalised words alone
        ("Her Harbour Street flat was damaged when a van crashed.", ["van"]),  # no make
        ("A van knocked her off her moped on the bridge.", ["van"]),  # the moped is hers
        ("He drove a Home Depot rental pickup truck.", ["home depot rental pickup truck"]),
        ("The truck smashed into a school bus.", []),  # what it hit is not the one
        ("A Hyundai motor vehicle was used.", ["hyundai"]),
        ("A tipper lorry hit her Nissan Micra at the junction.", ["tipper lorry"]),  # hers
        ("He rammed his BMW into the crowd.", ["bmw"]),  # his own: he is the agent
    ],
)
def test_which_vehicle_acts(sentence: str, vehicles: list[str]) -> None:
    assert found(sentence, "vehicle") == vehicles, sentence


@pytest.mark.parametrize(
    ("text", "vehicles"),
    [
        # one vehicle told by its kind and by its name or unit number: the name stands
        ("A passenger train derailed. Northline train 88 left the tracks.", ["northline train 88"]),
        ("A 62-metre ship caught fire. The MV Selwin was towed to port.", ["mv selwin"]),
        ("A light plane crashed. The Piper PA-28 had just taken off.", ["piper pa-28"]),
        ("A silver hatchback hit him. The Ford Focus was found.", ["ford focus"]),
        # another kind of vehicle stays: the lorry is not the Ford
        (
            "A Ford Focus hit him and an articulated lorry overturned.",
            ["ford focus", "articulated lorry"],
        ),
    ],
)
def test_a_vehicle_told_better_elsewhere(text: str, vehicles: list[str]) -> None:
    assert found(text, "vehicle") == vehicles, text


@pytest.mark.parametrize(
    ("sentence", "speed"),
    [
        ("The tram was moving at 48 mph on the bend.", 48),
        ("Data showed the coach travelling at 104km/h.", "104km/h"),
        ("The van was doing 40mph in a 20mph zone.", 40),
        ("The bus was going at around 90 kmph on the highway.", "90km/h"),  # Indian English
        ("The truck hit them at more than 60 miles per hour.", ">60mph"),
    ],
)
def test_how_fast_the_vehicle_went(sentence: str, speed: Any) -> None:
    assert found(sentence, "speed") == [speed]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bus passed a 30km/h (19mph) speed limit sign at the foot of the hill.",
        "Drivers must cut speed from 60mph (the maximum permitted on the causeway) to 20mph.",
        "The ferry's engines slowed her down by 4mph before the bump.",
    ],
)
def test_limits_in_brackets_and_changes_of_speed_are_no_speeds(sentence: str) -> None:
    assert found(sentence, "speed") == [], sentence


def test_a_limit_is_no_speed() -> None:
    assert found("The limit on the bridge is 30 mph.", "speed") == []
    assert found("Drivers must keep below the 50km/h limit.", "speed") == []
    assert found("The bypass is posted at 45 mph near the school.", "speed") == []


WORDS = (
    "the MV Glaslinn a Cessna 172 an articulated lorry his dump truck blue and gold balloon "
    "white Ford Transit van car park police 62 mph 80km/h limit train 412 Rail HMS , . ; \n "
    "rammed a hired van into collided with an e-scooter"
).split(" ")
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=5), max_size=50).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_vehicles_never_raise_and_spans_quote_the_text(text: str) -> None:
    for sentence in split_sentences(text):
        for f in (*vehicles(sentence), *speeds(sentence)):
            assert sentence.start <= f.start < f.end <= sentence.end
            assert f.value != ""


def test_a_destination_bound_modifier_tells_which_vehicle_even_in_a_collision() -> None:
    """ "a Kisumu-bound bus collided head-on with a lorry": the bound-for modifier, by its shape."""
    found = [
        f.value
        for f in vehicles(
            sentence_of(
                "Nine died when a Kisumu-bound bus collided head-on with a lorry near Kericho."
            )
        )
    ]
    assert "kisumu-bound bus" in found, found
