"""Compare reports: match incidents across reports, pair their facts and label agreement.

PLACEHOLDER first version (issue 5 replaces it).
"""

from __future__ import annotations

from collections.abc import Sequence

from incident_reader.core.model import Comparison, ReportAnalysis


def compare(analyses: Sequence[ReportAnalysis]) -> Comparison:
    """Match incidents across the analysed reports and pair what they say about each."""
    return Comparison()
