"""A deterministic stand-in for the analysis pipeline, so UI tests do not move with the tagger."""

from __future__ import annotations

import re

from incident_reader.core.model import (
    DctSource,
    Fact,
    Incident,
    Report,
    ReportAnalysis,
    TextSpan,
    TimelineEntry,
    Timex,
)

MONTHS = (
    "January February March April May June July August September October November December"
).split()
TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})(?:\s?(am|pm|hrs))?|\b(\d{1,2})(am|pm)\b")
DATE = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})")
CASUALTIES = re.compile(r"\b(\d+) people were (injured|killed|taken to hospital)")
KINDS = {
    "injured": "casualties.injured",
    "killed": "casualties.killed",
    "taken to hospital": "casualties.hospitalised",
}


def _paragraph_date(text: str, offset: int) -> str | None:
    """The date a line starts with ('June 3, 2016: ...'), marking an earlier incident."""
    line_start = text.rfind("\n", 0, offset) + 1
    m = DATE.match(text, line_start)
    if not m:
        return None
    return f"{m[3]}-{MONTHS.index(m[1]) + 1:02d}-{int(m[2]):02d}"


def fake_analyse(report: Report, dct_override: str | None = None) -> ReportAnalysis:
    """Times like 7.30am / 07:37 / 4pm and dates like 'June 3, 2016'; counts of casualties."""
    dct = dct_override or report.dct
    source = DctSource.USER if dct_override else report.dct_source
    day = dct[:10] if dct else "XXXX-XX-XX"
    text = report.text
    timexes: list[Timex] = []
    for m in TIME.finditer(text):
        if m[4]:
            hour, minute, ampm = int(m[4]), 0, m[5]
        else:
            hour, minute, ampm = int(m[1]), int(m[2]), m[3] or ""
        if ampm == "pm" and hour < 12:
            hour += 12
        timexes.append(Timex(m.start(), m.end(), m[0], "TIME", f"{day}T{hour:02d}:{minute:02d}"))
    for m in DATE.finditer(text):
        value = f"{m[3]}-{MONTHS.index(m[1]) + 1:02d}-{int(m[2]):02d}"
        timexes.append(Timex(m.start(), m.end(), m[0], "DATE", value))
    timexes.sort(key=lambda t: t.start)

    incidents = [Incident("main", True, date=dct[:10] if dct else None, place="the bridge")]
    for date in sorted({d for t in timexes if (d := _paragraph_date(text, t.start))}):
        incidents.append(Incident(f"bg-{date}", False, date=date))

    def incident_at(offset: int) -> str:
        date = _paragraph_date(text, offset)
        return f"bg-{date}" if date else "main"

    def event(n: int, t: Timex) -> TextSpan | None:
        if n % 2:  # every other entry has no event: the reader falls back to the sentence
            return None
        end = text.find("\n", t.end)
        end = len(text) if end < 0 else end
        return TextSpan(t.start, end, text[t.start : end])

    timeline = tuple(
        TimelineEntry(t, event(n, t), incident_at(t.start))
        for n, t in sorted(enumerate(timexes), key=lambda p: p[1].value)
    )
    facts = tuple(
        Fact(KINDS[m[2]], int(m[1]), m.start(), m.end(), m[0], incident_at(m.start()), "police")
        for m in CASUALTIES.finditer(text)
    )
    return ReportAnalysis(
        report=report,
        dct=dct,
        dct_source=source if dct else DctSource.NONE,
        timexes=tuple(timexes),
        timeline=timeline,
        facts=facts,
        incidents=tuple(incidents),
    )
