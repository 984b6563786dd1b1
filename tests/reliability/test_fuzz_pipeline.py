"""Issue 14: the whole pipeline under fuzzing (hypothesis), with extreme DCTs and hostile text.

Each case loads nothing from disk: it builds a report from adversarial fragments (controls,
terminal escapes, markup, spreadsheet formulas, month and clock runs, long whitespace), tags,
extracts, orders, compares, exports every format and prints the headless tables, then checks what
came out: no traceback, nothing that can act on a terminal or a spreadsheet, and each case within
its own CPU budget. About 40 cases, a few seconds in all, so it runs in CI on every change.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from incident_reader.cli import compare as cli_compare
from incident_reader.cli import extract as cli_extract
from incident_reader.core import analysis
from incident_reader.core.export import FORMATS, article_json, render
from incident_reader.core.model import DctSource, Report

CASE_BUDGET_S = 3.0  # CPU seconds per case; a case takes a few hundredths of that
FRAGMENTS = (
    "\x1b]0;title\x07", "\x1b]52;c;Y3VybA==\x07", "\x9b31m", "\x9d0;x\x9c", "\x00", "\x7f", "\r",
    "[/]", "[bold]", "[link=file:///etc/passwd]x[/link]", "=HYPERLINK(\"x\")", "+1", "-2", "@a",
    "May", "June 2019", "January February March", "Monday", "yesterday", "last week",
    "tomorrow", "10 years ago", "in 3 days", "7.30am", "23:59", "00:00", "noon", "3 May 2019",
    "Three people were injured", "more than 51 were killed", "hundreds", "a red van",
    "police said.", "\n\n", " ", "\t", "\u00a0", "\u2028", "“", "’", "—", "\ufffd",
)  # fmt: skip
DCTS = ("0001-01-01", "9999-12-31", "0001-01-01T00:00", "9999-12-31T23:59", "2020-02-29",
        "2019-05-10T07:37", None)  # fmt: skip
RUNS = (" ", "\n", "May ", "7am ", "Monday ")
# A run of 700 clock times in each of two reports takes 1.4 s to align (core/align's moments are
# compared pairwise); runs stay short enough here that a case measures the pipeline, not that.
MAX_RUN = 120
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=12),
    st.builds(lambda c, n: c * n, st.sampled_from(RUNS), st.integers(0, MAX_RUN)),
)
texts = st.lists(pieces, min_size=1, max_size=30).map(" ".join)


def _report(rid: str, text: str, dct: str | None) -> Report:
    source = DctSource.HEADER if dct else DctSource.NONE
    return Report(id=rid, path=Path(f"{rid}.txt"), title=text[:80] or rid, text=text, dct=dct,
                  dct_source=source, sha1=f"{abs(hash((rid, text))):040d}"[:40])  # fmt: skip


def _check_file_text(fmt: str, out: str) -> None:
    if fmt in ("json", "timelinejs"):
        json.loads(out)
        assert not CONTROL.search(out.replace("\n", "")), fmt
        return
    assert not CONTROL.search(out.replace("\r\n", "\n")), fmt
    if fmt in ("csv", "incidents"):
        for row in csv.reader(io.StringIO(out, newline="")):
            assert not [c for c in row if c[:1] in ("=", "+", "-", "@")], (fmt, row)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.target),  # no minutes of shrinking
)
@given(texts, texts, st.sampled_from(DCTS), st.sampled_from(DCTS))
def test_the_pipeline_survives_hostile_text_and_extreme_dcts(
    a_text: str, b_text: str, a_dct: str | None, b_dct: str | None
) -> None:
    started = time.process_time()
    reports = [_report("a", a_text, a_dct), _report("b", b_text, b_dct)]
    analyses = [analysis.analyse(r) for r in reports]
    comparison = analysis.compare(analyses)
    for a in analyses:
        for t in a.timexes:
            assert 0 <= t.start <= t.end <= len(a.report.text)
        for f in a.facts:
            assert 0 <= f.start <= f.end <= len(a.report.text)
    for fmt in FORMATS:
        _check_file_text(fmt, render(fmt, analyses, None, False, analysis.compare))
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown):
        cli_extract.print_tables({"articles": [article_json(a) for a in analyses]})
        cli_compare.print_tables(comparison.to_json(), timeline=True)
    assert not CONTROL.search(shown.getvalue().replace("\n", ""))
    assert time.process_time() - started < CASE_BUDGET_S
