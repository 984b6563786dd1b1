"""An anniversary piece tells an incident N years before its own day (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.analysis import analyse
from incident_reader.core.anniversaries import years_marked
from incident_reader.core.model import DctSource, Report
from incident_reader.core.temporal import infer_dct_with_evidence


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Crowds marked the first anniversary of the flood.", 1),
        ("on the 10th anniversary of the fire", 10),
        ("a one-year anniversary of the crash", 1),
        ("the 25-year anniversary of the derailment", 25),
        ("the twelfth anniversary of the blast", 12),
        ("their wedding anniversary on Friday", None),  # no count of years: no incident dated
        ("the anniversary of the attack", None),
    ],
)
def test_years_marked(text: str, years: int | None) -> None:
    found = years_marked(text)
    assert (found[0] if found else None) == years


def _report(text: str, dct: str | None, hint: str | None = None) -> Report:
    source = DctSource.HEADER if dct else DctSource.NONE
    return Report("r", Path("r.txt"), "", text, dct, source, "0", date_hint=hint)


def test_the_incident_of_an_anniversary_piece_is_years_before_its_day() -> None:
    text = (
        "Harbourside remembers\n\nHundreds gathered on Friday to mark the second anniversary of "
        "the ferry fire at Harbourside quay that killed nine people."
    )
    analysis = analyse(_report(text, "2026-05-16"))
    dates = [f.value for f in analysis.facts if f.kind == "incident.date"]
    assert dates == ["2024-05-15"]  # Friday 15 May 2026, two years on
    assert analysis.incidents[0].date == "2024-05-15"


def test_an_undated_anniversary_piece_is_written_years_after_the_storys_first_day() -> None:
    text = "Hundreds gathered on Friday to mark the first anniversary of the quay fire."
    dct, reason = infer_dct_with_evidence(text, 2025, "2025-05-15") or (None, "")
    assert dct == "2026-05-15" and "anniversary" in reason
    plain = "Hundreds gathered on Friday to mourn the victims of the quay fire."
    # no anniversary: not years on, but written on the Friday it tells as past (the folder's day
    # is a Thursday)
    assert (infer_dct_with_evidence(plain, 2025, "2025-05-15") or (None,))[0] == "2025-05-16"
