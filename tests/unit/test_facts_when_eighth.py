"""Days of undated reports and counted days, classes met in the eighth authored set.

- An undated report may open on a later step ("died early Saturday") and name the incident's
  weekday after it: its DCT is borrowed through the first weekday its dated siblings tell, and a
  sibling's weekday told as still to come ("will add guards from Saturday") lends no day.
- An undated report that writes the story's day in its body ("caught fire on Oct. 21") and tells
  later steps by past weekdays ("was questioned on Thursday", "said on Monday") was written on
  or after the latest of them.
- "two days later" at a clause's end counts on from the day named just before it.

Every text here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.sibling_days import sibling_day
from incident_reader.core.temporal import infer_dct_with_evidence
from tests.unit.test_facts_when_places import _report

WIRE_FRI = (
    "OSAKA, May 8 (Kansai Wire) - A man attacked shoppers with a knife in a mall in Suita on"
    " Friday afternoon, wounding five people, police said. The mall operator said it would"
    " post guards at every entrance from Saturday."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later step's weekday first, the incident's after it
        ("A shopper stabbed in the Suita mall attack died early Saturday, police said. Five"
         " people were hurt when a man ran through the mall on Friday.", "2026-05-09"),
        ("A woman hurt in the mall stabbing was discharged on Sunday. The attack in Suita on"
         " Friday left five people wounded.", "2026-05-09"),
        # the incident's weekday first, as before
        ("Five people were hurt when a man ran through a mall in Suita on Friday.", "2026-05-09"),
        # a weekday the sibling tells only as to come lends no day
        ("Guards were posted at the Suita mall on Saturday.", None),
    ],
)  # fmt: skip
def test_the_first_weekday_the_siblings_tell_dates_an_undated_report(
    text: str, expected: str | None
) -> None:
    assert sibling_day(text, [(WIRE_FRI, "2026-05-08")]) == expected


STORY = "2026-10-21"  # a Wednesday: the day the dated reports of the folder give the fire


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # the story's day in the body, later steps told by past weekdays: the latest of them
        ("When the dye works in Tolosa caught fire shortly before noon on Oct. 21, the alarm"
         " failed. The night manager was questioned on Thursday and released, and the firm said"
         " on Monday that it would cooperate.", "2026-10-26"),
        ("Fire tore through the Tolosa dye works on 21 October. Its owner was arrested on"
         " Friday, police said.", "2026-10-23"),
        # a weekday still to come moves nothing
        ("Fire tore through the Tolosa dye works on 21 October. Its owner will appear in court"
         " on Friday.", STORY),
        # the day as a dateline: the report's own day, as before
        ("TOLOSA, Oct. 21 (Wire) - A fire tore through a dye works on Monday, officials said.",
         STORY),
    ],
)  # fmt: skip
def test_an_undated_report_telling_later_steps_is_dated_after_them(text: str, dct: str) -> None:
    found = infer_dct_with_evidence(text, 2026, STORY)
    assert found is not None and found[0] == dct


def timeline_days(text: str, dct: str) -> dict[str, str]:
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    return {e.timex.text: e.timex.value for e in ex.timeline}


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Two roofers fell from a scaffold in Dunmore on 4 May. One died at the scene; the"
         " other died three days later in hospital.", "2026-09-01",
         {"three days later": "2026-05-07"}),
        ("A ferry hand was crushed by a ramp at Kell pier on Monday 2 March, the inquest heard."
         " He died two days later.", "2026-07-10", {"two days later": "2026-03-04"}),
        ("A climber was hurt in a fall on Ben Carra on 12 June and was flown out five days"
         " later, when the weather cleared.", "2026-08-03", {"five days later": "2026-06-17"}),
    ],
)  # fmt: skip
def test_a_count_of_days_later_counts_on_from_the_day_just_named(
    text: str, dct: str, expected: dict[str, str]
) -> None:
    days = timeline_days(text, dct)
    assert {k: days.get(k) for k in expected} == expected


DCT_THU = "2026-05-14"  # a Thursday


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a hospital or a court as the place an onset verb tells: the event's day
        ("Six patients died when a fire swept through the burns ward of a district hospital in"
         " the town early on Wednesday.", ["2026-05-13"]),
        ("A blaze erupted in the children's ward of the hospital in the wee hours of Wednesday.",
         ["2026-05-13"]),
        ("A gas cylinder exploded in the kitchen of St Anne's hospital on Tuesday.",
         ["2026-05-12"]),
        ("A ceiling collapsed in the records room of the county court on Monday.",
         ["2026-05-11"]),
        # care after the event stays a sequel: its day is not the incident's
        ("A bus crashed on the coast road on Sunday. Four people were taken to a hospital in"
         " Perth on Tuesday.", ["2026-05-10"]),
        ("The crash happened on Sunday, and the driver died in hospital on Tuesday.",
         ["2026-05-10"]),
    ],
)  # fmt: skip
def test_a_hospital_where_the_event_happened_is_no_care(text: str, dates: list[str]) -> None:
    ex = extract(_report(text, DCT_THU), DCT_THU, temporal.tag(text, DCT_THU))
    assert [f.value for f in ex.facts if f.kind == "incident.date"] == dates


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # fire engines and firemen reaching the place tell the response's clock, not the onset's
        ("A fire broke out in a warehouse early on Wednesday. Fire tenders reached the spot at"
         " 2.55 am.", []),
        ("A fire broke out in a warehouse early on Wednesday. The fire brigade reached the"
         " building at 4.10 am.", []),
        ("A fire broke out in a warehouse at about 2.20 am on Wednesday. Firemen reached the spot"
         " at 2.55 am.", ["02:20"]),
        # the onset's own clock stays
        ("A fire broke out in a warehouse at 2.20 am on Wednesday.", ["02:20"]),
    ],
)  # fmt: skip
def test_a_fire_engines_arrival_is_no_onset_clock(text: str, times: list[str]) -> None:
    ex = extract(_report(text, DCT_THU), DCT_THU, temporal.tag(text, DCT_THU))
    assert [f.value for f in ex.facts if f.kind == "incident.time"] == times
