"""A compiled pattern's program as plain data, and the pattern rebuilt from it.

Shared by ``core.regex_cache`` (the pipeline's patterns) and ``ui.start_cache`` (the reader's
start-up): ``re`` parses and compiles a pattern in Python code, while ``_sre.compile`` rebuilds the
same pattern object from its program in microseconds.
"""

from __future__ import annotations

import re
from array import array

from incident_reader.core import regex_branches

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another interpreter: no program can be kept
    _sre = None

# pattern, flags as given, flags as compiled, code (machine words as bytes: read back without
# building a Python int per word), groups, groupindex, indexgroup
Entry = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]
# The array type of the engine's code words (its CODESIZE bytes each).
WORD = next((t for t in "ILQ" if _sre and array(t).itemsize == _sre.CODESIZE), "I")


def engine() -> tuple[object, ...] | None:
    """What a program depends on besides its pattern: the regex engine (None without one)."""
    if _sre is None:
        return None
    return (_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)


def rebuild(entry: Entry) -> re.Pattern[str]:
    """The pattern object of a program (TypeError, ValueError... when the engine refuses it)."""
    pattern, _flags, full_flags, code, groups, groupindex, indexgroup = entry
    words = array(WORD, code).tolist()
    return _sre.compile(pattern, full_flags, words, groups, groupindex, indexgroup)


def program(pattern: str, flags: int, compiled: re.Pattern[str]) -> Entry | None:
    """The compiled program of a pattern, as ``re._compiler.compile`` builds it, checked against
    the pattern object ``re`` made (None when it differs, or for a debug pattern)."""
    flags = int(flags)  # a RegexFlag is not marshal-able; re's own cache keys hold ints
    if flags & re.DEBUG:
        return None
    if (pattern, flags) in regex_branches.REWRITTEN:  # the package's: as regex_branches made it
        parsed, code = regex_branches.program(pattern, flags)
    else:
        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry: Entry = (
        pattern, flags, flags | parsed.state.flags, array(WORD, code).tobytes(),
        parsed.state.groups - 1, groupindex, tuple(indexgroup),
    )  # fmt: skip
    rebuilt = _sre.compile(pattern, entry[2], code, *entry[4:])
    same = (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
        compiled.flags,
        compiled.groups,
        compiled.groupindex,
    )
    return entry if same else None
