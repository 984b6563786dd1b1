"""Extraction time against tagging time, per report (target: extraction <= 2x tagging).

Usage: .venv/bin/python benchmarks/bench_facts.py [PATH...] [--repeat N]
Defaults to the seeds and the report-pairs dev set (one folder per incident).

Times are CPU times (``process_time``: other processes on a shared machine do not count).
Two measures:
* first run (the target): each report is tagged and extracted once, as the reader does when it
  opens a report; both run after a warm-up on another report, so import and compile costs of
  either side are not counted.
* best of N: the fastest of N repeated runs on the same report. The tagger memoises per word, so
  repeats flatter it; this is the harsher comparison, shown for reference.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tui"))

from incident_reader.core import facts, temporal  # noqa: E402
from incident_reader.core.analysis import effective_dct  # noqa: E402
from incident_reader.core.loading import load_corpus  # noqa: E402
from incident_reader.core.model import Report  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT / "seeds", ROOT.parent / "shared" / "data" / "report-pairs"]
TARGET_RATIO = 2.0


def timed(fn: Callable[[], object]) -> float:
    """One call's CPU time, in seconds."""
    began = time.process_time()
    fn()
    return time.process_time() - began


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` timed calls, in seconds."""
    return min(timed(fn) for _ in range(repeat))


def load(paths: list[Path]) -> list[Report]:
    """Reports under the paths; a folder of incident folders is read folder by folder."""
    folders: list[Path] = []
    for p in paths:
        subdirs = sorted(d for d in p.iterdir() if d.is_dir()) if p.is_dir() else []
        folders.extend(subdirs or ([p] if p.exists() else []))
    return [r for folder in folders for r in load_corpus([folder]).reports]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    reports = load(args.paths)
    dcts = {r.id: effective_dct(r)[0] for r in reports}
    warm = reports[-1]
    facts.extract(warm, dcts[warm.id], temporal.tag(warm.text, dcts[warm.id]))
    rows = []
    for r in reports:
        dct = dcts[r.id]
        began = time.process_time()
        timexes = temporal.tag(r.text, dct)
        tag_first = time.process_time() - began
        ext_first = timed(partial(facts.extract, r, dct, timexes))
        tag_best = best_of(args.repeat, partial(temporal.tag, r.text, dct))
        ext_best = best_of(args.repeat, partial(facts.extract, r, dct, timexes))
        rows.append((r.id, len(r.text), tag_first, ext_first, tag_best, ext_best))
    print(f"| {'report':26} | chars | tag ms | extract ms | first-run ratio | best-of ratio |")
    print(f"|{'-' * 28}|-------|--------|------------|-----------------|---------------|")
    for rid, chars, tf, ef, tb, eb in rows:
        print(f"| {rid[:26]:26} | {chars:5} | {tf * 1e3:6.2f} | {ef * 1e3:10.2f} | "
              f"{ef / tf:15.2f} | {eb / tb:13.2f} |")  # fmt: skip
    tag_first = sum(r[2] for r in rows)
    ext_first = sum(r[3] for r in rows)
    tag_best = sum(r[4] for r in rows)
    ext_best = sum(r[5] for r in rows)
    print(
        f"\n{len(rows)} reports, first run: tagging {tag_first * 1e3:.1f} ms, extraction "
        f"{ext_first * 1e3:.1f} ms, ratio {ext_first / tag_first:.2f} (target <= {TARGET_RATIO})"
        f"\nbest of {args.repeat}: tagging {tag_best * 1e3:.1f} ms, extraction "
        f"{ext_best * 1e3:.1f} ms, ratio {ext_best / tag_best:.2f}"
    )
    return 0 if ext_first / tag_first <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
