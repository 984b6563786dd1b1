"""A screen laid out once is not laid out again for nothing: Textual hands each widget the
virtual size its layout found through a reactive that asks for another layout, which would find
the same places (screens.styled_once); the reader's lists and text set theirs without one
(widgets.virtual_size). A scrollbar coming or going still lays the screen out."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from incident_reader.ui.screens.reader import ReaderScreen
from tests.ui.conftest import fixture_app, reader, settle


def _places(screen: ReaderScreen) -> list[object]:
    return [(w, w.region, w.virtual_size) for w in screen.walk_children(Widget)]


async def test_the_reader_s_first_layout_leaves_no_widget_asking_for_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asking: list[list[Widget]] = []
    refresh_layout = ReaderScreen._refresh_layout

    def noted(self: ReaderScreen, *args: object, **kwargs: object) -> None:
        nodes = self.walk_children(Widget, with_self=True)
        before = {node for node in nodes if node._layout_required}  # asked for by others
        refresh_layout(self, *args, **kwargs)  # type: ignore[arg-type]
        nodes = self.walk_children(Widget, with_self=True)
        asking.append([node for node in nodes if node._layout_required and node not in before])

    monkeypatch.setattr(ReaderScreen, "_refresh_layout", noted)
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert asking and all(nodes == [] for nodes in asking)  # Textual's own left six
        screen = reader(pilot)
        laid_out = _places(screen)
        screen._refresh_layout()  # what a second layout finds: the same places
        await pilot.pause()
        assert _places(screen) == laid_out
