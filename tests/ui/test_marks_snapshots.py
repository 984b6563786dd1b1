"""SVG snapshots of marks: symbols and colours in the lists, header counts, history and orphans."""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from incident_reader.core import store as store_module
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store
from incident_reader.ui.app import ReaderApp
from tests.ui.conftest import FIXTURES, settle
from tests.ui.fakes import fake_analyse

SnapCompare = Callable[..., bool]
ORPHANED = "A spokesman said officers were called at 07:37 and arrived within minutes.\n"


@pytest.fixture
def marked_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    """The fixture corpus with one orphaned mark made before launch, at a fixed clock time."""
    monkeypatch.setattr(store_module, "now_utc", lambda: "2026-03-04T05:06:07.000Z")
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    path = folder / "a_bridge.txt"
    before = load_corpus([folder]).reports[0]
    analysis = fake_analyse(before)
    entry = next(e for e in analysis.timeline if e.timex.text == "07:37")
    with Store.open(folder, reviewer="kim") as store:
        store.set_status(before, entry, "disputed", note="the desk says 07:40")
    text = path.read_text(encoding="utf-8")
    assert ORPHANED in text
    path.write_text(text.replace(ORPHANED, ""), encoding="utf-8")
    store = Store.open(folder, reviewer="kim")
    store.location_note = "marks in corpus/.incident-reader.db"  # the same words on any machine
    return ReaderApp(load_corpus([folder]), analyser=fake_analyse, store=store)


def _after(keys: Iterable[str]) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        # Toasts (the fixture's skipped file) time out after seconds: whether one is still up
        # depends on the machine's speed, so none is drawn.
        pilot.app.clear_notifications()
        await settle(pilot)

    return run_before


MARKING = ("v", "j", "x", "j", "i", "j", "e", *"two witnesses", "enter", "k")


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param(MARKING, id="timeline_marks"),
        pytest.param(("t", "v", "j", "x"), id="fact_marks"),
        pytest.param((*MARKING, "j", "x", "v", "h"), id="history"),
        pytest.param(("o",), id="orphans"),
        pytest.param(("e", *"checked with police"), id="note_prompt"),
    ],
)
def test_marks_views(snap_compare: SnapCompare, marked_reader: ReaderApp, keys: list[str]) -> None:
    assert snap_compare(marked_reader, terminal_size=(160, 48), run_before=_after(keys))
