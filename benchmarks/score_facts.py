"""Score fact and timeline extraction against the report-pairs gold (per kind precision/recall).

Usage: .venv/bin/python benchmarks/score_facts.py [DATA_DIR] [--details]

Scoring (the report-pairs README, "How the tool's output is scored"):
* recall: a gold mention is found when a fact of the same kind in the same report has evidence
  overlapping the mention's quote and the right value (README value rules: ints, {"min","max"} for
  vague counts and age bands with a year's slack, an exact count also right as a range starting
  there, HH:MM with 24:00 == 00:00, ISO dates, strings case/punctuation-insensitive with one
  containing the other, speeds "62mph" == 62).
* precision (value-level, the target): of the tool's facts of a kind attached to the report's main
  incident, the share that are right: matching a gold mention as above, or overlapping one of the
  report's gold internal-conflict quotes of that kind (a stated but superseded figure), or restating
  the value of that report's gold mention of that kind elsewhere (a headline, a repeat), or giving
  a vaguer count that holds the gold count ("dozens injured" where the report's figure is 31).
  A fact that overlaps a gold quote of its kind but is attached to a background incident counts as
  wrong. Facts of background incidents are otherwise not scored: the gold annotates main incidents.
* strict precision: only the first two ways count (evidence must overlap a gold quote).
* internal_conflicts: a gold one is found when a tool conflict of its kind holds facts overlapping
  each of its quotes; precision is the share of tool conflicts whose kind the gold lists.
* timeline: a gold entry is found when an entry overlaps its quote with the same TIMEX3 value;
  precision is the share of the tool's entries that find some gold entry.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tui"))

from incident_reader.core.analysis import analyse_corpus  # noqa: E402
from incident_reader.core.loading import load_corpus  # noqa: E402
from incident_reader.core.model import FACT_KINDS, Fact, ReportAnalysis  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "report-pairs"
AGE_SLACK = 1
BANDS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def gold_range(value: str) -> tuple[int | None, int | None] | None:
    """A gold vague count or age band as (min, max); None when it is not one."""
    v = value.strip().lower()
    fixed = {"several": (3, 9), "dozens": (24, None), "a number of": (2, None)}
    if v in fixed:
        return fixed[v]
    if m := re.fullmatch(r"(\d+)-(\d+)", v):
        return int(m[1]), int(m[2])
    if m := re.fullmatch(r">=(\d+)", v):
        return int(m[1]), None
    if m := re.fullmatch(r">(\d+)", v):
        return int(m[1]) + 1, None
    if m := re.fullmatch(r"(?:(early|mid|late) )?(\d)0s", v):
        low, high = BANDS.get(m[1] or "", (0, 9))
        return int(m[2]) * 10 + low, int(m[2]) * 10 + high
    return None


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s.lower())).strip()


def _minutes(v: str) -> int | None:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", v.strip())
    return (int(m[1]) * 60 + int(m[2])) % 1440 if m else None


def value_right(kind: str, gold: Any, tool: Any) -> bool:
    """Whether the tool's value is right for a gold value (README rules)."""
    if kind == "speed" and isinstance(gold, str):
        m = re.match(r"(\d+)", gold)
        gold = int(m[1]) if m else gold
    if isinstance(gold, int):
        if isinstance(tool, int):
            return tool == gold
        return isinstance(tool, dict) and tool.get("min") == gold
    if kind == "incident.time":
        return _minutes(str(gold)) is not None and _minutes(str(gold)) == _minutes(str(tool))
    if kind == "incident.date":
        return str(gold) == str(tool)
    rng = gold_range(str(gold))
    if rng is not None:
        if not isinstance(tool, dict):
            return False
        slack = AGE_SLACK if kind == "suspect.age" else 0
        lo, hi = tool.get("min"), tool.get("max")
        ok_lo = (lo is None) == (rng[0] is None) and (lo is None or abs(lo - rng[0]) <= slack)
        ok_hi = (hi is None) == (rng[1] is None) and (hi is None or abs(hi - rng[1]) <= slack)
        return ok_lo and ok_hi
    g, t = _norm(str(gold)), _norm(str(tool))
    return bool(g and t) and (g in t or t in g)


def spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence of a quote in a text."""
    out, i = [], text.find(quote)
    while i != -1:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(data: Path, details: bool = False) -> dict[str, Any]:
    """Run extraction on every incident folder and tally per-kind counts."""
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: list[str] = []
    for folder in sorted(p for p in data.iterdir() if (p / "gold.json").exists()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        corpus = load_corpus([folder])
        analyses = {a.report.id: a for a in analyse_corpus(corpus)}
        for report_id, a in analyses.items():
            _score_report(folder.name, report_id, a, gold, tally, misses)
    if details:
        print("\n".join(misses))
    return tally


def _score_report(
    slug: str,
    rid: str,
    a: ReportAnalysis,
    gold: dict[str, Any],
    tally: dict[str, dict[str, int]],
    misses: list[str],
) -> None:
    text = a.report.text
    mentions = [(f["kind"], m) for f in gold["facts"] for m in f["mentions"] if m["report"] == rid]
    conflict_quotes = [
        (c["kind"], q)
        for c in gold.get("internal_conflicts", [])
        if c["report"] == rid
        for q in c["quotes"]
    ]
    main = {i.id for i in a.incidents if i.main}
    for kind, m in mentions:
        quote_spans = spans(text, m["quote"])
        hit = any(
            f.kind == kind
            and f.incident in main
            and value_right(kind, m["value"], f.value)
            and any(overlaps((f.start, f.end), q) for q in quote_spans)
            for f in a.facts
        )
        tally[kind]["gold"] += 1
        tally[kind]["found"] += hit
        if not hit:
            misses.append(f"MISS {slug}/{rid} {kind}: {m['quote']!r} = {m['value']!r}")
    for f in a.facts:
        if f.incident not in main:
            wrong = any(
                k == f.kind and any(overlaps((f.start, f.end), q) for q in spans(text, m["quote"]))
                for k, m in mentions
            )
            if wrong:
                tally[f.kind]["tool"] += 1
                misses.append(f"BACKGROUND {slug}/{rid} {f.kind}: {f.text!r}")
            continue
        strict, loose = _judge(f, text, mentions, conflict_quotes)
        tally[f.kind]["tool"] += 1
        tally[f.kind]["right"] += loose
        tally[f.kind]["strict"] += strict
        if not loose:
            misses.append(f"FALSE {slug}/{rid} {f.kind}: {f.text!r} = {json.dumps(f.value)}")
    _score_timeline(slug, rid, a, gold, tally, misses)
    _score_conflicts(slug, rid, a, gold, tally, misses)


def _score_conflicts(
    slug: str,
    rid: str,
    a: ReportAnalysis,
    gold: dict[str, Any],
    tally: dict[str, dict[str, int]],
    misses: list[str],
) -> None:
    """A gold internal conflict is found when a tool conflict of its kind covers every quote."""
    text = a.report.text
    t = tally["internal_conflicts"]
    gold_conflicts = [c for c in gold.get("internal_conflicts", []) if c["report"] == rid]
    for c in gold_conflicts:
        t["gold"] += 1
        hit = any(
            tc.kind == c["kind"]
            and all(
                any(
                    overlaps((a.facts[i].start, a.facts[i].end), q)
                    for i in tc.facts
                    for q in spans(text, quote)
                )
                for quote in c["quotes"]
            )
            for tc in a.internal_conflicts
        )
        t["found"] += hit
        if not hit:
            misses.append(f"MISS {slug}/{rid} internal conflict {c['kind']}: {c['quotes']}")
    for tc in a.internal_conflicts:
        t["tool"] += 1
        ok = any(c["kind"] == tc.kind for c in gold_conflicts)
        t["right"] += ok
        t["strict"] += ok
        if not ok:
            values = [a.facts[i].value for i in tc.facts]
            misses.append(f"FALSE {slug}/{rid} internal conflict {tc.kind}: {values}")


def _judge(
    f: Fact, text: str, mentions: list[tuple[str, Any]], conflicts: list[tuple[str, str]]
) -> tuple[bool, bool]:
    span = (f.start, f.end)
    same_kind = [m for k, m in mentions if k == f.kind]
    strict = any(
        value_right(f.kind, m["value"], f.value)
        and any(overlaps(span, q) for q in spans(text, m["quote"]))
        for m in same_kind
    ) or any(
        k == f.kind and any(overlaps(span, q) for q in spans(text, quote)) for k, quote in conflicts
    )
    loose = strict or any(
        value_right(f.kind, m["value"], f.value) or _vaguer(m["value"], f.value) for m in same_kind
    )
    return strict, loose


def _vaguer(gold: Any, tool: Any) -> bool:
    """A vaguer count that holds the gold exact count ("dozens injured" when 31 were)."""
    if not (isinstance(gold, int) and isinstance(tool, dict)):
        return False
    low, high = tool.get("min"), tool.get("max")
    return (low is None or low <= gold) and (high is None or gold <= high)


def _score_timeline(
    slug: str,
    rid: str,
    a: ReportAnalysis,
    gold: dict[str, Any],
    tally: dict[str, dict[str, int]],
    misses: list[str],
) -> None:
    text = a.report.text
    entries = gold.get("timeline", {}).get(rid, [])
    pos, gold_spans = 0, []
    for e in entries:
        i = text.find(e["quote"], pos)
        if i == -1:
            i = text.find(e["quote"])
        gold_spans.append(((i, i + len(e["quote"])), e["value"]))
        pos = i + 1 if i != -1 else pos
    tool = [((t.start, t.end), t.timex.value, t.timex.text) for t in a.timeline]
    t = tally["timeline"]
    for span, value in gold_spans:
        t["gold"] += 1
        hit = any(overlaps(span, s) and v == value for s, v, _ in tool)
        t["found"] += hit
        if not hit:
            misses.append(f"MISS {slug}/{rid} timeline: {text[span[0] : span[1]]!r} = {value}")
    for s, v, quote in tool:
        t["tool"] += 1
        ok = any(overlaps(span, s) and v == value for span, value in gold_spans)
        t["right"] += ok
        t["strict"] += ok
        if not ok:
            misses.append(f"FALSE {slug}/{rid} timeline: {quote!r} = {v}")


def print_table(tally: dict[str, dict[str, int]]) -> None:
    """Per-kind recall and precision, in the README's table format."""
    print(f"| {'kind':24} | gold | found | recall | facts | right | precision | strict |")
    print(f"|{'-' * 26}|------|-------|--------|-------|-------|-----------|--------|")
    for kind in (*FACT_KINDS, "timeline", "internal_conflicts"):
        t = tally.get(kind)
        if not t:
            continue
        rec = t["found"] / t["gold"] if t["gold"] else float("nan")
        prec = t["right"] / t["tool"] if t["tool"] else float("nan")
        strict = t["strict"] / t["tool"] if t["tool"] else float("nan")
        print(
            f"| {kind:24} | {t['gold']:4} | {t['found']:5} | {rec:6.2f} | {t['tool']:5} "
            f"| {t['right']:5} | {prec:9.2f} | {strict:6.2f} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--details", action="store_true", help="list misses and false facts")
    args = parser.parse_args()
    print_table(score(args.data, args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
