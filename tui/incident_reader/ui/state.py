"""What the reader knows: the corpus, each report's analysis and the DCTs the user set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from incident_reader.core.model import Corpus, DctSource, Report
from incident_reader.core.record import Record
from incident_reader.ui.marks import MarkBook

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import ReportAnalysis


class ReaderState(Record):
    """State owned by the app and read by its screens; only interface-thread handlers change it."""

    _fields = ("corpus", "analyses", "dct_overrides", "failures", "marks", "lent")

    def __init__(
        self,
        corpus: Corpus,
        analyses: dict[str, ReportAnalysis] | None = None,
        dct_overrides: dict[str, str] | None = None,
        failures: dict[str, str] | None = None,
        marks: MarkBook | None = None,
        lent: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.corpus = corpus
        self.analyses: dict[str, ReportAnalysis] = {} if analyses is None else analyses
        self.dct_overrides: dict[str, str] = {} if dct_overrides is None else dct_overrides
        self.failures: dict[str, str] = {} if failures is None else failures
        # verification marks, via the store
        self.marks = MarkBook() if marks is None else marks
        # (report id, incident id) -> the day the other reports of that incident tell, for
        # incidents the report's own text leaves undated (core.align.lent_dates)
        self.lent: dict[tuple[str, str], str] = {} if lent is None else lent

    @property
    def reports(self) -> tuple[Report, ...]:
        """The reports in corpus order."""
        return self.corpus.reports

    def analysis_of(self, index: int) -> ReportAnalysis | None:
        """The analysis of report `index`, once it has arrived."""
        return self.analyses.get(self.reports[index].id)

    def is_current(self, analysis: ReportAnalysis) -> bool:
        """Whether an analysis used the DCT the user wants now for its report."""
        wanted = self.dct_overrides.get(analysis.report.id)
        if wanted is not None:
            return analysis.dct == wanted and analysis.dct_source == DctSource.USER
        return analysis.dct_source != DctSource.USER
