"""Below 100 columns the comparison shows one report beside the table; tab brings the other."""

from __future__ import annotations

from tests.ui.test_compare import compare_app, open_compare


async def test_at_80_columns_one_report_stands_beside_the_table_and_tab_swaps_it() -> None:
    async with compare_app().run_test(size=(80, 24)) as pilot:
        screen = await open_compare(pilot)
        a, b, table = screen.view_a, screen.view_b, screen.table
        assert a.region.width >= 28 and b.region.width == 0  # was 18 columns each, and B shown
        assert table.region.width >= 45
        for _ in range(3):  # tab until report B has the focus: it takes A's place
            if screen.focused is b:
                break
            await pilot.press("tab")
            await pilot.pause()
        assert screen.focused is b
        await pilot.pause()
        assert b.region.width >= 28 and a.region.width == 0
        await pilot.press("tab")  # on to report A: it comes back
        await pilot.pause()
        assert screen.focused is a and a.region.width >= 28 and b.region.width == 0


async def test_at_120_columns_both_reports_stand_beside_the_table() -> None:
    async with compare_app().run_test(size=(120, 30)) as pilot:
        screen = await open_compare(pilot)
        assert screen.view_a.region.width > 0 and screen.view_b.region.width > 0
