"""The on-disk regex cache: patterns rebuilt from it behave as freshly compiled ones, a damaged or
foreign file is ignored, and the cache can be turned off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

_SAMPLE = (
    "At about 7.35pm on Saturday 14 August 2018, a silver Ford Focus mounted the pavement on "
    "Mill Road, Ashwold, killing two pedestrians and injuring four; the driver, 34, was arrested."
)
# In a child process: import the pipeline, analyse a sentence, and report what the cache did.
_CHILD = f"""
import json, re, sys
from incident_reader.core import regex_cache
from incident_reader.core.analysis import analyse, warm_up
from pathlib import Path
from incident_reader.core.model import DctSource, Report
warm_up()
text = {_SAMPLE!r}
report = Report("r", Path("r.txt"), "", text, "2018-08-15", DctSource.HEADER, "x")
facts = sorted((f.kind, str(f.value), f.start, f.end) for f in analyse(report).facts)
print(json.dumps({{"loaded": len(regex_cache._loaded), "facts": facts}}))
"""


def _run(cache: str, extra: dict[str, str] | None = None) -> dict[str, Any]:
    env = {**os.environ, "INCIDENT_READER_REGEX_CACHE": cache, **(extra or {})}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, env=env, check=True
    )
    assert "Traceback" not in out.stderr, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_second_process_reads_its_patterns_from_the_file_and_finds_the_same(
    tmp_path: Path,
) -> None:
    first = _run(str(tmp_path))
    assert first["loaded"] == 0
    files = list(tmp_path.glob("regex-*.marshal"))
    assert len(files) == 1
    second = _run(str(tmp_path))
    assert second["loaded"] > 100  # the extractors' and the tagger's patterns
    assert second["facts"] == first["facts"] and first["facts"]
    assert list(tmp_path.glob("regex-*.marshal")) == files  # one file per source version
    _run(str(tmp_path))  # settled: a pattern re's cache dropped before the first mark is in now
    written = files[0].stat().st_mtime_ns
    assert _run(str(tmp_path))["facts"] == first["facts"]
    assert files[0].stat().st_mtime_ns == written  # nothing new: not rewritten


def test_every_cached_pattern_matches_as_a_fresh_compile(tmp_path: Path) -> None:
    _run(str(tmp_path))
    code = f"""
import marshal, re, _sre, sys
from array import array
from pathlib import Path
from incident_reader.core.regex_program import WORD as _WORD
entries = marshal.loads(next(Path({str(tmp_path)!r}).glob("regex-*.marshal")).read_bytes())
text = {_SAMPLE!r} + " the crash happened ON MONDAY at 10:42, Aged 19 (34) they'll"
bad = 0
for pattern, flags, full, prog, groups, groupindex, indexgroup in entries:
    words = array(_WORD, prog).tolist()
    cached = _sre.compile(pattern, full, words, groups, groupindex, indexgroup)
    fresh = re._compiler.compile(pattern, flags)
    for pos in range(0, len(text), 3):
        a, b = cached.match(text, pos), fresh.match(text, pos)
        if (a and (a.span(), a.groups())) != (b and (b.span(), b.groups())):
            bad += 1
print(len(entries), bad)
"""
    env = {**os.environ, "INCIDENT_READER_REGEX_CACHE": "0"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    count, bad = map(int, out.stdout.split())
    assert count > 100 and bad == 0


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    reference = _run("0")
    _run(str(tmp_path))
    (damaged,) = tmp_path.glob("regex-*.marshal")
    damaged.write_bytes(b"\x00not a cache")
    again = _run(str(tmp_path))
    assert again["loaded"] == 0 and again["facts"] == reference["facts"]
    assert damaged.read_bytes() != b"\x00not a cache"  # rewritten whole


def test_the_cache_can_be_turned_off(tmp_path: Path) -> None:
    home = {"XDG_CACHE_HOME": str(tmp_path)}
    assert _run("0", home)["loaded"] == 0
    assert not list(tmp_path.rglob("regex-*.marshal"))


def test_a_stored_value_is_computed_once_per_input_and_a_damaged_file_is_recomputed(
    tmp_path: Path, monkeypatch: Any
) -> None:
    from incident_reader.core import regex_cache

    monkeypatch.setenv("INCIDENT_READER_REGEX_CACHE", str(tmp_path))
    calls: list[str] = []

    def compute(word: str) -> dict[str, set[int]]:
        calls.append(word)
        return {word: {1, 2}}

    def ok(value: Any) -> bool:
        return isinstance(value, dict)

    assert regex_cache.stored("t", "alpha", lambda: compute("alpha"), ok) == {"alpha": {1, 2}}
    assert regex_cache.stored("t", "alpha", lambda: compute("alpha"), ok) == {"alpha": {1, 2}}
    assert calls == ["alpha"]  # the second read the file
    assert regex_cache.stored("t", "beta", lambda: compute("beta"), ok) == {"beta": {1, 2}}
    assert calls == ["alpha", "beta"]  # other inputs, another file
    for file in tmp_path.glob("t-*.marshal"):
        file.write_bytes(b"\x00damaged")
    assert regex_cache.stored("t", "alpha", lambda: compute("alpha"), ok) == {"alpha": {1, 2}}
    assert calls == ["alpha", "beta", "alpha"]
    monkeypatch.setenv("INCIDENT_READER_REGEX_CACHE", "0")
    regex_cache.stored("t", "alpha", lambda: compute("alpha"), ok)
    assert calls[-1] == "alpha" and len(calls) == 4  # the cache off: always computed


def test_the_dispatch_table_read_back_is_the_one_worked_out(tmp_path: Path) -> None:
    code = """
from incident_reader.core.temporal import dispatch, tagger
from incident_reader.core.temporal.rules import RULES, expand
t = tagger._table()
fresh = dispatch.layout([expand(r.pattern) for r in RULES])
print((t.exact, t.prefixes, t.everywhere, t._after_article, t._article_always) == fresh)
"""
    env = {**os.environ, "INCIDENT_READER_REGEX_CACHE": str(tmp_path)}
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        for _ in range(2)
    ]
    assert [r.stdout.strip() for r in runs] == ["True", "True"], runs[-1].stderr
    assert len(list(tmp_path.glob("dispatch-*.marshal"))) == 1


def test_the_reader_quitting_leaves_the_writing_to_a_child(tmp_path: Path) -> None:
    """The reader's quit hands the file to a forked child (seconds of re-parsing after an upgrade
    held the user's shell): the call returns before the file exists, and the child writes the
    same file a synchronous save writes."""
    code = """
import json, os, time
from incident_reader.core import regex_cache
from incident_reader.core.analysis import warm_up
warm_up()
began = time.perf_counter()
regex_cache.save_detached()
took = time.perf_counter() - began
folder = os.environ["INCIDENT_READER_REGEX_CACHE"]
written = [f for f in os.listdir(folder) if f.startswith("regex-")]
print(json.dumps({"took": took, "files_at_return": len(written)}))
"""
    env = {**os.environ, "INCIDENT_READER_REGEX_CACHE": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert "Traceback" not in out.stderr, out.stderr
    told = json.loads(out.stdout.strip().splitlines()[-1])
    assert told["files_at_return"] == 0  # not written by the quitting process
    for _ in range(600):  # the child writes it whole, then it is there
        if list(tmp_path.glob("regex-*.marshal")):
            break
        time.sleep(0.1)
    (written,) = tmp_path.glob("regex-*.marshal")
    assert _run(str(tmp_path))["loaded"] > 100  # a later process reads the child's file
