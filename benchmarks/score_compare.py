"""Score `compare` against report-pairs gold: status accuracy, pairs across incidents, per fact.

    .venv/bin/python benchmarks/score_compare.py [PATH ...] [--oracle | --both] [--detail] [--json]

PATH is a folder holding a gold.json, or a folder of such folders (default: the dev set,
../shared/data/report-pairs). End to end, the reports go through the real pipeline
(`analysis.analyse_corpus` then `analysis.compare`). With --oracle the facts, incidents and timeline
are built from gold.json itself (each mention's quote located in its report), so the pairing and
status logic is measured apart from extraction.

A gold fact stated by two or more reports gives one gold pair per two mentions; a gold pair is right
when `compare` pairs the two quotes (either order, the fact's kind) with an accepted label:
match -> match|compatible, compatible -> compatible|match, conflict -> conflict|revised. Each pair
of a disputed fact deserves the label of its own two values (11 / 11 match where a third says 8),
as the shared scorer and the report-pairs README score it.
Status accuracy = right gold pairs / all gold pairs. "Across incidents" runs every folder's reports
in one comparison and counts pairs whose two reports belong to different folders (target 0); it is
run again with every main incident moved to one day, so dates alone cannot keep incidents apart.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import Any

from incident_reader.core import analysis
from incident_reader.core.align.pairing import compare_values
from incident_reader.core.align.values import parse_age, parse_count, parse_speed
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import (
    Comparison,
    DctSource,
    Fact,
    FactValue,
    Incident,
    Report,
    ReportAnalysis,
    TimelineEntry,
    Timex,
)

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "report-pairs"
ACCEPTED = {
    "match": {"match", "compatible"},
    "compatible": {"compatible", "match"},
    "conflict": {"conflict", "revised"},
}


def gold_folders(paths: Sequence[Path]) -> list[Path]:
    """Every folder with a gold.json among the paths or directly under them."""
    found: list[Path] = []
    for path in paths:
        if (path / "gold.json").is_file():
            found.append(path)
        else:
            found += sorted(p.parent for p in path.glob("*/gold.json"))
    return found


def tool_value(kind: str, value: FactValue) -> FactValue:
    """A gold value written the way the tool writes it (ranges as {"min", "max"}, mph as int)."""
    if kind == "speed":
        speed = parse_speed(value)
        return int(speed) if speed is not None else value
    if isinstance(value, str) and (kind == "suspect.age" or kind.startswith(("casualties", "arr"))):
        span = parse_age(value) if kind == "suspect.age" else parse_count(value)
        if span is not None:
            return {"min": int(span.lo), "max": None if span.hi is None else int(span.hi)}
    return value


WORDED = ("vehicle", "incident.place", "suspect.name")


NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}  # fmt: skip
_CLOCK = re.compile(r"\b(\d{1,2})[.:](\d{2})\s*(am|pm)?", re.I)


def stale_value(kind: str, quote: str) -> FactValue | None:
    """The figure an internal-conflict quote states ("four people have been injured" -> 4)."""
    if kind == "incident.time":
        m = _CLOCK.search(quote)
        if not m:
            return None
        hour = int(m[1]) % 12 + (12 if (m[3] or "").lower() == "pm" else 0) if m[3] else int(m[1])
        return f"{hour:02d}:{m[2]}"
    for word in re.findall(r"[a-z]+|\d+", quote.lower()):
        if word.isdigit():
            return int(word)
        if word in NUMBER_WORDS:
            return NUMBER_WORDS[word]
    return None


def oracle_analysis(report: Report, gold: dict[str, Any], raw: bool = False) -> ReportAnalysis:
    """What a perfect extractor would give for one report: gold mentions and timeline as facts,
    and the stale figures of its internal conflicts (so the final-statement choice is tested).

    With ``raw``, vehicles, places and names keep the quote's own words (lower-cased) instead of
    the annotator's normalised value: a harder test of the wording comparisons.
    """
    text = report.text
    facts, date, place = [], None, None
    for fact in gold["facts"]:
        for m in fact["mentions"]:
            if m["report"] != report.id or (at := text.find(m["quote"])) < 0:
                continue
            value = tool_value(fact["kind"], m["value"])
            if raw and fact["kind"] in WORDED:
                value = m["quote"].lower()
            facts.append(Fact(fact["kind"], value, at, at + len(m["quote"]), m["quote"], "i0"))
            date = value if fact["kind"] == "incident.date" else date
            place = value if fact["kind"] == "incident.place" else place
    for conflict in gold.get("internal_conflicts", []):  # the stale figures a report also states
        if conflict["report"] != report.id:
            continue
        for quote in conflict["quotes"]:
            at = text.find(quote)
            told = any(
                f.kind == conflict["kind"] and f.start < at + len(quote) and at < f.end
                for f in facts
            )
            stale = stale_value(conflict["kind"], quote)
            if at >= 0 and not told and stale is not None:
                facts.append(Fact(conflict["kind"], stale, at, at + len(quote), quote, "i0"))
    timeline, after = [], 0
    for t in gold.get("timeline", {}).get(report.id, []):
        at = text.find(t["quote"], after)
        if at < 0:
            continue
        after = at + len(t["quote"])
        timex = Timex(at, after, t["quote"], "TIME" if ":" in t["value"] else "DATE", t["value"])
        timeline.append(TimelineEntry(timex, None, "i0"))
    main = Incident("i0", True, str(date) if date else None, str(place) if place else None,
                    summary=text[:200], start=0, end=len(text))  # fmt: skip
    dct = gold["reports"].get(report.id, {}).get("dct") or report.dct
    return ReportAnalysis(report, dct, DctSource.HEADER, (), tuple(timeline), tuple(facts), (main,))


def on_one_day(a: ReportAnalysis, day: str = "2024-06-15") -> ReportAnalysis:
    """The analysis with its main incident (and date facts) moved to ``day``: a stress test that
    incidents are told apart by place, time and telling, not by their dates alone."""
    incidents = tuple(replace(i, date=day) if i.main else i for i in a.incidents)
    facts = tuple(replace(f, value=day) if f.kind == "incident.date" else f for f in a.facts)
    return replace(a, incidents=incidents, facts=facts)


def _span(text: str, quote: str) -> tuple[int, int] | None:
    at = text.find(quote)
    return None if at < 0 else (at, at + len(quote))


def score_folder(
    folder: Path, gold: dict[str, Any], comparison: Comparison, texts: dict[str, str]
) -> dict[str, Any]:
    """Gold pairs right / wrong status / missing, only-facts found, and per-fact detail."""
    counts: Counter[str] = Counter()
    detail = []
    for fact in gold["facts"]:
        kind, status, mentions = fact["kind"], fact["status"], fact["mentions"]
        if status == "only" or len(mentions) < 2:
            m = mentions[0]
            span = _span(texts.get(m["report"], ""), m["quote"])
            hit = span and any(
                o.kind == kind and o.article == m["report"] and o.start < span[1]
                and span[0] < o.end
                for o in comparison.only
            )  # fmt: skip
            counts["only right" if hit else "only missed"] += 1
            detail.append({"kind": kind, "gold": "only", "outcome": "right" if hit else "missed"})
            continue
        fact_right = True
        for ma, mb in combinations(mentions, 2):
            got = _find_pair(comparison, kind, ma, mb, texts)
            if got is None:
                outcome, tool = "missing", None
                seen = [
                    f"{p.a.text!r}={p.a.value} / {p.b.text!r}={p.b.value}"
                    for p in comparison.pairs
                    if p.kind == kind and {p.a.article, p.b.article} == {ma["report"], mb["report"]}
                ]
                why = f"paired instead: {seen}" if seen else "not paired"
            want = pair_status(kind, ma["value"], mb["value"]) if status == "conflict" else status
            if got is not None:
                tool = got.status
                outcome = "right" if tool in ACCEPTED[want] else "wrong status"
                why = f"tool {got.a.value} / {got.b.value}"
            counts[outcome] += 1
            counts[f"gold {want} -> {tool}"] += 1
            fact_right &= outcome == "right"
            detail.append(
                {"kind": kind, "gold": want, "tool": tool, "outcome": outcome,
                 "a": [ma["report"], ma["value"]], "b": [mb["report"], mb["value"]], "why": why}
            )  # fmt: skip
        counts["facts right" if fact_right else "facts not right"] += 1
    return {"folder": folder.name, "counts": counts, "detail": detail}


def pair_status(kind: str, a: Any, b: Any) -> str:
    """The label one pair of mentions deserves from its own two values, as the shared scorer
    gives it: a fact disputed by a third report does not make two agreeing reports conflict."""
    va, vb = tool_value(kind, a), tool_value(kind, b)
    if va == vb or (isinstance(a, str) and isinstance(b, str) and _norm(a) == _norm(b)):
        return "match"
    status = compare_values(kind, va, vb)
    return "compatible" if status in ("match", "compatible") else "conflict"


def _norm(value: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", value.lower()).strip()


def _find_pair(
    comparison: Comparison, kind: str, ma: dict[str, Any], mb: dict[str, Any], texts: dict[str, str]
) -> Any:
    sa = _span(texts.get(ma["report"], ""), ma["quote"])
    sb = _span(texts.get(mb["report"], ""), mb["quote"])
    if sa is None or sb is None:
        return None
    for pair in comparison.pairs:
        if pair.kind != kind:
            continue
        for x, y in ((pair.a, pair.b), (pair.b, pair.a)):
            if (
                x.article == ma["report"] and y.article == mb["report"]
                and x.start < sa[1] and sa[0] < x.end and y.start < sb[1] and sb[0] < y.end
            ):  # fmt: skip
                return pair
    return None


def analyses_for(
    folder: Path, gold: dict[str, Any], oracle: bool, raw: bool = False
) -> list[ReportAnalysis]:
    """The analysed reports of one gold folder, end to end or from the gold itself."""
    corpus = load_corpus([folder])
    if oracle:
        return [oracle_analysis(r, gold, raw) for r in corpus.reports]
    return analysis.analyse_corpus(corpus)


def run(folders: list[Path], oracle: bool, raw: bool = False) -> dict[str, Any]:
    """Score every folder alone, then all together for pairs across different incidents."""
    total: Counter[str] = Counter()
    folder_results, everything, home = [], [], {}
    for folder in folders:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        analyses = analyses_for(folder, gold, oracle, raw)
        texts = {a.report.id: a.report.text for a in analyses}
        result = score_folder(folder, gold, analysis.compare(analyses), texts)
        total.update(result["counts"])
        folder_results.append(result)
        everything += analyses
        home.update({a.report.id: folder.name for a in analyses})
    together = analysis.compare(everything)
    across = [p for p in together.pairs if home[p.a.article] != home[p.b.article]]
    one_day = analysis.compare([on_one_day(a) for a in everything])
    across_one_day = [p for p in one_day.pairs if home[p.a.article] != home[p.b.article]]
    gold_pairs = total["right"] + total["wrong status"] + total["missing"]
    return {
        "mode": ("oracle, raw wording" if raw else "oracle") if oracle else "end-to-end",
        "status_accuracy": round(total["right"] / gold_pairs, 3) if gold_pairs else None,
        "gold_pairs": gold_pairs,
        "right": total["right"],
        "wrong_status": total["wrong status"],
        "missing": total["missing"],
        "only_found": f"{total['only right']}/{total['only right'] + total['only missed']}",
        "facts_right": f"{total['facts right']}/{total['facts right'] + total['facts not right']}",
        "pairs_across_incidents": len(across),
        "fact_pairs_across_incidents": sum(p.kind != "timeline" for p in across),
        "pairs_across_incidents_on_one_day": len(across_one_day),
        "confusion": {k[5:]: v for k, v in sorted(total.items()) if k.startswith("gold ")},
        "folders": folder_results,
    }


SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seeds_check() -> str:
    """The issue's acceptance case end to end: seeds/000 and seeds/004 share exactly the three
    recalled attacks (Westminster killed: conflict; London Bridge, Finsbury Park: match) and
    nothing between their own main incidents."""
    analyses = analysis.analyse_corpus(load_corpus([SEEDS]))
    comparison = analysis.compare(analyses)
    shared = [i for i in comparison.incidents if len(i.articles) > 1]
    mains = {
        s.id for s in comparison.incidents
        for a in analyses for i in a.incidents
        if i.main and s.members.get(a.report.id) == i.id
    }  # fmt: skip
    killed = sorted(
        f"{p.a.value}/{p.b.value} {p.status}"
        for p in comparison.pairs
        if p.kind == "casualties.killed"
    )
    main_pairs = sum(p.incident in mains for p in comparison.pairs)
    return (
        f"[seeds] shared incidents {len(shared)} (want 3); killed pairs {killed} (want 5/4 "
        f"conflict, 8/8 and 1/1 match); pairs within main incidents {main_pairs} (want 0)"
    )


def print_result(result: dict[str, Any], detail: bool) -> None:
    """A few readable lines (and every gold pair with --detail)."""
    print(
        f"[{result['mode']}] status accuracy {result['status_accuracy']} "
        f"({result['right']}/{result['gold_pairs']} gold pairs; wrong status "
        f"{result['wrong_status']}, missing {result['missing']}; cross-report facts with every "
        f"pair right {result['facts_right']}); only found "
        f"{result['only_found']}; pairs across incidents {result['pairs_across_incidents']} "
        f"(facts {result['fact_pairs_across_incidents']}; with every main incident moved to one "
        f"day: {result['pairs_across_incidents_on_one_day']})"
    )
    for key, n in result["confusion"].items():
        print(f"    gold {key}: {n}")
    by_kind: dict[str, Counter[str]] = {}
    for folder in result["folders"]:
        for d in folder["detail"]:
            if d["gold"] != "only":
                by_kind.setdefault(d["kind"], Counter())[d["outcome"]] += 1
    print("    per kind (right/gold pairs): " + ", ".join(
        f"{kind} {c['right']}/{sum(c.values())}" for kind, c in sorted(by_kind.items())
    ))  # fmt: skip
    if not detail:
        return
    for folder in result["folders"]:
        for d in folder["detail"]:
            if d["outcome"] != "right":
                sides = f"{d.get('a')} / {d.get('b')}; {d['why']}" if "a" in d else ""
                print(f"  {folder['folder']}: {d['kind']} gold {d['gold']} tool {d.get('tool')} "
                      f"-> {d['outcome']} {sides}")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Score the folders given (or the dev set) and print the figures; 2 when there is no gold."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEV.resolve()])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--oracle", action="store_true", help="facts from gold.json, not extraction")
    mode.add_argument("--both", action="store_true", help="oracle and end to end")
    parser.add_argument(
        "--raw", action="store_true", help="oracle: vehicles, places, names as quoted words"
    )
    parser.add_argument("--detail", action="store_true", help="list every gold pair not right")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--seeds", action="store_true", help="also check the seeds case end to end (issue 5)"
    )
    args = parser.parse_args(argv)
    folders = gold_folders(args.paths)
    if not folders:
        print("score_compare: no folder with a gold.json", file=sys.stderr)
        return 2
    modes = [True, False] if args.both else [args.oracle]
    results = [run(folders, oracle, args.raw and oracle) for oracle in modes]
    if args.json:
        for r in results:
            for f in r["folders"]:
                f["counts"] = dict(f["counts"])
        json.dump(results if args.both else results[0], sys.stdout, indent=2, default=str)
        print()
    else:
        for r in results:
            print_result(r, args.detail)
    if args.seeds:
        print(seeds_check())
    return 0


if __name__ == "__main__":
    sys.exit(main())
