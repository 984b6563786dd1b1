"""Saved news pages: the article's paragraphs without the page around it, and the page's own dates.

The fixtures under tests/fixtures/pages are pages written for these tests (invented text) the way
news sites build them: cookie banners, navigation, trending boxes, adverts inside the article,
related stories, reader comments, footers; JSON-LD, OpenGraph and meta dates; a legacy charset;
"Save page as" with its ``_files`` folder; an MHTML archive.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.analysis import analyse
from incident_reader.core.loading import is_saved_page_folder, load_corpus, load_file
from incident_reader.core.model import DctSource, Report

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (PAGES / "expected.json").read_text(encoding="utf-8")
)


def load_one(path: Path) -> Report:
    result = load_file(path)
    assert isinstance(result, Report), result
    return result


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_page_gives_the_article_and_its_metadata(name: str) -> None:
    want = EXPECTED[name]
    report = load_one(PAGES / name)
    assert report.text.split("\n\n") == want["paragraphs"]
    for furniture in want["absent"]:
        assert furniture not in report.text
    assert report.title == want["title"]
    assert report.dct == want["dct"]
    assert report.dct_source is (DctSource.HTML if want["dct"] else DctSource.NONE)
    assert (report.updated, report.author) == (want["updated"], want["author"])
    assert (report.source, report.url) == (want["source"], want["url"])
    assert report.format == "html"


def test_the_issue_page_dct_and_facts_come_from_the_article_only() -> None:
    """The DCT is the JSON-LD datePublished, not a comment's '2 hours ago'; the trending box's
    'Five injured in Leeds' and a comment's '7 people killed' are no facts of the report."""
    report = load_one(PAGES / "inquest-jsonld.html")
    analysis = analyse(report)
    assert (analysis.dct, analysis.dct_source) == ("2016-11-09T16:42", DctSource.HTML)
    values = {(f.kind, json.dumps(f.value)) for f in analysis.facts}
    assert ("casualties.killed", "7") not in values
    assert ("casualties.injured", "5") not in values
    assert all("leeds" not in json.dumps(f.value).lower() for f in analysis.facts)
    assert any(f.kind == "casualties.killed" for f in analysis.facts)  # 'killing two drivers'


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_span_indexes_the_text_as_loaded(name: str) -> None:
    report = load_one(PAGES / name)
    analysis = analyse(report)
    for timex in analysis.timexes:
        assert report.text[timex.start : timex.end] == timex.text
    for fact in analysis.facts:
        assert report.text[fact.start : fact.end] == fact.text
    for entry in analysis.timeline:
        if entry.event:
            assert report.text[entry.event.start : entry.event.end] == entry.event.text


def test_a_folder_of_saved_pages_skips_the_files_folders() -> None:
    corpus = load_corpus([PAGES])
    assert sorted(r.path.name for r in corpus.reports) == sorted(EXPECTED)
    assert corpus.skipped == ()
    assert is_saved_page_folder(PAGES / "cafe-fire_files")
    # a wildcard gives the page and its folder: the folder's frames are no reports
    both = load_corpus([PAGES / "cafe-fire.html", PAGES / "cafe-fire_files"])
    assert [r.path.name for r in both.reports] == ["cafe-fire.html"]


def test_a_folder_named_files_without_its_page_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "court_files"
    folder.mkdir()
    (folder / "a.txt").write_text("A bus hit a wall at 9am.\n", encoding="utf-8")
    assert not is_saved_page_folder(folder)
    assert [r.id for r in load_corpus([folder]).reports] == ["a"]


def test_html_reports_can_be_mixed_with_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2016-11-10\nA lorry hit two cars.\n", encoding="utf-8")
    page = (PAGES / "bus-crash-meta.html").read_bytes()
    (tmp_path / "b.html").write_bytes(page)
    reports = load_corpus([tmp_path]).reports
    assert [(r.format, r.dct_source) for r in reports] == [
        ("text", DctSource.HEADER),
        ("html", DctSource.HTML),
    ]


READER_START = """
import sys
import incident_reader.cli, incident_reader.cli.read, incident_reader.core.store
import incident_reader.ui.app
from incident_reader.core import loading
loading.load_corpus([{seeds!r}])
heavy = ("trafilatura", "htmldate", "lxml", "justext", "courlan", "incident_reader.core.html_")
print(",".join(sorted(m for m in sys.modules if m.startswith(heavy))))
"""


def test_reader_start_and_text_reports_do_not_import_the_html_library() -> None:
    """trafilatura and lxml take a few hundred milliseconds to import: only an HTML file pays."""
    seeds = str(Path(__file__).resolve().parents[2] / "seeds")
    probe = READER_START.format(seeds=seeds)
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ""


def test_the_watcher_skips_a_files_folder_like_the_loader(tmp_path: Path) -> None:
    from incident_reader.core.watch import Watcher

    (tmp_path / "page.html").write_bytes((PAGES / "cafe-fire.html").read_bytes())
    folder = tmp_path / "page_files"
    folder.mkdir()
    (folder / "frame.html").write_text("<p>An advert in a frame.</p>", encoding="utf-8")
    watcher = Watcher([tmp_path / "page.html", folder], use_watchfiles=False)
    assert list(watcher.files) == [tmp_path / "page.html"]
    (folder / "frame2.html").write_text("<p>Another advert.</p>", encoding="utf-8")
    assert not watcher.poll()


def test_a_cached_analysis_is_not_used_on_a_new_reading_of_the_same_file() -> None:
    """Same bytes, other text (a newer HTML reader): cached offsets would point at other words."""
    from dataclasses import replace

    from incident_reader.core import codec

    report = load_one(PAGES / "bus-crash-meta.html")
    analysis = analyse(report)
    slim = codec.analysis_to_dict(analysis, include_text=False)
    assert codec.analysis_from_dict(slim, report) == analysis
    reread = replace(report, text=report.text.replace("\n\n", "\n", 1))
    with pytest.raises(codec.CodecError, match="another reading"):
        codec.analysis_from_dict(slim, reread)
