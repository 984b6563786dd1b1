"""The package's regular expressions compiled with their alternations grouped by first letter.

Python's regex engine tries the alternatives of an alternation one by one at every position it
reaches. An alternative that opens with a plain character (or character class) is skipped at once
where the text holds another character, but one that opens with a case-blind letter (every word
of a ``re.IGNORECASE`` word list: number words, verbs, nouns) is entered, its state saved and
restored, before it fails: the rules' long case-blind word lists cost the engine a few dozen
steps per alternative at every word. Here each alternation is rewritten before it is compiled:

- alternatives that open with the same letter are joined under that letter, in their own order
  ("(?:two|ten|three)" reads as "(?:t(?:wo|en|hree))");
- a case-blind opening letter is written as the class of the characters it matches, read
  case-sensitively ("[Tt]"), which the engine tests without entering the alternative.

The rewritten pattern matches the same strings with the same groups as the original: only
alternatives that cannot match at the same place (their opening letters differ) change places,
so the first alternative that succeeds is the same one. ``install`` puts the rewriting in front of
``re``'s compiler for patterns compiled by this package's modules (regex_cache keeps the rewritten
programs); tests compare both forms of every rule on real and random text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

try:
    import _sre
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES
except ImportError:  # another interpreter or version: patterns compile as usual
    _sre = None
ENABLED = _sre is not None

PACKAGE = "incident_reader"
_IGNORECASE = re.IGNORECASE.value
_ASCII = re.ASCII.value
_LOCALE = re.LOCALE.value
_DEBUG = re.DEBUG.value
# Characters outside ASCII that a case-blind ASCII letter matches (Python's case folding: the
# Kelvin sign is a "k", the long s an "s", the dotted and dotless I an "i"); a test checks the
# table against every code point.
CASE_EXTRAS: dict[str, tuple[str, ...]] = {
    "i": ("\u0130", "\u0131"),
    "k": ("\u212a",),
    "s": ("\u017f",),
}
_state: dict[str, Any] = {"installed": False, "compile": None}
# The patterns compiled rewritten in this process, as re's cache keys them (pattern, int flags):
# a cache of programs (regex_program) keeps theirs rewritten, every other pattern's as re made it.
REWRITTEN: set[tuple[str, int]] = set()


def letter_class(letter: str, ascii_only: bool) -> list[int]:
    """The characters a case-blind ASCII letter matches, as code points (sorted)."""
    low = letter.lower()
    chars = {low, low.upper(), *(() if ascii_only else CASE_EXTRAS.get(low, ()))}
    return sorted(ord(c) for c in chars)


_HEADS: dict[tuple[str, bool], list[tuple[Any, Any]]] = {}


def _head(letter: str, ascii_only: bool) -> list[tuple[Any, Any]]:
    """The class of a case-blind letter as the items of a parsed pattern (its character set
    worked out once: "i", "k" and "s" need a set beyond Latin-1, costly to build per use)."""
    key = (letter.lower(), ascii_only)
    head = _HEADS.get(key)
    if head is None:
        items = [(_constants.LITERAL, v) for v in letter_class(letter, ascii_only)]
        charset, _cased = _compiler._optimize_charset(items)
        head = _HEADS[key] = [(_constants.IN, charset)]
    return head


def _key(code: int, blind: bool, ascii_only: bool) -> int:
    """One character for every character the opening literal ``code`` may match."""
    if not blind:
        return code
    if ascii_only:
        return int(_sre.ascii_tolower(code))
    low = int(_sre.unicode_tolower(code))
    return min([low, *_EXTRA_CASES.get(low, ())])


def rewrite(parsed: Any, flags: int) -> Any:
    """Rewrite every alternation of a parsed pattern in place (see the module's text)."""
    if flags & _LOCALE:
        return parsed
    _walk(parsed, bool(flags & _IGNORECASE), bool(flags & _ASCII))
    return parsed


def _walk(sub: Any, blind: bool, ascii_only: bool) -> None:
    c = _constants
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is c.BRANCH:
            for alternative in av[1]:
                _walk(alternative, blind, ascii_only)
            data[i] = (op, (av[0], _grouped(av[1], sub.state, blind, ascii_only)))
        elif op is c.SUBPATTERN:
            group, add, remove, inner = av
            _walk(
                inner,
                (blind or bool(add & _IGNORECASE)) and not remove & _IGNORECASE,
                (ascii_only or bool(add & _ASCII)) and not add & re.UNICODE.value,
            )
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            _walk(av[2], blind, ascii_only)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _walk(av[1], blind, ascii_only)
        elif op is c.ATOMIC_GROUP:
            _walk(av, blind, ascii_only)
        elif op is c.GROUPREF_EXISTS:
            _walk(av[1], blind, ascii_only)
            if av[2] is not None:
                _walk(av[2], blind, ascii_only)


def _grouped(alternatives: list[Any], state: Any, blind: bool, ascii_only: bool) -> list[Any]:
    """The alternatives with those opening with the same literal joined under it; an alternative
    that opens otherwise stays where it is, and nothing moves across it."""
    out: list[Any] = []
    run: list[Any] = []
    for alternative in alternatives:
        if alternative.data and alternative.data[0][0] is _constants.LITERAL:
            run.append(alternative)
            continue
        out.extend(_join(run, state, blind, ascii_only))
        run = []
        out.append(alternative)
    out.extend(_join(run, state, blind, ascii_only))
    return out


def _join(run: list[Any], state: Any, blind: bool, ascii_only: bool) -> list[Any]:
    """A run of alternatives opening with literals, joined by their opening character."""
    groups: dict[int, list[Any]] = {}
    for alternative in run:
        code = alternative.data[0][1]
        groups.setdefault(_key(code, blind, ascii_only), []).append(alternative)
    out: list[Any] = []
    for members in groups.values():
        code = members[0].data[0][1]
        letter = chr(code)
        classed = blind and letter.isascii() and letter.isalpha()
        if len(members) == 1 and not classed:
            out.append(members[0])
            continue
        joined = _parser.SubPattern(state)
        if classed:
            head = _parser.SubPattern(state)
            head.data = list(_head(letter, ascii_only))
            joined.data.append((_constants.SUBPATTERN, (None, 0, _IGNORECASE, head)))
        else:
            joined.data.append(members[0].data[0])
        if len(members) == 1:
            joined.data.extend(members[0].data[1:])
        else:
            rests = []
            for member in members:
                rest = _parser.SubPattern(state)
                rest.data = member.data[1:]
                rests.append(rest)
            joined.data.append((_constants.BRANCH, (None, rests)))
        out.append(joined)
    return out


def compile_rewritten(pattern: str, flags: int) -> re.Pattern[str]:
    """``re._compiler.compile`` of a pattern string, with its alternations rewritten."""
    parsed = _parser.parse(pattern, flags)
    if "|" in pattern:  # only an alternation is rewritten
        rewrite(parsed, flags | parsed.state.flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def program(pattern: str, flags: int) -> tuple[Any, list[int]]:
    """The parsed pattern and its rewritten program (for a file of programs)."""
    parsed = _parser.parse(pattern, flags)
    if "|" in pattern:
        rewrite(parsed, flags | parsed.state.flags)
    return parsed, [int(c) for c in _compiler._code(parsed, flags)]


def _from_package() -> bool:
    """Whether the pattern being compiled is one of this package's (the first caller outside
    ``re`` and the regex modules here)."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if not (name == "re" or name.startswith("re.") or name.startswith(_OWN)):
            return bool(name.startswith(PACKAGE + "."))
        frame = frame.f_back  # type: ignore[assignment]
    return False


_OWN = ("incident_reader.core.regex_cache", "incident_reader.core.regex_branches")


def install() -> None:
    """Rewrite the patterns this package's modules compile from now on (once per process)."""
    if not ENABLED or _state["installed"]:
        return
    _state["installed"] = True
    original: Callable[..., Any] = _compiler.compile
    _state["compile"] = original

    def compile(p: Any, flags: int = 0) -> Any:  # noqa: A001 - re's own name for it
        if isinstance(p, str) and not flags & (_DEBUG | _LOCALE) and _from_package():
            REWRITTEN.add((p, int(flags)))
            return compile_rewritten(p, flags)
        return original(p, flags)

    _compiler.compile = compile


def uninstall() -> None:
    """Put ``re``'s own compiler back (for tests that compare both forms)."""
    if _state["installed"] and _state["compile"] is not None:
        _compiler.compile = _state["compile"]
        _state["installed"] = False
