"""Which outlet said what: the outlet, author and address a report's front matter gives travel
with its facts into `extract --json` and the CSV export, so a checker's record names its source."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.analysis import analyse
from incident_reader.core.export import CSV_COLUMNS, MarkedArticle, article_json, to_csv
from incident_reader.core.loading import load_corpus

STORY = (
    "---\ntitle: Van hits shelter\ndate: 2024-03-02\nsource: The Harbour Echo\n"
    "author: Mina Ortiz\nurl: https://example.org/van\n---\n"
    "A van hit a bus shelter on Quay Street on Friday, injuring three people, police said.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "echo.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(
        "date 2024-03-02\nA van hit a bus shelter on Friday, injuring three.\n", encoding="utf-8"
    )
    return tmp_path


def test_extract_json_names_the_outlet_author_and_address(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(folder), "--json"]) == 0
    arts = {a["id"]: a for a in json.loads(capsys.readouterr().out)["articles"]}
    echo = next(a for rid, a in arts.items() if rid.startswith("echo"))
    assert (echo["outlet"], echo["author"], echo["url"]) == (
        "The Harbour Echo",
        "Mina Ortiz",
        "https://example.org/van",
    )
    plain = next(a for rid, a in arts.items() if rid.startswith("plain"))
    assert (plain["outlet"], plain["author"], plain["url"]) == (None, None, None)


def test_every_csv_row_names_its_outlet(folder: Path) -> None:
    corpus = load_corpus([folder])
    echo = next(r for r in corpus.reports if r.id.startswith("echo"))
    analysis = analyse(echo)
    assert article_json(analysis)["outlet"] == "The Harbour Echo"
    marked = MarkedArticle(
        analysis, (None,) * len(analysis.timeline), (None,) * len(analysis.facts)
    )
    rows = list(csv.DictReader(io.StringIO(to_csv([marked]))))
    assert rows and {"outlet", "author"} <= set(CSV_COLUMNS)
    assert {(r["outlet"], r["author"]) for r in rows} == {("The Harbour Echo", "Mina Ortiz")}
