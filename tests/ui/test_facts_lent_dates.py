"""The reader's fact list dates an incident a report leaves undated (or dates by a year only) by
the day the other reports of the same incident tell, as ``extract`` and ``export`` write it, and
says so; a report of another story keeps its own. Reports are invented (the lending tests')."""

from __future__ import annotations

from collections.abc import Callable

from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.row_list import TextRow
from tests.ui.conftest import reader, settle
from tests.unit.test_incident_dates_lent import FIRST_DAY, OTHER_STORY, SAME_STORY, TRIAL_YEAR


def _heads(rows: list[object]) -> list[str]:
    return [r.text for r in rows if isinstance(r, TextRow) and r.text]


async def test_a_year_only_trial_report_shows_the_day_its_siblings_tell(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    corpus = make_corpus(
        {"a.txt": TRIAL_YEAR, "b.txt": FIRST_DAY, "c.txt": SAME_STORY, "d.txt": OTHER_STORY}
    )
    app = ReaderApp(corpus)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert screen.report_index == 0
        heads = _heads(list(screen.facts.rows))
        assert heads[0].startswith("Main incident · 2022-10-29 (from the other reports)")
        await pilot.press("]", "]", "]")  # to the ferry report, which borrows nothing
        await settle(pilot)
        assert screen.report_index == 3
        heads = _heads(list(screen.facts.rows))
        assert heads[0].startswith("Main incident · ")
        assert "from the other reports" not in heads[0]
        assert "2022-10-29" not in heads[0]
