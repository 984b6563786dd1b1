"""Session 21, timeline values: (text, dct, expected) tables of invented sentences for four
mechanisms: the side of a weekday that is the day of an indefinite gathering a present or perfect
clause calls or holds, a weekday joined by "and" to a coming day, a four-digit "hours" clock
before "a" and after a stamp's date, and "midnight" counted forward from ("after", "since")."""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

F = "2026-01-09"  # a Friday
M = "2026-01-05"  # a Monday

# fmt: off
# An indefinite gathering that a present or perfect clause announces, holds or summons to, with
# its day after it, is to come; in the simple past, as a setting, or as a subject it is past.
GATHERING_DAYS = [
    ("Teachers' unions have announced a march outside the ministry on Sunday.", F, "Sunday", "2026-01-11"),
    ("The committee has summoned the port director to a hearing on Tuesday.", F, "Tuesday", "2026-01-13"),
    ("The parish is holding a candlelit vigil on Saturday evening.", F, "Saturday evening", "2026-01-10TEV"),
    ("The federation urges all members to attend a memorial service at the civic hall on Wednesday.", F, "Wednesday", "2026-01-14"),
    ("Residents are organising a protest against the quarry on Thursday.", M, "Thursday", "2026-01-08"),
    ("Students have called a sit-in at the faculty on Wednesday.", M, "Wednesday", "2026-01-07"),
    ("The families held a vigil on Thursday evening.", F, "Thursday evening", "2026-01-08TEV"),
    ("A teenager was arrested at a protest on Wednesday.", F, "Wednesday", "2026-01-07"),
    ("Hundreds attended a memorial service on Tuesday.", F, "Tuesday", "2026-01-06"),
    ("Organisers say a rally in the square on Saturday drew thousands.", M, "Saturday", "2026-01-03"),
    ("Two men are being questioned after a protest on Sunday.", M, "Sunday", "2026-01-04"),
]
# A weekday joined by "and" to a coming day is the first of its name after it.
JOINED_DAYS = [
    ("Forecasters warn of black ice for tonight and Sunday morning.", F, "Sunday morning", "2026-01-11TMO"),
    ("More snow is expected tomorrow and Monday.", F, "Monday", "2026-01-12"),
    ("Drivers have called a stoppage on Wednesday and Thursday.", M, "Thursday", "2026-01-08"),
    ("The library stays shut today and on Tuesday.", F, "Tuesday", "2026-01-13"),
    ("The hall was closed on Monday and Tuesday.", F, "Tuesday", "2026-01-06"),
    ("Heavy rain fell yesterday and Wednesday.", F, "Wednesday", "2026-01-07"),
]
# "NNNN hours" with "a" after it is a clock unless "a" opens a unit ("1200 hours a year"); after
# a stamp's full date and a comma it is the stamp's clock.
HOURS_CLOCKS = [
    ("At approximately 2215 hours a lorry left the carriageway.", F, "2215 hours", "2026-01-09T22:15"),
    ("At around 0340 hours an alarm sounded at the depot.", F, "0340 hours", "2026-01-09T03:40"),
    ("Released: Friday, January 9, 2026, 1130 hours", F, "1130 hours", "2026-01-09T11:30"),
    ("Issued Friday 9 January 2026, 1645 hrs", F, "1645 hrs", "2026-01-09T16:45"),
    ("Volunteers give about 1200 hours a year to the service.", F, "about 1200 hours", "PT1200H"),
    ("In 2025, 1500 hours were lost to strikes.", F, "1500 hours", "PT1500H"),
]
# "after/since/past/from midnight" is the start of the night's day, not its end (24:00).
FROM_MIDNIGHT = [
    ("The crush began shortly after midnight on Saturday.", F, "midnight", "2026-01-03T00:00"),
    ("The driver had been at the wheel since midnight on Monday.", F, "midnight", "2026-01-05T00:00"),
    ("The first calls came in just past midnight on Sunday.", F, "midnight", "2026-01-04T00:00"),
    ("Soon after midnight, a car hit the barrier.", F, "midnight", "2026-01-09T00:00"),
    ("The fire started just before midnight on Sunday.", F, "midnight", "2026-01-04T24:00"),
    ("A man was stabbed at quarter past midnight.", F, "quarter past midnight", "2026-01-09T00:15"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "dct", "words", "value"), GATHERING_DAYS + JOINED_DAYS + HOURS_CLOCKS + FROM_MIDNIGHT
)
def test_s21_sides(text: str, dct: str, words: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, dct)}
    assert got.get(words) == value, got


# An undated report that writes the story's day in its body and tells later steps by weekday in
# a past sentence (the weekday's own clause untensed: "the mayor, who toured the site on
# Saturday, said ...") is dated on the latest of them; a weekday in a past perfect ("had been
# stolen on Saturday") or a supposition ("if you saw it on Sunday") names no later step.
UNDATED_STEPS = [
    (
        "Tuesday's collapse of a footbridge in Varna has claimed a fourth life. The bridge gave way "
        "at 6.10pm on Tuesday, March 10. The engineer, who was detained in the early hours of "
        "Wednesday, has been charged. The mayor, who toured the site on Thursday, promised an "
        "inquiry.",
        "2026-03-10",
        "2026-03-12",
    ),
    (
        "A lorry hit a school bus at 7.40am on Monday, March 9. The lorry had been reported stolen "
        "on Saturday evening. If you saw it on Sunday, call police.",
        "2026-03-09",
        "2026-03-09",
    ),
]


@pytest.mark.parametrize(("text", "hint", "expected"), UNDATED_STEPS)
def test_s21_undated_steps(text: str, hint: str, expected: str) -> None:
    from incident_reader.core.temporal import infer_dct

    assert infer_dct(text, year_hint=2026, date_hint=hint) == expected
