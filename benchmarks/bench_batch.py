"""`incident-reader batch` at archive scale (issue 17): Dask against the pool, memory, grouping.

    python benchmarks/bench_batch.py                      # 10,000 reports, 2 workers each way
    python benchmarks/bench_batch.py --reports 100000 --only dask --short   # client memory at 100k

Generates a JSON-lines archive of varied dev reports (make_corpus.vary; ``--short`` keeps only each
report's first paragraphs, so 100,000 reports finish in minutes while the client still handles
100,000 results), runs ``incident-reader batch`` on a 2-worker local Dask cluster and on the
process pool, checks the two output folders are byte-identical, and prints throughput (reports/s,
MB/s), the ratio, and the client process's peak RSS (VmHWM of the client alone, workers excluded).
Then times incident grouping over the results (``archive.output.incident_rows``).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import paragraphs, source_texts, vary  # noqa: E402

CLI = [sys.executable, "-m", "incident_reader", "batch"]


def make_archive(path: Path, count: int, short: bool) -> int:
    """Write ``count`` JSON lines; returns the bytes of report text."""
    texts = source_texts()
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for n in range(count):
            rng = random.Random(n)
            name, text = texts[n % len(texts)]
            body = vary(text, texts[rng.randrange(len(texts))][1], rng)
            first, _, rest = body.partition("\n")
            dct = first[5:15] if first.startswith("date ") else None
            body = rest if dct else body
            if short:
                body = "\n\n".join(paragraphs(body)[:2]) + "\n"
            size += len(body.encode())
            row = {"id": f"{n:06d}-{name}", "text": body, "dct": dct, "source": name}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return size


def peak_rss_mb(pid: int, stop: threading.Event, out: list[float]) -> None:
    """Sample the client's VmHWM (its own peak RSS) until it exits."""
    while not stop.is_set():
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    out.append(int(line.split()[1]) / 1024)
        except OSError:
            return
        time.sleep(0.2)


def run(archive: Path, out: Path, engine: str, workers: int) -> tuple[float, float]:
    """Seconds and client peak RSS (MB) of one batch run."""
    args = [*CLI, str(archive), "--out", str(out), "--workers", str(workers), "--quiet"]
    if engine == "pool":
        args.append("--pool")
    started = time.perf_counter()
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
    samples: list[float] = []
    stop = threading.Event()
    sampler = threading.Thread(target=peak_rss_mb, args=(proc.pid, stop, samples), daemon=True)
    sampler.start()
    _, err = proc.communicate()
    stop.set()
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        sys.exit(f"{engine} run failed: {err.strip()}")
    print(f"  {engine}: {err.strip()}")
    return seconds, max(samples, default=0.0)


def time_grouping(reports_file: Path) -> tuple[float, int]:
    from incident_reader.archive.coding import read_coded
    from incident_reader.archive.output import incident_rows

    coded = list(read_coded(reports_file))
    started = time.perf_counter()
    rows = list(incident_rows(coded))
    return time.perf_counter() - started, len({r["group"] for r in rows})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", choices=("dask", "pool"))
    parser.add_argument("--short", action="store_true", help="two paragraphs per report")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    try:
        archive = work / "archive.jsonl"
        size = make_archive(archive, args.reports, args.short)
        print(f"archive: {args.reports} reports, {size / 1e6:.1f} MB of text")
        results = {}
        for engine in ("dask", "pool"):
            if args.only and engine != args.only:
                continue
            seconds, rss = run(archive, work / engine, engine, args.workers)
            results[engine] = seconds
            print(f"{engine:>5}: {seconds:6.1f} s  {args.reports / seconds:7.1f} reports/s  "
                  f"{size / 1e6 / seconds:5.2f} MB/s  client peak RSS {rss:.0f} MB")  # fmt: skip
        if len(results) == 2:
            same = all(
                (work / "dask" / n).read_bytes() == (work / "pool" / n).read_bytes()
                for n in ("reports.jsonl", "errors.jsonl", "incidents.csv")
            )
            print(f"same output: {same}; Dask/pool throughput ratio "
                  f"{results['pool'] / results['dask']:.2f}")  # fmt: skip
        first = work / (args.only or "dask") / "reports.jsonl"
        seconds, groups = time_grouping(first)
        print(f"grouping {args.reports} reports into {groups} incidents: {seconds:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
