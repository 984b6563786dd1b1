"""Start-up shortcuts keep the styles right: the first restyle the reader skips, the breakpoint
class it is built with, the footer and search bar it mounts late."""

from __future__ import annotations

import pytest
from textual.widgets import Footer, Input

from tests.ui.conftest import fixture_app, reader, settle


async def test_theme_change_after_start_restyles_every_widget() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        dark = screen.source.rich_style.bgcolor
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert screen.source.rich_style.bgcolor != dark
        assert screen._styled_at_mount is None  # the one skip is spent


async def test_skipped_restyle_leaves_styles_as_a_full_restyle_makes_them() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        widgets = [screen.source, screen.timeline, screen.facts, screen.reports]
        before = [(w.rich_style, w.styles.border) for w in widgets]
        app.update_styles(screen)  # what Textual's first restyle would have done
        await pilot.pause()
        assert [(w.rich_style, w.styles.border) for w in widgets] == before


@pytest.mark.parametrize(("width", "wanted"), [(160, "-wide"), (100, "-narrow")])
async def test_screen_is_built_with_its_breakpoint_class(width: int, wanted: str) -> None:
    app = fixture_app()
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert screen.has_class(wanted)
        other = "-narrow" if wanted == "-wide" else "-wide"
        assert not screen.has_class(other)
        narrow_list = screen.reports.region.height == 6  # app.tcss: 6 rows above the text
        assert narrow_list == (wanted == "-narrow")
        await pilot.resize_terminal(200 if wanted == "-narrow" else 90, 40)
        await pilot.pause()
        await pilot.pause()
        assert screen.has_class(other) and not screen.has_class(wanted)
        assert (screen.reports.region.height == 6) == (other == "-narrow")  # restyled for it


async def test_footer_arrives_after_the_first_frame_and_search_input_on_first_search() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert len(screen.query(Footer)) == 1
        assert len(screen.query(Input)) == 0
        await pilot.press("slash")
        await pilot.pause()
        assert len(screen.query(Input)) == 1
        assert isinstance(screen.focused, Input)
        await pilot.press("escape")
        await pilot.press("slash")  # a second search reuses the input
        await pilot.pause()
        assert len(screen.query(Input)) == 1


async def test_rows_rewrap_when_a_scrollbar_appears_without_a_resize() -> None:
    from textual.app import App, ComposeResult

    from incident_reader.ui.widgets.row_list import RowList, TextRow

    class OneList(App[None]):
        CSS = "RowList { width: 20; height: 5; scrollbar-size-vertical: 1; }"

        def compose(self) -> ComposeResult:
            yield RowList()

    async with OneList().run_test(size=(40, 10)) as pilot:
        rows = pilot.app.query_one(RowList)
        rows.set_rows([TextRow("short", "dim")])
        await pilot.pause()
        assert rows._layout_width == 19  # 20 cells less the gutter: no scrollbar yet
        rows.set_rows([TextRow(f"row {i}", "dim") for i in range(8)])
        await pilot.pause()
        await pilot.pause()
        assert rows.scrollable_content_region.width == 19  # the scrollbar took a column
        assert rows._layout_width == 18  # and the rows wrap in what is left


async def test_first_report_text_is_set_once_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    from incident_reader.ui.widgets.source_view import SourceView

    calls: list[int] = []
    original = SourceView.set_text

    def counting(self: SourceView, text: str) -> None:
        calls.append(len(text))
        original(self, text)

    monkeypatch.setattr(SourceView, "set_text", counting)
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert len(calls) == 1  # on_mount shows it; mounting the lists does not wrap it again
        assert reader(pilot).timeline.rows  # and the lists did arrive


@pytest.mark.parametrize("width", [80, 100, 110, 120, 130, 140, 150, 160, 200])
async def test_the_text_is_never_the_narrowest_pane(width: int) -> None:
    app = fixture_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        text, side = screen.source.size.width, screen.query_one("#side").size.width
        assert text >= side, f"text {text} columns, side pane {side} at {width}"
        assert text >= 0.35 * width  # 22 columns of 120 before


async def test_a_resize_to_the_size_laid_out_skips_the_layout_and_a_new_size_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual import events
    from textual.geometry import Size

    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        layouts: list[Size | None] = []
        original = screen._refresh_layout

        def counted(size: Size | None = None, scroll: bool = False) -> None:
            layouts.append(size)
            original(size, scroll)

        monkeypatch.setattr(screen, "_refresh_layout", counted)
        screen.post_message(events.Resize(app.size, app.size))
        await pilot.pause()
        await pilot.pause()
        assert layouts == []  # the start-up's repeated Resize: nothing to lay out again
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        await pilot.pause()
        assert layouts  # another size: laid out again
        assert screen.reports.region.height == 6  # narrow: the list above the text


async def test_focus_moves_restyle_as_a_full_restyle_would() -> None:
    """The reader restyles only the :focus-within ancestors when the focus moves (not all under
    them): after each move the styles equal what restyling the whole screen gives."""
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        side = screen.query_one("#side")

        def styles() -> list[object]:
            lists = [screen.timeline, screen.facts, screen.reports]
            cursors = [w.get_component_rich_style("row-list--cursor") for w in lists]
            widgets = [side, screen.source, *lists]
            return [*cursors, *[(w.styles.border, w.rich_style) for w in widgets]]

        borders = []
        for key in ("tab", "tab", "tab", "t", "shift+tab"):
            await pilot.press(key)
            await pilot.pause()
            now = styles()
            borders.append(side.styles.border_top)
            app.update_styles(screen)  # what Textual's own restyle would make of it
            await pilot.pause()
            assert styles() == now, key
        assert len(set(borders)) == 2  # the side pane's border did follow the focus


async def test_the_help_skips_its_first_restyle_and_styles_as_a_full_restyle_would() -> None:
    from incident_reader.ui.screens.help import HelpScreen

    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert help_screen._styled_at_mount is None  # the one skip is spent
        widgets = [help_screen, *help_screen.query("*")]
        before = [(w.rich_style, w.styles.border, w.region) for w in widgets]
        app.update_styles(help_screen)
        await pilot.pause()
        assert [(w.rich_style, w.styles.border, w.region) for w in widgets] == before
