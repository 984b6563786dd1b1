"""A mark made on a comparison row applies to the report's whole statement: the mention the row
shows and its echoes (the headline, a repeat), not a mention where the report says otherwise;
one z takes them all back."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import ItemRef, Store
from incident_reader.ui.app import ReaderApp
from tests.ui.test_compare import open_compare
from tests.ui.test_compare_marks import go_to

# Invented reports: the port-side one says 3 in its headline, lead and a quote, and 2 once.
PORT = """Three killed as crane falls on Harlow quay
Date: 2024-10-02

Three dock workers were killed on Tuesday afternoon when a crane collapsed onto the quay at \
Harlow port, the harbour authority said.

A union official said two workers had died.

Three men lost their lives in the collapse, according to the coroner's office.
"""
GAZETTE = """Harlow port crane collapse leaves four dead
Date: 2024-10-02

Four people were killed on Tuesday when a crane collapsed at Harlow port, the harbour authority \
said.
"""


def killed(app: ReaderApp, article: str) -> dict[str, str]:
    """Each of a report's killed mentions (its words) -> its mark's status."""
    analysis = app.state.analyses[article]
    text = analysis.report.text
    return {
        text[f.start : f.end].lower(): app.state.marks.status_of(
            article, ItemRef(article, "fact", f.kind, f.start, f.end)
        )
        for f in analysis.facts
        if f.kind == "casualties.killed"
    }


async def test_a_row_mark_covers_every_mention_of_the_statement(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "port.txt").write_text(PORT, encoding="utf-8")
    (corpus / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    store = Store.open(corpus, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([corpus]), store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.killed", pilot)
        assert row.status == "conflict"
        assert len(killed(app, "port")) == 4 and len(killed(app, "gazette")) >= 1
        await pilot.press(*("m" if screen.a == "port" else "mm"), "v")  # the port report alone
        await pilot.pause()
        port = killed(app, "port")
        assert {w: s for w, s in port.items() if "two" not in w} == {
            "three killed": "verified",
            "three dock workers were killed": "verified",
            "three men lost their lives": "verified",
        }, port
        assert [s for w, s in port.items() if "two" in w] == ["unverified"]  # it says otherwise
        assert set(killed(app, "gazette").values()) == {"unverified"}
        report = next(r for r in app.state.reports if r.id == "port")
        assert len([m for m in store.all_marks() if m.report_id == report.id]) == 3  # written
        await pilot.press("z")  # one key took them: one undo gives them all back
        await pilot.pause()
        assert set(killed(app, "port").values()) == {"unverified"}
        other = "B" if screen.a == "port" else "A"
        while screen.marking_side != other:
            await pilot.press("m")
        await pilot.press("x")  # the other report alone: all its mentions of 4
        await pilot.pause()
        assert set(killed(app, "gazette").values()) == {"disputed"}
        assert set(killed(app, "port").values()) == {"unverified"}
    store.close()
