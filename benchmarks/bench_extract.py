"""Extraction speed and memory on a large folder (issue 7 targets), each phase in a fresh process.

    python benchmarks/bench_extract.py                 # all phases on benchmarks/out/corpus-1000
    python benchmarks/bench_extract.py --profile       # where single-process time goes (cProfile)
    python benchmarks/bench_extract.py --reports 200 --skip long --skip cli

Phases: ``cli`` (headless ``incident-reader extract FOLDER --json``, MB/s), ``single`` (batch
analysis in one process), ``cold`` (batch analysis with the process pool, filling a SQLite cache
through the real store and an in-memory one), ``warm-mem`` (the same process again, every report
from the in-memory cache), ``warm-db`` (a fresh process: load + every report from the database,
as a second launch of the reader does) and ``long`` (one 5 MB report). Peak RSS is
``getrusage`` ru_maxrss of the phase's process plus its largest child.
"""

from __future__ import annotations

import argparse
import compileall
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import DEFAULT_OUT, folder_bytes, make_folder, make_long  # noqa: E402

PACKAGE = Path(__file__).resolve().parents[1] / "tui" / "incident_reader"
PHASES = ("cli", "single", "cold", "warm-db", "long")
TARGETS = {"cold_s": 10.0, "cli_mb_s": 1.0, "warm_db_wall_s": 2.0, "rss_mb": 500.0}


class TreeRss:
    """Samples the resident memory of this process and all its descendants (pool workers and
    forkserver children included, which getrusage cannot see) every ``interval`` seconds."""

    def __init__(self, interval: float = 0.05) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024

    def _run(self, interval: float) -> None:
        while True:
            self.peak_kb = max(self.peak_kb, tree_rss_kb(os.getpid()))
            if self._stop.wait(interval):
                return


def tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over ``root`` and its descendants, from /proc (0 where /proc is missing)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields.get("PPid", "0").strip() or 0)
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    total = 0
    for pid in rss:
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p == root:
            total += rss[pid]
    return total


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def run_phase(phase: str, folder: Path, db: Path, start_method: str) -> dict[str, Any]:
    """One phase, in this process (the parent runs each in a subprocess)."""
    from incident_reader.core import batch, codec, loading

    began = time.perf_counter()
    out: dict[str, Any] = {"phase": phase, "key": codec.dct_key()}
    if phase == "long":
        report = loading.load_file(next(folder.glob("*.txt")))
        assert not isinstance(report, loading.Skipped)
        out["load_s"] = time.perf_counter() - began
        from incident_reader.core.analysis import analyse

        t = time.perf_counter()
        analysis = analyse(report)
        out["analyse_s"] = time.perf_counter() - t
        out["mb"] = len(report.text.encode()) / 1e6
        out["timexes"], out["facts"] = len(analysis.timexes), len(analysis.facts)
    else:
        corpus = loading.load_corpus([folder])
        out["load_s"] = time.perf_counter() - began
        out["reports"] = len(corpus.reports)
        out["mb"] = sum(len(r.text.encode()) for r in corpus.reports) / 1e6
        get, put = None, None
        memory = batch.MemoryCache()
        store = None
        if phase in ("cold", "warm-db"):
            from incident_reader.core.store import Store

            store = Store.open(folder, db_path=db)
            db_get, db_put = batch.text_hooks(store.cache_get, store.cache_put)

            def both(sha1: str, key: str, data: dict[str, Any]) -> None:
                db_put(sha1, key, data)
                memory.put(sha1, key, data)

            get, put = (db_get, both) if phase == "cold" else (db_get, None)
        firsts: list[float] = []
        cached = 0

        def seen(result: batch.BatchResult) -> None:
            nonlocal cached
            if not firsts:
                firsts.append(time.perf_counter() - began)
            cached += result.cached

        t = time.perf_counter()
        batch.analyse_many(
            corpus.reports,
            get=get,
            put=put,
            workers=1 if phase == "single" else None,
            on_result=seen,
            start_method=start_method,
        )
        out["analyse_s"] = time.perf_counter() - t
        out["mb_s"] = out["mb"] / out["analyse_s"]
        out["first_s"] = firsts[0] if firsts else None
        out["cached"] = cached
        if phase == "cold":
            t = time.perf_counter()
            batch.analyse_many(corpus.reports, get=memory.get)
            out["warm_mem_s"] = time.perf_counter() - t
        if store is not None:
            store.close()
    out["total_s"] = time.perf_counter() - began
    out["rss_mb"], out["child_rss_mb"] = peak_rss_mb()
    return out


def snapshot_code(tmp: Path) -> dict[str, str]:
    """Copy the package aside and return an environment that imports the copy, so every phase
    runs the same code (and cache keys match) even while the source tree is being edited."""
    src = tmp / "src"
    shutil.copytree(
        PACKAGE, src / PACKAGE.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    # Byte-compiled first, as an installed copy is: otherwise every phase would time compiling
    # the package's source (0.1-0.2 s), which no second launch of the real program pays.
    compileall.compile_dir(src, quiet=1)
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
    }


def in_subprocess(
    phase: str,
    folder: Path,
    db: Path,
    start_method: str,
    timeout: float,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Run a phase in a fresh interpreter; add its wall time (start-up and imports included)."""
    began = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, __file__, "--phase", phase, "--folder", str(folder), "--db", str(db)]
            + ["--start-method", start_method],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return {"phase": phase, "error": f"did not finish within {timeout:g} s"}
    if proc.returncode != 0:
        return {"phase": phase, "error": proc.stderr.strip().splitlines()[-1:]}
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall_s"] = time.perf_counter() - began
    return out


def cli_phase(folder: Path, timeout: float, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Time ``incident-reader extract FOLDER --json`` end to end, or say why it cannot run."""
    cmd = [sys.executable, "-m", "incident_reader", "extract", str(folder), "--json"]
    began = time.perf_counter()
    try:
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M", *cmd] if Path("/usr/bin/time").exists() else cmd,
            capture_output=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return {"phase": "cli", "error": f"did not finish within {timeout:g} s"}
    wall = time.perf_counter() - began
    if proc.returncode != 0:
        tail = proc.stderr.decode(errors="replace").strip().splitlines()[-1:]
        return {"phase": "cli", "error": tail, "command": " ".join(cmd)}
    mb = folder_bytes(folder) / 1e6
    out: dict[str, Any] = {"phase": "cli", "wall_s": wall, "mb": mb, "cli_mb_s": mb / wall}
    last = proc.stderr.decode(errors="replace").strip().splitlines()[-1:]
    if last and last[0].isdigit():
        out["rss_mb"] = int(last[0]) / 1024
    out["json_bytes"] = len(proc.stdout)
    return out


def profile(folder: Path, limit: int) -> str:
    """cProfile of single-process analysis of the first ``limit`` reports, by own time."""
    from incident_reader.core import loading
    from incident_reader.core.analysis import analyse

    reports = loading.load_corpus([folder]).reports[:limit]
    prof = cProfile.Profile()
    began = time.perf_counter()
    prof.enable()
    for report in reports:
        analyse(report)
    prof.disable()
    seconds = time.perf_counter() - began
    chars = sum(len(r.text) for r in reports)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(15)
    stats.sort_stats("cumulative").print_stats(r"incident_reader", 25)
    stats.sort_stats("tottime").print_callers(r"method 'search'|method 'finditer'|method 'sub'")
    head = f"{len(reports)} reports, {chars / 1e6:.2f} MB in {seconds:.2f} s under cProfile\n"
    return head + buf.getvalue()


def verdicts(results: dict[str, dict[str, Any]]) -> list[str]:
    """One line per issue-7 target: the figure and whether it is met."""
    cold, cli, warm = results.get("cold", {}), results.get("cli", {}), results.get("warm-db", {})
    lines = []

    def line(name: str, value: float | None, target: float, better: str) -> None:
        if value is None:
            lines.append(f"  {name:<44} n/a")
            return
        ok = value <= target if better == "<=" else value >= target
        lines.append(
            f"  {name:<44} {value:8.2f}  (target {better} {target:g})  {'OK' if ok else 'MISS'}"
        )

    line("batch extraction of the folder, cold (s)", cold.get("analyse_s"), 10.0, "<=")
    line("headless extract --json (MB/s)", cli.get("cli_mb_s"), 1.0, ">=")
    line("second launch, all cached: process wall (s)", warm.get("wall_s"), 2.0, "<=")
    rss = [
        r.get("tree_rss_mb") or r.get("rss_mb", 0)
        for k, r in results.items()
        if k in ("cold", "cli") and "error" not in r
    ]
    line("peak RSS, process + all workers (MB)", max(rss) if rss else None, 500.0, "<=")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--skip", action="append", default=[], choices=PHASES)
    parser.add_argument("--start-method", default="forkserver", help="as the reader (threads)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile and stop")
    parser.add_argument("--profile-reports", type=int, default=100)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per phase")
    parser.add_argument(
        "--live-code", action="store_true", help="run the source tree, not a snapshot of it"
    )
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        with TreeRss() as tree:
            out = run_phase(args.phase, args.folder, args.db, args.start_method)
        out["tree_rss_mb"] = tree.peak_mb
        print(json.dumps(out))
        return 0
    folder = args.out / f"corpus-{args.reports}"
    if not folder.is_dir() or len(list(folder.glob("*.txt"))) != args.reports:
        make_folder(args.out, args.reports)
    long_dir = args.out / "long"
    if not long_dir.is_dir():
        make_long(args.out)
    if args.profile:
        print(profile(folder, args.profile_reports))
        return 0
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        env = None if args.live_code else snapshot_code(Path(tmp))
        for phase in PHASES:
            if phase in args.skip:
                continue
            print(f"... {phase}", file=sys.stderr, flush=True)
            if phase == "cli":
                results[phase] = cli_phase(folder, args.timeout, env)
            else:
                where = long_dir if phase == "long" else folder
                results[phase] = in_subprocess(
                    phase, where, db, args.start_method, args.timeout, env
                )
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"folder {folder}: {args.reports} reports, {folder_bytes(folder) / 1e6:.2f} MB")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for name, res in results.items():
        shown = ", ".join(
            f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
            for k, v in res.items()
            if k != "phase"
        )
        print(f"  {name:<8} {shown}")
    if "cold" in results and "single" in results and "analyse_s" in results["cold"]:
        speedup = results["single"]["analyse_s"] / results["cold"]["analyse_s"]
        print(f"  pool speed-up over one process: {speedup:.2f}x")
    print("targets (issue 7):")
    print("\n".join(verdicts(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
