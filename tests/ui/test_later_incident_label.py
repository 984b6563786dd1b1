"""An incident a report tells as after its own ("a separate attack the next day") is no earlier
incident: the facts pane heads it "Later incident", the timeline folds it as one it tells."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.analysis import analyse
from incident_reader.core.model import DctSource, Report
from incident_reader.ui.widgets.fact_list import fact_rows
from incident_reader.ui.widgets.row_list import TextRow
from incident_reader.ui.widgets.timeline import FoldRow, timeline_rows

TEXT = (
    "A lorry drove into a market crowd in Pellhaven at 11am on Friday, killing three people.\n"
    "A woman was stabbed in a separate attack the next day at 4pm in the nearby town of Orrow.\n"
)


def test_a_later_incident_is_headed_and_folded_as_later() -> None:
    report = Report("r0", Path("r0.txt"), "Lorry", TEXT, "2025-03-08", DctSource.HEADER, "0")
    analysis = analyse(report)
    heads = [r.text for r in fact_rows(analysis) if isinstance(r, TextRow)]
    assert "Later incident · 2025-03-08 · orrow" in heads
    assert not any(h.startswith("Earlier incident") for h in heads)
    folds = [r.text for r in timeline_rows(analysis) if isinstance(r, FoldRow)]
    assert folds and folds[-1].startswith("▸ Later incident it tells: 1")
