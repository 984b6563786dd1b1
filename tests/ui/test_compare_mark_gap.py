"""A mark in the comparison stands apart from the value it marks and from the value before it
(review s22 #14): "at least 7 ✓✎7" read as one value; now "at least 7 ✓✎ 7"."""

from __future__ import annotations

import re
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import STATUS_SYMBOLS, Store
from incident_reader.ui.app import ReaderApp
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare import FIXTURES, open_compare
from tests.ui.test_compare_marks import go_to, line_of


async def test_a_mark_is_not_glued_to_its_value(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        await go_to(screen, "casualties.injured", pilot)
        await pilot.press("i")  # both reports' statements: inconclusive
        await pilot.pause()
        await pilot.press("e", *"seen on cctv", "enter")  # a note: ✎ beside each mark
        await pilot.pause()
        line = line_of(screen.table.current)  # type: ignore[arg-type]
        symbol = re.escape(STATUS_SYMBOLS["inconclusive"])
        assert len(re.findall(symbol, line)) == 2, line
        assert line.count("✎") == 2, line
        assert not re.search(rf"{symbol}[^\s✎]|{symbol}✎\S", line), line  # a space after
    store.close()
