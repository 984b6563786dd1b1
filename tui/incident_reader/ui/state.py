"""What the reader knows: the corpus, each report's analysis and the DCTs the user set."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from incident_reader.core.model import Corpus, DctSource, Report
from incident_reader.ui.marks import MarkBook

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import ReportAnalysis


@dataclass
class ReaderState:
    """State owned by the app and read by its screens; only interface-thread handlers change it."""

    corpus: Corpus
    analyses: dict[str, ReportAnalysis] = field(default_factory=dict)
    dct_overrides: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    marks: MarkBook = field(default_factory=MarkBook)  # verification marks, via the store

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
