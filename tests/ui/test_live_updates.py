"""Live updates: reports added, changed, removed or renamed on disk show up without a restart."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Skipped
from incident_reader.core.watch import Changes
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.live import FilesChanged, LiveUpdates, edit_corpus, watch_paths
from incident_reader.ui.widgets.report_list import ReportRow
from incident_reader.ui.widgets.row_list import TextRow
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import reader, settle
from tests.ui.fakes import fake_analyse
from tests.ui.test_progress_batch import until, write_folder


def quiet_app(folder: Path) -> ReaderApp:
    """A reader whose watcher thread never polls by itself: the test polls (deterministic)."""
    app = ReaderApp(load_corpus([folder]), analyser=fake_analyse)
    app.live.interval = 3600
    return app


async def poll(pilot: Pilot[None], app: ReaderApp) -> FilesChanged:
    """Look at the disk now, hand the app what changed and wait until it is shown."""
    message = app.live.poll()
    assert message is not None
    app.post_message(message)
    await settle(pilot)
    return message


def listed(app: ReaderApp) -> list[str]:
    return [row.report.id for row in reader_rows(app) if isinstance(row, ReportRow)]


def reader_rows(app: ReaderApp) -> list[object]:
    return list(app.reader.reports.rows)


def notices(app: ReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_an_added_report_joins_the_list_in_order_and_the_open_one_stays(
    tmp_path: Path,
) -> None:
    folder = write_folder(tmp_path, ("a", "c"))
    app = quiet_app(folder)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")  # open c
        await settle(pilot)
        (folder / "b.txt").write_text("date 2024-05-09\nAt 9.15am the road closed.\n")
        await poll(pilot, app)
        assert listed(app) == ["a", "b", "c"]
        screen = reader(pilot)
        assert screen.report_index == 2 and screen.reports.cursor == 2  # still c
        assert app.state.reports[screen.report_index].id == "c"
        assert app.state.analyses["b"].timexes[0].text == "9.15am"  # extracted
        assert "1 report added" in notices(app)


async def test_a_changed_report_is_read_and_extracted_again(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, ("a", "b"))
    app = quiet_app(folder)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        text = "date 2024-05-01\nA new first line.\nAt 11.45am a crane fell in a.\n"
        (folder / "a.txt").write_text(text)
        await poll(pilot, app)
        screen = reader(pilot)
        assert "A new first line." in screen.source.text  # the open report shows its new text
        analysis = app.state.analyses["a"]
        assert analysis.report.text == screen.source.text
        assert [t.text for t in analysis.timexes] == ["11.45am"]
        row = screen.timeline.current
        assert isinstance(row, TimelineRow) and row.entry.timex.text == "11.45am"
        assert "1 report changed" in notices(app)


async def test_a_removed_report_leaves_the_list_and_its_neighbour_opens(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, ("a", "b", "c"))
    app = quiet_app(folder)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")  # open b
        await settle(pilot)
        (folder / "b.txt").unlink()
        await poll(pilot, app)
        assert listed(app) == ["a", "c"]
        screen = reader(pilot)
        assert app.state.reports[screen.report_index].id == "c"
        assert screen.source.text == app.state.reports[screen.report_index].text
        assert "b" not in app.state.analyses
        assert "1 report removed" in notices(app)
        (folder / "a.txt").unlink()
        (folder / "c.txt").unlink()
        await poll(pilot, app)  # nothing left: the reader says so and keeps working
        row = screen.timeline.rows[0]
        assert isinstance(row, TextRow) and row.text == "No reports to read."
        await pilot.press("right_square_bracket", "j")


async def test_the_watcher_thread_posts_changes_by_itself(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, ("a",))
    app = ReaderApp(load_corpus([folder]), analyser=fake_analyse)
    app.live.interval = 0.02
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert app.live.ready.wait(2)
        (folder / "z.txt").write_text("date 2024-05-09\nAt 4pm it rained.\n")
        await until(pilot, lambda: "z" in app.state.analyses)
        assert listed(app) == ["a", "z"]
    assert app.live.join(2)  # the app stopped its watcher on the way out


def test_edit_corpus_renames_and_files_that_become_readable(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, ("a", "b"))
    (folder / "empty.txt").write_text("")
    corpus = load_corpus([folder])
    assert [s.path.name for s in corpus.skipped] == ["empty.txt"]
    live = LiveUpdates(corpus)
    assert watch_paths(corpus) == [folder]
    live.look()
    (folder / "b.txt").rename(folder / "0b.txt")
    (folder / "empty.txt").write_text("date 2024-05-07\nAt 7pm it ended.\n")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    message = live.poll()
    assert message is not None
    assert message.changes.renamed == ((folder / "b.txt", folder / "0b.txt"),)
    edit = edit_corpus(corpus, message)
    assert [r.id for r in edit.corpus.reports] == ["0b", "a", "empty"]
    assert sorted(edit.added) == ["0b", "empty"] and edit.removed == ["b"]
    assert [s.path.name for s in edit.corpus.skipped] == ["bad.txt"]
    assert [s.path.name for s in edit.skipped] == ["bad.txt"]
    assert live.poll() is None  # nothing moved since


def test_edit_corpus_gives_a_clashing_new_file_its_own_id(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, ("a",))
    corpus = load_corpus([folder])
    other = tmp_path / "a.md"
    other.write_text("date 2024-05-02\nAt 2pm.\n")
    report = load_corpus([other]).reports[0]
    edit = edit_corpus(corpus, FilesChanged(Changes(added=(other,)), {other: report}))
    assert [r.id for r in edit.corpus.reports] == ["a_", "a"]  # a.md sorts before a.txt
    assert edit.added == ["a_"] and not isinstance(edit.corpus.reports[0], Skipped)
