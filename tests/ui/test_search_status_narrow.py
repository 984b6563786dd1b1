"""At 80 columns the header's second line is cut at its end: a search's hit count ("2 of 14")
came after the report date and position and was cut off ("search 'the' 2 of …"); it comes
first now, so the user sees which hit of how many."""

from __future__ import annotations

from tests.ui.conftest import fixture_app, reader, settle


async def test_the_hit_count_reads_whole_at_80_columns() -> None:
    app = fixture_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("slash", *"the", "enter", "n")
        await pilot.pause()
        await pilot.pause()
        hits = screen.source.text.lower().count("the")
        assert hits > 9  # enough for "2 of NN" to need room
        header = screen.query_one("#header")
        line = "".join(s.text for s in header.render_line(1)).rstrip()
        assert f"2 of {hits}" in line, line
