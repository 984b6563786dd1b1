"""Which clock time is the incident's: the onset's own beside a call, an alert, a dispatch or a
take-off (later or earlier moments); an onset told by its distance from the call; a progressive
state a "when"-clause breaks into; onsets in verbs no cue table holds (the first clock no later
step claims); a thing's building year that opens no earlier incident.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DATE = "incident.date"
DCT = "2025-05-20"  # a Tuesday

CALLS: list[tuple[str, list[Any]]] = [
    # a witness's call, an alarm raised, an alert or a dispatch after the onset: a later moment
    ("The van overturned on the bypass at about 6.05pm. A passing cyclist called 999 at 6.20pm.",
     ["18:05"]),
    ("Smoke began pouring from the roof at about 4am, and a neighbour raised the alarm at 4.25am.",
     ["04:00"]),
    ("At 11.48pm on Sunday, crews were scrambled to a blaze at a warehouse. The fire is thought "
     "to have started at about 11.30pm.", ["23:30"]),
    ("A gas cylinder exploded in the kitchen at 7.15pm. Firefighters were alerted at 7.41pm.",
     ["19:15"]),
    # a live blog's entries are two tellings: a reader's onset and the service's call both stay
    ("9.02am: A reader tells us the roof fell in at 8.20am.\n\n9.40am: The fire service says "
     "its first call came at 08:36.", ["08:20", "08:36"]),
    # the call alone, or an onset hours away, keeps the call
    ("A passer-by phoned police at 2.40am after a man was stabbed in Dock Street.", ["02:40"]),
    ("At 9.05am, officers were dispatched to Carver Lane for a report of a stabbing.", ["09:05"]),
]  # fmt: skip

OFFSETS: list[tuple[str, list[Any]]] = [
    # the onset told by its distance before the call: the call's clock less the distance
    ("Firefighters were called to the barn at 5.50am, about twenty minutes after it caught fire.",
     ["05:30"]),
    ("Paramedics were alerted at 10.15pm on Friday, some 45 minutes after the crash happened.",
     ["21:30"]),
    ("Police were called at 1.10am, half an hour after the fight broke out.", ["00:40"]),
    # no onset in the clause after: no distance read
    ("Police were called at 1.10am, ten minutes after the pub closed.", ["01:10"]),
]  # fmt: skip

INTERRUPTED: list[tuple[str, list[Any]]] = [
    # "was doing X at <time> when <event>": the when-clause's event, whatever its verb
    ("A fisherman was hauling in his nets at about 5.15am when a wave, taller than the boat, "
     "swamped the vessel.", ["05:15"]),
    ("Two boys were cycling along the towpath at around 4pm on Friday when the bank slumped "
     "into the canal.", ["16:00"]),
    ("Walkers were climbing the ridge at around 11am when a boulder came loose above them.",
     ["11:00"]),
    ("The jogger was running through Elm Park at 6.30am when a stag charged at her.", ["06:30"]),
    # a later step in the progressive, or a when-clause that opens with one: no onset
    ("Officers were searching the woodland at 4pm when they found the body.", []),
    ("The woman was walking her dog at 9pm when police arrived.", []),
]  # fmt: skip

UNCLAIMED: list[tuple[str, list[Any]]] = [
    # an onset in a verb no table holds: the first clock that no later step claims
    ("Twelve shoppers were hurt in the Lindqvist Centre. The travelator, which was carrying "
     "people down, jammed at 4.12pm and pitched them forward.", ["16:12"]),
    ("Three anglers were rescued from Brack Water after their boat capsized. The dinghy was "
     "swamped at about 2pm and they clung to the hull until a lifeboat reached them at 3.10pm.",
     ["14:00"]),
    ("Two cavers died in the Olm system. The stream rose by a metre at around 9pm after heavy "
     "rain, rescuers said.", ["21:00"]),
    ("Six workers were taken to hospital from a dye works in Renfield. A tank being filled at "
     "around 10.40am released a cloud of acid vapour.", ["10:40"]),
    # a responder's, a finding's or a later step's clock: none
    ("A man was hurt in Tollgate Street. Paramedics reached him at 3.40pm.", []),
    ("Two hikers died on Carn Dubh. Their bodies were found near the summit cairn at 9.30am.", []),
    ("A lorry shed its load on the A9 on Monday. The road was closed until 6pm.", []),
]  # fmt: skip

JOURNEYS: list[tuple[str, list[Any]]] = [
    # a take-off is an earlier moment than the crash
    ("The microlight had taken off from Hollins Field at 10am and came down in a wood at "
     "10.40am.", ["10:40"]),
    ("The glider lifted off at 1.15pm and lost height over Crane Moor, crashing at about 1.30pm.",
     ["13:30"]),
]  # fmt: skip

ORIGINS: list[tuple[str, list[Any]]] = [
    # the year a thing was built opens no earlier incident: the clock stays the incident's
    ("The pier, opened in 1898, collapsed at 4.15pm on Sunday.", ["16:15"]),
    ("A gas main exploded at 9.20am under a tower block from the 1970s with 60 flats.", ["09:20"]),
    ("The viaduct, constructed in the early 1900s, gave way at about 2am on Monday.", ["02:00"]),
    ("The grandstand, dating back to 1921, caught fire at 3.05pm on Saturday.", ["15:05"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clocks"), CALLS)
def test_a_call_is_a_later_moment_than_the_onset(text: str, clocks: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == clocks


@pytest.mark.parametrize(("text", "clocks"), OFFSETS)
def test_an_onset_told_by_its_distance_before_the_call(text: str, clocks: list[Any]) -> None:
    assert sorted(_facts(text, TIME, DCT)) == clocks


@pytest.mark.parametrize(("text", "clocks"), INTERRUPTED)
def test_a_progressive_broken_into_by_a_when_clause(text: str, clocks: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == clocks


@pytest.mark.parametrize(("text", "clocks"), UNCLAIMED)
def test_the_first_clock_no_later_step_claims(text: str, clocks: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == clocks


@pytest.mark.parametrize(("text", "clocks"), JOURNEYS)
def test_a_take_off_is_an_earlier_moment(text: str, clocks: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == clocks


def test_a_crash_after_a_take_off_keeps_its_day() -> None:
    text = "A light aircraft crashed into a field shortly after taking off from Rushmere on Sunday."
    assert _facts(text, DATE, DCT) == ["2025-05-18"]


@pytest.mark.parametrize(("text", "clocks"), ORIGINS)
def test_a_building_year_opens_no_earlier_incident(text: str, clocks: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == clocks


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The death toll rose to nine on Tuesday.", 1),
        ("The number of people killed climbed sharply overnight.", 1),
        ("The river rose by two metres on Tuesday.", 0),
        ("A man was charged with murder on Monday.", 1),
        ("A bull charged at the crowd on Monday.", 0),
    ],
)
def test_rise_and_charge_are_later_steps_only_in_their_own_sense(text: str, count: int) -> None:
    from incident_reader.core.facts.event_cues import _AFTER_CUE, _cues
    from incident_reader.core.facts.text import sentence_of

    assert sum(c[2] == _AFTER_CUE for c in _cues(sentence_of(text))) == count
