"""HTML reading parts: dates from markup, charsets, MHTML, the text builder, the stdlib fallback."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from trafilatura.utils import load_html

from incident_reader.core.decoding import NotText
from incident_reader.core.html_article import read_article
from incident_reader.core.html_body import body_text
from incident_reader.core.html_meta import page_dates, timex_of
from incident_reader.core.html_saved import declared_charset, decode_html, read_saved_page
from incident_reader.core.loading import load_file
from incident_reader.core.model import DctSource, Report, Skipped

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"

ARTICLE = (
    "<p>A delivery van struck a lamp post on Quarry Lane on Sunday afternoon, the police said.</p>"
    "<p>The driver, a man of 34, was taken to hospital with minor injuries and later released.</p>"
    "<p>The lane was closed for two hours while the lamp post was made safe by engineers.</p>"
)


def page(head: str = "", body: str = "", title: str = "Van hits lamp post") -> str:
    """A news page with the given head markup and extra body markup around one article."""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{body}"
        f"<article><h1>{title}</h1>{ARTICLE}</article>"
        "<footer>Copyright Example News</footer></body></html>"
    )


# (markup in the head or before the article, publication wanted, update wanted)
DATE_MARKUP: list[tuple[str, str | None, str | None]] = [
    (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished":'
        ' "2020-02-03T10:20:00Z", "dateModified": "2020-02-04T09:00:00Z"}</script>',
        "2020-02-03T10:20",
        "2020-02-04T09:00",
    ),
    (  # the article's object wins over the page's in an @graph, whatever their order
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "WebPage", "datePublished": "2019-01-01"},'
        '{"@type": ["NewsArticle"], "datePublished": "2020-02-03T10:20:00+01:00"}]}</script>',
        "2020-02-03T10:20",
        None,
    ),
    (  # JSON-LD beats a meta tag that says something else
        '<meta property="article:published_time" content="2020-02-05">'
        '<script type="application/ld+json">[{"@type": "ReportageNews",'
        ' "datePublished": "2020-02-03"}]</script>',
        "2020-02-03",
        None,
    ),
    (
        '<meta property="article:published_time" content="2020-02-03T10:20:00+00:00">'
        '<meta property="article:modified_time" content="2020-02-03T15:45:00+00:00">',
        "2020-02-03T10:20",
        "2020-02-03T15:45",
    ),
    (  # a modified time alone is no publication time; htmldate then reads it as the page's date
        '<meta property="og:updated_time" content="2020-02-06T08:00:00+00:00">',
        "2020-02-06T08:00",
        None,
    ),
    ('<meta itemprop="datePublished" content="2020-02-03">', "2020-02-03", None),
    ('<meta name="date" content="2020-02-03 10:20:00">', "2020-02-03T10:20", None),
    ('<meta name="pubdate" content="20200203">', "2020-02-03", None),
    ('<meta name="dc.date.issued" content="2020-02-03T00:00:00Z">', "2020-02-03", None),
    ('<time itemprop="datePublished" datetime="2020-02-03T10:20">3 Feb</time>',
     "2020-02-03T10:20", None),
    ('<p><time pubdate datetime="2020-02-03">3 Feb</time></p>', "2020-02-03", None),
    (  # an update before or at publication says nothing
        '<meta property="article:published_time" content="2020-02-03T10:20">'
        '<meta property="article:modified_time" content="2020-02-03T10:20">',
        "2020-02-03T10:20",
        None,
    ),
    (  # a date only in the comments is not the article's
        '<div id="comments"><div class="comment"><span class="comment-date">4 March 2015</span>'
        "<p>Posted 2 hours ago</p></div></div>",
        None,
        None,
    ),
    (  # a reader comment's own microdata and JSON-LD are not the article's
        '<div itemscope itemtype="https://schema.org/Comment"><meta itemprop="datePublished"'
        ' content="2015-03-04"><time itemprop="datePublished" datetime="2015-03-04">4 Mar</time>'
        '</div><script type="application/ld+json">{"@type": "Comment",'
        ' "datePublished": "2015-03-04"}</script>',
        None,
        None,
    ),
    (  # JSON-LD that json refuses (a trailing comma) is still searched, by htmldate
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2020-02-03T10:20:00Z",}</script>',
        "2020-02-03T10:20",
        None,
    ),
    (  # markup-only fallback (htmldate): a byline date; a date after today is still a date
        '<p class="byline"><span class="date">3 February 2031</span></p>',
        "2031-02-03",
        None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "published", "updated"), DATE_MARKUP)
def test_page_dates_from_markup(markup: str, published: str | None, updated: str | None) -> None:
    in_head = markup.startswith(("<meta", "<script"))
    html = page(head=markup) if in_head else page(body=markup)
    dates = page_dates(load_html(html))
    assert (dates.published, dates.updated) == (published, updated)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2016-11-09T16:42:00+00:00", "2016-11-09T16:42"),
        ("2016-11-09 16:42", "2016-11-09T16:42"),
        ("2016-11-09T00:00:00Z", "2016-11-09"),
        ("2016-11-09T00:00:30Z", "2016-11-09T00:00"),
        ("2016-11-09", "2016-11-09"),
        ("201611091642", "2016-11-09T16:42"),
        ("Wed, 09 Nov 2016 16:42:00 GMT", "2016-11-09T16:42"),
        ("2016-13-09", None),
        ("1066-10-14", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_timex_of_metadata_dates(raw: str, value: str | None) -> None:
    assert timex_of(raw) == value


def test_body_text_keeps_paragraphs_lines_and_cells() -> None:
    body = etree.fromstring(
        "<body><head rend='h2'>What happened</head>"
        "<p>First <hi rend='#b'>bold</hi> and <ref>linked</ref>  words\n wrapped.</p>"
        "<p>Line one<lb/>line two</p>"
        "<list><item>first item</item><item>second <hi>item</hi></item></list>"
        "<table><row><cell>Killed</cell><cell>2</cell></row><row><cell>Hurt</cell><cell>5</cell>"
        "</row></table><quote><p>Quoted words.</p></quote><graphic src='x.png'/></body>"
    )
    assert body_text(body) == (
        "What happened\n\nFirst bold and linked words wrapped.\n\nLine one\nline two\n\n"
        "first item\nsecond item\n\nKilled | 2\nHurt | 5\n\nQuoted words."
    )


def test_body_text_keeps_the_line_ends_of_a_pre_and_code_inside_a_sentence() -> None:
    body = etree.fromstring(
        "<body><quote>Line one\nline two\n\n  Second part</quote>"
        "<p>Then <code>x = 1</code> inline.</p></body>"
    )
    assert body_text(body) == "Line one\nline two\n\nSecond part\n\nThen x = 1 inline."


def test_article_title_author_outlet_and_headline_first() -> None:
    head = (
        '<meta property="og:site_name" content="Quarry Gazette">'
        '<meta name="author" content="Ruth Amos">'
    )
    article = read_article(page(head=head))
    assert article.reader == "trafilatura"
    assert article.text.startswith("Van hits lamp post\n\nA delivery van struck")
    assert (article.title, article.author, article.source) == (
        "Van hits lamp post",
        "Ruth Amos",
        "Quarry Gazette",
    )
    assert "Home" not in article.text and "Copyright" not in article.text


def test_a_logo_h1_is_not_the_headline() -> None:
    html = (
        page()
        .replace("<nav>", "<header><h1 class='logo'>Quarry Gazette</h1></header><nav>")
        .replace("<article><h1>Van hits lamp post</h1>", "<article>")
    )
    html = html.replace("<head>", '<head><meta property="og:site_name" content="Quarry Gazette">')
    article = read_article(html)
    assert article.text.startswith("A delivery van struck")


def test_a_page_without_an_article_still_gives_its_words() -> None:
    article = read_article("<p>Third report.</p>")
    assert article.text == "Third report."


def test_without_the_library_the_standard_parser_reads_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_trafilatura(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("trafilatura"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    html = page(head='<meta property="article:published_time" content="2020-02-03T10:20">')
    article = read_article(html, url="https://example.org/van")
    assert article.reader == "html.parser"
    assert "A delivery van struck" in article.text and "Home" not in article.text
    assert (article.date, article.url) == ("2020-02-03T10:20", "https://example.org/van")


# ----------------------------------------------------------------------------- charsets, MHTML
CYRILLIC = "Автобус столкнулся с грузовиком на мосту, пострадали четыре человека."


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1251">',
        "<meta charset=cp1251>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=WINDOWS-1251'>",
    ],
)
def test_a_legacy_charset_declared_in_the_page_is_used(declaration: str) -> None:
    data = f"<html><head>{declaration}</head><body><p>{CYRILLIC}</p></body></html>"
    assert decode_html(data.encode("cp1251")) == data


def test_iso_8859_1_is_read_as_windows_1252_like_browsers() -> None:
    data = '<meta charset="iso-8859-1"><p>Damage – “£40,000”</p>'
    assert declared_charset(data.encode("cp1252")) == "cp1252"
    assert decode_html(data.encode("cp1252")) == data


def test_valid_utf8_wins_over_a_stale_legacy_declaration() -> None:
    data = f'<meta charset="windows-1251"><p>{CYRILLIC} – café</p>'
    assert decode_html(data.encode("utf-8")) == data


def test_undeclared_legacy_bytes_fall_back_to_cp1252_and_binary_is_refused() -> None:
    assert decode_html("<p>Café – closed</p>".encode("cp1252")) == "<p>Café – closed</p>"
    with pytest.raises(NotText):
        decode_html(b"\x00\x01\x02<html>" * 50)


def mhtml(parts: list[tuple[str, str, bytes]], location: str = "https://example.org/a") -> bytes:
    """An MHTML archive of (content type header, transfer encoding, payload) parts."""
    boundary = "----Boundary--x"
    out = [
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\r\n\r\n'
    ]
    blobs = [o.encode("ascii") for o in out]
    for ctype, encoding, payload in parts:
        head = f"--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {encoding}"
        blobs.append(f"{head}\r\n\r\n".encode("ascii") + payload + b"\r\n")
    blobs.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(blobs)


def test_mhtml_takes_the_first_html_part_in_its_part_charset() -> None:
    html = f"<html><body><p>{CYRILLIC}</p></body></html>"
    data = mhtml(
        [
            ("image/png", "base64", b"iVBORw0KGgo="),
            ('text/html; charset="windows-1251"', "8bit", html.encode("cp1251")),
            ("text/html", "8bit", b"<p>An advert frame.</p>"),
        ]
    )
    saved = read_saved_page(data, mhtml=True)
    assert saved.html == html
    assert saved.url == "https://example.org/a"


def test_mhtml_without_a_page_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "empty.mhtml"
    path.write_bytes(mhtml([("text/css", "8bit", b"p { color: red }")]))
    result = load_file(path)
    assert isinstance(result, Skipped)
    assert "no HTML page" in result.reason


def test_a_page_whose_article_is_empty_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Nothing</title></head><body> </body></html>")
    result = load_file(path)
    assert isinstance(result, Skipped)
    assert result.reason == "no article text"


def test_html_file_dct_source_is_html(tmp_path: Path) -> None:
    path = tmp_path / "a.htm"
    head = '<meta property="article:published_time" content="2020-02-03T10:20:00+00:00">'
    path.write_text(page(head=head), encoding="utf-8")
    report = load_file(path)
    assert isinstance(report, Report)
    assert (report.dct, report.dct_source, report.dct_source.value.upper()) == (
        "2020-02-03T10:20",
        DctSource.HTML,
        "HTML",
    )


def test_the_standard_parser_reads_json_ld_dates_first() -> None:
    """Without trafilatura the issue's page still gets its JSON-LD date, not the modified time."""
    from incident_reader.core.html_text import extract_article

    html = (PAGES / "inquest-jsonld.html").read_text(encoding="utf-8")
    article = extract_article(html)
    assert article.date == "2016-11-09T16:42:00+00:00"
    assert article.reader == "html.parser"


WORDS = st.text(alphabet="abcdefghij ,.\n\t", min_size=0, max_size=12)
INLINE = st.sampled_from(["hi", "ref", "del"])
BLOCK = st.sampled_from(["p", "head", "quote", "list", "table"])


@st.composite
def article_trees(draw: st.DrawFn) -> etree._Element:
    """trafilatura-shaped article trees: blocks of words, inline marks, line breaks, items."""
    body = etree.Element("body")
    for _ in range(draw(st.integers(0, 6))):
        block = etree.SubElement(body, draw(BLOCK))
        block.text = draw(WORDS)
        for _ in range(draw(st.integers(0, 3))):
            tag = draw(st.sampled_from(["lb", "item", "row", "cell", "hi", "ref", "del"]))
            child = etree.SubElement(block, tag)
            if tag != "lb":
                child.text = draw(WORDS)
                if draw(st.booleans()):
                    etree.SubElement(child, draw(INLINE)).text = draw(WORDS)
            child.tail = draw(WORDS)
    return body


@given(article_trees())
def test_body_text_is_tidy_and_keeps_every_word_in_order(body: etree._Element) -> None:
    text = body_text(body)
    assert text == text.strip()
    assert "\n\n\n" not in text and "  " not in text and "\t" not in text
    assert all(line == line.strip() for line in text.split("\n"))
    # every word in order: inline marks join ('fo<hi>o</hi>' is 'foo'), blocks and lines part
    assert text.replace(" | ", " ").split() == _words(body)


def _words(el: etree._Element) -> list[str]:
    """The words a reader sees: inline marks join their neighbours, any other element parts."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        gap = "" if node.tag in ("hi", "ref", "del") else " "
        parts.extend((gap, node.text or ""))
        for child in node:
            walk(child)
        parts.extend((gap, node.tail or ""))

    for child in el:
        walk(child)
        parts.append(" ")
    return "".join(parts).split()
