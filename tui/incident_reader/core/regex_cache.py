"""Compiled regular expressions kept on disk, so a process starts without parsing them again.

The extractors and the tagger build about 500 patterns (400,000 characters of regex) when they
are imported. Python's ``re`` parses and compiles each one in Python code: 0.6-1.2 s of every
launch of ``extract``, of every spawned worker and of the reader's extraction server, before the
first report is read. Like ``.pyc`` files for code, this module keeps each pattern's compiled
program (``re``'s own internal form) in a file, keyed by the exact pattern text and flags and by
the interpreter and regex engine that made it; a later process rebuilds the same pattern objects
from it (``_sre.compile``, microseconds each) and puts them in ``re``'s own cache, where every
``re.compile`` of that text finds them. Nothing else changes: a pattern the file lacks compiles as
usual, a file from another interpreter or a damaged one is ignored, and a process whose patterns
were not all in the file rewrites it when it exits.

The file lives in the user's cache directory (``$XDG_CACHE_HOME/incident-reader``, else
``~/.cache/incident-reader``); ``INCIDENT_READER_REGEX_CACHE`` names another directory, or turns
the cache off with ``0``.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from incident_reader.core import regex_branches
from incident_reader.core.cache_folder import cache_folder
from incident_reader.core.regex_program import Entry, engine, program, rebuild

FORMAT = 2
T = TypeVar("T")

_loaded: dict[tuple[str, int], Entry] = {}
_marked: dict[tuple[str, int], re.Pattern[str] | None] = {}
_state: dict[str, Any] = {"installed": False, "pid": None, "path": None, "tag": None}


KEEP_FILES = 4  # cache files kept per folder (other checkouts, other interpreters)


def _tag() -> str:
    """What the file's programs depend on: the interpreter build, its regex engine, and this
    package's source (sizes and times of its modules), so edited rules start a new file rather
    than leave stale patterns in the old one."""
    if _state["tag"] is None:
        _state["tag"] = _source_tag()
    return str(_state["tag"])


def _source_tag() -> str:
    parts: list[object] = [FORMAT, sys.version, sys.implementation.name, *(engine() or ())]
    root = Path(__file__).parent
    for source in sorted(root.rglob("*.py")):
        try:
            stat = source.stat()
        except OSError:
            continue
        parts.append((str(source.relative_to(root)), stat.st_size, stat.st_mtime_ns))
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def cache_path() -> Path | None:
    """Where the cache file is, or None when the cache is off or cannot be used here."""
    setting = os.environ.get("INCIDENT_READER_REGEX_CACHE", "")
    if setting == "0" or engine() is None or not isinstance(getattr(re, "_cache", None), dict):
        return None
    return cache_folder(setting) / f"regex-{_tag()}.marshal"


def install() -> None:
    """Put every cached pattern in ``re``'s cache (once per process) and save new ones at exit."""
    if _state["installed"]:
        return
    _state["installed"] = True
    regex_branches.install()  # the rules compile with their alternations grouped (fast)
    path = cache_path()
    if path is None:
        return
    _state["pid"], _state["path"] = os.getpid(), path
    atexit.register(save)
    # The program's ~1,000 patterns outnumber re's cache (512): compiled ones were dropped before
    # ``mark`` saw them, so the file took several launches to hold them all. Room for them all.
    re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 4096)  # type: ignore[attr-defined]
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return  # no file yet, or a damaged one: everything compiles as usual
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    for entry in entries if isinstance(entries, list) else ():
        try:
            compiled = rebuild(entry)
        except (TypeError, ValueError, RuntimeError, OverflowError, IndexError):
            continue  # not a program this engine accepts: leave it to re.compile
        cache.setdefault((str, entry[0], entry[1]), compiled)
        _loaded[(entry[0], entry[1])] = entry


def mark() -> None:
    """Take the patterns compiled so far as the program's own (its rules, built at import and
    warm-up); those compiled later (from one report's words, say) are not written to the file."""
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    for key, compiled in list(cache.items()):
        if key[0] is str and (key[1], key[2]) not in _marked:
            # held until exit: re's cache may drop it before then (it keeps 512)
            _marked[(key[1], key[2])] = None if (key[1], key[2]) in _loaded else compiled


def save() -> None:
    """Write the program's patterns (see ``mark``) to the cache file when some were not in it."""
    path = _state.get("path")
    if path is None or _state["pid"] != os.getpid():
        return  # off, or a forked child: the process that installed the cache writes it
    if _marked.keys() <= _loaded.keys():
        return
    _save(path)


def save_detached() -> None:
    """Write the cache file from a forked child and return at once: the reader quitting hands the
    work (re-parsing each new pattern: seconds on a busy machine, after an upgrade) to a process
    of its own instead of holding the user's shell. Where there is no fork, ``save`` at exit does
    it as before; a child killed before it is done leaves the old file (it is written whole)."""
    path = _state.get("path")
    fork = getattr(os, "fork", None)
    if path is None or _state["pid"] != os.getpid() or fork is None:
        return
    if _marked.keys() <= _loaded.keys():
        return
    try:
        child = fork()
    except OSError:
        return  # no process to spare: ``save`` at exit writes it
    if child:
        _state["path"] = None  # handed to the child: nothing is left for exit
        return
    try:  # the child: write the file, then leave without the parent's exit handlers
        null = os.open(os.devnull, os.O_RDWR)  # holding no terminal or pipe of the parent's
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        _save(path)
    finally:
        os._exit(0)


def _save(path: Path) -> None:
    # What the file held stays (re's cache may have dropped a pattern before ``mark`` saw it: the
    # file is per source version, so only the program's own patterns accumulate in it).
    entries: list[Entry] = list(_loaded.values())
    for (pattern, flags), compiled in sorted(_marked.items(), key=lambda item: item[0]):
        entry = None
        if (pattern, flags) not in _loaded and compiled is not None:
            try:
                entry = program(pattern, flags, compiled)
            except Exception:  # noqa: BLE001 - a pattern re cannot rebuild this way is left out
                entry = None
        if entry is not None:
            entries.append(entry)
    try:
        data = marshal.dumps(entries)
    except ValueError:
        return
    _write(path, data, "regex-*.marshal")
    _loaded.update({(e[0], e[1]): e for e in entries})


def _write(path: Path, data: bytes, siblings: str) -> None:
    """Write a cache file whole (or not at all) and keep the newest few ``siblings`` beside it."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
            tmp = out.name
            out.write(data)
        os.replace(tmp, path)  # whole or not at all, whoever else writes at the same time
        tmp = None
        _prune(path.parent, siblings)
    except OSError:
        if tmp is not None:  # a read-only home: the cache is only an optimisation
            Path(tmp).unlink(missing_ok=True)


def _prune(folder: Path, siblings: str = "regex-*.marshal") -> None:
    """Keep the newest few cache files of a folder."""
    try:
        files = sorted(folder.glob(siblings), key=lambda f: f.stat().st_mtime)
        for old in files[:-KEEP_FILES]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned at the same time


def stored(name: str, inputs: str, compute: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """``compute()``, kept in a file beside the patterns: start-up work read off the rules alone
    (the tagger's dispatch table: a tenth of a second) is done once per source version.

    The value must be marshal-able; the file is keyed by ``inputs`` (what ``compute`` reads) and
    the package's source, and a value that ``valid`` turns away is computed afresh.
    """
    path = cache_path()
    if path is None:
        return compute()
    digest = hashlib.sha1(inputs.encode()).hexdigest()[:16]
    file = path.parent / f"{name}-{_tag()}-{digest}.marshal"
    try:
        value = marshal.loads(file.read_bytes())
        if valid(value):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no file yet, or a damaged one
    value = compute()
    try:
        data = marshal.dumps(value)  # type: ignore[arg-type]
    except ValueError:
        return value
    _write(file, data, f"{name}-*.marshal")
    return value


install()  # on import: the extractors and the tagger import this module before their patterns
