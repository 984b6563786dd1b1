"""Alternations grouped by first letter (core.regex_branches) match exactly what re's own
compilation of the same pattern matches: same spans, same groups, on invented text, random word
soup and every rule of the extractors and the tagger."""

from __future__ import annotations

import _sre
import importlib
import pkgutil
import random
import re
import string
import sys
from re import _compiler, _parser  # type: ignore[attr-defined]

import pytest

import incident_reader.core.facts as facts_pkg
import incident_reader.core.temporal as temporal_pkg
from incident_reader.core import regex_branches

pytestmark = pytest.mark.skipif(
    not regex_branches.ENABLED, reason="this interpreter's regex engine is not rewritten"
)


def plain(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern as re compiles it, without the rewriting."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    index: list[str | None] = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        index[i] = name
    return _sre.compile(
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        parsed.state.groupdict,
        tuple(index),
    )


def found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def soup(pattern: str, rng: random.Random, count: int) -> list[str]:
    """Texts made of the pattern's own words in mixed case, cut short, with the characters a
    case-blind match reads as ASCII letters ("ı", "ſ", the Kelvin sign) put in."""
    words = re.findall(r"[A-Za-z]+", pattern) or ["a"]
    glue = [" ", " ", ", ", "-", "", " 12 ", ". ", "'s ", " the ", "\n", " (3) "]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randrange(1, 7)):
            word = rng.choice(words)
            roll = rng.random()
            if roll < 0.2:
                word = word.upper()
            elif roll < 0.4:
                word = word.capitalize()
            elif roll < 0.5:
                word = word.replace("i", "\u0131").replace("s", "\u017f").replace("k", "\u212a")
            elif roll < 0.55:
                word = word.replace("I", "\u0130")
            elif roll < 0.6:
                word = word[: rng.randrange(len(word) + 1)]
            parts += [word, rng.choice(glue)]
        out.append("".join(parts))
    return out


INVENTED = [
    "Two people were killed and ten others injured when a bus overturned.",
    "THREE MEN were arrested; a fourth man, 34, was later released.",
    "Ten, twelve or twenty: the toll rose to 12 by Tuesday.",
    "The Kelvin-sign \u212ailled and the long-s \u017ftabbed read as ASCII to a blind match.",
    "An İnjured passenger and a dıver were taken to hospital at 7.35pm.",
    "",
    "to t two ten tt To TWO",
]

CASES = [
    (r"(?:two|ten|three|t|twelve)", re.I),
    (r"(?:ab|a|b|abc)", 0),
    (r"(?:to|t)(?:wo|o)?", re.I),
    (r"\b(?:kill(?:ed|ing)?|knifed|stabbed|shot|injur(?:ed|ies)|in)\b", re.I),
    (r"(?:(?i:killed)|Killer|kin)", 0),
    (r"(?:x(?-i:Ab)|xab|XAB)", re.I),
    (r"(?ai:kelvin|kilo|sun)", 0),
    (r"(?:é|É|e|ü)\w+", re.I),
    (r"(?:(?P<a>one)|(?P<b>two)|(?P<c>o)ne)", re.I),
    (r"(?:a|b|\d|ab|[xy]|ax)+?z", re.I),
    (r"(?<![\w-])(?:dead|died|dies|death|d)(?![\w-])", re.I),
    (r"(?:i|is|it|\u0130|\u0131)s", re.I),
    (r"(?:s|\u017fo|so)", re.I),
]


@pytest.mark.parametrize(("pattern", "flags"), CASES)
def test_invented_alternations_match_the_same(pattern: str, flags: int) -> None:
    rewritten = regex_branches.compile_rewritten(pattern, flags)
    original = plain(pattern, flags)
    rng = random.Random(pattern)
    for text in [*INVENTED, *soup(pattern, rng, 300)]:
        assert found(rewritten, text) == found(original, text), (pattern, text)


def test_alternations_are_rewritten() -> None:
    """A case-blind word list is compiled differently (grouped, letters as classes)."""
    pattern = "(?:two|ten|three|four)"
    assert regex_branches.program(pattern, re.I)[1] != [
        int(c) for c in _compiler._code(_parser.parse(pattern, re.I), re.I)
    ]


def test_case_extras_cover_every_code_point() -> None:
    """Every character a case-blind ASCII letter matches is in its class (all of Unicode)."""
    lower = [_sre.unicode_tolower(x) for x in range(sys.maxunicode + 1)]
    from re._casefix import _EXTRA_CASES

    for letter in string.ascii_lowercase:
        low = _sre.unicode_tolower(ord(letter))
        folds = {low, *_EXTRA_CASES.get(low, ())}
        expected = [x for x in range(sys.maxunicode + 1) if lower[x] in folds]
        assert regex_branches.letter_class(letter, ascii_only=False) == expected, letter
        assert regex_branches.letter_class(letter, ascii_only=True) == [
            ord(letter.upper()),
            ord(letter),
        ]


def _rules() -> list[re.Pattern[str]]:
    """The compiled patterns the extractors' and the tagger's modules hold."""
    out: dict[tuple[str, int], re.Pattern[str]] = {}
    for package in (facts_pkg, temporal_pkg):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    out[value.pattern, value.flags] = value
    return list(out.values())


def test_every_rule_matches_the_same() -> None:
    """Each module-level rule, as the package compiles it, against re's own compilation."""
    rules = _rules()
    assert len(rules) > 300
    rng = random.Random(11)
    for rule in rules:
        original = plain(rule.pattern, rule.flags)
        for text in [*INVENTED, *soup(rule.pattern, rng, 12)]:
            assert found(rule, text) == found(original, text), (rule.pattern[:80], text)
