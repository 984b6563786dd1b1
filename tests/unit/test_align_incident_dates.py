"""An incident's date is the one its reports give by month and day, over a weekday read
against a later report's DCT (which a slip of the writer can put a week off)."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core import analysis
from incident_reader.core.loading import load_corpus

FIRST = (
    "date 2025-03-04\n"
    "A flatbed truck ploughed into a road paver in a work zone on Route 41 near the Kessel River "
    "bridge at around 5:50 a.m. on Tuesday, March 4, 2025, and burst into flames with its driver "
    "inside. Route 41 stayed shut in both directions until the afternoon.\n"
)
NEXT_DAY = (
    "date 2025-03-05\n"
    "State police on Wednesday named the man who died when his flatbed truck hit a paver and "
    "caught fire on Route 41 near Pellby Thursday morning. Troopers said the truck was heading "
    "north at about 5:50 a.m. when it left its lane.\n"
)


def test_the_date_told_by_month_and_day_is_the_incidents(tmp_path: Path) -> None:
    for name, text in (("first", FIRST), ("next_day", NEXT_DAY)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    comparison = analysis.compare(analysis.analyse_corpus(load_corpus([tmp_path])))
    assert [(i.date, sorted(i.articles)) for i in comparison.incidents] == [
        ("2025-03-04", ["first", "next_day"])
    ]
