"""Casualty counts by clause shape, with invented sentences (none from a dev, check, real or
authored report): the last part of a subject list with its own description in commas, the dead
as any tally head, and a tally over a period told in the clause a participle hangs on."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL, ARRESTS = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
    "arrests",
)

# The last part's description in commas before the verb names no more people.
DESCRIBED_LAST: list[tuple[str, str, list[Any]]] = [
    ("The tuk-tuk driver, Sok Dara, and his two passengers, students returning from class, died "
     "at the scene.", KILLED, [3]),
    ("The pilot and two passengers, all members of a flying club, were killed.", KILLED, [3]),
    ("A woman and her two sons, tourists from Lyon, were injured.", INJURED, [3]),
    ("Two men and a woman, neighbours of the family, were taken to hospital.", HOSPITAL, [3]),
    ("The ferry's captain and a deckhand, both residents of the island, drowned.", KILLED, [2]),
    ("Police arrested the driver and his two helpers, brothers from Kano, on Monday.", ARRESTS,
     [3]),
    # a companion in commas is a part, not a description
    ("The driver, together with two passengers, was taken to hospital.", HOSPITAL, [3]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), DESCRIBED_LAST)
def test_the_last_parts_description(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The dead as a tally's head: "deceased" as "dead" and "fatalities".
DEAD_TALLIES: list[tuple[str, list[Any]]] = [
    ("Two more passengers died in hospital overnight, bringing the number of deceased to nine.",
     [9]),
    ("The number of deceased has risen to 12, officials said.", [12]),
    ("That brings the number of confirmed deceased to four.", [4]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), DEAD_TALLIES)
def test_the_deceased_as_a_tally_head(text: str, want: list[Any]) -> None:
    assert values(text, KILLED) == want


# A tally over a period counts many incidents, also when the period is a year's start or sits in
# the clause a participle's clause hangs on.
PERIODS: list[tuple[str, list[Any]]] = [
    ("Campaigners say at least 30 people have been killed by stray bullets across the country "
     "since the beginning of 2024.", []),
    ("The pass has seen 19 crashes since 2021, claiming 27 lives.", []),
    ("The junction has recorded 11 accidents since early 2023, killing six people.", []),
    ("Since the start of last year, 14 people have died on the road.", []),
    # the incident's own toll after a participle: no period, or a ranking
    ("A bus plunged into the gorge on Sunday, killing 12 people.", [12]),
    ("The worst crash since 2010 happened on Monday, killing 12.", [12]),
    ("The bridge, unrepaired since 2015, collapsed on Monday, killing four.", [4]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PERIODS)
def test_a_tally_over_a_period(text: str, want: list[Any]) -> None:
    assert values(text, KILLED) == want


# "already" is an adverb of the verb group as "now", "still" and "since" are.
ALREADY: list[tuple[str, str, list[Any]]] = [
    ("Two men have already been arrested.", ARRESTS, [2]),
    ("The driver has already been taken to hospital.", HOSPITAL, [1]),
    ("Three people had already died by the time rescuers arrived.", KILLED, [3]),
    ("A man is already in police custody.", ARRESTS, [1]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ALREADY)
def test_already_in_the_verb_group(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An active verb's counted object with a capitalised modifier (a nationality, a town).
CAPITALISED_MODIFIERS: list[tuple[str, str, list[Any]]] = [
    ("The blast killed a Kenyan worker.", KILLED, [1]),
    ("The blast killed two British tourists.", KILLED, [2]),
    ("The collapse killed an Australian visitor and injured six others.", KILLED, [1]),
    ("The crash injured three Kelby men.", INJURED, [3]),
    ("Police arrested two Nigerian nationals.", ARRESTS, [2]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), CAPITALISED_MODIFIERS)
def test_a_capitalised_modifier_in_the_object(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
