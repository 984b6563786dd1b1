"""Infer a missing document creation time from what the text itself says (never from today).

Evidence, strongest first: the latest full date the text gives, moved by an offset it states
("just 11 months after" that date), then snapped to the weekday it names ("Tuesday"). Without an
offset the date must stand in the opening lines. A text with no full date gives no DCT: a weekday
alone does not fix a calendar day.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal.anchoring import add_months, safe_date
from incident_reader.core.temporal.handlers_common import number, unit_of
from incident_reader.core.temporal.tagger import scan

_OFFSET = re.compile(
    r"\b(?P<num>\d+|"
    + lx.alternation(lx.NUMBER_WORDS)
    + r")\s+(?P<unit>days?|weeks?|months?|years?)"
    r"\s+(?:after|since)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?P<wd>" + "|".join(k.capitalize() for k in lx.WEEKDAYS if len(k) > 4) + r")\b"
)
_SAME_DAY = re.compile(
    r"\b(?:this\s+(?:morning|afternoon|evening)|today|tonight|earlier\s+today)\b", re.I
)
LEAD_CHARS = 600  # a date that dates the report stands in its opening lines
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _shift(d: date, amount: int, unit: str) -> date:
    """``d`` moved forward by ``amount`` days, weeks, months or years."""
    if unit == "D":
        return d + timedelta(days=amount)
    if unit == "W":
        return d + timedelta(weeks=amount)
    months = amount * (12 if unit == "Y" else 1)
    y, m = add_months(d.year, d.month, months)
    return safe_date(y, m, min(d.day, 28)) or d


def infer_dct_with_evidence(text: str) -> tuple[str, str] | None:
    """The inferred DCT and a short human reason, or None when the text does not allow it."""
    anchors = [(t.value, t.text, t.start) for t in scan(text, None) if _FULL_DATE.match(t.value)]
    if not anchors:
        return None
    latest_value, latest_text, latest_at = max(anchors)
    latest = date.fromisoformat(latest_value)
    estimate, reasons = latest, [f"latest date named: {latest_text!r}"]
    offset = _OFFSET.search(text)
    if not offset and latest_at > LEAD_CHARS:
        return None  # a background date deep in the text does not date the report
    if offset:
        amount = number(offset["num"])
        unit, _ = unit_of(offset["unit"])
        if amount and unit in ("D", "W", "M", "Y"):
            estimate = _shift(latest, int(amount), unit)
            reasons = [f"{offset[0].strip()!r} {latest_text}"]
    weekdays = Counter(m["wd"] for m in _WEEKDAY.finditer(text))
    if weekdays:
        word, _ = weekdays.most_common(1)[0]
        wd = lx.WEEKDAYS[word.lower()]
        if offset:  # the named weekday nearest the estimate
            candidates = [estimate + timedelta(days=k) for k in range(-3, 4)]
            estimate = min((c for c in candidates if c.isoweekday() == wd),
                           key=lambda c: abs((c - estimate).days))  # fmt: skip
        else:  # the first such weekday on or after the latest date
            estimate = latest + timedelta(days=(wd - latest.isoweekday()) % 7)
        reasons.append(f"on the {word} it names")
    elif not offset and not _SAME_DAY.search(text):
        return None
    return estimate.isoformat(), "; ".join(reasons)


def infer_dct(text: str) -> str | None:
    """Infer a missing DCT from the text; None when the text does not allow it."""
    found = infer_dct_with_evidence(text)
    return found[0] if found else None
