"""Small things a new user tripped on in the reader: the comparison's keys said nothing, the date
dialog's placeholder looked like a suggested date, and the header read "dated by dated like" and,
before the counts, "Marks: marks in ..."."""

from __future__ import annotations

import dataclasses

from rich.console import Console
from textual.widgets import Input

from incident_reader.ui.keys import COMPARISON_ONLY
from incident_reader.ui.widgets.report_header import header_text
from tests.ui.conftest import fixture_app, reader, settle
from tests.ui.fakes import fake_analyse
from tests.ui.test_undo_marks import said


async def test_the_comparison_s_keys_say_where_they_work() -> None:
    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        for key in COMPARISON_ONLY:
            before = len(said(app))
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is reader(pilot)
            told = said(app)[before:]
            assert told and "in the comparison" in told[-1], (key, told)


async def test_the_date_dialog_shows_a_format_not_a_date() -> None:
    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        placeholder = app.screen.query_one("#dct-input", Input).placeholder
        assert "YYYY-MM-DD" in placeholder and not any(c.isdigit() for c in placeholder)


def test_a_reason_that_says_dated_is_not_prefixed_again() -> None:
    app = fixture_app()
    report = app.state.reports[0]
    note = "dated like the other reports in the folder (2019-03-04)"
    analysis = dataclasses.replace(fake_analyse(report), dct_note=note)
    console = Console(width=300, record=True)
    console.print(header_text(report, analysis, 0, 2, 2))
    shown = console.export_text()
    assert "dated like the other reports" in shown and "dated by dated" not in shown


def test_the_marks_line_names_marks_once() -> None:
    """Before any report is analysed the marks line is where they live alone: "Marks in X", not
    "Marks: marks in X"; with counts, or off, it keeps its "Marks:" label."""
    app = fixture_app()
    report = app.state.reports[0]
    for marks, want in (
        ("marks in /srv/desk/.incident-reader.db", "Marks in /srv/desk/.incident-reader.db"),
        ("marks in PostgreSQL postgresql://ann@db/ir", "Marks in PostgreSQL postgresql://ann@db"),
        ("0 of 9 verified  ·  marks in /a/r.db", "Marks: 0 of 9 verified  ·  marks in /a"),
        ("off (no marks database)", "Marks: off (no marks database)"),
        ("off, read-only: /b/x.db is not a usable database", "Marks: off, read-only: /b/x.db"),
    ):
        console = Console(width=300, record=True)
        console.print(header_text(report, None, 0, 2, 0, marks=marks))
        shown = console.export_text()
        assert want in shown and "Marks: marks" not in shown, shown
