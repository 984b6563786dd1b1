"""The words of marked items take their mark's colour in the text, and lose it when unmarked."""

from __future__ import annotations

from pathlib import Path

from incident_reader.ui.widgets.fact_list import FactRow
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import reader, settle
from tests.ui.test_marks import marked_app


def layer(screen: object, name: str) -> list[tuple[int, int]]:
    found = screen.source._layers.get(name)  # type: ignore[attr-defined]
    return list(found.spans) if found else []


async def test_marked_words_are_coloured_by_status_in_the_text(tmp_path: Path) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        entry = screen.timeline.current
        assert isinstance(entry, TimelineRow)
        span = (entry.entry.start, entry.entry.end)
        assert span not in layer(screen, "marked-verified")
        await pilot.press("v")
        await pilot.pause()
        assert span in layer(screen, "marked-verified")
        await pilot.press("x")
        await pilot.pause()
        assert span not in layer(screen, "marked-verified")
        assert span in layer(screen, "marked-disputed")
        line = screen.source.line_of(span[0]) - round(screen.source.scroll_y)
        drawn = screen.source.render_line(line)
        disputed = screen.source.get_component_rich_style("source-view--marked-disputed")
        assert any(seg.style and seg.style.color == disputed.color for seg in drawn)
        await pilot.press("u")
        await pilot.pause()
        assert span not in layer(screen, "marked-disputed")


async def test_facts_marks_colour_their_evidence_and_follow_the_open_report(
    tmp_path: Path,
) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("t")
        await pilot.pause()
        fact = screen.facts.current
        assert isinstance(fact, FactRow)
        await pilot.press("i")
        await pilot.pause()
        assert fact.span in layer(screen, "marked-inconclusive")
        await pilot.press("right_square_bracket")  # the next report: its own (no) marks
        await settle(pilot)
        assert layer(screen, "marked-inconclusive") == []
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert fact.span in layer(screen, "marked-inconclusive")
