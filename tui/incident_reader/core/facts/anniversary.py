"""An anniversary piece's incident: "the first anniversary of the attack", told N years on.

A report marking the Nth anniversary of an incident is written, and tells its gathering, N years
after the incident: the day its lead tells (else its DCT) dates the commemoration, and the
incident is that day N years before. Without this the piece's own day became the incident's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from incident_reader.core.anniversaries import years_from, years_marked
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import Timex

DATE = "incident.date"
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def anniversary_date(
    lead: Sequence[Sentence], times: Sequence[Sequence[Timex]], day: str | None
) -> Found | None:
    """The incident's date a lead marking its Nth anniversary tells, or None: N years before the
    day its own sentence names ("gathered on Friday to mark ..."), else before ``day`` (ISO)."""
    for s, inside in zip(lead, times, strict=False):
        found = years_marked(s.text)
        if found is None:
            continue
        own = next((t.value[:10] for t in inside if _DAY.match(t.value)), None)
        told = own or day
        if not told:
            return None
        years, start, end = found
        incident = years_from(date.fromisoformat(told[:10]), -years)
        return Found(DATE, incident.isoformat(), s.start + start, s.start + end)
    return None
