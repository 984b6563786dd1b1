"""The incidents export as a researcher codes it (issue 12/13): each count is the story's latest
figure, its range the spread of that stage, and no date is the report's own day (own sentences)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.export import attach_marks
from incident_reader.core.export_incidents import INCIDENT_COLUMNS, to_incidents_csv
from incident_reader.core.model import Comparison, SharedIncident
from tests.unit.test_align_build import Told, build

TOLL = {
    "r1.txt": "date 2025-06-02\nBus plunges off viaduct near Ostwick\n\nA bus plunged off the "
    "Kelderbrook viaduct near Ostwick on Sunday, killing at least ten people, police said.\n",
    "r2.txt": "date 2025-06-03\nOstwick bus crash toll rises\n\nThe toll from the bus crash at the "
    "Kelderbrook viaduct near Ostwick on Sunday rose to 24, officials said.\n",
    "r3.txt": "date 2025-06-05\nOstwick bus crash: 31 dead\n\nOfficials said 31 people died when "
    "a bus plunged off the Kelderbrook viaduct near Ostwick on Sunday.\n",
}
DATED = (
    "date 2025-03-04\nVan strikes crowd in Larkmoor\n\nA van struck a crowd on Harbour Street in "
    "Larkmoor on Monday, killing three people. Police said the driver was arrested.\n"
)
UNDATED = (
    "date 2025-09-10\nLarkmoor remembers the van attack\n\nThe town of Larkmoor still mourns the "
    "victims of the van attack. The driver killed three people on Harbour Street. A memorial "
    "fund has raised money for the families.\n"
)


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _rows(capsys: pytest.CaptureFixture[str], *paths: Path) -> list[dict[str, str]]:
    code = main(["export", *map(str, paths), "-f", "incidents", "--no-bom"])
    out = capsys.readouterr().out
    assert code == 0
    return list(csv.DictReader(io.StringIO(out, newline="")))


def test_a_rising_toll_is_coded_as_its_latest_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _rows(capsys, _write(tmp_path / "story", TOLL))
    assert len(rows) == 1
    row = rows[0]
    # not 10 to open ("at least ten" in the first hour): the latest stage's 31, and its spread
    assert (row["killed"], row["killed_min"], row["killed_max"]) == ("31", "31", "31")


def test_the_count_columns_are_documented_in_order() -> None:
    for count in ("killed", "injured", "hospitalised", "arrests"):
        at = INCIDENT_COLUMNS.index(count)
        assert INCIDENT_COLUMNS[at + 1 : at + 3] == (f"{count}_min", f"{count}_max")


def test_a_report_that_states_no_date_gives_no_incident_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path / "one", {"b.txt": UNDATED})
    rows = _rows(capsys, folder)
    assert rows[0]["date"] == ""  # not 2025-09-10, the day the memorial piece was written
    assert rows[0]["killed"] == "3"


def test_the_date_comes_from_the_report_that_states_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path / "two", {"a.txt": DATED, "b.txt": UNDATED})
    dates = {r["date"] for r in _rows(capsys, folder) if r["main"] == "yes"}
    assert dates == {"2025-03-03"}


def test_a_reports_own_news_left_alone_joins_the_story_it_recalls() -> None:
    """A report whose main incident is an inquiry, and recalls the crush the others report, is
    one row with them, not a second main incident coding the deaths again."""
    crush = "A crush in Tamber Lane in Ostwick killed nine people"
    analyses = [
        build(rid, f"{crush} on Saturday.", [Told("i0", crush, "2025-05-03", "tamber lane",
              main=True, facts=[("casualties.killed", "killed nine people", 9)])], dct=dct)
        for rid, dct in (("a", "2025-05-04"), ("b", "2025-05-05"))
    ]  # fmt: skip
    inquiry = "Police said on Friday that two officers were charged over the response."
    text = f"{inquiry} {crush} last year."
    analyses.append(build("c", text, [
        Told("i0", inquiry, "2026-02-06", "ostwick", main=True, facts=[
            ("arrests", "two officers were charged", 2), ("casualties.killed", "killed nine", 9)]),
        Told("i1", crush, "2025", "tamber lane", facts=[("casualties.killed", "killed nine", 9)]),
    ], dct="2026-02-06"))  # fmt: skip
    shared = SharedIncident(
        "I1", "2025-05-03", "tamber lane", ("a", "b", "c"), {"a": "i0", "b": "i0", "c": "i1"}
    )
    text_out = to_incidents_csv(attach_marks(analyses, None), Comparison(incidents=(shared,)))
    rows = list(csv.DictReader(io.StringIO(text_out, newline="")))
    assert [(r["incident"], r["main"]) for r in rows] == [("I1", "yes")]
    assert rows[0]["sources"] == "a;b;c" and rows[0]["arrests"] == "2"
    assert rows[0]["killed"] == "9"


def test_markdown_says_a_day_with_no_year_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from incident_reader.core.export import _when

    assert _when("XXXX-02-13") == "13 February (year unknown)"
    assert _when("XXXX-05-02T13:00") == "2 May, 13:00 (year unknown)"
    assert _when("XXXX-07") == "July (year unknown)"
    folder = _write(tmp_path / "noyear", {"v.txt": (
        "Verdict in the Larkmoor van case\n\nThe court heard that the van struck the crowd on "
        "Harbour Street on February 13th, killing three people.\n"
    )})  # fmt: skip
    assert main(["export", str(folder), "-f", "md"]) == 0
    out = capsys.readouterr().out
    assert "XXXX" not in out


def test_extract_tables_give_no_date_the_report_does_not_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path / "tables", {"b.txt": UNDATED})
    assert main(["extract", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "2025-09-10 (header" in out and "│ 2025-09-10 │" not in out and "│ ?" in out
    # beside a report that tells the attack's day, b's incident takes that day (lent_dates)
    folder = _write(tmp_path / "tables2", {"a.txt": DATED, "b.txt": UNDATED})
    assert main(["extract", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "2025-03-03" in out  # a's "on Monday"
    assert "│ 2025-09-10 │" not in out and "│ ?" not in out


def test_an_early_at_least_is_no_part_of_the_latest_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = "a lorry ploughed into the Fenwick Street market in Ostwick on Sunday"
    files = {
        "r1.txt": f"date 2025-06-01\nOstwick market\n\nPolice said {story}, killing at least "
        "nine people.\n",
        "r2.txt": f"date 2025-06-02\nOstwick market toll\n\nOfficials said {story}, killing "
        "12 people.\n",
        "r3.txt": f"date 2025-06-03\nOstwick mourns\n\nThe town mourned after {story}, killing "
        "12 people.\n",
    }
    row = _rows(capsys, _write(tmp_path / "early", files))[0]
    assert (row["killed"], row["killed_min"], row["killed_max"]) == ("12", "12", "12")


AGED = {
    "a.txt": "date 2016-11-10\nTram derails in Halbury\n\nA tram derailed on a bend in Halbury on "
    "Wednesday, killing four passengers. The driver, Colin Trask, 42, was arrested at the scene.\n",
    "b.txt": "date 2016-11-11\nHalbury tram driver held\n\nPolice arrested the driver, Colin "
    "Trask, 42, after a tram derailed on a bend in Halbury on Wednesday, killing four people.\n",
    "c.txt": "date 2021-06-20\nHalbury tram driver in court\n\nThe driver of a tram that "
    "derailed on a bend in Halbury in November 2016, killing four people, appeared in court "
    "charged over the deaths. Colin Trask, 47, denies the charges.\n",
}


def test_a_suspects_age_is_coded_as_it_was_at_the_incident(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An inquest years on gives the driver's age then (47); the coded incident is of 2016,
    when he was 42, as the reports of the day say."""
    rows = _rows(capsys, _write(tmp_path / "story", AGED))
    assert [(r["suspect"], r["suspect_age"]) for r in rows if r["main"] == "yes"] == [
        ("colin trask", "42")
    ]


RISING = {
    "r1.txt": "date 2025-06-02\nBus plunges off viaduct near Ostwick\n\nA bus plunged off the "
    "Kelderbrook viaduct near Ostwick on Sunday, killing 12 people, police said.\n",
    "r2.txt": "date 2025-06-05\nOstwick bus crash: 31 dead\n\nOfficials said 31 people died when "
    "a bus plunged off the Kelderbrook viaduct near Ostwick on Sunday.\n",
    "r3.txt": "date 2025-06-02\nBus crash near Ostwick\n\nA bus plunged off the Kelderbrook "
    "viaduct near Ostwick on Sunday, killing 15 people.\n",
}


def test_a_verified_earlier_figure_is_not_told_as_the_coded_count_verified(
    tmp_path: Path,
) -> None:
    """A reviewer verified the first day's 12 (that report's figure); the row codes the latest
    31: "verified" must say which figure was verified, not that the coded count was. And whether
    the sources dispute a fact is the same with and without --verified-only."""
    from incident_reader.core.align import compare
    from incident_reader.core.analysis import analyse_corpus
    from incident_reader.core.loading import load_corpus
    from incident_reader.core.store import Store

    folder = _write(tmp_path / "story", RISING)
    analyses = analyse_corpus(load_corpus([folder]))
    comparison = compare(analyses)
    store = Store.open(folder, reviewer="ann")
    first = next(a for a in analyses if a.report.id == "r1")
    killed = next(f for f in first.facts if f.kind == "casualties.killed")
    store.set_status(first.report, killed, "verified")
    marked = attach_marks(analyses, store)
    (row,) = list(csv.DictReader(io.StringIO(to_incidents_csv(marked, comparison))))
    assert row["killed"] == "31"
    assert row["verified"] == "casualties.killed=12@r1"
    (only,) = list(
        csv.DictReader(io.StringIO(to_incidents_csv(marked, comparison, verified_only=True)))
    )
    assert only["killed"] == "12" and only["verified"] == "casualties.killed=12@r1"  # one form
    assert only["disputed"] == row["disputed"]


def test_a_count_of_the_seriously_hurt_is_no_part_of_the_injured_range() -> None:
    """The inquest's "seriously injuring 29" is a part of the hurt: the row's injured range is
    the spread of the whole figures, never the part's 29."""
    early = build(
        "a",
        "A car hit pedestrians on Bridge Street in Wexmoor, injuring at least 40 people.",
        [Told("i0", "A car hit pedestrians", "2025-03-01", "bridge street, wexmoor", main=True,
              facts=[("casualties.injured", "injuring at least 40 people",
                      {"min": 40, "max": None})])],
        dct="2025-03-01",
    )  # fmt: skip
    inquest = build(
        "b",
        "The driver drove into pedestrians on Bridge Street in Wexmoor, seriously injuring 29.",
        [Told("i0", "The driver drove into pedestrians", "2025-03-01", "bridge street, wexmoor",
              main=True, facts=[("casualties.injured", "injuring 29", 29)])],
        dct="2026-01-20",
    )  # fmt: skip
    from incident_reader.core.align import compare

    comparison = compare([early, inquest])
    (row,) = list(
        csv.DictReader(
            io.StringIO(to_incidents_csv(attach_marks([early, inquest], None), comparison))
        )
    )
    assert row["injured"] == "40+"
    assert row["injured_min"] == "40"


def test_a_side_event_with_nothing_to_code_is_no_incident_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = (
        "date 2025-03-06\nLarkmoor on alert\n\nThree people died when a van struck a crowd on "
        "Harbour Street in Larkmoor on Monday. The news comes after a section of the old market "
        "was evacuated on Wednesday, as the country remains on high alert.\n"
    )
    rows = _rows(capsys, _write(tmp_path / "f", {"a.txt": DATED, "b.txt": later}))
    assert [r["incident"] for r in rows] == ["I1"]  # no "b/i1" row of an evacuation
    assert rows[0]["killed"] == "3"


def test_verified_only_codes_no_count_of_the_seriously_hurt_and_no_unverified_place(
    tmp_path: Path,
) -> None:
    """A verified "14 severely injured" is a part of the injured, not their number, with
    --verified-only too; a place nobody verified stays empty rather than change wording."""
    from incident_reader.core.align import compare
    from incident_reader.core.analysis import analyse_corpus
    from incident_reader.core.loading import load_corpus
    from incident_reader.core.store import Store

    court = (
        "date 2026-03-02\nDriver jailed for Harbour Street attack\n\nThe driver who drove a van "
        "into a crowd on Harbour Street in Larkmoor on 3 March 2025 killed three people and left "
        "14 others severely injured, the court heard.\n"
    )
    folder = _write(tmp_path / "story", {"a.txt": DATED, "b.txt": court})
    analyses = analyse_corpus(load_corpus([folder]))
    store = Store.open(folder, reviewer="ann")
    b = next(a for a in analyses if a.report.id == "b")
    severe = next(f for f in b.facts if f.kind == "casualties.injured")
    store.set_status(b.report, severe, "verified")
    marked = attach_marks(analyses, store)
    comparison = compare(analyses)
    (only,) = list(
        csv.DictReader(io.StringIO(to_incidents_csv(marked, comparison, verified_only=True)))
    )
    assert only["injured"] == "" and only["place"] == ""
    assert only["verified"] == "casualties.injured=14@b"
