"""A report that dates two events (the incident and a step of its backstory, "had bought the
petrol on March 9") stands by the day another report also tells: the day no other report gives,
beside one they do, is another event's, not a second date of the incident. Sentences are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.align import compare
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Comparison

BRIEF = (
    "date 2021-03-07\nThree dead as lorry hits market stalls in Tarnow\n\n"
    "Three people were killed when a lorry drove into market stalls in Tarnow on Saturday, "
    "police said.\n"
)

BACKSTORIES = [
    # a relative died in another event, in the pluperfect
    "Investigators also said the brother of the driver had died in a fire last Tuesday at a "
    "farm where the two men lived.",
    # a preparation step told by a prosecutor
    "Prosecutors said the driver had hired the lorry from a depot in Krakow last Tuesday.",
    # a blast at the plotters' house
    "Police also confirmed that the man believed to have recruited the driver had been killed "
    "in an explosion last Tuesday at a flat where they stored gas canisters.",
    # a warning told in a subordinate clause
    "The council, which had received a complaint about lorries at the market last Tuesday, "
    "declined to comment.",
]


def _compare(tmp_path: Path, files: dict[str, str]) -> Comparison:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return compare(analyse_corpus(load_corpus([tmp_path])))


def _dates(comparison: Comparison) -> set[tuple[str, str]]:
    return {
        (p.status, f"{p.a.value}/{p.b.value}")
        for p in comparison.pairs
        if p.kind == "incident.date" and not p.echo and not p.dissent
    }


@pytest.mark.parametrize("backstory", BACKSTORIES)
def test_a_backstory_day_beside_the_corroborated_one_is_not_the_incident(
    tmp_path: Path, backstory: str
) -> None:
    later = (
        "date 2021-03-08\nLorry driver held after market crash in Tarnow\n\n"
        "A lorry ploughed into stalls at a market in Tarnow on Saturday, killing three people, "
        f"police said.\n{backstory}\n"
    )
    comparison = _compare(tmp_path, {"a.txt": later, "b.txt": BRIEF})
    assert _dates(comparison) == {("match", "2021-03-06/2021-03-06")}


def test_a_report_of_one_date_against_another_is_still_a_dispute(tmp_path: Path) -> None:
    """Near miss: each report tells one day, and they differ: nothing corroborates either."""
    other = (
        "date 2021-03-08\nLorry hits market stalls in Tarnow\n\n"
        "Three people were killed when a lorry drove into market stalls in Tarnow last Tuesday, "
        "police said.\n"
    )
    comparison = _compare(tmp_path, {"a.txt": other, "b.txt": BRIEF})
    assert _dates(comparison) == {("conflict", "2021-03-02/2021-03-06")}


def test_two_days_no_other_report_tells_keep_the_earlier(tmp_path: Path) -> None:
    """Near miss: with neither of its days told elsewhere, a report's earlier day stands (the
    incident came first; a later day is a later step of the story)."""
    later = (
        "date 2021-03-08\nLorry driver held after market crash in Tarnow\n\n"
        "A lorry ploughed into stalls at a market in Tarnow on Thursday, killing three people, "
        "police said.\nThe driver had been arrested at the scene, and a fourth victim died in "
        "hospital on Saturday.\n"
    )
    other = (
        "date 2021-03-09\nTarnow market crash\n\n"
        "Three people were killed when a lorry drove into market stalls in Tarnow on Monday.\n"
    )
    comparison = _compare(tmp_path, {"a.txt": later, "b.txt": other})
    assert ("conflict", "2021-03-04/2021-03-08") in _dates(comparison)
