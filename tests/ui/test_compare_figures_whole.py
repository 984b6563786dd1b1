"""At 100x30 and 80x24 the comparison gives the figures (dates, clocks, counts, ages) of the two
reports side by side their whole width, and cuts words (places, vehicles, moments) instead."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.console import Console
from rich.style import Style

from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_table import FIGURE_KINDS, CompareRow, side_label
from tests.ui.test_compare import open_compare

# Three invented reports of one fire: long place names beside dates, clocks, counts and ages.
REPORTS = {
    "a_courier.txt": "Warehouse fire on Old Tannery Industrial Estate Road\n"
    "Published: 2024-11-18\n\n"
    "Fire tore through a warehouse on the Old Tannery Industrial Estate Road in Castlebridge"
    " at 3.20am on Monday, 18 November 2024. At least 14 workers were injured and a man, 33,"
    " was arrested.\n",
    "b_gazette.txt": "Fourteen hurt in Castlebridge blaze\nPublished: 2024-11-19\n\n"
    "Fourteen workers were injured when fire swept a warehouse on Old Tannery Industrial"
    " Estate Road in Castlebridge at about 3.25am on Monday, 18 November 2024. A 33-year-old"
    " man was arrested.\n",
    "c_wire.txt": "Castlebridge warehouse fire\nPublished: 2024-11-18\n\n"
    "Fourteen people were hurt in a fire at a warehouse on Old Tannery Industrial Estate Road"
    " in Castlebridge at 3.20am on Monday. Police arrested a man aged 33.\n",
}


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_figures_show_whole_and_words_are_cut(
    size: tuple[int, int], make_corpus: Callable[[dict[str, str | bytes]], Corpus]
) -> None:
    app = ReaderApp(make_corpus(dict(REPORTS)))
    async with app.run_test(size=size) as pilot:
        screen = await open_compare(pilot)
        await pilot.pause()
        table = screen.table
        width = table._layout_width
        figures = 0
        for row in table.rows:
            if not isinstance(row, CompareRow) or row.kind not in FIGURE_KINDS:
                continue
            line = row.lines(width, lambda _: Style(), Console())[0].plain
            for article in (screen.a, screen.b):
                side = row.sides.get(article)
                if side is not None:
                    figures += 1
                    assert side_label(side, row.kind) in line, (row.kind, line)
        assert figures >= 6  # the date, the time, the injured and the age of both at least
