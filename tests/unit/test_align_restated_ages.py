"""A report that gives its suspect's age twice, a year or two apart: its later age is its statement,
even when another report agrees with the earlier one (the pair is then a conflict, not a match)."""

from __future__ import annotations

import pytest

from incident_reader.core.align.pairing import final_statement
from incident_reader.core.model import Fact

KIND = "suspect.age"


def _at(text: str, words: str, value: int, nth: int = 0) -> Fact:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Fact(KIND, value, start, start + len(words), words, "i0")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "A 31-year-old man from Holloway Cross was arrested at the scene. Later, police "
            "named the driver as Corin Maddox, 32, a roofer.",
            ("31-year-old", 31),
            ("Corin Maddox, 32", 32),
        ),
        (
            "Police held Teodor Ivanescu, 45, on Sunday. In court on Monday the 44-year-old "
            "lorry driver spoke only to confirm his name.",
            ("Teodor Ivanescu, 45", 45),
            ("44-year-old", 44),
        ),
        (
            "The owner of the warehouse, 60, was questioned overnight. Prosecutors said "
            "Halvard Strand (62) had ignored two safety notices.",
            ("60", 60),
            ("Halvard Strand (62)", 62),
        ),
        (
            "Rukhsana Begum, 38, was charged on Friday. The 39-year-old suspect is due in "
            "court next week.",
            ("Rukhsana Begum, 38", 38),
            ("39-year-old", 39),
        ),
        (
            "The ferry's captain, aged 52, was detained. Port officials later said the "
            "captain, Emeka Obi, 50, had 20 years' experience.",
            ("aged 52", 52),
            ("Emeka Obi, 50", 50),
        ),
    ],
)
def test_the_later_of_two_close_ages_is_the_report_s_statement(
    text: str, first: tuple[str, int], second: tuple[str, int]
) -> None:
    early, late = _at(text, *first), _at(text, *second)
    # another report agrees with the earlier age: it no longer breaks the tie
    assert final_statement(KIND, [early, late], [], 0, text, others=(first[1],)) is late


def test_a_bare_back_reference_does_not_outweigh_the_suspect_s_stated_age() -> None:
    text = (
        "The suspected gunman, 24, was held at a flat on Sunday. Neighbours named the "
        "23-year-old as Piran Hollis."
    )
    stated, bare = _at(text, "24", 24), _at(text, "23-year-old", 23)
    assert final_statement(KIND, [stated, bare], [], 0, text, others=(24,)) is stated


def test_ages_far_apart_are_two_people_and_the_tally_decides() -> None:
    text = (
        "Police arrested Joaquim Serra, 41, at his home. His cousin, Marti Serra, 34, who "
        "drove the van, was questioned as a witness."
    )
    suspect, cousin = _at(text, "Joaquim Serra, 41", 41), _at(text, "Marti Serra, 34", 34)
    assert final_statement(KIND, [suspect, cousin], [], 0, text, others=(41,)) is suspect


def test_a_band_beside_an_exact_age_is_left_to_the_tally() -> None:
    text = "A man in his 40s was arrested. Police named him as Dara Quill, 47."
    band = Fact(
        KIND, "40s", text.index("in his 40s"), text.index("in his 40s") + 10, "in his 40s", "i0"
    )
    exact = _at(text, "Dara Quill, 47", 47)
    assert final_statement(KIND, [band, exact], [], 0, text, others=(47,)) is exact
