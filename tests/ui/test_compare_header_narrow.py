"""At 80 columns the comparison's two header lines are cut, never wrapped: the status counts
("! conflict 1 > revised 0 ...") stay on screen below the reports' names."""

from __future__ import annotations

import shutil
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_header import CompareHeader
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare import FIXTURES, open_compare


async def test_the_status_counts_stay_on_the_second_header_line_at_80_columns(
    tmp_path: Path,
) -> None:
    # Three reports with long file names, as saved pages are named: the first line is too long.
    for n, source in enumerate(sorted(FIXTURES.glob("*.txt")) * 2):
        if n < 3:
            shutil.copy(source, tmp_path / f"{n}_regional_evening_news_live_{source.name}")
    app = ReaderApp(load_corpus([tmp_path]), analyser=fake_analyse)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_compare(pilot)
        await pilot.pause()
        header = screen.query_one(CompareHeader)
        lines = ["".join(s.text for s in header.render_line(y)).rstrip() for y in range(2)]
        assert lines[0].lstrip().startswith("Comparing")
        assert lines[0].endswith("…"), lines
        assert "! conflict" in lines[1], lines
