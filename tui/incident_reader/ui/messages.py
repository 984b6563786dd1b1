"""App-level messages: what the analysis workers post back to the interface thread."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from incident_reader.core.model import ReportAnalysis


@dataclass
class AnalysisReady(Message):
    """One report's analysis finished (first run, or again after its DCT changed)."""

    report_id: str
    analysis: ReportAnalysis


@dataclass
class AnalysisFailed(Message):
    """One report's analysis raised; the others go on."""

    report_id: str
    error: str


class ReplayKey(Message):
    """Apply the next key typed before the reader was ready (see ReaderApp.reader_ready)."""
