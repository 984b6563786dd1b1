"""The day of the occasion an incident happened at dates it when its own words do not: a lead
telling the incident at or during an occasion ("fell ill after eating at a wedding", "a stand
gave way during a football match"), then that occasion with its day ("admitted after the wedding
on 3 March", "Saturday's match") or people gathering on a day for an occasion ("had gathered on
Friday for the party").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
DCT = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forty guests fell ill after eating at a wedding in Kelby. Doctors said twelve had "
            "been admitted after the wedding on 3 March.",
            ["2025-03-03"],
        ),
        (
            "Eleven mourners fell ill after drinking palm wine at a funeral in Kelby. Doctors "
            "said nine had been admitted after the funeral on 4 March.",
            ["2025-03-04"],
        ),
        (
            "A stand gave way during a football match in Port Alder, injuring 30 fans. Police "
            "said Saturday's match had drawn 3,000 people.",
            ["2025-03-08"],
        ),
        (
            "Nine people were burned when a gas stove exploded at a party in Marsh End. Guests "
            "had gathered on Friday for the birthday party of a local teacher.",
            ["2025-03-07"],
        ),
        # another occasion than the incident's, or one still to come, dates nothing
        (
            "A man was stabbed at a party in Kelby. His funeral on 10 March drew hundreds.",
            [],
        ),
        (
            "Forty guests fell ill after eating at a wedding in Kelby. A second wedding on 20 "
            "March has been called off.",
            [],
        ),
    ],
)
def test_the_occasions_day(text: str, expected: list[str]) -> None:
    assert _facts(text, DATE, DCT) == expected
