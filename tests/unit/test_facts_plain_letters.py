"""Names in any Latin spelling: the rules read accented letters as plain ones and the facts come
back in the report's own letters (facts/letters.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incident_reader.core.analysis import analyse
from incident_reader.core.facts.letters import Restorer, plain_letters
from incident_reader.core.model import DctSource, Report


def _report(text: str) -> Report:
    return Report(
        id="r", path=Path("r.txt"), title=text.split("\n")[0], text=text, dct="2026-03-22",
        dct_source=DctSource.HEADER, sha1="0",
    )  # fmt: skip


def _facts(text: str, kind: str) -> list[tuple[object, str]]:
    return [(f.value, f.text) for f in analyse(_report(text)).facts if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Wrocanów", "Wrocanow"),
        ("Łódź and Đà Nẵng", "Lodz and Da Nang"),
        ("Ærøskøbing, Straße", "Arøskobing, Strase".replace("ø", "o")),
        ("Kadıköy İzmir", "Kadikoy Izmir"),
        ("“Café” – 5 km²; nº 3", "“Cafe” – 5 km²; nº 3"),  # marks that are no letters stay
        ("Москва and Αθήνα", "Москва and Αθήνα"),  # other scripts stay as written
    ],
)
def test_accented_letters_are_read_as_plain_ones_one_for_one(text: str, read: str) -> None:
    assert plain_letters(text) == read
    assert len(plain_letters(text)) == len(text)


def test_a_plain_text_is_the_same_string() -> None:
    text = "A bus crashed on Mill Road."
    assert plain_letters(text) is text


@given(st.text())
def test_reading_plain_keeps_every_offset(text: str) -> None:
    plain = plain_letters(text)
    assert len(plain) == len(text)
    restorer = Restorer(text, plain)
    assert restorer.text(plain, 0, len(text)) == text


PLACES = [
    ("A boardwalk collapsed near Kōpura on Saturday, killing a man.", "kōpura"),
    ("A coach caught fire on the ring road outside Łowicz on Saturday.", "łowicz"),
    ("Two people died when a wall fell on Rua São Bento in Aracê on Friday.", "rua são bento"),
    ("A ferry capsized off Đảo Xanh on Friday, drowning 12.", "đảo xanh"),
    ("Three workers died when a silo exploded at Ærøby on Sunday.", "ærøby"),
]


@pytest.mark.parametrize(("sentence", "place"), PLACES)
def test_places_spelt_with_accents_are_found_in_their_own_spelling(
    sentence: str, place: str
) -> None:
    found = _facts(sentence, "incident.place")
    assert any(place in str(value) for value, _ in found), found
    assert all(quote in sentence for _, quote in found)


SUSPECTS = [
    ("Police arrested Łukasz Wójcik, 41, on Sunday after the crash.", "łukasz wójcik"),
    ("The driver, Şükrü Yıldız, 52, was held by police on Monday.", "şükrü yıldız"),
    ("Gardaí arrested Seán Ó Briain, 33, over the fire on Sunday.", "seán ó briain"),
    ("Police detained the driver, Nguyễn Văn Đức, 38, at the scene.", "nguyễn văn đức"),
    ("Officers arrested Zoë Brønstad, 29, near the scene.", "zoë brønstad"),
]


@pytest.mark.parametrize(("sentence", "name"), SUSPECTS)
def test_suspects_spelt_with_accents_keep_their_spelling(sentence: str, name: str) -> None:
    text = f"A car hit pedestrians on Mill Road on Saturday, injuring four.\n\n{sentence}\n"
    assert [value for value, _ in _facts(text, "suspect.name")] == [name]
