"""The reader app: owns the state, runs analysis in a thread worker, shows the reader screen."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.filter import LineFilter
from textual.worker import get_current_worker

from incident_reader.core.model import Corpus, Report
from incident_reader.core.store import Store, StoreError
from incident_reader.ui import collection, start_cache
from incident_reader.ui.commands import ReaderCommands
from incident_reader.ui.css_cache import CachedStylesheet, cache_path
from incident_reader.ui.extraction import Extraction
from incident_reader.ui.literal import one_line
from incident_reader.ui.live import FilesChanged, LiveUpdates, edit_corpus
from incident_reader.ui.marks import MarkBook
from incident_reader.ui.marks_feed import MarksChanged, MarksFeed, describe
from incident_reader.ui.messages import AnalysisFailed, AnalysisReady, DatesLent, ReplayKey
from incident_reader.ui.preferences import Preferences, load, save
from incident_reader.ui.reload import reread
from incident_reader.ui.screens.reader import ReaderScreen
from incident_reader.ui.state import ReaderState
from incident_reader.ui.styling import MinimumContrast
from incident_reader.ui.timefmt import dct_words
from incident_reader.ui.widgets.progress import ExtractionProgress
from incident_reader.ui.widgets.row_list import RowList
from incident_reader.ui.widgets.source_view import SourceView

if TYPE_CHECKING:  # the export's modules load on the first export, not at start-up
    from argparse import Namespace

    from incident_reader.core.model import ReportAnalysis
    from incident_reader.ui.export import ExportDone

Analyser = Callable[[Report, str | None], "ReportAnalysis"]
# Seconds the effect of keys typed at start gets before extraction starts competing with it.
HELD_KEYS_HEADSTART = 0.4
# Seconds after the first frame before extraction, the file watcher and the footer start when no
# key was typed: a key pressed on first sight of the text acts without competing with them (one
# that needs the timeline starts extraction at once, see replay_key).
FIRST_KEY_GRACE = 0.25
# Keys that act at once even before the reader is ready (Textual's own quit keys).
UNHELD_KEYS = frozenset({"ctrl+q", "ctrl+c"})
# Folders of at most this many reports are one story's: the fact list shows the day the other
# reports of an undated incident tell (the bound of core.align.lent_dates.LEND_MAX_REPORTS, not
# imported: the comparer loads late, off the interface thread).
_LEND_MAX_REPORTS = 60
WAITING = "Waiting for the analysis… (escape cancels the keys typed meanwhile)"


def _reports(count: int) -> str:
    return "1 failed report" if count == 1 else f"{count} failed reports"


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
        analyser: Analyser | None = None,
        store: Store | None = None,
    ) -> None:
        super().__init__()
        # The stylesheet's rules are read back from the last launch rather than parsed again.
        self.stylesheet = CachedStylesheet(variables=self.stylesheet._variables, path=cache_path())
        self.state = ReaderState(
            corpus, dct_overrides=dict(dct_overrides or {}), marks=MarkBook(store)
        )
        self.analyser = analyser  # None: the core pipeline; tests pass a deterministic stand-in
        self.store = store  # marks and user DCTs; None when the reader runs without a record
        self.extraction = Extraction(store, analyser)  # batched, cached, in thread workers
        self.marks_feed = MarksFeed(store)  # other readers' marks as they land (ui.marks_feed)
        self.live = LiveUpdates(corpus)  # report files added, changed or removed on disk
        self._contrast = MinimumContrast()  # every word reads at 4.5:1 whatever the theme
        # Keys typed before the reader can act on them wait here and are replayed in order (see
        # reader_ready and _holds); never dropped.
        self._held_keys: list[events.Key] = []
        self._lists_ready = False  # the reader's lists are mounted (reader_ready)
        self._told_waiting = False  # "Waiting for the analysis…" said for the current wait
        self._replay_posted = False  # a ReplayKey is on its way: one key per message
        self._opening = 0  # screens pushed and not yet shown: the keys behind them wait
        self._started = False  # extraction and the file watcher (see reader_ready)
        self._lent_signature: tuple[tuple[str, int], ...] | None = None  # see dates_lent
        self._preferences = load()
        if self._preferences.theme in self.available_themes:
            self.theme = self._preferences.theme

    def watch_theme(self, theme: str) -> None:
        """Remember the theme the user chose (command palette) for the next launch."""
        if hasattr(self, "_preferences") and theme != self._preferences.theme:
            self._preferences = Preferences(theme=theme)
            error = save(self._preferences)
            if error:
                self.notify(one_line(error), severity="warning", markup=False)

    def get_line_filters(self) -> Sequence[LineFilter]:
        return [*super().get_line_filters(), self._contrast]

    def get_default_screen(self) -> ReaderScreen:
        return ReaderScreen(self.state, width=self.size.width)

    @property
    def reader(self) -> ReaderScreen:
        """The main reader screen (the bottom of the screen stack)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        return screen

    def _reader_gone(self) -> bool:
        """Whether the reader screen has gone (the app is closing): what a thread posts meanwhile
        (analyses, marks, file changes) has nothing left to show it."""
        return not self.screen_stack or not isinstance(self.screen_stack[0], ReaderScreen)

    def _notify_start_problems(self) -> None:
        """Skipped files and a store problem, as toasts once the reader screen can show them."""
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

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and self._holds(event.key):
            if event.key == "ctrl+j":
                # Typed at start, before the terminal left line mode, Enter's CR came as LF (the
                # tty's ICRNL), which Textual reads as ctrl+j; nothing binds ctrl+j: it was Enter.
                event = events.Key("enter", "\r")
            if event.key == "escape" and self._told_waiting and self._held_keys:
                self._cancel_held()  # a long analysis: the user gives up on the keys, told so
                return
            self._held_keys.append(event)  # the reader cannot act on it yet: never dropped
            if self._lists_ready:
                self._replay()  # it waits for the open report's analysis: extraction starts
            return
        if isinstance(event, events.Key) and not event.is_forwarded and self._lists_ready:
            # A key on a list or the text runs its binding here, before the next key is read: a
            # screen it opens is pushed first, so the keys typed behind it wait for that screen
            # (_holds) instead of being forwarded to the list while the key is still queued.
            await self._apply_held(event)
            return
        await super().on_event(event)

    def _cancel_held(self) -> None:
        """Escape while keys wait for the analysis: none of them is applied, and the user is told
        how many (a 5 MB report's analysis takes minutes; its keys would otherwise wait for it)."""
        count = len(self._held_keys)
        self._held_keys.clear()
        self._told_waiting = False
        keys = "1 key" if count == 1 else f"{count} keys"
        self.notify(
            f"Cancelled: {keys} typed while waiting for the analysis not applied", markup=False
        )

    def _holds(self, key: str) -> bool:
        """Whether a key typed now waits: behind keys already waiting (their order is kept),
        before the lists are mounted, while a screen a key opened is not yet shown (the date
        typed behind `d` is the dialog's, never the list's), or (at start) for the open
        report's timeline and facts. Quitting never waits."""
        if key in UNHELD_KEYS:
            return False
        if not self._held_keys and self._lists_ready and not self._opening and not self._waits(key):
            return False  # the usual case, decided without looking up the key's binding
        return not self._quits(key)

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        """Push a screen; the keys typed behind the key that opened it wait until it is shown
        and has its focus (a busy machine takes seconds to mount a dialog; Textual would hand
        those keys to the screen below meanwhile)."""
        pushed = super().push_screen(*args, **kwargs)
        self._opening += 1
        self.call_after_refresh(self._screen_shown)
        return pushed

    def _screen_shown(self) -> None:
        """A pushed screen is up: the keys typed behind its key go to it, in order."""
        self._opening = max(0, self._opening - 1)
        if not self._opening and self._lists_ready:
            self._replay()

    def _quits(self, key: str) -> bool:
        try:
            active = self.screen.active_bindings.get(key)
        except Exception:  # no screen yet, or one still composing
            return False
        return active is not None and active.binding.action in ("quit", "app.quit")

    def _waits(self, key: str) -> bool:
        """Whether ``key`` acts on the open report's analysis, which has not arrived yet."""
        if not self.screen_stack or self.screen is not self.reader:
            return False
        return self.reader.waits_for_analysis(key)

    async def reader_ready(self) -> None:
        """The reader's lists are mounted: apply the keys typed meanwhile, in order, then start
        extracting and watching the files (once).

        The first held key is applied here and now, before the screen draws its lists: a key
        typed at start is what the user waits for, so it goes before that frame and before the
        footer (see ReaderScreen.keys_applied). The others follow one per message (replay_key),
        so what a key starts (a screen pushed, a focus change) happens before the next.
        """
        self._lists_ready = True
        self._notify_start_problems()
        held = self._held_keys
        if not held:
            self.set_timer(FIRST_KEY_GRACE, self._start_background)
            return
        if not self._waits(held[0].key):
            await self._apply_held(held.pop(0))
        self._replay()

    async def _apply_held(self, key: events.Key) -> None:
        """Apply a held key. When the focus is on a list or the text (widgets that act on keys
        through bindings alone) its binding runs here and now, as Textual would run it once the
        key had bubbled up from the focused widget, but without a message per level, between
        which the screen would draw first; any other key is dispatched as Textual does."""
        focused = self.focused
        if focused is None or isinstance(focused, RowList | SourceView):
            if await self._check_bindings(key.key, priority=True):
                return
            if await self._check_bindings(key.key):
                return
        await super().on_event(key)

    def _replay(self) -> None:
        """Apply the next held key (in a message of its own), if there is one."""
        if self._held_keys and not self._replay_posted:
            self._replay_posted = True
            self.post_message(ReplayKey())

    def _start_background(self) -> None:
        """Extraction, the file watcher and the footer: after the first key has had its chance
        (FIRST_KEY_GRACE, HELD_KEYS_HEADSTART), since extraction loads the pipeline in a thread,
        which would slow what the key shows, or at once when a key or an opened report needs it."""
        if not self._started:
            self._started = True
            collection.release()  # start-up is over: the collector runs again (ui.collection)
            self._save_css()
            if self._reader_gone():  # quit within the grace: its timer fires as the app closes
                return
            self.reader.keys_applied()
            # Others' marks, live: the feed reads from the last change now, before any analysis
            # (and the marks it loads from the store) can arrive, so no change falls between.
            self.marks_feed.start(self.post_message)
            self.analyse_all()  # at once: reports the user opens meanwhile join this run
            self.call_after_refresh(self.live.start, self.post_message)  # a thread; see ui.live

    @on(ReplayKey)
    async def replay_key(self) -> None:
        # One key per message, so what a key starts (a screen pushed, a focus change) happens
        # before the next key is applied; keys typed during the replay queue behind it.
        self._replay_posted = False
        if self._opening:
            return  # a screen a key opened is not up yet: replayed when it is (_screen_shown)
        held = self._held_keys
        if held and self._waits(held[0].key):
            # It acts on the timeline or facts: they come from extraction, which starts now. It
            # waits as long as that takes (a key given up on would act on "Analysing…", and the
            # note typed behind it would run as commands); the keys behind it wait in order.
            self._start_background()
            if not self._told_waiting:
                self._told_waiting = True
                self.notify(WAITING, timeout=10, markup=False)
            return  # replayed again when the analysis (or its failure) arrives: _analysis_shown
        self._told_waiting = False
        if held:
            await self._apply_held(held.pop(0))
            if held:
                self._replay()
                return
        if not self._started:
            # What the keys opened (a screen, a search) is drawn before the pipeline's import in
            # a thread slows the interpreter: the keys' effect is what the user waits for.
            self.set_timer(HELD_KEYS_HEADSTART, self._start_background)

    def _analysis_shown(self, report_id: str) -> None:
        """A report's analysis (or failure) is on screen: keys waiting for the open report's go
        now (replay_key looks again whether the key at the head still waits)."""
        self._replay()

    def _save_css(self) -> None:
        """Keep the parsed stylesheet, the start-up's generated code and its patterns for the next
        launch (if this one made anything new)."""
        if isinstance(self.stylesheet, CachedStylesheet):
            self.stylesheet.save()
        start_cache.save()

    def on_unmount(self) -> None:
        collection.release()
        self._save_css()
        from incident_reader.core import regex_cache

        regex_cache.save_detached()  # new patterns (an upgrade) written without holding the quit
        self.live.stop()
        self.marks_feed.stop()

    @on(MarksChanged)
    def marks_changed(self, message: MarksChanged) -> None:
        """Another reviewer's marks landed: re-read those reports' marks and say who did what."""
        if self._reader_gone():
            return
        mine = self.store.reviewer if self.store is not None else None
        for rid in dict.fromkeys(c.report_id for c in message.changes):
            self.reload_marks(rid)
        others = [c for c in message.changes if c.reviewer != mine]
        for change in others[:3]:
            self.notify(one_line(describe(change)), title="Marks", timeout=6, markup=False)
        if len(others) > 3:
            self.notify(f"and {len(others) - 3} more changes", title="Marks", markup=False)

    def analyse_all(self) -> None:
        """Analyse every report in the background, the open one first (see ui.extraction)."""
        self.extract(self.state.reports, dict(self.state.dct_overrides))

    def reanalyse(self, report_id: str, dct: str | None) -> None:
        """Analyse one report again, e.g. after the user set its DCT or its file changed."""
        reports = tuple(r for r in self.state.reports if r.id == report_id)
        self.extract(reports, {report_id: dct} if dct else {})

    def extract(self, reports: tuple[Report, ...], overrides: dict[str, str]) -> None:
        """Extract reports in a thread worker; they arrive as ``Extraction.Arrived`` bursts."""
        run = self.extraction.scheduled(len(reports))
        self._show_progress()
        self._extract(run, reports, overrides)

    @work(thread=True, group="analysis")
    def _extract(self, run: int, reports: tuple[Report, ...], overrides: dict[str, str]) -> None:
        self.extraction.run_detached(
            run, reports, overrides, self.post_message, get_current_worker()
        )

    def _show_progress(self, message: Extraction.Arrived | None = None) -> None:
        extraction = self.extraction
        progress = extraction.progress() if message is None else extraction.tally(message)
        bars = self.reader.query(ExtractionProgress)  # none before the screen is composed
        for bar in bars:
            bar.show(progress.done, progress.total, progress.cached)

    @on(Extraction.Arrived)
    def extraction_arrived(self, message: Extraction.Arrived) -> None:
        if self._reader_gone():
            return
        with self.reader.arrivals():
            for arrival in message.arrivals:
                if arrival.error is None:
                    self.analysis_ready(AnalysisReady(arrival.report_id, arrival.analysis))
                else:
                    error = f"analysis failed: {arrival.error}"
                    self.analysis_failed(AnalysisFailed(arrival.report_id, error))
        self._show_progress(message)

    @on(AnalysisReady)
    def analysis_ready(self, message: AnalysisReady) -> None:
        if self._reader_gone():
            return
        if not self.state.is_current(message.analysis):
            return  # made with a DCT the user has changed since; the newer run will arrive
        report = next((r for r in self.state.reports if r.id == message.report_id), None)
        if report is None or report.sha1 != message.analysis.report.sha1:
            return  # made from a version of the file that has changed since
        self.state.failures.pop(message.report_id, None)
        self.state.analyses[message.report_id] = message.analysis
        self.state.marks.load(message.analysis)  # placed in this version of the text
        self.reader.analysis_arrived(message.report_id)
        self._analysis_shown(message.report_id)
        self._lend_dates_when_done()

    @on(AnalysisFailed)
    def analysis_failed(self, message: AnalysisFailed) -> None:
        if self._reader_gone():
            return
        self.state.failures[message.report_id] = message.error
        self.notify(one_line(message.error), severity="error", markup=False)
        self.reader.analysis_arrived(message.report_id)
        self._analysis_shown(message.report_id)
        self._lend_dates_when_done()

    def _lend_dates_when_done(self) -> None:
        """Once every report of a story-sized folder is analysed, find the days the other reports
        of each incident tell for incidents a report leaves undated (as ``extract`` and
        ``export`` do), so the fact list shows the same date they write."""
        state = self.state
        reports = state.reports
        if not 2 <= len(reports) <= _LEND_MAX_REPORTS:
            return
        if any(r.id not in state.analyses and r.id not in state.failures for r in reports):
            return
        analyses = tuple(a for r in reports if (a := state.analyses.get(r.id)) is not None)
        signature = tuple((a.report.id, id(a)) for a in analyses)
        if signature == self._lent_signature:
            return
        self._lent_signature = signature
        self._lend_dates(signature, analyses)

    @work(thread=True, exclusive=True, group="lend")
    def _lend_dates(
        self, signature: tuple[tuple[str, int], ...], analyses: tuple[ReportAnalysis, ...]
    ) -> None:
        from incident_reader.core.align.lent_dates import lent_days

        try:
            lent = lent_days(analyses)
        except Exception:  # a fault here must not take the reader down: dates stay the report's
            lent = {}
        self.post_message(DatesLent(signature, lent))

    @on(DatesLent)
    def dates_lent(self, message: DatesLent) -> None:
        if self._reader_gone() or message.signature != self._lent_signature:
            return  # the reader closed, or a report was analysed again since
        if message.lent == self.state.lent:
            return
        self.state.lent = message.lent
        self.reader.dates_lent()

    @on(ReaderScreen.Wanted)
    def report_wanted(self, message: ReaderScreen.Wanted) -> None:
        if not self._started:  # opened before extraction began: it begins now, this one next
            self.extraction.wanted.append(message.report_id)
            self._start_background()
        elif self.extraction.active:  # the run in flight does it next
            self.extraction.wanted.append(message.report_id)
        else:
            self.reanalyse(message.report_id, self.state.dct_overrides.get(message.report_id))

    @on(ReaderScreen.DctChosen)
    def dct_chosen(self, message: ReaderScreen.DctChosen) -> None:
        before = self.state.dct_overrides.get(message.report_id)
        undo = self.state.marks.dates.is_undo(message.report_id, message.dct)
        if not undo:
            self.state.marks.dates.remember(self.state.marks.changes, message.report_id, before)
        if message.dct:
            self.state.dct_overrides[message.report_id] = message.dct
        else:
            self.state.dct_overrides.pop(message.report_id, None)
        if self.store is not None and not self.store.read_only:
            try:
                self.store.set_dct(message.report_id, message.dct or None)
            except StoreError as err:
                self.notify(one_line(str(err)), severity="error", markup=False)
        what = f"the date {dct_words(message.dct)}" if message.dct else "the file's own date"
        done = "Undone: back to" if undo else "Re-reading its times against"
        self.notify(f"{done} {what}", timeout=4, markup=False)
        self.reanalyse(message.report_id, message.dct)

    # -- export (E) ------------------------------------------------------------------------------

    def export(self, export_format: str, target: Path, verified_only: bool) -> None:
        """Export the open folder in a thread worker, as `incident-reader export` would."""
        from incident_reader.ui.export import export_arguments

        db = self.store.path if self.store is not None else None
        arguments = export_arguments(self.state.corpus, export_format, target, verified_only, db)
        self.notify(f"Exporting {export_format} to {target}…", timeout=3, markup=False)
        self._export(arguments)

    @work(thread=True, group="export")
    def _export(self, arguments: Namespace) -> None:
        from incident_reader.ui.export import export_message

        self.post_message(export_message(arguments))

    def on_export_done(self, message: ExportDone) -> None:
        """Say where the export went, or why it did not."""
        if message.error is not None:
            self.notify(one_line(message.error), title="Export", severity="error", markup=False)
            return
        text = f"Written to {message.target}"
        if message.notes:
            text += f" ({message.notes})"
        self.notify(one_line(text), title="Export", timeout=10, markup=False)

    # -- marks and reloading (r) ---------------------------------------------------------------

    def reload_all(self) -> None:
        """`r`: re-read changed report files, then every mark (another process may have marked);
        a report whose analysis failed is analysed again (a changed one already is)."""
        changed = self.reload_files()
        self.reload_marks()
        failed = [rid for rid in self.state.failures if rid not in changed]
        for rid in failed:
            self.state.failures.pop(rid)
            self.reader.analysis_arrived(rid)  # "Analysing…" again, not the old error
            self.reanalyse(rid, self.state.dct_overrides.get(rid))
        if failed:
            self.notify(f"Analysing {_reports(len(failed))} again", timeout=3, markup=False)
        elif not changed:
            self.notify("Marks re-read; no report changed on disk", timeout=3, markup=False)

    def reload_marks(self, report_id: str | None = None) -> None:
        """Re-read the marks of one report (or all analysed ones) from the store and redraw."""
        for rid, analysis in list(self.state.analyses.items()):
            if report_id is None or rid == report_id:
                self.state.marks.load(analysis)
        self.reader.refresh_marks()

    def reload_files(self, report_ids: Collection[str] | None = None) -> list[str]:
        """Re-read report files from disk; a changed one is analysed again and its marks re-placed.

        Returns the ids that changed. ``report_ids`` limits the re-reading (e.g. to what a file
        watcher saw change).
        """
        corpus, changed, problems = reread(self.state.corpus, report_ids)
        for problem in problems:
            self.notify(one_line(problem), severity="warning", markup=False)
        if not changed:
            return []
        self.state.corpus = corpus
        for rid in changed:
            self.state.analyses.pop(rid, None)
            self.state.failures.pop(rid, None)
            self.state.marks.forget(rid)
            self.reader.report_replaced(rid)
            self.reanalyse(rid, self.state.dct_overrides.get(rid))
        names = ", ".join(r.path.name for r in corpus.reports if r.id in changed)
        self.notify(one_line(f"Re-read changed reports: {names}"), timeout=5, markup=False)
        return changed

    # -- live updates --------------------------------------------------------------------------

    @on(FilesChanged)
    def files_changed(self, message: FilesChanged) -> None:
        """Reports came, went or changed on disk: update the list, re-read, extract, say what."""
        if self._reader_gone():
            return
        state = self.state
        index = self.reader.report_index
        open_id = state.reports[index].id if 0 <= index < len(state.reports) else None
        edit = edit_corpus(state.corpus, message)
        state.corpus = edit.corpus
        for rid in edit.removed:
            state.analyses.pop(rid, None)
            state.failures.pop(rid, None)
            state.marks.forget(rid)
        self.reader.corpus_changed(open_id)
        self._replay()  # keys waiting for a report that went wait no longer (replay_key)
        if edit.changed:
            self.reload_files(edit.changed)  # re-read, analysed again, marks re-placed
        added = tuple(r for r in state.reports if r.id in set(edit.added))
        if added:
            self.extract(added, dict(state.dct_overrides))
        for skipped in edit.skipped:
            text = one_line(f"{skipped.path.name}: {skipped.reason}")
            self.notify(text, title="Skipped", severity="warning", timeout=10, markup=False)
        self.notify(message.changes.summary(), title="Files changed", timeout=5, markup=False)
