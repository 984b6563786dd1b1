"""A DCT the user sets with `d` is kept in the marks database and used on the next launch."""

from __future__ import annotations

import shutil
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import DctSource
from incident_reader.core.store import Store
from incident_reader.ui.app import ReaderApp
from tests.ui.conftest import FIXTURES, settle
from tests.ui.fakes import fake_analyse


async def test_d_stores_the_dct_for_the_next_launch(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder)
    corpus = load_corpus([folder])
    store = Store.open(folder)
    app = ReaderApp(corpus, analyser=fake_analyse, store=store)
    report_id = corpus.reports[0].id
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("d", "ctrl+a", "ctrl+k", *"2020-02-29", "enter")
        await settle(pilot)
    assert Store.open(folder).get_dcts() == {report_id: "2020-02-29"}

    again = ReaderApp(corpus, dct_overrides=Store.open(folder).get_dcts(), analyser=fake_analyse)
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        analysis = again.state.analyses[report_id]
        assert (analysis.dct, analysis.dct_source) == ("2020-02-29", DctSource.USER)
