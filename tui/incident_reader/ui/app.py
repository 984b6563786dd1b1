"""The reader app: owns the state, runs analysis in a thread worker, shows the reader screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import get_current_worker

from incident_reader.core.analysis import analyse
from incident_reader.core.model import Corpus, Report, ReportAnalysis
from incident_reader.core.store import Store, StoreError
from incident_reader.ui.commands import ReaderCommands
from incident_reader.ui.literal import one_line
from incident_reader.ui.messages import AnalysisFailed, AnalysisReady
from incident_reader.ui.screens.reader import ReaderScreen
from incident_reader.ui.state import ReaderState

Analyser = Callable[[Report, str | None], ReportAnalysis]


class ReaderApp(App[None]):
    """Read each report beside its extracted timeline and facts."""

    CSS_PATH = "app.tcss"
    TITLE = "incident-reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit the reader"),
    ]

    def __init__(
        self,
        corpus: Corpus,
        dct_overrides: dict[str, str] | None = None,
        analyser: Analyser = analyse,
        store: Store | None = None,
    ) -> None:
        super().__init__()
        self.state = ReaderState(corpus, dct_overrides=dict(dct_overrides or {}))
        self.analyser = analyser  # the core pipeline; tests pass a deterministic stand-in
        self.store = store  # marks and user DCTs; None when the reader runs without a record
        self._wanted: list[str] = []  # reports the user opened before their analysis arrived

    def get_default_screen(self) -> ReaderScreen:
        return ReaderScreen(self.state)

    @property
    def reader(self) -> ReaderScreen:
        """The main reader screen (the bottom of the screen stack)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        return screen

    def on_mount(self) -> None:
        for skipped in self.state.corpus.skipped:
            self.notify(
                one_line(f"{skipped.path.name}: {skipped.reason}"),
                title="Skipped",
                severity="warning",
                timeout=10,
                markup=False,
            )
        if self.store is not None and self.store.error:
            self.notify(one_line(self.store.error), severity="error", timeout=15, markup=False)
        self.analyse_all()

    @work(thread=True, exclusive=True, group="analysis")
    def analyse_all(self) -> None:
        """Analyse every report, the ones the user opens first, posting each as soon as done."""
        worker = get_current_worker()
        order = [r.id for r in self.state.reports]
        done: set[str] = set()
        while not worker.is_cancelled:
            report_id = None
            while self._wanted and report_id is None:
                wanted = self._wanted.pop()  # list.pop is atomic: safe against the UI appending
                report_id = None if wanted in done else wanted
            if report_id is None:
                report_id = next((i for i in order if i not in done), None)
                if report_id is None:
                    return
            done.add(report_id)
            self._analyse_one(report_id, self.state.dct_overrides.get(report_id))

    @work(thread=True, group="reanalysis")
    def reanalyse(self, report_id: str, dct: str | None) -> None:
        """Analyse one report again, e.g. after the user set its DCT."""
        self._analyse_one(report_id, dct)

    def _analyse_one(self, report_id: str, dct: str | None) -> None:
        report = next(r for r in self.state.reports if r.id == report_id)
        try:
            analysis = self.analyser(report, dct)
        except Exception as err:  # one bad report must not stop the others
            self.post_message(AnalysisFailed(report_id, f"analysis failed: {err!r}"))
            return
        self.post_message(AnalysisReady(report_id, analysis))

    @on(AnalysisReady)
    def analysis_ready(self, message: AnalysisReady) -> None:
        if not self.state.is_current(message.analysis):
            return  # made with a DCT the user has changed since; the newer run will arrive
        self.state.failures.pop(message.report_id, None)
        self.state.analyses[message.report_id] = message.analysis
        self.reader.analysis_arrived(message.report_id)

    @on(AnalysisFailed)
    def analysis_failed(self, message: AnalysisFailed) -> None:
        self.state.failures[message.report_id] = message.error
        self.notify(one_line(message.error), severity="error", markup=False)
        self.reader.analysis_arrived(message.report_id)

    @on(ReaderScreen.Wanted)
    def report_wanted(self, message: ReaderScreen.Wanted) -> None:
        self._wanted.append(message.report_id)

    @on(ReaderScreen.DctChosen)
    def dct_chosen(self, message: ReaderScreen.DctChosen) -> None:
        if message.dct:
            self.state.dct_overrides[message.report_id] = message.dct
        else:
            self.state.dct_overrides.pop(message.report_id, None)
        if self.store is not None and not self.store.read_only:
            try:
                self.store.set_dct(message.report_id, message.dct or None)
            except StoreError as err:
                self.notify(one_line(str(err)), severity="error", markup=False)
        what = f"the date {message.dct}" if message.dct else "the file's own date"
        self.notify(f"Re-reading its times against {what}", timeout=3, markup=False)
        self.reanalyse(message.report_id, message.dct)
