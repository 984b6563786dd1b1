"""A count of the seriously hurt says so wherever a fact is shown: ``extract --json`` gives it a
``measure``, the reader's Facts pane writes "seriously hurt" beside the figure (review s25 #2,
s26 #12: DN's "14 others severely injured" read as plain "injured 14")."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.export import article_json
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import ReportAnalysis
from incident_reader.ui.widgets.fact_list import FactRow, fact_rows

TEXT = (
    "date 2031-02-03\n\nDriver jailed\n\nThe driver who drove into shoppers in Velmora killed "
    "two people and left 14 others severely injured, the court heard.\n"
)
DAY = "date 2030-02-03\n\nVan hits shoppers\n\nA van hit shoppers in Velmora. 40 were injured.\n"


def _analysis(tmp_path: Path, text: str = TEXT) -> ReportAnalysis:
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    (analysis,) = analyse_corpus(load_corpus([tmp_path / "report.txt"]))
    return analysis


def test_extract_json_gives_the_measure_of_a_count_of_the_seriously_hurt(tmp_path: Path) -> None:
    injured = {
        f["value"]: f.get("measure")
        for text in (TEXT, DAY)
        for f in article_json(_analysis(tmp_path, text))["facts"]
        if f["kind"] == "casualties.injured"
    }
    assert injured == {14: "seriously", 40: None}  # every person hurt: no measure


def test_the_facts_pane_says_seriously_hurt(tmp_path: Path) -> None:
    measures = {
        r.fact.value: r.measure
        for text in (TEXT, DAY)
        for r in fact_rows(_analysis(tmp_path, text))
        if isinstance(r, FactRow) and r.fact.kind == "casualties.injured"
    }
    assert measures == {14: "seriously", 40: ""}
