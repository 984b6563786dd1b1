"""Marks across reloads: r re-reads other windows' marks and changed files; o lists orphans."""

from __future__ import annotations

import shutil
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.marks import NOT_FOUND
from incident_reader.ui.reload import reread
from incident_reader.ui.screens.note import NoteScreen
from incident_reader.ui.screens.orphans import OrphansScreen
from incident_reader.ui.screens.reader import ReaderScreen
from incident_reader.ui.widgets.report_header import ReportHeader
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import FIXTURES, reader, settle
from tests.ui.fakes import fake_analyse

FIXTURE_FILES = ("a_bridge.txt", "b_museum.txt", "c_empty.txt")


def copy_fixtures(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    return folder


def open_app(folder: Path, reviewer: str = "kim") -> ReaderApp:
    store = Store.open(folder, reviewer=reviewer)
    return ReaderApp(load_corpus([folder]), analyser=fake_analyse, store=store)


def notices(app: ReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


def go_to_entry(app: ReaderApp, words: str) -> TimelineRow:
    """Put the timeline cursor on the entry whose words are `words`."""
    timeline = reader_of(app).timeline
    for index, row in enumerate(timeline.rows):
        if isinstance(row, TimelineRow) and row.entry.timex.text == words:
            timeline.cursor = index
            return row
    raise AssertionError(f"no entry {words!r}")


def reader_of(app: ReaderApp) -> ReaderScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_a_changed_report_keeps_its_marks_on_their_words_or_lists_them_as_orphans(
    tmp_path: Path,
) -> None:
    folder = copy_fixtures(tmp_path)
    app = open_app(folder)
    path = folder / "a_bridge.txt"
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        go_to_entry(app, "07:37")
        await pilot.pause()
        await pilot.press("x", "e", *"desk says 07:40", "enter")
        go_to_entry(app, "9.15am")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        text = path.read_text(encoding="utf-8")
        header, _, body = text.partition("\n")
        body = "Update: the bridge is open again.\n\n" + body
        body = body.replace("officers were called at 07:37 and", "officers were called and")
        path.write_text(header + "\n" + body, encoding="utf-8")

        await pilot.press("r")
        await settle(pilot)
        report = app.state.reports[0]
        assert "Update: the bridge" in report.text
        assert reader(pilot).source.text == report.text  # the open report shows its new text
        moved = go_to_entry(app, "9.15am")
        assert moved.mark is not None and moved.mark.status == "verified"
        assert report.text[moved.entry.start : moved.entry.end] == "9.15am"
        assert (
            "1 orphaned mark in this report (o lists every report's)"
            in reader(pilot).query_one(ReportHeader).plain
        )

        await pilot.press("o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, OrphansScreen)
        [orphan] = screen.orphans
        assert (orphan.mark.anchor.quote, orphan.mark.status, orphan.mark.reviewer) == (
            "07:37",
            "disputed",
            "kim",
        )
        assert orphan.mark.note == "desk says 07:40" and orphan.reason == NOT_FOUND
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader(pilot)
    # never dropped: the orphan is still in the database, where it was
    assert [m.anchor.quote for m in Store.open(folder).all_marks() if m.status == "disputed"] == [
        "07:37"
    ]


async def test_two_windows_see_each_others_marks_live(tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path)
    first, second = open_app(folder, "kim"), open_app(folder, "lee")
    async with first.run_test(size=(160, 48)) as one, second.run_test(size=(160, 48)) as two:
        await settle(one)
        await settle(two)
        go_to_entry(first, "07:37")
        go_to_entry(second, "11:45")
        await one.pause()
        await two.pause()
        await one.press("v")
        await two.press("x")
        await one.pause()
        await two.pause()
        # No key pressed: the other window's mark arrives through the change feed within a second.
        for _ in range(20):
            await one.pause(0.1)
            await two.pause(0.1)
            theirs = go_to_entry(second, "07:37").mark, go_to_entry(first, "11:45").mark
            if all(theirs):
                break
        assert all(theirs), "the other reviewer's mark did not arrive within 2 s"
        assert any("kim marked" in n.message for n in second._notifications)
        assert not any("kim marked" in n.message for n in first._notifications)  # not one's own
        assert "also marked by kim" in second.reader.query_one(ReportHeader).plain
        for app in (first, second):
            seen = go_to_entry(app, "07:37").mark
            assert seen is not None and (seen.status, seen.reviewer) == ("verified", "kim")
            seen = go_to_entry(app, "11:45").mark
            assert seen is not None and (seen.status, seen.reviewer) == ("disputed", "lee")
    assert Store.open(folder).counts() == {
        "unverified": 0,
        "verified": 1,
        "disputed": 1,
        "inconclusive": 0,
    }


async def test_reload_marks_is_an_entry_point_for_one_report(tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path)
    app = open_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        analysis = app.state.analyses[app.state.reports[0].id]
        entry = analysis.timeline[0]
        Store.open(folder, reviewer="other").set_status(analysis.report, entry, "inconclusive")
        app.reload_marks(analysis.report.id)
        await pilot.pause()
        assert app.state.marks.status_of(analysis.report.id, entry) == "inconclusive"
        assert app.state.marks.is_unverified(analysis.report.id, entry)  # inconclusive
        Store.open(folder, reviewer="other").set_status(analysis.report, entry, "verified")
        app.reload_marks()
        assert not app.state.marks.is_unverified(analysis.report.id, entry)


async def test_a_bad_database_makes_marking_a_notice_not_a_traceback(tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path)
    db = folder / DB_NAME
    db.write_bytes(b"this is not a database, and must stay exactly as it is\n" * 20)
    before = db.read_bytes()
    app = open_app(folder)
    assert app.store is not None and app.store.read_only
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        header = reader(pilot).query_one(ReportHeader).plain
        assert "Marks: off, read-only: " in header and "verified" not in header
        await pilot.press("v", "x")
        await pilot.pause()
        assert app.screen is reader(pilot)
        refused = [n for n in notices(app) if n.startswith("Marks are read-only")]
        assert len(refused) == 2 and all("\n" not in n for n in refused)
        await pilot.press("e", "t", "x")  # the note's letters go to a dialog that keeps nothing
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen) and app.screen.refused is not None
        assert app.screen.refused.startswith("Marks are read-only")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader(pilot)
        await pilot.press("h", "escape", "o", "escape", "r")  # reading still works
        await settle(pilot)
    assert db.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME, *sorted(FIXTURE_FILES)]


async def test_without_a_store_marks_are_off(tmp_path: Path) -> None:
    app = ReaderApp(load_corpus([copy_fixtures(tmp_path)]), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert "Marks: off (no marks database)" in reader(pilot).query_one(ReportHeader).plain
        await pilot.press("v")
        await pilot.pause()
        assert any(n.startswith("Marks are off") for n in notices(app))


async def test_command_palette_marks_the_entry(tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path)
    app = open_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        row = reader(pilot).timeline.current
        assert isinstance(row, TimelineRow)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Mark disputed")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert row.mark is not None and row.mark.status == "disputed"


def test_reread_takes_changed_files_and_keeps_unreadable_ones(tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path)
    corpus = load_corpus([folder])
    same, changed, problems = reread(corpus)
    assert (same, changed, problems) == (corpus, [], [])
    (folder / "a_bridge.txt").write_text(" date 2019-03-04\nAt 6am a van.\n", encoding="utf-8")
    (folder / "b_museum.txt").unlink()
    fresh, changed, problems = reread(corpus)
    assert changed == ["a_bridge"] and fresh.reports[0].text.startswith("At 6am a van.")
    assert fresh.reports[1] is corpus.reports[1]  # gone from disk: kept as it was, and said
    assert len(problems) == 1 and problems[0].startswith("b_museum.txt: cannot be read")
    only, changed, _ = reread(corpus, {"b_museum"})
    assert changed == [] and only.reports[0] is corpus.reports[0]
