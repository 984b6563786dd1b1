"""Generate benchmark inputs: a folder of N reports and one 5 MB live blog from seeds and dev data.

Each generated report is a real report with light, deterministic variation (its date moved, two
paragraphs swapped, an update paragraph borrowed from another report), so every file has its own
content hash and the extractor sees realistic text. The same N gives byte-identical output.

    python benchmarks/make_corpus.py [--reports 1000] [--out benchmarks/out]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "seeds", ROOT.parent / "shared" / "data" / "report-pairs")
DEFAULT_OUT = ROOT / "benchmarks" / "out"
LONG_BYTES = 5 * 2**20
HEADER = re.compile(r"^date (\d{4}-\d{2}-\d{2})(.*)$")


def source_texts() -> list[tuple[str, str]]:
    """(name, text) of every seed and dev report, sorted by path so the order never changes."""
    paths = sorted(SOURCES[0].glob("*.txt")) + sorted(SOURCES[1].glob("*/*.txt"))
    if not paths:
        sys.exit(f"no source reports under {SOURCES[0]} or {SOURCES[1]}")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs of a report body (blank-line separated)."""
    return [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def vary(text: str, donor: str, rng: random.Random) -> str:
    """A light, deterministic variation of one report (``rng`` fixes every choice)."""
    first, _, body = text.partition("\n")
    header = HEADER.match(first)
    if header:
        day = date.fromisoformat(header[1]) + timedelta(days=rng.randrange(-400, 400))
        first = f"date {day.isoformat()}{header[2]}"
    else:
        body = text
        first = ""
    paras = paragraphs(body)
    if len(paras) > 4:
        i = rng.randrange(2, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    extra = paragraphs(donor)[1:]
    if extra:
        hour, minute = rng.randrange(6, 23), rng.randrange(0, 60, 5)
        paras.append(f"Update {hour}:{minute:02d}: {rng.choice(extra)}")
    out = "\n\n".join(paras) + "\n"
    return f"{first}\n{out}" if first else out


def make_folder(out: Path, count: int) -> Path:
    """Write ``count`` varied reports into ``out/corpus-<count>`` (replacing what was there)."""
    folder = out / f"corpus-{count}"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    texts = source_texts()
    for n in range(count):
        rng = random.Random(n)
        name, text = texts[n % len(texts)]
        _, donor = texts[rng.randrange(len(texts))]
        (folder / f"{n:04d}_{name}.txt").write_text(vary(text, donor, rng), encoding="utf-8")
    return folder


def make_long(out: Path, size: int = LONG_BYTES) -> Path:
    """Write one live blog of about ``size`` bytes: timestamped entries from every source report."""
    folder = out / "long"
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    pool = [p for _, text in source_texts() for p in paragraphs(text)[2:]]
    parts = ["date 2024-06-15 Updated 11.58pm\nLIVE: every update from the scene, newest last\n"]
    total = len(parts[0].encode())
    minute = 0
    while total < size:
        entry = f"{minute // 60 % 24:02d}:{minute % 60:02d}: {rng.choice(pool)}\n"
        parts.append(entry)
        total += len(entry.encode()) + 1
        minute += rng.randrange(1, 4)
    path = folder / "live-blog-5mb.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def folder_bytes(folder: Path) -> int:
    """Total size of the report files in a folder: the ``.txt`` reports alone, never the marks
    database (``.incident-reader.db`` and its WAL) a reader opened on the folder leaves beside them,
    which once counted 3.9 MB of SQLite pages as report text and doubled the MB/s."""
    return sum(p.stat().st_size for p in folder.glob("*.txt") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000, help="how many reports (1000)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write")
    parser.add_argument("--long-mb", type=float, default=LONG_BYTES / 2**20, help="long report MB")
    args = parser.parse_args(argv)
    folder = make_folder(args.out, args.reports)
    long = make_long(args.out, int(args.long_mb * 2**20))
    print(f"{folder}: {args.reports} reports, {folder_bytes(folder) / 1e6:.2f} MB")
    print(f"{long}: {long.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
