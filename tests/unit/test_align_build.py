"""Hand-built analyses for the comparison tests: facts and incidents located by their quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from incident_reader.core.model import (
    DctSource,
    Fact,
    FactValue,
    Incident,
    Report,
    ReportAnalysis,
    TimelineEntry,
    Timex,
)


@dataclass
class Told:
    """An incident as a test states it: the quote that tells it, and its date and place."""

    id: str
    quote: str
    date: str | None = None
    place: str | None = None
    main: bool = False
    facts: list[tuple[str, str, FactValue]] = field(default_factory=list)  # kind, quote, value
    timeline: list[tuple[str, str]] = field(default_factory=list)  # quote, TIMEX3 value


def locate(text: str, quote: str, after: int = 0) -> int:
    """Offset of ``quote`` in ``text`` (the first at or after ``after``); fails loudly if absent."""
    at = text.find(quote, after)
    if at < 0:
        at = text.find(quote)
    assert at >= 0, f"quote not in text: {quote!r}"
    return at


def build(
    report_id: str, text: str, incidents: list[Told], dct: str | None = None
) -> ReportAnalysis:
    """A ReportAnalysis whose facts, incidents and timeline sit exactly on the given quotes."""
    report = Report(
        report_id, Path(f"{report_id}.txt"), report_id, text, dct, DctSource.HEADER, "0"
    )
    facts, made, timeline = [], [], []
    for told in incidents:
        start = locate(text, told.quote)
        made.append(
            Incident(
                told.id,
                told.main,
                told.date,
                told.place,
                summary=told.quote,
                start=start,
                end=start + len(told.quote),
            )
        )
        for kind, quote, value in told.facts:
            at = locate(text, quote, start)
            facts.append(Fact(kind, value, at, at + len(quote), quote, told.id))
        for quote, value in told.timeline:
            at = locate(text, quote, start)
            timex = Timex(at, at + len(quote), quote, "DATE" if "T" not in value else "TIME", value)
            timeline.append(TimelineEntry(timex, None, told.id))
    return ReportAnalysis(
        report=report,
        dct=dct,
        dct_source=DctSource.HEADER,
        timeline=tuple(timeline),
        facts=tuple(facts),
        incidents=tuple(made),
    )


def test_build_places_every_fact_on_its_quote() -> None:
    text = "A van hit a stall at 11.40am. Nine people were injured."
    told = Told(
        "i0", text, "2024-06-15", main=True, facts=[("casualties.injured", "Nine people", 9)]
    )
    told.timeline.append(("11.40am", "2024-06-15T11:40"))
    analysis = build("r", text, [told])
    fact = analysis.facts[0]
    assert text[fact.start : fact.end] == fact.text == "Nine people"
    assert analysis.timeline[0].timex.text == "11.40am"


def test_build_fails_on_a_missing_quote() -> None:
    with pytest.raises(AssertionError):
        build("r", "text", [Told("i0", "absent")])
