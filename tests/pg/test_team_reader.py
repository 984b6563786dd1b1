"""Two readers on one PostgreSQL database see each other's marks within a second, unprompted."""

from __future__ import annotations

import time
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import Store
from incident_reader.ui.app import ReaderApp
from tests.ui.conftest import settle
from tests.ui.fakes import fake_analyse
from tests.ui.test_marks_reload import copy_fixtures, go_to_entry, notices


def team_reader(folder: Path, url: str, reviewer: str) -> ReaderApp:
    store = Store.open(folder, db_path=url, reviewer=reviewer)
    assert store.team_url == url and not store.read_only
    return ReaderApp(load_corpus([folder]), analyser=fake_analyse, store=store)


async def test_two_readers_on_postgresql_see_each_others_marks_within_a_second(
    tmp_path: Path, pg_url: str
) -> None:
    folder = copy_fixtures(tmp_path)
    kim, lee = team_reader(folder, pg_url, "kim"), team_reader(folder, pg_url, "lee")
    async with kim.run_test(size=(160, 48)) as one, lee.run_test(size=(160, 48)) as two:
        await settle(one)
        await settle(two)
        await one.pause(1.2)  # both feeds are listening
        go_to_entry(kim, "07:37")
        await one.pause()
        await one.press("v")
        assert kim.store is not None
        for _ in range(100):  # the write leaves the interface thread: wait until it is committed
            if kim.store.last_change():
                break
            await one.pause(0.02)
        marked = time.monotonic()
        seen = None
        while time.monotonic() - marked < 3 and seen is None:
            await two.pause(0.05)
            seen = go_to_entry(lee, "07:37").mark
        waited = time.monotonic() - marked
        assert seen is not None and (seen.status, seen.reviewer) == ("verified", "kim")
        assert waited < 1.0, f"lee saw kim's mark after {waited:.2f} s"
        assert any("kim marked" in n for n in notices(lee))
    assert not (folder / ".incident-reader.db").exists()  # nothing went to SQLite
