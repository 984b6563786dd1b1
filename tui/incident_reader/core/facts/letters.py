"""Accented Latin letters read as plain ones, one character for one, and given back afterwards.

The fact rules find names by their capital ("near Wrocanów", "Łucja Ząbek", "the Đà Nẵng
bridge") with ASCII classes such as ``[A-Z][a-z]``, in dozens of patterns: a name that opens with
"Ł" or holds an "ō" was no name at all, and reports from most of the world spell names so. The
extractor reads a copy of the text with each accented letter replaced by its plain letter ("ō" by
"o", "Ł" by "L", "æ" by "a"): the same length, so every offset stays true, and every pattern,
today's and tomorrow's, reads names of any Latin spelling. What it found is then given back in
the report's own letters: quotes from the original text at their offsets, values word by word.

Only canonical decompositions fold (NFD: a letter and its marks), plus the Latin letters that
carry no separable mark (a closed class); "º", "ﬁ", Greek and Cyrillic stay as they are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from typing import Any, TypeVar

T = TypeVar("T")

# Latin letters without a separable mark, spelt in plain letters (a closed class): "Mærsk" is
# "Maersk" when spellings are matched (align.wording); read one for one, by the spelling's first
# letter ("æ" as "a"), so every offset stays true.
PLAIN_SPELLING: dict[str, str] = {
    **dict(zip("łŁøØđĐðÐıħĦŧŦĸŀĿ", "lLoOdDdDihHtTklL", strict=True)),
    **{"æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th"},
}
_NO_MARK = {letter: spelt[0] for letter, spelt in PLAIN_SPELLING.items()}
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _plain(char: str) -> str:
    """The plain ASCII letter an accented letter is read as, or the character itself."""
    if char in _NO_MARK:
        return _NO_MARK[char]
    if not char.isalpha():
        return char
    parts = unicodedata.normalize("NFD", char)
    base = parts[0]
    if base.isascii() and base.isalpha() and all(unicodedata.combining(c) for c in parts[1:]):
        return base
    return char


def plain_letters(text: str) -> str:
    """``text`` with every accented Latin letter read as its plain letter, one for one; the
    very same string when there is none (the common case costs one ``isascii``)."""
    if text.isascii():
        return text
    table = {ord(c): _plain(c) for c in set(text) if not c.isascii()}
    table = {k: v for k, v in table.items() if v != chr(k)}
    return text.translate(table) if table else text


class Restorer:
    """Gives what was found in the plain copy back in the report's own letters."""

    def __init__(self, original: str, plain: str) -> None:
        self.original = original
        self.plain = plain
        self.words: dict[str, str] = {}
        for m in _WORD.finditer(original):
            word = m.group()
            if not word.isascii():
                read = plain[m.start() : m.end()]
                if read != word:
                    self.words.setdefault(read, word)
                    self.words.setdefault(read.lower(), word.lower())

    def text(self, value: str, start: int | None = None, end: int | None = None) -> str:
        """A string found in the plain copy, in the original letters: the original's own slice
        when it is the quote at its offsets, else word by word ("kopura" is "kōpura")."""
        if start is not None and end is not None and self.plain[start:end] == value:
            return self.original[start:end]
        if value.isascii() and self.words:
            return _WORD.sub(lambda m: self.words.get(m.group(), m.group()), value)
        return value

    def restore(self, obj: T) -> T:
        """``obj`` (facts, incidents, timeline entries, tuples of them) in the original letters."""
        restored: T = self._any(obj)
        return restored

    def _any(self, obj: Any) -> Any:
        if isinstance(obj, str):
            return self.text(obj)
        if isinstance(obj, tuple):
            return tuple(self._any(x) for x in obj)
        if isinstance(obj, list):
            return [self._any(x) for x in obj]
        if isinstance(obj, dict):
            return {k: self._any(v) for k, v in obj.items()}
        if is_dataclass(obj) and not isinstance(obj, type):
            return self._dataclass(obj)
        return obj

    def _dataclass(self, obj: Any) -> Any:
        start = getattr(obj, "start", None)
        end = getattr(obj, "end", None)
        changes: dict[str, Any] = {}
        for f in fields(obj):
            if not f.init:
                continue
            old = getattr(obj, f.name)
            if isinstance(old, str) and f.name == "text" and isinstance(start, int):
                new: Any = self.text(old, start, end)
            else:
                new = self._any(old)
            if new is not old and new != old:
                changes[f.name] = new
        return replace(obj, **changes) if changes else obj
