"""The first screen speaks a reporter's words: a report date (not "DCT"), and counts of dates and
facts (not "31 times", read as a repeat count), in the header, the list, the footer and the help."""

from __future__ import annotations

from incident_reader.ui.keys import COMMANDS, KEYS, READER_BINDINGS
from incident_reader.ui.widgets.report_header import ReportHeader
from incident_reader.ui.widgets.report_list import ReportList
from tests.ui.conftest import fixture_app, reader, settle


async def test_the_first_screen_says_report_date_and_counts_dates_and_facts() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        header = screen.query_one(ReportHeader).plain
        assert "Report date 2019-03-04" in header and "DCT" not in header
        listing = screen.query_one(ReportList)
        lines = [listing.render_line(y).text for y in range(4)]
        assert any("7 dates · 4 facts" in line for line in lines), lines
        assert not any("times" in line for line in lines)


def test_no_key_the_user_reads_says_dct() -> None:
    """The help's lines, the palette's commands and the footer's labels and tooltips."""
    words = [action for _, action in KEYS] + [f"{name} {help_}" for name, help_, _ in COMMANDS]
    words += [f"{b.description} {b.tooltip}" for b in READER_BINDINGS]
    assert not [w for w in words if "DCT" in w]
