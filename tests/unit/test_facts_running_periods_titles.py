"""Ordinal running totals, fronted periods, titles before names and ships named without a prefix.

Every sentence here is invented for these tests; none comes from a dev, check or probe report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.facts import extract
from incident_reader.core.model import DctSource, Fact, Report

KILLED, INJURED = "casualties.killed", "casualties.injured"
HOSPITALISED, NAME, VEHICLE = "casualties.hospitalised", "suspect.name", "vehicle"


def _facts(text: str) -> list[Fact]:
    report = Report("r", Path("r.txt"), "", text, "2024-06-15", DctSource.HEADER, "0")
    return list(extract(report, "2024-06-15", ()).facts)


def values(text: str, kind: str) -> list[Any]:
    return [f.value for f in _facts(text) if f.kind == kind]


# An ordinal of a counted-so-far noun taken to hospital is the running total of the hurt too.
RUNNING_TOTALS = [
    ("Two walkers were hurt. A third victim was taken to hospital later.", INJURED, 3),
    ("A fifth patient was admitted to hospital on Tuesday evening.", INJURED, 5),
    # (the ordinal counts the hurt so far; the hospital took one of them: session 26)
    ("A sixth casualty was airlifted to hospital in Penrith.", INJURED, 6),
    ("A second woman later died in hospital.", KILLED, 2),
    ("A third climber died overnight, the rescue team said.", KILLED, 3),
]


@pytest.mark.parametrize(("sentence", "kind", "value"), RUNNING_TOTALS)
def test_an_ordinal_gives_the_count_so_far(sentence: str, kind: str, value: int) -> None:
    assert value in values(sentence, kind), _facts(sentence)


def test_an_ordinal_of_a_plain_noun_in_hospital_counts_one_and_no_injured() -> None:
    sentence = "A second boy was taken to hospital with his mother."
    assert values(sentence, HOSPITALISED) == [1]
    assert values(sentence, INJURED) == []


# A period before the count, in the sentence's opening adverbial, makes it a tally of many
# incidents; a period starting with this incident ("Since Tuesday") does not.
FRONTED_PERIODS = [
    ("Since the start of the year, nine anglers have drowned in the estuary.", KILLED),
    ("Since the beginning of this decade, 31 miners have been killed underground.", KILLED),
    ("In the past three years, 58 cyclists have been injured at the junction.", INJURED),
    ("Over the last decade, 12 swimmers died at the quarry lake.", KILLED),
    ("So far this year, 140 people have been hurt in crashes on the bypass.", INJURED),
]


@pytest.mark.parametrize(("sentence", "kind"), FRONTED_PERIODS)
def test_a_fronted_period_makes_a_tally(sentence: str, kind: str) -> None:
    assert values(sentence, kind) == [], _facts(sentence)


STILL_THIS_INCIDENT = [
    ("Since Tuesday, the toll has risen to seven.", KILLED, 7),
    ("In the blast on Sunday, four labourers were injured.", INJURED, 4),
    ("Since the collapse, two men have died in hospital.", KILLED, 2),
]


@pytest.mark.parametrize(("sentence", "kind", "value"), STILL_THIS_INCIDENT)
def test_a_fronted_phrase_of_this_incident_keeps_the_count(
    sentence: str, kind: str, value: int
) -> None:
    assert value in values(sentence, kind), _facts(sentence)


# A job title at the head of a sentence, by the role tables or a job noun's ending, is no name.
TITLES = [
    ("Linesman Carl Abbot, 51, was arrested at his home.", "carl abbot"),
    ("Machinist Priya Dore, 33, was charged with arson.", "priya dore"),
    ("Technician Owen Pyle, 27, was arrested on Friday.", "owen pyle"),
    ("Auctioneer Rhys Tanner, 60, was arrested on suspicion of fraud.", "rhys tanner"),
    ("Motorist Gail Brennan, 45, was arrested after the crash.", "gail brennan"),
]


@pytest.mark.parametrize(("sentence", "name"), TITLES)
def test_a_title_before_a_name_is_left_out(sentence: str, name: str) -> None:
    assert values(sentence, NAME) == [name], _facts(sentence)


# A short stem before "-man" is a first name, not a title: the three words stay the name.
def test_a_first_name_with_a_title_ending_stays() -> None:
    sentence = "Herman Lee Vance, 39, was arrested at the scene."
    assert values(sentence, NAME) == ["herman lee vance"]


# A ship named without a prefix, where its verb or its apposition says it is a vessel.
VESSELS = [
    ("The Morning Gull capsized two miles off the headland.", "morning gull"),
    ("The Kittiwake had run aground on a sandbar.", "kittiwake"),
    ("The Bright Endeavour foundered in heavy seas.", "bright endeavour"),
    ("Divers reached the Solveig, a Norwegian cargo ship, before dawn.", "solveig"),
    ("The Marta Rose, a 14-metre trawler, took on water.", "marta rose"),
]


@pytest.mark.parametrize(("sentence", "value"), VESSELS)
def test_a_named_vessel_without_prefix(sentence: str, value: str) -> None:
    assert value in values(sentence, VEHICLE), _facts(sentence)


NOT_VESSELS = [
    "The Harbour Commissioner said the dinghy sank.",
    "The Anchor Inn was full when the boat capsized.",
    "The Fire Service said a boat had capsized.",
]


@pytest.mark.parametrize("sentence", NOT_VESSELS)
def test_a_name_without_a_vessel_predicate_is_no_vessel(sentence: str) -> None:
    assert all(
        v not in ("harbour commissioner", "anchor inn", "fire service")
        for v in values(sentence, VEHICLE)
    ), _facts(sentence)
