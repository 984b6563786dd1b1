"""The comparison's picker (the dialog that asks which reports to compare, opened by `c` in a
folder of many reports) reads at 4.5:1 in every built-in theme, as the terminal gets it: its
filter, its listing (ticked, highlighted, plain) and its hint, as test_contrast checks the other
dialogs."""

from __future__ import annotations

from collections.abc import Callable

from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_picker import PICK_OVER, ComparePicker
from tests.ui.conftest import settle
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare_picker import _files
from tests.ui.test_contrast import illegible_in_every_theme


async def test_the_picker_reads_in_every_theme(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    failures: list[str] = []
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ComparePicker)
        for keys in ((), ("tab", "down")):  # the filter focused, then the listing
            for key in keys:
                await pilot.press(key)
            await settle(pilot)
            failures += await illegible_in_every_theme(pilot, f" {keys}")
    assert not failures, "\n".join(failures)
