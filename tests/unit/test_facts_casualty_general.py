"""Casualty and arrest clause shapes from a stress corpus written for this purpose (none of its
sentences comes from a report): each case stands for a class of clause, not a wording."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import ARRESTS, HOSPITALISED, INJURED, KILLED, values

FOUND: list[tuple[str, str, Any]] = [
    # a preposition of company adds its object to the subject, bare or set off by commas
    ("Two tourists along with their guide were injured in the rockfall.", INJURED, 3),
    ("The driver, along with two passengers, was taken to hospital.", HOSPITALISED, 3),
    ("A woman together with her two sons was killed.", KILLED, 3),
    ("Three firefighters as well as a paramedic were hurt.", INJURED, 4),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_found(text: str, kind: str, value: Any) -> None:
    assert value in values(text, kind)


NOT_FOUND: list[tuple[str, str, Any]] = [
    # the company's count alone is not the subject's
    ("Two tourists along with their guide were injured in the rockfall.", INJURED, 1),
]


@pytest.mark.parametrize(("text", "kind", "value"), NOT_FOUND)
def test_not_found(text: str, kind: str, value: Any) -> None:
    assert value not in values(text, kind)
