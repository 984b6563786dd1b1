"""Clock times told in a named zone: placed by instant, shown in the incident's local time.

Every sentence is invented. The TIMEX3 value keeps the clock as told (TimeML values carry no
zone); the timeline entry carries the zone and, when the local offset is known, the local time.
"""

from __future__ import annotations

from pathlib import Path

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.analysis import analyse
from incident_reader.core.export import MarkedArticle, to_markdown
from incident_reader.core.model import DctSource, Report, ReportAnalysis, TimelineEntry


def _analysis(text: str, dct: str | None = "2025-06-12", name: str = "r") -> ReportAnalysis:
    source = DctSource.HEADER if dct else DctSource.NONE
    return analyse(Report(name, Path(f"{name}.txt"), name, text, dct, source, name * 40))


def _timeline(text: str, dct: str = "2025-06-12") -> tuple[TimelineEntry, ...]:
    return _analysis(text, dct).timeline


def marked(a: ReportAnalysis) -> MarkedArticle:
    return MarkedArticle(a, (None,) * len(a.timeline), (None,) * len(a.facts))


def _by_words(timeline: tuple[TimelineEntry, ...]) -> dict[str, TimelineEntry]:
    return {e.timex.text: e for e in timeline}


# fmt: off
# (text, the zoned clock's words, its value as told, its zone, its local value or None)
ZONED = [
    # a local clock with the same moment in another zone beside it gives the local offset
    ("The ferry was hit at 9:12pm local time (2012 GMT) on Wednesday.", "2012 GMT", "2025-06-11T20:12", "GMT", "2025-06-11T21:12"),
    ("At 4.05pm Lisbon time (2.05am AEST), a van mounted the kerb. Police arrived at 4.20pm.", "2.05am AEST", "2025-06-12T02:05", "AEST", "2025-06-12T16:05"),
    ("The alarm was raised at 11:30 (09:30 UTC) and the roof fell at 11:50.", "09:30 UTC", "2025-06-12T09:30", "UTC", "2025-06-12T11:30"),
    # the place the report names gives the local zone (the time zone database)
    ("A gas main exploded in central Madrid just after 10:00 GMT on Tuesday, officials said.", "10:00 GMT", "2025-06-10T10:00", "GMT", "2025-06-10T12:00"),
    # no pair and no known place: the zone is kept, the clock not moved
    ("The crane fell at 14:20 GMT, the operator said.", "14:20 GMT", "2025-06-12T14:20", "GMT", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "words", "value", "zone", "local"), ZONED)
def test_a_zoned_clock_keeps_its_value_and_carries_its_zone_and_local_time(
    text: str, words: str, value: str, zone: str, local: str | None
) -> None:
    e = _by_words(_timeline(text))[words]
    assert (e.timex.value, e.zone, e.local) == (value, zone, local)


def test_the_same_moment_in_two_zones_is_placed_once_in_local_order() -> None:
    text = "At 4.05pm Lisbon time (2.05am AEST), a van mounted the kerb. Police arrived at 4.20pm. At 3.50pm a man was seen."
    order = [e.timex.text for e in _timeline(text)]
    assert order == ["3.50pm", "4.05pm Lisbon time", "2.05am AEST", "4.20pm"]


def test_a_zoned_clock_of_unknown_local_time_is_not_placed_among_local_clocks() -> None:
    text = "The crane fell at 14:20 GMT, the operator said. Workers left the site at 15:00 and returned at 9pm."
    order = [e.timex.text for e in _timeline(text)]
    assert order == ["15:00", "9pm", "14:20 GMT"]


def test_clocks_all_told_in_one_zone_are_ordered_among_themselves() -> None:
    text = "The first alarm came at 14:20 GMT. A second blast followed at 13:55 GMT."
    order = [e.timex.text for e in _timeline(text)]
    assert order == ["13:55 GMT", "14:20 GMT"]


def test_markdown_shows_a_zoned_clock_in_local_time_or_with_its_zone() -> None:
    paired = _analysis("At 4.05pm Lisbon time (2.05am AEST), a van mounted the kerb.", None, "a")
    alone = _analysis(
        "The crane fell at 14:20 GMT on Friday, the operator said.", "2025-06-14", "b"
    )
    md = to_markdown([marked(paired), marked(alone)])
    assert "**16:05 (date unknown)** “2.05am AEST”" in md
    assert "02:05" not in md
    assert "14:20 GMT" in md.split("“14:20 GMT”")[0].rsplit("**", 2)[-2]


def test_the_comparison_moves_a_zoned_clock_by_the_offset_another_report_shows() -> None:
    from incident_reader.core.analysis import compare

    a = _analysis(
        "At 4.05pm local time (2.05am AEST) on Monday, a delivery van mounted the kerb outside the market hall and hit six shoppers, the city's police said.",
        "2025-06-10",
        "a",
    )
    b = _analysis(
        "A delivery van mounted the kerb outside the market hall at 2.05am AEST on Tuesday and hit six shoppers, police said.",
        "2025-06-10",
        "b",
    )
    assert [e.local for e in b.timeline if e.zone] == [None]  # its own report gives no local time
    pairs = [p for p in compare([a, b]).pairs if p.kind == "timeline"]
    told = {(p.a.text, p.b.text): p.status for p in pairs}
    # Tuesday 02:05 in Australia is Monday 16:05 where it happened: the same moment
    assert told.get(("4.05pm local time", "2.05am AEST")) == "match", told


@pytest.mark.parametrize(
    ("words", "after", "hours", "label"),
    [
        ("1835 GMT", "", 0, "GMT"),
        ("1.39am AEDT", "", 11, "AEDT"),
        ("9.15pm BST", "", 1, "BST"),
        ("20:15", " (CEST) on", 2, "CEST"),
        ("7.35pm local time", " (1835 GMT)", None, None),  # told as local: the bracket is another
        ("2:39pm London time", " (1.39am AE", None, None),
        ("10.30am", " on Friday", None, None),
    ],
)
def test_the_zone_table_reads_a_clock_s_zone(
    words: str, after: str, hours: float | None, label: str | None
) -> None:
    from datetime import timedelta

    from incident_reader.core.clock_zones import zone_label, zone_of

    zone = zone_of(words, after)
    assert zone == (None if hours is None else timedelta(hours=hours))
    if label is not None:
        assert zone_label(words, after) == label
