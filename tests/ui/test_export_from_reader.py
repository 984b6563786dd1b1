"""Export from the reader: `E` (or the palette) writes what `incident-reader export` writes."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Checkbox, Input, OptionList

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.export import default_target, export_arguments, run_export
from incident_reader.ui.screens.export import ExportScreen
from tests.ui.conftest import FIXTURES, settle
from tests.ui.fakes import fake_analyse


def _corpus_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    return folder


async def test_e_writes_the_chosen_format_and_says_where(tmp_path: Path) -> None:
    folder = _corpus_copy(tmp_path)
    corpus = load_corpus([folder])
    app = ReaderApp(corpus, analyser=fake_analyse)
    target = tmp_path / "out" / "record.csv"
    target.parent.mkdir()
    notices: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        await pilot.press("down")  # json -> csv: the file name follows the format
        field = screen.query_one("#export-target", Input)
        assert field.value.endswith("corpus-export.csv")
        field.value = str(target)
        screen.query_one(OptionList).focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        notices = [n.message for n in app._notifications]
    assert target.exists()
    assert any(f"Written to {target}" in n for n in notices), notices
    # Byte for byte what the command line writes for the same folder and format.
    same = tmp_path / "cli.csv"
    status, _ = run_export(export_arguments(corpus, "csv", same, False, None))
    assert status == 0
    assert target.read_bytes() == same.read_bytes()
    assert target.read_bytes().startswith("\ufeff".encode())  # spreadsheets read it as UTF-8


async def test_an_export_the_command_refuses_is_a_one_line_error(tmp_path: Path) -> None:
    folder = _corpus_copy(tmp_path)
    app = ReaderApp(load_corpus([folder]), analyser=fake_analyse)
    report = folder / "a_bridge.txt"
    before = report.read_bytes()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.export("json", report, False)  # over a report: the command refuses
        await app.workers.wait_for_complete()
        await pilot.pause()
        errors = [n for n in app._notifications if n.severity == "error"]
    assert report.read_bytes() == before
    assert errors and "refusing to write over the report" in errors[0].message
    assert "\n" not in errors[0].message


def test_the_default_file_is_named_after_the_folder_outside_it(tmp_path: Path) -> None:
    corpus = load_corpus([_corpus_copy(tmp_path)])
    assert default_target(corpus, "md", tmp_path) == tmp_path / "corpus-export.md"
    assert default_target(corpus, "timelinejs", tmp_path).name == "corpus-timelinejs.json"
    assert default_target(corpus, "incidents", tmp_path).name == "corpus-incidents.csv"


async def test_a_verified_only_export_with_nothing_verified_speaks_of_the_dialogs_box(
    tmp_path: Path,
) -> None:
    from incident_reader.core.store import Store

    folder = _corpus_copy(tmp_path)
    Store.open(folder).close()  # a marks database, nothing marked
    app = ReaderApp(load_corpus([folder]), analyser=fake_analyse)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.export("json", tmp_path / "out.json", True)
        await app.workers.wait_for_complete()
        await pilot.pause()
        errors = [n.message for n in app._notifications if n.severity == "error"]
    assert errors and "nothing is marked verified" in errors[0]
    assert "--verified-only" not in errors[0] and "Only the items marked verified" in errors[0]


async def test_the_verified_only_box_reads_unticked_until_ticked(tmp_path: Path) -> None:
    """Textual's checkbox showed ▐X▌ whether ticked or not: "Only the items marked verified"
    looked ticked when it was not."""
    app = ReaderApp(load_corpus([_corpus_copy(tmp_path)]), analyser=fake_analyse)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        box = screen.query_one("#export-verified", Checkbox)
        assert str(box.render()).startswith("▐ ▌")
        box.value = True
        await pilot.pause()
        assert str(box.render()).startswith("▐✓▌")


async def test_enter_in_the_dialog_writes_beside_the_corpus_not_where_the_reader_started(
    tmp_path: Path, monkeypatch: object
) -> None:
    folder = _corpus_copy(tmp_path)
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # type: ignore[attr-defined]
    app = ReaderApp(load_corpus([folder]), analyser=fake_analyse)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")  # the default file, json
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        screen.query_one("#export-target", Input).value = "typed.md"  # a bare name
        await pilot.press("down", "down")  # md; the typed name is kept
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        notices = [n.message for n in app._notifications if n.title == "Export"]
    written = tmp_path / "corpus-export.json"
    assert written.exists() and not list(elsewhere.iterdir())
    assert (tmp_path / "typed.md").exists()
    assert any(
        n == f"Written to {written}" or n.startswith(f"Written to {written} (") for n in notices
    ), notices
    assert all("\n" not in n for n in notices)
