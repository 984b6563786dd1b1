"""Where a counted subject may start: subject-then-verb patterns are tried only at the few word
starts before each verb, which keeps the counting rules fast."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import Any, overload

from incident_reader.core.facts.lexicon import (
    BOUND_WORDS,
    GROUP_WORDS,
    ORDINALS,
    TENS,
    UNITS,
    VAGUE,
)
from incident_reader.core.facts.lists import (
    Breakdown,
    Hit,
    forget_lists,
)
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.role_mentions import forget_mentions
from incident_reader.core.facts.text import Sentence, WordScan

_WORD_START = re.compile(r"(?<![\w'’-])[\w]")
_START = re.Match.start  # mapped over a scan: no Python step per word
SUBJECT_WORDS = 16  # how far before its verb a counted subject may start
_FIRST_WORD = re.compile(r"[A-Za-z]+")
# First words a counted subject or a breakdown may open with (numbers, articles, ordinals, bounds,
# vague counts, possessives: "her two children").
SUBJECT_FIRST_WORDS = frozenset(
    w.split()[0].split("-")[0]
    for w in (*UNITS, *TENS, *GROUP_WORDS, *VAGUE, *BOUND_WORDS, *ORDINALS,
              "a", "an", "one", "the", "between", "both", "half", "his", "her", "their", "another",
              "no", "nobody", "none", "he", "she", "mr", "mrs", "ms", "miss", "dr", "all")
)  # fmt: skip

# Word starts that pass _can_start_subject: a digit, or a first word (ASCII letters) from the set.
_SUBJECT_START = re.compile(
    rf"(?<![\w'’-])(?:\d|(?ai:{_alt(sorted(SUBJECT_FIRST_WORDS))})"
    r"(?![A-Za-z]))"
)
# The first word of a line, where a headline's bare noun may be its subject ("Man, 34, dies").
_LINE_FIRST = re.compile(r"[\s*•·–—-]*(?<![\w'’-])(?=[A-Z][a-z])")


@overload
def matches_before_verbs(
    sentence: Sentence,
    verbs: WordScan,
    pattern: re.Pattern[str],
    can_start: Callable[[str, int], bool] | None = None,
    accept: Callable[[re.Match[str]], bool] | None = None,
) -> list[re.Match[str]]: ...
@overload
def matches_before_verbs(
    sentence: Sentence,
    verbs: WordScan,
    pattern: Breakdown,
    can_start: Callable[[str, int], bool] | None = None,
    accept: Callable[[Hit], bool] | None = None,
) -> list[Hit]: ...
def matches_before_verbs(
    sentence: Sentence,
    verbs: WordScan,
    pattern: re.Pattern[str] | Breakdown,
    can_start: Callable[[str, int], bool] | None = None,
    accept: Callable[[Any], bool] | None = None,
) -> list[re.Match[str]] | list[Hit]:
    """Matches of a subject-then-verb pattern, tried at the word starts before each verb found."""
    text = sentence.text
    out: list[Any] = []
    done = 0
    starts_of = _subject_starts if can_start is _can_start_subject else _word_starts
    starts: tuple[int, ...] | None = None
    for v in verbs.finditer(sentence):
        if starts is None:
            starts = starts_of(text)
        lo, hi = bisect_left(starts, done), bisect_left(starts, v.start())
        before = starts[max(lo, hi - SUBJECT_WORDS) : hi]
        for p in before:  # farthest first: the first match is the longest
            m = pattern.match(text, p)
            if m and m.end() >= v.end() and (accept is None or accept(m)):
                out.append(m)
                done = m.end()
                break
    return out


def forget_sentences() -> None:
    """Drop the per-sentence memos; called once per report so each report is read afresh."""
    _word_starts.cache_clear()
    _subject_starts.cache_clear()
    forget_lists()
    forget_mentions()


@lru_cache(maxsize=512)
def _word_starts(text: str) -> tuple[int, ...]:
    """Where the words of a sentence start (shared by every rule that reads the sentence)."""
    return tuple(map(_START, _WORD_START.finditer(text)))


def word_starts(text: str) -> tuple[int, ...]:
    """Where the words of a sentence start (cached per sentence)."""
    return _word_starts(text)


def subject_starts(text: str) -> tuple[int, ...]:
    """Where a counted subject may begin (cached per sentence): for rules that open with a count."""
    return _subject_starts(text)


@lru_cache(maxsize=512)
def _subject_starts(text: str) -> tuple[int, ...]:
    """The word starts where a counted subject may begin (``_can_start_subject``, in one scan)."""
    starts = list(map(_START, _SUBJECT_START.finditer(text)))
    first = _LINE_FIRST.match(text)
    if first and (not starts or starts[0] > first.end()):
        starts.insert(0, first.end())  # a headline's bare noun (``_can_start_subject``)
    return tuple(starts)


def _can_start_subject(text: str, p: int) -> bool:
    """A counted subject opens with a digit, a number word, an article or a vague quantity."""
    if text[p].isdecimal():  # what \d matches: "²" is a digit but opens no count
        return True
    m = _FIRST_WORD.match(text, p)
    if m is not None and m.group(0).lower() in SUBJECT_FIRST_WORDS:
        return True
    first = _LINE_FIRST.match(text)  # a headline's bare noun: the line's first word
    return first is not None and first.end() == p
