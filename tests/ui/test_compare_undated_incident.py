"""The comparison heads an incident no report's text dates as undated, with the report whose own
date stands in for it, not as if that date were the incident's; the reader's facts pane says so
of a report's main incident. Reports are invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from tempfile import TemporaryDirectory

from incident_reader.core.analysis import analyse
from incident_reader.core.loading import load_file
from incident_reader.core.model import Corpus, Skipped
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.fact_list import fact_rows
from incident_reader.ui.widgets.row_list import TextRow
from tests.ui.test_compare import open_compare
from tests.unit.test_align_undated_incident import ASSAULT, CRANE


async def test_the_incident_header_says_undated_and_whose_date_stands_in(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus({"a.txt": CRANE, "b.txt": ASSAULT}))
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_compare(pilot)
        heads = [r.text for r in screen.table.rows if isinstance(r, TextRow)]
        assert "Incident I1 · 2025-04-01 · fenwick road, ardmore" in heads
        assert (
            "Incident I2 · undated (by 2025-06-10: b's date, header line)"
            " · pellow quay ferry terminal, carrow"
        ) in heads


def test_the_facts_pane_says_a_main_incident_it_never_dates_is_undated() -> None:
    def heads(name: str, text: str, tmp: Path) -> list[str]:
        (tmp / name).write_text(text, encoding="utf-8")
        report = load_file(tmp / name)
        assert not isinstance(report, Skipped)
        return [r.text for r in fact_rows(analyse(report)) if isinstance(r, TextRow) and r.text]

    with TemporaryDirectory() as folder:
        tmp = Path(folder)
        assert heads("b.txt", ASSAULT, tmp)[0] == (
            "Main incident · undated (by 2025-06-10: the report's date)"
            " · pellow quay ferry terminal, carrow"
        )
        assert heads("a.txt", CRANE, tmp)[0] == "Main incident · 2025-04-01 · fenwick road, ardmore"
