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
SEPARATORS = ("", " ", " | ", "\n", "\n\n")  # by strength: none, space, cell, line, paragraph
_CELL, _LINE, _PARAGRAPH = "\x00C", "\x00L", "\x00P"  # break markers, resolved in _join
_STRENGTH = {_CELL: 2, _LINE: 3, _PARAGRAPH: 4}
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
    if tag == "cell":
        return _CELL, _CELL
    return "", ""


def _join(pieces: list[str]) -> str:
    """Pieces and break markers to text: the strongest break between two words wins, none at the
    ends, and a cell separator only between two cells that have words."""
    out: list[str] = []
    pending = 0  # the strongest break since the last words, an index into SEPARATORS
    for piece in pieces:
        if piece in _STRENGTH:
            pending = max(pending, _STRENGTH[piece])
            continue
        words = _SPACES.sub(" ", piece.replace("\n", " "))
        core = words.strip(" ")
        if not core:
            pending = max(pending, 1 if words else 0)
            continue
        if words[0] == " ":
            pending = max(pending, 1)
        if out and pending:
            out.append(SEPARATORS[pending])
        out.append(core)
        pending = 1 if words[-1] == " " else 0
    return "".join(out)
