"""The help names every key the reader and the comparison bind, so no key is found by chance."""

from __future__ import annotations

import re

from textual.binding import Binding

from incident_reader.ui.app import ReaderApp
from incident_reader.ui.keys import KEYS, READER_BINDINGS
from incident_reader.ui.widgets.compare_commands import COMPARE_BINDINGS

SHOWN_AS = {
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "slash": "/",
    "question_mark": "?",
}


def test_every_bound_key_of_the_reader_and_the_comparison_is_in_the_help() -> None:
    words = {w for keys, text in KEYS for w in re.split(r"[\s,;:()]+", f"{keys} {text}") if w}
    missing = []
    for binding in (*READER_BINDINGS, *COMPARE_BINDINGS, *ReaderApp.BINDINGS):
        key = binding.key if isinstance(binding, Binding) else binding[0]
        missing += [k for k in key.split(",") if SHOWN_AS.get(k, k) not in words]
    assert missing == []


async def test_the_footer_shows_the_help_key_at_80_columns_in_the_reader_and_comparison() -> None:
    from textual.widgets._footer import FooterKey

    from tests.ui.test_compare import compare_app, open_compare

    def help_key_visible(screen: object, width: int) -> bool:
        keys = [k for k in screen.query(FooterKey) if k.action == "help"]  # type: ignore[attr-defined]
        return bool(keys) and keys[0].region.width > 0 and keys[0].region.right <= width - 12

    async with compare_app().run_test(size=(80, 24)) as pilot:
        screen = await open_compare(pilot)
        await pilot.pause()
        assert help_key_visible(screen, 80)
        await pilot.press("escape")
        await pilot.pause()
        assert help_key_visible(pilot.app.screen, 80)
