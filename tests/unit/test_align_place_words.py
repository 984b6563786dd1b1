"""Variants of one place's name compare equal; numbers are read by what they number."""

from __future__ import annotations

import pytest

from incident_reader.core.align.place_words import EXAMPLES, place_words
from incident_reader.core.align.wording import compare_places, tokens


@pytest.mark.parametrize(("text", "want"), EXAMPLES)
def test_place_word_examples(text: str, want: list[str]) -> None:
    assert place_words(tokens(text)) == want


PAIRS = [
    # abbreviations of street words are the street word
    ("Dunmore St", "Dunmore Street", "match"),
    ("Kettle Rd, Ashby", "Kettle Road, Ashby", "match"),
    ("Mt Rowan Ave", "Mount Rowan Avenue", "match"),
    ("Quarry Hwy", "Quarry Highway", "match"),
    ("Dunmore St", "Pell St", "conflict"),  # two streets, abbreviated
    ("St Brendan's Road", "Saint Brendan's Road", "match"),  # a title before a name
    # a numbered road whatever its class word is spelt as
    ("I-84", "Interstate 84", "match"),
    ("Route 84 South", "I-84", "match"),
    ("Route 84 South, Harlow", "I-84", "compatible"),
    ("SH2", "State Highway 2", "match"),
    ("NH-31", "National Highway 31", "match"),
    ("Route 9", "Route 10", "conflict"),
    ("the A14", "the A1", "conflict"),  # a letter road's letter is part of its name
    # a number the other place leaves out is a more specific form of it
    ("I-84 south in Greyford", "the southbound side of I-84 near Exit 12", "compatible"),
    ("I-84 near Exit 12", "I-84 near Exit 14", "conflict"),
    ("the 1400 block of Tanner Avenue", "Tanner Avenue", "compatible"),
    ("the 1400 block of Tanner Avenue", "12th Street and Tanner Avenue", "compatible"),
    ("14 Mill Lane", "16 Mill Lane", "conflict"),
    ("unit 7, foundry row", "unit 4, foundry row", "conflict"),
    # a crossing lies on each of its streets
    ("Cole Street and Tanner Avenue", "Tanner Avenue", "compatible"),
    ("Cole Street and Tanner Avenue", "Birch Road", "conflict"),
    # one letter mistyped in a long name is the same name; short names differing are two
    ("Marathon Road, Pellby", "Marathan Road", "compatible"),
    ("Carlton Street", "Carlson Street", "conflict"),
    # a street's name as initials, and a street named in another language
    ("GT Road, Pellby", "the Grand Trunk Road", "compatible"),
    ("KR Road", "Kettle Road", "conflict"),
    ("Vallgatan street", "Wall Street", "compatible"),
    ("Rue des Tanneurs", "Tanner Street", "compatible"),
    ("Vallgatan street", "Kyrkogatan street", "conflict"),
    ("Tagore Marg", "Tagore Road", "compatible"),
    ("Tagore Marg highway", "Tagore Road", "compatible"),
]


@pytest.mark.parametrize(("a", "b", "want"), PAIRS)
def test_place_variants(a: str, b: str, want: str) -> None:
    assert compare_places(a, b) == want
    assert compare_places(b, a) == want
