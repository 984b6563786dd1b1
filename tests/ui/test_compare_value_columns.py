"""The comparison's values stand in columns whatever the marks: a note on one statement moved that
row's value a character right and took it from the value ("2017-08-…" beside "2017-08-17" one row
up, review s27); a figure in a column beyond the two side by side is never cut to fit the column
in (the column is left out, its report told by the summary line); a bounded count too long for
its cell is written short ("101+"), not cut to "at lea… 101"."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.style import Style

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Corpus, FactValue, PairSide
from incident_reader.core.store import STATUS_SYMBOLS, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_header import CompareHeader
from incident_reader.ui.widgets.compare_table import (
    KIND_WIDTH,
    SYMBOL_WIDTH,
    ColumnNeeds,
    ColumnsRow,
    CompareRow,
    side_label,
)
from incident_reader.ui.widgets.fit import SHORT_BOUNDS, fit, short_bounds
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare import FIXTURES, compare_rows, open_compare
from tests.ui.test_compare_marks import go_to

STYLE: Callable[[str], Style] = lambda name: Style()  # noqa: E731
REPORTS = ("north-wire-20250301", "harbour-post-20250302", "valley-echo-20250303", "ledger-0304")


def _needs(rows: list[CompareRow]) -> ColumnNeeds:
    """The table's shared needs, as compare_rows builds them."""
    needs = ColumnNeeds({r: 1 for r in REPORTS})
    for row in rows:
        row.needs = needs
        for article, side in row.sides.items():
            chars = len(str(side.value)) if not isinstance(side.value, dict) else 12
            needs.chars[article] = max(needs.chars[article], chars)
            needs.firm[article] = max(needs.firm.get(article, 1), chars)
        needs.noted = needs.noted or bool(row.notes)
    return needs


def _row(kind: str, values: dict[str, FactValue]) -> CompareRow:
    sides = {r: PairSide(r, v, "said", 0, 4) for r, v in values.items()}
    return CompareRow(("I1", kind, 0), kind, "match", sides, REPORTS)


def _line(row: CompareRow, width: int) -> str:
    return row.lines(width, STYLE, Console(width=width))[0].plain


def _starts(line: str, values: list[str]) -> list[int]:
    at, starts = 0, []
    for value in values:
        at = line.index(value, at)
        starts.append(at)
        at += len(value)
    return starts


def test_a_note_leaves_every_value_under_the_one_above() -> None:
    dates = _row("incident.date", dict.fromkeys(REPORTS, "2025-03-01"))
    killed = _row("casualties.killed", dict(zip(REPORTS, (4, 4, 5, 4), strict=True)))
    ages = _row("suspect.age", dict(zip(REPORTS, (31, 31, 32, 31), strict=True)))
    rows = [dates, killed, ages]
    _needs(rows)
    plain = [_starts(_line(r, 120), [str(v.value) for v in r.sides.values()]) for r in rows]
    # a note on one statement of one row, another row verified and disputed without a note
    killed.notes = frozenset({REPORTS[1]})
    ages.marks = {REPORTS[0]: "verified", REPORTS[2]: "disputed"}
    _needs(rows)
    for row, before in zip(rows, plain, strict=True):
        line = _line(row, 120)
        values = [str(v.value) for v in row.sides.values()]
        assert _starts(line, values) == _starts(_line(dates, 120), ["2025-03-01"] * 4), line
        assert all(v in line for v in values), line  # whole: the note took no character
        assert before != [] and len(before) == len(values)
    assert "✎ 4" in _line(killed, 120) and STATUS_SYMBOLS["verified"] + "  31" in _line(ages, 120)


def test_the_names_above_the_columns_move_with_the_values() -> None:
    killed = _row("casualties.killed", dict(zip(REPORTS, (4, 4, 5, 4), strict=True)))
    killed.notes = frozenset({REPORTS[0]})
    needs = _needs([killed])
    heading = ColumnsRow(["A aa", "B bb", "cc", "dd"], REPORTS, needs)
    head = heading.lines(120, STYLE, Console(width=120))[0].plain
    line = _line(killed, 120)
    names = [head.index(n) for n in ("A aa", "B bb", "cc", "dd")]
    assert names == _starts(line, ["4", "4", "5", "4"])


def test_no_figure_is_cut_to_fit_a_third_column_in() -> None:
    days = ("2025-03-01", "2025-03-01", "2025-03-01", "2025-02-28")
    dates = _row("incident.date", dict(zip(REPORTS, days, strict=True)))
    bounds = _row("casualties.injured", {REPORTS[0]: {"min": 101, "max": None}, REPORTS[3]: 12})
    _needs([dates, bounds])
    for width in (40, 60, 64, 72, 80, 96, 110, 140):
        for row in (dates, bounds):
            line = _line(row, width)
            for side in row.sides.values():
                shown = row.needs.shown(width, REPORTS)
                if side.article in shown:
                    figure = str(side.value) if not isinstance(side.value, dict) else "101"
                    assert figure in line, (width, line)
            assert not re.search(r"\d…", line), (width, line)
    assert len(dates.needs.shown(140, REPORTS)) == 4
    # 12 cells a column leave a value 9 characters: enough for a word, not for a date
    assert len(dates.needs.shown(64, REPORTS)) == 3
    assert dates.needs.shown(40, REPORTS) == REPORTS[:2]


def test_a_bounded_count_too_long_for_its_cell_is_written_short() -> None:
    for long, short in SHORT_BOUNDS:  # the table's own examples
        assert short_bounds(long) == short
        assert fit(long, len(short)) == short
    assert fit("at least 1,200", 12) == "1,200+"
    assert fit("at least 40", 20) == "at least 40"  # room enough: the words stay
    assert fit("at most 3 people hurt", 9) == "≤3 peopl…"
    # near misses: no bound of a count
    for text in ("at least 3pm", "flat least 3", "at leastx 3", "at least 2,3x"):
        assert short_bounds(text) == text, text


async def test_a_note_in_the_comparison_keeps_the_column(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        await go_to(screen, "casualties.injured", pilot)
        await pilot.press("e", *"rang the hospital", "enter")
        await pilot.pause()
        width = screen.table.scrollable_content_region.width
        starts, notes = set(), 0
        for row in compare_rows(screen):
            side = row.sides.get(screen.a)
            if side is None:
                continue
            line = row.lines(width, STYLE, Console(width=width))[0].plain
            starts.add(line.index(side_label(side, row.kind)[:4], SYMBOL_WIDTH + KIND_WIDTH))
            notes += line.count("✎")
        assert len(starts) == 1 and notes == 2, (starts, notes)
    store.close()


async def test_the_header_says_how_many_reports_have_a_column(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    from tests.ui.test_compare_many import _app

    app = _app(make_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        await pilot.pause(0.1)
        header = str(screen.query_one(CompareHeader).render())
        assert "3 in all" in header and "in the table" not in header, header
        await pilot.resize_terminal(104, 30)  # two columns: the third report's is left out
        for _ in range(20):
            await pilot.pause(0.05)
        assert screen.table.columns_shown() == 2
        header = str(screen.query_one(CompareHeader).render())
        assert "3 in all, 2 in the table" in header, header
