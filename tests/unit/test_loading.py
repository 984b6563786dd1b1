"""Loader: formats, encodings, header lines, front matter, HTML, and every kind of bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from incident_reader.core.loading import (
    LoadError,
    clock_to_hhmm,
    date_in_name,
    first_sentence,
    load_corpus,
    load_file,
)
from incident_reader.core.model import DctSource, Report, Skipped

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BODY = "A car hit a barrier at 7.30am.\nPolice said two people were hurt.\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load_one(path: Path) -> Report:
    result = load_file(path)
    assert isinstance(result, Report), result
    return result


def test_seed_with_header_line_gives_dct_with_update_time() -> None:
    report = load_one(SEEDS / "004_4bd42593db13406b.txt")
    assert report.dct == "2017-10-07T17:40"
    assert report.dct_source is DctSource.HEADER
    assert "date 2017" not in report.text
    assert report.text.startswith("\nSeveral people have been injured")
    assert report.title.startswith("Several people have been injured")


def test_seed_without_header_has_no_dct_and_first_sentence_title() -> None:
    report = load_one(SEEDS / "000_1b2fd555d65d256e.txt")
    assert report.dct is None
    assert report.dct_source is DctSource.NONE
    assert "Parliament Square" in report.text
    assert report.title.startswith("A man has been arrested")


@pytest.mark.parametrize(
    ("header", "dct"),
    [
        ("date 2024-03-12", "2024-03-12"),
        ("   date 2024-03-12", "2024-03-12"),
        ("date 2024-03-12 Updated 2.15pm", "2024-03-12T14:15"),
        ("date 2024-03-12 updated 14:15", "2024-03-12T14:15"),
        ("date 2024-03-12 Updated 12am", "2024-03-12T00:00"),
        (" date 2017-10-07 Updated 5.40pm  ", "2017-10-07T17:40"),
    ],
)
def test_header_line_variants(tmp_path: Path, header: str, dct: str) -> None:
    report = load_one(write(tmp_path, "a.txt", f"{header}\n{BODY}"))
    assert report.dct == dct
    assert report.text == BODY


@pytest.mark.parametrize(
    "first_line",
    ["date of the attack was unclear", "date 2024-13-45", "Updated 2.15pm", "dated 2024-03-12"],
)
def test_lines_that_are_not_headers_stay_in_the_body(tmp_path: Path, first_line: str) -> None:
    report = load_one(write(tmp_path, "a.txt", f"{first_line}\n{BODY}"))
    assert report.dct is None
    assert report.text.startswith(first_line)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
def test_encodings_are_read_correctly(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "date 2024-03-12\nThe café’s owner said “run” – it was 7.30am.\n"
    report = load_one(write(tmp_path, "a.txt", bom + text.encode(encoding)))
    assert report.dct == "2024-03-12"
    assert report.text == "The café’s owner said “run” – it was 7.30am.\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_are_normalised_and_offsets_follow(tmp_path: Path, newline: str) -> None:
    raw = newline.join(["date 2024-03-12", "First line.", "Second line at 7.30am."]) + newline
    report = load_one(write(tmp_path, "a.txt", raw))
    assert "\r" not in report.text
    assert report.text == "First line.\nSecond line at 7.30am.\n"
    assert report.text.index("7.30am") == len("First line.\nSecond line at ")


def test_markdown_front_matter(tmp_path: Path) -> None:
    md = (
        '---\ntitle: "Crash in Exhibition Road"\ndate: 2017-10-07T14:30:00Z\n'
        "source: The Wire\nurl: https://example.org/a\n---\n# Heading\n\nA car hit people.\n"
    )
    report = load_one(write(tmp_path, "a.md", md))
    assert report.title == "Crash in Exhibition Road"
    assert report.dct == "2017-10-07T14:30"
    assert report.dct_source is DctSource.FRONT_MATTER
    assert report.source == "The Wire"
    assert report.url == "https://example.org/a"
    assert report.text == "# Heading\n\nA car hit people.\n"
    assert report.format == "markdown"


def test_markdown_without_front_matter_may_use_header_line(tmp_path: Path) -> None:
    report = load_one(write(tmp_path, "a.md", "date 2020-01-02\nBody text here.\n"))
    assert report.dct == "2020-01-02"
    assert report.dct_source is DctSource.HEADER


HTML = """<!doctype html><html><head><title>Site | Crash outside museum</title>
<meta property="og:title" content="Crash outside museum">
<meta property="article:published_time" content="2017-10-07T15:02:00+01:00">
<meta property="og:site_name" content="Daily Example">
<script>var x = "not text";</script><style>p {color: red}</style></head>
<body><nav>Home | News | Sport</nav><header>Menu</header>
<article><h1>Crash outside museum</h1>
<p>Several people were injured &amp; a man was arrested shortly after 2.20pm.</p>
<p>Police said the incident was not terror-related.</p></article>
<footer>Copyright</footer></body></html>"""


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    report = load_one(write(tmp_path, "a.html", HTML))
    assert report.title == "Crash outside museum"
    assert report.dct == "2017-10-07T15:02"
    assert report.dct_source is DctSource.HTML
    assert report.source == "Daily Example"
    assert "injured & a man was arrested shortly after 2.20pm." in report.text
    assert "Police said" in report.text
    for boilerplate in ("Home | News", "Menu", "Copyright", "not text", "color: red"):
        assert boilerplate not in report.text


def test_folder_is_read_sorted_by_name_with_report_suffixes_only(tmp_path: Path) -> None:
    write(tmp_path, "b.md", "Second report.\n")
    write(tmp_path, "a.txt", "First report.\n")
    write(tmp_path, "c.htm", "<p>Third report.</p>")
    write(tmp_path, "notes.csv", "x,y\n")
    write(tmp_path, ".hidden.txt", "Hidden.\n")
    corpus = load_corpus([tmp_path])
    assert [r.id for r in corpus.reports] == ["a", "b", "c"]
    assert corpus.root == tmp_path
    assert corpus.skipped == ()


def test_several_files_and_duplicate_stems_get_unique_ids(tmp_path: Path) -> None:
    a = write(tmp_path, "story.txt", "One.\n")
    b = write(tmp_path, "story.md", "Two.\n")
    corpus = load_corpus([a, b])
    assert [r.id for r in corpus.reports] == ["story.txt", "story.md"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "binary file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 50, "binary file"),
        ("header-only.txt", b"date 2024-03-12\n\n", "no text after its header"),
        ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark"),
    ],
)
def test_bad_files_are_skipped_with_a_reason_and_others_still_load(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    write(tmp_path, name, data)
    write(tmp_path, "good.txt", BODY)
    corpus = load_corpus([tmp_path])
    assert [r.id for r in corpus.reports] == ["good"]
    (skipped,) = corpus.skipped
    assert isinstance(skipped, Skipped)
    assert skipped.path.name == name
    assert reason in skipped.reason
    assert "\n" not in skipped.message()


def test_huge_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("incident_reader.core.loading.MAX_BYTES", 100)
    write(tmp_path, "huge.txt", "x" * 200)
    write(tmp_path, "good.txt", BODY)
    corpus = load_corpus([tmp_path])
    assert [s.path.name for s in corpus.skipped] == ["huge.txt"]
    assert "too large" in corpus.skipped[0].reason


def test_the_size_limit_and_its_notice_use_one_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("incident_reader.core.loading.MAX_BYTES", 2_000_000)
    write(tmp_path, "over.txt", "x" * 2_000_001)  # 2.0 MB: over a 2 MB limit, said as such
    write(tmp_path, "good.txt", BODY)
    corpus = load_corpus([tmp_path])
    assert [s.path.name for s in corpus.skipped] == ["over.txt"]
    assert "(2.0 MB; the limit is 2 MB)" in corpus.skipped[0].reason


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = write(tmp_path, "secret.txt", BODY)
    write(tmp_path, "good.txt", BODY)
    from incident_reader.core import loading

    real_read = loading.read_regular

    def read_regular(path: Path) -> bytes:
        if path == secret:  # as root chmod 0 would not stop us, so refuse the read directly
            raise PermissionError(13, "Permission denied")
        return real_read(path)

    monkeypatch.setattr(loading, "read_regular", read_regular)
    corpus = load_corpus([tmp_path])
    assert [s.path.name for s in corpus.skipped] == ["secret.txt"]
    assert corpus.skipped[0].reason == "cannot be read (Permission denied)"


def test_missing_path_raises_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file or folder"):
        load_corpus([tmp_path / "nope"])


def test_folder_without_reports_raises(tmp_path: Path) -> None:
    write(tmp_path, "data.csv", "x\n")
    with pytest.raises(LoadError, match="no reports"):
        load_corpus([tmp_path])


def test_folder_with_only_bad_files_raises_with_reasons(tmp_path: Path) -> None:
    write(tmp_path, "empty.txt", b"")
    with pytest.raises(LoadError, match="empty file"):
        load_corpus([tmp_path])


def test_markup_and_escapes_are_kept_verbatim_in_text(tmp_path: Path) -> None:
    raw = "He wrote [bold]now[/bold] and \x1b[31mred\x1b[0m [link=http://x]here[/link].\n"
    report = load_one(write(tmp_path, "a.txt", raw))
    assert report.text == raw


@pytest.mark.parametrize(
    ("name", "ymd"),
    [
        ("courier-20190305", "2019-03-05"),
        ("2021-07-22_inquest", "2021-07-22"),
        ("wire_1998.12.01_update", "1998-12-01"),
        ("herald-38373867", None),  # an article number, not a day
        ("post-14702168", None),
        ("b20190305c", None),  # inside a run of letters and digits (a hash)
        ("blog-2019-0305", None),  # mixed separators
        ("gazette-20190230", None),  # no such day
        ("000_1b2fd555d65d256e", None),
    ],
)
def test_date_in_name(name: str, ymd: str | None) -> None:
    assert date_in_name(name) == ymd


def test_undated_report_is_dated_by_its_file_name(tmp_path: Path) -> None:
    named = load_one(write(tmp_path, "courier-20190305.txt", BODY))
    assert (named.dct, named.dct_source) == ("2019-03-05", DctSource.FILE_NAME)
    # a date line in the text is the report's own and wins over the name
    headed = load_one(write(tmp_path, "courier-20190306.txt", "date 2019-03-04\n" + BODY))
    assert (headed.dct, headed.dct_source) == ("2019-03-04", DctSource.HEADER)
    plain = load_one(write(tmp_path, "courier.txt", BODY))
    assert (plain.dct, plain.dct_source) == (None, DctSource.NONE)


def test_sha1_changes_with_content(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", BODY)
    first = load_one(path).sha1
    path.write_text(BODY + "More.\n", encoding="utf-8")
    assert load_one(path).sha1 != first


@pytest.mark.parametrize(
    ("raw", "hhmm"),
    [
        ("5.40pm", "17:40"),
        ("12.40pm", "12:40"),
        ("12am", "00:00"),
        ("07:37", "07:37"),
        ("11 a.m.", "11:00"),
        ("13pm", None),
        ("25:00", None),
        ("soon", None),
    ],
)
def test_clock_to_hhmm(raw: str, hhmm: str | None) -> None:
    assert clock_to_hhmm(raw) == hhmm


def test_first_sentence_is_short_and_ends_at_the_stop() -> None:
    assert first_sentence("\n\nA car crashed. Police came.") == "A car crashed."
    long = "word " * 100
    assert len(first_sentence(long)) <= 120


def test_reports_without_dct_get_the_year_of_the_dated_ones(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "date 2024-09-21\nA man died.\n")
    write(tmp_path, "b.txt", "date 2024-09-22\nA man died.\n")
    write(tmp_path, "c.txt", "date 2019-01-01\nAn older story.\n")
    write(tmp_path, "d.txt", "On Saturday 21 September a man died.\n")
    hints = {r.id: r.year_hint for r in load_corpus([tmp_path]).reports}
    assert hints == {"a": None, "b": None, "c": None, "d": 2024}


def test_no_year_hint_without_any_dated_report(tmp_path: Path) -> None:
    write(tmp_path, "d.txt", "On Saturday 21 September a man died.\n")
    assert load_corpus([tmp_path]).reports[0].year_hint is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("TARNE FALLS, Ida. (KXLT) - A silo gave way. Two men died.",
         "TARNE FALLS, Ida. (KXLT) - A silo gave way."),
        ("U.S. officials said a ferry sank. Nine are missing.",
         "U.S. officials said a ferry sank."),
        ("A ferry sank. (Updated) Nine are missing.", "A ferry sank. (Updated) Nine are missing."),
        ("A ferry sank.  Nine are missing.", "A ferry sank."),
    ],
    ids=["a dateline's state abbreviation", "initials", "a bracket after a stop", "two spaces"],
)  # fmt: skip
def test_a_title_runs_past_an_abbreviation_to_the_sentence_end(text: str, title: str) -> None:
    from incident_reader.core.loading import first_sentence

    assert first_sentence(text) == title
