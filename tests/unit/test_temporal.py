"""The temporal tagger: every rule example, each family of expressions, non-times, DCT inference."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.temporal import infer_dct, infer_dct_with_evidence, is_valid, tag
from incident_reader.core.temporal.rules import RULES

ROOT = Path(__file__).resolve().parents[2]
SEED_000 = next((ROOT / "seeds").glob("000_*.txt"))
D = "2018-08-14"  # a Tuesday

RULE_EXAMPLES = [
    pytest.param(text, dct, value, id=f"{rule.name}:{text}")
    for rule in RULES
    for text, dct, value in rule.examples
]


def first_value(text: str, dct: str | None) -> str | None:
    found = tag(text, dct)
    return found[0].value if found else None


@pytest.mark.parametrize(("text", "dct", "value"), RULE_EXAMPLES)
def test_rule_examples(text: str, dct: str | None, value: str | None) -> None:
    assert first_value(text, dct) == value


# (text, dct, expected extent, expected value) per family of the list
FAMILIES = [
    # British and American clock times
    ("the scene unfolded at around 7.30am.", D, "7.30am", "2018-08-14T07:30"),
    ("7.40am: Car is seen careering", D, "7.40am", "2018-08-14T07:40"),
    ("At 07:37hrs a silver Ford", D, "07:37hrs", "2018-08-14T07:37"),
    ("the collision at 0737 BST", D, "0737 BST", "2018-08-14T07:37"),
    ("it was 19:05 GMT", D, "19:05 GMT", "2018-08-14T19:05"),
    ("shortly after 2.20pm.", D, "2.20pm", "2018-08-14T14:20"),
    ("by noon", D, "noon", "2018-08-14T12:00"),
    ("just before midnight", D, "midnight", "2018-08-14T24:00"),
    ("an update at 11am", D, "11am", "2018-08-14T11:00"),
    ("12.40pm: Forensic officers", D, "12.40pm", "2018-08-14T12:40"),
    ("around 6:50 p.m. on the bridge", D, "6:50 p.m.", "2018-08-14T18:50"),
    # days and parts of days
    ("hurt outside Parliament this morning", D, "this morning", "2018-08-14TMO"),
    ("patrols on Tuesday afternoon", D, "Tuesday afternoon", "2018-08-14TAF"),
    ("The response of Londoners today", D, "today", "2018-08-14"),
    ("he was arrested yesterday", D, "yesterday", "2018-08-13"),
    ("a man died late last night", "2024-09-21", "late last night", "2024-09-20TNI"),
    ("a flood warning until noon tomorrow", "2025-01-24", "noon", "2025-01-25T12:00"),
    ("reopened at 8.30am today.", "2025-02-27", "8.30am", "2025-02-27T08:30"),
    # months, dates, years, decades, seasons
    ("it opened last July", D, "last July", "2018-07"),
    ("In March, a man drove a car", "2017-10-07", "March", "2017-03"),
    ("September 15, 2017: A device", D, "September 15, 2017", "2017-09-15"),
    ("on 15 September 2017 a device", D, "15 September 2017", "2017-09-15"),
    ("in the 1990s", D, "the 1990s", "199"),
    ("since the summer", "2024-09-21", "the summer", "2024-SU"),
    ("last spring", "2024-03-12", "last spring", "2023-SP"),
    ("in winter 2019", D, "winter 2019", "2019-WI"),
    ("over the weekend", "2025-01-24", "the weekend", "2025-W03-WE"),
    ("more rain is expected over the weekend", "2025-01-24", "the weekend", "2025-W04-WE"),
    ("sales in the first quarter of 2013", D, "the first quarter of 2013", "2013-Q1"),
    ("next week", "2024-11-15", "next week", "2024-W47"),
    # durations and references
    ("just 11 months after", D, "11 months", "P11M"),
    ("jailed for at least 34 years", D, "at least 34 years", "P34Y"),
    ("a meeting of two hours", D, "two hours", "PT2H"),
    ("within a few days", D, "a few days", "PXD"),
    ("is now leading", D, "now", "PRESENT_REF"),
    ("attacks in recent years", D, "recent years", "PAST_REF"),
    ("each season", D, "each season", "P1Y"),
    ("weekly", D, "weekly", "P1W"),
    ("every Tuesday", D, "every Tuesday", "XXXX-WXX-2"),
]


@pytest.mark.parametrize(("text", "dct", "extent", "value"), FAMILIES)
def test_families(text: str, dct: str | None, extent: str, value: str) -> None:
    found = tag(text, dct)
    assert [(t.text, t.value) for t in found][:1] == [(extent, value)]


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("shortly after 2.20pm", "AFTER"),
        ("at around 7.40am", "APPROX"),
        ("just before the crash at 7.40am", None),
        ("just before midnight", "BEFORE"),
    ],
)
def test_modifiers_stay_out_of_the_extent(text: str, mod: str | None) -> None:
    (t,) = tag(text, D)
    assert t.mod == mod
    assert not t.text.startswith(("shortly", "around", "just"))


NON_TIMES = [
    "Darren Osborne, 47, of no fixed address",
    "Anyone with information can call 0800 789 321.",
    "Prime Minister Theresa May is away.",
    "PM Theresa May has praised the response",
    "The police said we have to move back",
    "The car crashed at 40mph",
    "They live at 1640 Elm Street",  # a street number in a year's range
    "The 25-year-old serviceman was walking",
    "He stabbed Pc Keith Palmer, 48, to death.",
    "May I ask a question?",
    "The score was 3-1 at half time",
    "It cost £2,015 to repair",
    "It cost 2015 pounds to repair",
    "The march drew 1990 people",
]


@pytest.mark.parametrize("text", NON_TIMES)
def test_non_times(text: str) -> None:
    assert tag(text, D) == []


def test_narrative_date_moves_with_the_text() -> None:
    text = "June 3, 2017: Eight people are killed. Police arrived that night."
    values = [t.value for t in tag(text, D)]
    assert values == ["2017-06-03", "2017-06-03TNI"]


def test_anaphoric_month_and_year_follow_the_text() -> None:
    text = (
        "Militants attacked London Bridge in June, and the same month a van hit worshippers. "
        "He was born in 1995 and moved to London the following year."
    )
    values = [t.value for t in tag(text, "2017-10-07")]
    assert values == ["2017-06", "2017-06", "1995", "1996"]


def test_clock_time_of_the_incident_takes_the_incident_day() -> None:
    text = (
        "A man died in a stabbing late last night.\n\nPolice were called at around 22:15. "
        "A man was arrested this morning. Officers ask for footage from between 9.30pm and 10.45pm."
    )
    values = [t.value for t in tag(text, "2024-09-21")]
    assert values == [
        "2024-09-20TNI", "2024-09-20T22:15", "2024-09-21TMO",
        "2024-09-20T21:30", "2024-09-20T22:45",
    ]  # fmt: skip


def test_night_narrative_rolls_past_midnight() -> None:
    text = "The call came at 11.52pm on Monday. The roof collapsed at around 1.30am."
    values = [t.value for t in tag(text, "2024-03-12")]
    assert values == ["2024-03-11T23:52", "2024-03-11", "2024-03-12T01:30"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He will appear in court on Friday.", "2018-08-17"),
        ("He appeared in court on Friday.", "2018-08-10"),
        ("Police said Monday that", "2018-08-13"),
        ("They meet Monday.", "2018-08-20"),
        ("The hearing is on Friday.", "2018-08-17"),
        ("The hearing was on Friday.", "2018-08-10"),
    ],
)
def test_tense_decides_the_weekday(text: str, value: str) -> None:
    assert first_value(text, D) == value


def test_spans_are_exact_and_ordered_on_the_seed() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    found = tag(text, D)
    assert len(found) > 30
    assert all(text[t.start : t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert "2049" not in {t.value for t in found}


def test_no_dct_leaves_relative_values_unresolved() -> None:
    values = [t.value for t in tag("on Tuesday at 7.30am, in March", None)]
    assert values == ["XXXX-WXX-2", "XXXX-XX-XXT07:30", "XXXX-03"]


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The blast came at 9pm on 3 March 2019 in the square.", "2019-03-03T21:00"),
        ("Crews arrived at 6.40am on March 4, 2021.", "2021-03-04T06:40"),
        ("at 4 pm on 08.06.2024", "2024-06-08T16:00"),
        ("at 5pm on 4 March", "XXXX-XX-XXT17:00"),  # no year, no report date: the day is open
    ],
)
def test_no_dct_a_clock_takes_a_date_written_in_full_after_it(text: str, clock: str) -> None:
    assert tag(text, None)[0].value == clock


def test_deterministic() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    assert tag(text, None) == tag(text, None)


def test_infer_dct_from_a_dateline_and_weekday() -> None:
    text = "LONDON, Monday March 4, 2019 - Police said today that a man was arrested on Monday."
    assert infer_dct(text) == "2019-03-04"


def test_infer_dct_seed_000() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    assert infer_dct(text) == "2018-08-14"
    found = infer_dct_with_evidence(text)
    assert found is not None and "11 months" in found[1]


@pytest.mark.parametrize(
    "text",
    [
        "A man was stabbed on Friday night.",
        "Police said today that nobody was hurt.",
        "",
        "A man was stabbed on Tuesday. " + "Background. " * 60 + "March 22, 2017: an attack.",
    ],
)
def test_infer_dct_needs_an_anchor_date(text: str) -> None:
    assert infer_dct(text) is None


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2013", True), ("2013-03", True), ("2013-03-22", True), ("2013-W12", True),
        ("2013-Q1", True), ("2012-SU", True), ("201", True), ("2018-08-14T07:37", True),
        ("2018-08-14TMO", True), ("PRESENT_REF", True), ("P3Y", True), ("PXD", True),
        ("PT2H", True), ("XXXX-XX-XX", True), ("XXXX-WXX-2", True), ("2025-W04-WE", True),
        ("P1W", True), ("2013-13", True), ("yesterday", False), ("2013-3", False),
        ("P", False), ("T07:37", False), ("", False),
    ],
)  # fmt: skip
def test_timex3_validator(value: str, ok: bool) -> None:
    assert is_valid(value) is ok


_DATED_WEEKDAY_TEXT = (
    "A man died after being attacked on Friday night. A suspect was charged on Tuesday and"
    " appeared in court on Wednesday. The fair went ahead on Saturday 21 September."
)


# (text, date_hint, expected DCT): a text that tells its days only relative to its own takes the
# earliest date of the other reports of its incident; the text's own evidence comes first.
DATE_HINTS = [
    ("Four people were hurt at the market on Tuesday morning.", "2025-05-14", "2025-05-14"),
    ("A lorry hit stalls last night, police said.", "2025-05-14", "2025-05-14"),
    ("The pier fell into the sea.", "2025-05-14", None),  # nothing relative to date
    ("On Saturday 21 September a man died.", "2025-05-14", "2024-09-21"),  # the year hint wins
]


@pytest.mark.parametrize(("text", "hint", "expected"), DATE_HINTS)
def test_infer_dct_from_the_other_reports_date(text: str, hint: str, expected: str | None) -> None:
    assert infer_dct(text, year_hint=2024, date_hint=hint) == expected


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        # the folder's day for the text is its own dateline's day: it beats the year guessed
        # from a weekday beside that month-day (Nov 1 is a Tuesday in 2022, near 2023)
        ("2017-11-01", "2017-11-01"),
        ("2022-10-20", "2022-11-01"),  # a day the text does not write: the guess stands
        # a guess years from the other reports' day does not stand: their day is a Tuesday,
        # and the dateline its morrow
        ("2017-10-31", "2017-11-01"),
        (None, "2022-11-01"),
    ],
)
def test_infer_dct_dateline_day_from_the_other_reports(hint: str | None, expected: str) -> None:
    text = "HALTON, Nov 1 (Wire): A van hit a bus queue on Tuesday."
    assert infer_dct(text, year_hint=2023, date_hint=hint) == expected


def test_infer_dct_year_hint_fixes_a_dated_weekday() -> None:
    """21 September is a Saturday in 2024, not in 2023 or 2025; the latest weekday is Wed 25."""
    found = infer_dct_with_evidence(_DATED_WEEKDAY_TEXT, year_hint=2024)
    assert found is not None and found[0] == "2024-09-25"
    assert "Saturday 21 September" in found[1]
    assert infer_dct(_DATED_WEEKDAY_TEXT, year_hint=2025) == "2024-09-25"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        (_DATED_WEEKDAY_TEXT, None),  # no hint: a weekday and a day-month do not fix a year
        ("The fair went ahead on Friday 21 September.", 2024),  # no Friday 21 Sept in 2023-2025
        ("He is due to appear in court on Monday 23 September.", 2024),  # a future date
        ("The inquest opens on Monday 23 September.", 2024),  # a scheduled event, also future
    ],
)
def test_infer_dct_dated_weekday_needs_a_fitting_past_year(text: str, hint: int | None) -> None:
    assert infer_dct(text, year_hint=hint) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Third-quarter net rose to $5 from $4 a year earlier.", "1988-Q3"),
        ("Third-quarter net rose. For the nine months, net was up from $7 a year earlier.", "1988"),
        (
            "Third-quarter net rose. In the first nine months, net fell from the 1988 period.",
            "1988",
        ),
    ],
)
def test_a_year_earlier_compares_the_period_in_the_sentence(text: str, value: str) -> None:
    """After a quarter, "a year earlier" is that quarter; after "the nine months", a year."""
    assert tag(text, "1989-10-26")[-1].value == value


# (text, dct, [(extent, value)]): a clock takes the day named right after it ("on 26 February")
# or right before it ("on Friday at 1pm"), and a part of a dated day is one expression.
CLOCK_DAYS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Officers signalled shortly after 11pm on 26 February.", "2025-06-10",
     [("11pm", "2025-02-26T23:00"), ("26 February", "2025-02-26")]),
    ("He was shot at 1:47 a.m. on Feb. 8, police said.", "2025-03-20",
     [("1:47 a.m.", "2025-02-08T01:47"), ("Feb. 8", "2025-02-08")]),
    ("The crash happened at 9.10am on 3 May 2019.", "2024-01-10",
     [("9.10am", "2019-05-03T09:10"), ("3 May 2019", "2019-05-03")]),
    ("A service will be held on Friday at 1pm.", "2024-11-18",
     [("Friday", "2024-11-22"), ("1pm", "2024-11-22T13:00")]),
    ("He was seen yesterday, at around 3pm, in town.", "2024-11-18",
     [("yesterday", "2024-11-17"), ("3pm", "2024-11-17T15:00")]),
    ("at about 11.18pm on the night of Friday 23 August when", "2024-09-18",
     [("11.18pm", "2024-08-23T23:18"), ("the night of Friday 23 August", "2024-08-23TNI")]),
    ("The shop shut on Monday. Staff left at 5pm.", "2024-11-20",
     [("Monday", "2024-11-18"), ("5pm", "2024-11-18T17:00")]),
    # a weekday with its date in brackets or after a comma is that date, whatever its tense says
    ("She was bailed to appear on Monday (1 December).", "2025-11-29",
     [("Monday", "2025-12-01"), ("1 December", "2025-12-01")]),
    ("The fair closed on Sunday (9 March) and will reopen on Friday.", "2025-03-12",
     [("Sunday", "2025-03-09"), ("9 March", "2025-03-09"), ("Friday", "2025-03-14")]),
    # the corrected day moves the story with it: a clock told in the past is not on it
    ("Four people were stabbed on Saturday (29 November). He was remanded to appear in court on "
     "Monday (1 December).\n\nOfficers were called to the centre at 14:25 hours.", "2025-11-29",
     [("Saturday", "2025-11-29"), ("29 November", "2025-11-29"), ("Monday", "2025-12-01"),
      ("1 December", "2025-12-01"), ("14:25 hours", "2025-11-29T14:25")]),
    # the date names another weekday: each keeps its own reading
    ("He left on Tuesday (1 December).", "2025-11-29",
     [("Tuesday", "2025-11-25"), ("1 December", "2025-12-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), CLOCK_DAYS)
def test_clock_takes_the_day_beside_it(
    text: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


# (text, year hint, expected DCT): an undated report whose only weekday-dated day lies ahead is
# dated after its past "on March 4th" and the weekdays it names, and before the day ahead.
UNDATED: list[tuple[str, int, str | None]] = [
    ("The bridge was closed on Tuesday after a crack was found on March 4th. Engineers worked "
     "through Wednesday night. It will reopen on Monday, March 10th.", 2025, "2025-03-05"),
    ("The bridge was closed after a crack was found on March 4th. It will reopen on Monday, "
     "March 10th.", 2025, "2025-03-04"),
    ("It will reopen on Monday, March 10th.", 2025, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hint", "expected"), UNDATED)
def test_infer_dct_before_a_dated_day_ahead(text: str, hint: int, expected: str | None) -> None:
    assert infer_dct(text, year_hint=hint) == expected


# (text, dct, [(extent, value)]): news surface forms and clause cues
NEWS_FORMS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Doors opened at 6 AM and closed at 9 PM.", "2024-03-12",
     [("6 AM", "2024-03-12T06:00"), ("9 PM", "2024-03-12T21:00")]),
    ("A man was stabbed on Saturday night. He died at 1.15am.", "2024-03-12",
     [("Saturday night", "2024-03-09TNI"), ("1.15am", "2024-03-10T01:15")]),
    ("An inquest is expected to be opened and adjourned on Friday.", "2024-03-12",
     [("Friday", "2024-03-15")]),
    ("The inquest was opened and adjourned on Friday.", "2024-03-12", [("Friday", "2024-03-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), NEWS_FORMS)
def test_news_forms(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


def test_infer_dct_from_a_day_and_month_on_a_named_weekday() -> None:
    # 14 March 2024 is a Thursday; in 2023 and 2025 it is not
    text = (
        "A fire broke out on Thursday night at a shop. The blaze on March 14th was put out by "
        "Friday."
    )
    assert infer_dct(text, year_hint=2024) == "2024-03-15"
    assert infer_dct("The blaze on March 14th was put out.", year_hint=2024) is None


# (text, dct, clock, value): a clock far from any day takes the day named beside the same event
TOPIC_DAYS: list[tuple[str, str, str, str]] = [
    ("Police on Wednesday charged a man over Monday's warehouse blaze in Leith. He denies it. "
     "The court heard he was seen nearby. Witnesses said the warehouse blaze began at 4.40pm.",
     "2024-05-16", "4.40pm", "2024-05-13T16:40"),
    ("Police on Wednesday charged a man over the blaze. He denies it. The court heard he was "
     "seen nearby. Witnesses said the fire began at 4.40pm.",
     "2024-05-16", "4.40pm", "2024-05-15T16:40"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "clock", "value"), TOPIC_DAYS)
def test_clock_takes_the_day_of_its_event(text: str, dct: str, clock: str, value: str) -> None:
    assert [t.value for t in tag(text, dct) if t.text == clock] == [value]


# (text, dct, [(extent, value)]): a bare hour takes the part of day named after it
DAY_PARTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("The crash happened at around 9.45 last night.", "2024-09-30",
     [("9.45", "2024-09-29T21:45"), ("last night", "2024-09-29TNI")]),
    ("At about quarter past nine on Friday evening.", "2024-09-30",
     [("quarter past nine", "2024-09-27T21:15"), ("Friday evening", "2024-09-27TEV")]),
    ("Around 6:30 in the evening, the first call came.", "2024-09-30",
     [("6:30 in the evening", "2024-09-30T18:30")]),
    ("A vigil is planned for 7 p.m. Tuesday at the park.", "2024-09-30",
     [("7 p.m. Tuesday", "2024-10-01T19:00")]),
    ("The blast happened at 1840 local time.", "2024-09-30",
     [("1840 local time", "2024-09-30T18:40")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), DAY_PARTS)
def test_bare_hours_take_their_part_of_day(
    text: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


# (blog text, dct, stamp, value): a stamp on a line of its own is the blog's time, read from the
# blog's own stamps, never from a time an entry tells
BLOG_STAMPS: list[tuple[str, str, str, str]] = [
    ("Live\n\n09.50\nThe fire reached the village shortly before 10pm last night.\n\n11.05\n"
     "Roads are closed.", "2025-08-10", "11.05", "2025-08-10T11:05"),
    ("Live\n\n12.50\nCrews are on site.\n\n1.15\nA second crew arrived.", "2025-08-10", "1.15",
     "2025-08-10T13:15"),
    ("Live\n\n07.40\nGood morning.\n\n08.25\nFootage shows the streets.", "2025-08-10", "08.25",
     "2025-08-10T08:25"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "stamp", "value"), BLOG_STAMPS)
def test_blog_stamp_on_its_own_line(text: str, dct: str, stamp: str, value: str) -> None:
    assert [t.value for t in tag(text, dct) if t.text == stamp] == [value]


def test_a_day_borrowed_from_the_folder_is_not_said_to_be_the_other_reports_own() -> None:
    """The hint is a day worked out from the other reports' dates, often none of theirs: the
    reason said "dated like the other reports (2017-03-24)" when none was dated 2017-03-24."""
    found = infer_dct_with_evidence("A lorry hit stalls last night.", 2025, "2025-05-14")
    assert found == ("2025-05-14", "the day the other reports in the folder point to (2025-05-14)")
