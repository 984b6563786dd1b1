"""`d` reads a report date as the reports write dates and says which day it understood; `z` after
`d` takes the date back (review s22 #15: "7 June 2018" was "Not a date", and z said "Nothing to
undo")."""

from __future__ import annotations

import pytest

from incident_reader.core.model import DctSource
from incident_reader.ui.screens.dct import DctScreen
from incident_reader.ui.timefmt import parse_dct
from tests.ui.conftest import fixture_app, reader, settle


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("7 June 2018", "2018-06-07"),
        ("June 7, 2018", "2018-06-07"),
        ("7th of June 2018", "2018-06-07"),
        ("Sept. 3, 2019", "2019-09-03"),
        ("07/06/2018", "2018-06-07"),  # day first
        ("3.11.2021", "2021-11-03"),
        ("7 June 2018 14:30", "2018-06-07T14:30"),
    ],
)
def test_d_reads_the_date_forms_of_the_reports(written: str, value: str) -> None:
    assert parse_dct(written) == value


@pytest.mark.parametrize("bad", ["31/02/2018", "13/13/2018", "June 2018", "7 Juno 2018"])
def test_d_refuses_what_is_no_day(bad: str) -> None:
    assert parse_dct(bad) is None


async def test_d_says_the_day_it_understood_and_z_takes_it_back() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        report_id = app.state.reports[0].id
        own = app.state.analyses[report_id].dct
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DctScreen)
        await pilot.press("ctrl+a", "ctrl+k", *"07/06/2018", "enter")
        await settle(pilot)
        assert app.screen is screen
        assert app.state.dct_overrides == {report_id: "2018-06-07"}
        said = [n.message for n in app._notifications]
        assert any("Thursday 7 June 2018 (2018-06-07)" in m for m in said), said
        await pilot.press("z")
        await settle(pilot)
        assert app.state.dct_overrides == {}
        analysis = app.state.analyses[report_id]
        assert (analysis.dct, analysis.dct_source) == (own, DctSource.HEADER)
        said = [n.message for n in app._notifications]
        assert any(m.startswith("Undone") for m in said), said
        assert not any("Nothing to undo" in m for m in said)
