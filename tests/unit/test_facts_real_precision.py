"""Precision on real news: facts a follow-up report tells of its sequel, not of the incident.

Real reports of the next days mix the incident with what came after it; each such sentence must
not give the incident a wrong fact:

* a day of the police's own action, told by an onset verb's other sense ("Yesterday, as police
  mounted a nationwide operation, ..."; "officers stormed the flat on Tuesday"): the police's
  day, not the incident's;
* "began"/"started" taking a sequel's verb or one of coming to light ("a picture began to
  emerge yesterday", "started arriving on Monday"): that verb's beginning, not the incident's
  onset ("began to feel sick at 11am" still is);
* a day after a noun that a possessive day already dates ("Sunday's deadly tanker blast in
  Kelford yesterday"): the clause's own verb's day (a manhunt launched), not the blast's.

With those days gone, a later death's day ("a fourth passenger died yesterday") no longer
passes for the incident's either (``later_times.drop_later_tolls``).

Every report here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts, _main_date


@pytest.mark.parametrize(
    ("text", "dct", "day"),
    [
        # a fronted day, a side clause of the police's operation, then the sequel
        (
            "Four people were killed when a lorry ploughed into a market in Tolven on Friday.\n\n"
            "Yesterday, as police mounted a nationwide security operation and detectives combed "
            "the square, traders reopened their stalls.\n",
            "2025-06-15",
            "2025-06-13",
        ),
        (
            "A gunman shot dead two guards at a depot in Harwick on Monday night.\n\nOn "
            "Wednesday, as officers mounted a search of the moors, the depot's owner spoke of "
            "his shock.\n",
            "2025-02-06",
            "2025-02-03",
        ),
        # the police's raid told by "stormed" and "swept"
        (
            "Three people were stabbed outside a club in Dunmere on Saturday.\n\nArmed police "
            "stormed a flat in the town on Monday and arrested a man.\n",
            "2025-04-08",
            "2025-04-05",
        ),
        (
            "A bomb exploded on a bus in Carra on Thursday, injuring nine.\n\nPolice swept the "
            "old town on Friday in search of a second device.\n",
            "2025-04-12",
            "2025-04-10",
        ),
    ],
)
def test_a_police_action_dates_no_incident(text: str, dct: str, day: str) -> None:
    assert _facts(text, "incident.date", dct) == [day]
    assert _main_date(text, dct) == day


@pytest.mark.parametrize(
    ("text", "dct", "day"),
    [
        (
            "A tanker exploded at a filling station in Kelford on Sunday evening, killing six."
            "\n\nYesterday a clearer picture began to emerge of the driver, who had been sacked "
            "a week before.\n",
            "2025-03-12",
            "2025-03-09",
        ),
        (
            "Part of a stand collapsed at the Orme ground on Saturday afternoon, injuring 40 "
            "fans.\n\nOn Monday engineers started arriving from the capital to examine the "
            "steelwork.\n",
            "2025-09-16",
            "2025-09-13",
        ),
        (
            "Two climbers died in an avalanche on Mount Erith on Tuesday.\n\nDetails started to "
            "surface yesterday of why the route had stayed open.\n",
            "2025-01-23",
            "2025-01-21",
        ),
    ],
)
def test_beginning_another_verb_dates_no_incident(text: str, dct: str, day: str) -> None:
    assert _facts(text, "incident.date", dct) == [day]


@pytest.mark.parametrize(
    ("text", "dct", "day"),
    [
        (
            "Police launched a nationwide manhunt for a 33-year-old man wanted over Sunday's "
            "deadly fuel tanker blast in Kelford yesterday amid reports he had fled abroad.\n\n"
            "Six people died when the tanker exploded on Sunday evening.\n",
            "2025-03-12",
            "2025-03-09",
        ),
        (
            "Detectives hunting the driver in Friday night's hit-and-run on Cole Road made an "
            "appeal on Monday for dashcam footage.\n",
            "2025-07-22",
            "2025-07-18",
        ),
        (
            "Investigators named the pilot of Tuesday's light aircraft crash near Ashby Field "
            "today.\n",
            "2025-05-09",
            "2025-05-06",
        ),
    ],
)
def test_a_possessive_day_dates_its_noun(text: str, dct: str, day: str) -> None:
    assert _facts(text, "incident.date", dct) == [day]


@pytest.mark.parametrize(
    ("text", "dct", "days"),
    [
        # a later death's day, once no sequel's day passes for an onset's, gives way
        (
            "Three passengers were killed when a coach overturned on the A404 near Marlow on "
            "Wednesday.\n\nA fourth passenger, a 71-year-old woman, died yesterday afternoon."
            "\n\nYesterday, as police mounted an operation to recover the coach, the operator "
            "suspended its fleet.\n",
            "2025-05-16",
            ["2025-05-14"],
        ),
        # the incident's own onset verbs keep their days
        (
            "A van mounted the pavement on Dale Street on Friday, injuring five.\n\nThe fire "
            "began to spread on Saturday morning.\n",
            "2025-06-23",
            ["2025-06-20", "2025-06-21"],
        ),
        (
            "Sunday's blast at the Vell works happened at 6.10am on Sunday.\n",
            "2025-03-11",
            ["2025-03-09", "2025-03-09"],
        ),
    ],
)
def test_the_incident_keeps_its_days(text: str, dct: str, days: list[str]) -> None:
    assert _facts(text, "incident.date", dct) == days


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        # "began" taking a verb of the incident's own harm stays its onset
        (
            "Fumes from a boiler made 14 pupils ill at a school in Carrow on Thursday.\n\nPupils "
            "began to feel sick at about 11am.\n",
            "11:00",
        ),
        (
            "A gas leak made 30 workers ill at a depot in Mallow on Monday.\n\nStaff started "
            "coughing at around 9.15am.\n",
            "09:15",
        ),
    ],
)
def test_beginning_harm_keeps_its_clock(text: str, clock: str) -> None:
    assert _facts(text, "incident.time", "2025-10-11") == [clock]


@pytest.mark.parametrize(
    ("text", "hospitalised"),
    [
        # one person told back by a definite noun in the pluperfect is none of the toll's counts
        (
            "Three passengers were killed and 20 injured when a coach overturned near Marlow on "
            "Wednesday.\n\nA fourth passenger died yesterday. The woman had been receiving "
            "treatment in hospital but her life support was withdrawn.\n",
            [],
        ),
        (
            "Fourteen people were hurt when a balcony gave way at a flat in Ostry on Friday."
            "\n\nA pensioner died on Sunday. The 80-year-old had been taken to hospital by air "
            "ambulance.\n",
            [],
        ),
        (
            "A gas blast injured 11 people at a bakery in Pell on Monday.\n\nThe baker, who lost "
            "his hands, has spoken of his ordeal. This father of three had already been in "
            "hospital for a week when police came to interview him.\n",
            [],
        ),
        # an indefinite or a plain past one stays a count
        (
            "Nine people were hurt when a lorry hit a bus in Tarn on Monday.\n\nA man was taken "
            "to hospital with head injuries.\n",
            [1],
        ),
        (
            "Six people were injured when a lift fell at a mall in Corve on Monday.\n\nThe "
            "driver was taken to hospital with a broken leg.\n",
            [1],
        ),
    ],
)
def test_one_told_back_is_no_hospital_count(text: str, hospitalised: list[int]) -> None:
    assert _facts(text, "casualties.hospitalised", "2025-05-16") == hospitalised


@pytest.mark.parametrize(
    ("text", "place", "kept"),
    [
        # a sequel's place set some way off the scene by an apposition is not the scene
        (
            "Nine people died in a crush at a music festival in Korran on Saturday night.\n\n"
            "On Monday morning, mourners laid white lilies and candles at a makeshift shrine "
            "outside Korran Road station, a few steps from the scene of the crush.\n",
            "korran road station",
            False,
        ),
        (
            "Two men were stabbed to death in Harl on Friday.\n\nOn Sunday hundreds gathered in "
            "Mill Square, just yards away from the scene of the stabbing, to remember them.\n",
            "mill square",
            False,
        ),
        (
            "A gas explosion destroyed a block of flats in Wenn on Tuesday, killing four.\n\n"
            "Survivors were given beds at the Ashgrove leisure centre, near the scene of the "
            "explosion.\n",
            "ashgrove leisure centre",
            False,
        ),
        # a sentence that tells the event itself keeps its place
        (
            "Four people were hurt when a bus overturned on Elm Road in Sarle on Monday, yards "
            "from the scene of the crash.\n",
            "elm road, sarle",
            True,
        ),
    ],
)
def test_a_place_apart_from_the_scene(text: str, place: str, kept: bool) -> None:
    assert (place in _facts(text, "incident.place", "2025-06-16")) is kept
