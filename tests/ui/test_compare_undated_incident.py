"""The comparison heads an incident no report's text dates as undated, with the report whose own
date stands in for it, not as if that date were the incident's. Reports are invented."""

from __future__ import annotations

from collections.abc import Callable

from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
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
