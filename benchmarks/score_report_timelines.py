"""Score the temporal tagger on the report-pairs timeline gold (quote + TIMEX3 value per report).

A gold entry is found when a tagged expression of that report overlaps its quote and has the same
value, as the held-out scorer does. Reports without a DCT use the one inferred from their text (with
the year of the other reports' date lines as a hint), or the gold DCT of another report of the same
incident (what the reader lets a user set).

Usage: python benchmarks/score_report_timelines.py [../shared/data/report-pairs] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.temporal import infer_dct, tag

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "report-pairs"


def score_incident(folder: Path, show: bool) -> tuple[int, int]:
    """(found, total) gold timeline entries of one incident folder."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    corpus = load_corpus([folder])
    known = [r["dct"] for r in gold["reports"].values() if r.get("dct")]
    # The year of the other reports' own date lines, as the pipeline would pass it.
    dated = [r.dct for r in corpus.reports if r.dct]
    year_hint = int(dated[0][:4]) if dated else None
    found = total = 0
    for report in corpus.reports:
        outlet = report.path.stem
        entries = gold["timeline"].get(outlet, [])
        dct = report.dct or infer_dct(report.text, year_hint) or (known[0] if known else None)
        timexes = tag(report.text, dct)
        cursor = 0
        for entry in entries:
            total += 1
            at = report.text.find(entry["quote"], cursor)
            if at < 0:
                at = report.text.find(entry["quote"])
            else:
                cursor = at + 1
            end = at + len(entry["quote"])
            hits = [t for t in timexes if t.start < end and at < t.end]
            if any(t.value == entry["value"] for t in hits):
                found += 1
            elif show:
                got = ", ".join(f"{t.text!r}={t.value}" for t in hits) or "nothing"
                print(
                    f"  {folder.name}/{outlet}: {entry['quote']!r} gold={entry['value']} got {got}"
                )
    return found, total


def main() -> int:
    """Print per-incident and overall recall of the timeline gold."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root", nargs="?", default=str(DEFAULT))
    ap.add_argument("--errors", action="store_true", help="list the entries not found")
    args = ap.parse_args()
    folders = sorted(p.parent for p in Path(args.root).glob("*/gold.json"))
    if not folders:
        print(f"no */gold.json under {args.root}", file=sys.stderr)
        return 2
    all_found = all_total = 0
    for folder in folders:
        found, total = score_incident(folder, args.errors)
        all_found, all_total = all_found + found, all_total + total
        print(f"{folder.name:32s} {found:3d}/{total:3d}")
    print(
        f"timeline entries found with the right value: {all_found}/{all_total} "
        f"= {all_found / max(all_total, 1):.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
