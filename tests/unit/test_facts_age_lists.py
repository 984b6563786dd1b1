"""Lists with one age each, and a total told before its breakdown (invented sentences)."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import HOSPITALISED, INJURED, values


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # one age each: the "and" inside the ages is no list's
        ("Three women aged 61, 38 and 19 and a man aged 45 received stab wounds.", INJURED, 4),
        ("Two women aged 61 and 38 and a man aged 45 were injured.", INJURED, 3),
        ("Two women aged 61 and 38 were injured.", INJURED, 2),
        # a total in a general noun, then who they were, in commas
        ("Four people, three women aged 61, 38 and 19 and a man aged 45, received stab wounds.",
         INJURED, 4),
        ("Four victims, two women and two men, were taken to hospital.", HOSPITALISED, 4),
        ("Two people, a man and a woman, were injured.", INJURED, 2),
        # a plain list whose first part happens to equal the rest is summed
        ("Two men, a woman and a child were injured.", INJURED, 4),
    ],
)  # fmt: skip
def test_counted_lists(text: str, kind: str, value: int) -> None:
    assert values(text, kind) == [value]
