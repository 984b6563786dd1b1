"""Classes of news wording the tagger missed in blind probes, each with several invented wordings.

Rows are (text, dct, quote, value[, mod]): the expression whose extent is ``quote`` has
``value``. Every sentence is invented for these tests. The classes: a day of the month told
with a part of day, holidays named as the day of an event (the verb says which year), plans
told in the past tense, and labelled time fields of a release.
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.facts.form_fields import form_field_time
from incident_reader.core.facts.text import split_sentences
from tests.unit.test_facts_when_places import _report


def _value(text: str, dct: str, quote: str) -> tuple[str, str | None]:
    """The (value, mod) of the expression whose extent is ``quote``."""
    found = {t.text: (t.value, t.mod) for t in temporal.tag(text, dct)}
    assert quote in found, f"{quote!r} not tagged in {text!r}: {sorted(found)}"
    return found[quote]


# fmt: off
ORDINAL_DAY_PARTS = [
    # a day of the month alone after the small hours: the day (the report-pairs convention)
    ("The shop burned in the early hours of the 12th.", "2026-03-14", "the 12th", "2026-03-12"),
    ("A man was arrested in the small hours of the 2nd, police said.", "2026-03-14", "the 2nd", "2026-03-02"),
    ("Shots were fired in the wee hours of the 9th.", "2026-03-14", "the 9th", "2026-03-09"),
    # a part of day of a weekday and an ordinal: one expression
    ("He was attacked on the evening of Friday the 13th.", "2026-03-20", "the evening of Friday the 13th", "2026-03-13TEV"),
    ("The crash happened on the morning of Tuesday the 10th.", "2026-03-14", "the morning of Tuesday the 10th", "2026-03-10TMO"),
    ("Witnesses who were near the quay on the night of Sunday, the 1st, should call.", "2026-03-14", "the night of Sunday, the 1st", "2026-03-01TNI"),
    ("Police appealed for witnesses who were in the area on the evening of the 12th.", "2026-03-14", "the evening of the 12th", "2026-03-12TEV"),
    # "overnight on" a day: that day's night, one expression
    ("The blaze broke out overnight on the 12th.", "2026-03-14", "overnight on the 12th", "2026-03-12TNI"),
    ("Looters struck overnight on 9 March, police said.", "2026-03-14", "overnight on 9 March", "2026-03-09TNI"),
    ("The ferry sank overnight on Thursday.", "2026-03-14", "overnight on Thursday", "2026-03-12TNI"),
    ("The ferry sank overnight.", "2026-03-14", "overnight", "2026-03-13TNI"),
]

HOLIDAY_EVENTS = [
    # an incident named after a holiday is the incident's day: a date in the text on that
    # holiday gives the year, else the year is unknown (never the DCT's nearest holiday)
    ("Three men were charged over the Halloween attack.", "2026-10-05", "Halloween", "XXXX-10-31"),
    ("Police said the Christmas Eve crash was the worst in a decade.", "2026-12-02", "Christmas Eve", "XXXX-12-24"),
    ("The Easter Sunday bombing killed 30 people.", "2026-03-20", "Easter Sunday", "XXXX-XX-XX"),
    ("The family lost their home in the Boxing Day floods.", "2026-11-30", "Boxing Day", "XXXX-12-26"),
    ("Two teenagers have been convicted of the Bonfire Night stabbing.", "2026-10-14", "Bonfire Night", "XXXX-11-05"),
    ("The van struck on 31 October 2019. Years on, the Halloween attack still haunts the city.", "2026-01-26", "Halloween", "2019-10-31"),
    ("Survivors of the Christmas terror attack met the mayor. The lorry hit the stalls on December 25, 2018.", "2026-12-02", "Christmas", "2018-12-25"),
    ("On Sunday a bomb went off in the cathedral. The Easter Sunday bombing killed 30.", "2026-04-07", "Easter Sunday", "2026-04-05"),
    # ... a holiday before a time noun or alone takes the verb's side, or the distance's
    ("The Halloween parade will close the high street.", "2026-10-20", "Halloween", "2026-10-31"),
    ("Traders stocked up ahead of Diwali.", "2025-10-15", "Diwali", "2025-10-20"),
    ("Shoppers crowded the streets as Christmas week began.", "2026-12-22", "Christmas week", "2026-W52"),
    ("Roads were busy over the Christmas period.", "2027-01-03", "Christmas", "2026-12-25"),
    ("Three people were hurt as Christmas approached.", "2027-01-03", "Christmas", "2026-12-25"),
    # holidays on an n-th weekday or counted from Easter
    ("The attack happened on Remembrance Sunday.", "2026-11-20", "Remembrance Sunday", "2026-11-08"),
    ("The Palm Sunday bombing killed 40.", "2026-04-20", "Palm Sunday", "XXXX-XX-XX"),
    ("Two men were hurt in a fight on Presidents' Day.", "2026-03-01", "Presidents' Day", "2026-02-16"),
    # a celebration before an incident noun names the incident; alone it keeps the holiday's day
    ("Two men were charged over the Christmas party shooting.", "2026-12-02", "Christmas", "XXXX-12-25"),
    ("The Halloween party was packed, a guest said.", "2026-11-02", "Halloween", "2026-10-31"),
    ("Organisers of the Christmas parade said it would go ahead.", "2026-12-20", "Christmas", "2026-12-25"),
    ("The St Patrick's Day parade organisers met.", "2026-03-10", "St Patrick's Day", "2026-03-17"),
]

PAST_TOLD_PLANS = [
    # a plan told in the past: the side of a date is its distance, not the plan's future
    ("He was due to fly to Spain on 3 March, the court heard.", "2026-09-20", "3 March", "2026-03-03"),
    ("They were supposed to marry in June.", "2026-09-20", "June", "2026-06"),
    ("The ferry was expected to dock on 2 May but sank off the cape.", "2026-09-20", "2 May", "2026-05-02"),
    ("He planned to leave the country on 14 April, the jury was told.", "2026-09-20", "14 April", "2026-04-14"),
    ("The pair were scheduled to appear at the festival on August 8.", "2026-11-02", "August 8", "2026-08-08"),
    # a plan still ahead, or a near date, stays ahead
    ("He is due to fly to Spain on 3 March.", "2026-09-20", "3 March", "2027-03-03"),
    ("The minister was due to visit the site on 3 October.", "2026-09-20", "3 October", "2026-10-03"),
    # wire copy tells this week's plans in the past: a weekday is the coming one
    ("The delegation planned to leave the capital on Thursday for the coast.", "2026-09-16", "Thursday", "2026-09-17"),
    ("Protesters were planning to march to the ministry on Monday.", "2026-09-18", "Monday", "2026-09-21"),
]
# fmt: on


@pytest.mark.parametrize(("text", "dct", "quote", "value"), ORDINAL_DAY_PARTS)
def test_a_day_of_the_month_with_a_part_of_day(text: str, dct: str, quote: str, value: str) -> None:
    assert _value(text, dct, quote)[0] == value


@pytest.mark.parametrize(("text", "dct", "quote", "value"), HOLIDAY_EVENTS)
def test_a_holiday_naming_an_incident_is_its_day_and_a_time_noun_s_takes_the_tense(
    text: str, dct: str, quote: str, value: str
) -> None:
    assert _value(text, dct, quote)[0] == value


# fmt: off
HOLIDAY_THINGS = [
    # a holiday premodifying a thing or a place is no date (as "the 1966 squad" is no year)
    ("The Christmas market opens on Friday.", "2026-12-02", "Christmas"),
    ("A lorry drove into a crowded Christmas market in the square.", "2026-12-20", "Christmas"),
    ("The Christmas tree in the plaza was lit by the mayor.", "2026-12-02", "Christmas"),
    ("Children searched the park for Easter eggs.", "2026-04-02", "Easter"),
    ("Some wore Halloween costumes as they fled.", "2026-11-01", "Halloween"),
    ("Security for Christmas markets across the country will be reviewed.", "2026-12-21", "Christmas"),
    # the holiday names the market, not the attack's day (it may have been days before)
    ("Survivors of the Christmas market attack met the mayor on Monday.", "2026-12-21", "Christmas"),
    # a celebration that premodifies a further noun is a compound modifier of it: the crowd of a
    # party of the holiday's weekend, not the holiday's day
    ("Dozens died when a Halloween party crowd surged into a lane.", "2026-11-01", "Halloween"),
    ("Police closed the road to Christmas parade traffic.", "2026-12-27", "Christmas"),
    ("The Diwali festival grounds were cordoned off.", "2026-11-10", "Diwali"),
    ("Two Easter service goers were hurt.", "2026-04-07", "Easter"),
    ("Guests at the Thanksgiving dinner table fell ill.", "2026-11-28", "Thanksgiving"),
]
# fmt: on


@pytest.mark.parametrize(("text", "dct", "quote"), HOLIDAY_THINGS)
def test_a_holiday_premodifying_a_thing_is_no_date(text: str, dct: str, quote: str) -> None:
    tagged = [t.text for t in temporal.tag(text, dct)]
    assert not any(quote in t for t in tagged), tagged


@pytest.mark.parametrize(("text", "dct", "quote", "value"), PAST_TOLD_PLANS)
def test_a_plan_told_in_the_past_takes_the_side_its_distance_says(
    text: str, dct: str, quote: str, value: str
) -> None:
    assert _value(text, dct, quote)[0] == value


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("A shop was set alight in the early hours of the 12th. The fire started at about 2.40am.", "2026-03-12T02:40"),
        ("A van was torched in the small hours of March 12, police said on Friday. It was seen at 3.10am.", "2026-03-12T03:10"),
        ("The bar was raided in the wee hours of Wednesday. Officers arrived at 1.15am.", "2026-03-11T01:15"),
    ],
)  # fmt: skip
def test_a_small_hours_clock_falls_on_the_day_named_with_the_small_hours(
    text: str, clock: str
) -> None:
    values = [t.value for t in temporal.tag(text, "2026-03-14")]
    assert values[-1] == clock


# --------------------------------------------------------------------------- form fields
FIELDS = [
    ("Time: approx. 3:35 PM", "3:35 PM", True),
    ("Date of incident: 9/24/2026", "9/24/2026", True),
    ("Time of occurrence - 1535 hrs", "1535 hrs", True),
    ("When: about 10:20 p.m.", "10:20 p.m.", True),
    ("Incident date/time: 04/11/2026 at 22:05", "22:05", True),
    ("Release date: 9/25/2026", "9/25/2026", False),
    ("Updated: 3:35 PM", "3:35 PM", False),
    ("The crash happened at 3:35 PM on the highway", "3:35 PM", False),
    ("Time: 3:35 PM, after the driver of a grey pickup failed to yield", "3:35 PM", False),
]


@pytest.mark.parametrize(("line", "quote", "field"), FIELDS)
def test_a_labelled_time_field_is_the_incident_s(line: str, quote: str, field: bool) -> None:
    lo = line.index(quote)
    assert form_field_time(line, lo, lo + len(quote)) is field


@pytest.mark.parametrize(
    "release",
    [
        "COUNTY SHERIFF'S OFFICE - NEWS RELEASE\nDate of incident: 4/11/2026\nTime: approx. 10:05 PM\nLocation: Route 40 at Mill Road\nDeputies responded to a single-vehicle crash.",
        "FIRE SERVICE INCIDENT SUMMARY\nDate: 11 April 2026\nTime of call: 22:05\nAddress: 14 Mill Road\nCrews attended a kitchen fire.",
        "PRESS RELEASE\nIncident: house fire\nWhen: approx. 10:05 p.m., April 11\nWhere: Mill Road\nOne person was treated for smoke inhalation.",
    ],
)  # fmt: skip
def test_a_release_s_field_block_times_the_incident(release: str) -> None:
    dct = "2026-04-12"
    ex = extract(_report(release, dct), dct, temporal.tag(release, dct))
    assert [f.value for f in ex.facts if f.kind == "incident.time"] == ["22:05"]


def test_approx_with_a_dot_neither_ends_a_sentence_nor_loses_its_mod() -> None:
    text = "Time: approx. 3:35 PM\nLocation: Route 9"
    assert [s.text for s in split_sentences(text)][0] == "Time: approx. 3:35 PM"
    assert _value(text, "2026-09-25", "3:35 PM") == ("2026-09-25T15:35", "APPROX")


# --------------------------------------------------------------------------- fiscal topic
# fmt: off
FISCAL_TOPIC = [
    # a quarter told as the background of another does not become the quarter in the news
    ("Harbor Mills posted a 12% gain in third-quarter profit. After a weak second quarter, the miller cut costs. In the 1989 period, interest expense fell.", "1989-11-01", "the 1989 period", "1989-Q3"),
    ("Kestrel Foods said third-quarter sales rose. Sales were up from the second quarter as well. In the year-earlier period, the company lost money.", "1989-11-01", "the year-earlier period", "1988-Q3"),
    ("Alder Corp. reported a third-quarter loss. Margins were thinner than in the first quarter. The quarter included a $4 million charge.", "1989-11-01", "The quarter", "1989-Q3"),
    # "this quarter" after a results quarter names that quarter, unless the clause looks ahead
    ("Pellam Inc. reported a loss for the third quarter ended Sept. 30. This quarter's loss includes a charge.", "1989-11-01", "This quarter", "1989-Q3"),
    ("Corvel said its third-quarter profit doubled. This quarter, sales will slow, it said.", "1989-11-01", "This quarter", "1989-Q4"),
]
# fmt: on


@pytest.mark.parametrize(("text", "dct", "quote", "value"), FISCAL_TOPIC)
def test_the_quarter_in_the_news_is_not_one_told_as_background(
    text: str, dct: str, quote: str, value: str
) -> None:
    assert _value(text, dct, quote)[0] == value


# fmt: off
FISCAL_APPOSITION = [
    # a quarter in apposition renames the one before it and takes its year; its end date too
    ("Lark Corp. posted higher third-quarter profit. In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost $2 million. Results for that quarter included a charge.",
     "1989-10-27", [("the comparable year-ago quarter", "1988-Q2"), ("the second quarter", "1988-Q2"), ("Oct. 31", "1988-10-31"), ("that quarter", "1988-Q2")]),
    ("Wren Inc. said third-quarter sales rose. In the year-earlier quarter, the fiscal first quarter ended Nov. 30, sales fell.",
     "1989-10-27", [("the year-earlier quarter", "1988-Q1"), ("the fiscal first quarter", "1988-Q1"), ("Nov. 30", "1988-11-30")]),
    # with nothing in apposition the quarter and its end are this year's
    ("Sales rose in the third quarter ended Sept. 30, Finch Co. said.", "1989-10-27", [("the third quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "dct", "expected"), FISCAL_APPOSITION)
def test_a_quarter_in_apposition_takes_the_year_of_the_one_it_renames(
    text: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    for quote, value in expected:
        assert _value(text, dct, quote)[0] == value
