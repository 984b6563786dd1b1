"""A DCT read from a page's markup is shown as "HTML" (the stored value stays "html")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from incident_reader.core.model import DctSource, Report

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "inquest-jsonld.html"


def test_labels() -> None:
    assert DctSource.HTML.label == "HTML" and DctSource.HTML.value == "html"
    assert DctSource.HEADER.label == "header line"


def test_extract_table_and_reader_header_say_html() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "incident_reader", "extract", str(PAGE)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "DCT 2016-11-09T16:42 (HTML)" in done.stdout

    from incident_reader.core.analysis import analyse
    from incident_reader.core.loading import load_file
    from incident_reader.ui.widgets.report_header import header_text

    report = load_file(PAGE)
    assert isinstance(report, Report)
    lines = header_text(report, analyse(report), 0, 1, 1)
    assert "(HTML)" in "\n".join(getattr(line, "plain", "") for line in lines.renderables)
