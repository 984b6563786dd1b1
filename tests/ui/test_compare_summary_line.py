"""The comparison row's summary line: an agreed fact says so without repeating its values by date;
a figure that moved leads with the latest and shows how it moved."""

from __future__ import annotations

from incident_reader.core.model import FactStanding, FactSummary, FigureStep
from incident_reader.ui.widgets.compare_table import _summary_line


def _steps(*told: tuple[str, int, str | None]) -> tuple[FigureStep, ...]:
    return tuple(FigureStep(a, v, w) for a, v, w in told)


def test_an_agreed_fact_shows_no_history() -> None:
    history = _steps(("a", 4, "2025-05-03"), ("b", 4, "2025-05-04"), ("c", 4, None))
    fact = FactSummary("I1", "arrests", FactStanding.AGREED, 4, ("a", "b", "c"), (), (), history)
    assert _summary_line(fact) == "agreed by 3 of 3"


def test_a_figure_that_moved_leads_with_the_latest_and_its_history() -> None:
    history = _steps(("a", 4, "2025-05-03"), ("b", 4, "2025-05-03"), ("c", 5, "2025-05-20"))
    fact = FactSummary(
        "I1", "casualties.killed", FactStanding.REVISED, 5, ("c",), ("a", "b"), (), history,
        "2025-05-20",
    )  # fmt: skip
    assert _summary_line(fact) == (
        "latest figure 5 (2025-05-20) in 1 of 3, an earlier one in 2"
        " · 2025-05-03: 4 → 2025-05-20: 5"
    )


def test_two_reports_get_no_summary_line() -> None:
    history = _steps(("a", 4, "2025-05-03"), ("b", 5, "2025-05-03"))
    fact = FactSummary("I1", "arrests", FactStanding.DISPUTED, 4, ("a",), (), ("b",), history)
    assert _summary_line(fact) == "" and _summary_line(None) == ""
