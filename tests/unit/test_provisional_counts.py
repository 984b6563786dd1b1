"""Two more ways a toll moves without a contradiction: a first-hours count told as one that may
rise ("the death toll could rise") against a higher count of the same day; and a count of the
seriously hurt, told a year on, above the whole count of the first day (that count was low)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.align import compare
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.facts.revisions import told_provisional
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Fact

KILLED, INJURED = "casualties.killed", "casualties.injured"


def provisional(text: str, figure: str, kind: str) -> bool:
    """Whether ``figure``, a count of ``kind`` in ``text``, is told as provisional."""
    start = text.index(figure)
    return told_provisional(Fact(kind, 2, start, start + len(figure), figure, "i0"), text)


@pytest.mark.parametrize(
    ("text", "figure", "kind", "expected"),
    [
        ("Two people died. The death toll could rise.", "Two", KILLED, True),
        ("Two people died, and officials fear the toll will rise.", "Two", KILLED, True),
        ("Four died; the number of dead is expected to climb.", "Four", KILLED, True),
        ("Nine were hurt. The number of injured may still increase.", "Nine", INJURED, True),
        ("Nine were hurt. The death toll could rise.", "Nine", INJURED, False),
        ("Two died. Casualties are likely to rise as rescuers dig.", "Two", KILLED, True),
        ("Two died. The toll rose to five overnight.", "Two", KILLED, False),
        ("Two died. Police closed the road. The toll could rise.", "Two", KILLED, False),
    ],
    ids=["could rise", "will rise", "expected to climb", "injured may increase",
         "the dead's cue is not the hurt's", "casualties", "a rise told is no forecast",
         "two sentences on"],
)  # fmt: skip
def test_a_count_told_as_one_that_may_rise(
    text: str, figure: str, kind: str, expected: bool
) -> None:
    assert provisional(text, figure, kind) is expected


STORY = "A van ploughed into shoppers on the Korvel promenade in Alsmere on Thursday afternoon."


def labels(tmp_path: Path, first: str, second: str, kind: str) -> dict[tuple[str, str], str]:
    """The label of each two reports' pair of ``kind`` in a folder of the two texts (the first
    report's id sorts first)."""
    (tmp_path / "a_first.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b_later.txt").write_text(second, encoding="utf-8")
    comparison = compare(analyse_corpus(load_corpus([tmp_path])))
    return {(p.a.article, p.b.article): p.status for p in comparison.pairs if p.kind == kind}


@pytest.mark.parametrize(
    ("text", "figure", "kind", "expected"),
    [
        ("Medics could only confirm three wounded pilgrims so far, he said.", "three", INJURED,
         True),
        ("Divers have recovered four bodies so far from the hull.", "four", KILLED, True),
        ("So far, the ministry has confirmed six deaths in the quake.", "six", KILLED, True),
        ("Thus far two climbers are known to have been hurt.", "two", INJURED, True),
        ("The clinic can only account for five injured guests.", "five", INJURED, True),
        ("Six people have died on the pass so far this year.", "Six", KILLED, False),
        ("Three people died. It is the worst crash so far.", "Three", KILLED, False),
        ("Two were hurt in the fire, the deadliest so far in the district.", "Two", INJURED,
         False),
    ],
    ids=["could only confirm", "recovered so far", "so far, before", "thus far",
         "can only account for", "a period's tally", "another sentence's so far",
         "a superlative's so far"],
)  # fmt: skip
def test_a_count_told_as_the_one_known_so_far(
    text: str, figure: str, kind: str, expected: bool
) -> None:
    assert provisional(text, figure, kind) is expected


def test_a_count_known_so_far_is_revised_by_the_same_days_higher_one(tmp_path: Path) -> None:
    labels_ = labels(
        tmp_path,
        f"date 2031-06-05\n\nVan hits shoppers\n\n{STORY} A paramedic could only confirm two "
        "injured people so far.\n",
        f"date 2031-06-05\n\nTwenty hurt in Alsmere\n\n{STORY} At least 20 people were "
        "injured, the hospital said.\n",
        "casualties.injured",
    )
    assert labels_[("a_first", "b_later")] == "revised"


def test_a_provisional_first_hours_toll_is_revised_by_the_same_days_higher_one(
    tmp_path: Path,
) -> None:
    labels_ = labels(
        tmp_path,
        f"date 2031-06-05\n\nVan hits shoppers\n\n{STORY} Police confirmed that two people "
        "have died. However, the death toll could rise, local radio said.\n",
        f"date 2031-06-05\n\nSix dead in Alsmere\n\n{STORY} Police said on Thursday evening "
        "that six people were killed.\n",
        "casualties.killed",
    )
    assert labels_[("a_first", "b_later")] == "revised"


def test_the_same_days_figures_without_a_forecast_still_conflict(tmp_path: Path) -> None:
    labels_ = labels(
        tmp_path,
        f"date 2031-06-05\n\nVan hits shoppers\n\n{STORY} Police confirmed that two people "
        "have died.\n",
        f"date 2031-06-05\n\nSix dead in Alsmere\n\n{STORY} Police said that six people were "
        "killed.\n",
        "casualties.killed",
    )
    assert labels_[("a_first", "b_later")] == "conflict"


def test_a_later_count_of_the_seriously_hurt_above_the_first_days_whole_revises_it(
    tmp_path: Path,
) -> None:
    labels_ = labels(
        tmp_path,
        f"date 2031-06-05\n\nVan hits shoppers\n\n{STORY} Police said nine people were injured.\n",
        "date 2032-03-02\n\nDriver jailed\n\nOn 5 June 2031 a van ploughed into shoppers on the "
        "Korvel promenade in Alsmere. The driver killed two people and left eleven others "
        "seriously injured, the court heard.\n",
        "casualties.injured",
    )
    assert labels_[("a_first", "b_later")] == "revised"
