"""`export --format md` says where the reports agree and disagree (review s23 #11): per fact
agreed / conflict / revised, each report's value, its quoted words and its mark; and a note is
shown literally, as the reader shows it (a code span), never escaped into "\\[bold\\]"."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import Store

# Invented: two reports of the same day disagree on the injured, a later one raises the first's.
REPORTS = {
    "a_herald.txt": " date 2023-04-10\nA bus left the road and hit a wall in Harrowfield on "
    "Monday morning, police said.\nTwo people were killed and nine people were injured, the "
    "fire service said.\n",
    "b_courier.txt": " date 2023-04-10\nA bus crashed into a wall in Harrowfield on Monday, "
    "police said.\nTwo people were killed and 30 people were injured, a witness said.\n",
    "c_gazette.txt": " date 2023-04-13\nA bus hit a wall in Harrowfield on Monday morning, "
    "police said.\nTwo people were killed and eleven people were injured, the hospital said "
    "on Thursday.\n",
}
NOTE = "[bold]30[/bold] per *witness* `only`"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "bus"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text)
    return folder


def _export(corpus: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["export", str(corpus), "--format", "md", *extra]) == 0
    return capsys.readouterr().out


def _section(text: str) -> list[str]:
    start = text.index("# Where the reports agree and disagree")
    return text[start : text.index("# Facts by report", start)].splitlines()


def test_md_export_says_per_fact_where_the_reports_agree_and_disagree(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _section(_export(corpus, capsys))
    killed = next(n for n, line in enumerate(lines) if line.startswith("- **killed**"))
    assert "agreed" in lines[killed] and "3 of 3 agree" in lines[killed]
    injured = next(n for n, line in enumerate(lines) if line.startswith("- **injured**"))
    assert ": conflict" in lines[injured] and "1 disputes" in lines[injured]
    told = lines[injured + 1 : injured + 4]
    assert any("**9** (an earlier figure)" in x and "“nine people were injured”" in x for x in told)
    assert any("**30** (disputes it)" in x and "“30 people were injured”" in x for x in told)
    assert any("**11** (agrees)" in x and "c\\_gazette" in x for x in told)


def test_md_export_shows_marks_and_a_note_literally(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    analyses = analyse_corpus(load_corpus([corpus]))
    courier = next(a for a in analyses if a.report.id == "b_courier")
    fact = next(f for f in courier.facts if f.kind == "casualties.injured")
    with Store.open(corpus, reviewer="lee") as store:
        store.set_status(courier.report, fact, "disputed", note=NOTE)
    text = _export(corpus, capsys)
    lines = _section(text)
    row = next(x for x in lines if "**30**" in x)
    assert row.lstrip().startswith("- ✗") and "(disputed by lee," in row
    assert ": `` [bold]30[/bold] per *witness* `only` ``)" in row  # a code span, padded
    assert "\\[bold" not in text  # never escaped, in the report's facts either
    assert text.count("[bold]30[/bold]") == 2  # the comparison and the report's facts
    # Markdown renders the note literally: one code span holding the note as typed
    from markdown_it import MarkdownIt

    html = MarkdownIt().render(row.lstrip())
    assert "<code>[bold]30[/bold] per *witness* `only`</code>" in html
    assert "<strong>30</strong>" in html and "<em>witness</em>" not in html


def test_one_report_gets_no_comparison_section(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _export(corpus / "a_herald.txt", capsys)
    assert "# Where the reports agree" not in text and "# Facts by report" in text


# Invented: a report that tells its toll twice (a lead and a later repeat) and once otherwise.
REPEATS = {
    "a_post.txt": " date 2023-09-02\nThree people died when a footbridge gave way over the "
    "Larne canal on Saturday, police said.\nAn early social media post spoke of seven people "
    "killed.\nThe coroner later confirmed that three people had been killed.\n",
    "b_mail.txt": " date 2023-09-02\nThree people were killed when a footbridge collapsed over "
    "the Larne canal on Saturday.\n",
}


def test_md_export_reads_a_statements_mark_from_any_of_its_mentions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A figure verified where the report repeats it (in the reader, mention by mention) is the
    report's statement verified, as the comparison shows it; a mention where the report says
    otherwise lends it nothing."""
    folder = tmp_path / "bridge"
    folder.mkdir()
    for name, text in REPEATS.items():
        (folder / name).write_text(text)
    analyses = analyse_corpus(load_corpus([folder]))
    post = next(a for a in analyses if a.report.id == "a_post")
    killed = sorted((f for f in post.facts if f.kind == "casualties.killed"), key=lambda f: f.start)
    text = post.report.text
    other = [f for f in killed if "seven" in text[f.start : f.end]]
    with Store.open(folder, reviewer="kim") as store:
        store.set_status(post.report, other[0], "disputed")
    row = next(x for x in _section(_export(folder, capsys)) if "a\\_post" in x and "**3**" in x)
    assert row.lstrip().startswith("- ·"), row  # the seven is no mention of the three
    quoted = row.split("“")[1].split("”")[0]  # the mention the row quotes
    repeat = next(f for f in killed if f not in other and text[f.start : f.end] != quoted)
    with Store.open(folder, reviewer="kim") as store:
        store.set_status(post.report, repeat, "verified", note="coroner's statement")
    row = next(x for x in _section(_export(folder, capsys)) if "a\\_post" in x and "**3**" in x)
    assert row.lstrip().startswith("- ✓") and "(verified by kim," in row, row
    assert "coroner's statement" in row
    verified = _export(folder, capsys, "--verified-only")
    start = verified.index("# Where the reports agree and disagree")
    told = verified[start : verified.index("# Verified facts by report")].splitlines()
    assert any("a\\_post" in x and "**3**" in x for x in told)
