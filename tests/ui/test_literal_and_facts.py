"""Report text is shown literally; the facts pane groups facts and lights their evidence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from incident_reader.core.model import (
    Corpus,
    DctSource,
    Fact,
    FactValue,
    Incident,
    InternalConflict,
    Report,
    ReportAnalysis,
)
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.fact_list import FactList, FactRow
from incident_reader.ui.widgets.report_header import ReportHeader
from incident_reader.ui.widgets.row_list import TextRow
from tests.ui.conftest import reader, settle
from tests.ui.fakes import fake_analyse

HOSTILE = (
    "[bold]x[/bold] and [link=http://evil.example]click[/link] at 7.30am.\n"
    "Then \x1b[31mred\x1b[0m text, a bell\x07 and a tab\there at 9.15am.\n"
)


def _screen_text(app: ReaderApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_markup_and_escapes_render_literally(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    corpus = make_corpus({"[red]hostile.txt": HOSTILE})
    app = ReaderApp(corpus, analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        source = screen.source
        # offsets stay 1:1: the shown text has exactly the report's length
        assert len(source._shown) == len(source.text)
        second = source.line_of(source.text.index("Then"))
        lines = [source.render_line(y).text for y in range(second + 1)]
        assert lines[0].startswith("[bold]x[/bold] and [link=http://evil.example]click[/link]")
        assert lines[second].startswith("Then \u241b[31mred\u241b[0m text, a bell\u2407 and a tab")
        for y in range(second + 1):
            for segment in source.render_line(y):
                assert not (segment.style and segment.style.link)
        shown = _screen_text(app)
        assert "[bold]x[/bold]" in shown  # title in the header and the list, clause in timeline
        assert shown.count("[link=http://evil.example]") == 2  # header and source
        assert shown.count("\u241b[31mred") == 2  # source and the 9.15am clause in the timeline
        assert "\x1b" not in shown and "\x07" not in shown
        header = screen.query_one(ReportHeader).plain
        assert "[bold]x[/bold]" in str(header)
        assert "Text · [red]hostile.txt" in shown  # the file name in the pane's border


def _hand_made(report: Report, dct: str | None = None) -> ReportAnalysis:
    text = report.text

    def fact(kind: str, value: FactValue, words: str, incident: str) -> Fact:
        start = text.index(words)
        return Fact(kind, value, start, start + len(words), words, incident, "police")

    facts = (
        fact("casualties.injured", 3, "three people were hurt", "main"),
        fact("vehicle", "silver ford fiesta", "silver Ford Fiesta", "main"),
        fact("casualties.killed", 5, "Five people were killed", "earlier"),
        fact("casualties.injured", {"min": 4, "max": None}, "at least four injured", "main"),
    )
    return ReportAnalysis(
        report=report,
        dct="2018-08-14",
        dct_source=DctSource.HEADER,
        facts=facts,
        incidents=(
            Incident("earlier", False, date="2017-03-22", place="westminster bridge"),
            Incident("main", True, date="2018-08-14", place="westminster"),
        ),
        internal_conflicts=(InternalConflict("casualties.injured", (0, 3)),),
    )


FACTS_TEXT = (
    "A silver Ford Fiesta hit a barrier and three people were hurt.\n"
    + "Filler sentence about the scene.\n" * 60
    + "Police later said at least four injured.\n"
    + "In March 2017 Five people were killed on the bridge.\n"
)


async def test_facts_pane_groups_by_incident_and_lights_evidence(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    corpus = make_corpus({"facts.txt": FACTS_TEXT})
    app = ReaderApp(corpus, analyser=_hand_made)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.focused, FactList)
        rows = screen.facts.rows
        labels = [r.text for r in rows if isinstance(r, TextRow) and r.text]
        # main incident first, the earlier one after it and apart, kinds in their fixed order;
        # the text tells no day of the main incident: its date is only the report's own
        assert labels == [
            "Main incident · undated (by 2018-08-14: the report's date) · westminster",
            "injured",
            "vehicle",
            "Earlier incident · 2017-03-22 · westminster bridge",
            "killed",
        ]
        facts = [r for r in rows if isinstance(r, FactRow)]
        assert [f.fact.text for f in facts] == [
            "three people were hurt",
            "at least four injured",
            "silver Ford Fiesta",
            "Five people were killed",
        ]
        assert [f.conflict for f in facts] == [True, True, False, False]
        cursor_row = screen.facts.current
        assert isinstance(cursor_row, FactRow) and cursor_row.fact.text == "silver Ford Fiesta"
        await pilot.press("end")
        await pilot.pause()
        evidence = screen.facts.current
        assert isinstance(evidence, FactRow)
        span = (evidence.fact.start, evidence.fact.end)
        assert screen.source._layers["fact"].spans == [span]
        assert screen.source.is_visible(*span)
        assert round(screen.source.scroll_y) > 0
        await pilot.press("t")
        await pilot.pause()
        assert screen.source._layers["fact"].spans == []


async def test_skipped_files_are_visible(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    corpus = make_corpus({"good.txt": "At 7.30am a car crashed.\n", "zero.txt": b""})
    assert [s.path.name for s in corpus.skipped] == ["zero.txt"]
    app = ReaderApp(corpus, analyser=fake_analyse)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert any("zero.txt" in n.message for n in app._notifications)
        rows = reader(pilot).reports.rows
        assert isinstance(rows[-1], TextRow) and "zero.txt" in rows[-1].text
        assert not rows[-1].selectable


def test_fixture_paths_exist() -> None:
    assert (Path(__file__).parent / "fixtures" / "a_bridge.txt").is_file()


async def test_header_shows_dct_source_and_note_literally(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    corpus = make_corpus({"x.txt": "On Tuesday [bold]it[/bold] happened.\n"})

    def inferred(report: Report, dct: str | None = None) -> ReportAnalysis:
        return ReportAnalysis(
            report, "2018-08-14", DctSource.INFERRED, dct_note="on the Tuesday [bold]it[/bold]"
        )

    app = ReaderApp(corpus, analyser=inferred)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        header = reader(pilot).query_one(ReportHeader).plain
        assert "Report date 2018-08-14 (inferred)" in header
        assert "dated by on the Tuesday [bold]it[/bold]" in header
