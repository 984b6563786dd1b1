"""A fact whose reports give values only within tolerance of each other is "compatible", never
"agreed"; a report that contradicts itself on a fact shows it on that fact's comparison row."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.style import Style

from incident_reader.core.align.summary import describe
from incident_reader.core.model import Corpus, FactStanding, FactSummary, FigureStep
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_table import OWN_CONFLICT, CompareRow
from tests.ui.test_compare import open_compare

# Three invented reports of one van crash: times 9.10, 9.15 and 9.08 agree within the tolerance;
# the first also puts the crash at 9.45, against its own 9.10.
REPORTS = {
    "a_herald.txt": "Van strikes shoppers in Harrow Lane\nPublished: 2025-06-02\n\n"
    "A van struck four shoppers on Harrow Lane in Leeds at 9.10am on Monday, police said.\n"
    "The driver, 41, was arrested at the scene.\n"
    "A witness said the crash happened at 9.45am, just as the market opened.\n",
    "b_post.txt": "Four hurt as van hits shoppers\nPublished: 2025-06-02\n\n"
    "Four shoppers were injured when a van mounted the pavement on Harrow Lane in Leeds at"
    " about 9.15am on Monday.\nA 41-year-old man was arrested.\n",
    "c_echo.txt": "Leeds van crash: driver held\nPublished: 2025-06-03\n\n"
    "A van hit four people on Harrow Lane in Leeds at 9.08am on Monday. The driver, 41, was"
    " arrested.\n",
}


def _steps(kind: str, *values: str) -> FactSummary:
    history = tuple(FigureStep(f"r{n}", v, "2025-06-02") for n, v in enumerate(values))
    names = tuple(s.article for s in history)
    return FactSummary("I1", kind, FactStanding.AGREED, values[0], names, (), (), history)


def test_values_within_tolerance_are_compatible_not_agreed() -> None:
    assert describe(_steps("incident.time", "14:40", "14:39", "14:45")) == (
        "compatible in 3 of 3 (agree within tolerance)"
    )
    assert describe(_steps("incident.time", "08:05", "08:05", "08:05")) == "agreed by 3 of 3"
    assert describe(_steps("arrests", "2", "2")) == "agreed by 2 of 2"


def _plain(row: CompareRow, width: int = 120) -> list[str]:
    return [t.plain for t in row.lines(width, lambda _: Style(), Console())]


async def test_the_row_says_compatible_and_shows_a_report_contradicting_itself(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus(dict(REPORTS)))
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        rows = [r for r in screen.table.rows if isinstance(r, CompareRow)]
        time = next(r for r in rows if r.kind == "incident.time")
        assert "agreed" not in time.summary
        assert time.summary.startswith("compatible in 3 of 3")
        lines = _plain(time)
        assert OWN_CONFLICT in lines[0]  # beside a_herald's value
        told = " ".join(lines[1:])
        assert "a_herald contradicts itself on the time" in told
        assert "09:10" in told and "09:45" in told
        others = [r for r in rows if r.kind != "incident.time"]
        assert not any(OWN_CONFLICT in " ".join(_plain(r)) for r in others)
