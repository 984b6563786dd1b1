"""`c`: open the comparison, asking first which reports to compare when there are many. Kept apart
from the comparison screen, whose import brings the whole pipeline (seconds on a cold or busy
machine): the picker needs none of it, so it opens without waiting for that import."""

from __future__ import annotations

from textual.app import App

from incident_reader.ui.state import ReaderState

SCREEN_NAME = "compare"
# Seconds between the notice and the work it announces: the notice is drawn first.
NOTICE_FIRST = 0.05


def open_compare(app: App[None], state: ReaderState, report_index: int) -> None:
    """Show the comparison view, built once per app and kept (with its choices) between visits;
    with many reports, first ask which to compare (a column per report)."""
    from incident_reader.ui.widgets.compare_picker import PICK_OVER, ComparePicker

    count = len(state.reports)
    if count < 2:
        app.notify("Comparing needs at least two reports.", severity="warning", markup=False)
        return
    if count <= PICK_OVER:
        _show(app, state, report_index, None)
        return

    def chosen(picked: tuple[str, ...] | None) -> None:
        if picked:
            app.notify(f"Comparing {len(picked)} reports…", timeout=3, markup=False)
            app.set_timer(NOTICE_FIRST, lambda: _show(app, state, 0, picked))

    app.notify(f"Listing {count} reports to pick from…", timeout=3, markup=False)
    picker = ComparePicker(state.reports, report_index, known_dates(state))
    app.set_timer(NOTICE_FIRST, lambda: app.push_screen(picker, chosen))


def known_dates(state: ReaderState) -> dict[str, str]:
    """The date the reader knows of each report whose file gives none, with where it came from
    as the exports say it ("2017-04-08 (inferred)", "2017-04-09 (user)")."""
    dates: dict[str, str] = {}
    for report in state.reports:
        if report.dct and report.id not in state.dct_overrides:
            continue
        analysis = state.analyses.get(report.id)
        if report.id in state.dct_overrides:
            dates[report.id] = f"{state.dct_overrides[report.id][:10]} (user)"
        elif analysis is not None and analysis.dct:
            dates[report.id] = f"{analysis.dct[:10]} ({analysis.dct_source.value})"
    return dates


def _show(
    app: App[None], state: ReaderState, report_index: int, picked: tuple[str, ...] | None
) -> None:
    """Push the comparison screen: a new one for a new pick, else the one kept."""
    from incident_reader.ui.screens.compare import CompareScreen  # the pipeline: imported on use

    if picked is not None and app.is_screen_installed(SCREEN_NAME):
        app.uninstall_screen(SCREEN_NAME)
    if not app.is_screen_installed(SCREEN_NAME):
        app.install_screen(CompareScreen(state, report_index, picked), SCREEN_NAME)
    app.push_screen(SCREEN_NAME)
