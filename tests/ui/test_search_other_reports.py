"""Search across reports (review s23 #14): `/` with no match in this report says how many other
reports hold the term, and n opens the next one that does, on its hit (N the previous)."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.report_header import ReportHeader
from tests.ui.conftest import reader, settle
from tests.ui.fakes import fake_analyse

# Invented: only the second and third reports name the driver.
REPORTS = {
    "a_first.txt": " date 2021-10-04\nA tractor overturned on the ring road in Dunmore on "
    "Monday morning, police said.\n",
    "b_second.txt": " date 2021-10-04\nA tractor overturned in Dunmore on Monday.\nIts driver, "
    "Wendell Okafor, was unhurt.\n",
    "c_third.txt": " date 2021-10-05\nThe driver, named as Wendell Okafor, 58, spoke to "
    "reporters.\nMr Okafor said the brakes failed.\n",
}


async def test_no_match_here_tells_the_other_reports_and_n_goes_there(tmp_path: Path) -> None:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text)
    app = ReaderApp(load_corpus([tmp_path]), analyser=fake_analyse)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert screen.report_index == 0
        await pilot.press("slash", *"okafor", "enter")
        await pilot.pause()
        assert screen.search.hits == []
        said = app._notifications
        assert any("2 other reports have it" in n.message for n in said), [n.message for n in said]
        assert "2 other report(s): n" in screen.query_one(ReportHeader).plain
        await pilot.press("n")
        await settle(pilot)
        assert screen.report_index == 1
        text = screen.source.text
        assert [text[s:e] for s, e in screen.search.hits] == ["Okafor"]
        assert screen.source._layers["search-current"].spans == [screen.search.hits[0]]
        await pilot.press("n")  # past this report's one hit: on to the next report holding it
        await settle(pilot)
        assert screen.report_index == 2 and screen.search.at == 0
        assert len(screen.search.hits) == 2
        await pilot.press("n")  # the second hit of the same report
        await pilot.pause()
        assert screen.report_index == 2 and screen.search.at == 1
        await pilot.press("N")
        await pilot.pause()
        assert screen.report_index == 2 and screen.search.at == 0
        await pilot.press("N")  # before the first hit: back to the previous report's last hit
        await settle(pilot)
        assert screen.report_index == 1 and screen.search.at == 0
        await pilot.press("slash", *"ring road", "enter")
        await pilot.pause()
        await pilot.press("N")  # back to the one report that has it
        await settle(pilot)
        assert screen.report_index == 0 and len(screen.search.hits) == 1
        await pilot.press("slash", *"zebra", "enter")
        await pilot.pause()
        assert any("in any report" in n.message for n in app._notifications)
        await pilot.press("n")
        await pilot.pause()
        assert screen.report_index == 0


async def test_a_term_only_this_report_holds_wraps_inside_it_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "a_one.txt").write_text(
        " date 2022-03-01\nA siren sounded at the quarry in Holt.\nA second siren followed.\n"
    )
    (tmp_path / "b_two.txt").write_text(" date 2022-03-01\nA wall fell at the quarry in Holt.\n")
    app = ReaderApp(load_corpus([tmp_path]), analyser=fake_analyse)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("slash", *"siren", "enter")
        await pilot.pause()
        assert screen.report_index == 0 and screen.search.at == 0
        await pilot.press("n", "n")  # second hit, then no other report: back to the first
        await pilot.pause()
        assert screen.report_index == 0 and screen.search.at == 0
        assert any("wrapped to the first hit" in n.message for n in app._notifications)
