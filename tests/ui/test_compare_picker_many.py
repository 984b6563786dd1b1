"""The compare picker with many reports: every key reaches the filter as typed, the list follows
once typing pauses (one rebuild per burst, not one per key), enter right after typing compares
what the filter shows, and a report whose file has no date lists its inferred one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from textual.app import App
from textual.widgets import Input, SelectionList

from incident_reader.core.model import Corpus, DctSource
from incident_reader.ui.screens.compare_open import known_dates
from incident_reader.ui.state import ReaderState
from incident_reader.ui.widgets import compare_picker
from incident_reader.ui.widgets.compare_picker import (
    FILTER_AT_ONCE_UP_TO,
    PICK_OVER,
    ComparePicker,
    matches,
    narrows,
)
from tests.ui.fakes import fake_analyse

TOWNS = ["Ashby", "Brack", "Carrow", "Dunmere", "Elsing", "Farrow", "Gorse", "Hale", "Ilby"]
MANY = FILTER_AT_ONCE_UP_TO + 40


def _files(n: int) -> dict[str, str | bytes]:
    return {
        f"r{k:03d}.txt": f" date 2021-{k % 12 + 1:02d}-{k % 28 + 1:02d}\nA lorry hit a shelter in "
        f"{TOWNS[k % len(TOWNS)]} ward {k}.\n{k % 7 + 2} people were injured.\n"
        for k in range(n)
    }


class _Host(App[None]):
    def __init__(self, picker: ComparePicker) -> None:
        super().__init__()
        self.picker = picker

    def on_mount(self) -> None:
        self.push_screen(self.picker)


def _shown(picker: ComparePicker) -> list[str]:
    listing = picker.listing
    return [listing.get_option_at_index(i).value for i in range(listing.option_count)]


async def test_a_burst_of_keys_reaches_the_filter_and_rebuilds_the_list_once(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compare_picker, "FILTER_PAUSE", 1.0)  # a burst, however busy the machine
    reports = make_corpus(_files(MANY)).reports
    picker = ComparePicker(reports)
    async with _Host(picker).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        rebuilds = 0
        listing = picker.listing
        clear = listing.clear_options

        def counted() -> SelectionList[str]:
            nonlocal rebuilds
            rebuilds += 1
            return clear()

        listing.clear_options = counted  # type: ignore[method-assign]
        await pilot.press(*"farrow ward 23")
        assert picker.query_one("#compare-picker-filter", Input).value == "farrow ward 23"
        while picker.filter_pending:
            await pilot.pause(0.02)
        await pilot.pause()
        want = [r.id for r in reports if matches(r, "farrow ward 23")]
        assert 0 < len(want) <= PICK_OVER
        assert _shown(picker) == want and rebuilds == 1
        assert picker.chosen == want  # few enough to compare: ticked


async def test_enter_right_after_typing_compares_what_the_filter_shows(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    reports = make_corpus(_files(MANY)).reports
    picker = ComparePicker(reports)
    want = [r.id for r in reports if matches(r, "ilby ward 10")]
    assert 2 <= len(want) <= PICK_OVER
    async with _Host(picker).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*"ilby ward 10", "enter")  # before the list followed the filter
        await pilot.pause()
        assert picker.chosen == want


def test_letters_typed_on_narrow_the_filter() -> None:
    assert narrows("far", "farr") and narrows("", "far") and narrows("far", "farrow wa")
    assert not narrows("farrow", "far") and not narrows("far wa", "far")


async def test_an_undated_report_lists_its_inferred_date(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    files = _files(FILTER_AT_ONCE_UP_TO + 1)
    files["undated.txt"] = (
        "Crane falls on Tollby high street\n"
        "A crane fell onto shops in Tollby on Tuesday 4 March 2025, police said today.\n"
    )
    reports = make_corpus(files).reports
    picker = ComparePicker(reports)
    async with _Host(picker).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await picker.app.workers.wait_for_complete()
        await pilot.pause()
        listing = picker.listing
        line = next(
            str(listing.get_option_at_index(i).prompt)
            for i in range(listing.option_count)
            if listing.get_option_at_index(i).value == "undated"
        )
        assert line.startswith("2025-03-04 (inferred) · ")
        await pilot.press(*"inferred")
        while picker.filter_pending:
            await pilot.pause(0.02)
        await pilot.pause()
        assert _shown(picker) == ["undated"]


def test_the_reader_gives_the_picker_the_dates_it_inferred_or_was_given(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    files = _files(2)
    files["undated.txt"] = "A crane fell onto shops in Tollby.\n"
    corpus = make_corpus(files)
    report = next(r for r in corpus.reports if r.id == "undated")
    analysis = fake_analyse(report, None)
    state = ReaderState(corpus)
    state.analyses["undated"] = replace(analysis, dct="2025-03-05", dct_source=DctSource.INFERRED)
    assert known_dates(state) == {"undated": "2025-03-05 (inferred)"}
    state.dct_overrides["r000"] = "2021-02-02"
    assert known_dates(state)["r000"] == "2021-02-02 (user)"
