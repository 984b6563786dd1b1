"""Counts in words and digits: "Twenty-two", "31", "a dozen", "several", "more than 51", "10-15".

``COUNT`` is a regex fragment the extractors embed; ``parse_count`` turns its match into a value:
an int for an exact count, ``{"min": m, "max": n}`` (``None`` = open end) for ranges and vague ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from incident_reader.core.facts.lexicon import (
    BOUND_WORDS,
    GROUP_WORDS,
    ORDINALS,
    TENS,
    UNITS,
    VAGUE,
)
from incident_reader.core.model import FactValue

_TOKEN = re.compile(r"\s+|.", re.DOTALL)  # a phrase's characters, a run of spaces as one


def _alt(words: Iterable[object]) -> str:
    """A regex alternation of phrases that prefers the longest, so "a dozen" wins over "a".

    Written as a trie ("a(?:\\s+dozen|bout)?" rather than "a\\s+dozen|about|a"): the same matches
    as a longest-first list, but ``re`` reads each character once instead of trying every phrase
    in turn, which makes the word lists in every extractor's patterns several times cheaper.
    """
    phrases = [str(w) for w in words]
    trie: dict[str, Any] = {}
    folded: dict[int, set[str]] = {}  # per node (by id, all alive): its keys in lower case
    for phrase in phrases:
        node = trie
        for token in _TOKEN.findall(phrase):
            key = _KEYS.get(token) or _key(token)
            if key not in node:
                seen = folded.setdefault(id(node), set())
                if key.lower() in seen:
                    # "Ab" beside "abc": under IGNORECASE both branches could match; keep the list.
                    items = sorted(phrases, key=len, reverse=True)
                    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
                seen.add(key.lower())
                node[key] = {}
            node = node[key]
        node[""] = {}  # a phrase ends here
    return _trie_pattern(trie)


_KEYS: dict[str, str] = {}  # a phrase's token as it stands in the trie (start-up: many lists)


def _key(token: str) -> str:
    key = _KEYS[token] = r"\s+" if token.isspace() else re.escape(token)
    return key


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [token + _trie_pattern(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer phrase is tried first


_TENS = _alt(TENS)
_UNITS = _alt(UNITS)
WORD_NUMBER = rf"(?:(?:{_TENS})(?:[\s-](?:{_alt(k for k in UNITS if UNITS[k] < 10)}))?|{_UNITS})"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
# A number times a dozen, a hundred or a thousand: "two dozen", "a hundred", "three thousand".
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000}
# "one hundred and four", "two hundred fifty": a hundred or a thousand with its units after it.
MULTIPLIED = (
    rf"(?:{DIGITS}|{WORD_NUMBER}|an?)\s+(?:(?:hundred|thousand)(?:\s+and)?\s+{WORD_NUMBER}"
    rf"|{_alt(MULTIPLIERS)})(?![\w-])"
)
SIMPLE = rf"(?:{MULTIPLIED}|{DIGITS}|{WORD_NUMBER}|{_alt(GROUP_WORDS)})"
BOUND = _alt(BOUND_WORDS)
# A count phrase, without the bare article "a"/"an" (patterns add it where a singular noun follows).
COUNT = (
    rf"(?:between\s+{SIMPLE}\s+and\s+{SIMPLE}|{SIMPLE}\s*(?:-|–|to|or)\s*{SIMPLE}(?![\w-])"
    # "three (3) persons": a number in words repeated in figures (police and legal style)
    rf"|(?:(?:{BOUND})\s+)?{SIMPLE}(?![\w-])(?:\s*\(\d{{1,6}}\))?|{_alt(VAGUE)}(?![\w-]))"
)
ORDINAL = _alt(ORDINALS)
_SIMPLE_RE = re.compile(SIMPLE, re.IGNORECASE)
_WORDS_RE = re.compile(rf"^(?:({_TENS})(?:[\s-]({_UNITS}))?|({_UNITS}))$", re.IGNORECASE)

# Compiled once: parse_count runs for every count found (module-level re calls recompile when
# other modules have filled re's cache).
_SPACES = re.compile(r"\s+")
_DIGITS_RE = re.compile(DIGITS)
_REPEATED = re.compile(r"\s*\(\d+\)$")
_HUNDRED_AND = re.compile(r"(.+ (?:hundred|thousand))(?: and)? ([a-z][a-z -]*)")
_BETWEEN = re.compile(rf"between ({SIMPLE}) and ({SIMPLE})", re.IGNORECASE)
_SPAN = re.compile(rf"({SIMPLE}) ?(?:-|–|to|or) ?({SIMPLE})", re.IGNORECASE)
_BOUNDS_LONGEST_FIRST = tuple(sorted(BOUND_WORDS.items(), key=lambda kv: -len(kv[0])))


def number_value(token: str) -> int | None:
    """The integer a single number phrase names: "Twenty-two" -> 22, "1,200" -> 1200."""
    t = _SPACES.sub(" ", token.strip().lower())
    if _DIGITS_RE.fullmatch(t):
        return int(t.replace(",", ""))
    if t in GROUP_WORDS:
        return GROUP_WORDS[t]
    if m := _HUNDRED_AND.fullmatch(t):
        head, rest = number_value(m.group(1)), number_value(m.group(2))
        return None if head is None or rest is None or rest >= 100 else head + rest
    first, _, last = t.rpartition(" ")
    if last in MULTIPLIERS and first:
        n = 1 if first in ("a", "an") else number_value(first)
        return None if n is None else n * MULTIPLIERS[last]
    m = _WORDS_RE.match(t)
    if not m:
        return None
    if m.group(3):
        return UNITS[m.group(3)]
    return TENS[m.group(1)] + (UNITS[m.group(2)] if m.group(2) else 0)


def range_value(low: int | None, high: int | None) -> dict[str, int | None]:
    """A ``{"min", "max"}`` count value."""
    return {"min": low, "max": high}


def parse_count(phrase: str) -> FactValue | None:
    """The value of a ``COUNT`` match: int, or a min/max range for vague and bounded counts."""
    p = _REPEATED.sub("", _SPACES.sub(" ", phrase.strip().lower()))
    exact = number_value(p)
    if exact is not None:
        return exact  # "twenty-two" is a number, not the range 20-2
    if p in VAGUE:
        low, high = VAGUE[p]
        return range_value(low, high)
    m = _BETWEEN.fullmatch(p) or _SPAN.fullmatch(p)
    if m:
        if m.group(1)[:1].isdigit() != m.group(2)[:1].isdigit() and not p.startswith("between"):
            return None  # "UPDATE 2 - Seventeen dead": a span is written in one notation
        low, high = number_value(m.group(1)), number_value(m.group(2))
        if low is None or high is None or low > high:
            return None
        return range_value(low, high)
    for bound, kind in _BOUNDS_LONGEST_FIRST:
        if p.startswith(bound + " "):
            n = number_value(p[len(bound) + 1 :])
            if n is None:
                return None
            return {
                "gt": range_value(n + 1, None),
                "ge": range_value(n, None),
                "le": range_value(None, n),
                "lt": range_value(None, max(n - 1, 0)),
            }.get(kind, n)
    return number_value(p)


def ordinal_value(word: str) -> int | None:
    """ "third" -> 3."""
    return ORDINALS.get(word.lower())


def low_end(value: FactValue) -> int | None:
    """The smallest count a value allows (for "half of the injured" and comparisons)."""
    if isinstance(value, int):
        return value
    if isinstance(value, dict):
        low = value.get("min")
        return low if isinstance(low, int) else None
    return None
