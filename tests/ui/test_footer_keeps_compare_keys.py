"""At 80x24 the footer keeps the keys that act on the comparison (review s23 #13): the reader's
`c Compare`, the comparison's `v Verified` and `x Disputed` (they came last and were the first
keys FittedFooter hid); the help still lists every key."""

from __future__ import annotations

from tests.ui.conftest import fixture_app, settle
from tests.ui.test_compare import compare_app, open_compare
from tests.ui.test_footer_fits import footer_line, wait_for_footer, words_of_shown_keys


async def test_reader_footer_at_80_columns_keeps_compare() -> None:
    async with fixture_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await wait_for_footer(pilot)
        assert "c Compare" in words_of_shown_keys(pilot)
        assert "c Compare" in footer_line(pilot)


async def test_comparison_footer_at_80_columns_keeps_v_and_x() -> None:
    async with compare_app().run_test(size=(80, 24)) as pilot:
        await open_compare(pilot)
        await wait_for_footer(pilot)
        shown = words_of_shown_keys(pilot)
        line = footer_line(pilot)
        for key in ("v Verified", "x Disputed", "esc Back", "? Help", "f Next !"):
            assert key in shown, shown
            assert key in line, line


async def test_reader_footer_at_100_and_80_columns_shows_how_to_quit_and_get_help() -> None:
    for size in ((100, 30), (80, 24)):
        async with fixture_app().run_test(size=size) as pilot:
            await settle(pilot)
            await wait_for_footer(pilot)
            shown, line = words_of_shown_keys(pilot), footer_line(pilot)
            for key in ("q Quit", "? Help"):
                assert key in shown, (size, shown)
                assert key in line, (size, line)
