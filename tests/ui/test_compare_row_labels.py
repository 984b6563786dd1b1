"""A comparison row is labelled by the two values it shows, never by a repeat worded otherwise."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.align.index import ComparisonIndex
from incident_reader.core.analysis import analyse_corpus, compare
from incident_reader.core.loading import load_corpus
from incident_reader.ui.widgets.compare_table import CompareRow, compare_rows

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_each_row_of_the_seeds_is_labelled_by_the_values_it_shows() -> None:
    analyses = analyse_corpus(load_corpus([SEEDS]))
    index = ComparisonIndex(compare(analyses), analyses)
    a, b = (x.report.id for x in analyses)
    rows, _ = compare_rows(index, a, b, (a, b), (a, b))
    shown = [r for r in rows if isinstance(r, CompareRow) and r.kind != "timeline"]
    both = [r for r in shown if a in r.sides and b in r.sides]
    assert both, "the seeds share facts"
    for row in both:
        sides = {(row.sides[a].start, row.sides[a].end), (row.sides[b].start, row.sides[b].end)}
        own = [
            p.status
            for p in index.comparison.pairs
            if p.kind == row.kind and {(p.a.start, p.a.end), (p.b.start, p.b.end)} == sides
        ]
        assert own and row.status == own[0], (row.kind, row.sides[a].value, row.sides[b].value)
    places = [r for r in both if r.kind == "incident.place"]
    assert any(r.sides[a].value == r.sides[b].value and r.status == "match" for r in places)
