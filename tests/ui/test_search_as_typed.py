"""Search finds what a user types on a keyboard in what a newspaper printed: straight quotes and
apostrophes find curly ones, a hyphen finds dashes, spaces find line breaks, a bare letter finds
its accented forms. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.search import TextSearch
from tests.ui.conftest import reader, settle
from tests.ui.fakes import fake_analyse

TEXT = (
    "The ferry’s captain said he “didn’t see the flames” until 7.40pm.\n"
    "Between 7–9 passengers were treated at the Café Marée in São\n"
    "Miguel, and one was flown to Ponta  Delgada.\n"
)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("didn't", "didn’t"),
        ("\"didn't see", "“didn’t see"),
        ("ferry's", "ferry’s"),
        ("7-9", "7–9"),
        ("cafe maree", "Café Marée"),
        ("sao miguel", "São\nMiguel"),
        ("Ponta Delgada", "Ponta  Delgada"),
        ("7.40pm", "7.40pm"),
    ],
)
def test_a_term_typed_on_a_keyboard_finds_the_printed_words(typed: str, found: str) -> None:
    search = TextSearch()
    hit = search.run(TEXT, typed)
    assert hit is not None and TEXT[hit[0] : hit[1]] == found


@pytest.mark.parametrize("typed", ["cafè", "7x40pm", "Ponta-Delgada", "  "])
def test_what_is_typed_exactly_is_not_widened(typed: str) -> None:
    assert TextSearch().run(TEXT, typed) is None


async def test_the_reader_finds_curly_quotes_from_straight_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2022-05-01\n" + TEXT, encoding="utf-8")
    app = ReaderApp(load_corpus([tmp_path]), analyser=fake_analyse)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("slash", *"\"didn't see", "enter")
        await pilot.pause()
        hits = screen.search.hits
        assert len(hits) == 1
        start, end = hits[0]
        assert screen.source.text[start:end] == "“didn’t see"
        assert screen.source._layers["search-current"].spans == [hits[0]]
