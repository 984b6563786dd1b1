"""A day that dates a saying ("told the Herald yesterday", "said today", "the court heard
yesterday") is the telling's, not the story's: a clock told after it stays on the day the story
was on. A story's morning keeps a small bare hour in the morning only until a clock is told after
it. A day told in legal English by its month's Latin word ("the 8th instant", "the 3rd ultimo").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal

DCT = "2025-09-17"  # a Wednesday


def values(text: str, dct: str = DCT) -> dict[str, str]:
    return {t.text: t.value for t in temporal.tag(text, dct)}


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        (
            'The boat left the jetty on Sunday evening with forty people aboard. "We were '
            'singing," one survivor told the Tribune yesterday. "At 7.15pm the engine stopped."',
            "7.15pm",
            "2025-09-14T19:15",
        ),
        (
            "Fire swept through the depot on Monday night. Workers said today that they had "
            "smelt smoke for days. One of them said the alarm sounded at 11.20pm.",
            "11.20pm",
            "2025-09-15T23:20",
        ),
        (
            "The wall of the stadium gave way on Saturday afternoon. A steward told our reporter "
            'on Tuesday that nobody had checked it. "It was about 3.40pm when it cracked."',
            "3.40pm",
            "2025-09-13T15:40",
        ),
        (
            "The lorry overturned on the ring road on Monday morning. The driver told him "
            'yesterday he had slept badly. "I set off at 5.50am," he said.',
            "5.50am",
            "2025-09-15T05:50",
        ),
    ],
)
def test_a_saying_s_day_leaves_the_story_s_day(text: str, clock: str, value: str) -> None:
    assert values(text)[clock] == value


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # a sequel's own day moves the story: its clock is on it
        (
            "The ferry sank on Sunday. Divers recovered the hull yesterday and towed it ashore "
            "at 4.30pm.",
            "4.30pm",
            "2025-09-16T16:30",
        ),
        # "told to leave" names no listener: the day is the story's
        (
            "Residents were told to leave on Monday. The river burst its banks at 9.10pm.",
            "9.10pm",
            "2025-09-15T21:10",
        ),
    ],
)
def test_a_day_of_no_saying_moves_the_story(text: str, clock: str, value: str) -> None:
    assert values(text)[clock] == value


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        (
            "She had been baking since six on Sunday morning and reached the hall a little after "
            "11 a.m. It was about half past two when the ceiling came down.",
            "half past two",
            "2025-09-14T14:30",
        ),
        (
            "The parade set off on Saturday morning. By 10.45am the square was full. At around "
            "a quarter past one the stand collapsed.",
            "a quarter past one",
            "2025-09-13T13:15",
        ),
    ],
)
def test_a_clock_told_after_the_morning_frees_a_small_hour(
    text: str, clock: str, value: str
) -> None:
    assert values(text)[clock] == value


def test_a_morning_with_no_clock_after_it_keeps_a_small_hour_small() -> None:
    text = "The storm hit the village early on Saturday morning. The roof fell in at half past two."
    assert values(text)["half past two"] == "2025-09-13T02:30"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The deceased was buried on the 8th instant.", "the 8th instant", "2025-09-08"),
        ("with reference to the incident of the 30th ultimo", "the 30th ultimo", "2025-08-30"),
        ("The matter is adjourned to the 6th prox.", "the 6th prox", "2025-10-06"),
        ("on the 2nd inst, officers attended", "the 2nd inst", "2025-09-02"),
    ],
)
def test_a_day_of_this_last_or_next_month_in_latin(text: str, span: str, value: str) -> None:
    assert values(text)[span] == value


def test_an_ordinal_before_a_word_of_another_shape_is_no_day() -> None:
    assert "the 8th installment" not in values("The 8th installment was paid.")
