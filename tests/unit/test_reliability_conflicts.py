"""Issue 14 item 11: internal conflicts are judged in linear time, with the same verdicts."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.facts.conflicts import (
    COMPARED_KINDS,
    clashes,
    compatible,
    internal_conflicts,
)
from incident_reader.core.model import Fact

counts = st.one_of(
    st.integers(0, 12),
    st.builds(lambda lo, span: {"min": lo, "max": None if span is None else lo + span},
              st.integers(0, 12), st.one_of(st.none(), st.integers(0, 6))),
    st.builds(lambda hi: {"min": None, "max": hi}, st.integers(0, 12)),
)  # fmt: skip
clocks = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
near_clocks = st.builds(lambda m: f"{23 + (m // 60) % 2:02d}:{m % 60:02d}".replace("24:", "00:"),
                        st.integers(50, 75))  # fmt: skip
VALUES = {
    "incident.time": st.one_of(clocks, near_clocks),
    "incident.date": st.sampled_from(["2020-01-01", "2020-01-02", "2020-1-1"]),
    "casualties.injured": counts,
    "suspect.age": counts,
    "speed": counts,
    "vehicle": st.sampled_from(["red van", "van", "blue van", "ford transit", "ford", "red car"]),
}


def pairwise(kind: str, values: list[object], steps: frozenset[int]) -> bool:
    """The definition: some two statements are incompatible."""
    return any(
        not compatible(kind, a, b, steps)  # type: ignore[arg-type]
        for n, a in enumerate(values)
        for b in values[n + 1 :]
    )


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_linear_verdict_is_the_pairwise_verdict(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(sorted(VALUES)))
    values = data.draw(st.lists(VALUES[kind], max_size=7))
    steps = data.draw(st.sampled_from([frozenset(), frozenset({3}), frozenset({2, 3, 4})]))
    assert clashes(kind, values, steps) == pairwise(kind, values, steps)


def _facts(kind: str, values: list[object]) -> list[Fact]:
    return [Fact(kind, v, i * 10, i * 10 + 5, "x", "i0") for i, v in enumerate(values)]  # type: ignore[arg-type]


def test_ten_thousand_repeated_statements_take_milliseconds() -> None:
    facts = _facts("casualties.injured", [3] * 10_000) + _facts("incident.time", ["07:30"] * 10_000)
    facts += _facts("vehicle", ["silver van"] * 10_000)
    started = time.process_time()
    assert internal_conflicts(facts, "i0") == ()
    assert time.process_time() - started < 1.0  # every pair: minutes


def test_thousands_of_distinct_compatible_ranges_take_milliseconds() -> None:
    ranges = [{"min": n, "max": None} for n in range(20_000)]  # "at least n": all overlap
    clocks = [f"07:{m:02d}" for m in range(30, 39)] * 2_000
    started = time.process_time()
    assert not clashes("casualties.killed", ranges)
    assert not clashes("incident.time", clocks)
    assert clashes("casualties.killed", [*ranges, {"min": None, "max": 3}, 7])
    assert time.process_time() - started < 1.0


def test_every_compared_kind_has_a_verdict() -> None:
    for kind in COMPARED_KINDS:
        clashes(kind, [])
