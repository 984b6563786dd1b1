"""Readable forms of TIMEX3 values and the clause a timeline entry anchors."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from incident_reader.core.duration_words import duration_words

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import TimelineEntry


PART_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
REFS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
MODS = {
    "APPROX": "~",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ",
    "START": "early ",
    "MID": "mid ",
    "END": "late ",
    "LESS_THAN": "< ",
    "MORE_THAN": "> ",
    "EQUAL_OR_LESS": "<= ",
    "EQUAL_OR_MORE": ">= ",
}
# Pattern texts, compiled on first use through re's own cache: the reader's start-up reads no
# TIMEX3 value (they come with the analyses) and compiled them all for nothing.
_PART = r"^(.*)T(MO|MI|AF|EV|NI|DT)$"
_SEASON = r"^(\d{4})-(SP|SU|FA|AU|WI)$"
_WEEK = r"^(\d{4})-W(\d{2})(?:-(WE|\d))?$"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = r"^XXXX-WXX-([1-7])$"
_UNKNOWN_DAY_TIME = r"^XXXX-XX-XXT(\d{2}:\d{2}(?::\d{2})?)$"
DCT_FORMAT = r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?"
_SENTENCE_END = r"[.!?](?=\s)|\n"


def readable_value(value: str, mod: str | None = None) -> str:
    """A TIMEX3 value as people read it: '2018-08-14T07:37' -> '2018-08-14 07:37'."""
    return MODS.get(mod or "", "") + _readable(value)


def _readable(value: str) -> str:
    if not value:
        return "?"
    if value in REFS:
        return REFS[value]
    if (words := duration_words(value)) is not None:
        return words
    if m := re.match(_PART, value):
        day = "" if m[1] in ("XXXX-XX-XX", "") else f"{_readable(m[1])} "
        return f"{day}{PART_OF_DAY[m[2]]}"
    if m := re.match(_WEEKDAY, value):
        return WEEKDAYS[int(m[1]) - 1]
    if m := re.match(_SEASON, value):
        return f"{SEASONS[m[2]]} {m[1]}"
    if m := re.match(_WEEK, value):
        suffix = " weekend" if m[3] == "WE" else ""
        return f"{m[1]} week {int(m[2])}{suffix}"
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0s"
    if m := re.match(_UNKNOWN_DAY_TIME, value):
        return m[1]  # the day is unknown: the time alone reads better than ????-??-??
    out = value.replace("T", " ", 1) if re.match(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T", value) else value
    return out.replace("XXXX", "????").replace("XX", "??")


def clause_span(entry: TimelineEntry, text: str) -> tuple[int, int]:
    """Where the clause an entry anchors lies: its event, else the sentence around its words."""
    if entry.event is not None:
        return entry.event.start, entry.event.end
    return sentence_around(text, entry.start, entry.end)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (bounded by . ! ? before a space, or a newline) holding text[start:end]."""
    begin = max(0, start - 400)
    sentence_end = re.compile(_SENTENCE_END)
    for m in sentence_end.finditer(text, begin, start):
        begin = m.end()
    stop = sentence_end.search(text, end)
    finish = stop.end() if stop and stop.group() != "\n" else (stop.start() if stop else len(text))
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, max(finish, end)


def parse_dct(value: str) -> str | None:
    """The DCT as a TIMEX3 value if `value` is YYYY-MM-DD or YYYY-MM-DDTHH:MM and a real date."""
    value = value.strip().replace(" ", "T")
    if not re.fullmatch(DCT_FORMAT, value):
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value
