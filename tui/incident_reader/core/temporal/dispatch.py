"""Speed: try only the rules that can start with the word at hand, found by reading their regexes.

Trying every rule at every word start costs tens of microseconds a word. Instead each rule's
possible first words are computed once from its parsed pattern ("the", "last", month names, a
digit), and a text's words are looked up in that table: most words start no rule at all.
It reads ``re``'s own parser (``re._parser``); should that change, rules are tried everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

DIGIT = "#"  # key of words starting with a digit
QUOTE = "'"  # key of words starting with an apostrophe ('80s)
SIGN = "\x00"  # after an article: the key of a sign right after it, with no space between
TOKEN = re.compile(r"[\w'’]+")
WORD_START = re.compile(r"(?<![\w'’])[\w'’]")  # where every TOKEN starts
_WORD = re.compile(r"\w")
_LIMIT = 20_000  # first words per rule before giving up (the rule is then tried everywhere)


class Unknown(Exception):
    """A rule whose first word the analysis cannot bound."""


def key_of(token: str) -> str:
    """The dispatch key of a word of the text."""
    first = token[0]
    if first.isdigit():
        return DIGIT
    if first in "'’":
        return QUOTE
    return token.lower().split("'")[0].split("’")[0]


def _class_chars(items: list[tuple[Any, Any]]) -> list[str]:
    """The characters a simple character class stands for, or raise Unknown."""
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE:
            lo, hi = av
            if hi - lo > 80:
                raise Unknown
            chars.extend(chr(c) for c in range(lo, hi + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.append("0")
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.append(" ")
        else:
            raise Unknown
    return chars


Cont = Callable[[str], set[str]]


Step = Callable[[str, str, Cont], set[str]]


def _walk(
    seq: list[tuple[Any, Any]], i: int, prefix: str, k: Cont, char: Step | None = None
) -> set[str]:
    """First words of ``seq[i:]`` followed by continuation ``k``, given the word so far
    (``char`` reads one matched character: ``_char`` for the first word)."""
    char = char or _char
    if len(prefix) > 40:
        raise Unknown
    if i == len(seq):
        return k(prefix)
    op, av = seq[i]
    nxt: Cont = lambda p: _walk(seq, i + 1, p, k, char)  # noqa: E731
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return nxt(prefix)
    if op is sre.LITERAL:
        return char(chr(av), prefix, nxt)
    if op is sre.IN:
        out: set[str] = set()
        for c in _class_chars(av):
            out |= char(c, prefix, nxt)
        return out
    if op is sre.BRANCH:
        out = set()
        for branch in av[1]:
            out |= _walk(list(branch), 0, prefix, nxt, char)
        return out
    if op is sre.SUBPATTERN:
        return _walk(list(av[3]), 0, prefix, nxt, char)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        lo, hi, sub = av
        out = nxt(prefix) if lo == 0 else set()
        if hi > 1 and prefix and _can_be_word(list(sub)):
            if not (prefix.endswith(" ") and _digits_only(list(sub))):
                raise Unknown  # a repeated part inside the first word
            # after "the ": a word of digits is keyed at its first digit ("the 19th century")
        return out | _walk(list(sub), 0, prefix, nxt, char)
    raise Unknown


def _can_be_word(seq: list[tuple[Any, Any]]) -> bool:
    """Whether a part of a pattern can match a word character (conservative)."""
    for op, av in seq:
        if op is sre.LITERAL and _WORD.match(chr(av)):
            return True
        if op is sre.IN:
            try:
                if any(_WORD.match(c) for c in _class_chars(av)):
                    return True
            except Unknown:
                return True
        elif op is sre.BRANCH and any(_can_be_word(list(b)) for b in av[1]):
            return True
        elif op is sre.SUBPATTERN and _can_be_word(list(av[3])):
            return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and _can_be_word(list(av[2])):
            return True
        elif op in (sre.ANY, sre.NOT_LITERAL):
            return True
    return False


def _digits_only(seq: list[tuple[Any, Any]]) -> bool:
    """Whether every character a part of a pattern can match is a digit (conservative)."""
    for op, av in seq:
        if op is sre.IN:
            try:
                if any(not c.isdigit() for c in _class_chars(av)):
                    return False
            except Unknown:
                return False
        elif op is sre.LITERAL:
            if not chr(av).isdigit():
                return False
        else:
            return False
    return True


def _char(c: str, prefix: str, nxt: Cont) -> set[str]:
    """Extend the first word by one matched character, or end it."""
    if not prefix and c.isdigit():
        return {DIGIT}
    if not prefix and c in "'’":
        return {QUOTE}
    if prefix and c.isdigit():
        return {prefix + "*"}  # digits inside the first word ("mid1990"): any such word
    if _WORD.match(c):
        return nxt(prefix + c.lower())
    if not prefix:
        raise Unknown  # a rule starting with a space or a sign
    return {prefix}


def first_words(pattern: str) -> set[str] | None:
    """The keys a match of ``pattern`` can start with, or None when they cannot be bounded."""
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
        words = _walk(list(parsed), 0, "", lambda p: {p} if p else set())
    except Exception:  # an unknown construct, or a changed API of re internals:
        return None  # the rule is then tried at every word, which is slower but still exact
    return words if len(words) < _LIMIT and "" not in words else None


# After a word's leading digits: the character that follows, as a digit-led rule reads it.
END = "\x01"  # the rule's match may end right after its digits (a non-word character follows)
ANY = "\x02"  # the rule's character there cannot be bounded: it is tried at every digit word
_MAX_DIGITS = 16  # digits read before giving up on a rule (the rule is then tried everywhere)
_DIGIT_RUN = re.compile(r"\d*")  # what the rules' \d reads (not str.isdigit: "²" is no \d)


def _digit_class(items: list[tuple[Any, Any]]) -> tuple[bool, set[str]]:
    """Whether a character class holds a digit, and its other characters (lower case, a space
    for any whitespace), or raise Unknown."""
    digit, others = False, set()
    for c in _class_chars(items):  # "\d" is read as "0", "\s" as " "
        if c.isdigit():
            digit = True
        else:
            others.add(" " if c.isspace() else c.lower())
    return digit, others


def _after_digits(seq: list[tuple[Any, Any]], i: int, digits: int, k: Cont) -> set[str]:
    """The characters (or ``END``) that can follow the digits a match opens with, from
    ``seq[i:]`` on with ``digits`` read so far and continuation ``k``; paths that open with no
    digit give nothing (the word at hand opens with one)."""
    if digits > _MAX_DIGITS:
        raise Unknown
    if i == len(seq):
        return k(str(digits))
    op, av = seq[i]
    nxt: Cont = lambda p: _after_digits(seq, i + 1, int(p), k)  # noqa: E731
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return nxt(str(digits))  # an assertion only narrows what matches
    if op is sre.LITERAL or op is sre.IN:
        digit, others = _digit_class([(op, av)] if op is sre.LITERAL else av)
        out = nxt(str(digits + 1)) if digit else set()
        return out | others if digits else out  # a first character that is no digit: no path
    if op is sre.BRANCH:
        out = set()
        for branch in av[1]:
            out |= _after_digits(list(branch), 0, digits, nxt)
        return out
    if op is sre.SUBPATTERN:
        return _after_digits(list(av[3]), 0, digits, nxt)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        lo, hi, sub = av
        if _digits_only(list(sub)):  # "\d+", "\d{1,2}": how many digits changes nothing after
            out = nxt(str(digits)) if lo == 0 else set()
            return out | (nxt(str(digits + max(lo, 1))) if hi > 0 else set())

        def again(p: str, lo: int = lo, hi: int = hi) -> set[str]:
            if int(p) == digits:  # an empty turn: the same place again
                if lo > 1:
                    raise Unknown
                return nxt(p)
            return _after_digits(
                seq[:i] + [(op, (max(0, lo - 1), hi - 1, sub))] + seq[i + 1 :], i, int(p), k
            )

        out = nxt(str(digits)) if lo == 0 else set()
        return out | (_after_digits(list(sub), 0, digits, again) if hi > 0 else set())
    raise Unknown


def after_digits(pattern: str) -> set[str] | None:
    """What can follow the leading digits of a match of ``pattern`` that opens with a digit:
    characters in lower case (a space for any whitespace) and ``END``; None when unbounded."""

    def end(p: str) -> set[str]:
        if int(p) == 0:
            raise Unknown  # a match that may read no digit at all
        return {END}

    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
        chars = _after_digits(list(parsed), 0, 0, end)
    except Exception:
        return None
    for c in [c for c in chars if not c.isascii()]:  # "K" (kelvin) reads "k" case-blind
        chars.update(a.lower() for a in map(chr, range(128)) if re.fullmatch(re.escape(c), a, re.I))
    return chars


def digit_layout(patterns: list[str], rules: tuple[int, ...]) -> dict[str, list[int]]:
    """For the digit-led ``rules``: by each character that may follow the digits, the rules that
    may read it there (``END`` those that may end there, ``ANY`` those tried at every such word)."""
    out: dict[str, list[int]] = {ANY: []}
    for i in rules:
        chars = after_digits(patterns[i])
        for c in (ANY,) if chars is None else chars:
            out.setdefault(c, []).append(i)
    return out


def _is_digit_layout(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and ANY in value
        and all(isinstance(v, list) and all(isinstance(i, int) for i in v) for v in value.values())
    )


# The first words most rules share: at one of them, the word after it picks the rules to try.
ARTICLE = "the"
ARTICLES = ("the", "a", "an")


def _after_article(c: str, prefix: str, nxt: Cont, article: str = ARTICLE) -> set[str]:
    """Like ``_char``, for the word after a leading article: ``prefix`` is the article being
    read, then the article, a space and the next word so far. Paths that do not open with the
    article give nothing."""
    if not prefix.startswith(article + " "):
        word = prefix + c.lower()
        if _WORD.match(c) and not c.isdigit() and article.startswith(word):
            return nxt(word)
        if prefix == article and not _WORD.match(c):
            if c.isspace():
                return nxt(article + " ")
            return {SIGN}  # the article followed by a sign ("a-", "a:")
        return set()  # another first word: not at the article
    rest = prefix[len(article) + 1 :]
    if not rest:
        if c.isspace():
            return nxt(prefix)
        if c.isdigit():
            return {DIGIT}
        if c in "'’":
            return {QUOTE}
        if _WORD.match(c):
            return nxt(prefix + c.lower())
        raise Unknown
    if c.isdigit():
        raise Unknown  # digits inside the word: not bounded here
    if _WORD.match(c):
        return nxt(prefix + c.lower())
    return {rest}


def _article_end(prefix: str, article: str = ARTICLE) -> set[str]:
    """The end of a rule: the word after the article is complete; a match that may end at the
    article (or is not at it) is not bounded by it."""
    if prefix.startswith(article + " ") and len(prefix) > len(article) + 1:
        return {prefix[len(article) + 1 :]}
    if prefix in (article, article + " "):
        raise Unknown
    return set()


def words_after_article(pattern: str, article: str = ARTICLE) -> set[str] | None:
    """The keys of the word after ``article`` in the matches of ``pattern`` that open with it,
    or None when they cannot be bounded (the rule is then tried at every such article)."""

    def step(c: str, prefix: str, nxt: Cont) -> set[str]:
        return _after_article(c, prefix, nxt, article)

    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
        words = _walk(list(parsed), 0, "", lambda p: _article_end(p, article), step)
    except Exception:
        return None
    return words if len(words) < _LIMIT and "" not in words else None


def _trie(words: set[str]) -> str:
    """One regex alternation of ``words`` shaped as a trie (each letter tried once per word)."""
    heads: dict[str, set[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], set()).add(w[1:])
    alts = [re.escape(c) + _trie(rest) for c, rest in sorted(heads.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in words else body


def _candidates(
    exact: set[str], prefixes: set[str], after_the: set[str] | None = None
) -> re.Pattern[str] | None:
    """Where a word of a text may start a rule, in one regex: a word whose key is a rule's first
    word (the key ends the word or meets an apostrophe), or starts with a prefix key ("mid1990"),
    a word that opens with neither an ASCII letter nor an apostrophe (digits among them: their
    rules are looked up as before), or one that opens with an apostrophe. None when the keys are
    not plain ASCII words (every word start is then looked up).

    ``after_the``: when given, the keys of the words after "the" that open a rule, no rule being
    tried at every "the": a "the" before a space and a word of plain ASCII letters whose key is
    none of them opens nothing (``Table.rules_after_article``) and is no candidate either.

    Each candidate is still looked up (``rules_for_word``): the regex only skips, in C, the
    words whose key opens no rule, which the Python loop used to look up one by one.
    """
    words = exact - {DIGIT, QUOTE}
    if not all(w.isascii() and w.isalnum() and w == w.lower() for w in words | prefixes):
        return None
    skip = ""
    if after_the is not None:
        keys = after_the - {DIGIT, QUOTE}
        if all(w.isascii() and w.isalnum() and w == w.lower() for w in keys):
            # "the" (any case), whitespace, then (past signs, as the next word is looked for)
            # a word of ASCII letters up to an apostrophe or its end, whose key is none of them
            skip = (
                r"(?![tT][hH][eE]\s[^\w'’]*(?=[A-Za-z]+(?!\w))(?!(?i:" + _trie(keys) + r")(?!\w)))"
            )
    return re.compile(
        r"(?<![\w'’])"
        + skip
        + r"(?:(?i:"
        + _trie(words)
        + r")(?!\w)"
        + (r"|(?i:" + _trie(prefixes) + ")" if prefixes else "")
        + r"|[^\Wa-zA-Z]|['’])"
    )


# Which rules may open at which word (see ``Table``): exact keys, prefix keys, rules tried
# everywhere, and at each article the rules by the next word's key and those tried at any word.
Layout = tuple[
    dict[str, set[int]],
    dict[str, set[int]],
    set[int],
    dict[str, dict[str, set[int]]],
    dict[str, set[int]],
]


def layout(patterns: list[str]) -> Layout:
    """Read every rule's possible first words (and words after an article) off its pattern."""
    exact: dict[str, set[int]] = {}
    prefixes: dict[str, set[int]] = {}
    everywhere: set[int] = set()
    for i, pattern in enumerate(patterns):
        words = first_words(pattern)
        if words is None:
            everywhere.add(i)
            continue
        for w in words:
            target = prefixes if w.endswith("*") else exact
            target.setdefault(w.rstrip("*"), set()).add(i)
    after_article: dict[str, dict[str, set[int]]] = {}
    article_always: dict[str, set[int]] = {}
    for article in ARTICLES:
        after: dict[str, set[int]] = {}
        # every rule tried at the article itself (``Table.rules_for``) but those keyed by it
        opening = {i for p, rules in prefixes.items() if article.startswith(p) for i in rules}
        always = (everywhere | opening) - exact.get(article, set())
        for i in exact.get(article, ()):
            words = words_after_article(patterns[i], article)
            if words is None:
                always.add(i)
                continue
            for w in words:
                after.setdefault(w, set()).add(i)
        after_article[article] = after
        article_always[article] = always
    return exact, prefixes, everywhere, after_article, article_always


def _is_layout(value: Any) -> bool:
    """Whether a value read back from the cache has the shape of a ``Layout``."""
    if not (isinstance(value, tuple) and len(value) == 5):
        return False
    exact, prefixes, everywhere, after, always = value
    return (
        all(isinstance(d, dict) for d in (exact, prefixes, after, always))
        and isinstance(everywhere, set)
        and all(isinstance(v, dict) for v in after.values())
        and set(after) == set(always) == set(ARTICLES)
    )


class Table:
    """Which rules to try at a word: by its key, by a key prefix ("mid*"), or everywhere."""

    def __init__(self, patterns: Iterable[str]) -> None:
        from incident_reader.core import regex_cache

        patterns_list = list(patterns)
        exact, prefixes, everywhere, after, always = regex_cache.stored(
            "dispatch", "\0".join(patterns_list), lambda: layout(patterns_list), _is_layout
        )  # worked out once per source version: parsing every rule costs ~0.1 s of each start
        self.exact = exact
        self.prefixes = prefixes
        self.everywhere = everywhere
        self._cache: dict[str, tuple[int, ...]] = {}
        self._by_word: dict[str, tuple[int, ...]] = {}
        # At an article: the rules that can open with it, by the key of the word after it.
        self._after_article = after
        self._article_always = always
        self._by_pair: dict[tuple[str, str], tuple[int, ...]] = {}
        self._by_words: dict[tuple[str, str | None], tuple[int, ...]] = {}
        self._patterns = patterns_list
        self._digit_layout: dict[str, list[int]] | None = None
        self._by_follow: dict[str | None, tuple[int, ...]] = {}
        # (a "the" opens no rule of its own: the word after it decides, in the regex too)
        after_the = None if always[ARTICLE] else set(after[ARTICLE])
        found = _candidates(set(exact), set(prefixes), after_the) if not everywhere else None
        self.candidates = found or WORD_START  # where the words worth a look start

    def rules_for_word(self, word: str) -> tuple[int, ...]:
        """Indexes, in rule order, of the rules that can start at this word of a text."""
        try:
            return self._by_word[word]
        except KeyError:
            pass
        if len(self._by_word) > 200_000:  # a long-running reader: keep the memo bounded
            self._by_word.clear()
        rules = self._by_word[word] = self.rules_for(key_of(word))
        return rules

    def rules_after_article(self, following: str | None, article: str = ARTICLE) -> tuple[int, ...]:
        """Indexes, in rule order, of the rules that can start at ``article`` (one of
        ``ARTICLES``, lower case) followed by whitespace and the word ``following`` (None: no
        word follows; ``SIGN``: a character that is neither a word's nor a space follows)."""
        try:
            return self._by_words[article, following]  # the words as read (no key_of)
        except KeyError:
            pass
        if len(self._by_words) > 200_000:
            self._by_words.clear()
        key = (article, key_of(following) if following else "")
        rules = self._by_pair.get(key)
        if rules is None:
            if len(self._by_pair) > 200_000:
                self._by_pair.clear()
            chosen = self._article_always[article] | self._after_article[article].get(key[1], set())
            rules = self._by_pair[key] = tuple(sorted(chosen))
        self._by_words[article, following] = rules
        return rules

    def rules_for(self, key: str) -> tuple[int, ...]:
        """Indexes, in rule order, of the rules that can start at a word with this key."""
        found = self._cache.get(key)
        if found is None:
            chosen = set(self.everywhere) | self.exact.get(key, set())
            for prefix, rules in self.prefixes.items():
                if key.startswith(prefix):
                    chosen |= rules
            found = self._cache[key] = tuple(sorted(chosen))
        return found

    def rules_for_digits(self, text: str, start: int) -> tuple[int, ...]:
        """``rules_for_word`` of the digit-led word at ``start``, without the rules that cannot
        read the character after its leading digits (a rule for "7.30am" is not tried at "7
        March"): the same rules in the same order, less those that would fail."""
        run = _DIGIT_RUN.match(text, start).end()  # type: ignore[union-attr]
        if run == start:
            return self.rules_for(DIGIT)  # "²": a digit to str.isdigit, none to \d
        follow = text[run] if run < len(text) else None
        try:
            return self._by_follow[follow]
        except KeyError:
            pass
        if len(self._by_follow) > 10_000:
            self._by_follow.clear()
        rules = self._by_follow[follow] = self._for_follow(follow)
        return rules

    def _for_follow(self, follow: str | None) -> tuple[int, ...]:
        everything = self.rules_for(DIGIT)
        if follow is not None and not follow.isascii():
            return everything  # case-blind matching of other scripts: not bounded here
        if self._digit_layout is None:
            from incident_reader.core import regex_cache

            self._digit_layout = regex_cache.stored(
                # not "dispatch-...": the files of one name are kept as one set of a few
                "digit-dispatch",
                "\0".join(self._patterns) + "\0" + ",".join(map(str, everything)),
                lambda: digit_layout(self._patterns, everything),
                _is_digit_layout,
            )
        layout = self._digit_layout
        chosen = set(layout[ANY])
        if follow is None or not _WORD.match(follow):
            chosen.update(layout.get(END, ()))
        if follow is not None:
            chosen.update(layout.get(" " if follow.isspace() else follow.lower(), ()))
        return tuple(i for i in everything if i in chosen)
