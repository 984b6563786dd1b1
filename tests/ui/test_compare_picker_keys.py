"""The picker of many reports: space ticks as its title says (the focus is on the list, not the
filter, where space typed a space), letters go to the filter, the cursor's line stands out, and
a notice shows at once while it is built (1,000 reports took seconds with nothing on screen)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

from textual.widgets import Input

from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_picker import PICK_OVER, ComparePicker
from tests.ui.conftest import settle
from tests.ui.contrast import contrast
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare_picker import _files
from tests.ui.test_undo_marks import said


async def _picker(app: ReaderApp, pilot: object) -> ComparePicker:
    for _ in range(50):
        if isinstance(app.screen, ComparePicker):
            break
        await pilot.pause(0.02)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, ComparePicker)
    return app.screen


async def test_space_ticks_and_letters_filter(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        assert any("Listing 10 reports" in n for n in said(app))  # told at once
        picker = await _picker(app, pilot)
        assert picker.listing.has_focus
        await pilot.press("space")  # unticks r00, the highlighted one
        await pilot.pause()
        field = picker.query_one("#compare-picker-filter", Input)
        assert picker.chosen == ["r01"] and field.value == ""
        await pilot.press(*"dun")
        await pilot.pause()
        assert field.value == "dun" and field.has_focus
        await pilot.press("down")  # back to the list, where space ticks again
        await pilot.pause()
        assert picker.listing.has_focus
        before = list(picker.chosen)
        await pilot.press("space")
        await pilot.pause()
        assert field.value == "dun" and picker.chosen != before


async def test_the_cursor_line_has_its_own_background(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        picker = await _picker(app, pilot)
        listing = picker.listing

        def text_background(y: int) -> tuple[int, int, int]:
            strip = listing.render_line(y)
            # a cell of the report's description, past the tick box
            colour = [seg.style.bgcolor for seg in strip if seg.text.strip() and seg.style][-1]
            assert colour is not None
            triplet = colour.get_truecolor()
            return (triplet.red, triplet.green, triplet.blue)

        # The cursor's line stands apart from the others (1.3:1 before: only the box showed).
        assert contrast(text_background(0), text_background(1)) >= 2.0


def test_the_picker_opens_without_loading_the_pipeline() -> None:
    code = (
        "import sys\n"
        "from incident_reader.ui.screens import compare_open\n"
        "from incident_reader.ui.widgets import compare_picker\n"
        "assert 'incident_reader.ui.screens.compare' not in sys.modules\n"
        "assert 'incident_reader.core.analysis' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
