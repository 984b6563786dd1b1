"""Search in the comparison (/ n N), and the reader's keys there: a word typed after `/` is a
search, never keys ("silver" used to show conflicts only and mark a row inconclusive and
verified in both reports), and a key that means nothing beside two reports says so."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from incident_reader.core.store import Store
from tests.ui.test_compare import compare_app, open_compare


async def test_a_word_typed_after_slash_is_a_search_not_keys(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    async with compare_app(store=store).run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        shown = screen.filter
        await pilot.press("slash", *"van", "enter")
        await pilot.pause()
        assert screen.filter == shown  # no 's', 'v' or 'i' reached the view
        assert store.all_marks() == []
        view = screen.view_of(screen.a)
        hits = list(view._layers["search"].spans)
        assert hits and all(view.text[s:e].lower() == "van" for s, e in hits)
        first = list(view._layers["search-current"].spans)
        await pilot.press("n")
        await pilot.pause()
        assert list(view._layers["search-current"].spans) != first
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(screen.focused, Input)
        await pilot.press("escape")  # closes the bar, not the comparison
        await pilot.pause()
        assert pilot.app.screen is screen and not screen.search_bar_open()
        await pilot.press("escape")  # now leaves, and the search goes with it
        await pilot.pause()
        assert pilot.app.screen is not screen and not view._layers["search"].spans
    store.close()


async def test_a_reader_key_in_the_comparison_says_where_it_works() -> None:
    async with compare_app().run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        await pilot.press("o")  # (e and h act on the row here)
        await pilot.pause()
        said = [n.message for n in pilot.app._notifications]
        assert any(m.startswith("o works in the reader, not in the comparison") for m in said)
        assert pilot.app.screen is screen
