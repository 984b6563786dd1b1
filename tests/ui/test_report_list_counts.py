"""The report list's second line keeps its counts whole: at 120 columns the list is 24 wide and
"2017-03-30  5 dates · …" cut the facts count (review s27); a count that does not fit is left
out, the outlet kept before it. A report with no date reads "undated" ("no date  2 dates" read
as a contradiction)."""

from __future__ import annotations

import re
from dataclasses import replace

from rich.console import Console
from rich.style import Style

from incident_reader.ui.widgets.report_list import ReportRow
from tests.ui.conftest import fixture_corpus
from tests.ui.fakes import fake_analyse


def _detail(row: ReportRow, width: int) -> str:
    return row.lines(width, lambda _: Style(), Console(width=width))[1].plain


def _rows() -> list[ReportRow]:
    corpus = fixture_corpus()
    rows = []
    for n, report in enumerate(corpus.reports):
        analysis = fake_analyse(report)
        rows.append(ReportRow(n, report, analysis))
        rows.append(ReportRow(n, replace(report, source="The Harbour Evening Gazette"), analysis))
        rows.append(ReportRow(n, report, replace(analysis, dct=None)))
    return rows


def test_counts_are_whole_or_left_out_at_every_width() -> None:
    for row in _rows():
        assert row.analysis is not None
        told = {
            f"{len(row.analysis.timeline)} date": " date",
            f"{len(row.analysis.facts)} fact": " fact",
        }
        for width in range(12, 60):  # the list is never narrower than its dates
            line = _detail(row, width)
            assert len(line) <= width
            for count, noun in told.items():
                if noun in line:
                    assert count in line, (width, line)
            assert not re.search(r"\d…|· …$|\d+ [a-z]*…", line), (width, line)


def test_the_outlet_stays_before_the_counts() -> None:
    row = next(r for r in _rows() if r.report.source)
    assert "The Harbour Evening Gazette" in _detail(row, 80)
    narrow = _detail(row, 30)
    assert "The Harbour" in narrow and "fact" not in narrow, narrow


def test_a_report_with_no_date_reads_undated() -> None:
    row = next(r for r in _rows() if r.analysis is not None and r.analysis.dct is None)
    line = _detail(row, 40)
    assert line.startswith("undated  ") and "no date" not in line, line
