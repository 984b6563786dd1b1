"""A court date fixed for a person makes the person the accused, however the date is worded:
"is scheduled to appear in provincial court Wednesday", "is set to be arraigned", "is expected
in court on Friday", "is due in Crown Court". Others with a date (a mayor to speak, a witness to
give evidence, a victim to recover) stay no suspect. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

AGE, NAME = "suspect.age", "suspect.name"

COURT_DATES = [
    ("Darnell Price, 43, of Dartfield is scheduled to appear in provincial court Wednesday to "
     "answer the charges.", 43, "darnell price"),
    ("Tomasz Wilk, 29, of Ashby, is expected in court on Friday.", 29, "tomasz wilk"),
    ("Ana Ferreira, 34, is set to be arraigned on Thursday morning.", 34, "ana ferreira"),
    ("Kyle Moss, 22, is due in Cardiff Crown Court next month.", 22, "kyle moss"),
    ("Ravi Menon, 51, is slated to be sentenced in March.", 51, "ravi menon"),
]  # fmt: skip

NOT_ACCUSED = [
    "Mayor Jan Hale, 61, is scheduled to speak at the vigil on Friday.",
    "The victim, 44, is expected to make a full recovery.",
    "Witness Paul Dee, 50, is expected to give evidence at the inquest.",
    "Nurse Clara Obi, 38, is due to return to work next week.",
]


@pytest.mark.parametrize(("sentence", "age", "name"), COURT_DATES)
def test_a_court_date_makes_the_person_the_accused(sentence: str, age: int, name: str) -> None:
    assert (values(sentence, AGE), values(sentence, NAME)) == ([age], [name])


@pytest.mark.parametrize("sentence", NOT_ACCUSED)
def test_other_dates_make_no_suspect(sentence: str) -> None:
    assert values(sentence, AGE) == [] and values(sentence, NAME) == []
