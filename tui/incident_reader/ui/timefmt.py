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
    """The DCT as a TIMEX3 value (YYYY-MM-DD, or YYYY-MM-DDTHH:MM) of a real date written as the
    reports write dates: "2018-06-07", "7 June 2018", "June 7, 2018", "7 Jun 2018", or with slashes
    or dots, day first ("07/06/2018" is 7 June, as in most of the world's news); an optional clock
    after it ("7 June 2018 14:30", "2018-06-07T14:30"). None for anything else."""
    text = " ".join(value.strip().split())
    clock = ""
    if m := _CLOCK_AFTER.search(text):
        text, clock = text[: m.start()].rstrip(" ,"), f"T{int(m[1]):02d}:{m[2]}"
    day = _iso_day(text)
    if day is None:
        return None
    try:
        datetime.fromisoformat(day + clock)
    except ValueError:
        return None
    return day + clock


_CLOCK_AFTER = re.compile(r"(?:[T ,]|\bat )\s*(\d{1,2})[:.](\d{2})$")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_FIRST = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def _iso_day(text: str) -> str | None:
    """YYYY-MM-DD of one of ``parse_dct``'s day forms (not checked against the calendar)."""
    # the tagger's month names and short forms; imported here, when a date is typed: the temporal
    # package brings the pipeline, which the reader's start must not load
    from incident_reader.core.temporal.lexicon import MONTHS

    if m := _ISO.fullmatch(text):
        return text
    if (m := _DAY_FIRST.fullmatch(text)) and m[2].lower() in MONTHS:
        return f"{m[3]}-{MONTHS[m[2].lower()]:02d}-{int(m[1]):02d}"
    if (m := _MONTH_FIRST.fullmatch(text)) and m[1].lower() in MONTHS:
        return f"{m[3]}-{MONTHS[m[1].lower()]:02d}-{int(m[2]):02d}"
    if m := _NUMERIC.fullmatch(text):  # day first
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    return None


def dct_words(value: str) -> str:
    """A DCT as ``parse_dct`` gives it, in words and as written: "Thursday 7 June 2018
    (2018-06-07)", so a day-first reading of 07/06/2018 shows which day was understood."""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return value
    clock = f", {when:%H:%M}" if "T" in value else ""
    return f"{when:%A} {when.day} {when:%B} {when.year}{clock} ({value})"
