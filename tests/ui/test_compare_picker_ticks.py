"""The compare picker's ticks belong to reports, not to rows: a filter showing many reports keeps
the ticks (listed, shown ticked), space ticks the report under the cursor and no other, and
clearing the filter shows the same reports ticked (review s22 #7)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App

from incident_reader.core.model import Corpus
from incident_reader.ui.widgets.compare_picker import ComparePicker

TOWNS = ["Marlow", "Yarnby", "Tolland"]


def _files(n: int) -> dict[str, str | bytes]:
    return {
        f"r{k:02d}.txt": f" date 2024-03-{k % 28 + 1:02d}\nA tram left the rails in "
        f"{TOWNS[k % len(TOWNS)]}\n\nA tram left the rails in {TOWNS[k % len(TOWNS)]} at {k}:15."
        for k in range(n)
    }


class _Host(App[None]):
    def __init__(self, picker: ComparePicker) -> None:
        super().__init__()
        self.picker = picker

    def on_mount(self) -> None:
        self.push_screen(self.picker)


def _boxes(picker: ComparePicker) -> dict[str, bool]:
    """Each listed report -> whether the box drawn on its line shows a tick."""
    listing = picker.listing
    drawn = {}
    for y in range(min(listing.option_count, listing.scrollable_content_region.height)):
        value = listing.get_option_at_index(listing.scroll_offset.y + y).value
        drawn[value] = list(listing.render_line(y))[1].text == "✓"
    return drawn


async def test_a_filter_keeps_the_ticks_shown_and_space_ticks_the_report_under_the_cursor(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    picker = ComparePicker(make_corpus(_files(30)).reports)
    async with _Host(picker).run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert picker.chosen == ["r00", "r01"]
        await pilot.press(*"yarnby")  # ten reports, r01 among them: too many to tick for the user
        await pilot.pause()
        assert picker.chosen == ["r00", "r01"]  # the filter drops no tick unseen
        boxes = _boxes(picker)
        assert boxes["r00"] and boxes["r01"] and not boxes["r04"]  # drawn as they are
        await pilot.press("down", "down", "space")  # the cursor on r01: untick it, and only it
        await pilot.pause()
        under = picker.listing.get_option_at_index(picker.listing.highlighted or 0).value
        assert under == "r01" and picker.chosen == ["r00"]
        assert not _boxes(picker)["r01"] and _boxes(picker)["r00"]
        await pilot.press("down", "space")  # r04, the next row: another Yarnby report
        await pilot.pause()
        assert picker.chosen == ["r00", "r04"] and _boxes(picker)["r04"]
        await pilot.press("shift+tab", *["backspace"] * 6)  # no filter: the same reports ticked
        await pilot.pause()
        assert picker.chosen == ["r00", "r04"] == sorted(picker.listing.selected)
        boxes = _boxes(picker)
        assert [r for r, ticked in boxes.items() if ticked] == ["r00", "r04"]
