"""The stylesheet cache: a second launch reads its rules back instead of parsing them, and draws
the same; a damaged file, another theme or a cache turned off still parse as usual."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.css import stylesheet as textual_stylesheet

from incident_reader.ui.css_cache import CachedStylesheet, cache_path
from tests.ui.conftest import fixture_app, reader, settle


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count Textual's parses of a CSS source from now on."""
    calls: list[str] = []
    original = textual_stylesheet.parse

    def counted(scope: str, css: str, *args: object, **kwargs: object) -> object:
        calls.append(css[:40])
        return original(scope, css, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(textual_stylesheet, "parse", counted)
    return calls


async def _styles_of_a_launch() -> list[object]:
    """Launch the reader, save its cache as it does once started, and note some styles."""
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        widgets = [screen.source, screen.timeline, screen.reports, screen.query_one("#side")]
        styles = [(w.rich_style, w.styles.border, w.region) for w in widgets]
        cursor = screen.timeline.get_component_rich_style("row-list--cursor")
    return [*styles, cursor]


async def test_a_second_launch_reads_its_rules_back_and_draws_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", str(tmp_path))
    first_parses = _parses(monkeypatch)
    first = await _styles_of_a_launch()
    assert any("All of the reader's styling" in css for css in first_parses)  # app.tcss
    path = cache_path()
    assert path is not None and path.parent == tmp_path and path.exists()
    first_parses.clear()
    second = await _styles_of_a_launch()
    assert first_parses == []  # every source came from the file
    assert second == first


async def test_a_damaged_file_is_parsed_as_usual_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", str(tmp_path))
    path = cache_path()
    assert path is not None
    path.write_bytes(b"not a pickle at all")
    parses = _parses(monkeypatch)
    styles = await _styles_of_a_launch()
    assert parses  # parsed, not read
    assert path.read_bytes() != b"not a pickle at all"
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", "0")
    assert cache_path() is None
    assert await _styles_of_a_launch() == styles  # the same with no cache at all


async def test_another_theme_gets_its_own_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", str(tmp_path))
    await _styles_of_a_launch()  # the default theme's rules in the file
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        dark = screen.source.rich_style.bgcolor
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert screen.source.rich_style.bgcolor != dark  # not the dark rules read back
        assert isinstance(app.stylesheet, CachedStylesheet)
        light = screen.source.rich_style.bgcolor
        app.theme = "textual-dark"
        await pilot.pause()
        await pilot.pause()
        assert screen.source.rich_style.bgcolor == dark
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert screen.source.rich_style.bgcolor == light


def test_a_cache_that_cannot_be_written_costs_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    sheet = CachedStylesheet(variables={}, path=blocker / "css.pickle")
    sheet.add_source("Screen { layout: vertical; }", read_from=("here", ""))
    sheet.parse()
    assert sheet.rules
    sheet.save()  # no folder can be made there: nothing raised, nothing written
    assert not (blocker / "css.pickle").exists()
