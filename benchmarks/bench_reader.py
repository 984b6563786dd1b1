"""The reader's speed (issue 7 targets): launch, background extraction, cache, scrolling, memory.

    .venv/bin/python benchmarks/bench_reader.py                  # every phase, 1,000 reports
    .venv/bin/python benchmarks/bench_reader.py --reports 200 --presses 100 --skip tty

Each phase runs in a fresh interpreter on a snapshot of the package (so the cold and warm phases
share cache keys while the tree is edited). Times count from just before the interpreter is
started. The app runs headless under Textual's Pilot at 160x48; a frame is one call of
``Screen._compositor_refresh`` (the compositor renders every changed line, then the driver would
write it), wrapped to note when it ends. Phases:

- ``bare``: a bare Textual app (one Static): launch to first frame, the baseline for the ratio.
- ``small``: the reader on seeds/ as ``incident-reader seeds/`` opens it, marks database and
  all (its second launch: the first, not timed, creates the database): launch to first frame
  with text. ``bare`` and ``small`` are launched in turn ``--rounds`` times; the ratio of their
  medians is the start-up ratio.
- ``cold``: the reader on N reports with an empty database: first frame with the first report's
  text, then every report extracted (both cores when it pays), peak RSS of the process tree.
- ``warm``: the same again, the database now holding the cache (a second launch).
- ``long``: one 5 MB report: first frame with text; then keypress-to-frame latency of ``j``
  (line) and ``pagedown`` in the text while it is being extracted and after: ``pilot.press`` is
  timed from the call to the end of the next frame that shows the new scroll position.
- ``tty``: ``incident-reader read FOLDER`` in a pseudo-terminal (a real driver and terminal
  output): launch until the first report's file name has been written, then ``q``.
- ``ttykey``: launch to the first key acted on, in a pseudo-terminal: ``?`` is sent the moment
  the reader (on seeds/, a second launch: an untimed first one fills its cache) has drawn its
  first report's name, and the time is taken when the help is written; the same for a bare
  Textual app whose ``?`` opens a screen. In turn ``--rounds`` times: medians, their ratio
  (target 1.3x), the lowest and highest per-round ratio, the load average before and after, and
  the CPU time each process had used when its key acted (from /proc; other programs sharing the
  machine stretch wall times but hardly CPU times). A key typed at start is held until the
  reader can act on it, so this is the time a user waits for the first key to do something.
  The reader's second launch reads back what its start-up cache kept (``ui.start_cache``: the
  code dataclasses generate and the patterns compiled before the first key, Textual's among
  them); the reader with that cache off is timed in the same rounds and its ratio shown beside,
  and so is a first launch after an install (every cache folder empty: a fresh one each round).
  Only this phase: ``--skip bare --skip small --skip cold --skip warm --skip long --skip tty
  --skip ttyratio``.
- ``ttyquit`` (only with ``--quit-rounds N``): ``q`` pressed on a first launch (an empty database)
  0.5 s after the first report's name is drawn, while extraction imports the pipeline in a thread:
  seconds until the program has exited, against a bare Textual app quit the same way, N rounds.
- ``ttyratio``: the start-up ratio again, in a pseudo-terminal: ``incident-reader seeds/`` (the
  CLI itself: argument parsing, loading, the marks database, the app) until the first report's
  name is written, against a script running a bare Textual app until its text is written; in
  turn ``--rounds`` times, medians.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import json
import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import TreeRss, snapshot_code  # noqa: E402
from make_corpus import DEFAULT_OUT, make_folder, make_long  # noqa: E402
from pty_keys import BARE_KEY_APP, launch_and_press  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PHASES = ("bare", "small", "cold", "warm", "long", "tty", "ttyratio", "ttykey")
SIZE = (160, 48)
TARGETS = {
    "cold.first_s": 1.0,
    "cold.complete_s": 10.0,
    "warm.complete_s": 2.0,
    "long.first_s": 1.0,
    "long.j_after_p95_ms": 16.0,
    "cold.rss_mb": 500.0,
    "ratio": 1.5,
    "key_ratio": 1.3,
}


class Frames:
    """Notes the end time of every compositor refresh (a frame) of any screen."""

    def __init__(self) -> None:
        from textual.screen import Screen

        self.times: list[float] = []
        self.scrolls: list[float | None] = []  # the source text's scroll position in each frame
        self.hook: Callable[[Screen[Any]], None] | None = None
        original = Screen._compositor_refresh
        frames = self

        def refresh(screen: Screen[Any]) -> None:
            original(screen)
            frames.times.append(time.time())
            source = getattr(screen, "source", None)
            frames.scrolls.append(getattr(source, "scroll_y", None))
            if frames.hook is not None:
                frames.hook(screen)

        Screen._compositor_refresh = refresh  # type: ignore[method-assign,assignment]

    def showing(self, t: float, before: float) -> float | None:
        """The end of the first frame after ``t`` drawn at another scroll than ``before``."""
        return next(
            (f for f, y in zip(self.times, self.scrolls, strict=True) if f > t and y != before),
            None,
        )


async def until(pilot: Any, check: Callable[[], bool], timeout: float, step: float = 0.005) -> bool:
    """Let the app run until ``check`` holds; False after ``timeout`` seconds."""
    end = time.time() + timeout
    while not check():
        if time.time() > end:
            return False
        await pilot.pause(step)
    return True


def text_frame(frames: Frames, out: dict[str, Any]) -> None:
    """Note the first frame that drew the reader's source text (wrapped, so on screen)."""

    def hook(screen: Any) -> None:
        source = getattr(screen, "source", None)
        if "first_s" not in out and "first_frame" not in out and source is not None:
            if source.text and source._wrap_width > 0:
                out["first_frame"] = time.time()

    frames.hook = hook


async def bare_phase(t0: float) -> dict[str, Any]:
    """A Textual app with one Static: launch to first frame."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    frames = Frames()

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")

    async with Bare().run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(frames.times), 10)
    return {"first_s": frames.times[0] - t0}


def open_reader(paths: list[Path], db: Path | None) -> Any:
    """The reader as the CLI builds it (store, remembered DCTs), without running it."""
    from incident_reader.core.loading import load_corpus
    from incident_reader.core.store import Store
    from incident_reader.ui.app import ReaderApp

    corpus = load_corpus(paths)
    store = Store.open(paths[0], db_path=db) if db is not None else None
    overrides = store.get_dcts() if store is not None else {}
    return ReaderApp(corpus, dct_overrides=overrides, store=store)


async def reader_phase(phase: str, paths: list[Path], db: Path | None, t0: float) -> dict[str, Any]:
    """Launch to first text on screen, then to every report extracted (cold, warm, small)."""
    frames = Frames()
    out: dict[str, Any] = {}
    text_frame(frames, out)
    rss = TreeRss()  # started after the first frame: its /proc scans would slow the launch
    app = open_reader(paths, db)
    total = len(app.state.reports)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "first_frame" in out, 30)
        out["first_s"] = out.pop("first_frame") - t0
        with rss:
            state = app.state
            done = await until(
                pilot, lambda: len(state.analyses) + len(state.failures) >= total, 120, 0.01
            )
        out["complete_s"] = time.time() - t0 if done else None
        out["reports"] = total
        out["cache_hits"] = app.extraction.cache_hits
        out["failures"] = len(state.failures)
    out["rss_mb"] = rss.peak_mb
    return out


async def press_latency(
    pilot: Any, frames: Frames, key: str, count: int, while_: Callable[[], bool] | None = None
) -> list[float]:
    """Milliseconds from ``pilot.press(key)`` to the end of the frame showing its scroll (only
    presses made while ``while_`` holds)."""
    source = pilot.app.screen.source
    out: list[float] = []
    for _ in range(count):
        if while_ is not None and not while_():
            break
        before = source.scroll_y
        began = time.time()
        await pilot.press(key)
        shown = await until(pilot, partial(drawn, frames, began, before), 2, 0.001)
        if not shown:
            break  # the end of the text
        frame = frames.showing(began, before)
        if frame is not None:
            out.append((frame - began) * 1000)
        await pilot.pause(0.02)  # the next press starts from a quiet screen
    return out


def drawn(frames: Frames, began: float, before: float) -> bool:
    """Whether a frame since ``began`` shows another scroll position than ``before``."""
    return frames.showing(began, before) is not None


def spread(name: str, values: list[float], out: dict[str, Any]) -> None:
    if values:
        ordered = sorted(values)
        out[f"{name}_p50_ms"] = statistics.median(ordered)
        out[f"{name}_p95_ms"] = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        out[f"{name}_max_ms"] = ordered[-1]
        out[f"{name}_n"] = len(ordered)


async def long_phase(path: Path, t0: float, presses: int) -> dict[str, Any]:
    """One 5 MB report: first text on screen; scrolling during and after its extraction."""
    frames = Frames()
    out: dict[str, Any] = {}
    text_frame(frames, out)
    rss = TreeRss()
    app = open_reader([path], None)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "first_frame" in out, 30)
        out["first_s"] = out.pop("first_frame") - t0
        with rss:
            app.screen.source.focus()
            await pilot.pause()

            def extracting() -> bool:
                return not app.state.analyses

            spread("j_during", await press_latency(pilot, frames, "j", presses, extracting), out)
            await until(pilot, lambda: bool(app.state.analyses or app.state.failures), 120, 0.05)
            out["extracted_s"] = time.time() - t0
            await pilot.pause(0.2)
            spread("j_after", await press_latency(pilot, frames, "j", presses), out)
            spread("pagedown_after", await press_latency(pilot, frames, "pagedown", presses), out)
    out["rss_mb"] = rss.peak_mb
    return out


BARE_APP = """
from textual.app import App
from textual.widgets import Static


class Bare(App):
    BINDINGS = [("q", "quit")]

    def compose(self):
        yield Static("bare-app-drawn")


Bare().run()
"""


def _spawn_in_pty(cmd: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``cmd`` on a 160x48 pseudo-terminal; return it and the terminal's non-blocking end."""
    parent, child = pty.openpty()
    os.set_blocking(parent, False)
    proc = subprocess.Popen(
        cmd,
        stdin=child,
        stdout=child,
        stderr=child,
        env={**env, "TERM": "xterm-256color", "COLUMNS": "160", "LINES": "48"},
        close_fds=True,
    )
    os.close(child)
    return proc, parent


def pty_launch(
    cmd: list[str], marker: str, env: dict[str, str], timeout: float = 30
) -> float | None:
    """Seconds from starting ``cmd`` in a pseudo-terminal until ``marker`` is written; then q."""
    began = time.time()
    proc, parent = _spawn_in_pty(cmd, env)
    seen = b""
    shown: float | None = None
    end = began + timeout
    while time.time() < end and shown is None:
        ready, _, _ = select.select([parent], [], [], 0.005)
        if ready:
            try:
                seen += os.read(parent, 1 << 16)
            except OSError:
                break
            if marker.encode() in seen:
                shown = time.time()
    os.write(parent, b"q")
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    os.close(parent)
    return shown - began if shown else None


def pty_quit(cmd: list[str], marker: str, env: dict[str, str], delay: float) -> float | None:
    """Seconds from ``q`` (sent ``delay`` s after ``marker`` is written) until ``cmd`` exits."""
    proc, parent = _spawn_in_pty(cmd, env)
    seen, drawn, sent = b"", None, None
    end = time.time() + 60
    while proc.poll() is None and time.time() < end:
        if select.select([parent], [], [], 0.005)[0]:
            try:
                seen += os.read(parent, 1 << 16)
            except OSError:
                break
        if drawn is None and marker.encode() in seen:
            drawn = time.time()
        if drawn is not None and sent is None and time.time() - drawn >= delay:
            os.write(parent, b"q")
            sent = time.time()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    os.close(parent)
    return time.time() - sent if sent is not None else None


def tty_quit_phase(tmp: Path, env: dict[str, str], rounds: int) -> dict[str, Any]:
    """``q`` on a first launch while the pipeline is being imported, against a bare app's ``q``."""
    script = tmp / "bare_quit_app.py"
    script.write_text(BARE_APP)
    times: dict[str, list[float]] = {"bare": [], "reader": []}
    for index in range(rounds):
        db = tmp / f"tty-quit-{index}.db"  # a first launch each time: nothing cached
        reader = [sys.executable, "-m", "incident_reader", "read", str(SEEDS), "--db", str(db)]
        for name, cmd, marker in (
            ("bare", [sys.executable, str(script)], "bare-app-drawn"),
            ("reader", reader, first_name(SEEDS)),
        ):
            seconds = pty_quit(cmd, marker, env, 0.5)
            if seconds is not None:
                times[name].append(seconds)
    result: dict[str, Any] = {"rounds": rounds, "load": os.getloadavg()[0]}
    for name, values in times.items():
        if values:
            result[f"{name}_s"] = statistics.median(values)
            result[f"{name}_max_s"] = max(values)
    print(f"ttyquit: {result}", file=sys.stderr)
    return result


def first_name(folder: Path) -> str:
    """The file name of the report the reader opens first (drawn in the text pane's title)."""
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".txt")[0]


def tty_phase(folder: Path, db: Path, env: dict[str, str]) -> dict[str, Any]:
    """The CLI in a pseudo-terminal: launch until the first report's name is drawn, then q."""
    cmd = [sys.executable, "-m", "incident_reader", "read", str(folder), "--db", str(db)]
    return {"first_s": pty_launch(cmd, first_name(folder), env)}


def tty_ratio_phase(tmp: Path, env: dict[str, str], rounds: int = 7) -> dict[str, Any]:
    """``incident-reader seeds/`` against a bare Textual app, both in a real pseudo-terminal,
    launched in turn ``rounds`` times: median launch-to-drawn seconds of each."""
    script = tmp / "bare_app.py"
    script.write_text(BARE_APP)
    db = tmp / "tty-seeds.db"
    reader = [sys.executable, "-m", "incident_reader", "read", str(SEEDS), "--db", str(db)]
    pty_launch(reader, first_name(SEEDS), env)  # creates the database; not timed
    bare: list[float] = []
    small: list[float] = []
    for _ in range(rounds):
        for out, cmd, marker in (
            (bare, [sys.executable, str(script)], "bare-app-drawn"),
            (small, reader, first_name(SEEDS)),
        ):
            seconds = pty_launch(cmd, marker, env)
            if seconds is not None:
                out.append(seconds)
    result: dict[str, Any] = {"rounds": rounds}
    if bare and small:
        result |= {"bare_s": statistics.median(bare), "small_s": statistics.median(small)}
    return result


def tty_key_phase(tmp: Path, env: dict[str, str], rounds: int = 7) -> dict[str, Any]:
    """Launch to the first key acted on, in a pty: ``?`` sent the moment the first frame with
    text is written, timed until its screen is; the reader on seeds/ (second launch: its cache
    filled by an untimed first one) against a bare app, in turn ``rounds`` times. Medians, the
    range of each, the ratio of the medians and the range of the per-round ratios, and the load
    average before and after (the machine may be shared)."""
    script = tmp / "bare_key_app.py"
    script.write_text(BARE_KEY_APP)
    db = tmp / "tty-key-seeds.db"
    reader = [sys.executable, "-m", "incident_reader", "read", str(SEEDS), "--db", str(db)]
    # The untimed first launch creates the database and lingers until the seeds are extracted
    # and cached, so the timed ones are second launches, as a user's usually are.
    launch_and_press(reader, first_name(SEEDS), b"?", "this help", env, linger=6.0)
    load_before = os.getloadavg()
    names = ("bare", "reader", "uncached", "first")
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    ratios: list[float] = []
    # "uncached": the reader with its start-up cache off (ui.start_cache): what the reader's own
    # code costs, that cache aside (its parsed stylesheet still read back, ui.css_cache).
    uncached = {**env, "INCIDENT_READER_START_CACHE": "0"}
    for index in range(rounds):
        acted: dict[str, float] = {}
        # "first": the first launch after an install, every cache folder empty (a fresh one
        # each round): no start-up cache and no stylesheet cache either.
        first = {**env, "XDG_CACHE_HOME": str(tmp / f"first-launch-cache-{index}")}
        for key in ("INCIDENT_READER_START_CACHE", "INCIDENT_READER_CSS_CACHE"):
            first.pop(key, None)
        for name, cmd, ready, effect, cmd_env in (
            ("bare", [sys.executable, str(script)], "bare-app-drawn", "bare-key-acted", env),
            ("reader", reader, first_name(SEEDS), "this help", env),
            ("uncached", reader, first_name(SEEDS), "this help", uncached),
            ("first", reader, first_name(SEEDS), "this help", first),
        ):
            launch = launch_and_press(cmd, ready, b"?", effect, cmd_env)
            if launch.drawn_s is not None and launch.acted_s is not None:
                runs[name].append((launch.drawn_s, launch.acted_s))
                acted[name] = launch.acted_s
                if launch.cpu_s is not None:
                    cpus[name].append(launch.cpu_s)
        if "reader" in acted and "bare" in acted:
            ratios.append(acted["reader"] / acted["bare"])
    result: dict[str, Any] = {"rounds": rounds, "load_before": load_before[0]}
    result["load_after"] = os.getloadavg()[0]
    for name, pairs in runs.items():
        result[f"{name}_n"] = len(pairs)
        if pairs:
            for field, values in (
                ("drawn", [d for d, _ in pairs]),
                ("acted", [a for _, a in pairs]),
            ):
                result[f"{name}_{field}_s"] = statistics.median(values)
                result[f"{name}_{field}_range"] = (min(values), max(values))
    if ratios:
        result["ratio_range"] = (min(ratios), statistics.median(ratios), max(ratios))
    for name, values in cpus.items():
        if values:  # CPU seconds used by the time the key had acted: load hardly moves them
            result[f"{name}_cpu_s"] = statistics.median(values)
    print(f"ttykey: {result}", file=sys.stderr)
    return result


def run_child(args: argparse.Namespace) -> dict[str, Any]:
    """One phase in this (fresh) interpreter."""
    t0 = args.t0
    if args.phase == "bare":
        return asyncio.run(bare_phase(t0))
    if args.phase == "long":
        return asyncio.run(long_phase(args.folder, t0, args.presses))
    paths = [args.folder]
    return asyncio.run(reader_phase(args.phase, paths, args.db, t0))


def in_subprocess(
    phase: str, folder: Path, db: Path | None, env: dict[str, str], presses: int, timeout: float
) -> dict[str, Any]:
    """Run a phase in a fresh interpreter, timing from just before it starts."""
    cmd = [sys.executable, __file__, "--phase", phase, "--folder", str(folder)]
    cmd += ["--presses", str(presses), "--t0", repr(time.time())]
    if db is not None:
        cmd += ["--db", str(db)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish within {timeout:g} s"}
    if proc.returncode != 0:
        return {"error": " ".join(proc.stderr.strip().splitlines()[-1:])}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def fmt(value: Any, unit: str = "s") -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.2f} s"


def table(results: dict[str, dict[str, Any]]) -> list[str]:
    """The figures as aligned lines, with each target and whether it is met."""
    rows: list[tuple[str, str, str]] = []

    def add(label: str, key: str, unit: str = "s") -> None:
        phase, _, field = key.partition(".")
        value = results.get(phase, {}).get(field)
        target = TARGETS.get(key)
        verdict = ""
        if target is not None and value is not None:
            verdict = f"< {fmt(target, unit)}: {'ok' if value < target else 'MISSED'}"
        rows.append((label, fmt(value, unit), verdict))

    add("bare Textual app: launch to first frame", "bare.first_s")
    add("reader, 3 seeds: launch to first frame with text", "small.first_s")
    add("1,000 reports, cold: first report on screen", "cold.first_s")
    add("1,000 reports, cold: every report extracted", "cold.complete_s")
    add("1,000 reports, cold: peak RSS (process tree)", "cold.rss_mb", "MB")
    add("1,000 reports, second launch: first report", "warm.first_s")
    add("1,000 reports, second launch: complete", "warm.complete_s")
    add("1,000 reports, second launch: peak RSS", "warm.rss_mb", "MB")
    add("5 MB report: first frame with text", "long.first_s")
    add("5 MB report: j while extracting, p50", "long.j_during_p50_ms", "ms")
    add("5 MB report: j while extracting, p95", "long.j_during_p95_ms", "ms")
    add("5 MB report: extracted (background)", "long.extracted_s")
    add("5 MB report: j, p50", "long.j_after_p50_ms", "ms")
    add("5 MB report: j, p95", "long.j_after_p95_ms", "ms")
    add("5 MB report: pagedown, p95", "long.pagedown_after_p95_ms", "ms")
    add("5 MB report: peak RSS", "long.rss_mb", "MB")
    add("real pty, 1,000 reports: first report drawn", "tty.first_s")
    add("real pty, bare Textual app: launch to drawn", "ttyratio.bare_s")
    add("real pty, incident-reader seeds/: first report", "ttyratio.small_s")
    add("real pty, bare app: launch to first key acted on", "ttykey.bare_acted_s")
    add("real pty, reader (seeds): launch to first key acted on", "ttykey.reader_acted_s")
    add("real pty, reader (seeds): launch to first text", "ttykey.reader_drawn_s")
    add("real pty, bare app: q to exit", "ttyquit.bare_s")
    add("real pty, reader first launch: q to exit (extracting)", "ttyquit.reader_s")
    add("real pty, reader first launch: q to exit, slowest", "ttyquit.reader_max_s")
    small, bare = results.get("small", {}).get("first_s"), results.get("bare", {}).get("first_s")
    cold = results.get("cold", {}).get("first_s")
    if small and bare:
        ratio = small / bare
        verdict = f"< {TARGETS['ratio']:.1f}x: {'ok' if ratio < TARGETS['ratio'] else 'MISSED'}"
        rows.append(("start-up ratio, reader (3 seeds) / bare", f"{ratio:.2f}x", verdict))
    if cold and bare:
        rows.append(("start-up ratio, reader (1,000) / bare", f"{cold / bare:.2f}x", ""))
    tty = results.get("ttyratio", {})
    if tty.get("small_s") and tty.get("bare_s"):
        ratio = tty["small_s"] / tty["bare_s"]
        verdict = f"< {TARGETS['ratio']:.1f}x: {'ok' if ratio < TARGETS['ratio'] else 'MISSED'}"
        rows.append(("start-up ratio, real pty, seeds / bare", f"{ratio:.2f}x", verdict))
    key = results.get("ttykey", {})
    if key.get("reader_acted_s") and key.get("bare_acted_s"):
        ratio = key["reader_acted_s"] / key["bare_acted_s"]
        target = TARGETS["key_ratio"]
        verdict = f"<= {target:.1f}x: {'ok' if ratio <= target else 'MISSED'}"
        rows.append(("first key acted on, real pty, seeds / bare", f"{ratio:.2f}x", verdict))
        low, _, high = key.get("ratio_range", (ratio, ratio, ratio))
        rows.append(("  per-round ratios, lowest-highest", f"{low:.2f}-{high:.2f}x", ""))
        if key.get("uncached_acted_s"):
            ratio = key["uncached_acted_s"] / key["bare_acted_s"]
            rows.append(("  the same with the start-up cache off", f"{ratio:.2f}x", ""))
        if key.get("first_acted_s"):
            ratio = key["first_acted_s"] / key["bare_acted_s"]
            rows.append(("  a first launch (every cache folder empty)", f"{ratio:.2f}x", ""))
        for name in ("bare", "reader", "uncached", "first"):
            lo, hi = key.get(f"{name}_acted_range", (None, None))
            if lo is not None:
                rows.append((f"  {name}: first key acted on, range", f"{lo:.2f}-{hi:.2f} s", ""))
        if key.get("reader_cpu_s") and key.get("bare_cpu_s"):
            cpu = f"{key['reader_cpu_s']:.2f} / {key['bare_cpu_s']:.2f} s"
            rows.append(("  CPU used until the key acted, reader / bare", cpu, ""))
            ratio = key["reader_cpu_s"] / key["bare_cpu_s"]
            rows.append(("  CPU ratio (hardly moved by load)", f"{ratio:.2f}x", ""))
            if key.get("uncached_cpu_s"):
                ratio = key["uncached_cpu_s"] / key["bare_cpu_s"]
                rows.append(("  CPU ratio, start-up cache off", f"{ratio:.2f}x", ""))
            if key.get("first_cpu_s"):
                ratio = key["first_cpu_s"] / key["bare_cpu_s"]
                rows.append(("  CPU ratio, a first launch", f"{ratio:.2f}x", ""))
        load = f"{key.get('load_before', 0):.1f} -> {key.get('load_after', 0):.1f}"
        rows.append(("  load average (1 min) before -> after", load, ""))
    width = max(len(r[0]) for r in rows)
    return [f"{a:<{width}}  {b:>10}  {c}".rstrip() for a, b, c in rows]


def ratio_phases(
    small_db: Path, env: dict[str, str], args: argparse.Namespace
) -> dict[str, dict[str, Any]]:
    """The bare app and the reader on the seeds, launched in turn ``args.rounds`` times: the
    median of each (one launch of each is too noisy on a shared machine for a ratio)."""
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "small": []}
    for _ in range(args.rounds):
        for phase, database in (("bare", None), ("small", small_db)):
            runs[phase].append(
                in_subprocess(phase, SEEDS, database, env, args.presses, args.timeout)
            )
    out: dict[str, dict[str, Any]] = {}
    for phase, results in runs.items():
        firsts = [r["first_s"] for r in results if r.get("first_s")]
        out[phase] = {"first_s": statistics.median(firsts) if firsts else None, "runs": len(firsts)}
        print(f"{phase}: {[round(f, 3) for f in firsts]}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--presses", type=int, default=200, help="keypresses per latency case")
    parser.add_argument("--skip", action="append", default=[], choices=PHASES)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per phase")
    parser.add_argument(
        "--rounds", type=int, default=7, help="launches of the bare app and the reader on the seeds"
    )
    parser.add_argument(
        "--quit-rounds", type=int, default=0, help="run the ttyquit phase this many times"
    )
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        print(json.dumps(run_child(args)))
        return 0
    folder = args.out / f"corpus-{args.reports}"
    if len(list(folder.glob("*.txt"))) != args.reports:
        folder = make_folder(args.out, args.reports)
    long = args.out / "long" / "live-blog-5mb.txt"
    if not long.exists():
        long = make_long(args.out)
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-reader-") as tmp:
        env = snapshot_code(Path(tmp))
        compileall.compile_dir(Path(tmp) / "src", quiet=1)  # bytecode, as an installed package has
        db = Path(tmp) / "cache.db"
        small_db = Path(tmp) / "seeds.db"
        if "bare" not in args.skip and "small" not in args.skip:
            in_subprocess("small", SEEDS, small_db, env, args.presses, args.timeout)  # creates it
            results |= ratio_phases(small_db, env, args)
        plan: list[tuple[str, Path, Path | None]] = [
            ("cold", folder, db),
            ("warm", folder, db),
            ("long", long, None),
        ]
        for phase, where, database in plan:
            if phase in args.skip:
                continue
            results[phase] = in_subprocess(phase, where, database, env, args.presses, args.timeout)
            print(f"{phase}: {results[phase]}", file=sys.stderr)
        if "tty" not in args.skip:
            results["tty"] = tty_phase(folder, db, env)
        if "ttyratio" not in args.skip:
            results["ttyratio"] = tty_ratio_phase(Path(tmp), env, args.rounds)
        if "ttykey" not in args.skip:
            results["ttykey"] = tty_key_phase(Path(tmp), env, args.rounds)
        if args.quit_rounds:
            results["ttyquit"] = tty_quit_phase(Path(tmp), env, args.quit_rounds)
    if args.json:
        print(json.dumps(results, indent=2))
    print(f"bench_reader: {args.reports} reports in {folder}; 5 MB report {long.name}")
    print("\n".join(table(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
