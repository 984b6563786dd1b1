"""An incident no report's text dates is shown as undated, with the report whose own date stands
in for it and where that date came from; a text that tells its day or a moment of it is dated.
Sentences are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.align import compare
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.codec import comparison_from_dict, comparison_to_dict
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Comparison, SharedIncident

CRANE = (
    "date 2025-04-02\nCrane topples onto road\n\n"
    "A crane toppled onto Fenwick Road in Ardmore on Tuesday, crushing two parked cars.\n"
)
ASSAULT = (
    "date 2025-06-10\nMan charged after ferry terminal assault\n\n"
    "A man has been charged after a steward was assaulted at the Pellow Quay ferry terminal in "
    "Carrow. The steward, 44, was treated in hospital for a broken jaw.\n"
)
SAME_DAY = (
    "date 2025-06-10\nSteward hurt at ferry terminal\n\n"
    "A steward was assaulted at the Pellow Quay ferry terminal in Carrow shortly after 9.15am. "
    "He was treated in hospital for a broken jaw.\n"
)


def _compare(tmp_path: Path, files: dict[str, str]) -> Comparison:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return compare(analyse_corpus(load_corpus([tmp_path])))


def _of(comparison: Comparison, article: str) -> SharedIncident:
    return next(i for i in comparison.incidents if article in i.articles)


def test_an_incident_dated_only_by_its_reports_own_day_says_so(tmp_path: Path) -> None:
    comparison = _compare(tmp_path, {"a.txt": CRANE, "b.txt": ASSAULT})
    told, lent = _of(comparison, "a"), _of(comparison, "b")
    assert (told.date, told.date_from, told.undated) == ("2025-04-01", None, False)
    assert (lent.date, lent.date_from, lent.date_from_source) == ("2025-06-10", "b", "header line")
    assert lent.undated
    assert lent.date_label() == "undated (by 2025-06-10: b's date, header line)"
    assert lent.to_json()["date_from"] == {"report": "b", "source": "header line"}
    assert "date_from" not in told.to_json()


def test_a_moment_told_on_the_reports_day_dates_the_incident(tmp_path: Path) -> None:
    comparison = _compare(tmp_path, {"a.txt": CRANE, "b.txt": SAME_DAY})
    same_day = _of(comparison, "b")
    assert (same_day.date, same_day.date_from) == ("2025-06-10", None)
    assert same_day.date_label() == "2025-06-10"


def test_an_incident_with_no_date_at_all_reads_undated() -> None:
    assert SharedIncident("I1", None, None, ("a",)).date_label() == "undated"


def test_the_lent_date_survives_the_cache(tmp_path: Path) -> None:
    comparison = _compare(tmp_path, {"a.txt": CRANE, "b.txt": ASSAULT})
    again = comparison_from_dict(json.loads(json.dumps(comparison_to_dict(comparison))))
    assert again.incidents == comparison.incidents


def test_the_cli_table_and_json_tell_the_lent_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "a.txt").write_text(CRANE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ASSAULT, encoding="utf-8")
    assert main(["compare", str(tmp_path)]) == 0
    assert "undated (by 2025-06-10: b's date, header line)" in capsys.readouterr().out
    assert main(["compare", str(tmp_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    lent = next(i for i in doc["incidents"] if "b" in i["articles"])
    assert lent["date_from"] == {"report": "b", "source": "header line"}


def test_a_side_event_with_nothing_to_compare_is_no_incident_of_the_comparison() -> None:
    """A side event a report mentions without a date, a place or any fact ("a street was
    evacuated on Monday" in a report with no date of its own) has nothing to compare: it must not
    stand in the comparison as an undated incident of its own."""
    from tests.unit.test_align_build import Told, build

    first = (
        "A van hit pedestrians on Quay Street in Lorn, killing three. Shops were shut on Monday."
    )
    second = "Three people died when a van struck pedestrians on Quay Street in Lorn."
    a = build(
        "a",
        first,
        [
            Told("i0", "A van hit pedestrians", "2025-03-02", "quay street, lorn", main=True,
                 facts=[("casualties.killed", "killing three", 3)]),
            Told("i1", "Shops were shut on Monday."),
        ],
    )  # fmt: skip
    b = build(
        "b",
        second,
        [
            Told("i0", "a van struck pedestrians", "2025-03-02", "quay street, lorn", main=True,
                 facts=[("casualties.killed", "Three people died", 3)]),
        ],
        dct="2025-03-02",
    )  # fmt: skip
    comparison = compare([a, b])
    assert [sorted(i.articles) for i in comparison.incidents] == [["a", "b"]]
