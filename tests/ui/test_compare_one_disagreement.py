"""One disagreement counted and walked once (review s23 #6): a time (or date) conflict is also a
conflict of the reports' timeline moments on the same words; the header counts it once and f
visits it once (the time row), while the moment row stays and says whose conflict it is."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_header import CompareHeader
from incident_reader.ui.widgets.compare_table import CompareRow
from tests.ui.test_compare import compare_rows, open_compare

# Invented: two reports of a crane collapse that disagree on the clock and on the injured.
REPORTS = {
    "a_post.txt": " date 2022-06-01\nA crane collapsed onto a busy road in Millbrook at 9.15am "
    "on Wednesday, police said.\nThree people were injured in the collapse, the ambulance "
    "service said.\n",
    "b_echo.txt": " date 2022-06-01\nA crane fell onto a road in Millbrook at 10.40am on "
    "Wednesday, police said.\nFive people were hurt, the ambulance service said.\n",
}


async def test_a_time_conflict_and_its_moment_are_counted_and_visited_once(
    tmp_path: Path,
) -> None:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text)
    app = ReaderApp(load_corpus([tmp_path]))
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        rows = compare_rows(screen)
        moment = next(r for r in rows if r.kind == "timeline" and r.status == "conflict")
        assert moment.restates == "incident.time"
        assert {r.kind for r in rows if r.status == "conflict"} == {
            "incident.time", "casualties.injured", "timeline"
        }  # fmt: skip
        header = screen.query_one(CompareHeader)
        line = "".join(s.text for s in header.render_line(1))
        assert "! conflict 2" in line, line  # the time and the injured, not the moment again
        visited = []
        for _ in range(4):  # f goes round: time, injured, time, injured
            await pilot.press("f")
            await pilot.pause()
            row = screen.table.current
            assert isinstance(row, CompareRow)
            visited.append(row.kind)
        assert visited == ["incident.time", "casualties.injured"] * 2
        await pilot.press("F")
        await pilot.pause()
        row = screen.table.current
        assert isinstance(row, CompareRow) and row.kind == "incident.time"
        assert "time conflict above" in moment.summary
