"""An arrested person named with leading initials ("arrested R. Anand (35)", a style of
South Asian and other reports): one arrest, as a full name is. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import ARRESTS, values

FOUND: list[tuple[str, int]] = [
    ("Detectives in Kelby arrested V. Meena Kumari (52) at her home on Sunday.", 1),
    ("Police arrested R. Anand, 35, on Monday night.", 1),
    ("Officers arrested P. Kumar and his son at their home.", 2),
    ("The town police detained S. Lakshmi Narayanan for questioning.", 1),
]


@pytest.mark.parametrize(("sentence", "value"), FOUND)
def test_an_initialled_name_is_one_arrest(sentence: str, value: int) -> None:
    assert values(sentence, ARRESTS) == [value]


NONE: list[str] = [
    "The owner, V. Meena Kumari, said the lorry had been serviced.",  # named, not arrested
    "Police said a warrant for R. Anand was issued.",
]


@pytest.mark.parametrize("sentence", NONE)
def test_no_arrest_count(sentence: str) -> None:
    assert values(sentence, ARRESTS) == []
