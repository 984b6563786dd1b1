"""Shared helpers for the reader's Pilot and snapshot tests: small corpora and a settled app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Footer

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.help import HelpScreen
from incident_reader.ui.screens.reader import ReaderScreen
from tests.ui.fakes import fake_analyse

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_corpus() -> Corpus:
    """The fixed corpus under tests/ui/fixtures (two reports and one empty file)."""
    return load_corpus([FIXTURES])


def fixture_app() -> ReaderApp:
    """A reader on the fixture corpus with the deterministic analyser."""
    return ReaderApp(fixture_corpus(), analyser=fake_analyse)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until every analysis worker has posted and the screen has caught up."""
    await pilot.pause()
    for _ in range(500):  # extraction and the footer start just after the first frame
        if getattr(pilot.app, "_started", True):
            break
        await pilot.pause(0.01)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    for _ in range(100):  # the footer composes its keys a frame after it mounts
        footers = pilot.app.screen_stack[0].query(Footer)
        if not footers or footers.first().children:
            break
        await pilot.pause(0.01)
    for _ in range(100):  # the help mounts its footer after its first frame, then its keys
        top = pilot.app.screen
        if not isinstance(top, HelpScreen) or any(f.children for f in top.query(Footer)):
            break
        await pilot.pause(0.01)
    await pilot.pause()
    await pilot.pause()


def reader(pilot: Pilot[None]) -> ReaderScreen:
    """The reader screen of the app under test."""
    screen = pilot.app.screen_stack[0]
    assert isinstance(screen, ReaderScreen)
    return screen


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Corpus]:
    """Write files (name -> text or bytes) into a temp folder and load them as a corpus."""

    def make(files: dict[str, str | bytes]) -> Corpus:
        for name, content in files.items():
            path = tmp_path / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return load_corpus([tmp_path])

    return make


@pytest.fixture(scope="session")
def css_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One stylesheet cache for the session's apps, never the user's (see ui.css_cache)."""
    return tmp_path_factory.mktemp("css-cache")


@pytest.fixture(autouse=True)
def own_css_cache(css_cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", str(css_cache_folder))
    # The start-up cache of the readers the tests launch (ui.start_cache) goes beside it.
    monkeypatch.setenv("INCIDENT_READER_START_CACHE", str(css_cache_folder))
    return css_cache_folder


@pytest.fixture(autouse=True)
def own_preferences(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test reads and writes its own preferences file, never the user's (the theme)."""
    path = tmp_path_factory.mktemp("config") / "preferences.json"
    monkeypatch.setenv("INCIDENT_READER_CONFIG", str(path))
    return path
