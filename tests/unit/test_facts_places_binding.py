"""Places bound to the incident's own clause, whatever the words: a town told right after a site
is that site's town; a place of an earlier doing in the past perfect is not the scene; a landmark
"near" something, told after the scene is placed, is a reference point; a suspect's jail is a
sequel's place. Every sentence is invented for these tests (three or more wordings a shape)."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.place_binding import landmarks_after_scene
from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"

# A site and the town told right after it are one place, never a site and a second town.
SITE_IN_TOWN = [
    (
        "A bus hit a lamp post at the junction of Quarry Lane and Elm Row in Dunsby on Friday.",
        "quarry lane and elm row, dunsby",
    ),
    ("Two cyclists were hurt when a van mounted the kerb on Tanner Street in Holm on Monday.",
     "tanner street, holm"),
    ("A woman was stabbed on Ferry Road in Caddon late on Saturday.", "ferry road, caddon"),
    (
        "A gas cylinder exploded at the crossing of Mill Road and Kiln Lane in Eastry on Sunday.",
        "mill road and kiln lane, eastry",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), SITE_IN_TOWN)
def test_a_town_after_a_site_is_its_town(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]


# Where someone had been before the event, in the past perfect, is not where it happened.
EARLIER_DOING = [
    (
        "Jo Reyes, 40, had just left the Kestrel Gym on Salt Row when she was hit by a van on "
        "Canal Street on Friday.",
        "canal street",
        "kestrel",
    ),
    (
        "The victim had spent the evening at the Red Lion in Hexley before he was stabbed on "
        "Gorse Lane on Saturday.",
        "gorse lane",
        "red lion",
    ),
    (
        "The coach had stopped at Woodall Services and was travelling on the A614 when it "
        "overturned on Sunday.",
        "a614",
        "woodall",
    ),
    (
        "Mr Amis had already finished his shift at Brannock Mill and was walking along Weir "
        "Road when a car struck him on Monday.",
        "weir road",
        "brannock",
    ),
]


@pytest.mark.parametrize(("text", "place", "earlier"), EARLIER_DOING)
def test_an_earlier_doing_is_not_the_scene(text: str, place: str, earlier: str) -> None:
    found = _facts(text, PLACE)
    assert any(place in str(v) for v in found)
    assert not any(earlier in str(v) for v in found)


# The event itself told in the past perfect stays the scene (reported speech, court reports).
EVENT_PERFECT = [
    ("Police said the woman had been struck by a car on Fenwick Road on Friday.", "fenwick road"),
    ("The court heard Dale had stabbed the man outside the Plough in Ashwell.", "plough"),
    ("Officers said the lorry had overturned on the A30 near Bodmin on Tuesday.", "a30"),
    # still there when it happened: "had been waiting at X when ..."
    ("Ann Pole had been queueing outside the Regal on Bath Row when the car mounted the kerb.",
     "regal"),
    ("The boy had been sitting on Carr Bridge when the parapet gave way on Sunday.", "carr bridge"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), EVENT_PERFECT)
def test_the_event_in_the_past_perfect_stays_the_scene(text: str, place: str) -> None:
    assert any(place in str(v) for v in _facts(text, PLACE))


# A landmark told after the scene is placed, in another clause, is not a second scene.
LANDMARKS = [
    (
        "A lorry overturned on the B4120 on Friday. The crash happened near the Marl Brook bridge.",
        "b4120",
        "marl brook",
    ),
    (
        "A coach travelling on the Calder Expressway hit a barrier and overturned near the Ryle "
        "flyover on Friday.",
        "calder expressway",
        "ryle",
    ),
    (
        "A cyclist was struck by a tram on Colley Road on Monday. Police said it happened close "
        "to Hythe Terrace.",
        "colley road",
        "hythe",
    ),
    (
        "A car travelling on Ridgeway Road left the carriageway and hit a tree near the Dunfold "
        "reservoir on Sunday.",
        "ridgeway road",
        "dunfold",
    ),
    (
        "A pedestrian died after being hit on Station Parade on Tuesday. The van stopped beside "
        "Corbel House.",
        "station parade",
        "corbel",
    ),
]


@pytest.mark.parametrize(("text", "place", "landmark"), LANDMARKS)
def test_a_later_landmark_is_no_second_scene(text: str, place: str, landmark: str) -> None:
    found = _facts(text, PLACE)
    assert any(place in str(v) for v in found)
    assert not any(landmark in str(v) for v in found)


# A landmark in the scene's own phrase, or the first place told, stays.
LANDMARKS_KEPT = [
    ("A coach overturned on the A9, near Dalwhinnie, on Monday.", "dalwhinnie"),
    ("A tanker exploded near the Ajola bridge on Friday evening.", "ajola"),
    ("A man was shot near Pellow Street in Garth on Saturday night.", "pellow"),
    # where the victim was standing as it happened: the spot itself, after the scene is placed
    (
        "A car hit spectators at the Dunby Carnival on Bath Road on Saturday. Ann Roe had been "
        "waiting near the Kiln Street corner when it struck her.",
        "kiln street",
    ),
    (
        "A bus crashed on Colley Road on Monday. Two boys were standing beside the Corn Exchange "
        "when it mounted the kerb.",
        "corn exchange",
    ),
    (
        "A lorry overturned on the A46 on Friday. A cyclist was riding close to the Fosse "
        "roundabout when the load spilled.",
        "fosse",
    ),
]


@pytest.mark.parametrize(("text", "place"), LANDMARKS_KEPT)
def test_a_landmark_that_places_the_scene_stays(text: str, place: str) -> None:
    assert any(place in str(v) for v in _facts(text, PLACE))


def test_landmarks_after_scene_reads_clauses_not_words() -> None:
    keep = landmarks_after_scene(
        ["dean street", "kell bridge", "ashby", "orme park"],
        ["on Dean Street", "near the Kell bridge", "in Ashby", "near Orme Park"],
        ["A car crashed ", ". It stopped ", " and ", ". Later "],
    )
    assert keep == [True, False, True, False]
    # a town alone does not place the scene: a landmark after it is the first site told
    assert landmarks_after_scene(["ashby", "orme park"], ["in Ashby", "near Orme Park"],
                                 ["A car crashed ", ". It stopped "]) == [True, True]  # fmt: skip


# A suspect's jail, prison or detention centre is a sequel's place.
JAILS = [
    ("The driver was booked into the Marlow County Jail after the crash on Elm Road on Friday.",
     "jail"),
    ("He was later taken to Hollin Prison after the stabbing on Friday in Corby.", "prison"),
    ("The gunman was arraigned in Kestle on Monday after the shooting at Pike Hall on Friday.",
     "kestle"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sequel"), JAILS)
def test_a_suspects_jail_is_no_scene(text: str, sequel: str) -> None:
    assert not any(sequel in str(v) for v in _facts(text, PLACE))


# Where the clause that tells the event places it, another clause's place is a doing elsewhere.
OTHER_CLAUSE = [
    (
        "The victim worked at the Dunlop plant in Speke and was shot outside his home in Garston "
        "on Friday.",
        "garston",
        "speke",
    ),
    (
        "A car ploughed through a market stall on Deane Street and came to rest on Hill Street on "
        "Friday.",
        "deane street",
        "hill street",
    ),
    ("A man was shot dead in Hulme on Friday after a row in Moss Side.", "hulme", "moss side"),
    (
        "She bought a coffee at the Lantern Cafe on Eel Row, then a bus struck her on Quay Street "
        "on Monday.",
        "quay street",
        "lantern",
    ),
]


@pytest.mark.parametrize(("text", "place", "other"), OTHER_CLAUSE)
def test_the_event_clause_binds_the_place(text: str, place: str, other: str) -> None:
    found = _facts(text, PLACE)
    assert any(place in str(v) for v in found)
    assert not any(other in str(v) for v in found)


# A clause that counts the toll places the incident too: its town stays beside the onset's road.
TOLL_CLAUSE = [
    ("Three people died in Ashby when a lorry hit a bus on the A6 on Friday.", "ashby"),
    ("Two men were hurt in Corran after a van crashed on Pike Lane on Monday.", "corran"),
    ("A boy was killed in Sowby as a wall collapsed on Fenn Street on Sunday.", "sowby"),
]


@pytest.mark.parametrize(("text", "town"), TOLL_CLAUSE)
def test_a_toll_clause_keeps_its_place(text: str, town: str) -> None:
    assert any(town in str(v) for v in _facts(text, PLACE))


# A town told alone in another sentence than the site names the scene at a larger size: it stays,
# and the incident's place joins the two.
WIDER_TOWNS = [
    (
        "A woman was stabbed at a bar in Dromley on Friday. She was drinking at the Half Moon "
        "bar on Main Street when a man attacked her.",
        "half moon bar",
        "dromley",
    ),
    (
        "A gas blast wrecked a shop in Keld on Monday. The explosion happened at Pryce Hardware "
        "on Fore Street.",
        "fore street",
        "keld",
    ),
    (
        "A tram derailed in Carlow Vale on Tuesday, injuring four. It left the rails at the "
        "curve of Lygon Street and Gratton Street.",
        "lygon street",
        "carlow vale",
    ),
]


@pytest.mark.parametrize(("text", "site", "town"), WIDER_TOWNS)
def test_a_town_told_alone_stays_beside_the_site(text: str, site: str, town: str) -> None:
    from incident_reader.core import temporal
    from tests.unit.test_facts_when_places import DCT, _report, extract

    found = _facts(text, PLACE)
    assert any(site in str(v) for v in found)
    assert town in found
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    main = next(i for i in ex.incidents if i.main)
    assert main.place is not None and town in main.place


# A town in the same sentence as the site is the site's own: both stay.
SAME_SENTENCE_TOWNS = [
    ("A bus crashed into a wall on the A9 near the town of Pitlo on Friday.", "pitlo"),
    ("A tanker overturned on the N4, outside Ballycrum, on Monday.", "ballycrum"),
    ("A van hit a stall on Fish Row, close to Harnby, on Sunday.", "harnby"),
]


@pytest.mark.parametrize(("text", "town"), SAME_SENTENCE_TOWNS)
def test_a_town_beside_its_site_stays(text: str, town: str) -> None:
    assert any(town in str(v) for v in _facts(text, PLACE))


# A town other than the one the scene is told in, in a sentence of its own, is elsewhere.
ELSEWHERE_TOWNS = [
    (
        "A van ploughed into crowds on Pell Street in Corvo on Thursday. On Monday police shot "
        "the driver dead in Vedra.",
        "vedra",
    ),
    (
        "A gunman opened fire at the Lark Cafe on Hale Road, Ostby, on Friday. He was killed by "
        "officers in Mardale two days later.",
        "mardale",
    ),
    (
        "A bus hit pedestrians on Kirk Row in Dunmere on Friday. Its driver died later in Alnham.",
        "alnham",
    ),
    (
        "A lorry hit shoppers on Bank Street in Pryor on Tuesday. The driver was caught in "
        "Selham on Wednesday.",
        "selham",
    ),
]


@pytest.mark.parametrize(("text", "town"), ELSEWHERE_TOWNS)
def test_another_town_told_alone_is_elsewhere(text: str, town: str) -> None:
    assert not any(town in str(v) for v in _facts(text, PLACE))


# A sentence that counts the incident among others: an indefinite event's place is another one's.
COMPARED = [
    (
        "A fire gutted a house on Elm Grove in Dunby on Monday. It is the second serious fire in "
        "the town this month, after a blaze on Cobb Lane on the 3rd.",
        "elm grove",
        "cobb lane",
    ),
    (
        "A car hit a cyclist at the junction of Marsh Road and Kiln Lane on Friday. It was the "
        "third crash at the junction this year, following a collision on Tarn Road in March.",
        "marsh road",
        "tarn road",
    ),
    (
        "A man was stabbed outside the Crown on Fore Street on Saturday. It is the fourth "
        "stabbing in the town since June, after an attack outside the Lamb Inn in July.",
        "fore street",
        "lamb inn",
    ),
]


@pytest.mark.parametrize(("text", "place", "other"), COMPARED)
def test_an_incident_compared_with_is_not_the_scene(text: str, place: str, other: str) -> None:
    found = _facts(text, PLACE)
    assert any(place in str(v) for v in found)
    assert not any(other in str(v) for v in found)


# Where people were moved to, whatever the institution is called, is a sequel's place.
MOVED_TO = [
    (
        "A worker fell from scaffolding on Dock Road in Kelby on Friday and was taken to the "
        "Kelby Health Sciences Centre.",
        "dock road",
        "sciences",
    ),
    (
        "The injured were flown to the Castle Hill Sports Centre after the coach overturned on "
        "the A30 on Friday.",
        "a30",
        "castle hill",
    ),
    (
        "A gas leak forced families out of flats on Rye Walk on Monday; they were moved to the "
        "Orchard Community Centre.",
        "rye walk",
        "orchard",
    ),
]


@pytest.mark.parametrize(("text", "place", "moved"), MOVED_TO)
def test_where_people_were_moved_to_is_not_the_scene(text: str, place: str, moved: str) -> None:
    found = _facts(text, PLACE)
    assert any(place in str(v) for v in found)
    assert not any(moved in str(v) for v in found)


def test_a_landmark_inside_the_span_is_a_landmark() -> None:
    text = (
        "A minibus crashed on the R61 outside Tarka on Sunday. It is alleged that the driver "
        "lost control on a bend near the Lessing turn-off."
    )
    assert not any("lessing" in str(v) for v in _facts(text, PLACE))


# A town a site is named by or told in stays: it is the same place, not another.
NAMED_THERE = [
    (
        "Crash at Dunby market\nA van ploughed into stalls in Dunby on Friday. It stopped at the "
        "Dunby market cross on Fore Street.",
        "dunby",
    ),
    (
        "A bus crashed on Hale Road in Orton on Monday. The crash in Orton left four hurt.",
        "orton",
    ),
    (
        "A lorry hit the Pellow Bridge in Tarn on Sunday. Residents in Tarn heard the crash.",
        "tarn",
    ),
]


@pytest.mark.parametrize(("text", "town"), NAMED_THERE)
def test_a_town_a_site_is_told_in_stays(text: str, town: str) -> None:
    assert any(town in str(v) for v in _facts(text, PLACE))
