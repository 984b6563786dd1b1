"""A trade's premises named by its owner ("Greggson's bakery", "Dunn's garage") is the place's
name, not a site owned by a town called Greggson; a town still owns its market.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A woman was robbed at knifepoint in Greggson's bakery on Tuesday.", "greggson's bakery"),
        ("A fire broke out at Dunn's garage on Friday.", "dunn's garage"),
        (
            "A man was attacked outside Caddick's restaurant in Tolby on Friday.",
            "caddick's restaurant, tolby",
        ),
        ("Two men were stabbed in Marlbeck's market on Friday.", "market, marlbeck"),
    ],
)
def test_an_owner_names_a_trade_premises(sentence: str, value: str) -> None:
    assert value in [str(f.value) for f in places(sentence_of(sentence))]
