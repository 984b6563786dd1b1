"""The code and patterns the reader's start-up builds at run time, kept on disk between launches.

Before its first screen the reader (Textual and Rich with it) defines about 200 dataclasses and
compiles about 150 regular expressions. ``dataclasses`` writes each class's ``__init__``,
``__repr__``, ``__eq__``... as source text and ``exec``s it, and ``re`` parses and compiles each
pattern in Python code: together a sixth of what a launch does before the first key acts. Both
results depend on nothing but their text and the interpreter, so, like ``.pyc`` files for modules,
this module keeps them: the code objects compiled from each generated source, and each pattern's
program (``core.regex_program``). A later launch reads them back (a ``marshal`` load) and the same
classes and patterns are built from them without parsing anything.

Nothing else changes. ``install`` (before Textual is imported) gives ``dataclasses``,
``collections`` and ``typing`` a ``exec``/``eval``/``compile`` that looks the source up first (the
same code object ``compile`` would make: same text, same flags, same file name) and puts the kept
patterns in ``re``'s own cache, where ``re.compile`` of the same text finds them. ``save`` (once
the first key has acted) takes the hooks away and rewrites the file with what this launch used
when it compiled anything new. A missing, damaged or foreign file is ignored; a source or pattern
the file lacks is compiled as usual. The file lives in the user's cache folder, written by this
user only, as ``.pyc`` files are; ``INCIDENT_READER_START_CACHE`` names another folder, or turns
the cache off with ``0``. No Textual here: it loads before Textual does.
"""

from __future__ import annotations

import builtins
import marshal
import os
import re
import sys
import zlib
from importlib._bootstrap_external import MAGIC_NUMBER
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from incident_reader.core import regex_program
from incident_reader.core.cache_folder import cache_folder

FORMAT = 1
# Patterns kept at most: re's own cache holds 512, and a pattern put there beyond that would
# push out another.
MAX_PATTERNS = 400
# Code kept: source text -> code object, and the sources looked up since ``install``.
_codes: dict[tuple[str, str], CodeType] = {}
_used: set[tuple[str, str]] = set()
_patterns: dict[tuple[str, int], regex_program.Entry] = {}
_state: dict[str, Any] = {"installed": False, "path": None, "new": False, "hooked": []}


def cache_path() -> Path | None:
    """Where the file is (one per interpreter and regex engine), or None when the cache is off."""
    setting = os.environ.get("INCIDENT_READER_START_CACHE", "")
    engine = regex_program.engine()
    if setting == "0" or engine is None or not isinstance(getattr(re, "_cache", None), dict):
        return None
    tag = zlib.crc32(repr((FORMAT, sys.version, MAGIC_NUMBER, engine)).encode())
    return cache_folder(setting) / f"start-{tag:08x}.marshal"


def _compiled(source: str, mode: str) -> CodeType:
    """The code of ``source``, from the file when it holds it (what ``compile`` in a module
    without ``from __future__`` imports would make)."""
    key = (mode, source)
    code = _codes.get(key)
    if code is None:
        code = _codes[key] = builtins.compile(source, "<string>", mode, dont_inherit=True)
        _state["new"] = True
    _used.add(key)
    return code


def _exec(source: Any, namespace: Any = None, names: Any = None, /) -> None:
    if namespace is None:  # in the caller's namespace, as the builtin would run it
        caller = sys._getframe(1)
        namespace, names = caller.f_globals, caller.f_locals if names is None else names
    elif type(source) is str:
        source = _compiled(source, "exec")
    builtins.exec(source, namespace, names)


def _eval(source: Any, namespace: Any = None, names: Any = None, /) -> Any:
    if namespace is None:
        caller = sys._getframe(1)
        namespace, names = caller.f_globals, caller.f_locals if names is None else names
    elif type(source) is str:
        source = _compiled(source, "eval")
    return builtins.eval(source, namespace, names)


def _compile(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    if type(source) is str and filename == "<string>" and not args and not kwargs:
        return _compiled(source, mode)
    return builtins.compile(source, filename, mode, *args, **kwargs)


# The modules that build code from text at import, and the builtin each calls to do it.
HOOKS: tuple[tuple[str, str, Any], ...] = (
    ("dataclasses", "exec", _exec),
    ("collections", "eval", _eval),
    ("typing", "compile", _compile),
)


def install() -> None:
    """Read the file and hook the modules (once; before Textual is imported)."""
    if _state["installed"]:
        return
    _state["installed"] = True
    try:
        path = cache_path()
    except (RuntimeError, KeyError, OSError):  # no home folder to find a cache folder in
        return
    if path is None:
        return
    _state["path"] = path
    try:
        kept = marshal.loads(path.read_bytes())
        codes, patterns = kept
        _codes.update(codes)
        cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
        for entry in patterns:
            try:
                cache.setdefault((str, entry[0], entry[1]), regex_program.rebuild(entry))
            except (TypeError, ValueError, RuntimeError, OverflowError):
                continue  # not a program this engine takes: re.compile makes it
            _patterns[(entry[0], entry[1])] = entry
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        pass  # no file yet, or a damaged one: everything compiles as usual
    for name, builtin, hook in HOOKS:
        module = sys.modules.get(name) or __import__(name)
        if builtin not in vars(module):  # the module calls the builtin by its plain name
            setattr(module, builtin, hook)
            _state["hooked"].append((module, builtin))


def save() -> None:
    """Take the hooks away and, if this launch compiled something new, write what it used (once:
    later calls do nothing)."""
    for module, builtin in _state["hooked"]:
        _unhook(module, builtin)
    _state["hooked"] = []
    path, _state["path"] = _state["path"], None  # once: what comes later is not start-up's
    if path is None:
        return
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    fresh = [key for key in cache if key[0] is str and (key[1], key[2]) not in _patterns]
    if not fresh and not _state["new"]:
        return
    patterns = list(_patterns.values())
    for _type, pattern, flags in fresh:
        try:
            entry = regex_program.program(pattern, flags, cache[(str, pattern, flags)])
        except Exception:  # noqa: BLE001 - a pattern re cannot rebuild this way is left out
            entry = None
        if entry is not None:
            patterns.append(entry)
    codes = {key: _codes[key] for key in _used}
    try:
        data = marshal.dumps((codes, patterns[-MAX_PATTERNS:]))
    except ValueError:
        return
    _write(path, data)
    _state["new"] = False
    _patterns.update({(e[0], e[1]): e for e in patterns})


def _unhook(module: ModuleType, builtin: str) -> None:
    if vars(module).get(builtin) is not None:
        delattr(module, builtin)


def _write(path: Path, data: bytes) -> None:
    """Write the file whole (or not at all): a read-only cache folder only costs the speed."""
    import tempfile

    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
            tmp = out.name
            out.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
