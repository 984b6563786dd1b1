"""Issue 14 items 4, 6, 8-10 and issue 13 items 9-10: what the headless commands write.

Nothing from a report reaches a terminal or a spreadsheet as code; export never writes over the
marks or a report; orphans are in every format; tables are never cropped when redirected; the
incidents export keeps open counts open and titles whole. Report texts are invented here.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store

OSC_TITLE = "\x1b]0;pwned\x07"
OSC_CLIPBOARD = "\x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\x07"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
LONG_FIRST = (
    "A delivery van mounted the pavement on Harbour Street in the early evening and struck a "
    "queue of people waiting outside the bakery, witnesses said"
)
FORMATS = ("json", "csv", "md", "timelinejs", "incidents")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A corpus whose titles, texts and file names carry escapes, markup and formulas."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    _write(folder, "a.md", (
        f"---\ntitle: Crash{OSC_TITLE} on the ring road\ndate: 2021-05-04\n---\n\n"
        f"Two people were injured when a lorry hit a bus on Tuesday at 7.15am.{OSC_CLIPBOARD}\n\n"
        "[link=file:///etc/passwd]click[/link] Police said three people were hurt at 8am.\n"
    ))  # fmt: skip
    _write(
        folder,
        "[bold]b.txt",
        ("date 2021-05-04\n\n[/] More than 51 people were injured on Tuesday at 9am.\n"),
    )
    _write(folder, "c.md", (
        "---\ntitle: =HYPERLINK(\"http://x.invalid\",\"open\")\ndate: 2021-05-04\n---\n\n"
        "-2+3 Four people were injured in the crash on Tuesday at 7.20am.\n"
    ))  # fmt: skip
    _write(folder, "d.txt", f"date 2021-05-05\n\n{LONG_FIRST}. One man was killed on Monday.\n")
    _write(
        folder, "e.txt", "[link=file:///etc/passwd]click[/link] Three people were hurt at 8am.\n"
    )
    (folder / f"bad{OSC_TITLE}.txt").write_bytes(b"")  # skipped, and named in a notice
    return folder


def _mark_all(folder: Path, note: str = "=1+1", reviewer: str = "@SUM(A1)") -> None:
    analyses = analyse_corpus(load_corpus([folder]))
    with Store.open(folder, reviewer=reviewer) as store:
        for a in analyses:
            for entry in a.timeline:
                store.set_status(a.report, entry, "verified", note=note)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------------------- item 8, 9
def test_no_control_character_reaches_headless_output(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _mark_all(hostile)
    runs = [
        ("extract", str(hostile)),
        ("extract", str(hostile), "--json"),
        ("timex", str(hostile)),
        ("compare", str(hostile)),
        ("compare", str(hostile), "--json"),
    ]
    runs += [("export", str(hostile), "-f", fmt) for fmt in FORMATS]  # fmt: skip
    for args in runs:
        code, out, err = _run(capsys, *args)
        assert code == 0, (args, err)
        body = out.replace("\r\n", "\n")  # CSV rows end in CRLF: the format's, not a report's
        assert not CONTROL.search(body), (args, CONTROL.findall(body)[:3])
        assert not CONTROL.search(err), (args, err)
        assert "skipped" in err and "bad" in err  # the notice is there, its name made visible


def test_markup_in_a_report_or_file_name_is_printed_literally(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "extract", str(hostile))
    assert code == 0, err
    assert "[link=file:///etc/passwd]click[/link]" in out
    assert "[bold]b" in out and "[/]" in out
    assert "\x1b]8;" not in out  # no hyperlink escape
    code, out, err = _run(capsys, "compare", str(hostile))
    assert code == 0 and "Traceback" not in err


def test_tables_redirected_are_never_cropped(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 13 item 9: with stdout not a terminal, rich cut every table at 80 columns.
    title = load_corpus([hostile / "d.txt"]).reports[0].title
    code, out, _ = _run(capsys, "extract", str(hostile / "d.txt"))
    assert code == 0
    assert title in out  # the heading whole, on one line
    lines = out.splitlines()
    assert max(len(line) for line in lines) > 80
    for line in lines:
        if line.startswith(("┌", "├", "└", "┏", "┡")):
            assert line[-1] in "┐┤┘┓┩", line  # every border complete


# ----------------------------------------------------------------------------- item 10
def test_csv_cells_never_start_a_formula(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _mark_all(hostile)
    for fmt in ("csv", "incidents"):
        code, out, err = _run(capsys, "export", str(hostile), "-f", fmt)
        assert code == 0, err
        rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"), newline="")))
        cells = [c for row in rows for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], fmt
        if fmt == "csv":
            assert "'=1+1" in cells and "'@SUM(A1)" in cells
            assert any(c.startswith("'=HYPERLINK") for c in cells)


# ----------------------------------------------------------------------------- item 4
def test_export_never_writes_over_the_database_or_a_report(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _mark_all(hostile)
    db = hostile / DB_NAME
    report = hostile / "d.txt"
    for target in (db, hostile / (DB_NAME + "-wal"), report, hostile / "." / "d.txt"):
        before = {p.name: p.read_bytes() for p in hostile.iterdir() if p.is_file()}
        code, out, err = _run(capsys, "export", str(hostile), "-f", "csv", "-o", str(target))
        assert code != 0 and "refusing to write over" in err
        assert {p.name: p.read_bytes() for p in hostile.iterdir() if p.is_file()} == before


# ----------------------------------------------------------------------------- item 6
def test_orphans_of_a_removed_report_are_in_every_format(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    analyses = analyse_corpus(load_corpus([hostile / "d.txt"]))
    entry = analyses[0].timeline[0]
    with Store.open(hostile) as store:
        store.set_status(analyses[0].report, entry, "disputed", note="wrong day")
    (hostile / "d.txt").unlink()
    for fmt in FORMATS:
        code, out, err = _run(capsys, "export", str(hostile), "-f", fmt)
        assert code == 0, err
        assert entry.timex.text in out, fmt
        assert "not in the corpus" in out, fmt


# ----------------------------------------------------------------------------- issue 13, 10
def _incident_rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"), newline="")))


def test_open_counts_stay_open_in_the_incidents_export(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "export", str(hostile / "[bold]b.txt"), "-f", "incidents")
    assert code == 0
    row = next(r for r in _incident_rows(out) if r["injured_min"])
    assert (row["injured_min"], row["injured_max"]) == ("52", "")


def test_titles_are_never_cut_in_exports(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("csv", "md", "timelinejs"):
        code, out, _ = _run(capsys, "export", str(hostile / "d.txt"), "-f", fmt)
        assert code == 0
        text = json.dumps(json.loads(out), ensure_ascii=False) if fmt == "timelinejs" else out
        assert LONG_FIRST in text, fmt
        assert "…" not in text, fmt


def test_csv_starts_with_a_bom_unless_told_not_to(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("csv", "incidents"):
        code, out, _ = _run(capsys, "export", str(hostile), "-f", fmt)
        assert code == 0 and out.startswith("\ufeff")
        code, out, _ = _run(capsys, "export", str(hostile), "-f", fmt, "--no-bom")
        assert code == 0 and not out.startswith("\ufeff")
    code, out, _ = _run(capsys, "export", str(hostile), "-f", "json")
    assert not out.startswith("\ufeff")


@pytest.mark.parametrize("fmt", FORMATS)
def test_verified_only_with_nothing_verified_fails_with_a_message(
    hostile: Path, fmt: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / f"out.{fmt}"
    code, out, err = _run(capsys, "export", str(hostile), "-f", fmt, "--verified-only",
                          "-o", str(target))  # fmt: skip
    assert code != 0 and "nothing is marked verified" in err and not target.exists()
