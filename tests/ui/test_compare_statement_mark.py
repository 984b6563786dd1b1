"""The comparison shows a report's statement with the mark of any of its mentions: a figure the
user verified in the reader where the report repeats it (not at the mention the table's row
shows) reads verified in the table, and counts as verified for the "not yet verified" filter; a
mention where the report says otherwise lends the statement nothing; a note on a repeat shows ✎
and `e` opens on it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Report
from incident_reader.core.store import ItemRef, Store
from incident_reader.ui.app import ReaderApp
from tests.ui.test_compare import open_compare
from tests.ui.test_compare_marks import go_to

# Invented reports. The wire tells its toll three times and once a different figure.
WIRE = """Five dead after bus leaves mountain road near Veldra
Date: 2031-03-14

Five passengers were killed early on Friday when a coach slid off a mountain road near the \
village of Veldra, the regional fire service said.

A local radio station earlier reported that six people had been killed.

The fire service confirmed that five people died and 22 were taken to hospital in Tarnow.
"""
DAILY = """Veldra coach crash: toll stands at five
Date: 2031-03-14

Five people lost their lives on Friday when a coach came off the road above Veldra, officials \
said.
"""


def mentions(screen: object, article: str) -> list[ItemRef]:
    """The refs of a report's killed mentions, the row's own first, then its repeats."""
    row = next(r for r in screen.table.rows if getattr(r, "kind", "") == "casualties.killed")  # type: ignore[attr-defined]
    side = row.sides[article]
    spans = screen.index.mentions(row.key[0], row.kind, side)  # type: ignore[attr-defined]
    return [ItemRef(article, "fact", row.kind, s, e) for s, e in spans]


def report(app: ReaderApp, article: str) -> Report:
    return next(r for r in app.state.reports if r.id == article)


def _two_reports(tmp_path: Path) -> tuple[ReaderApp, Store]:
    """The wire and the daily in a folder of their own, with a marks store."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.txt").write_text(WIRE, encoding="utf-8")
    (corpus / "daily.txt").write_text(DAILY, encoding="utf-8")
    store = Store.open(corpus, db_path=tmp_path / "marks.db", reviewer="tester")
    return ReaderApp(load_corpus([corpus]), store=store), store


async def test_a_repeat_marked_in_the_reader_marks_the_row(tmp_path: Path) -> None:
    app, store = _two_reports(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.killed", pilot)
        assert row.marks.get("wire") == "unverified"
        refs = mentions(screen, "wire")
        assert len(refs) >= 2, refs  # the row's own mention and at least one repeat
        text = app.state.analyses["wire"].report.text
        assert all("six" not in text[r.start : r.end].lower() for r in refs)  # says otherwise
        await pilot.press("escape")  # to the reader, as a user marks there
        await pilot.pause()
        app.state.marks.set_status(report(app, "wire"), refs[-1], "verified")  # a repeat only
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.killed", pilot)
        assert row.marks.get("wire") == "verified"
        assert row.marks.get("daily") == "unverified"
        screen.filter = "unverified"  # the row stays: the daily's statement is not verified
        screen._fill_table()
        assert screen._one_side == 1
    store.close()


async def test_a_mention_saying_otherwise_lends_nothing_and_a_repeats_note_shows(
    tmp_path: Path,
) -> None:
    app, store = _two_reports(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        refs = mentions(screen, "wire")
        analysis = app.state.analyses["wire"]
        own = {(r.start, r.end) for r in refs}
        other = [
            f
            for f in analysis.facts
            if f.kind == "casualties.killed" and (f.start, f.end) not in own
        ]
        await pilot.press("escape")
        await pilot.pause()
        wire = report(app, "wire")
        assert other  # the radio station's count is read
        for fact in other:  # the radio's six: another figure, disputed by the user
            app.state.marks.set_status(
                wire, ItemRef("wire", "fact", fact.kind, fact.start, fact.end), "disputed"
            )
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.killed", pilot)
        assert row.marks.get("wire") == "unverified"  # the six is no mention of the five
        await pilot.press("escape")
        await pilot.pause()
        app.state.marks.set_note(wire, refs[-1], "fire service bulletin 09:10")
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.killed", pilot)
        assert "wire" in row.notes
        while screen.marking_side != ("A" if screen.a == "wire" else "B"):
            await pilot.press("m")
        await pilot.press("e")
        await pilot.pause()
        box = app.screen.query_one(Input)
        assert box.value == "fire service bulletin 09:10"  # the note the ✎ stands for
    store.close()
