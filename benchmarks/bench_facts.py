"""Extraction time against tagging time, per report (target: extraction <= 2x tagging).

Usage: .venv/bin/python benchmarks/bench_facts.py [PATH...] [--repeat N]
Defaults to the seeds and the report-pairs dev set. Times are CPU times (process_time, so other
processes on a shared machine do not count), the best of N runs of
``temporal.tag`` and of ``facts.extract`` on the same report, so caches and noise weigh little.
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

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT / "seeds", ROOT.parent / "shared" / "data" / "report-pairs"]
TARGET_RATIO = 2.0


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` timed calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        fn()
        best = min(best, time.process_time() - began)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths: list[Path] = []
    for p in args.paths:
        # A folder of incident folders (report-pairs) is read folder by folder.
        subdirs = sorted(d for d in p.iterdir() if d.is_dir()) if p.is_dir() else []
        paths.extend(subdirs or ([p] if p.exists() else []))
    reports = [r for folder in paths for r in load_corpus([folder]).reports]
    rows = []
    for r in reports:
        dct, _ = effective_dct(r)
        timexes = tuple(temporal.tag(r.text, dct))
        tag = best_of(args.repeat, partial(temporal.tag, r.text, dct))
        ext = best_of(args.repeat, partial(facts.extract, r, dct, timexes))
        rows.append((r.id, len(r.text), tag, ext))
    print(f"| {'report':34} | chars | tag ms | extract ms | ratio |")
    print(f"|{'-' * 36}|-------|--------|------------|-------|")
    for rid, chars, tag, ext in rows:
        print(f"| {rid[:34]:34} | {chars:5} | {tag * 1e3:6.2f} | {ext * 1e3:10.2f} | "
              f"{ext / tag:5.2f} |")  # fmt: skip
    total_tag = sum(r[2] for r in rows)
    total_ext = sum(r[3] for r in rows)
    worst = max((r[3] / r[2] for r in rows), default=0.0)
    print(
        f"\n{len(rows)} reports: tagging {total_tag * 1e3:.1f} ms, extraction "
        f"{total_ext * 1e3:.1f} ms, overall ratio {total_ext / total_tag:.2f}, "
        f"worst report {worst:.2f} (target <= {TARGET_RATIO})"
    )
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
