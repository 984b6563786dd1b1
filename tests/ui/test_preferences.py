"""The chosen theme is remembered across launches; a bad preferences file costs nothing."""

from __future__ import annotations

from pathlib import Path

from incident_reader.ui.preferences import Preferences, load, save
from tests.ui.conftest import fixture_app, settle


async def test_a_theme_chosen_in_one_launch_is_the_theme_of_the_next(own_preferences: Path) -> None:
    first = fixture_app()
    async with first.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        first.theme = "nord"
        await pilot.pause()
    assert load(own_preferences).theme == "nord"
    second = fixture_app()
    async with second.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert second.theme == "nord"


async def test_an_unknown_theme_in_the_file_leaves_the_default(own_preferences: Path) -> None:
    save(Preferences(theme="no-such-theme"), own_preferences)
    app = fixture_app()
    default = app.theme
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == default == "textual-dark"


def test_unreadable_or_foreign_files_give_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    assert load(path) == Preferences()  # missing
    for content in ("not json", "[1, 2]", '{"version": 99, "theme": "nord"}', '{"version": 1}'):
        path.write_text(content, encoding="utf-8")
        assert load(path) == Preferences()
    path.write_text('{"version": 1, "theme": "gruvbox"}', encoding="utf-8")
    assert load(path) == Preferences(theme="gruvbox")


def test_a_folder_that_cannot_be_written_gives_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    error = save(Preferences(theme="nord"), blocker / "sub" / "preferences.json")
    assert error is not None and "could not save preferences" in error
