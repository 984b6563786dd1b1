"""An undated report that names the story's day by its weekday was written after it: dated on the
latest weekday it names from that day on, not on the day the other reports lend (invented)."""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import infer_dct_with_evidence, tag

STORY = "2025-05-15"  # a Thursday: the day the other reports of the folder were written


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # the attack's weekday and a later one: written on or after that Monday
        ("Police on Monday shot dead the man who fled Thursday's attack in Fenbury. The bomb "
         "maker had died in an explosion last Wednesday.", "2025-05-19"),
        # the story's weekday alone: not that day (it would say "today"), the day after at least
        ("Four people were hurt in Thursday's crash in Fenbury, police said.", "2025-05-16"),
        # no weekday of the story: the other reports' day, as before
        ("Four people were hurt in a crash in Fenbury on Wednesday, police said.", STORY),
        # a weekday still to come moves nothing
        ("Four people were hurt in Thursday's crash. The driver will appear in court on Monday.",
         "2025-05-16"),
    ],
)  # fmt: skip
def test_dated_after_the_storys_named_day(text: str, dct: str) -> None:
    found = infer_dct_with_evidence(text, 2025, STORY)
    assert found is not None and found[0] == dct


def test_its_weekdays_then_fall_after_the_story() -> None:
    text = "Police on Monday shot dead the man who fled Thursday's attack in Fenbury."
    dct = (infer_dct_with_evidence(text, 2025, STORY) or ("",))[0]
    values = {t.text: t.value for t in tag(text, dct)}
    assert values["Monday"] == "2025-05-19" and values["Thursday"] == STORY


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # the eve of the other reports' day is the incident's, not a week on: written after the
        # story's weekday it also names as past, the day after at least
        ("Wednesday night's attack in Fenbury left two dead. On Thursday, police named the "
         "driver.", "2025-05-16"),
        ("Two people died when a van hit a crowd on Wednesday night. Police searched a flat on "
         "Thursday.", "2025-05-16"),
    ],
)  # fmt: skip
def test_the_weekday_before_the_storys_day_is_its_eve(text: str, dct: str) -> None:
    found = infer_dct_with_evidence(text, 2025, STORY)
    assert found is not None and found[0] == dct


@pytest.mark.parametrize(
    "text",
    [
        # the story's weekday told with a part of the day, and a later part of it as "this ...":
        # written that same day
        "A tram overturned early on Thursday morning. Staff treated 12 people this afternoon.",
        "Fire broke out on Thursday morning in Fenbury and crews were still there tonight.",
    ],
)
def test_a_report_written_on_the_storys_day_keeps_it(text: str) -> None:
    found = infer_dct_with_evidence(text, 2025, STORY)
    assert found is not None and found[0] == STORY
