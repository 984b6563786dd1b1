"""The incident's date, time and place: event predicates anchor them, sequels and modifiers do not.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.facts.events import (
    AFTER_VERBS,
    ONSET_VERBS,
    TOLL_VERBS,
    alternation,
    forms,
)
from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of, split_sentences
from incident_reader.core.facts.when import incident_times
from incident_reader.core.model import DctSource, Report

DCT = "2024-05-18"  # a Saturday


def _report(text: str, dct: str | None = DCT) -> Report:
    return Report("r", Path("r.txt"), "", text, dct, DctSource.HEADER, "0")


def _facts(text: str, kind: str, dct: str | None = DCT) -> list[Any]:
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    return [f.value for f in ex.facts if f.kind == kind and f.incident == "i0"]


def _main_date(text: str, dct: str | None = DCT) -> str | None:
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    return next(i.date for i in ex.incidents if i.main)


# --------------------------------------------------------------------------- predicate classes
@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("crash-land", "crash-landed"),
        ("crash-land", "crash-landing"),
        ("come down", "came down"),
        ("fall", "fell"),
        ("fall", "fallen"),
        ("stab", "stabbed"),
        ("capsize", "capsizing"),
        ("set fire", "setting fire"),
        ("die", "dying"),
        ("collide", "collides"),
        ("derail", "derailed"),
        ("occur", "occurred"),
        ("occur", "occurring"),
    ],
)
def test_a_lemma_spells_its_inflections(lemma: str, form: str) -> None:
    assert form in forms(lemma)


def test_every_class_compiles_and_matches_its_own_forms() -> None:
    import re

    for verbs in (ONSET_VERBS, TOLL_VERBS, AFTER_VERBS):
        pattern = re.compile(rf"^(?:{alternation(verbs)})$")
        for lemma in verbs:
            assert all(pattern.match(f) for f in forms(lemma)), lemma


# --------------------------------------------------------------------------- time of the event
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The trawler capsized shortly after 4.15am off the harbour wall.", "04:15"),
        ("The footbridge collapsed at about 6.40pm as commuters crossed it.", "18:40"),
        ("A tanker exploded around 11.20pm on the ring road.", "23:20"),
        ("The coach overturned at approximately 2.05pm on a bend.", "14:05"),
        ("Gas began to leak from the main at 9.30am, engineers found.", "09:30"),
        ("The stand gave way at 3.10pm, just after kick-off.", "15:10"),
        ("A drone crash-landed in a garden at 10.50am.", "10:50"),
        ("Witnesses said the bus lost control at about 10.15am.", "10:15"),
        ("Flames were first spotted at 3.10am.", "03:10"),
        ("At approximately 0230 hrs the boat began taking on water.", "02:30"),
    ],
)
def test_the_event_clause_times_the_incident(sentence: str, expected: str) -> None:
    assert _facts(sentence, "incident.time") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said at 3pm that the road would stay closed.",
        "The council will give an update at 11am.",
        "A 40-year-old woman was arrested at 4.20pm.",
        "She was discharged from hospital at noon.",
        "Investigators held a press conference at 2pm.",
        "The 7.15am service from Westbury was cancelled after the crash.",
        "Crews from the crash site left at 5pm.",
    ],
)
def test_sequels_names_and_modifiers_do_not_time_the_incident(sentence: str) -> None:
    assert _facts(sentence, "incident.time") == []


def test_a_later_death_gives_way_to_the_onset() -> None:
    text = (
        "The boiler exploded at 8.05pm on Thursday. "
        "A second worker died in hospital at 3.30am on Friday."
    )
    assert _facts(text, "incident.time") == ["20:05"]
    assert _facts(text, "incident.date") == ["2024-05-16"]


def test_a_death_since_the_event_is_not_the_event() -> None:
    text = (
        "The roof fell in on Thursday night. A man in intensive care since the collapse "
        "died late this morning."
    )
    assert _facts(text, "incident.date") == ["2024-05-16"]


def test_a_participle_after_an_event_noun_keeps_it_an_event() -> None:
    text = "At 0712 this morning the control room took calls reporting a collision on the bypass."
    assert _facts(text, "incident.date") == ["2024-05-18"]


def test_a_toll_alone_still_times_the_incident() -> None:
    assert _facts("Two climbers were killed at about 1.15pm.", "incident.time") == ["13:15"]


def test_a_clock_with_its_day_dates_the_incident_too() -> None:
    text = "The first emergency call came in at 9.12am yesterday."
    assert _facts(text, "incident.time") == ["09:12"]
    assert _facts(text, "incident.date") == ["2024-05-17"]


def test_the_early_hours_of_a_day_date_the_incident() -> None:
    text = "Vandals set fire to a chapel roof in the early hours of Thursday, police said."
    assert _facts(text, "incident.date") == ["2024-05-16"]


def test_a_dateline_does_not_date_the_incident() -> None:
    text = "BRAXTON, May 18: A lorry overturned on the bypass on Friday."
    assert _facts(text, "incident.date") == ["2024-05-17"]


def test_a_second_rendering_of_a_clock_in_another_zone_is_not_a_second_time() -> None:
    text = "The ferry sank at about 8.20pm local time (1920 GMT), the coastguard said."
    assert _facts(text, "incident.time") == ["20:20"]


def test_the_local_clock_after_a_zone_clock_is_the_time() -> None:
    text = "The blaze broke out shortly after 2245 GMT (0145 local time), officials said."
    assert _facts(text, "incident.time") == ["01:45"]


def test_a_relative_clause_with_its_own_verb_keeps_its_time() -> None:
    text = (
        "Smoke poured from the stern of the coaster, which had left Tarn harbour on Thursday "
        "evening."
    )
    assert _facts(text, "incident.date") == []
    text = "A fire broke out at the hotel, which was packed with guests, at about 3am."
    assert _facts(text, "incident.time") == ["03:00"]
    text = "Glass lay everywhere after the derailment, which occurred at about 6.10am."
    assert _facts(text, "incident.time") == ["06:10"]


def test_an_event_word_that_modifies_a_noun_opens_no_background_incident() -> None:
    text = (
        "A viaduct collapsed in Tarrano on Tuesday. The collapsed viaduct was built in the 1960s."
    )
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    assert [i.id for i in ex.incidents] == ["i0"]


def test_a_lead_telling_a_sentence_keeps_the_earlier_year_incident_its_own() -> None:
    text = (
        "A former fire chief was jailed on Monday over the warehouse blaze that killed nine "
        "people in Corrow in 2021."
    )
    ex = extract(_report(text, "2024-05-18"), "2024-05-18", temporal.tag(text, "2024-05-18"))
    assert [i.id for i in ex.incidents] == ["i0"]
    assert [f.incident for f in ex.facts if f.kind == "incident.place"] == ["i0"]


def test_care_at_once_then_after_the_onset_dates_the_onset() -> None:
    text = "Nine pupils were taken to hospital Friday morning after a van hit their coach."
    assert _facts(text, "incident.date") == ["2024-05-17"]
    text = "A man was airlifted to hospital on Thursday after his quad bike overturned."
    assert _facts(text, "incident.date") == ["2024-05-16"]
    # the clock of the care, an arrest, or a later discharge, is not the onset's
    assert _facts("He was taken to hospital at 3pm after collapsing.", "incident.time") == []
    assert _facts("A man was charged on Friday after the crash.", "incident.date") == []
    text = "She left hospital on Friday, a week after the crash."
    assert _facts(text, "incident.date") == []


def test_a_lead_whose_relative_clause_tells_the_earlier_incident_keeps_it_its_own() -> None:
    text = "A man who drove into a crowd in Tarrow in March 2023 was jailed on Tuesday."
    ex = extract(_report(text, "2024-05-18"), "2024-05-18", temporal.tag(text, "2024-05-18"))
    assert [i.id for i in ex.incidents] == ["i0"]


def test_the_lead_sequels_year_told_again_is_still_the_own_incident() -> None:
    text = (
        "A former fire chief was jailed on Monday over the warehouse blaze that killed nine "
        "people in Corrow in 2021.\n\nThe judge said he had ignored warnings before the fire "
        "in 2021 when flames spread through the Corrow depot."
    )
    ex = extract(_report(text, "2024-05-18"), "2024-05-18", temporal.tag(text, "2024-05-18"))
    assert [i.id for i in ex.incidents] == ["i0"]


def test_a_court_account_in_any_verbs_times_and_places_the_incident() -> None:
    text = (
        "The jury heard that just after 9pm on 3 March Hale walked into the Crown and Anchor "
        "on Dock Street, Tarrow, and demanded money."
    )
    assert _facts(text, "incident.time") == ["21:00"]
    assert _facts(text, "incident.date") == ["2024-03-03"]
    found = _facts(text, "incident.place")
    assert any("dock street, tarrow" in v for v in found) and "hale" not in found, found
    text = "The court heard that on Monday he was arrested at his flat."
    assert _facts(text, "incident.date") == []


def test_harm_done_by_the_police_is_no_onset() -> None:
    assert _facts("The gunman was shot dead by armed officers at 9.05pm.", "incident.time") == []
    text = "A man opened fire in the lobby at 6pm and was shot by police an hour later."
    assert _facts(text, "incident.time") == ["18:00"]


def test_what_a_court_heard_dates_the_incident_not_the_hearing() -> None:
    text = (
        "The jury heard that on the evening of 3 May 2023, at about 9.20pm, the defendant "
        "hit a scooter rider on Bell Road."
    )
    assert _facts(text, "incident.date", "2024-05-18") == ["2023-05-03"]
    assert _facts(text, "incident.time", "2024-05-18") == ["21:20"]


def test_an_onset_far_along_its_clause_still_anchors_the_date() -> None:
    text = (
        "Two men allegedly set fire to the vestry and the side door of a small chapel on the "
        "outskirts of the old mill village late on Thursday, police said."
    )
    assert _facts(text, "incident.date") == ["2024-05-16"]


def test_a_later_clause_does_not_claim_the_time() -> None:
    text = "The wall gave way on Friday, and searchers were still searching into the evening."
    assert _facts(text, "incident.date") == ["2024-05-17"]


def test_a_blog_stamp_without_separator_is_a_stamp() -> None:
    text = "21:14 We are hearing reports of smoke near the marina.\n"
    s = split_sentences(text)[0]
    tx = temporal.tag(text, DCT)
    assert [f for f in incident_times(s, tx, DCT) if f.kind == "incident.time"] == []


# --------------------------------------------------------------------------- main incident date
def test_a_court_report_a_year_on_dates_its_incident_from_the_text() -> None:
    text = (
        "A driver who killed a cyclist when his van mounted the pavement in Elder Street on "
        "12 March 2023 was jailed for six years on Friday. "
        "The judge said he had been driving at twice the speed limit."
    )
    assert _main_date(text, "2024-05-18") == "2023-03-12"


def test_a_quoted_account_dates_its_event_not_the_saying() -> None:
    text = (
        "A detective told the inquest: 'On Tuesday 14 March 2023 at about 4.10pm a man drove "
        "a van onto the pavement in Elder Street.'"
    )
    assert _main_date(text, "2024-05-18") == "2023-03-14"


def test_a_month_abbreviation_does_not_end_the_sentence() -> None:
    text = "On Nov. 3, 2022, a driver ran down four cyclists on the coast road."
    assert _facts(text, "incident.date", "2024-05-18") == ["2022-11-03"]


def test_a_sequel_opened_by_an_earlier_month_is_no_background_incident() -> None:
    text = (
        "A man who drove a lorry into a crowd in Delford has been jailed for life. "
        "In February, he was charged with murder over the attack on 14 June 2023."
    )
    ex = extract(_report(text, "2024-05-18"), "2024-05-18", temporal.tag(text, "2024-05-18"))
    assert [i.date for i in ex.incidents] == ["2023-06-14"]


def test_an_earlier_event_opened_by_its_month_is_a_background_incident() -> None:
    text = (
        "A van crashed into a bus stop in Delford on Friday. "
        "In February, a car ploughed into a cafe on the same road."
    )
    ex = extract(_report(text), DCT, temporal.tag(text, DCT))
    assert [i.main for i in ex.incidents] == [True, False]


def test_a_first_day_report_keeps_its_day() -> None:
    text = "A van crashed into a shop front in Elder Street on Friday. Two people were hurt."
    assert _main_date(text) == "2024-05-17"


# --------------------------------------------------------------------------- places
def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fire started at a mosque in Dunmore's Eastfield area.", "eastfield, dunmore"),
        ("The light aircraft came down in a meadow off Linnet Lane.", "linnet lane"),
        ("A car left the road on the B4120 near Little Hadley.", "b4120"),
        ("The train derailed about three miles west of Carrow Halt.", "west of carrow halt"),
        ("The blast wrecked the kitchen at a Mill Lane bakery here.", "mill lane bakery"),
        ("A cyclist was hit at the corner of Oak Street and Fenn Way.", "oak street and fenn way"),
        ("The boat sank near the Pollard Point lighthouse.", "pollard point"),
        ("Shots were fired outside the Blue Heron in Carver Street, Mossley.", "carver street"),
        ("Two men were shot at Murphy's Tavern in Brackett Falls.", "murphy's tavern, brackett"),
        ("A lorry ploughed into stalls in Marlbeck's market square.", "market square, marlbeck"),
        ("The crash happened on the westbound M62 near Irlam.", "m62"),
        ("A car mounted the pavement next to the Royal Oak pub.", "royal oak"),
        ("The shots were fired at the Red Lion tavern on Dock Street.", "red lion tavern"),
        ("A gunman opened fire in a bar in the town of Corrick Falls.", "corrick falls"),
        ("The bridge collapsed over the River Dee at Holt.", "river dee, holt"),
        ("The collision happened at Junction 9 of the M1.", "junction 9"),
        ("Shots rang out at the Old Mill on Weir Road, Tansley.", "old mill"),
        ("A viaduct in the heart of Corrano collapsed on Tuesday.", "corrano"),
        ("The crush happened at the gates of Fenby Park.", "fenby park"),
    ],
)
def test_places_by_their_shape(sentence: str, expected: str) -> None:
    assert any(expected in v for v in _places(sentence)), _places(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The injured were airlifted to St Anne's Infirmary in Holbrook.",
        "He appeared at Wexley Magistrates Court on Monday.",
        "A 30-year-old man was arrested in Fenwick later that day.",
        "A fire broke out on a Danish cargo ship.",
        "Delays hit the Ashby to Corran line after the crash.",
        "The ferry caught fire off Norway's west coast.",
        "Police raided a flat in Dunholm after the attack.",
        "She was on her way to work in Tarrow when the bus crashed.",
        "The crash on Feb. 3 was the second this year.",
        "It was the worst crash in Hollowshire for a decade.",
        "He was treated at the Royal Hospital after the crash.",
        "He was questioned at Dunholm police station after the crash.",
        "The injured were shifted to the Civil Medical Centre after the blast.",
        "A relief centre is open at St Mary's Church on Bell Street after the flood.",
    ],
)
def test_sequels_adjectives_routes_and_regions_are_no_place(sentence: str) -> None:
    assert _places(sentence) == []


def test_a_sentence_whose_event_word_only_modifies_a_noun_places_nothing() -> None:
    assert _facts("Flood warnings remained in force along the River Tarne.", "incident.place") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Old Ferry Inn was packed when the gunman opened fire.", ["old ferry inn"]),
        ("Shots were fired as Coldwater Falls Tavern closed.", ["coldwater falls tavern"]),
        ("Many shoppers were hurt when a van hit Tansley market.", ["tansley market"]),
        ("Diving club members were hurt when the boat capsized.", []),
        ("A man from Kessock Harbour died in the crash.", []),
        ("Two were hurt in the crash at a Welsh quarry.", []),
        ("Oakfield General Hospital treated 12 people after the crash.", []),
    ],
)
def test_premises_named_without_a_preposition(sentence: str, expected: list[str]) -> None:
    assert _places(sentence) == expected


def test_a_title_after_the_comma_is_no_town() -> None:
    assert _places("The train derailed over Kettle Creek, Orr County Sheriff Dale Ames said.") == [
        "kettle creek"
    ]


def test_a_residence_is_no_place() -> None:
    assert _places("The victim, who lived in Marston, died at the scene.") == []


# --------------------------------------------------------------------------- properties
WORDS = (
    "The tanker exploded at about 7.10pm on Friday in a yard off Quarry Lane , Denby . "
    "police said at 3pm the corner of Oak Street and Fenn Way arrested in Leeds Hospital "
    "shortly after the early hours of Sunday crash site ( 1810 GMT ) 21:14 We 's Irish"
).split(" ")
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=50).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(texts, st.sampled_from([None, DCT, "2024-05-18T09:30"]))
def test_dates_times_and_places_never_raise_and_quote_the_text(text: str, dct: str | None) -> None:
    timexes = temporal.tag(text, dct)
    for s in split_sentences(text):
        inside = [t for t in timexes if s.start <= t.start < s.end]
        for f in (*incident_times(s, inside, dct), *places(s)):
            assert s.start <= f.start <= f.end <= s.end
            assert f.kind in ("incident.date", "incident.time", "incident.place")
    ex = extract(_report(text, dct), dct, timexes)
    assert sum(i.main for i in ex.incidents) == 1
    for fact in ex.facts:
        assert text[fact.start : fact.end] == fact.text


# ------------------------------------------------------------------------- open classes (issue 11)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name after a determiner heads whatever nouns follow it
        ("A van hit a wall on the Thornbury relief road last night.", "thornbury relief road"),
        ("Two died in a smash on the Colwick bypass yesterday.", "colwick bypass"),
        # a run of nouns ending in a site word, after a possessive town
        ("A blaze gutted a depot in Elsford's Moorgate business park.", "moorgate business park"),
        # a name and one site noun, without a determiner
        ("A kayaker drowned off Penhallow beach on Sunday.", "penhallow beach"),
        # lower-case modifiers between "the" and a name
        ("Flames tore through the disused Holbrook Mill in Carby.", "holbrook mill, carby"),
        # a verb whose object is the scene
        ("An explosion wrecked Dunn's Garage in Ferrybridge.", "dunn's garage, ferrybridge"),
        # the call-out names the scene
        ("Crews were called to the Blue Boar on Quay Street at 1am.", "blue boar"),
        # a motion participle locates
        ("A yacht caught fire while crossing Tarrow Bay.", "tarrow bay"),
        # a sequel told at the scene names the scene
        ("Four people were treated at the scene on Vine Street.", "vine street"),
        # an onset between a sequel word and the place keeps the place
        ("A man is in hospital after being stabbed outside the Feathers pub in Lowick.", "lowick"),
        # "Court" after a name that is no kind of court is a street
        ("A toddler fell from a balcony at flats in Heron Court, Ashby.", "heron court"),
        # a settlement or island noun takes "of", after "off" too
        ("A trawler caught fire off the island of Sella on Monday.", "sella"),
        ("A roof collapsed in the Portuguese port city of Varzim.", "varzim"),
        # a common noun's possessive, or lower-case adjectives after a town's, before the name
        ("A van crashed on the town's Kellgate shopping street.", "kellgate"),
        ("A lorry hit stalls in Brenna's historic Old Quarter district.", "old quarter, brenna"),
        # a US police block; a vehicle moved off a named bridge or road
        ("A man was shot in the 400 block of Elm Street on Sunday.", "elm street"),
        ("A coach plunged off the Carrow Bridge into the river.", "carrow bridge"),
        # a plural site word names a site too
        ("Part of the roof of Dunmore Mills gave way at noon.", "dunmore mills"),
        # a motion verb's object when it is a named site or street
        ("The coach overturned as it approached Hobb Lane roundabout.", "hobb lane"),
        ("The bus derailed as it entered Tolley Junction at speed.", "tolley junction"),
    ],
)
def test_places_of_open_shapes(sentence: str, expected: str) -> None:
    found = _facts(sentence, "incident.place")
    assert any(expected in v for v in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "A man was stabbed and later appeared at Ashby Magistrates' Court.",
        "The driver was arrested in a lane off Mill Road hours after the crash.",
        "The crew were rescued after the trawler sank off the coast of Norway.",
        "The fire started in a dark grey Audi A4.",
        "The Kelso fire brigade said the blaze was out.",
        # nations' adjectives, regular or not, and a country a vehicle entered
        "A ferry caught fire off a Greek island, as is routine in Greek maritime law.",
        "The blast happened in Swiss airspace.",
        "The gunman entered Norway by car after the attack.",
        # a name heading a vehicle noun is a vehicle
        "Nine were hurt when a lorry slammed into a Norway Coachlines bus.",
    ],
)
def test_courts_roads_off_a_scene_makes_and_bodies_are_no_place(sentence: str) -> None:
    found = _facts(sentence, "incident.place")
    assert not any(
        w in v
        for v in found
        for w in ("court", "mill road", "norway", "audi", "brigade", "greek", "swiss")
    ), found


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("A ceiling fell in at a school in Orley. Firefighters responded at 2:35 p.m.", "14:35"),
        ("A gunman opened fire in a mall. The first shots were heard at 4.55pm.", "16:55"),
        ("A tanker jack-knifed between junctions 4 and 5 at 6.25am.", "06:25"),
        ("A barn caught fire at Low Farm. Crews were scrambled at 11.10pm.", "23:10"),
    ],
)
def test_call_outs_and_perceptions_time_the_incident(text: str, time: str) -> None:
    assert _facts(text, "incident.time") == [time]


def test_a_time_bounded_by_between_is_a_window_not_the_event() -> None:
    text = "Police want to hear from anyone who was near the crash between 9pm and 9.40pm."
    assert _facts(text, "incident.time") == []


def test_a_death_told_by_to_death_dates_the_incident() -> None:
    assert _facts("A farmer was gored to death on Thursday at Pitt Farm.", "incident.date") == [
        "2024-05-16"
    ]
    assert _facts("A pensioner lost her life in a fall on Tuesday.", "incident.date") == [
        "2024-05-14"
    ]


def test_a_time_owning_an_event_noun_dates_it() -> None:
    text = "Police are appealing for dashcam footage of Wednesday's collision on the A40."
    assert _facts(text, "incident.date") == ["2024-05-15"]


def test_a_stretch_of_time_is_no_moment() -> None:
    text = "Crews fought the flames through the night. The fire broke out at 10pm on Friday."
    assert _main_date(text) == "2024-05-17"


def test_a_year_then_when_opens_a_background_incident() -> None:
    text = (
        "A man died when a wall fell on Friday in Ryton. It is the worst accident in the town "
        "since 1998, when three men drowned in the canal."
    )
    assert _facts(text, "casualties.killed") == [1]
    assert _main_date(text) == "2024-05-17"


def test_the_first_day_no_sequel_claims_dates_a_report_whose_event_words_date_nothing() -> None:
    text = (
        "At 10.35pm on Monday 13 May, officers on patrol saw a red Astra being driven without "
        "lights on Tile Lane, Orton. The driver failed to stop."
    )
    assert _facts(text, "incident.date") == ["2024-05-13"]
    sequel = "A woman has been charged with arson. She was remanded in custody on 16 May."
    assert _facts(sequel, "incident.date") == []


def test_a_verb_of_occurring_tells_what_its_subject_names() -> None:
    assert _facts("Her funeral took place on 16 May in Orton.", "incident.date") == []
    assert _facts("The pile-up took place at 5.20pm on Thursday.", "incident.time") == ["17:20"]


def test_harm_told_before_a_death_makes_the_death_later() -> None:
    text = "Doctors said the rider, who had suffered severe head injuries, died at about 4.10am."
    assert _facts(text, "incident.time") == []
    assert _facts("Two walkers were killed at about 1.15pm.", "incident.time") == ["13:15"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ceiling of St Brendan's Hall in Moyle gave way on Friday.",
            "st brendan's hall, moyle",
        ),
        ("Four died when a jeep hit a tree on NH-31 near Sirpur on Friday.", "nh-31"),
    ],
)
def test_a_named_site_after_a_part_and_road_codes_are_places(sentence: str, expected: str) -> None:
    assert expected in _facts(sentence, "incident.place")


def test_of_after_a_person_or_a_comma_places_nothing() -> None:
    text = "The rider, Tom Hale, 27, of Ferny Hill, died in the crash on Friday."
    assert not any("ferny" in v for v in _facts(text, "incident.place"))
