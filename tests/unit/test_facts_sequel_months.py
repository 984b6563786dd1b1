"""A month that opens a clause of the story's sequel dates the sequel, not an earlier incident.

A verdict report leads with the conviction (its own day) and later says "In January, he was
charged with murder for the attack on May 3rd, 2024": the month is the charge's. It opened an
"earlier incident" dated 2025-01 that took the attack's own date and vehicle away from the
report's incident (review s24 #2: setting a report's date made a phantom incident). A month that
opens a clause telling an event ("In January, a man drove a van into a crowd") still opens one.

Every report here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from tests.unit.test_facts_when_places import _report

DCT = "2025-06-10"

SEQUELS = [
    ("Kelby van attacker jailed for life\n\nOmar Vance convicted of murder over 2024 attack that"
     " killed three\n\nA man who drove a stolen van into a crowd in Kelby, killing three people,"
     " has been convicted of murder and given a life sentence.\n\nVance, from Leeds, had said he"
     " wanted revenge. In January, he was charged with murder and attempted murder for the attack"
     " with a stolen van on May 3rd, 2024. The victims were two men and a woman.\n"),
    ("Arlow crash driver jailed\n\nLorry driver convicted over 2024 crash that killed two"
     " cyclists\n\nThe driver of a lorry that hit two cyclists near Arlow has been jailed for nine"
     " years.\n\nThe driver, Tom Reddy, had been on the road for 14 hours. Last October he was"
     " charged with causing death by dangerous driving over the crash on 3 May 2024. Both cyclists"
     " died at the scene.\n"),
    ("Hostel fire: pair sentenced\n\nOwners guilty over 2024 blaze that killed four\n\nTwo hostel"
     " owners have been sentenced over a fire in Dunmore that killed four guests.\n\nThe hostel"
     " had no working alarms. In March, the pair were charged with manslaughter for the fire at"
     " the hostel on 3 May 2024. Four guests died in their rooms.\n"),
]  # fmt: skip


@pytest.mark.parametrize("text", SEQUELS)
def test_a_charge_month_opens_no_earlier_incident(text: str) -> None:
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    assert [(i.main, i.date) for i in ex.incidents] == [(True, "2024-05-03")]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Crowd attack in Dunmore\n\nA man drove a car into a crowd in Dunmore on Saturday,"
         " killing one person. In January, a man drove a van into a crowd in Arlow, killing"
         " two.\n", "2025-01"),
        # an earlier incident told by its aftermath (treated, rescued) is still one
        ("Stand collapse at Kelby ground\n\nA stand collapsed at the Kelby ground on Saturday,"
         " injuring 30 fans.\n\nThe ground opened in 1998. In June 2019, nine people were treated"
         " in hospital after a barrier gave way there during a match.\n", "2019-06"),
        ("Walkers swept away at Arlow ford\n\nTwo walkers drowned at the Arlow ford on Sunday."
         "\n\nIn March 2021, a man and his daughter were rescued by helicopter after their car"
         " was swept off the same ford.\n", "2021-03"),
    ],
)  # fmt: skip
def test_a_month_opening_an_event_clause_still_opens_an_earlier_incident(
    text: str, earlier: str
) -> None:
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    assert [i.date for i in ex.incidents if not i.main] == [earlier]
