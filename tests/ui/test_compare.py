"""Pilot tests of the comparison view: opening it, scrolling in step, f/F, filter, 3+ reports."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from textual.binding import Binding
from textual.pilot import Pilot

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Corpus, FactPair, Report, ReportAnalysis
from incident_reader.core.store import ItemRef, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.compare import COMPARE_BINDINGS, CompareScreen
from incident_reader.ui.screens.help import HelpScreen
from incident_reader.ui.screens.reader import ReaderScreen
from incident_reader.ui.widgets.compare_source import layer_of
from incident_reader.ui.widgets.compare_table import CompareRow
from tests.ui.conftest import settle
from tests.ui.fakes import fake_analyse

FIXTURES = Path(__file__).parent / "fixtures_compare"
SMALL = (120, 16)  # small enough that both reports need scrolling


def compare_app(store: Store | None = None) -> ReaderApp:
    """The reader on the two fixture reports of one crash, with the deterministic analyser."""
    return ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse, store=store)


async def open_compare(pilot: Pilot[None]) -> CompareScreen:
    """Press c in the reader and wait until the comparison has arrived."""
    await settle(pilot)
    await pilot.press("c")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    for _ in range(50):
        if screen.index is not None:
            break
        await pilot.pause(0.02)
    assert screen.index is not None
    await pilot.pause()
    return screen


def spans(screen: CompareScreen, article: str, status: str) -> list[tuple[int, int]]:
    """The spans one report's pane draws with a status now."""
    view = screen.view_of(article)
    layer = view._layers.get(layer_of(status))
    return list(layer.spans) if layer else []


def compare_rows(screen: CompareScreen) -> list[CompareRow]:
    return [r for r in screen.table.rows if isinstance(r, CompareRow)]


async def test_c_opens_the_comparison_and_escape_or_c_returns() -> None:
    app = compare_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        assert (screen.a, screen.b) == ("a_morning", "b_evening")
        kinds = {(r.kind, r.status) for r in compare_rows(screen)}
        assert ("casualties.injured", "conflict") in kinds
        assert ("casualties.hospitalised", "conflict") in kinds
        assert ("timeline", "match") in kinds
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("c")
        await pilot.pause()
        assert app.screen is screen  # built once, kept between visits
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_shows_comparing_until_every_analysis_is_in() -> None:
    release = threading.Event()

    def slow(report: Report, dct: str | None = None) -> ReportAnalysis:
        if report.id == "b_evening":
            release.wait(60)  # under load the keys below may take seconds to arrive
        return fake_analyse(report, dct)

    app = ReaderApp(load_corpus([FIXTURES]), analyser=slow)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert screen.index is None
        assert "comparing…" in str(screen.query_one("#compare-header").render())
        release.set()
        await settle(pilot)
        for _ in range(50):
            if screen.index is not None:
                break
            await pilot.pause(0.02)
        assert screen.index is not None
        assert "comparing…" not in str(screen.query_one("#compare-header").render())


async def test_scrolling_one_report_highlights_both_and_brings_the_counterpart() -> None:
    app = compare_app()
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_compare(pilot)
        index = screen.index
        assert index is not None
        conflict = next(
            p
            for p in index.pairs_between("a_morning", "b_evening")
            if p.kind == "casualties.hospitalised"
        )
        there = index.counterpart(conflict, "a_morning")
        assert not screen.view_b.is_visible(there.start, there.end)
        here = conflict.a if conflict.a.article == "a_morning" else conflict.b
        screen.view_a.focus()
        await pilot.pause()
        view = screen.view_a
        third = view.scrollable_content_region.height // 3
        for _ in range(40):  # scroll the left report with the keyboard: the fact a third down
            if view.line_of(here.start) - round(view.scroll_y) <= third:
                break
            await pilot.press("j")
        await pilot.pause()
        await pilot.pause()
        assert screen.view_a.is_visible(here.start, here.end)
        assert screen.view_b.is_visible(there.start, there.end)  # the other report followed
        assert (here.start, here.end) in spans(screen, "a_morning", "conflict")
        assert (there.start, there.end) in spans(screen, "b_evening", "conflict")
        row = next(r for r in compare_rows(screen) if r.kind == "casualties.hospitalised")
        assert screen.table.rows.index(row) in screen.table.in_view


async def test_scrolling_the_right_report_leads_too() -> None:
    app = compare_app()
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_compare(pilot)
        screen.view_b.focus()
        await pilot.press("end")
        await pilot.pause()
        await pilot.pause()
        a_start, a_end = screen.view_a.viewport()
        text = screen.view_a.text
        assert "4pm" in text[a_start:a_end]  # B's last moment, 4pm, is told near A's end too
        assert any(text[s:e] == "4pm" for s, e in spans(screen, "a_morning", "match"))


async def test_f_and_shift_f_walk_the_conflicts_in_both_reports() -> None:
    app = compare_app()
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_compare(pilot)
        index = screen.index
        assert index is not None
        conflicts = sorted(
            (p for p in index.pairs_between("a_morning", "b_evening") if p.status == "conflict"),
            key=lambda p: p.a.start if p.a.article == "a_morning" else p.b.start,
        )
        assert len(conflicts) == 2
        seen: list[str] = []
        for key in ("f", "f", "f", "F"):
            await pilot.press(key)
            await pilot.pause()
            current = screen._current
            assert current is not None and isinstance(current.item, FactPair)
            seen.append(current.item.kind)
            there = index.counterpart(current.item, current.article)
            assert screen.view_b._layers["cmp-current"].spans == [(there.start, there.end)]
            assert screen.view_b.is_visible(there.start, there.end)
            assert screen.view_a.is_visible(current.start, current.end)
        first, second = (p.kind for p in conflicts)
        assert seen == [first, second, first, second]  # f wraps round, F goes back


async def test_filter_shows_conflicts_only_then_not_yet_verified(tmp_path: Path) -> None:
    corpus = load_corpus([FIXTURES])
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    reports = {r.id: r for r in corpus.reports}
    analyses = {r.id: fake_analyse(r) for r in corpus.reports}
    for article in ("a_morning", "b_evening"):  # both reports' injured counts are verified
        fact = next(f for f in analyses[article].facts if f.kind == "casualties.injured")
        ref = ItemRef(article, "fact", fact.kind, fact.start, fact.end)
        store.set_status(reports[article], ref, "verified")
    app = ReaderApp(corpus, analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        everything = compare_rows(screen)
        assert {r.status for r in everything} > {"conflict"}
        await pilot.press("s")
        await pilot.pause()
        assert screen.filter == "conflicts"
        assert {r.status for r in compare_rows(screen)} == {"conflict"}
        assert not spans(screen, "a_morning", "match")
        await pilot.press("s")
        await pilot.pause()
        assert screen.filter == "unverified"
        kinds = [r.kind for r in compare_rows(screen) if r.key[0] == "I1"]
        assert "casualties.injured" not in kinds  # verified in both reports
        assert "casualties.hospitalised" in kinds
        await pilot.press("s")
        await pilot.pause()
        assert screen.filter == "all"
        assert len(compare_rows(screen)) == len(everything)
    store.close()


THIRD = """ date 2019-03-05
A day after a van mounted the pavement on the bridge, the council promised new barriers.
The crash happened at 07:37 on Monday, the council said.
5 people were injured, the hospital trust said.
"""


async def test_three_reports_pick_the_pair_and_show_every_value(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    files: dict[str, str | bytes] = {
        p.name: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))
    }
    files["c_next_day.txt"] = THIRD
    app = ReaderApp(make_corpus(files), analyser=fake_analyse)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        assert screen.has_class("-many")
        assert screen.articles == ("a_morning", "b_evening", "c_next_day")
        injured = next(r for r in compare_rows(screen) if r.kind == "casualties.injured")
        assert injured.columns == ("a_morning", "b_evening", "c_next_day")
        assert set(injured.sides) == {"a_morning", "b_evening", "c_next_day"}
        await pilot.press("b")
        await pilot.pause()
        assert (screen.a, screen.b) == ("a_morning", "c_next_day")
        assert screen.view_b.text == next(r.text for r in app.state.reports if r.id == "c_next_day")
        assert compare_rows(screen)[0].columns[:2] == ("a_morning", "c_next_day")
        await pilot.press("a")
        await pilot.pause()
        assert (screen.a, screen.b) == ("b_evening", "c_next_day")
        await pilot.press("a")  # never the report already on the other side
        await pilot.pause()
        assert (screen.a, screen.b) == ("a_morning", "c_next_day")


async def test_two_reports_hide_the_picking_keys_and_keys_are_documented() -> None:
    app = compare_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        active = set(app.active_bindings)
        assert {"f", "F", "s", "c", "escape", "tab", "question_mark"} <= active
        assert "a" not in active and "b" not in active  # nothing else to put side by side
        for binding in COMPARE_BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.id and (binding.tooltip or not binding.show), binding
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_command_palette_runs_the_comparison_actions() -> None:
    app = compare_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Next conflict")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert screen._current is not None and screen._current.status == "conflict"


async def test_one_report_failing_leaves_nothing_to_compare() -> None:
    def failing(report: Report, dct: str | None = None) -> ReportAnalysis:
        if report.id == "b_evening":
            raise ValueError("broken")
        return fake_analyse(report, dct)

    app = ReaderApp(load_corpus([FIXTURES]), analyser=failing)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        for _ in range(50):
            if "nothing to compare" in str(screen.query_one("#compare-header").render()):
                break
            await pilot.pause(0.02)
        assert "nothing to compare" in str(screen.query_one("#compare-header").render())
        assert screen.index is None
        await pilot.press("f")  # no crash, just a notice
        await pilot.pause()


async def test_clicking_a_fact_shows_its_counterpart_and_row() -> None:
    app = compare_app()
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_compare(pilot)
        view = screen.view_b
        text = view.text
        start = text.index("3 people were taken to hospital")
        view.scroll_to_span(start, start + 5)
        await pilot.pause()
        line = view.line_of(start)
        column = start - view._lines[line][0]
        y = line - round(view.scroll_y) + 1  # + 1: the border
        await pilot.click("#compare-b", offset=(column + 2, y))
        await pilot.pause()
        current = screen._current
        assert current is not None and current.article == "b_evening"
        assert current.kind == "casualties.hospitalised"
        a_text = screen.view_a.text
        (a_start, a_end), *_ = screen.view_a._layers["cmp-current"].spans
        assert a_text[a_start:a_end] == "2 people were taken to hospital"
        assert screen.view_a.is_visible(a_start, a_end)
        row = screen.table.current
        assert isinstance(row, CompareRow) and row.kind == "casualties.hospitalised"


async def test_a_report_read_again_with_a_new_dct_is_compared_again() -> None:
    app = compare_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        before = screen.index
        await pilot.press("escape", "d", "ctrl+a", "ctrl+k", *"2019-03-05", "enter")
        await settle(pilot)
        analysis = app.state.analyses["a_morning"]
        assert analysis.dct == "2019-03-05"
        await pilot.press("c")
        await settle(pilot)
        for _ in range(50):
            if screen.index is not before and screen.index is not None:
                break
            await pilot.pause(0.02)
        assert screen.index is not before and screen.index is not None
        assert screen._signature is not None
        assert ("a_morning", id(analysis)) in screen._signature  # compared with the new reading
