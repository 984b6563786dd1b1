"""An incident's date is the one its reports give by month and day, over a weekday read
against a later report's DCT (which a slip of the writer can put a week off)."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core import analysis
from incident_reader.core.loading import load_corpus

FIRST = (
    "date 2025-03-04\n"
    "The northbound lanes of Route 41 were closed after a fatal crash at around 5:50 a.m. on "
    "Tuesday, March 4, 2025. A flatbed truck drove into a road paver in a work zone near the "
    "Kessel River bridge and caught fire, trapping the driver, officials said.\n"
)
NEXT_DAY = (
    "date 2025-03-05\n"
    "The driver of a flatbed truck that crashed on Route 41 near Pellby Thursday morning died when "
    "his truck struck a road paver and caught fire, state police confirmed on Wednesday. The crash "
    "happened about 5:50 a.m. as the truck was northbound on Route 41, police said.\n"
)


def test_the_date_told_by_month_and_day_is_the_incidents(tmp_path: Path) -> None:
    for name, text in (("first", FIRST), ("next_day", NEXT_DAY)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    comparison = analysis.compare(analysis.analyse_corpus(load_corpus([tmp_path])))
    assert [(i.date, sorted(i.articles)) for i in comparison.incidents] == [
        ("2025-03-04", ["first", "next_day"])
    ]
