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
