"""Main text, title and publication date of a news page, with the standard library's HTML parser.

Good enough for article pages (``<article>``/``<main>`` or the body, minus navigation, scripts and
boilerplate blocks); a page without such structure still yields its visible text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIP_TAGS = frozenset(
    "script style noscript nav header footer aside form template svg iframe button select"
    " figure".split()
)
BLOCK_TAGS = frozenset(
    "p div section article main br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr hr dd dt"
    " figcaption".split()
)
VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr"})
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "article:modified_time",
)
JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
TITLE_META = ("og:title", "twitter:title", "headline")


@dataclass
class HtmlArticle:
    """What we take from a page (dates as the page writes them or as TIMEX3 values)."""

    text: str
    title: str | None = None
    date: str | None = None  # publication
    source: str | None = None  # the outlet (site name)
    url: str | None = None
    author: str | None = None
    updated: str | None = None  # last update, when the page states one after publication
    reader: str = "html.parser"  # which parser read the page: "trafilatura" or "html.parser"


@dataclass
class _Collector(HTMLParser):
    meta: dict[str, str] = field(default_factory=dict)
    title_parts: list[str] = field(default_factory=list)
    time_datetime: str | None = None
    json_ld: list[str] = field(default_factory=list)  # the text of <script type=ld+json> blocks
    # text chunks by region: whole body, inside <article>, inside <main>
    regions: dict[str, list[str]] = field(
        default_factory=lambda: {"body": [], "article": [], "main": []}
    )
    _skip_depth: int = 0
    _in_title: bool = False
    _in_json_ld: bool = False
    _open: dict[str, int] = field(default_factory=lambda: {"article": 0, "main": 0})

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"].strip())
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", a.get("href", ""))
        if tag == "time" and self.time_datetime is None and a.get("datetime"):
            self.time_datetime = a["datetime"]
        if tag == "title":
            self._in_title = True
        if tag == "script" and a.get("type", "").strip().lower() == "application/ld+json":
            self._in_json_ld = True
        if tag in SKIP_TAGS and tag not in VOID_TAGS:
            self._skip_depth += 1
        if tag in self._open:
            self._open[tag] += 1
        if tag in BLOCK_TAGS:
            self._emit("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_json_ld = False
        if tag in SKIP_TAGS and self._skip_depth:
            self._skip_depth -= 1
        if tag in self._open and self._open[tag]:
            self._open[tag] -= 1
        if tag in BLOCK_TAGS:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._in_json_ld:
            self.json_ld.append(data)
            return
        if self._skip_depth:
            return
        self._emit(re.sub(r"\s+", " ", data))

    def _emit(self, chunk: str) -> None:
        self.regions["body"].append(chunk)
        for region, depth in self._open.items():
            if depth:
                self.regions[region].append(chunk)


def _tidy(chunks: list[str]) -> str:
    text = "".join(chunks)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def extract_article(html: str) -> HtmlArticle:
    """Pull the article's visible text, title, date, outlet and URL out of an HTML page."""
    parser = _Collector()
    parser.feed(html)
    parser.close()
    text = ""
    for region in ("article", "main", "body"):
        text = _tidy(parser.regions[region])
        if len(text) >= 200 or (region == "body" and text):
            break
    title = next((parser.meta[k] for k in TITLE_META if parser.meta.get(k)), None)
    if not title:
        title = re.sub(r"\s+", " ", "".join(parser.title_parts)).strip() or None
    published = JSON_LD_PUBLISHED.search("".join(parser.json_ld))
    date = published[1] if published else None
    date = date or next((parser.meta[k] for k in DATE_META if parser.meta.get(k)), None)
    date = date or parser.time_datetime
    source = parser.meta.get("og:site_name") or None
    url = parser.meta.get("og:url") or parser.meta.get("canonical") or None
    return HtmlArticle(text=text, title=title, date=date, source=source, url=url)
