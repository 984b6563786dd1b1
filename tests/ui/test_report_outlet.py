"""The report list names each report's outlet (the site name a saved page gives) after its date."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.style import Style

from incident_reader.core.loading import load_file
from incident_reader.core.model import DctSource, Report, ReportAnalysis
from incident_reader.ui.widgets.report_list import ReportRow

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "inquest-jsonld.html"


def detail_line(report: Report, width: int = 70) -> str:
    analysis = ReportAnalysis(report=report, dct=report.dct, dct_source=report.dct_source)
    lines = ReportRow(0, report, analysis).lines(width, lambda _: Style(), Console())
    return lines[1].plain


def test_a_saved_page_shows_its_outlet_after_its_date() -> None:
    report = load_file(PAGE)
    assert isinstance(report, Report) and report.dct_source is DctSource.HTML
    line = detail_line(report)
    assert " · The Northern Ledger  0 dates · 0 facts" in line


def test_a_report_without_an_outlet_shows_none() -> None:
    report = load_file(PAGE)
    assert isinstance(report, Report)
    plain = replace(report, source=None)
    assert "·" not in detail_line(plain).split("  ")[0]
