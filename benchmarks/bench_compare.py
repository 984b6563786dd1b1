"""Time `compare` (and the span index) after extraction: two seed-size reports, then 50 reports.

    .venv/bin/python benchmarks/bench_compare.py [--repeat 5]

Targets (issue 5): two reports of the seed size under 50 ms; a folder of 50 reports under 2 s.
Extraction runs once, untimed; each case is timed `--repeat` times and the median is reported.
Cases: the two seeds; seeds/000 against a copy of itself (every fact and timeline entry pairs);
50 reports cycled from the seeds and the dev set (groups of copies of one incident); 50 copies of
seeds/000 (one incident told 50 times: 1,225 report pairs, the worst case).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from incident_reader.core import analysis
from incident_reader.core.align import ComparisonIndex
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import ReportAnalysis

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "data" / "report-pairs"
TARGETS = {2: 0.050, 50: 2.0}


def renamed(a: ReportAnalysis, rid: str) -> ReportAnalysis:
    """The same analysis under another report id (a copy in the folder)."""
    return replace(a, report=replace(a.report, id=rid))


def cycled(analyses: Sequence[ReportAnalysis], n: int) -> list[ReportAnalysis]:
    """``n`` analyses taken round-robin from ``analyses``, each with its own id."""
    return [renamed(analyses[k % len(analyses)], f"r{k:03d}") for k in range(n)]


def timed(analyses: Sequence[ReportAnalysis], repeat: int) -> tuple[float, int]:
    """Median seconds of compare + index build, and the number of pairs."""
    times, pairs = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        comparison = analysis.compare(analyses)
        ComparisonIndex(comparison, analyses)
        times.append(time.perf_counter() - start)
        pairs = len(comparison.pairs)
    return statistics.median(times), pairs


def main(argv: Sequence[str] | None = None) -> int:
    """Run every case and print its median time; 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    seeds = analysis.analyse_corpus(load_corpus([SEEDS]))
    dev = analysis.analyse_corpus(load_corpus([DEV])) if DEV.is_dir() else []
    cases = {
        "2 seeds (000, 004)": seeds,
        "seeds/000 and a copy": [seeds[0], renamed(seeds[0], "copy")],
        "50 reports cycled from seeds + dev": cycled(seeds + dev, 50),
        "50 copies of seeds/000": cycled(seeds[:1], 50),
    }
    failed = False
    for name, case in cases.items():
        seconds, pairs = timed(case, args.repeat)
        target = TARGETS[2 if len(case) == 2 else 50]
        ok = seconds < target
        failed |= not ok
        print(f"{name:38s} {seconds * 1000:8.1f} ms  ({pairs} pairs; target < {target * 1000:.0f} "
              f"ms: {'ok' if ok else 'MISSED'})")  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
