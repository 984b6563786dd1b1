"""With 3+ reports the row marks, the header's counts and f are about the two side by side (A ⇄ B);
a conflict between other reports is counted apart, by the pairs f names ("! 2 between other
reports" for injured a ⇄ c and b ⇄ c; it counted the row, 1, review s22 #14), and f names the
reports it lies between. Before, the header read "! conflict 1" (and the row "!") while f said
"No conflict between these two reports"."""

from __future__ import annotations

from collections.abc import Callable

from incident_reader.core.model import Corpus
from incident_reader.ui.widgets.compare_header import CompareHeader
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
        assert (screen._counts() or {}).get("conflict") is None  # not between A and B
        header = str(screen.query_one(CompareHeader).render())
        # two pairs conflict on one row (a ⇄ c, b ⇄ c): the header counts what f lists
        assert "A ⇄ B: ! conflict 0" in header and "! 2 between other reports" in header
        await pilot.press("f")
        await pilot.pause()
        notice = said(app)[-1]
        assert "No conflict between A and B" in notice
        assert "injured (a_first ⇄ c_third, b_second ⇄ c_third)" in notice
        assert "a / b" in notice
