"""A week told back from the story ("the week before", "the previous week", "the weekend
before") in a report written more than a week after its incident counts from the incident's
day, not from the hearing's or the report's.

Every report here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_story_days import timeline_days

# Thursday 12 March 2026 (ISO week 11): the week before is W10, its weekend 2026-W10-WE.
CASES = [
    ("An inquest jury yesterday found that a crane fell on a site in Dunmere on March 12, killing"
     " two men.\n\nThe court heard that the crane had been inspected the previous week.",
     {"the previous week": "2026-W10"}),
    ("A crane collapsed at a Dunmere site on March 12, a tribunal was told on Monday.\n\n"
     "Workers said the ground had been soaked by storms the weekend before.",
     {"the weekend": "2026-W10-WE"}),
    ("The contractor was fined on Friday over the crane that fell in Dunmere on 12 March.\n\n"
     "Its only load tester had been sent away for repair the week before, the court heard.",
     {"the week before": "2026-W10"}),
    ("Jurors returned a verdict yesterday on the crane collapse of March 12 in Dunmere.\n\n"
     "A foreman said staff had raised the wind warnings during the previous weekend.",
     {"the previous weekend": "2026-W10-WE"}),
    ("Two men died when a crane fell in Dunmere on March 12, a hearing was told yesterday.\n\n"
     "A rigger told the panel the cables had been replaced the week before.",
     {"the week before": "2026-W10"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_week_told_back_counts_from_the_incident_in_a_report_weeks_on(
    text: str, expected: dict[str, str]
) -> None:
    days = timeline_days(text, "2026-05-20")
    assert {k: days.get(k) for k in expected} == expected


def test_a_report_of_the_same_week_keeps_the_tagger_s_week() -> None:
    text = ("A crane fell in Dunmere on Thursday, killing two men.\n\n"
            "The crane had been inspected the previous week, the firm said.")  # fmt: skip
    assert timeline_days(text, "2026-03-13").get("the previous week") == "2026-W10"
