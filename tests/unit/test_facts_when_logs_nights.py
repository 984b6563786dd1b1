"""When: police logs, nights across midnight, datelines, zone brackets and escapes of substances.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from tests.unit.test_facts_when_places import _facts, _report

DATE = "incident.date"
TIME = "incident.time"
DCT = "2025-03-09"  # a Sunday


def _by_incident(text: str, kind: str, dct: str = DCT) -> list[tuple[str, object]]:
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    return [(f.incident, f.value) for f in ex.facts if f.kind == kind]


# --------------------------------------------------------------------------- midnight
def test_midnight_at_the_end_of_a_day_is_written_00_00_on_that_day() -> None:
    text = "A barn burned down near Ellwick shortly before midnight on Saturday, police said."
    assert _facts(text, TIME, DCT) == ["00:00"]
    assert set(_facts(text, DATE, DCT)) == {"2025-03-08"}


# --------------------------------------------------------------------------- overnight
def test_an_overnight_eve_gives_way_to_the_day_the_event_is_dated() -> None:
    text = (
        "Heavy snow fell on the pass overnight. An avalanche swept away two huts early"
        " this morning, the mountain rescue team said."
    )
    assert _facts(text, DATE, DCT) == ["2025-03-09"]


def test_an_overnight_alone_still_dates_the_incident() -> None:
    text = "A lorry overturned on the bypass overnight, spilling its load of gravel."
    assert _facts(text, DATE, DCT) == ["2025-03-08"]


# --------------------------------------------------------------------------- police logs
LOG = (
    "ORMSBY POLICE DEPARTMENT - CALL LOG\n"
    "Saturday, March 8\n"
    "1:20 a.m. - Officers responded to the 200 block of Cole Street for a report of a stabbing."
    " A man, 30, was taken to Ormsby General.\n"
    "6:45 a.m. - A pickup struck a mailbox on Ridge Road. No injuries.\n"
    "4:10 p.m. - Shoplifting reported at a pharmacy on Main Street.\n"
)


def test_a_log_entry_of_another_call_is_another_incident() -> None:
    times = _by_incident(LOG, TIME)
    assert ("i0", "01:20") in times
    assert ("i0", "06:45") not in times


def test_a_call_out_to_a_block_for_a_report_times_the_entry() -> None:
    assert ("i0", "01:20") in _by_incident(LOG, TIME)


def test_a_live_blog_is_no_log_its_entries_stay_one_incident() -> None:
    text = (
        "Mill fire: live updates\n"
        "7:05 a.m. - A fire has broken out at the old mill on Quay Street.\n"
        "7:40 a.m. - A second crew has arrived and part of the roof has collapsed.\n"
    )
    assert {i for i, _ in _by_incident(text, TIME)} <= {"i0"}


# --------------------------------------------------------------------------- no moment
def test_a_dateline_with_its_region_in_brackets_dates_no_incident() -> None:
    text = (
        "KORAPUT (Odisha), Mar 9 (PTI) Four labourers were killed when a wall collapsed at a"
        " construction site late on Saturday, police said."
    )
    assert "2025-03-09" not in _facts(text, DATE, DCT)


def test_a_train_named_by_its_departure_is_no_time() -> None:
    text = "The 21.15 from Hallow Vale derailed near Crossmere at 9.52pm on Saturday."
    assert _facts(text, TIME, DCT) == ["21:52"]


def test_a_day_inside_a_zone_bracket_echoes_the_local_time() -> None:
    text = (
        "A trawler sank off Kessa Point at 4:30 a.m. local time (2030 GMT Saturday), the"
        " coastguard said."
    )
    assert _facts(text, DATE, DCT) == []  # not the GMT Saturday
    assert _facts(text, TIME, DCT) == ["04:30"]


# --------------------------------------------------------------------------- other clauses
def test_a_journeys_start_is_not_the_incident() -> None:
    text = (
        "The ferry left Dunmore at 6 pm and the fire broke out at about 7.20 pm in the engine"
        " room, the operator said."
    )
    assert _facts(text, TIME, DCT) == ["19:20"]


def test_a_search_that_ended_overnight_dates_no_incident() -> None:
    text = (
        "The search for the missing climbers after the cornice collapsed ended overnight when"
        " the last two were found."
    )
    assert _facts(text, DATE, DCT) == []


def test_a_claim_reports_the_attack_it_does_not_date_it() -> None:
    text = "On Friday a militant group claimed that its members carried out the bombing."
    assert _facts(text, DATE, DCT) == []


def test_a_reference_point_after_a_time_is_no_event_of_its_clause() -> None:
    text = (
        "The operator pledged £2m on Friday to house the families displaced by the collapse"
        " of the tower."
    )
    assert _facts(text, DATE, DCT) == []


# --------------------------------------------------------------------------- escapes
def test_a_substance_release_is_an_event_noun() -> None:
    text = "Workers were evacuated after Thursday's chlorine release at the Weyford pool."
    assert _facts(text, DATE, DCT) == ["2025-03-06"]


def test_a_press_release_is_no_event() -> None:
    text = "The council issued a press release on Thursday about the Weyford pool."
    assert _facts(text, DATE, DCT) == []


def test_an_occurring_verb_with_a_when_clause_of_an_onset_tells_the_incident() -> None:
    text = (
        "The discharge happened at about 4.50pm when a seal failed on the acid tank,"
        " the fire service said."
    )
    assert _facts(text, TIME, DCT) == ["16:50"]


def test_an_event_named_in_a_subjects_of_phrase_does_not_own_a_later_time() -> None:
    text = (
        "Survivors of the fire and their relatives, one after another on Monday, described"
        " the night to the inquiry."
    )
    assert _facts(text, DATE, DCT) == []


def test_the_night_of_the_event_keeps_its_time() -> None:
    text = "On the night of the blast, at about 10.40pm, a gas main exploded under Carr Street."
    assert _facts(text, TIME, DCT) == ["22:40"]


def test_a_day_owning_the_scene_dates_the_incident() -> None:
    text = "The driver fled Friday's chaotic scene on a stolen bicycle, detectives believe."
    assert _facts(text, DATE, DCT) == ["2025-03-07"]


# --------------------------------------------------------------------------- the response
def test_a_time_led_by_by_bounds_a_response_it_starts_nothing() -> None:
    text = "A chlorine leak at the Weyford pool plant was contained by 10.40pm, the council said."
    assert _facts(text, TIME, DCT) == []


def test_the_responses_end_is_no_onset() -> None:
    text = (
        "Crews isolated the faulty valve at 9.05pm and the incident was stood down at 10.50pm,"
        " the fire service said."
    )
    assert _facts(text, TIME, DCT) == []


def test_a_vehicle_gutted_by_fire_dates_the_incident() -> None:
    text = "A minibus was gutted on the A9 near Dunkeld on Friday evening, police said."
    assert _facts(text, DATE, DCT) == ["2025-03-07"]


def test_an_evacuation_after_the_event_noun_is_no_onset() -> None:
    text = "The depot was evacuated at 4.25pm after the spill was discovered."
    assert _facts(text, TIME, DCT) == []


def test_firing_tells_a_shooting() -> None:
    text = "Witnesses said a man drew a pistol and began firing shortly before 11 p.m."
    assert _facts(text, TIME, DCT) == ["23:00"]


def test_an_arraignment_dates_no_incident() -> None:
    text = "Marsh was arraigned on Friday on two counts of attempted murder."
    assert _facts(text, DATE, DCT) == []


def test_a_vehicle_ablaze_dates_the_incident() -> None:
    text = "Video shared online shows the lorry ablaze on the A1 on Friday evening."
    assert _facts(text, DATE, DCT) == ["2025-03-07"]


def test_a_long_clause_after_the_last_comma_is_no_attribution() -> None:
    text = "On Friday evening, 40 passengers were led off a ferry which caught fire."
    assert _facts(text, DATE, DCT) == ["2025-03-07"]


def test_a_closing_attribution_still_times_nothing() -> None:
    text = "The warehouse was empty at 10pm on Friday, a spokesman said."
    assert _facts(text, TIME, DCT) == []
