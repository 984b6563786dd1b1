"""With one report there is nothing to compare: the footer does not offer `c`, and `c` says why
rather than doing nothing; with two it is offered and opens the comparison."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets._footer import FooterKey

from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from tests.ui.conftest import reader, settle
from tests.ui.fakes import fake_analyse

TEXT = "date 2024-03-12\n\nTwo people were hurt when a van hit a wall on Mill Road on Tuesday.\n"


def offered(app: ReaderApp) -> list[str]:
    """The descriptions of the keys the footer shows."""
    keys = app.screen.query(FooterKey)
    return [k.description for k in keys if k.display and k.description]


async def test_one_report_footer_has_no_compare_and_c_says_why(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus({"only.txt": TEXT}), analyser=fake_analyse)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        for _ in range(20):
            await pilot.pause(0.02)
        shown = offered(app)
        assert "Date" in shown  # the footer is there
        assert "Compare" not in shown
        await pilot.press("c")
        await pilot.pause(0.1)
        assert app.screen is reader(pilot)
        said = [n.message for n in app._notifications]
        assert any("at least two reports" in m for m in said)


async def test_two_reports_footer_offers_compare(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    app = ReaderApp(make_corpus({"a.txt": TEXT, "b.txt": TEXT}), analyser=fake_analyse)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        for _ in range(20):
            await pilot.pause(0.02)
        assert "Compare" in offered(app)
