"""The timeline puts the report's own moments first, groups a repeated expression, folds the
earlier incidents under a heading, and keeps each entry to one or two lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.row_list import TextRow
from incident_reader.ui.widgets.timeline import FoldRow, TimelineRow
from tests.ui.conftest import fixture_app, reader, settle
from tests.ui.contrast import rendered_cells
from tests.ui.fakes import fake_analyse
from tests.ui.test_marks import marked_app

STORY = (
    " date 2021-05-06\n"
    "Crews arrived at 9.15am after the alarm.\n"
    "The road was shut at 7.30am by the council.\n"
    "By 9.15am the smoke had cleared, a spokesman said.\n"
    "March 2, 2019: a fire in the same block at 4pm injured two.\n"
    "Officers said 9.15am was when the last crew left.\n"
)


def _app(make_corpus: Callable[[dict[str, str | bytes]], Corpus]) -> ReaderApp:
    return ReaderApp(make_corpus({"story.txt": STORY}), analyser=fake_analyse)


def _words(rows: Sequence[object]) -> list[str]:
    return [
        r.entry.timex.text if isinstance(r, TimelineRow) else r.text
        for r in rows
        if isinstance(r, TimelineRow | TextRow)
    ]


async def test_own_moments_first_repeats_grouped_earlier_incidents_folded(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = _app(make_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        timeline = reader(pilot).timeline
        rows = timeline.rows
        assert _words(rows) == ["7.30am", "9.15am", "▸ Earlier incident it recalls: 1 (2 times)"]
        group = rows[1]
        assert isinstance(group, TimelineRow) and group.repeats == 3 and group.folded
        assert all(r.height(60) <= 2 for r in rows)  # one or two lines an entry, not four
        # space opens the group under the cursor: its other mentions, indented, follow it
        timeline.cursor = 1
        await pilot.press("space")
        await pilot.pause()
        assert _words(timeline.rows)[1:4] == ["9.15am", "9.15am", "9.15am"]
        assert [getattr(r, "member", False) for r in timeline.rows[1:4]] == [False, True, True]
        assert timeline.cursor == 1
        await pilot.press("left")  # closes it again
        await pilot.pause()
        assert len(timeline.rows) == 3
        # enter on the heading opens the earlier incidents
        await pilot.press("end", "enter")
        await pilot.pause()
        assert isinstance(timeline.rows[2], FoldRow) and not timeline.rows[2].folded
        assert _words(timeline.rows)[3:] == ["March 2, 2019", "4pm"]


async def test_a_mark_on_a_folded_entry_still_colours_its_words(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = _app(make_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        hidden = [r for r in screen.timeline.hidden if r.entry.timex.text == "4pm"]
        assert hidden, "the earlier incident's entries are kept while folded"
        assert {id(r) for r in screen.timeline.all_rows()} >= {id(hidden[0])}


async def test_end_in_the_text_keeps_every_entry_on_screen_in_view() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        timeline = screen.timeline
        await pilot.press("tab", "end")
        await pilot.pause()
        assert timeline.in_view
        assert timeline.cursor == min(timeline.in_view)  # the first of them, in list order
        top = round(timeline.scroll_y)
        bottom = top + timeline.scrollable_content_region.height
        first, last = min(timeline.in_view), max(timeline.in_view)
        assert top <= timeline._first_line[first] and timeline._line_after(last) <= bottom


async def test_home_in_the_facts_shows_their_first_heading() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("t", "end", "home")
        await pilot.pause()
        assert not screen.facts.rows[0].selectable  # a heading
        assert round(screen.facts.scroll_y) == 0


async def test_a_low_list_shows_one_line_an_entry_and_07_37_fits() -> None:
    app = fixture_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        timeline = reader(pilot).timeline
        assert all(r.height(40) == 1 for r in timeline.rows if isinstance(r, TimelineRow))
        lines = [
            "".join(s.text for s in timeline.render_line(y))
            for y in range(timeline.scrollable_content_region.height)
        ]
        assert any("07:37" in line for line in lines)


async def test_t_names_the_list_it_would_show() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)

        def offered() -> set[str]:
            return {
                b.binding.description
                for b in screen.active_bindings.values()
                if b.binding.key == "t" and b.enabled
            }

        assert offered() == {"Facts"}
        await pilot.press("t")
        await pilot.pause()
        assert screen.facts.display and offered() == {"Timeline"}
        await pilot.press("t")
        await pilot.pause()
        assert screen.timeline.display and offered() == {"Facts"}


def test_fixture_story_has_the_shape_the_tests_need(tmp_path: Path) -> None:
    assert STORY.count("9.15am") == 3 and "March 2, 2019:" in STORY


def _screen_text(app: ReaderApp) -> str:
    rows: dict[int, list[str]] = {}
    for cell in rendered_cells(app):
        rows.setdefault(cell.y, []).append(cell.char)
    return "\n".join("".join(chars) for _, chars in sorted(rows.items()))


async def test_a_note_reads_whole_at_80x24_in_the_timeline_and_the_history(
    tmp_path: Path,
) -> None:
    app, _ = marked_app(tmp_path)
    note = "two witnesses saw it"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v", "e", *note, "enter")
        await pilot.pause()
        timeline = reader(pilot).timeline
        row = timeline.current
        assert isinstance(row, TimelineRow) and row.compact  # one line an entry at this size
        assert row.height(40) == 2  # but a note has its own line
        assert f"✎ {note}" in _screen_text(app)
        await pilot.press("h")
        await pilot.pause()
        assert f"✎ {note}" in _screen_text(app)


OLD_DATES = (
    " date 2021-05-06\n"
    "The hall, opened on May 2, 1996 and rebuilt after June 9, 2014, caught fire at 9.15am.\n"
    "Crews were still there at 11.40am.\n"
)


async def test_dates_long_before_the_story_fold_after_its_own_moments(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus({"hall.txt": OLD_DATES}), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        timeline = reader(pilot).timeline
        assert _words(timeline.rows) == ["9.15am", "11.40am", "▸ Earlier dates it mentions: 2"]
        assert timeline.cursor == 0  # the story's first moment, not 1996
        timeline.cursor = 2
        await pilot.press("enter")  # the heading opens, the old dates under it
        await pilot.pause()
        assert _words(timeline.rows)[2:] == [
            "▾ Earlier dates it mentions: 2",
            "May 2, 1996",
            "June 9, 2014",
        ]
