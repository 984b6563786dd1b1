"""Marking a revised row, and marking after `f` found nothing (review s23 #12): an earlier figure
and the one that revised it are two values, so v and x ask for a side as on a conflict row; and
when f finds no conflict between A and B the cursor stays, and the next v does not mark that row
unasked (it says so; the same key again marks it)."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import ItemRef, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_table import CompareRow
from tests.ui.test_compare import open_compare
from tests.ui.test_compare_marks import go_to

# Invented: a count first given, then raised three days later; nothing else differs.
FIRST = (
    " date 2022-09-12\n"
    "A delivery van hit a tram stop in Eastwick on Monday morning, police said.\n"
    "Nine people were injured in the crash, the ambulance service said.\n"
)
LATER = (
    " date 2022-09-15\n"
    "A delivery van ploughed into a tram stop in Eastwick on Monday, police said.\n"
    "Eleven people were injured, the ambulance service said on Thursday.\n"
)


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a_first.txt").write_text(FIRST)
    (folder / "b_later.txt").write_text(LATER)
    return folder


def _statuses(app: ReaderApp, row: CompareRow) -> list[str]:
    return [
        app.state.marks.status_of(a, ItemRef(a, "fact", row.kind, s.start, s.end))
        for a, s in sorted(row.sides.items())
    ]


async def test_v_and_x_on_a_revised_row_ask_for_a_side(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    store = Store.open(folder, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([folder]), store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.injured", pilot)
        assert row.status == "revised"
        await pilot.press("x")
        await pilot.pause()
        assert _statuses(app, row) == ["unverified", "unverified"]  # neither figure disputed
        assert any("press m" in n.message for n in app._notifications)
        await pilot.press("m", "m", "v")  # report B alone: the later figure verified
        await pilot.pause()
        assert _statuses(app, row) == ["unverified", "verified"]
        await pilot.press("m", "i")  # both again: inconclusive judges neither, marks both
        await pilot.pause()
        assert _statuses(app, row) == ["inconclusive", "inconclusive"]
    store.close()


async def test_after_f_finds_no_conflict_v_does_not_mark_the_row_unasked(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    store = Store.open(folder, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([folder]), store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        before = screen.table.cursor
        row = screen.table.current
        assert isinstance(row, CompareRow) and row.status == "match"
        await pilot.press("f")
        await pilot.pause()
        assert screen.table.cursor == before  # the cursor stayed
        await pilot.press("v")
        await pilot.pause()
        assert _statuses(app, row) == ["unverified", "unverified"]
        assert any("Nothing marked" in n.message for n in app._notifications)
        await pilot.press("v")  # the same key again: the user means this row
        await pilot.pause()
        assert _statuses(app, row) == ["verified", "verified"]
        await pilot.press("f", "j", "k", "x")  # moved away and back: a row the user went to
        await pilot.pause()  # (x over the user's own "verified" asks first: see the next test)
        assert _statuses(app, row) == ["verified", "verified"]
        await pilot.press("x")
        await pilot.pause()
        assert _statuses(app, row) == ["disputed", "disputed"]
    store.close()


async def test_v_over_a_mention_the_user_disputed_asks_before_overriding(tmp_path: Path) -> None:
    """Review s24 #4: a mention disputed in the reader ("another case", with a note) was turned
    verified by v on its comparison row, with no word; the first v now says which mention it
    would override, marks nothing, and the same key again overrides (z undoes it)."""
    folder = _corpus(tmp_path)
    store = Store.open(folder, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([folder]), store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = screen.table.current
        assert isinstance(row, CompareRow) and row.status == "match"
        first = sorted(row.sides)[0]
        side = row.sides[first]
        report = next(r for r in app.state.reports if r.id == first)
        app.state.marks.set_status(
            report, ItemRef(first, "fact", row.kind, side.start, side.end), "disputed"
        )
        await pilot.press("v")
        await pilot.pause()
        assert _statuses(app, row) == ["disputed", "unverified"]  # nothing marked yet
        assert any("you marked disputed" in n.message for n in app._notifications)
        await pilot.press("v")  # the same key again: override
        await pilot.pause()
        assert _statuses(app, row) == ["verified", "verified"]
        await pilot.press("z")
        await pilot.pause()
        assert _statuses(app, row) == ["disputed", "unverified"]
    store.close()
