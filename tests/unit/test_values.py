"""Tables of fact value pairs and the status they must get (report-pairs README tolerances)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.align.pairing import compare_values, final_statement
from incident_reader.core.align.values import (
    Span,
    compare_timex,
    parse_age,
    parse_count,
    parse_speed,
    timex_interval,
)
from incident_reader.core.facts.log_entries import entry_times
from incident_reader.core.model import FACT_KINDS, Fact, FactValue

PAIRS: list[tuple[str, FactValue, FactValue, str]] = [
    # counts: the same, ranges overlapping, or apart
    ("casualties.injured", 3, 3, "match"),
    ("casualties.injured", 9, 10, "conflict"),
    ("casualties.injured", {"min": 3, "max": 9}, 4, "compatible"),
    ("casualties.injured", "several", 4, "compatible"),
    ("casualties.injured", "dozens", 31, "compatible"),
    ("casualties.injured", {"min": 24, "max": None}, 31, "compatible"),
    ("casualties.injured", {"min": 24, "max": None}, 12, "conflict"),
    ("casualties.injured", "20-30", 25, "compatible"),
    ("casualties.injured", ">10", 10, "conflict"),
    ("casualties.injured", ">=3", 3, "compatible"),
    ("casualties.hospitalised", 17, 12, "conflict"),
    ("casualties.killed", 0, 0, "match"),
    ("arrests", 1, 2, "conflict"),
    # ages: bands cover their years; exact ages must be equal
    ("suspect.age", 29, "late 20s", "compatible"),
    ("suspect.age", 29, {"min": 26, "max": 29}, "compatible"),
    ("suspect.age", 26, {"min": 27, "max": 29}, "compatible"),  # a year's slack
    ("suspect.age", 24, "late 20s", "conflict"),
    ("suspect.age", 41, "40s", "compatible"),
    ("suspect.age", 43, "40s", "compatible"),
    ("suspect.age", 41, 43, "conflict"),
    ("suspect.age", 17, 16, "conflict"),
    ("suspect.age", "early 20s", "late 20s", "conflict"),
    ("suspect.age", "mid 30s", 34, "compatible"),
    # clock times: less than 10 minutes apart are compatible
    ("incident.time", "07:37", "07:37", "match"),
    ("incident.time", "07:30", "07:37", "compatible"),
    ("incident.time", "11:40", "11:45", "compatible"),
    ("incident.time", "07:37", "07:40", "compatible"),
    ("incident.time", "07:30", "07:40", "conflict"),
    ("incident.time", "19:05", "18:50", "conflict"),
    ("incident.time", "22:40", "22:15", "conflict"),
    ("incident.time", "24:00", "23:52", "compatible"),
    ("incident.time", "24:00", "00:00", "match"),
    ("incident.time", "23:55", "00:03", "compatible"),
    # dates: a month holds its days
    ("incident.date", "2024-06-15", "2024-06-15", "match"),
    ("incident.date", "2017-03", "2017-03-22", "compatible"),
    ("incident.date", "2017", "2017-03-22", "compatible"),
    ("incident.date", "2017-03", "2017-06-03", "conflict"),
    ("incident.date", "2024-03-11", "2024-03-12", "conflict"),
    # vehicles: a less specific form is compatible; colour, make, model, number conflict
    ("vehicle", "white van", "white ford transit van", "compatible"),
    ("vehicle", "white ford transit van", "white ford transit van", "match"),
    ("vehicle", "silver transit van", "white ford transit van", "conflict"),
    ("vehicle", "silver ford fiesta", "ford focus-type car", "conflict"),
    ("vehicle", "blue vauxhall astra", "dark blue vauxhall corsa", "conflict"),
    ("vehicle", "blue vauxhall", "dark blue vauxhall", "compatible"),
    ("vehicle", "dark blue car", "light blue car", "conflict"),
    ("vehicle", "lakeshore rail train 412", "train 412", "compatible"),
    ("vehicle", "train 412", "train 413", "conflict"),
    ("vehicle", "silver ford", "silver ford fiesta", "compatible"),
    ("vehicle", "black toyota", "silver vauxhall saloon", "conflict"),
    ("vehicle", "car", "van", "conflict"),
    ("vehicle", "grey audi a3", "gray audi", "compatible"),
    ("vehicle", "vehicle", "black toyota", "compatible"),
    ("vehicle", "black 4x4", "black toyota hilux", "compatible"),
    ("vehicle", "number 73 bus", "number 38 bus", "conflict"),
    # places: "site, town"; one inside the other's words is compatible
    ("incident.place", "corn street, harlowmere", "corn street, harlowmere", "match"),
    ("incident.place", "corn street", "corn street, harlowmere", "compatible"),
    ("incident.place", "east of ashby flats", "two miles east of ashby flats", "compatible"),
    (
        "incident.place",
        "unit 7, tannery lane industrial estate, quenby cross",
        "unit 4, tannery lane industrial estate, quenby cross",
        "conflict",
    ),
    ("incident.place", "market row, ashwold", "corn street, ashwold", "conflict"),
    ("incident.place", "westminster", "westminster bridge, london", "compatible"),
    ("incident.place", "westminister", "westminster", "compatible"),
    ("incident.place", "ford, nether tilsey", "nether tilsey lane", "compatible"),
    ("incident.place", "exhibition road", "parliament square", "conflict"),
    ("incident.place", "unit 4", "quenby cross", "compatible"),
    ("incident.place", "unit 4", "tannery lane", "compatible"),
    ("incident.place", "foundry row", "pellingford", "compatible"),
    ("incident.place", "westminster", "london", "compatible"),
    # names
    ("suspect.name", "darren pryce", "darren pryce", "match"),
    ("suspect.name", "pryce", "darren pryce", "compatible"),
    ("suspect.name", "kieran voss", "kieran vos", "compatible"),
    ("suspect.name", "kieran voss", "darren pryce", "conflict"),
    # speeds
    ("speed", 62, "62mph", "match"),
    ("speed", "62mph", "48mph", "conflict"),
    ("speed", 40, 42, "conflict"),  # two figures in one unit: no tolerance
]


@pytest.mark.parametrize(("kind", "a", "b", "status"), PAIRS)
def test_pair_status(kind: str, a: FactValue, b: FactValue, status: str) -> None:
    assert compare_values(kind, a, b) == status
    assert compare_values(kind, b, a) == status  # the order of the reports does not matter


@pytest.mark.parametrize(
    ("value", "span"),
    [
        (4, Span(4, 4)),
        ("several", Span(3, 9)),
        ("dozens", Span(24, None)),
        (">10", Span(11, None)),
        (">=3", Span(3, None)),
        ("20-30", Span(20, 30)),
        ({"min": 2, "max": None}, Span(2, None)),
        (True, None),
        ("lots", None),
        ("²", None),  # a digit to str.isdigit, not a number to float(): it raised before
        ("١٢", Span(12, 12)),  # Arabic-Indic decimal digits are a number
    ],
)
def test_parse_count(value: FactValue, span: Span | None) -> None:
    assert parse_count(value) == span


@pytest.mark.parametrize(
    ("value", "span"),
    [("late 20s", Span(26, 29)), ("early 60s", Span(60, 63)), ("40s", Span(40, 49))],
)
def test_age_bands(value: str, span: Span) -> None:
    assert parse_age(value) == span


def test_speed_units() -> None:
    assert parse_speed("40 mph") == 40
    assert parse_speed("100km/h") == pytest.approx(62.1, abs=0.1)


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("2024-06-15T11:40", "2024-06-15T11:44", "compatible"),
        ("2024-06-15T11:40", "2024-06-15T12:10", "conflict"),
        ("2024-06-15TMO", "2024-06-15T11:40", "compatible"),
        ("2024-06-15TAF", "2024-06-15T11:40", "conflict"),
        ("2024-06-15TNI", "2024-06-15TEV", "compatible"),
        ("2024-06-15TMO", "2024-06-15TEV", "conflict"),
        ("2024-06-15", "2024-06-16", "conflict"),
        ("2024-06-15", "2024-06-15TNI", "compatible"),
        ("2024-W24", "2024-06-15", "compatible"),
        ("2024-W24-WE", "2024-06-12", "conflict"),
        ("2024-SU", "2024-06-15", "compatible"),
        ("197", "1975", "compatible"),
        ("2024-03-11T24:00", "2024-03-12T00:00", "match"),
        ("PRESENT_REF", "2024-06-15", None),
    ],
)
def test_timeline_values(a: str, b: str, status: str | None) -> None:
    assert compare_timex(a, b) == status


def test_unplaceable_timex() -> None:
    assert timex_interval("XXXX-XX-XX") is None
    assert timex_interval("2024-02-30") is None
    for out_of_range in ("000", "0000-SP", "9999-WI", "9999-W52-WE"):
        assert timex_interval(out_of_range) is None


def _fact(kind: str, value: FactValue, start: int) -> Fact:
    return Fact(kind, value, start, start + 1, "x", "i0")


def test_live_blog_final_statement_is_the_latest_entry() -> None:
    text = "Title\n\n2.30pm: Nine people were injured.\n\n12.10pm: four people have been injured.\n"
    entries = entry_times(text)
    assert [t for _, t in entries] == [14 * 60 + 30, 12 * 60 + 10]
    nine, four = (
        _fact("casualties.injured", 9, text.index("Nine")),
        _fact("casualties.injured", 4, text.index("four")),
    )
    assert final_statement("casualties.injured", [four, nine], entries) is nine


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        # stamps set off by a space alone, oldest first, with and without a zone
        ("Live\n\n18:02 Crews are at the depot.\n\n18:40 Two people were hurt.\n", [1082, 1120]),
        ("Live\n\n6.15pm GMT The road is shut.\n9.05pm GMT “We are safe.”\n", [1095, 1265]),
        # one such line is prose, and a lower-case word after the clock is no entry
        ("Report\n\n10.30 The crew went home after the shift.\n", []),
        ("Notes\n\n10.30 and 11.00 were the times.\n11:15 or later.\n", []),
    ],
)
def test_bare_live_blog_stamps(text: str, minutes: list[int]) -> None:
    assert [t for _, t in entry_times(text)] == minutes


def test_bare_stamped_blog_final_statement_is_the_latest_entry() -> None:
    text = "Live\n\n20:05 Nine people are being treated.\n\n22:47 Eleven people were treated.\n"
    nine = _fact("casualties.injured", 9, text.index("Nine"))
    eleven = _fact("casualties.injured", 11, text.index("Eleven"))
    assert final_statement("casualties.injured", [nine, eleven], entry_times(text)) is eleven


def test_report_final_statement_is_the_lead_when_it_contradicts_itself() -> None:
    two, three = _fact("casualties.killed", 2, 10), _fact("casualties.killed", 3, 500)
    assert final_statement("casualties.killed", [three, two], []) is two


def test_report_final_statement_is_the_most_precise_of_agreeing_mentions() -> None:
    van, transit = _fact("vehicle", "white van", 10), _fact("vehicle", "white ford transit van", 90)
    assert final_statement("vehicle", [van, transit], []) is transit


def test_report_final_statement_is_the_update_when_it_says_so() -> None:
    text = "One man died at the scene. A woman later died, bringing the number killed to two."
    one = Fact("casualties.killed", 1, 0, 7, "One man", "i0")
    at = text.index("the number killed")
    two = Fact("casualties.killed", 2, at, at + 21, "the number killed to two", "i0")
    assert final_statement("casualties.killed", [one, two], [], 0, text) is two
    assert final_statement("casualties.killed", [one, two], [], 0, "") is one


_values = st.one_of(
    st.integers(-5, 500),
    st.text(max_size=30),
    st.sampled_from(["several", "late 20s", "07:37", "24:00", "2017-03", "40mph", ">10"]),
    st.fixed_dictionaries(
        {
            "min": st.one_of(st.none(), st.integers(0, 60)),
            "max": st.one_of(st.none(), st.integers(0, 60)),
        }
    ),
)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(FACT_KINDS), a=_values, b=_values)
def test_any_two_values_get_a_status(kind: str, a: FactValue, b: FactValue) -> None:
    assert compare_values(kind, a, b) in {"match", "compatible", "conflict"}


@settings(max_examples=200, deadline=None)
@given(a=st.text(max_size=25), b=st.text(max_size=25))
def test_any_two_timeline_values_compare_or_are_incomparable(a: str, b: str) -> None:
    assert compare_timex(a, b) in {"match", "compatible", "conflict", None}


def test_odd_values_do_not_raise() -> None:
    wrong: FactValue = {"min": "x", "max": None}  # type: ignore[dict-item]
    assert compare_values("casualties.injured", wrong, 3) == "conflict"
    odd: FactValue = {"min": [1], "max": None}  # type: ignore[dict-item]
    assert compare_values("casualties.injured", odd, odd) == "match"
