"""Place classes of settings: a gathering the incident struck ("at a funeral in X"), a raid that
is the crime and not the law's sequel, names with particles and ampersands ("Quai des Pins",
"Dunn & Son Jewellers") and a trade's premises named by its owner after "the front of".

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of
from incident_reader.core.model import DctSource, Report

DCT = "2025-03-08"
PLACE = "incident.place"


def _places(sentence: str) -> list[str]:
    return [str(f.value) for f in places(sentence_of(sentence))]


def _facts(text: str, kind: str = PLACE) -> list[Any]:
    report = Report("r", Path("r.txt"), "", text, DCT, DctSource.HEADER, "0")
    ex = extract(report, DCT, temporal.tag(text, DCT))
    return [f.value for f in ex.facts if f.kind == kind and f.incident == "i0"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Four guests died after eating poisoned stew at a funeral in Banda Village.", "banda"),
        (
            "A gunman opened fire on mourners at a funeral in Lodwa on Sunday, killing three.",
            "lodwa",
        ),
        ("A stampede at a funeral ceremony in Sanje killed four people.", "sanje"),
        ("Two men were shot dead at a funeral in Kembe Township on Friday.", "kembe"),
    ],
)
def test_a_funeral_the_report_brings_in_is_where_it_struck(text: str, town: str) -> None:
    assert any(town in str(v) for v in _facts(text)), _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was stabbed on Mill Lane. A funeral for the victim will be held in Sanje on Friday.",
        "A man was stabbed on Mill Lane. Mourners at a funeral in Sanje said he was kind.",
        "A man was stabbed on Mill Lane. Hundreds attended his funeral in Sanje.",
    ],
)
def test_the_victims_own_funeral_stays_a_sequel(text: str) -> None:
    assert not any("sanje" in str(v) for v in _facts(text)), _facts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Robbers raided a bookmaker's on Dock Road in Kelby shortly before 6pm.", "dock road"),
        (
            "The raid on Dunn Jewellers on Harbour Street happened at about 3.50am.",
            "harbour street",
        ),
        ("Masked men raided a post office in Wexley on Sunday night.", "wexley"),
    ],
)
def test_a_raid_without_the_law_is_the_crime(text: str, value: str) -> None:
    assert any(value in str(v) for v in _facts(text)), _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot on Mill Lane. Police raided a flat in Dunholm on Tuesday.",
        "A man was shot on Mill Lane. The raid on a house in Dunholm at 6am found a gun.",
        "A man was shot on Mill Lane. Officers carried out dawn raids in Dunholm.",
    ],
)
def test_a_raid_by_the_law_is_no_scene(text: str) -> None:
    assert not any("dunholm" in str(v) for v in _facts(text)), _facts(text)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A bus overturned near San Isidro de Talamar on Monday.", "san isidro de talamar"),
        ("A gas blast hit a bakery on Rue du Temple in Lyon.", "rue du temple, lyon"),
        ("A fire broke out at the Hotel del Mar in Puerto de la Cruz.", "hotel del mar"),
        ("A car smashed into Hale & Son Jewellers on Quai des Pins at 3am.", "quai des pins"),
        ("A van was driven into the front of Dunn Bakers on Kirk Lane.", "dunn bakers"),
    ],
)
def test_names_with_particles_and_ampersands(sentence: str, value: str) -> None:
    assert any(value in v for v in _places(sentence)), _places(sentence)
