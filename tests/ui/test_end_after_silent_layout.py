"""The text's first scroll by the user stays where the user put it, even when the layout before
it changed the text's box without a Resize reaching the text (Textual does not always send one:
the progress bar left, the text grew a line, and `tab` `end` was then pulled back to the selected
entry, as if the text had been laid out again)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.source_view import SourceView
from tests.ui.conftest import reader
from tests.ui.test_snapshots import _seed_settled

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


async def test_end_in_the_text_stays_at_the_end_when_no_resize_came(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_resize(self: SourceView, event: events.Resize) -> None:
        """The Resize that Textual sometimes leaves out, left out every time."""

    monkeypatch.setattr(SourceView, "on_resize", no_resize)
    app = ReaderApp(load_corpus([SEEDS]))
    async with app.run_test(size=(120, 30)) as pilot:
        await _seed_settled(pilot)  # the progress bar has gone: the text's box grew
        screen = reader(pilot)
        source = screen.source
        assert source.scroll_y == 0
        await pilot.press("tab", "end")
        for _ in range(3):
            await pilot.pause()
        assert source.scroll_y == source.max_scroll_y > 0
