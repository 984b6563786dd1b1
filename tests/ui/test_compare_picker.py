"""With many reports the comparison first asks which to compare: filter, tick, enter."""

from __future__ import annotations

from collections.abc import Callable

from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.compare import CompareScreen
from incident_reader.ui.widgets.compare_picker import PICK_OVER, ComparePicker, matches
from tests.ui.conftest import settle
from tests.ui.fakes import fake_analyse


def _files(n: int) -> dict[str, str | bytes]:
    towns = ["Ashby", "Brack", "Carrow", "Dunmere", "Elsing", "Farrow", "Gorse", "Hale", "Ilby"]
    return {
        f"r{k:02d}.txt": f" date 2021-09-{k + 1:02d}\nA lorry hit a shelter in "
        f"{towns[k % len(towns)]}.\n{k + 2} people were injured.\n"
        for k in range(n)
    }


async def test_many_reports_ask_which_to_compare_first(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        assert picker.chosen == ["r00", "r01"]  # the report being read and the next
        await pilot.press(*"dunmere")
        await pilot.pause()
        shown = [
            picker.listing.get_option_at_index(i).value for i in range(picker.listing.option_count)
        ]
        assert shown == ["r00", "r01", "r03"]  # the ticked stay listed
        picker.listing.select("r03")
        await pilot.pause()
        assert picker.chosen == ["r00", "r01", "r03"]
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        for _ in range(50):
            if screen.index is not None:
                break
            await pilot.pause(0.02)
        assert screen.articles == ("r00", "r01", "r03")


async def test_escape_leaves_the_picker_without_comparing(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 1)), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ComparePicker)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (ComparePicker, CompareScreen))


def test_the_filter_reads_title_outlet_file_and_date(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    report = make_corpus(_files(3)).reports[2]
    assert matches(report, "carrow") and matches(report, "2021-09-03") and matches(report, "r02")
    assert not matches(report, "ashby")
