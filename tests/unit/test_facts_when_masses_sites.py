"""Four classes of the incident's time that other words took: a mass of snow, mud or ground on
the move is an event noun as "landslide" is ("the avalanche released above them at 11.05",
"the slide broke away at 9.40 on Monday last week"); "on board" is where people were, not the verb
"board" that would make a fronted day a later step's; a sequel's noun naming a building in a
place phrase ("at the funeral house", "in the hospital car park") tells where, no funeral or care;
an event noun with its own complement and an address ("of the collapse of a house at 4 Mill
Lane, Kelby, at 07:15") keeps the time after the address's commas.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE, TIME = "incident.date", "incident.time"
DCT = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "At about 9.40am, at a height of 2,100 metres, a wet-snow avalanche some 80 metres "
            "across released below the ridge and carried two walkers into a gully.",
            TIME,
            ["09:40"],
        ),
        (
            "The slide broke away at 13.15 on Monday last week on the east face, as the party "
            "crossed the couloir.",
            TIME,
            ["13:15"],
        ),
        (
            "The slide broke away at 13.15 on Monday last week on the east face, as the party "
            "crossed the couloir.",
            DATE,
            ["2025-03-03"],
        ),
        ("A mudslide buried the lower road shortly after 5am on Sunday.", TIME, ["05:00"]),
        ("The quake struck at 02:17 on Tuesday, waking the whole valley.", TIME, ["02:17"]),
    ],
)
def test_a_moving_mass_is_the_event(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "A ferry hit a reef on Sunday night. At about 6.15pm on Sunday 9th March 2025, the "
            "ferry, sailing from Port Alder with 40 passengers on board, struck the reef.",
            DATE,
            ["2025-03-09", "2025-03-09"],  # the second told with its clock
        ),
        (
            "A minibus overturned on Saturday evening. On Saturday 8 March, a minibus with eleven "
            "pupils on-board left the road near Hollin.",
            DATE,
            ["2025-03-08", "2025-03-08"],
        ),
        # the verb itself is still a later step
        ("The survivors were helped to board a second boat on Monday.", DATE, []),
    ],
)
def test_on_board_is_no_boarding(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "On 2nd March, 2025 at about 21:10 hours, several guests who had been eating at the "
            "memorial hall began vomiting and fainting.",
            TIME,
            ["21:10"],
        ),
        (
            "At around 02:40 hours, a group of relatives who were keeping watch at the funeral "
            "house started a fire with a paraffin stove.",
            TIME,
            ["02:40"],
        ),
        ("A man was stabbed in the hospital car park at 3am.", TIME, ["03:00"]),
        # the sequel noun alone, or before no site, still tells the sequel
        ("Mourners at the funeral on Saturday sang hymns.", DATE, []),
        ("He was taken to hospital at 3am.", TIME, []),
    ],
)
def test_a_sequel_noun_naming_a_site(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Police were told of the collapse of a two-storey house at 4 Mill Lane, Kelby, at "
            "07:15 hours on Monday.",
            TIME,
            ["07:15"],
        ),
        (
            "The agency informed residents of the explosion of a gas cylinder at Riverside "
            "Market, Port Alder, at about 3pm on Sunday.",
            TIME,
            ["15:00"],
        ),
        # another conjunct, or a phrase of people of the event, still sets the time apart
        ("Survivors of the crash, on Monday, marched to the town hall.", DATE, []),
        (
            "Relatives of the victims of the fire at Kelby Mill, on Monday, marched to the hall.",
            DATE,
            [],
        ),
    ],
)
def test_an_address_between_an_event_and_its_time(
    text: str, kind: str, expected: list[Any]
) -> None:
    assert _facts(text, kind, DCT) == expected
