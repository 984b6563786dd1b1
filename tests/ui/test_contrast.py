"""Every word on screen reads at WCAG AA (4.5:1) in every built-in theme, as the terminal gets it.

The colours are read from the cells the compositor sends to the terminal (after CSS alpha is
blended, filters applied, reverse and dim resolved), not from a style object: the reader, the
facts, a search, the comparison and every modal screen, in each of Textual's built-in themes
(the ANSI themes take the terminal's own colours, so they are left to it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.screen import ModalScreen
from textual.theme import BUILTIN_THEMES

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store
from incident_reader.ui.app import ReaderApp
from tests.ui.conftest import FIXTURES, settle
from tests.ui.contrast import TERMINAL_THEMES, contrast, describe, illegible
from tests.ui.fakes import fake_analyse

THEMES = [name for name in BUILTIN_THEMES if name not in TERMINAL_THEMES]

# (view, keys pressed after the reports have been analysed)
VIEWS: list[tuple[str, tuple[str, ...]]] = [
    ("timeline", ("j", "v", "j", "x", "j", "i", "j")),
    ("facts", ("t", "v", "j", "x", "j")),
    ("text", ("tab", "j")),
    ("search", ("slash", *"the", "enter", "n")),
    ("compare", ("c",)),
    ("help", ("question_mark",)),
    ("dct", ("d",)),
    ("note", ("v", "e", *"two witnesses")),
    ("history", ("v", "x", "e", *"two witnesses", "enter", "h")),
    ("orphans", ("o",)),
    ("export", ("E",)),
    ("palette", ("ctrl+p",)),
]


def test_contrast_formula_on_known_pairs() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert contrast((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


def _marked_app(tmp_path: Path) -> ReaderApp:
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    store = Store.open(folder, reviewer="kim")
    return ReaderApp(load_corpus([folder]), analyser=fake_analyse, store=store)


def _region(pilot: Pilot[None]) -> Region | None:
    """A modal's own box (what is behind it is dimmed on purpose), else the whole screen."""
    screen = pilot.app.screen
    if not isinstance(screen, ModalScreen):
        return None
    boxes = [child.region for child in screen.children if child.display]
    region = boxes[0]
    for box in boxes[1:]:
        region = region.union(box)
    return region


async def illegible_in_every_theme(pilot: Pilot[None], label: str = "") -> list[str]:
    """The screen as it stands, drawn in each built-in theme: one failure text per theme in which
    some word reads under 4.5:1 (a modal is judged on its own box)."""
    failures: list[str] = []
    for theme in THEMES:
        pilot.app.theme = theme
        await pilot.pause()
        await pilot.pause()
        bad = illegible(pilot.app, _region(pilot))
        if bad:
            failures.append(f"{theme}{label}:\n{describe(pilot.app, bad)}")
    return failures


@pytest.mark.parametrize(("view", "keys"), VIEWS, ids=[v for v, _ in VIEWS])
async def test_every_word_reads_at_4_5_to_1_in_every_theme(
    tmp_path: Path, view: str, keys: tuple[str, ...]
) -> None:
    app = _marked_app(tmp_path)
    failures: list[str] = []
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)
        if view == "compare":
            await pilot.pause(0.3)
            await settle(pilot)
        failures += await illegible_in_every_theme(pilot)
    assert not failures, "\n".join(failures)
