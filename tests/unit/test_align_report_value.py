"""The one value of a kind a report stands by: its total, not the first part of a breakdown."""

from __future__ import annotations

import pytest

from incident_reader.core.align.pairing import final_statement
from incident_reader.core.model import Fact


def _at(text: str, words: str, kind: str, value: int) -> Fact:
    start = text.index(words)
    return Fact(kind, value, start, start + len(words), words, "i0")


@pytest.mark.parametrize(
    "rest",
    [
        "and a third patient with cuts was seen by paramedics.",
        "while another man was checked over at the scene.",
        "and a further one was assessed by crews.",
        "and two more were seen at the scene.",
    ],
)
def test_an_update_whose_sentence_adds_people_is_a_part_not_the_total(rest: str) -> None:
    text = (
        "Live\n\n9.10am: Crews say a third person was hurt.\n"
        "Paramedics confirmed a third patient was treated at the quay.\n"
        f"In its latest statement the trust said two patients were treated {rest}\n"
        "11.45am: The road stays shut.\n"
    )
    kind = "casualties.injured"
    three = _at(text, "a third person was hurt", kind, 3)
    again = _at(text, "a third patient was treated", kind, 3)
    two = _at(text, "two patients were treated", kind, 2)
    entries = [(text.index("9.10am"), 550), (text.index("11.45am"), 705)]
    final = final_statement(kind, [three, again, two], entries, 0, text)
    assert final.value == 3


def test_an_update_told_whole_still_wins() -> None:
    text = (
        "Crews say a third person was hurt.\n"
        "In its latest statement the trust said two patients were treated and both went home.\n"
    )
    kind = "casualties.injured"
    three = _at(text, "a third person was hurt", kind, 3)
    two = _at(text, "two patients were treated", kind, 2)
    assert final_statement(kind, [three, two], [], 0, text) is two
