"""Rendering where the analysis is made: a pool gives what analysing and rendering here gives,
failed reports render their empty analysis with the error, and ``extract --json`` is unchanged."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from incident_reader.cli import extract as cli_extract
from incident_reader.core import batch, batch_render
from incident_reader.core.analysis import analyse
from incident_reader.core.export import article_json
from incident_reader.core.model import Report, ReportAnalysis
from tests.unit.test_batch import make_reports


def _summary(analysis: ReportAnalysis) -> tuple[str, int, int]:
    """A module-level rendering (workers receive it by name)."""
    return analysis.report.id, len(analysis.timexes), len(analysis.facts)


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return make_reports(10)


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_a_pool_renders_what_one_by_one_renders(reports: list[Report], method: str) -> None:
    expected = [_summary(analyse(r)) for r in reports]
    pooled = batch_render.iter_rendered(reports, _summary, workers=2, start_method=method)
    got = sorted(pooled)
    assert [index for index, _, _ in got] == list(range(len(reports)))
    assert [value for _, value, _ in got] == expected
    assert all(error is None for _, _, error in got)
    here = list(batch_render.iter_rendered(reports, _summary, workers=1))
    assert here == [(i, v, None) for i, v in enumerate(expected)]  # in input order


def _failing(report: Report, override: str | None = None) -> ReportAnalysis:
    if report.id == "r002":
        raise RuntimeError("boom")
    return analyse(report, override)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failed_report_renders_its_empty_analysis_with_the_error(
    reports: list[Report], workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "analyse", _failing)  # forked workers are copies: they see it
    got = sorted(
        batch_render.iter_rendered(reports[:4], _summary, workers=workers, start_method="fork")
    )
    assert got[2] == (2, ("r002", 0, 0), "RuntimeError: boom")
    assert [error for _, _, error in got].count(None) == 3


def test_renderings_come_out_in_input_order_and_failures_are_named(
    capsys: pytest.CaptureFixture[str],
) -> None:
    results = [(2, "c", None), (0, "a", "ValueError: x"), (1, "b", None)]
    paths = [Path("a.txt"), Path("b.txt"), Path("c.txt")]
    assert list(cli_extract.rendered_in_order(results, paths)) == ["a", "b", "c"]
    assert "a.txt: extraction failed (ValueError: x)" in capsys.readouterr().err


def test_extract_json_is_the_document_of_the_analyses(tmp_path: Path) -> None:
    reports = make_reports(9)
    for r in reports:
        (tmp_path / f"{r.id}.txt").write_text(r.text, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "incident_reader", "extract", str(tmp_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    from incident_reader.core.loading import load_corpus

    corpus = load_corpus([tmp_path])
    buffer = io.StringIO()
    articles = (article_json(analyse(r)) for r in corpus.reports)
    cli_extract.write_document(articles, buffer, skipped=[])  # none skipped
    assert out == buffer.getvalue()
    assert len(json.loads(out)["articles"]) == 9
