"""Fact extraction rules as tables: (sentence, kind, value) facts and (sentence, kind) non-facts."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.facts import extract, lexicon
from incident_reader.core.facts.conflicts import compatible
from incident_reader.core.facts.count_rules import scan_stems
from incident_reader.core.facts.numbers import _alt, parse_count
from incident_reader.core.facts.text import speaker, split_sentences
from incident_reader.core.model import DctSource, Fact, Report, Timex


def report(text: str) -> Report:
    return Report("r", Path("r.txt"), "", text, "2024-06-15", DctSource.HEADER, "0")


def facts_of(text: str, timexes: tuple[Timex, ...] = ()) -> list[Fact]:
    return list(extract(report(text), "2024-06-15", timexes).facts)


def values(text: str, kind: str) -> list[Any]:
    return [f.value for f in facts_of(text) if f.kind == kind]


def rng(low: int | None, high: int | None) -> dict[str, int | None]:
    return {"min": low, "max": high}


FACTS = [
    # casualties
    ("Two people were killed and 31 others injured.", "casualties.killed", 2),
    ("Two people were killed and 31 others injured.", "casualties.injured", 31),
    ("Twenty-two people - including children - are killed in a bombing.", "casualties.killed", 22),
    ("A man has died and two others were wounded.", "casualties.killed", 1),
    ("A man has died and two others were wounded.", "casualties.injured", 2),
    ("The crash left four people dead.", "casualties.killed", 4),
    ("At least three people have died.", "casualties.killed", rng(3, None)),
    ("Between 10 and 15 people were hurt.", "casualties.injured", rng(10, 15)),
    ("More than 20 people were injured.", "casualties.injured", rng(21, None)),
    ("Dozens of people were hurt.", "casualties.injured", rng(24, None)),
    ("Several people have been injured.", "casualties.injured", rng(3, 9)),
    ("The Met confirmed a number of pedestrians have been injured.", "casualties.injured",
     rng(2, None)),
    ("Ambulance crews confirm third person injured.", "casualties.injured", 3),
    ("A third person has died in hospital.", "casualties.killed", 3),
    ("The death toll has risen to five.", "casualties.killed", 5),
    ("This brings the number of people killed to two.", "casualties.killed", 2),
    ("A van hit shoppers, injuring nine people.", "casualties.injured", 9),
    ("Four bombers kill 52 and injure hundreds of others.", "casualties.killed", 52),
    ("Four bombers kill 52 and injure hundreds of others.", "casualties.injured", rng(200, None)),
    ("A dozen people had been taken to hospitals by ambulance.", "casualties.hospitalised", 12),
    ("Five of the injured were taken to hospital.", "casualties.hospitalised", 5),
    ("Three of the injured needed hospital treatment.", "casualties.hospitalised", 3),
    ("A second man, aged 26, was taken to hospital with stab wounds.",
     "casualties.hospitalised", 1),
    ("A second man, aged 26, was taken to hospital with stab wounds.", "casualties.injured", 1),
    ("Four people in total were treated for hypothermia.", "casualties.injured", 4),
    ("A woman in her sixties has drowned.", "casualties.killed", 1),
    ("No one was killed.", "casualties.killed", 0),
    ("No-one was killed in the blast.", "casualties.killed", 0),
    ("There were no fatalities.", "casualties.killed", 0),
    ("There were no injuries.", "casualties.injured", 0),
    ("Nobody was hurt.", "casualties.injured", 0),
    ("Three people were killed and 1,200 were injured.", "casualties.injured", 1200),
    # arrests and the suspect
    ("A man has been arrested.", "arrests", 1),
    ("Two men were arrested in connection with the attack.", "arrests", 2),
    ("Police arrested three men on Friday.", "arrests", 3),
    ("Mr Pryce was arrested at the scene.", "arrests", 1),
    ("One man has been detained.", "arrests", 1),
    ("No arrests have been made.", "arrests", 0),
    ("A man in his late 20s was arrested.", "suspect.age", rng(26, 29)),
    ("A man in his 30s has been arrested.", "suspect.age", rng(30, 39)),
    ("A 17-year-old boy has been arrested on suspicion of arson.", "suspect.age", 17),
    ("The man, aged 34, was arrested.", "suspect.age", 34),
    ("Darren Pryce, 43, of Wharf Road, was charged last night.", "suspect.age", 43),
    ("Darren Pryce, 43, of Wharf Road, was charged last night.", "suspect.name", "darren pryce"),
    ("A 29-year-old man from Ashwold, Kieran Voss, of Orchard Close, was charged with murder.",
     "suspect.name", "kieran voss"),
    ("The driver, a 41-year-old man from the town, was detained by members of the public.",
     "suspect.age", 41),
    # vehicles and speed
    ("A silver Ford Fiesta was involved in a collision.", "vehicle", "silver ford fiesta"),
    ("Witnesses saw a white Ford Transit van mount the kerb.", "vehicle", "white ford transit van"),
    ("He fled in a dark grey Audi A3.", "vehicle", "dark grey audi a3"),
    ("Police said a silver Transit van turned off Mill Lane.", "vehicle", "silver transit van"),
    ("The eastbound Lakeshore Rail train 412 left the tracks.", "vehicle",
     "lakeshore rail train 412"),
    ("The car crashed at 40mph.", "speed", 40),
    ("The train was traveling at 62 mph.", "speed", 62),
    ("It must have been doing 30mph on a street where you'd walk.", "speed", 30),
    ("The car was travelling at 70mph in a 30mph zone.", "speed", 70),
    # places
    ("A man was stabbed outside a pub in Market Row, Ashwold.", "incident.place",
     "market row, ashwold"),
    ("He was attacked outside the Drover's Arms in Market Row.", "incident.place", "market row"),
    ("The train derailed just east of Ashby Flats.", "incident.place", "east of ashby flats"),
    ("A van ploughed into shoppers on Corn Street.", "incident.place", "corn street"),
]  # fmt: skip

NON_FACTS = [
    ("Scotland Yard says there are no other suspects.", "arrests"),
    ("We don't believe this person is known to MI5.", "suspect.name"),
    ("Officers said no weapons have been found.", "arrests"),
    ("About a dozen passenger trains a day use the line.", "casualties.injured"),
    ("About a dozen passenger trains a day use the line.", "casualties.hospitalised"),
    ("Four people were injured. One woman remains in hospital.", "casualties.hospitalised"),
    ("Five people were hurt. Two are still in hospital.", "casualties.hospitalised"),
    ("Bus driver Victor Ogbomo, 49, was driving past.", "suspect.age"),
    ("Liam Castell, 31, died at the scene after being attacked.", "suspect.age"),
    ("The driver, a 67-year-old man, had managed to climb onto the roof.", "suspect.age"),
    ("The speed limit on that stretch of track is 50 mph.", "speed"),
    ("Hundreds of officers swarm the scene.", "casualties.injured"),
    ("A third patient was treated at the scene but was not taken to hospital.",
     "casualties.hospitalised"),
    ("Another man didn't require hospital treatment.", "casualties.hospitalised"),
    ("A firefighter who injured his shoulder was taken to hospital.", "casualties.injured"),
    ("He did not resist arrest.", "arrests"),
    ("The mother-of-two, 41, was shot.", "suspect.age"),
    ("Two families are now grieving.", "casualties.killed"),
    ("Man killed and two hurt in stabbing.", "vehicle"),
    ("He drove off in a car.", "vehicle"),
    ("It takes only 30cm of moving water to float a car.", "speed"),
    ("Darren Osborne, 47, of no fixed address in Cardiff, was jailed for murder.",
     "incident.place"),
    ("The attacker, who lives in Leeds, drove the van into worshippers.", "incident.place"),
    ("The gunman, born in Kent, opened fire on the crowd.", "incident.place"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "value"), FACTS)
def test_fact_is_found(sentence: str, kind: str, value: Any) -> None:
    assert value in values(sentence, kind), facts_of(sentence)


@pytest.mark.parametrize(("sentence", "kind"), NON_FACTS)
def test_non_fact_is_not_found(sentence: str, kind: str) -> None:
    assert values(sentence, kind) == []


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Twenty-two", 22),
        ("31", 31),
        ("1,200", 1200),
        ("a dozen", 12),
        ("a trio", 3),
        ("several", rng(3, 9)),
        ("dozens", rng(24, None)),
        ("hundreds of", rng(200, None)),
        ("a number of", rng(2, None)),
        ("more than ten", rng(11, None)),
        ("at least three", rng(3, None)),
        ("between 20 and 30", rng(20, 30)),
        ("about 40", 40),
    ],
)
def test_parse_count(phrase: str, value: Any) -> None:
    assert parse_count(phrase) == value


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Police said two people were injured.", "police"),
        ("Two people were hurt, according to the ambulance service.", "ambulance service"),
        ("A witness said the car did not slow down.", "witness"),
        ("Kestrel Vale Police said officers were called at around 22:15.", "police"),
        ("Two people were killed, Brennard County Sheriff Dale Whitcomb said.", "police"),
        ("Two people were killed.", None),
        ("Two people were killed and 31 injured, authorities said Monday.", "authorities"),
    ],
)
def test_said_by(sentence: str, who: str | None) -> None:
    assert speaker(sentence) == who


def test_sentences_keep_offsets_and_stamps() -> None:
    text = "Headline here\n7.40am: Car is seen. At 7.40am a car is seen.\nMr. Basu said so."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Headline here",
        "7.40am: Car is seen.",
        "At 7.40am a car is seen.",
        "Mr. Basu said so.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.stamped for s in sentences] == [False, True, False, False]


def _tx(text: str, quote: str, type_: str, value: str) -> Timex:
    start = text.index(quote)
    return Timex(start, start + len(quote), quote, type_, value)


def test_incident_time_and_date_from_event_words_only() -> None:
    text = (
        "The blast, which happened shortly after 7.30am, destroyed a house on Thursday. "
        "A man was arrested at 2.55am. The road reopened at 4.30pm."
    )
    timexes = (
        _tx(text, "7.30am", "TIME", "2024-06-13T07:30"),
        _tx(text, "Thursday", "DATE", "2024-06-13"),
        _tx(text, "2.55am", "TIME", "2024-06-14T02:55"),
        _tx(text, "4.30pm", "TIME", "2024-06-14T16:30"),
    )
    found = facts_of(text, timexes)
    times = [(f.value, f.text) for f in found if f.kind == "incident.time"]
    dates = [(f.value, f.text) for f in found if f.kind == "incident.date"]
    assert times == [("07:30", "shortly after 7.30am")]
    assert dates == [("2024-06-13", "on Thursday")]


def test_background_incidents_and_internal_conflict() -> None:
    text = (
        "A man was arrested after a crash at around 7.30am this morning.\n"
        "7.40am: Car is seen careering through Parliament Square\n"
        "Another witness said the car crashed into the barriers at 7.45am.\n"
        "In March, a man drove a car into pedestrians on Westminster Bridge killing four.\n"
    )
    timexes = (
        _tx(text, "7.30am", "TIME", "2024-06-15T07:30"),
        _tx(text, "this morning", "TIME", "2024-06-15TMO"),
        _tx(text, "7.40am", "TIME", "2024-06-15T07:40"),
        _tx(text, "7.45am", "TIME", "2024-06-15T07:45"),
        _tx(text, "March", "DATE", "2024-03"),
    )
    ex = extract(report(text), "2024-06-15", timexes)
    background = [i for i in ex.incidents if not i.main]
    assert [(i.date, i.place) for i in background] == [("2024-03", "westminster bridge")]
    killed = [f for f in ex.facts if f.kind == "casualties.killed"]
    assert [(f.value, f.incident) for f in killed] == [(4, background[0].id)]
    assert [c.kind for c in ex.internal_conflicts] == ["incident.time"]
    # a blog's stamp gives way to the clock told in words before it; two told clocks conflict
    assert {ex.facts[i].value for i in ex.internal_conflicts[0].facts} == {"07:30", "07:45"}
    assert [e.event.text for e in ex.timeline if e.timex.text == "7.40am" and e.event] == [
        "Car is seen careering through Parliament Square"
    ]


@pytest.mark.parametrize(
    ("kind", "a", "b", "ok"),
    [
        ("incident.time", "07:30", "07:37", True),
        ("incident.time", "07:30", "07:40", False),
        ("incident.time", "23:55", "00:02", True),
        ("casualties.injured", rng(3, 9), 4, True),
        ("casualties.injured", 4, 9, False),
        ("suspect.age", rng(26, 29), 29, True),
        ("suspect.age", 41, 43, False),
        ("vehicle", "white van", "white ford transit van", True),
        ("vehicle", "silver transit van", "white ford transit van", False),
        ("vehicle", "blue vauxhall astra", "dark blue vauxhall corsa", False),
    ],
)
def test_compatible_follows_readme_tolerances(kind: str, a: Any, b: Any, ok: bool) -> None:
    assert compatible(kind, a, b) is ok


MORE_FACTS = [
    ("Two pedestrians were struck and killed.", "casualties.killed", 2),
    ("The gunman killed two people and injured five others.", "casualties.killed", 2),
    ("The gunman killed two people and injured five others.", "casualties.injured", 5),
    ("The number of dead has risen to 14.", "casualties.killed", 14),
    ("Six people have been confirmed dead.", "casualties.killed", 6),
    ("Five people suffered minor injuries.", "casualties.injured", 5),
    ("Seven people were injured, two of them seriously.", "casualties.injured", 7),
    ("Three people were airlifted to hospital.", "casualties.hospitalised", 3),
    ("Police have arrested a 25-year-old man.", "arrests", 1),
    ("Police have arrested a 25-year-old man.", "suspect.age", 25),
    ("A man, 25, has been arrested.", "arrests", 1),
    ("Two men, aged 19 and 22, were arrested.", "arrests", 2),
    ("A red double-decker bus was hit.", "vehicle", "red double-decker bus"),
    ("The suspect fled in a black Range Rover.", "vehicle", "black range rover"),
]


@pytest.mark.parametrize(("sentence", "kind", "value"), MORE_FACTS)
def test_more_wordings(sentence: str, kind: str, value: Any) -> None:
    assert value in values(sentence, kind), facts_of(sentence)


US_WIRE = [
    ("Gunman kills three, wounds six at mall.", "casualties.injured", 6),
    ("Two people were killed and 14 others were injured late Saturday.", "casualties.injured", 14),
    ("Seven victims were hospitalized, three in critical condition.",
     "casualties.hospitalised", 7),
    ("The lorry driver, a man in his 50s, has been arrested.", "arrests", 1),
    ("The driver, identified as 23-year-old Cody Hale of Marlow, was taken into custody.",
     "arrests", 1),
    ("The driver, identified as 23-year-old Cody Hale of Marlow, was taken into custody.",
     "suspect.name", "cody hale"),
    ("Police identified the gunman as Tyler Brandt, 34, of nearby Eastfield.", "suspect.age", 34),
    ("The gray Chevrolet Silverado jumped a curb.", "vehicle", "gray chevrolet silverado"),
    ("Police said the lorry, a red Scania, was travelling at around 56mph.", "speed", 56),
]  # fmt: skip
US_NON_FACTS = [
    ("Liam Castell, 31, died at the scene.", "casualties.killed", [1]),
    ("A witness, Maria Lopez, 52, said she heard shots.", "suspect.age", []),
    ("Officials said a 40mph limit applied.", "speed", []),
    ("The mall draws around 8,000 visitors a day.", "casualties.injured", []),
]


@pytest.mark.parametrize(("sentence", "kind", "value"), US_WIRE)
def test_us_wire_wordings(sentence: str, kind: str, value: Any) -> None:
    assert value in values(sentence, kind), facts_of(sentence)


@pytest.mark.parametrize(("sentence", "kind", "expected"), US_NON_FACTS)
def test_ages_limits_and_visitors_are_not_counts(sentence: str, kind: str, expected: Any) -> None:
    assert [v for v in values(sentence, kind) if v not in expected] == []


def test_a_closing_attribution_does_not_hide_the_incident_time() -> None:
    text = (
        "The collision happened at the junction of King Street at about 8.20am on Friday, "
        "Westmarch Police said. Police said on Saturday that the road had reopened."
    )
    timexes = (
        _tx(text, "8.20am", "TIME", "2023-11-03T08:20"),
        _tx(text, "Friday", "DATE", "2023-11-03"),
        _tx(text, "Saturday", "DATE", "2023-11-04"),
    )
    found = facts_of(text, timexes)
    assert [f.value for f in found if f.kind == "incident.time"] == ["08:20"]
    assert [f.value for f in found if f.kind == "incident.date"] == ["2023-11-03"]


def test_not_arrested_is_zero_arrests() -> None:
    assert values("He has not been arrested.", "arrests") == [0]


MORE_WORDINGS = [
    ("A pedestrian was fatally injured.", "casualties.killed", 1),
    ("The fire claimed the lives of three people.", "casualties.killed", 3),
    ("Three others sustained minor injuries.", "casualties.injured", 3),
    ("Four people were taken to a nearby hospital.", "casualties.hospitalised", 4),
    ("A 32-year-old woman is in custody.", "arrests", 1),
    ("A 32-year-old woman is in custody.", "suspect.age", 32),
    ("Both drivers died.", "casualties.killed", 2),
    ("The suspect was arrested.", "arrests", 1),
    ("Labour MP Jo Cox is murdered outside her office.", "casualties.killed", 1),
    # burns are injuries (issue 11: "suffered burns" is an injury predicate)
    ("One firefighter suffered burns to his hands.", "casualties.injured", 1),
]
MORE_NON_FACTS = [
    ("A pedestrian was fatally injured.", "casualties.injured"),
    ("One woman remains in hospital.", "arrests"),
]


@pytest.mark.parametrize(("sentence", "kind", "value"), MORE_WORDINGS)
def test_further_wordings(sentence: str, kind: str, value: Any) -> None:
    assert value in values(sentence, kind), facts_of(sentence)


@pytest.mark.parametrize(("sentence", "kind"), MORE_NON_FACTS)
def test_further_non_facts(sentence: str, kind: str) -> None:
    assert values(sentence, kind) == []


FOLLOW_UP = [
    ("An inquest has opened into the death of a cyclist who was hit by a van.",
     "casualties.killed", 1),
    ("The van driver, a 44-year-old man, was arrested on suspicion of careless driving.",
     "arrests", 1),
    ("The van driver, a 44-year-old man, was arrested on suspicion of careless driving.",
     "suspect.age", 44),
    ("Two people, a man and a woman, were killed.", "casualties.killed", 2),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "value"), FOLLOW_UP)
def test_follow_up_wordings(sentence: str, kind: str, value: Any) -> None:
    assert value in values(sentence, kind), facts_of(sentence)


def test_a_follow_up_keeps_its_lead_incident_main() -> None:
    text = (
        "Inquest opens into death of cyclist\n"
        "On 3 April, Sam Reed, 29, was struck by a white Ford Transit on Station Road.\n"
        "In 2019, two cyclists were injured on the same road.\n"
    )
    timexes = (_tx(text, "3 April", "DATE", "2024-04-03"), _tx(text, "2019", "DATE", "2019"))
    ex = extract(report(text), "2024-04-20", timexes)
    main = next(i for i in ex.incidents if i.main)
    assert main.date == "2024-04-03"
    assert [(i.date, i.main) for i in ex.incidents] == [("2024-04-03", True), ("2019", False)]
    vehicle = next(f for f in ex.facts if f.kind == "vehicle")
    assert vehicle.incident == main.id


def test_said_by_runs_on_through_a_blog_entry_and_stops_at_the_next() -> None:
    text = (
        "11.45am: Ambulance service update: four people have been injured. "
        "Three people have been taken to hospital.\n"
        "1.30pm: Two people have been arrested.\n"
    )
    found = {f.kind: f.said_by for f in facts_of(text)}
    assert found["casualties.injured"] == "ambulance service"
    assert found["casualties.hospitalised"] == "ambulance service"
    assert found["arrests"] is None


def test_a_later_death_in_hospital_does_not_date_the_incident() -> None:
    text = "A man was stabbed on Monday. He later died in hospital on Wednesday."
    timexes = (
        _tx(text, "Monday", "DATE", "2024-06-10"),
        _tx(text, "Wednesday", "DATE", "2024-06-12"),
    )
    dates = [f.value for f in facts_of(text, timexes) if f.kind == "incident.date"]
    assert dates == ["2024-06-10"]


def test_timeline_event_is_the_clause_of_its_time() -> None:
    text = "The blast happened at 7.35am on Thursday, and the council met at 2pm to plan repairs."
    timexes = (
        _tx(text, "7.35am", "TIME", "2024-06-13T07:35"),
        _tx(text, "2pm", "TIME", "2024-06-13T14:00"),
    )
    ex = extract(report(text), "2024-06-15", timexes)
    events = {e.timex.text: e.event.text for e in ex.timeline if e.event}
    assert events == {
        "7.35am": "The blast happened at 7.35am on Thursday",
        "2pm": "and the council met at 2pm to plan repairs.",
    }


@pytest.mark.parametrize(
    "sentence",
    ["A white police van blocked the road.", "Officers in a marked police BMW gave chase."],
)
def test_responders_vehicles_are_not_the_incident_vehicle(sentence: str) -> None:
    assert values(sentence, "vehicle") == []


def test_a_blog_stamp_over_a_toll_update_is_not_the_incident_time() -> None:
    text = (
        "3.40pm: Police say two people have died and eight are injured.\n"
        "7.40am: Car is seen careering through the square\n"
    )
    timexes = (
        _tx(text, "3.40pm", "TIME", "2024-06-15T15:40"),
        _tx(text, "7.40am", "TIME", "2024-06-15T07:40"),
    )
    times = [f.value for f in facts_of(text, timexes) if f.kind == "incident.time"]
    assert times == ["07:40"]


def test_relative_clause_subject_and_fire_and_rescue_speaker() -> None:
    sentence = "A 51-year-old man who worked at the plant has been arrested."
    assert values(sentence, "arrests") == [1]
    assert speaker("Thornby Fire and Rescue Service says the toll has risen.") == "fire service"


def test_route_numbered_bus_and_operator_is_no_place() -> None:
    sentence = "The number 42 bus, operated by Coastline Buses, crashed on Harbour Road."
    assert values(sentence, "vehicle") == ["number 42 bus"]
    assert values(sentence, "incident.place") == ["harbour road"]


def test_one_plain_modifier_before_the_noun() -> None:
    assert values("Three teenage boys have been arrested.", "arrests") == [3]
    assert values("Two police officers were injured.", "casualties.injured") == [2]
    assert values("A third person has died.", "casualties.killed") == [3]


def test_called_following_reports_is_the_incident_time() -> None:
    text = "Officers were called to the park at 6.47pm following reports of a fight."
    timexes = (_tx(text, "6.47pm", "TIME", "2024-02-10T18:47"),)
    assert [f.value for f in facts_of(text, timexes) if f.kind == "incident.time"] == ["18:47"]


def test_several_suspects_ages_are_no_internal_conflict() -> None:
    text = (
        "Two men, aged 19 and 22, were arrested. A 19-year-old man was arrested. "
        "A 22-year-old man was charged."
    )
    ex = extract(report(text), "2024-06-15", ())
    assert len([f for f in ex.facts if f.kind == "suspect.age"]) >= 2
    assert "suspect.age" not in [c.kind for c in ex.internal_conflicts]


def test_cue_scans_start_at_words_so_they_stay_fast() -> None:
    """A cue opening with a group or a digit would make its scan fall back to a full search."""
    casualties = importlib.import_module("incident_reader.core.facts.casualties")
    people = importlib.import_module("incident_reader.core.facts.people")
    when = importlib.import_module("incident_reader.core.facts.when")
    scans = [when._EVENT_SCAN, when._AFTER_SCAN, people._ARREST_SCAN]
    scans += [r.verb for r in (*casualties.RULES, people.RULES) if r.verb is not None]
    assert [s.pattern.pattern[:40] for s in scans if s.always] == []


def test_no_one_arrested_is_zero_but_no_residents_injured_is_no_total() -> None:
    assert values("Investigators say no one has been arrested.", "arrests") == [0]
    assert values("No residents were injured.", "casualties.injured") == []


def test_a_victim_before_and_is_not_the_suspect() -> None:
    sentence = "John Smith, 45, of Elm Road, died at the scene and a man was arrested."
    assert values(sentence, "suspect.age") == []
    assert values(sentence, "suspect.name") == []
    assert values(sentence, "arrests") == [1]


@pytest.mark.parametrize("first, second", [("Monday", "Tuesday"), ("Tuesday", "Monday")])
def test_main_date_tie_goes_to_the_first_said(first: str, second: str) -> None:
    # Pool workers hash strings differently: a tie must never be broken in a set's order.
    days = {"Monday": "2024-06-10", "Tuesday": "2024-06-11"}
    text = f"A man was stabbed on {first}. Police said a woman was stabbed on {second}."
    timexes = (_tx(text, first, "DATE", days[first]), _tx(text, second, "DATE", days[second]))
    ex = extract(report(text), "2024-06-15", timexes)
    assert [f.value for f in ex.facts if f.kind == "incident.date"] == [days[first], days[second]]
    assert [i.date for i in ex.incidents if i.main] == [days[first]]


def _flat(words: Any) -> str:
    items = sorted((str(w) for w in words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@pytest.mark.parametrize("name", sorted(n for n in dir(lexicon) if n.isupper()))
def test_word_list_trie_matches_like_the_longest_first_list(name: str) -> None:
    # _alt writes a word list as a trie for speed; it must match exactly what the list did.
    words = getattr(lexicon, name)
    if not isinstance(words, tuple | dict) or not all(isinstance(w, str) for w in words):
        return
    for flags in (0, re.IGNORECASE):
        trie = re.compile(rf"(?:{_alt(words)})(?!\w)", flags)
        flat = re.compile(rf"(?:{_flat(words)})(?!\w)", flags)
        for w in words:
            for probe in (w, w.upper(), f"{w} x", f"{w}s", w[:-1], f"{w}  {w}"):
                a, b = trie.match(probe), flat.match(probe)
                assert (a and a.group()) == (b and b.group()), (name, probe)


def test_a_phrase_opening_with_an_optional_word_is_scanned_at_either_start() -> None:
    assert scan_stems("(?:death )?toll (?:has )?risen") == [
        "death toll (?:has )?risen",
        "toll (?:has )?risen",
    ]
    assert scan_stems("(?:no one|nobody) was killed") == ["(?:no one|nobody) was killed"]
    assert values("The toll has risen to five.", "casualties.killed") == [5]
    assert values("The death toll has risen to five.", "casualties.killed") == [5]
