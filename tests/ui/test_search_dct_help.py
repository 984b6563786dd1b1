"""Pilot tests: searching the text, setting a report's DCT, the help screen and the palette."""

from __future__ import annotations

from textual.widgets import Input

from incident_reader.core.model import DctSource
from incident_reader.ui.screens.dct import DctScreen
from incident_reader.ui.screens.help import HelpScreen
from incident_reader.ui.timefmt import parse_dct
from incident_reader.ui.widgets.report_header import ReportHeader
from incident_reader.ui.widgets.timeline import TimelineList
from tests.ui.conftest import fixture_app, reader, settle


async def test_slash_searches_and_n_N_walk_the_hits() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        source = screen.source
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"BRIDGE", "enter")
        await pilot.pause()
        assert isinstance(app.focused, TimelineList)  # focus goes back where it was
        hits = screen.search.hits
        expected = [
            i for i in range(len(source.text)) if source.text[i : i + 6].lower() == "bridge"
        ]
        assert [s for s, _ in hits] == expected
        assert len(hits) >= 5
        first = screen.search.at
        assert source.is_visible(*hits[first])
        assert source._layers["search-current"].spans == [hits[first]]
        await pilot.press("n", "n", "n")
        await pilot.pause()
        assert screen.search.at == (first + 3) % len(hits)
        assert source.is_visible(*hits[screen.search.at])
        header = screen.query_one(ReportHeader).plain
        assert f"{screen.search.at + 1} of {len(hits)}" in header
        await pilot.press("N")
        assert screen.search.at == (first + 2) % len(hits)
        for _ in range(len(hits)):  # wraps around
            await pilot.press("n")
        assert screen.search.at == (first + 2) % len(hits)
        await pilot.press("escape")
        assert screen.search.hits == []
        assert source._layers["search"].spans == []


async def test_search_without_a_match_says_so() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("slash", *"zebra", "enter")
        await pilot.pause()
        assert screen.search.hits == []
        assert any("zebra" in n.message for n in app._notifications)
        await pilot.press("n")  # nothing to walk; no error
        await pilot.press("slash", "escape")
        assert not screen.query_one("#search-bar").display


def test_parse_dct_accepts_dates_and_times_only() -> None:
    assert parse_dct("2019-01-02") == "2019-01-02"
    assert parse_dct(" 2019-01-02T07:05 ") == "2019-01-02T07:05"
    assert parse_dct("2019-01-02 07:05") == "2019-01-02T07:05"
    for bad in ("2019-13-02", "2019-02-30", "2019-1-2", "yesterday", "2019-01-02T25:00", ""):
        assert parse_dct(bad) is None


async def test_d_sets_the_dct_and_reanalyses() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        report_id = app.state.reports[0].id
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DctScreen)
        await pilot.press("ctrl+a", "ctrl+k", *"2019-13-40", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DctScreen)  # a bad date keeps the prompt open
        assert "Not a date" in str(app.screen.query_one("#dct-error").render())
        await pilot.press("ctrl+a", "ctrl+k", *"2020-02-29T08:15", "enter")
        await settle(pilot)
        assert app.screen is screen
        analysis = app.state.analyses[report_id]
        assert app.state.dct_overrides == {report_id: "2020-02-29T08:15"}
        assert (analysis.dct, analysis.dct_source) == ("2020-02-29T08:15", DctSource.USER)
        assert analysis.timeline[-1].timex.value.startswith("2020-02-29T")
        header = screen.query_one(ReportHeader).plain
        assert "2020-02-29 08:15 (user)" in header
        # an empty answer goes back to the file's own date
        await pilot.press("d", "ctrl+a", "ctrl+k", "enter")
        await settle(pilot)
        assert app.state.dct_overrides == {}
        assert app.state.analyses[report_id].dct_source == DctSource.HEADER


async def test_escape_cancels_the_dct_prompt() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("d", "escape")
        await pilot.pause()
        assert app.screen is reader(pilot)
        assert app.state.dct_overrides == {}


async def test_question_mark_shows_help() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader(pilot)


async def test_bindings_have_ids_tooltips_and_keep_reserved_keys_free() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        bound: set[str] = set()
        for _, binding in app.active_bindings.items():
            bound.add(binding.binding.key)
        for node in (reader(pilot), *reader(pilot).query("RowList, SourceView")):
            for binding in node._bindings:
                bound.add(binding[0])
        for key in ("d", "c", "v", "x", "i", "u", "e", "h", "r", "o"):
            assert key in bound, key
        # f / F are the comparison view's (n / N stay with search here): in the reader they only
        # say where they work
        for key in ("f", "F"):
            actions = {
                b.binding.action for k, b in app.active_bindings.items() if b.binding.key == key
            }
            assert actions == {f"in_comparison('{key}')"}, (key, actions)
        from textual.binding import Binding

        from incident_reader.ui.app import ReaderApp
        from incident_reader.ui.screens.reader import ReaderScreen
        from incident_reader.ui.widgets.row_list import RowList
        from incident_reader.ui.widgets.source_view import SourceView

        ours = [
            *ReaderApp.BINDINGS,
            *ReaderScreen.BINDINGS,
            *RowList.BINDINGS,
            *SourceView.BINDINGS,
        ]
        for declared in ours:
            assert isinstance(declared, Binding)
            assert declared.id, declared
            assert declared.tooltip or not declared.show, declared


async def test_command_palette_runs_reader_actions() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Next report")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert reader(pilot).report_index == 1
