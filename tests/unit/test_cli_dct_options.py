"""extract, compare and export take a report's date the same way (issue 13): --dct ID=DATE, else
one set in the reader (the marks database, --db or the folder's), else the report's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.store import DB_NAME, Store

DATED = (
    "date 2024-03-05\nTruck hits cyclists in Dunmore\n\nA truck drove into cyclists on the river "
    "path in Dunmore on Tuesday afternoon, killing three people.\n"
)
UNDATED = (
    "Truck driver charged over Dunmore path attack\n\nThree people were killed after a man drove "
    "a truck onto the river path in Dunmore on Tuesday afternoon, officials said.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(DATED, encoding="utf-8")
    (folder / "b.txt").write_text(UNDATED, encoding="utf-8")
    return folder


def _date_standing(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["compare", *args, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    return next(f["standing"] for f in doc["facts"] if f["kind"] == "incident.date")


def test_compare_takes_dct_as_extract_does(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _date_standing(capsys, str(story)) == "agreed"
    # a week later, b's "Tuesday" is the next one: the comparison follows the date given
    assert _date_standing(capsys, str(story), "--dct", "b=2024-03-14") == "disputed"


def test_compare_honours_a_date_set_in_the_reader(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "marks.db"
    with Store.open(story, db) as store:
        store.set_dct("b", "2024-03-14")
    assert _date_standing(capsys, str(story), "--db", str(db)) == "disputed"
    # --dct over the reader's date
    assert _date_standing(capsys, str(story), "--db", str(db), "--dct", "b=2024-03-06") == "agreed"
    with Store.open(story) as store:  # the folder's own database, read without --db
        store.set_dct("b", "2024-03-14")
    assert (story / DB_NAME).exists()
    assert _date_standing(capsys, str(story)) == "disputed"


def test_the_dct_options_fail_in_one_line(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("extract", "compare", "export"):
        assert main([command, str(story), "--dct", "zz=2024-03-06"]) == 2
        assert "no report with id 'zz'" in capsys.readouterr().err
        assert main([command, str(story), "--db", str(tmp_path / "nope.db")]) == 2
        assert "no marks database" in capsys.readouterr().err


def test_export_takes_dct_too(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(story), "--dct", "b=2024-03-14", "-f", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    b = next(a for a in doc["articles"] if a["id"] == "b")
    assert b["dct"]["value"] == "2024-03-14"


# ----------------------------------------------------------- issue 11: a database of many stories
def _mark_first_fact(folder: Path, db: Path) -> str:
    from incident_reader.core.analysis import analyse_corpus
    from incident_reader.core.loading import load_corpus

    first = analyse_corpus(load_corpus([folder]))[0]
    with Store.open(folder, db, reviewer="ann") as store:
        store.set_status(first.report, first.facts[0], "verified")
    return first.report.id


def test_a_shared_database_lists_no_other_storys_marks_as_orphans(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(DATED.replace("Dunmore", "Kelby"), encoding="utf-8")
    db = tmp_path / "team.db"
    _mark_first_fact(other, db)
    for fmt in ("json", "md", "incidents"):
        assert main(["export", str(story), "--db", str(db), "-f", fmt]) == 0
        out = capsys.readouterr().out
        assert "not in the corpus" not in out and "orphan" not in out.replace('"orphans": []', "")
    # the folder's own database: a mark of a report no longer there is still an orphan
    _mark_first_fact(other, other / DB_NAME)
    (other / "x.txt").unlink()
    (other / "y.txt").write_text(UNDATED, encoding="utf-8")
    assert main(["export", str(other), "-f", "md"]) == 0
    assert "not in the corpus" in capsys.readouterr().out


def test_a_shared_database_keeps_the_marks_of_this_folders_unreadable_file(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "team.db"
    marked = _mark_first_fact(story, db)
    (story / f"{marked}.txt").write_bytes(b"")  # now a file that cannot be read as a report
    assert main(["export", str(story), "--db", str(db), "-f", "md"]) == 0
    assert "not in the corpus" in capsys.readouterr().out
