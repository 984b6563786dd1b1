"""Pilot tests: start state, moving through the timeline, panes, reports and the source sync."""

from __future__ import annotations

from collections.abc import Callable

from incident_reader.core.model import Corpus, Report, ReportAnalysis
from incident_reader.ui.widgets.row_list import RowList, TextRow
from incident_reader.ui.widgets.source_view import SourceView
from incident_reader.ui.widgets.timeline import TimelineList, TimelineRow
from tests.ui.conftest import fixture_app, reader, settle


def _entry_span(timeline: TimelineList) -> tuple[int, int]:
    row = timeline.current
    assert isinstance(row, TimelineRow)
    return row.entry.start, row.entry.end


async def test_starts_on_the_timeline_of_the_first_report() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert isinstance(app.focused, TimelineList)
        assert screen.report_index == 0
        # the cursor starts on the entry that comes first in the text, and its words are lit
        row = screen.timeline.current
        assert isinstance(row, TimelineRow)
        assert row.entry.timex.text == "7.30am"
        assert screen.source._layers["current"].spans == [_entry_span(screen.timeline)]


async def test_j_and_k_move_and_the_source_follows() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        timeline, source = screen.timeline, screen.source
        assert timeline.cursor == 0  # the report's own moments come first
        await pilot.press("j", "j", "j", "j")
        await pilot.pause()
        assert timeline.cursor == 4
        start, end = _entry_span(timeline)
        assert source.text[start:end] == "4pm"
        assert source.is_visible(start, end)
        assert round(source.scroll_y) > 0  # 4pm is at the end: the text had to scroll
        assert source._layers["current"].spans == [(start, end)]
        await pilot.press("k", "up")
        await pilot.pause()
        assert timeline.cursor == 2
        assert source.is_visible(*_entry_span(timeline))
        await pilot.press("home")
        await pilot.pause()
        assert timeline.cursor == 0
        assert source.text[slice(*_entry_span(timeline))] == "7.30am"
        assert source.is_visible(*_entry_span(timeline))


async def test_tab_switches_pane_and_back() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, SourceView)
        await pilot.press("tab")
        assert app.focused is reader(pilot).reports
        await pilot.press("tab")
        assert isinstance(app.focused, TimelineList)
        await pilot.press("shift+tab")
        assert app.focused is reader(pilot).reports


async def test_brackets_change_report() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.report_index == 1
        assert screen.source.text.startswith("A car hit a crowd outside a museum")
        assert screen.reports.cursor == 1
        row = screen.timeline.current
        assert isinstance(row, TimelineRow) and row.entry.timex.text == "2.20pm"
        await pilot.press("right_square_bracket")  # already the last: stays
        assert screen.report_index == 1
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.report_index == 0
        assert "van struck pedestrians" in screen.source.text


async def test_report_list_picks_the_report() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("tab", "tab", "j")
        await pilot.pause()
        assert screen.report_index == 1
        assert len(screen.reports.rows) == 3  # two reports and the skipped file
        await pilot.press("j")  # the skipped file's row cannot be chosen
        assert screen.reports.cursor == 1
        await pilot.press("enter")
        assert isinstance(app.focused, TimelineList)


async def test_enter_jumps_to_the_source() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("end", "enter")  # the earlier incidents' heading: enter opens it
        await pilot.pause()
        assert isinstance(app.focused, TimelineList)
        assert len(screen.timeline.rows) == 8
        await pilot.press("end", "enter")  # the last of them: enter goes to its words
        await pilot.pause()
        assert isinstance(app.focused, SourceView)
        assert screen.source.text[slice(*_entry_span(screen.timeline))] == "September 15, 2017"
        assert screen.source.is_visible(*_entry_span(screen.timeline))


async def test_scrolling_the_source_marks_entries_in_view_and_moves_the_cursor() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        timeline, source = screen.timeline, screen.source
        await pilot.press("tab", "end")  # to the source, then its end
        await pilot.pause()
        start, end = source.viewport()
        assert end == len(source.text)
        in_view = {
            i
            for i, row in enumerate(timeline.rows)
            if row.span and row.span[0] < end and row.span[1] > start
        }
        assert in_view and timeline.in_view == in_view
        assert timeline.cursor in in_view  # the timeline never drifts from the text
        await pilot.press("home")
        await pilot.pause()
        start, end = source.viewport()
        assert start == 0
        assert timeline.cursor in timeline.in_view
        assert source.is_visible(*_entry_span(timeline))


async def test_mouse_click_on_a_timeline_row_selects_it() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        timeline = screen.timeline
        first_line = timeline._first_line[3]
        await pilot.click(timeline, offset=(3, first_line))
        await pilot.pause()
        assert timeline.cursor == 3
        assert screen.source.is_visible(*_entry_span(timeline))


async def test_first_report_shows_before_the_others_are_analysed() -> None:
    import threading

    from incident_reader.ui.app import ReaderApp
    from tests.ui.conftest import fixture_corpus
    from tests.ui.fakes import fake_analyse

    release = threading.Event()

    def slow_second(report: Report, dct: str | None = None) -> ReportAnalysis:
        if report.id.startswith("b_"):
            release.wait(5)
        return fake_analyse(report, dct)

    app = ReaderApp(fixture_corpus(), analyser=slow_second)
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            screen = reader(pilot)
            if screen.query("#timeline") and isinstance(screen.timeline.current, TimelineRow):
                break  # the lists are mounted just after the first frame
        screen = reader(pilot)
        assert isinstance(screen.timeline.current, TimelineRow)
        assert len(app.state.analyses) == 1
        await pilot.press("j")  # the interface answers while report 2 is still being analysed
        assert screen.timeline.cursor == 1
        release.set()
        await settle(pilot)
        assert len(app.state.analyses) == 2


async def test_q_quits_with_status_0() -> None:
    app = fixture_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


def test_row_list_is_the_base_of_every_list() -> None:
    from incident_reader.ui.widgets.fact_list import FactList
    from incident_reader.ui.widgets.report_list import ReportList

    assert all(issubclass(cls, RowList) for cls in (FactList, ReportList, TimelineList))


async def test_source_keys_scroll_the_text() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        source = reader(pilot).source
        await pilot.press("tab", "home", "j", "j", "down")
        await pilot.pause()
        assert round(source.scroll_y) == 3
        await pilot.press("k")
        assert round(source.scroll_y) == 2
        await pilot.press("pagedown")
        assert round(source.scroll_y) > 10
        await pilot.press("pageup", "up", "up")
        assert round(source.scroll_y) == 0


async def test_clicking_a_word_in_the_source_selects_its_entry() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        source = screen.source
        offset = source.text.index("11:45")
        line = source.line_of(offset)
        column = offset - source._lines[line][0]
        await pilot.click(source, offset=(column + 1 + 1, line + 1))  # +1: the border
        await pilot.pause()
        row = screen.timeline.current
        assert isinstance(row, TimelineRow) and row.entry.timex.text == "11:45"


async def test_a_report_the_user_opens_is_analysed_before_the_rest(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    import threading

    from incident_reader.ui.app import ReaderApp
    from tests.ui.fakes import fake_analyse

    corpus = make_corpus(
        {f"{name}.txt": f"At {n}.30am in {name}.\n" for n, name in enumerate("abcd")}
    )
    release = threading.Event()
    order: list[str] = []

    def gated(report: Report, dct: str | None = None) -> ReportAnalysis:
        order.append(report.id)
        if report.id == "a":
            release.wait(5)
        return fake_analyse(report, dct)

    app = ReaderApp(corpus, analyser=gated)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = reader(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert screen.report_index == 3
        release.set()
        await settle(pilot)
        assert order == ["a", "d", "c", "b"]  # the latest opened first, then the ones passed by
        row = screen.timeline.current
        assert isinstance(row, TimelineRow) and row.entry.timex.text == "3.30am"


async def test_an_empty_corpus_opens_without_error() -> None:
    from incident_reader.ui.app import ReaderApp

    app = ReaderApp(Corpus(reports=()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket", "left_square_bracket", "d", "j", "tab", "slash")
        await pilot.press("x", "enter", "n")
        await pilot.pause()
        row = reader(pilot).timeline.rows[0]
        assert isinstance(row, TextRow) and row.text == "No reports to read."


async def test_the_selected_entry_stays_selected_when_the_text_pane_is_resized() -> None:
    app = fixture_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        for _ in range(4):
            await pilot.press("j")
        await pilot.pause()
        chosen = screen.timeline.cursor
        for size in ((80, 17), (64, 24), (100, 18), (80, 24)):  # the text pane changes size
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert screen.timeline.cursor == chosen  # the text follows it, not the reverse
            row = screen.timeline.current
            assert row is not None and row.span is not None
            start, end = screen.source.viewport()
            assert start <= row.span[0] < end


async def test_a_scroll_made_to_show_an_entry_never_pulls_the_cursor_back_to_it() -> None:
    app = fixture_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        timeline = screen.timeline
        entries = [i for i, r in enumerate(timeline.rows) if isinstance(r, TimelineRow)]
        first, last = entries[0], entries[-1]
        timeline.cursor = last
        await pilot.pause()
        # The text scrolls to the first entry (its viewport message still queued) and a key
        # moves the cursor on before that message is read: the cursor stays where the key put it.
        screen._apply_row(timeline.rows[first])
        timeline.cursor = last
        await pilot.pause()
        await pilot.pause()
        assert timeline.cursor == last
        row = timeline.current
        assert row is not None and row.span is not None
        start, end = screen.source.viewport()
        assert start <= row.span[0] < end  # and the text shows it
