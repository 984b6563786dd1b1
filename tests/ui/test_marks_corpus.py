"""The header counts the whole folder's marks too, not only the open report's."""

from __future__ import annotations

from pathlib import Path

from incident_reader.ui.widgets.report_header import ReportHeader
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import reader, settle
from tests.ui.test_marks import marked_app


async def test_header_counts_marks_in_the_open_report_and_in_all(tmp_path: Path) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(200, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        analyses = list(app.state.analyses.values())
        assert len(analyses) == 2
        total = sum(len(a.timeline) + len(a.facts) for a in analyses)
        assert isinstance(screen.timeline.current, TimelineRow)
        await pilot.press("v")
        await pilot.pause()
        header = screen.query_one(ReportHeader).plain
        first = len(analyses[0].timeline) + len(analyses[0].facts)
        assert f"1 of {first} verified" in header
        assert f"all reports (2 analysed): 1 of {total} verified" in header
        await pilot.press("right_square_bracket")  # the other report: its own count is 0
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        header = screen.query_one(ReportHeader).plain
        assert "0 of" in header and "1 disputed" in header
        assert f"all reports (2 analysed): 1 of {total} verified, 1 disputed" in header


def test_corpus_counts_count_marks_not_items() -> None:
    from incident_reader.ui.marks import MarkBook

    book = MarkBook(None)
    assert book.corpus_counts() == {
        "verified": 0,
        "disputed": 0,
        "inconclusive": 0,
        "unverified": 0,
        "total": 0,
        "reports": 0,
    }


async def test_marks_landing_while_the_app_closes_do_not_crash_it(tmp_path: Path) -> None:
    """On quit the lists are removed before the screen; a reviewer's marks arriving in between
    (the feed posts from its own thread) must not raise and lose the session's exit."""
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(200, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await screen.query("#timeline").remove()
        app.reload_marks()  # raised NoMatches before the guard
        await pilot.pause()
        assert not screen.query("#timeline")
