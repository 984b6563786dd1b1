"""The footer shows each key whole or not at all: at 80 and 120 columns the last key that reached
the palette key was cut mid-word ("c Compa▏^p palette", "v Verifi")."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey

from tests.ui.conftest import fixture_app, settle
from tests.ui.test_compare import compare_app, open_compare


def footer_line(pilot: Pilot[None]) -> str:
    """The bottom line of the screen as drawn."""
    strips = pilot.app.screen._compositor.render_strips()
    return "".join(segment.text for segment in strips[-1])


def words_of_shown_keys(pilot: Pilot[None]) -> list[str]:
    """Each footer key shown, as 'key description'."""
    keys = [k for k in pilot.app.screen.query(FooterKey) if k.display and k.description]
    return [f"{k.key_display} {k.description}" for k in keys]


async def wait_for_footer(pilot: Pilot[None]) -> None:
    for _ in range(20):
        await pilot.pause(0.02)


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_reader_footer_keys_are_whole_or_absent(width: int) -> None:
    async with fixture_app().run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await wait_for_footer(pilot)
        line = " ".join(footer_line(pilot).split())
        shown = words_of_shown_keys(pilot)
        assert shown and shown[0].startswith("j/k")
        for key in shown:
            assert " ".join(key.split()) in line, (key, line)
        assert "^p palette" in line


@pytest.mark.parametrize("width", [80, 120])
async def test_comparison_footer_keys_are_whole_or_absent(width: int) -> None:
    async with compare_app().run_test(size=(width, 24)) as pilot:
        await open_compare(pilot)
        await wait_for_footer(pilot)
        line = " ".join(footer_line(pilot).split())
        shown = words_of_shown_keys(pilot)
        assert any("Help" in k for k in shown)
        for key in shown:
            assert " ".join(key.split()) in line, (key, line)
