"""With many reports the comparison first asks which to compare: filter, tick, enter."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

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


def _shown(picker: ComparePicker) -> list[str]:
    listing = picker.listing
    return [listing.get_option_at_index(i).value for i in range(listing.option_count)]


async def _compared(pilot: Pilot[None]) -> tuple[str, ...]:
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    for _ in range(50):
        if screen.index is not None:
            break
        await pilot.pause(0.02)
    return screen.articles


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
        await pilot.press("enter")
        assert await _compared(pilot) == ("r00", "r01")


async def test_a_filter_ticks_what_it_shows_and_enter_compares_them(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        await pilot.press(*"rrow")  # Carrow and Farrow; the opening two are not among them
        await pilot.pause()
        assert _shown(picker) == ["r02", "r05"]  # no report the filter does not show
        assert picker.chosen == ["r02", "r05"] == picker.listing.selected
        await pilot.press("enter")
        assert await _compared(pilot) == ("r02", "r05")


async def test_a_filter_showing_many_keeps_the_opening_two_ticked(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        await pilot.press(*"2021")  # every report: too many to tick for the user
        await pilot.pause()
        assert len(_shown(picker)) == PICK_OVER + 2  # the ticks stay, listed and ticked (s22 #7)
        assert picker.chosen == ["r00", "r01"] == picker.listing.selected
        await pilot.press(*["backspace"] * 4)
        await pilot.pause()
        assert picker.chosen == ["r00", "r01"] == picker.listing.selected


async def test_once_the_user_ticks_the_filter_keeps_their_ticks(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        picker.listing.focus()
        await pilot.pause()
        await pilot.press("space")  # unticks r00, the highlighted one: the user's choice now
        await pilot.pause()
        assert picker.chosen == ["r01"] and not picker.suggested
        picker.query_one("#compare-picker-filter").focus()
        await pilot.press(*"dunmere")
        await pilot.pause()
        assert _shown(picker) == ["r01", "r03"]  # what they ticked stays listed
        assert picker.chosen == ["r01"]


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


async def test_a_ticked_box_reads_apart_from_an_unticked_one_without_colour(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    """Textual draws every box as ▐X▌ and tells ticked from not by colour alone: on a
    monochrome terminal (or at a glance) every report looked ticked."""
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        listing = picker.listing
        lines = ["".join(s.text for s in listing.render_line(y)) for y in range(4)]
        assert lines[0].startswith("▐✓▌") and lines[1].startswith("▐✓▌")  # r00, r01 ticked
        assert lines[2].startswith("▐ ▌") and lines[3].startswith("▐ ▌")


async def test_the_picker_shows_its_own_keys_not_the_readers(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(_files(PICK_OVER + 2)), analyser=fake_analyse)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        footer = picker.query_one(Footer)
        keys = {k.description for k in footer.query(FooterKey)}
        assert "Cancel" in keys and "Compare" in keys
        assert "Verified" not in keys


async def test_at_80_columns_each_report_shows_its_date(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    """Reports of one story share their title's opening words; the date (and outlet) came after
    the title and were cut off at 80 columns, so the picker's rows could not be told apart."""
    files: dict[str, str | bytes] = {
        f"r{k:02d}.txt": f" date 2021-09-{k + 1:02d}\nA lorry crashed into a bus shelter on the "
        f"ring road in the town centre this morning, injuring {k + 2} people.\n"
        for k in range(PICK_OVER + 2)
    }
    app = ReaderApp(make_corpus(files), analyser=fake_analyse)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        listing = picker.listing
        lines = ["".join(s.text for s in listing.render_line(y)) for y in range(3)]
        assert ["2021-09-01" in lines[0], "2021-09-02" in lines[1], "2021-09-03" in lines[2]] == [
            True,
            True,
            True,
        ]
