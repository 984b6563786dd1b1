"""Which side of the DCT a bare weekday, month or weekend falls on: the tense of its sentence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal import tag
from incident_reader.core.temporal.tense import (
    SENTENCE_REACH,
    sentence_bounds,
    sentence_tense,
    tense,
)

D = "2018-08-14"  # a Tuesday
DCT = date(2018, 8, 14)
NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Sentences about a coming Friday: modal and periphrastic futures, scheduled events in the
# present, a present "be" before the day, progressives of scheduled events.
FUTURE = [
    "They meet on Friday to discuss the deal.",
    "The two leaders meet Friday in Geneva.",
    "The vote is on Friday.",
    "The deadline is Friday.",
    "He will travel to Paris on Friday.",
    "She is scheduled for surgery on Friday.",
    "The minister is scheduled to speak Friday.",
    "The company plans to announce its results Friday.",
    "The trial begins Friday at the Old Bailey.",
    "Talks resume on Friday.",
    "The inquest opens on Friday.",
    "The summit is set to start Friday.",
    "The report is due Friday.",
    "He is due to appear in court on Friday.",
    "Officials expect to finish the work by Friday.",
    "They'll be back on Friday.",
    "We’ll know more on Friday.",
    "The family is going to hold a vigil on Friday.",
    "The new law takes effect on Friday.",
    "The new rules come into force on Friday.",
    "The president is flying to Brussels on Friday.",
    "The prime minister leaves for Washington on Friday.",
    "The court hears the appeal on Friday.",
    "A memorial service takes place on Friday.",
    "Police said the road remains closed until Friday.",
    "The strike is expected to end Friday.",
    "Ministers are meeting on Friday to agree the budget.",
    "The couple are getting married on Friday.",
    "The funeral is at 2pm on Friday.",
    "Officials said on Tuesday that the bridge reopens Friday.",
    "The suspect faces a hearing on Friday.",
    "Supporters march through the city on Friday.",
    "Both teams play again on Friday.",
    "The Senate takes up the bill on Friday, aides said.",
    "Protesters plan a rally Friday outside the embassy.",
    "The flight departs Friday morning.",
    "On Friday, the board meets to decide.",
    "The match kicks off on Friday.",
    "He and his rival meet separately Friday with the envoy.",
    "Voters go to the polls on Friday.",
    "Schools remain closed until Friday.",
    "Campaigners are gathering signatures ahead of Friday's vote.",
    # a headline's "to" and a verb; a weekday a plan is made for
    "Storm to bring snow to the coast by Friday\n\nForecasters urged drivers to stay home.",
    "Minister to quit on Friday\n\nThe minister told aides he was tired.",
    "Schools have canceled classes for Friday.",
    "The union called a strike for Friday.",
    "A curfew is in force with effect from Friday.",
]

# Sentences about the Friday just gone, several with a present verb or a future cue elsewhere.
PAST = [
    "Police said on Friday that the man had died.",
    "He was arrested on Friday.",
    "The leaders met on Friday in Geneva.",
    "The vote was on Friday.",
    "He had travelled to Paris on Friday.",
    "The company announced its results Friday.",
    "The trial began Friday at the Old Bailey.",
    "A man was stabbed on Friday night.",
    "She said Friday that she would resign.",
    "The bridge, which reopened Friday, is busy.",
    "On Friday, police raided three homes.",
    "On Friday the gunman opened fire.",
    "The man, who is 45, was charged on Friday.",
    "He is in hospital after being attacked on Friday.",
    "He remains in custody after his arrest on Friday.",
    "The man is accused of killing his wife on Friday.",
    "Police are investigating the attack on Friday.",
    "Police will question the man arrested in a raid on Friday.",
    "The victim's family is devastated by Friday's attack.",
    "Friday's attack will be investigated by the watchdog.",
    "Since Friday, four people have died.",
    "The storm hit the coast on Friday and is moving north.",
    "Officials say the fire, which started on Friday, is under control.",
    "Police say a man died on Friday.",
    "He is the third person to die since Friday.",
    "The family of a man who died in a crash on Friday say they are devastated.",
    "The victim, who leaves a wife and two children, died on Friday.",
    "The team, which plays in the Premier League, suffered a defeat on Friday.",
    "Police, who are appealing for witnesses, say the car was stolen on Friday.",
    "Leaders meet in Brussels after talks collapsed on Friday.",
    "The festival, which ends on Sunday, opened on Friday.",
    "A second man is arrested in connection with the fire on Friday.",
    "The inquiry heard on Friday that the building had no alarms.",
    "Crowds gathered as the parade went ahead on Friday.",
    "They said they would look for ways to get around Friday's ruling.",
    "He faces charges over the crash on Friday.",
    "She leaves hospital after the attack on Friday.",
    "The minister faces questions over the leak on Friday.",
    # headlines: a past participle, an -ing before "to", a plural after it; a sentence's "to"
    "Man jailed for attack on Friday\n\nA man was jailed.",
    "Driver held after refusing to stop on Friday\n\nA driver was held.",
    "Appeal to witnesses after crash on Friday\n\nPolice appealed.",
    "He refused to stop for police on Friday.",
]


def friday(text: str, dct: str = D) -> str:
    """The value of the first expression that names Friday."""
    return next(t.value for t in tag(text, dct) if "Friday" in t.text)[:10]


@pytest.mark.parametrize("text", FUTURE)
def test_a_future_sentence_names_the_coming_friday(text: str) -> None:
    assert friday(text) == "2018-08-17"


@pytest.mark.parametrize("text", PAST)
def test_a_past_sentence_names_the_friday_just_gone(text: str) -> None:
    assert friday(text) == "2018-08-10"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trial begins in March.", "2019-03"),
        ("The election is in February.", "2019-02"),
        ("The new law takes effect in July.", "2019-07"),
        ("She'll start the job in February.", "2019-02"),
        ("They're due to marry in June.", "2019-06"),
        ("Ministers meet in March to agree the budget.", "2019-03"),
        ("Work is scheduled to finish in April.", "2019-04"),
        ("The plant opened in March.", "2018-03"),
        ("He said in March that he would resign.", "2018-03"),
        ("The inquiry, which began in March, is continuing.", "2018-03"),
        ("In March, a man drove a car into the crowd.", "2018-03"),
        ("He is in prison after an attack in March.", "2018-03"),
        ("The bridge, which is closed, was damaged in June.", "2018-06"),
        ("He told reporters in January that he would quit.", "2018-01"),
    ],
)
def test_a_bare_month_takes_the_tense_of_its_sentence(text: str, value: str) -> None:
    assert [t.value for t in tag(text, D) if t.value.startswith("20")][0] == value


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Police arrested three men this weekend.", D, "2018-W32-WE"),
        ("The festival takes place this weekend.", D, "2018-W33-WE"),
        ("More rain is expected this weekend.", D, "2018-W33-WE"),
        ("Protesters marched over the weekend.", D, "2018-W32-WE"),
        ("They meet over the weekend.", D, "2018-W33-WE"),
        ("Crowds packed the beaches this weekend.", "2018-08-19", "2018-W33-WE"),  # a Sunday
    ],
)
def test_weekends_follow_the_tense(text: str, dct: str, value: str) -> None:
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Join us this Friday for a vigil.", "2018-08-15", "2018-08-17"),
        ("See you this Monday.", "2018-08-15", "2018-08-13"),
        ("The shop this Friday had queues.", "2018-08-18", "2018-08-17"),
        ("The market opens this Friday.", D, "2018-08-17"),
    ],
)
def test_this_weekday_is_in_the_dct_week_unless_the_tense_says_otherwise(
    text: str, dct: str, value: str
) -> None:
    assert tag(text, dct)[0].value == value


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("They meet on [Friday].", 1),
        ("The vote is [Friday].", 1),
        ("They did not meet [Friday].", 0),  # "did" makes "meet" no present verb
        ("The vote [Friday] was close.", 0),  # a noun, not the verb "vote"
        ("He said [Friday] they meet soon.", -1),
        ("Results expected in [March] will be late.", 1),
    ],
)
def test_tense_of_the_clause(text: str, sign: int) -> None:
    start = text.index("[")
    plain = text.replace("[", "").replace("]", "")
    end = text.index("]") - 1
    assert tense(plain, start, end) == sign


def test_the_sentence_decides_when_the_clause_is_silent() -> None:
    text = "Albright is scheduled to spend five hours in Dar es Salaam, her first stop Tuesday."
    start = text.index("Tuesday")
    assert tense(text, start, start + 7) == 0 or sentence_tense(text, start, start + 7) == 1
    assert sentence_tense(text, start, start + 7) == 1


def test_an_abbreviation_ends_no_sentence() -> None:
    text = "In January, a week after the Roe vs. Wade ruling, a clinic was bombed. Next one."
    s, e = sentence_bounds(text, 3, 10)
    assert text[s:e].strip().endswith("bombed.")
    assert tag(text, "1998-10-25")[0].value == "1998-01"


def test_the_cue_tables_are_lower_case_and_distinct() -> None:
    forms = [f for base, pair in lx.SCHEDULE_VERBS.items() for f in (base, *pair) if f]
    assert all(f == f.lower() for f in forms)
    assert len(forms) == len(set(forms))
    assert not set(lx.FUTURE_CUES) & set(lx.PAST_VERBS)
    assert all(w == w.lower() for w in (*lx.FUTURE_CUES, *lx.PAST_VERBS, *lx.AHEAD_OF))


FUTURE_TEMPLATES = [
    "They meet on {wd}.",
    "The vote is on {wd}.",
    "He will travel to Paris on {wd}.",
    "The trial begins {wd} at the crown court.",
    "She is scheduled to speak on {wd}.",
    "The company plans to announce results {wd}.",
    "They'll be back on {wd}.",
    "Ministers are meeting on {wd} to agree the budget.",
    "The new law takes effect on {wd}.",
]
PAST_TEMPLATES = [
    "Police said on {wd} that a man had died.",
    "He was arrested on {wd}.",
    "The leaders met on {wd} in Geneva.",
    "The vote was on {wd}.",
    "The city is still recovering from {wd}'s flood.",
    "Police will question the man arrested in a raid on {wd}.",
    "On {wd}, police raided three homes.",
]


def tagged_day(text: str, name: str, dct: date) -> date:
    """The date the tagger gives the weekday ``name`` in ``text``, checked to be that weekday."""
    found = next(t for t in tag(text, dct.isoformat()) if name in t.text)
    day = date.fromisoformat(found.value[:10])
    assert day.isoweekday() == NAMES.index(name) + 1
    return day


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=date(1980, 1, 1), max_value=date(2040, 12, 31)),
    st.sampled_from(NAMES),
    st.sampled_from(FUTURE_TEMPLATES),
    st.sampled_from(["", "Officials said the plan was agreed. ", "In other news, "]),
)
def test_any_dct_a_future_weekday_is_within_the_coming_week(
    dct: date, name: str, template: str, lead: str
) -> None:
    day = tagged_day(lead + template.format(wd=name), name, dct)
    assert timedelta(0) <= day - dct < timedelta(days=7)


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=date(1980, 1, 1), max_value=date(2040, 12, 31)),
    st.sampled_from(NAMES),
    st.sampled_from(PAST_TEMPLATES),
    st.sampled_from(["", "The minister will speak later. ", "In other news, "]),
)
def test_any_dct_a_past_weekday_is_within_the_week_before(
    dct: date, name: str, template: str, lead: str
) -> None:
    day = tagged_day(lead + template.format(wd=name), name, dct)
    assert timedelta(0) <= dct - day < timedelta(days=7)


def test_a_run_on_sentence_is_looked_at_only_so_far() -> None:
    """A list or table without breaks costs a bounded look-around per expression."""
    text = "the plan agreed in March was signed in April " * 800
    start = len(text) // 2
    s, e = sentence_bounds(text, start, start + 5)
    assert s == start - SENTENCE_REACH and e == start + 5 + SENTENCE_REACH
    assert len(tag(text, D)) == 1600


# (text, dct, value of the first expression): intentions look ahead, a past "until" clause does not
INTENTIONS: list[tuple[str, str, str]] = [
    (
        "The firm said it hoped to have the line open again by Wednesday.",
        "2024-08-11",
        "2024-08-14",
    ),
    ("She worked there until her contract was ended in June, and left.", "2024-09-25", "2024-06"),
    ("The company has cancelled tomorrow morning's 07:30 sailing.", "2024-08-09", "2024-08-10TMO"),
    ("The murder case was put over to April.", "2025-03-20", "2025-04"),
    ("The hearing was adjourned to May.", "2025-03-20", "2025-05"),
]


@pytest.mark.parametrize(("text", "dct", "value"), INTENTIONS)
def test_intentions_and_past_until_clauses(text: str, dct: str, value: str) -> None:
    assert tag(text, dct)[0].value == value


def test_a_clock_after_a_possessive_day_takes_that_day() -> None:
    found = tag("The company has cancelled tomorrow morning's 07:30 sailing.", "2024-08-09")
    assert [t.value for t in found] == ["2024-08-10TMO", "2024-08-10T07:30"]


# A clock or a part of a day in a sentence that only looks ahead is not on the story's past day.
AHEAD_OF_A_PAST_STORY = [
    (
        "The fire started at 2.30pm yesterday.\n\nWinds are forecast to pick up by mid-afternoon,"
        " with a change expected around 5pm.",
        "2022-08-29",
        {"mid-afternoon": "2022-08-29TAF", "5pm": "2022-08-29T17:00"},
    ),
    (
        "The fire started at 2.30pm yesterday. Crews said they planned to leave at 5pm.",
        "2022-08-29",
        {"5pm": "2022-08-28T17:00"},
    ),
]


@pytest.mark.parametrize(("text", "dct", "values"), AHEAD_OF_A_PAST_STORY)
def test_a_time_to_come_is_not_on_the_past_story_day(
    text: str, dct: str, values: dict[str, str]
) -> None:
    found = {t.text: t.value for t in tag(text, dct)}
    assert {k: found.get(k) for k in values} == values
