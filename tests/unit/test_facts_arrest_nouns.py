"""An arrest told as a noun: "the arrest of three men", "after his arrest". Sentences written for
these tests; an arrest dated to another year and a warrant are none of the incident's."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import ARRESTS, values

FOUND: list[tuple[str, int]] = [
    ("The suspect told officers after his arrest that he had acted alone.", 1),
    ("Following her arrest, the woman was driven to a police station.", 1),
    ("The arrest of a 30-year-old man was confirmed on Monday.", 1),
    ("The arrests of two teenagers followed a tip-off.", 2),
    ("Police announced the arrest of three men in the early hours.", 3),
    ("Detectives welcomed the arrest of a man and a woman.", 2),
    ("Since his subsequent arrest, the driver has said nothing.", 1),
    ("Police confirmed the arrest of the driver.", 1),
]


@pytest.mark.parametrize(("sentence", "value"), FOUND)
def test_arrest_as_a_noun(sentence: str, value: int) -> None:
    assert values(sentence, ARRESTS) == [value]


NONE: list[str] = [
    "After his arrest in 2015 he moved abroad.",
    "Police have obtained a warrant for his arrest.",
    "A warrant was issued after his arrest warrant lapsed.",
    "Since their arrest, the men have said nothing.",  # how many is not told
    "Police confirmed the arrest of suspects.",  # a plural without a number
]


@pytest.mark.parametrize("sentence", NONE)
def test_no_arrest_count(sentence: str) -> None:
    assert values(sentence, ARRESTS) == []


def test_one_arrest_beside_a_larger_count_gives_way() -> None:
    text = "Police arrested two men on Friday. One told officers after his arrest that he fled."
    assert values(text, ARRESTS) == [2]
