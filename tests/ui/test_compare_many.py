"""The comparison of three reports: rows labelled from every report shown, the fact-level summary
on the row, and marking one side at a time (verified in A, disputed in B)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from incident_reader.core.model import Corpus
from incident_reader.core.store import ItemRef, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_header import CompareHeader
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare import compare_rows, open_compare
from tests.ui.test_compare_marks import go_to

# Three invented reports of one morning; the third disagrees on the injured.
FIRST = """ date 2021-09-02
A lorry hit a bus shelter on the bridge this morning.
4 people were injured and 2 people were taken to hospital.
"""
SECOND = """ date 2021-09-02
Police closed the bridge after a lorry struck a shelter.
4 people were injured, police said.
"""
THIRD = """ date 2021-09-02
A shelter on the bridge was destroyed by a lorry.
6 people were injured, the ambulance service said.
"""


def _app(make_corpus: Callable[[dict[str, str | bytes]], Corpus], **kw: object) -> ReaderApp:
    files: dict[str, str | bytes] = {"a_first.txt": FIRST, "b_second.txt": SECOND}
    files["c_third.txt"] = THIRD
    return ReaderApp(make_corpus(files), analyser=fake_analyse, **kw)  # type: ignore[arg-type]


async def test_a_conflict_with_the_third_report_shows_on_the_row(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    async with _app(make_corpus).run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        assert (screen.a, screen.b) == ("a_first", "b_second")  # these two agree: 4 and 4
        injured = next(r for r in compare_rows(screen) if r.kind == "casualties.injured")
        # The row's label is the two side by side's (as f and the header count them); the third
        # report's 6 is a conflict between other reports, told with the reports it lies between.
        assert injured.status == "match"
        assert injured.elsewhere == (("a_first", "c_third"), ("b_second", "c_third"))
        assert injured.summary.startswith("agreed by 2 of 3, disputed by 1")
        assert screen._counts() == {"match": 1, "only": 1}
        assert [row.kind for row in screen._elsewhere()] == ["casualties.injured"]
        hospital = next(r for r in compare_rows(screen) if r.kind == "casualties.hospitalised")
        assert hospital.summary == ""  # one report tells it: no summary line


async def test_m_turns_marking_to_one_side(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus], tmp_path: Path
) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = _app(make_corpus, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.injured", pilot)
        await pilot.press("m")  # A alone
        await pilot.press("v")
        await pilot.press("m")  # B alone
        await pilot.press("x")
        await pilot.pause()

        def status(article: str) -> str:
            side = row.sides[article]
            ref = ItemRef(article, "fact", row.kind, side.start, side.end)
            return app.state.marks.status_of(article, ref)

        assert status("a_first") == "verified"
        assert status("b_second") == "disputed"
        assert status("c_third") == "unverified"  # not beside: never marked from here
        header = screen.query_one(CompareHeader)
        assert "v x i u mark report B only (m)" in str(header.render())  # said while it holds
        await pilot.press("m")  # both again
        await pilot.press("u")
        await pilot.pause()
        assert status("a_first") == status("b_second") == "unverified"
        assert " only (m)" not in str(header.render())
    store.close()
