"""Speed of the temporal tagger against dateparser.search_dates on the same texts (seeds + TBAQ).

Prints the import cost of the tagger, MB/s of each on one core, and the ratio.
Usage: python benchmarks/bench_temporal.py [--tbaq ../shared/data/tbaq] [--dateparser-docs N]
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TBAQ = ROOT.parent / "shared" / "data" / "tbaq"


def tml_text(path: Path) -> str:
    """The <TEXT> of a TimeML file with its tags stripped."""
    raw = path.read_text(encoding="utf-8")
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else ""))


def corpus(tbaq: Path) -> list[str]:
    """The seed reports and the TBAQ documents, as plain texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [tml_text(p) for p in sorted(tbaq.rglob("*.tml"))]
    return texts


def import_seconds() -> float:
    """Wall time a fresh interpreter spends importing the tagger, minus a bare start."""

    def run(code: str) -> float:
        best = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            best = min(best, time.perf_counter() - t)
        return best

    return run("import incident_reader.core.temporal") - run("pass")


def rate(fn: object, texts: list[str]) -> tuple[float, float]:
    """(CPU seconds, MB/s) of calling ``fn`` on every text: CPU time, as the machine is shared."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    t = time.process_time()
    for text in texts:
        fn(text)  # type: ignore[operator]
    dt = time.process_time() - t
    return dt, size / dt / 1e6


def main() -> int:
    """Run both taggers and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tbaq", default=str(DEFAULT_TBAQ))
    ap.add_argument("--dateparser-docs", type=int, default=40, help="texts given to dateparser")
    args = ap.parse_args()
    texts = corpus(Path(args.tbaq))
    print(f"texts: {len(texts)}, {sum(len(t.encode()) for t in texts) / 1e6:.2f} MB")
    print(f"import incident_reader.core.temporal: {import_seconds():.3f} s")

    from incident_reader.core.temporal import tag

    t = time.process_time()
    tag("warm up: the rules compile on first use, 7.30am on Tuesday")
    print(f"first call (rule compilation): {time.process_time() - t:.3f} s CPU")
    _, first = rate(lambda s: tag(s, "2018-08-14"), texts)
    _, ours = rate(lambda s: tag(s, "2018-08-14"), texts)
    print(f"tagger: {first:.2f} MB/s first pass, {ours:.2f} MB/s warm (one core, CPU time)")

    from dateparser.search import search_dates

    subset = texts[: args.dateparser_docs]
    settings = {"RELATIVE_BASE": __import__("datetime").datetime(2018, 8, 14)}
    search_dates("warm up on Tuesday", settings=settings)
    _, theirs = rate(lambda s: search_dates(s, settings=settings), subset)
    _, ours_subset = rate(lambda s: tag(s, "2018-08-14"), subset)
    print(f"dateparser.search_dates: {theirs:.3f} MB/s (on the first {len(subset)} texts)")
    print(f"tagger on the same texts: {ours_subset:.2f} MB/s; ratio {ours_subset / theirs:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
