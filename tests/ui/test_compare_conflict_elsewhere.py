"""With 3+ reports the header counts every report's conflicts, while f steps through the two side
by side: f on two agreeing reports said only "No conflict between these two reports" under a
header reading "! conflict 1"; it now says where the conflict is and how to reach it."""

from __future__ import annotations

from collections.abc import Callable

from incident_reader.core.model import Corpus
from tests.ui.test_compare import open_compare
from tests.ui.test_compare_many import _app
from tests.ui.test_undo_marks import said


async def test_f_says_the_counted_conflict_lies_between_other_reports(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = _app(make_corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_compare(pilot)
        assert (screen.a, screen.b) == ("a_first", "b_second")  # 4 and 4 injured: they agree
        assert (screen._counts() or {}).get("conflict") == 1  # the third says 6
        await pilot.press("f")
        await pilot.pause()
        notice = said(app)[-1]
        assert "No conflict between these two reports" in notice
        assert "1 row with a conflict between other reports" in notice
        assert "a / b" in notice
