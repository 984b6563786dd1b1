"""The incidents export keeps a reviewer's marks in the reviewer's columns, named as a coder can
check them: `marked_disputed` names each disputed figure with its value and report, like
`verified` (a disputed 'central stockholm' in one report is no disputed row's place), and an
orphaned mark that was disputed lands there too, never in `disputed`, the sources' dispute."""

from __future__ import annotations

from incident_reader.core.export_incidents import orphan_row


def _orphan(kind: str, status: str) -> dict[str, object]:
    return {"kind": kind, "status": status, "quote": "nine injured", "reason": "words gone"}


def test_an_orphaned_disputed_mark_is_the_reviewer_s_not_the_sources() -> None:
    for kind in ("casualties.injured", "incident.place", "suspect.age"):
        row = orphan_row(1, "herald", _orphan(kind, "disputed"))
        assert row["marked_disputed"] == kind and row["disputed"] == "" and row["verified"] == ""
        row = orphan_row(2, "herald", _orphan(kind, "verified"))
        assert row["verified"] == kind and row["disputed"] == row["marked_disputed"] == ""
    for status in ("inconclusive", "unverified"):  # no verdict: in neither column
        row = orphan_row(3, "herald", _orphan("casualties.killed", status))
        assert row["disputed"] == row["marked_disputed"] == row["verified"] == ""
        assert status in row["summary"]
