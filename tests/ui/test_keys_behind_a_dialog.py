"""Keys typed right behind a key that opens a dialog reach the dialog (reader review s28 #5): "d"
then "07/06/2018" and Enter, all in the input queue at once as a fast typist or a busy machine
delivers them, set the date; the keys used to go to the list under the cursor before the dialog
had opened, and the box read "Not a date"."""

from __future__ import annotations

from textual import events

from incident_reader.ui.screens.dct import DctScreen
from tests.ui.conftest import fixture_app, reader, settle

CHARS = {"/": "slash"}


def _burst(app: object, keys: list[str]) -> None:
    """Queue every key at once, none waiting for the one before to be handled (Pilot.press waits
    between keys, which hides the race)."""
    for key in keys:
        name = CHARS.get(key, key)
        char = key if len(key) == 1 else None
        app.post_message(events.Key(name, char))  # type: ignore[attr-defined]


async def test_a_date_typed_behind_d_reaches_the_date_box() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        report_id = app.state.reports[0].id
        _burst(app, ["d", *"07/06/2018", "enter"])  # the box opens with its text selected
        await settle(pilot)
        assert app.screen is screen
        assert app.state.dct_overrides == {report_id: "2018-06-07"}


async def test_keys_behind_d_are_typed_in_the_box_not_run_on_the_list() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        _burst(app, ["d", "j", "k"])
        await settle(pilot)
        assert isinstance(app.screen, DctScreen)
        assert app.screen.query_one("Input").value == "jk"  # type: ignore[attr-defined]
