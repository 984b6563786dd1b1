"""Issue 14 item 9: a corpus path with markup in it ('[/b]') is a notice, not a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store
from incident_reader.ui.app import ReaderApp
from tests.ui.conftest import FIXTURES, settle
from tests.ui.fakes import fake_analyse


async def test_a_read_only_notice_naming_a_markup_path_is_shown_literally(tmp_path: Path) -> None:
    folder = tmp_path / "reports [/b] [bold]x"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    (folder / DB_NAME).write_bytes(b"not a database\n" * 40)  # marks read-only, the path named
    store = Store.open(folder, reviewer="kim")
    app = ReaderApp(load_corpus([folder]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause()
        await pilot.pause()
        naming = [n for n in app._notifications if "[/b] [bold]x" in n.message]
        assert any(n.message.startswith("Marks are read-only") for n in naming)
        assert all(n.markup is False for n in naming)  # shown as written, never parsed
    assert app.return_code in (None, 0)
