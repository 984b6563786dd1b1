"""A news page to its article: trafilatura for the text, title, author and outlet, our dates.

trafilatura (with lxml) is imported on the first HTML file, never when the reader starts. When it
cannot be imported, ``html_text`` (the standard library's parser) reads the page instead; when it
finds no article in a page (a fragment, a page of a few words), the page's visible text is used.
"""

from __future__ import annotations

import re
from typing import Any

from incident_reader.core.html_text import HtmlArticle, extract_article

# Options for trafilatura: the article only (no comments, images or links), markup dates only,
# and an upper date bound that is not today (the same page gives the same report on any day).
EXTRACTION: dict[str, Any] = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "deduplicate": False,
    "date_extraction_params": {
        "extensive_search": False,
        "original_date": True,
        "max_date": "2100-12-31",
    },
}
HEADLINE_MAX = 300
_WORD = re.compile(r"\w+")


def read_article(html: str, url: str | None = None) -> HtmlArticle:
    """The article of a page: text (paragraph breaks kept), title, dates, author, outlet, URL."""
    try:
        from trafilatura import bare_extraction
        from trafilatura.utils import load_html

        from incident_reader.core.html_body import body_text
        from incident_reader.core.html_meta import meta_values, page_dates
    except ImportError:
        article = extract_article(html)
        article.url = article.url or url
        return article
    tree = load_html(html)
    if tree is None:
        return extract_article(html)
    dates = page_dates(tree)
    meta = meta_values(tree)
    doc = bare_extraction(tree, url=url, **EXTRACTION)  # a Document (as_dict is not asked for)
    body = getattr(doc, "body", None)
    text = body_text(body) if body is not None else ""
    fallback = None if text else extract_article(html)
    if fallback is not None:
        text = fallback.text  # no article found: the page's visible text, as the stdlib path reads
    title = (
        _clean(getattr(doc, "title", None))
        or _clean(meta.get("og:title"))
        or _clean(tree.findtext(".//title"))
    )
    site = _clean(getattr(doc, "sitename", None)) or meta.get("og:site_name")
    headline = _headline(tree, title, site)
    if headline and text and not text.startswith(headline):
        text = f"{headline}\n\n{text}"  # the headline opens the report, as in a plain-text copy
    return HtmlArticle(
        text=text,
        title=title or headline,
        date=dates.published,
        source=site,
        url=_clean(getattr(doc, "url", None)) or url,
        author=_clean(getattr(doc, "author", None)),
        updated=dates.updated,
        reader="trafilatura",
    )


def _clean(value: str | None) -> str | None:
    value = re.sub(r"\s+", " ", value or "").strip()
    return value or None


def _headline(tree: Any, title: str | None, site: str | None) -> str | None:
    """The article's <h1>: the first inside <article>, else the first that shares the title's words.

    A site's logo is often an <h1> too; it names the outlet, not the story.
    """
    title_words = set(_WORD.findall((title or "").lower()))
    in_article = tree.xpath("//article//h1")
    for h1 in [*in_article, *tree.iter("h1")]:
        text = _clean(h1.text_content())
        if not text or len(text) > HEADLINE_MAX or (site and text.lower() == site.lower()):
            continue
        words = set(_WORD.findall(text.lower()))
        if h1 in in_article or len(words & title_words) * 2 >= max(len(words), 1):
            return text
    return None
