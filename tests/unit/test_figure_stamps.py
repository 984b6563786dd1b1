"""A count told as of a time of its own ("As of Sunday evening, officials said 153 were killed")
was true then: against a higher figure of a report written the next day (or of the same day, the
stamp the evening before) it is an earlier stage of the toll, a revision, not a contradiction."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.facts.revisions import figure_stamp
from incident_reader.core.model import Fact
from tests.unit.test_provisional_counts import labels

EVENING = "2031-05-10TEV"
SAT = "Saturday evening"


def _stamp(text: str, figure: str, stamp_words: str | None) -> str | None:
    start = text.index(figure)
    fact = Fact("casualties.killed", 1, start, start + len(figure), figure, "i0")
    timexes = []
    if stamp_words:
        at = text.index(stamp_words)
        timexes.append((at, at + len(stamp_words), EVENING))
    return figure_stamp(fact, text, timexes)


@pytest.mark.parametrize(
    ("text", "figure", "stamp_words", "expected"),
    [
        ("As of Saturday evening, officials said 40 people had died.", "40", SAT, EVENING),
        ("As at Saturday evening the toll stood at 40.", "40", SAT, EVENING),
        ("By Saturday evening 40 bodies had been recovered.", "40", SAT, EVENING),
        ("Up to Saturday evening, 40 deaths had been confirmed.", "40", SAT, EVENING),
        ("The toll had reached 40 by Saturday evening.", "40", SAT, None),
        ("On Saturday evening a bus overturned, killing 40.", "40", SAT, None),
        ("By Saturday evening it was 30, and today officials said 40.", "40", "today", None),
        ("Officials said 40 people had died.", "40", None, None),
    ],
    ids=["as of", "as at", "by", "up to", "stamp after the figure", "the event's own time",
         "a later time between the stamp and the figure", "no time"],
)  # fmt: skip
def test_a_figure_is_stamped_by_a_temporal_preposition_right_before_its_last_time(
    text: str, figure: str, stamp_words: str | None, expected: str | None
) -> None:
    if stamp_words == "today":  # the second time expression of the sentence is not a stamp
        at = text.index("Saturday evening")
        start = text.index(figure)
        fact = Fact("casualties.killed", 1, start, start + len(figure), figure, "i0")
        today = text.index("today")
        timexes = [(at, at + 16, EVENING), (today, today + 5, "2031-05-11")]
        assert figure_stamp(fact, text, timexes) is None
        return
    assert _stamp(text, figure, stamp_words) == expected


def test_a_stamp_of_no_known_day_stamps_nothing() -> None:
    text = "By midday 40 bodies had been recovered."
    start = text.index("40")
    fact = Fact("casualties.killed", 40, start, start + 2, "40", "i0")
    assert figure_stamp(fact, text, [(3, 9, "XXXX-XX-XXT12:00")]) is None


def _folder(tmp_path: Path, first: str, second: str) -> dict[tuple[str, str], str]:
    return labels(tmp_path, first, second, "casualties.killed")


STORY = (
    "A crowd surged into a narrow lane of the old market in Velmora on Saturday night during "
    "the harvest festival."
)


def test_a_figure_as_of_the_evening_before_is_revised_by_the_next_days_higher_one(
    tmp_path: Path,
) -> None:
    labels_ = _folder(
        tmp_path,
        f"date 2031-05-12\n\nCrush in Velmora\n\n{STORY} As of Sunday evening, officials said "
        "41 people were killed and 60 were injured.\n",
        f"date 2031-05-12\n\nVelmora mourns\n\n{STORY} The government said on Monday that 43 "
        "people were killed.\n",
    )
    assert labels_[("a_first", "b_later")] == "revised"


def test_two_figures_of_one_day_without_a_stamp_still_conflict(tmp_path: Path) -> None:
    labels_ = _folder(
        tmp_path,
        f"date 2031-05-12\n\nCrush in Velmora\n\n{STORY} Officials said 41 people were "
        "killed and 60 were injured.\n",
        f"date 2031-05-12\n\nVelmora mourns\n\n{STORY} The government said that 43 people "
        "were killed.\n",
    )
    assert labels_[("a_first", "b_later")] == "conflict"
