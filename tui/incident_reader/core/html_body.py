"""trafilatura's article tree to the report's text: one paragraph per block, a blank line between.

The text built here is the offset space of the report (every span indexes it), so it is built
once, deterministically: paragraphs, headings and quotes are separated by a blank line, list
items, table rows and ``<br>`` breaks by a line end, table cells by " | ", runs of spaces are one;
a ``<pre>`` keeps its own line ends.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

PARAGRAPH_TAGS = frozenset({"p", "head", "quote", "list", "table", "code", "div", "ab", "figure"})
LINE_TAGS = frozenset({"item", "row"})
SKIPPED_TAGS = frozenset({"graphic", "note", "fw"})  # images and notes: not the article's words
INLINE_PARENTS = frozenset({"p", "head", "item", "cell", "hi", "ref", "del"})
PREFORMATTED_TAGS = frozenset({"quote", "code"})  # a leaf of these with line ends was a <pre>
CELL_SEPARATOR = " | "
_PARAGRAPH, _LINE = "\x00P", "\x00L"  # break markers, resolved in _join
_SPACES = re.compile(r"[^\S\n]+")


def body_text(body: _Element) -> str:
    """The article text of trafilatura's ``Document.body`` (paragraph breaks kept)."""
    pieces: list[str] = []
    for child in body:
        _walk(child, pieces)
    return _join(pieces)


def _walk(el: _Element, pieces: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIPPED_TAGS or not tag:
        if el.tail:
            pieces.append(el.tail)
        return
    before, after = _breaks(el, tag)
    pieces.append(before)
    if tag in PREFORMATTED_TAGS and len(el) == 0 and "\n" in (el.text or "").strip():
        pieces.extend(_preformatted(el.text or ""))
    elif el.text:
        pieces.append(el.text)
    for child in el:
        _walk(child, pieces)
    pieces.append(after)
    if el.tail:
        pieces.append(el.tail)


def _preformatted(text: str) -> list[str]:
    """A <pre>'s own line ends are the author's (trafilatura gives it as a quote or code)."""
    out: list[str] = []
    for block in re.split(r"\n[^\S\n]*\n\s*", text.strip()):
        out.append(_PARAGRAPH)
        for line in block.split("\n"):
            out.extend((_LINE, line))
    return out


def _breaks(el: _Element, tag: str) -> tuple[str, str]:
    if tag == "code" and el.getparent() is not None and el.getparent().tag in INLINE_PARENTS:
        return "", ""  # code inside a sentence
    if tag in PARAGRAPH_TAGS:
        return _PARAGRAPH, _PARAGRAPH
    if tag in LINE_TAGS:
        return _LINE, _LINE
    if tag == "lb":
        return _LINE, ""
    if tag == "cell" and el.getprevious() is not None:
        return CELL_SEPARATOR, ""
    return "", ""


def _join(pieces: list[str]) -> str:
    """Pieces and break markers to text: the strongest break in a run wins, none at the ends."""
    out: list[str] = []
    pending = ""
    for piece in pieces:
        if piece in (_PARAGRAPH, _LINE):
            if pending != "\n\n":
                pending = "\n\n" if piece == _PARAGRAPH else "\n"
            continue
        text = _SPACES.sub(" ", piece.replace("\n", " "))
        if not text.strip():
            if out and not pending and text:
                out.append(" ")  # the space between two inline elements
            continue
        if pending:
            if out:
                out[-1] = out[-1].rstrip(" ")
                out.append(pending)
                text = text.lstrip(" ")
            else:
                text = text.lstrip(" ")
            pending = ""
        elif not out:
            text = text.lstrip(" ")
        out.append(text)
    joined = re.sub(" {2,}", " ", "".join(out)).strip()
    return re.sub(r" +(?=\n)|(?<=\n) +", "", joined)
