"""The pipeline: which DCT resolves a report, and that the reason for an inferred one is kept."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.analysis import analyse, resolve_dct
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import DctSource

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_seed_without_header_gets_an_inferred_dct_with_its_evidence() -> None:
    report = next(r for r in load_corpus([SEEDS]).reports if r.id.startswith("000"))
    result = analyse(report)
    assert result.dct == "2018-08-14"
    assert result.dct_source is DctSource.INFERRED
    assert result.dct_note and "11 months" in result.dct_note


def test_user_dct_wins_over_header_and_inference() -> None:
    for report in load_corpus([SEEDS]).reports:
        assert resolve_dct(report, "2020-02-02") == ("2020-02-02", DctSource.USER, None)


def test_header_dct_is_used_as_is() -> None:
    report = next(r for r in load_corpus([SEEDS]).reports if r.id.startswith("004"))
    assert resolve_dct(report) == ("2017-10-07T17:40", DctSource.HEADER, None)


def test_a_year_from_other_reports_dates_a_weekday_and_day_month(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2024-09-21\nA man died late last night.\n")
    (tmp_path / "b.txt").write_text(
        "A man was stabbed to death on Friday night.\nHe died on Saturday 21 September.\n"
    )
    corpus = load_corpus([tmp_path])
    undated = analyse(corpus.reports[1])
    assert undated.dct_source is DctSource.INFERRED
    assert undated.dct is not None and undated.dct.startswith("2024-09-2")
    alone = load_corpus([tmp_path / "b.txt"]).reports[0]
    assert analyse(alone).dct is None  # no year anywhere: never today's date


def test_a_weekday_only_report_is_dated_like_the_other_reports(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2025-05-14\nA lorry hit a market stall on Tuesday.\n")
    (tmp_path / "c.txt").write_text("date 2025-05-15\nThe market reopened on Thursday.\n")
    (tmp_path / "b.txt").write_text("Four people were hurt on Tuesday morning at about 9.20am.\n")
    corpus = load_corpus([tmp_path])
    undated = analyse(next(r for r in corpus.reports if r.id == "b"))
    assert undated.dct == "2025-05-14"
    assert undated.dct_source is DctSource.INFERRED
    assert [t.value for t in undated.timexes] == ["2025-05-13TMO", "2025-05-13T09:20"]


def test_a_folder_of_many_stories_lends_no_date(tmp_path: Path) -> None:
    """The earliest date of a folder whose dated reports are spread over months is no story's
    first day: an undated weekday-only report stays undated rather than take it."""
    for name, day in (("a", "2025-01-03"), ("c", "2025-04-20"), ("d", "2025-09-11")):
        (tmp_path / f"{name}.txt").write_text(f"date {day}\nA lorry hit a market stall.\n")
    (tmp_path / "b.txt").write_text("Four people were hurt on Tuesday morning at about 9.20am.\n")
    undated = next(r for r in load_corpus([tmp_path]).reports if r.id == "b")
    assert undated.date_hint is None
    assert analyse(undated).dct is None


def test_one_dated_report_lends_no_date(tmp_path: Path) -> None:
    """A lone dated report (a verdict a year on, say) is no evidence of the story's first day."""
    (tmp_path / "a.txt").write_text("date 2026-06-02\nThe driver was jailed for the attack.\n")
    (tmp_path / "b.txt").write_text("Four people were hurt on Tuesday morning at about 9.20am.\n")
    undated = next(r for r in load_corpus([tmp_path]).reports if r.id == "b")
    assert undated.date_hint is None
