"""App-level messages: what the analysis workers post back to the interface thread.

The reader's messages are plain classes rather than dataclasses: each dataclass compiles its
generated methods at import, about 0.3 ms a class of the reader's start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from incident_reader.core.model import ReportAnalysis


class AnalysisReady(Message):
    """One report's analysis finished (first run, or again after its DCT changed)."""

    def __init__(self, report_id: str, analysis: ReportAnalysis) -> None:
        self.report_id = report_id
        self.analysis = analysis
        super().__init__()


class AnalysisFailed(Message):
    """One report's analysis raised; the others go on."""

    def __init__(self, report_id: str, error: str) -> None:
        self.report_id = report_id
        self.error = error
        super().__init__()


class DatesLent(Message):
    """The days the other reports of each incident tell, for incidents a report leaves undated
    (core.align.lent_dates), computed once every report of the folder is analysed."""

    def __init__(self, signature: tuple[tuple[str, int], ...], lent: dict[tuple[str, str], str]):
        self.signature = signature
        self.lent = lent
        super().__init__()


class ReplayKey(Message):
    """Apply the next key typed before the reader was ready (see ReaderApp.reader_ready)."""
