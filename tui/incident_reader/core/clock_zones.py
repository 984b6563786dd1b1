"""Zone abbreviations of English-language news and the offsets they name: a closed class.

"13:00 GMT", "1.39am AEDT", "3pm ET": the zone a clock is told in. Read by the timeline
(``timeline_zones``) and the comparison (``align.zones``), so kept apart from both: the
extraction workers read it without importing the comparer.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Zone abbreviations with one meaning in English-language news, as hours from UTC. Ambiguous
# ones (IST: India or Ireland; CST: US Central or China) are left out: such a clock is left as told.
ZONE_HOURS: dict[str, float] = {
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "BST": 1, "WET": 0, "WEST": 1, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "AEST": 10, "AEDT": 11,
    "ACST": 9.5, "ACDT": 10.5, "AWST": 8, "NZST": 12, "NZDT": 13, "JST": 9, "KST": 9, "HKT": 8,
    "SGT": 8, "PHT": 8, "WIB": 7, "PKT": 5, "EAT": 3, "WAT": 1, "CAT": 2, "SAST": 2,
}  # fmt: skip
# Zones named without a season ("3pm ET"): their offset depends on the day.
ZONE_REGIONS: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_ZONE_WORDS = "|".join(sorted((*ZONE_HOURS, *ZONE_REGIONS), key=len, reverse=True))
# A zone right after a clock, or after "(" or "GMT" with an offset: "13:00 GMT", "(1.39am AEDT)".
_ZONE = re.compile(rf"(?<![A-Za-z])({_ZONE_WORDS})(?:\s?([+-])\s?(\d{{1,2}}))?(?![A-Za-z])")
_ZONE_NEXT = re.compile(rf"\s*\(?\s*{_ZONE.pattern}")  # right after the clock: "13:00 (GMT)"
_LOCAL = re.compile(r"\btime\b", re.I)  # "local time", "London time": the clock is local
ZONE_LOOKAHEAD = 12  # characters after a clock where its zone may stand


def zone_of(words: str, after: str = "") -> timedelta | str | None:
    """The zone a clock's words name (or the words right after them): a fixed offset, a region's
    database key, or None. A clock told as "local time" or "London time" is local, whatever zone
    a bracket then gives ("7.35pm local time (1835 GMT)" is 19:35 where it happened)."""
    m = _ZONE.search(words)
    if m is None:
        m = _ZONE_NEXT.match(after[:ZONE_LOOKAHEAD])
        before = words
    else:
        before = words[: m.start()]
    if m is None or _LOCAL.search(before):
        return None
    word = m[1]
    if word in ZONE_REGIONS:
        return ZONE_REGIONS[word]
    hours = ZONE_HOURS[word] + (int(m[3]) * (1 if m[2] == "+" else -1) if m[2] else 0)
    return timedelta(hours=hours)


def zone_label(words: str, after: str = "") -> str:
    """The zone a clock's words (or the words right after them) name, as written: "AEDT",
    "GMT+1"; empty when they name none."""
    m = _ZONE.search(words) or _ZONE_NEXT.match(after[:ZONE_LOOKAHEAD])
    return "".join(m[0].split()).lstrip("(") if m else ""


def zone_offset(zone: timedelta | str, when: datetime) -> timedelta | None:
    """The offset from UTC of a fixed offset or a region's zone key at ``when``."""
    if isinstance(zone, timedelta):
        return zone
    try:
        return ZoneInfo(zone).utcoffset(when)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def label_offset(offset: timedelta) -> str:
    """An offset as written when the place's zone is unknown: 'UTC+02:00'."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
