"""`incident-reader export`: formats, -o, --db, --verified-only, user DCTs and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MARK_FIELDS = ("status", "note", "reviewer", "marked_at")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def mark_first_entry(corpus: Path, db: Path | None = None, status: str = "verified") -> str:
    analyses = analyse_corpus(load_corpus([corpus]))
    first = next(a for a in analyses if a.timeline)
    with Store.open(corpus, db_path=db, reviewer="lee") as store:
        store.set_status(first.report, first.timeline[0], status)
    return first.timeline[0].timex.text


def test_json_is_the_extract_document_plus_marks(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(corpus), "--json"]) == 0
    extracted = json.loads(capsys.readouterr().out)
    assert extracted.pop("skipped") == []  # extract's list of unread files (stderr for export)
    code, out, _ = run(capsys, str(corpus))
    exported = json.loads(out)
    assert code == 0 and exported.pop("orphans") == []
    for article in exported["articles"]:
        assert article.pop("orphans") == []
        for item in article["timeline"] + article["facts"]:
            assert item["status"] == "unverified"
            for field in MARK_FIELDS:
                item.pop(field)
    assert exported == extracted
    assert not (corpus / DB_NAME).exists()  # exporting never creates a database


def test_output_file_and_verified_only(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = mark_first_entry(corpus)
    target = tmp_path / "out.csv"
    code, out, err = run(capsys, str(corpus), "-f", "csv", "--verified-only", "-o", str(target))
    assert (code, out, err) == (0, "", "")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert [(r["text"], r["status"], r["reviewer"]) for r in rows] == [(words, "verified", "lee")]


def test_db_option_reads_marks_from_that_file(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "elsewhere.db"
    words = mark_first_entry(corpus, db=db, status="disputed")
    code, out, _ = run(capsys, str(corpus), "--db", str(db))
    statuses = [
        (e["text"], e["status"]) for a in json.loads(out)["articles"] for e in a["timeline"]
    ]
    assert code == 0 and (words, "disputed") in statuses
    code, out, _ = run(capsys, str(corpus))
    assert all(
        e["status"] == "unverified" for a in json.loads(out)["articles"] for e in a["timeline"]
    )


def test_marks_of_a_removed_report_are_top_level_orphans(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = mark_first_entry(corpus)
    marked = next(a for a in analyse_corpus(load_corpus([corpus])) if a.timeline)
    marked.report.path.unlink()
    code, out, _ = run(capsys, str(corpus))
    orphans = json.loads(out)["orphans"]
    assert code == 0 and [(o["quote"], o["status"]) for o in orphans] == [(words, "verified")]
    assert orphans[0]["reason"] == "its report is not in the corpus"


def test_user_set_dct_is_used(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = load_corpus([corpus]).reports[0]
    with Store.open(corpus) as store:
        store.set_dct(report.id, "2001-02-03")
    code, out, _ = run(capsys, str(corpus))
    article = next(a for a in json.loads(out)["articles"] if a["id"] == report.id)
    assert code == 0 and article["dct"] == {"value": "2001-02-03", "source": "user"}


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "timelinejs", "incidents"])
def test_every_format_runs_on_the_seeds(
    corpus: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    mark_first_entry(corpus)
    code, out, err = run(capsys, str(corpus), "--format", fmt)
    assert code == 0 and out and err == ""
    if fmt in ("json", "timelinejs"):
        json.loads(out)
    if fmt in ("csv", "incidents"):
        assert len(list(csv.reader(io.StringIO(out, newline="")))) >= 2


def test_an_empty_verified_only_export_says_why_and_fails(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 13 item 10: an empty TimelineJS file will not load; say so and write nothing.
    code, out, err = run(capsys, str(corpus), "-f", "timelinejs", "--verified-only")
    assert code != 0 and out == "" and "nothing is marked verified" in err


def test_errors_are_one_line(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(corpus / "missing"))
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(capsys, str(corpus), "-o", str(corpus / "no" / "such" / "dir" / "x.json"))
    assert code == 2 and err.count("\n") == 1 and "cannot write" in err
    with pytest.raises(SystemExit):
        main(["export", str(corpus), "--format", "xml"])


def test_cli_lists_every_export_format_the_core_writes() -> None:
    from incident_reader.cli import export as cli_export
    from incident_reader.core import export as core_export

    assert cli_export.FORMATS == core_export.FORMATS


LONG_LEAD = (
    "More than 51 people were hurt on Thursday evening when a crowded double-decker bus "
    "overturned on the approach to the river bridge after its driver swerved to avoid a van "
    "that had stopped in the outside lane."
)
RECALLED = (
    "In March 2019 a coach carrying pupils home from a school trip left the same approach road "
    "in heavy rain and slid down the embankment towards the water, injuring eleven of them."
)


@pytest.mark.parametrize("fmt", ["incidents", "csv", "md", "timelinejs"])
def test_titles_and_summaries_are_never_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    text = f"date 2025-05-02\n{LONG_LEAD}\n\nThe crash happened at about 6.10pm.\n\n{RECALLED}\n"
    (folder / "bus.txt").write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, str(folder), "--format", fmt, "--no-bom")
    assert code == 0
    shown = json.dumps(json.loads(out)) if fmt == "timelinejs" else out
    assert "…" not in shown and "\\u2026" not in shown
    if fmt == "incidents":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["summary"] == LONG_LEAD
        assert rows[0]["injured_min"] == "52" and rows[0]["injured_max"] == ""
