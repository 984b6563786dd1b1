"""The reader's start-up cache (ui.start_cache): classes and patterns built from the file behave as
freshly built ones, a second launch compiles nothing, a damaged file is ignored, and the cache can
be turned off."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from incident_reader.core.regex_program import program, rebuild

# In a child process: the cache installed, then dataclasses, named tuples, forward references and
# patterns made as a start-up makes them, and what they do reported.
_CHILD = """
import json, re, sys
from incident_reader.ui import start_cache
start_cache.install()
import dataclasses, typing
from collections import namedtuple

@dataclasses.dataclass(frozen=True, slots=True, order=True)
class Casualty:
    name: str
    age: int = 0
    tags: tuple[str, ...] = ()

@dataclasses.dataclass
class Tally:
    counts: list[int] = dataclasses.field(default_factory=list)
    label: "str" = "none"

Where = namedtuple("Where", "street town")
ref = typing.ForwardRef("list[Casualty]")
pattern = re.compile(r"(?P<num>\\d{1,3}) (?:killed|injured)\\b", re.I)
found = [m.groupdict() for m in pattern.finditer("3 killed and 12 Injured, 7 hurt")]
one, two = Casualty("Ana", 41), Casualty("Ana", 41, ("driver",))
try:
    one.age = 5
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
tally = Tally()
tally.counts.append(2)
report = {
    "repr": [repr(one), repr(two), repr(Tally()), repr(Where("Mill Road", "Ashwold"))],
    "eq": [one == Casualty("Ana", 41), one < two, hash(one) == hash(Casualty("Ana", 41))],
    "frozen": frozen,
    "factory": [tally.counts, Tally().counts],
    "ref": repr(ref._evaluate(globals(), None, recursive_guard=frozenset())),
    "found": found,
    "new_before_save": start_cache._state["new"],
    "loaded_codes": len(start_cache._codes),
    "loaded_patterns": len(start_cache._patterns),
}
start_cache.save()
report["hooks_left"] = [n for n in ("exec", "eval", "compile")
    if n in vars(dataclasses) or n in vars(sys.modules["collections"]) or n in vars(typing)]
print(json.dumps(report))
"""


def _run(folder: str, child: str = _CHILD) -> dict[str, Any]:
    env = {**os.environ, "INCIDENT_READER_START_CACHE": folder}
    out = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, env=env, check=True
    )
    assert "Traceback" not in out.stderr, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _same_behaviour(a: dict[str, Any], b: dict[str, Any]) -> bool:
    keys = ("repr", "eq", "frozen", "factory", "ref", "found")
    return all(a[key] == b[key] for key in keys)


def test_a_second_launch_builds_the_same_classes_and_patterns_from_the_file(
    tmp_path: Path,
) -> None:
    first = _run(str(tmp_path))
    assert first["loaded_codes"] > 0 and first["new_before_save"]  # compiled, then kept
    assert first["eq"] == [True, True, True] and first["frozen"]
    assert first["found"] == [{"num": "3"}, {"num": "12"}]
    files = list(tmp_path.glob("start-*.marshal"))
    assert len(files) == 1
    written = files[0].stat().st_mtime_ns
    second = _run(str(tmp_path))
    assert _same_behaviour(first, second)
    assert not second["new_before_save"]  # every generated function came from the file
    assert second["loaded_patterns"] >= 1
    assert files[0].stat().st_mtime_ns == written  # nothing new: not rewritten
    assert first["hooks_left"] == second["hooks_left"] == []  # save takes the hooks away


def test_kept_code_is_what_compile_makes(tmp_path: Path) -> None:
    _run(str(tmp_path))
    child = """
import marshal, glob, os
codes, patterns = marshal.loads(open(glob.glob(os.environ["INCIDENT_READER_START_CACHE"]
    + "/start-*.marshal")[0], "rb").read())
print(int(all(code == compile(source, "<string>", mode, dont_inherit=True)
    for (mode, source), code in codes.items()) and len(codes) > 3))
"""
    env = {**os.environ, "INCIDENT_READER_START_CACHE": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "1", out.stderr


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    clean = _run(str(tmp_path))
    (file,) = tmp_path.glob("start-*.marshal")
    file.write_bytes(b"\x00not marshal")
    damaged = _run(str(tmp_path))
    assert _same_behaviour(clean, damaged)
    assert damaged["loaded_patterns"] == 0 and damaged["new_before_save"]
    assert not _run(str(tmp_path))["new_before_save"]  # rewritten whole


def test_turned_off_it_keeps_nothing_and_hooks_nothing(tmp_path: Path) -> None:
    child = _CHILD.replace("start_cache.save()", "hooked = list(start_cache._state['hooked'])")
    report = _run("0", child)
    assert report["loaded_codes"] == 0 and not report["new_before_save"]
    assert report["hooks_left"] == []
    assert not list(tmp_path.glob("start-*"))


def test_textual_imported_on_a_second_launch_compiles_nothing(tmp_path: Path) -> None:
    """What the reader's launches do: Textual's dataclasses and patterns come from the file."""
    child = """
import json, re
from incident_reader.ui import start_cache
start_cache.install()
import textual.app, textual.screen, textual.widgets
fresh = [k for k in re._cache if k[0] is str and (k[1], k[2]) not in start_cache._patterns]
print(json.dumps({"new": start_cache._state["new"], "fresh": len(fresh)}))
start_cache.save()
"""
    first = _run(str(tmp_path), child)
    assert first["new"] and first["fresh"] > 10
    second = _run(str(tmp_path), child)
    assert second == {"new": False, "fresh": 0}


def test_a_program_is_plain_data_whatever_the_flags_were_given_as() -> None:
    compiled = re.compile(r"(?P<n>\d+) injured", re.IGNORECASE | re.MULTILINE)
    entry = program(compiled.pattern, re.IGNORECASE | re.MULTILINE, compiled)
    assert entry is not None
    again = rebuild(marshal.loads(marshal.dumps(entry)))
    assert again.findall("3 Injured\n12 injured") == compiled.findall("3 Injured\n12 injured")
    assert again.flags == compiled.flags and again.groupindex == compiled.groupindex


def test_no_home_folder_means_no_cache_and_no_error() -> None:
    child = """
import os, pathlib
def no_home(cls):
    raise RuntimeError("Could not determine home directory.")
pathlib.Path.home = classmethod(no_home)
os.environ.pop("XDG_CACHE_HOME", None)
os.environ.pop("INCIDENT_READER_START_CACHE", None)
from incident_reader.ui import start_cache
start_cache.install()
import dataclasses
@dataclasses.dataclass
class Point:
    x: int
print(Point(3) == Point(3), start_cache._state["hooked"] == [])
start_cache.save()
"""
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    assert out.stdout.split() == ["True", "True"], out.stderr
