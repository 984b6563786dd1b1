"""When a page was published and updated, from its markup: JSON-LD, OpenGraph, meta and <time>.

The page's own structured metadata is read first, in that order, because it is what the outlet
states; htmldate (markup only, never the text: a comment's "2 hours ago" is no publication date)
covers the long tail. Times keep their minutes, so a DCT can say 16:42, not only the day.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from lxml.html import HtmlElement

# Meta tags (property, name or itemprop; lower-case) in the order they are trusted.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "originalpublicationdate",
    "dc.date",
    "dcterms.date",
    "date",
)
UPDATED_META: tuple[str, ...] = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "article.updated",
    "modified_time",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)
# JSON-LD @types that are the article itself, not the page or site around it.
ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenews analysisnewsarticle backgroundnewsarticle blogposting"
    " liveblogposting socialmediaposting report scholarlyarticle opinionnewsarticle"
    " reviewnewsarticle".split()
)
REPLY_TYPES = frozenset({"comment", "answer", "question", "review"})
ISO = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<hm>\d{2}:\d{2})(?::(?P<s>\d{2}))?)?")
COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<h>\d{2})(?P<mi>\d{2}))?")
YEARS = range(1990, 2101)
LATEST = datetime(2100, 12, 31)  # htmldate's default upper bound is today: not deterministic
# Page furniture whose dates are not the article's (a comment's, a sidebar story's): removed before
# htmldate looks at the page. Tags, and conventional id/class words (matched inside the names).
FURNITURE_TAGS = ("aside", "footer", "nav", "form", "iframe")
KEPT_TAGS = ("html", "body", "main", "article", "head")
FURNITURE_NAMES = (
    "comment", "disqus", "respons", "reply", "sidebar", "widget", "related", "trending",
    "popular", "most-read", "mostread", "recent", "recommend", "footer", "outbrain", "taboola",
    "newsletter", "promo",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PageDates:
    """The page's publication and update times as TIMEX3 values (date or date and minute)."""

    published: str | None = None
    updated: str | None = None


def timex_of(raw: str | None) -> str | None:
    """A metadata date as 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'; midnight exactly is a bare date.

    Many sites print 'T00:00:00' when they only know the day; a story published at midnight to the
    second is rarer than that.
    """
    raw = (raw or "").strip()
    if not raw:
        return None
    date = hm = None
    if m := ISO.match(raw):
        date, hm = m["date"], m["hm"]
        if hm == "00:00" and m["s"] in (None, "00"):
            hm = None
    elif m := COMPACT.match(raw):
        date = f"{m['y']}-{m['m']}-{m['d']}"
        hm = f"{m['h']}:{m['mi']}" if m["h"] and (m["h"], m["mi"]) != ("00", "00") else None
    else:
        try:
            when = parsedate_to_datetime(raw)  # 'Wed, 09 Nov 2016 16:42:00 GMT' (HTTP dates)
        except (TypeError, ValueError, IndexError):
            return None
        date, hm = when.strftime("%Y-%m-%d"), when.strftime("%H:%M")
    try:
        day = datetime.strptime(date, "%Y-%m-%d")
        if hm:
            datetime.strptime(hm, "%H:%M")
    except ValueError:
        return None
    if day.year not in YEARS:
        return None
    return f"{date}T{hm}" if hm else date


def page_dates(tree: HtmlElement) -> PageDates:
    """Publication and update times the page states in its markup."""
    ld = list(json_ld_objects(tree))
    meta = meta_values(tree)
    published = (
        _from_json_ld(ld, "datePublished")
        or _first(meta, PUBLISHED_META)
        or _from_time_elements(tree, "datepublished", "publish")
        or _from_json_ld(ld, "dateCreated")
        or _htmldate(tree)
    )
    updated = (
        _from_json_ld(ld, "dateModified")
        or _first(meta, UPDATED_META)
        or _from_time_elements(tree, "datemodified", "updat", "modif")
    )
    if updated and published and updated <= published:
        updated = None  # 'modified' equal to 'published' says nothing more
    return PageDates(published, updated)


def meta_values(tree: HtmlElement) -> dict[str, str]:
    """Every <meta> key (property, name, itemprop or http-equiv; lower-case) -> its first value."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value and value.strip() and not _in_comment(el):
            out.setdefault(key.strip().lower(), value.strip())
    return out


def json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every object in the page's JSON-LD blocks (through lists and @graph), article types first."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        data = _json_ld(script)
        if data is not None:
            found.extend(_walk(data))
    yield from sorted(found, key=lambda obj: not _is_article(obj))  # stable: page order kept


def _json_ld(script: HtmlElement) -> Any:
    """The data of a well-formed JSON-LD <script>, else None."""
    if (script.get("type") or "").strip().lower() != "application/ld+json":
        return None
    raw = (script.text or "").strip()
    raw = re.sub(r"^\s*(?://)?\s*<!\[CDATA\[|(?://)?\s*\]\]>\s*$", "", raw)
    try:
        return json.loads(raw, strict=False)  # strict=False: raw newlines inside strings
    except ValueError:
        return None


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), list | dict):
                yield from _walk(data[key])


def _is_article(obj: dict[str, Any]) -> bool:
    return bool(_types(obj) & ARTICLE_TYPES)


def _types(obj: dict[str, Any]) -> set[str]:
    types = obj.get("@type")
    names = types if isinstance(types, list) else [types]
    return {t.lower() for t in names if isinstance(t, str)}


def _in_comment(el: HtmlElement) -> bool:
    """Whether an element is part of a reader comment (microdata Comment, or a comment box)."""
    for node in (el, *el.iterancestors()):
        itemtype = (node.get("itemtype") or "").lower()
        names = f"{node.get('id') or ''} {node.get('class') or ''}".lower()
        if itemtype.endswith(("/comment", "/answer")) or "comment" in names:
            return True
    return False


def _from_json_ld(objects: list[dict[str, Any]], key: str) -> str | None:
    for obj in objects:
        if _types(obj) & REPLY_TYPES:
            continue  # a comment's or answer's date is not the article's
        value = obj.get(key)
        if isinstance(value, str) and (when := timex_of(value)):
            return when
    return None


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if (when := timex_of(meta.get(key))) is not None:
            return when
    return None


def _from_time_elements(tree: HtmlElement, itemprop: str, *classes: str) -> str | None:
    """A <time> (or any element) marked as the publication or update time by itemprop or class."""
    for el in tree.iter("time", "span", "div", "p", "abbr"):
        if _in_comment(el):
            continue
        prop = (el.get("itemprop") or "").lower()
        cls = (el.get("class") or "").lower()
        marked = prop == itemprop or (el.tag == "time" and el.get("pubdate") is not None)
        marked = marked or (el.tag == "time" and any(c in cls for c in classes))
        if not marked:
            continue
        if when := timex_of(el.get("datetime") or el.get("content") or el.get("title")):
            return when
    return None


def _htmldate(tree: HtmlElement) -> str | None:
    """htmldate on the markup only (no search of the text), for pages our tables do not cover."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - installed with the project
        return None
    try:
        found = find_date(
            without_furniture(tree),
            original_date=True,
            extensive_search=False,
            outputformat="%Y-%m-%dT%H:%M",
            max_date=LATEST,
        )
    except (ValueError, TypeError):  # pragma: no cover - htmldate is defensive itself
        return None
    return timex_of(found)


def without_furniture(tree: HtmlElement) -> HtmlElement:
    """A copy of the page without comments, sidebars, footers and the like.

    A wrapper that holds the headline (``<body class="has-comments">``, a "content-with-sidebar"
    column) is the article's too and stays.
    """
    copy = deepcopy(tree)
    doomed = [el for el in copy.iter() if _is_furniture(el)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return copy


def _is_furniture(el: HtmlElement) -> bool:
    if not isinstance(el.tag, str) or el.tag in KEPT_TAGS:
        return False
    if el.tag == "script":  # JSON-LD we read ourselves (htmldate would take a comment's date)
        return _json_ld(el) is not None
    if (el.get("itemtype") or "").lower().endswith(("/comment", "/answer")):
        return True
    names = f"{el.get('id') or ''} {el.get('class') or ''}".lower()
    if el.tag not in FURNITURE_TAGS and not any(word in names for word in FURNITURE_NAMES):
        return False
    return next(el.iter("h1"), None) is None
