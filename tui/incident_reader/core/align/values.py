"""Fact values as ranges and instants, and how two of them agree: match, compatible or conflict.

Tolerances (the report-pairs README's): clock times less than 10 minutes apart are compatible,
10 or more conflict, hedged or not ("shortly before midnight" is 24:00 and "shortly after 9.40pm"
21:40: the tolerance covers the hedge, so 23:44 conflicts with the first); counts are
compatible when their ranges overlap; age bands early/mid/late cover 0-3/3-6/6-9 within the
decade; a date is compatible with a less precise form of itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from incident_reader.core.model import FactValue
from incident_reader.core.speed_values import parse as parse_stated_speed

MATCH, COMPATIBLE, REVISED, CONFLICT = "match", "compatible", "revised", "conflict"

TIME_TOLERANCE_MINUTES = 10  # clock times this far apart or more conflict
AGE_SLACK_YEARS = 1  # a band's ends may be off by a year ("late 20s" read as 27..29)
SPEED_TOLERANCE_MPH = 5  # speeds in different units closer than this are compatible

# Vague counts as they may arrive in words (gold files, older extractors): name -> (min, max).
VAGUE_COUNTS: dict[str, tuple[int, int | None]] = {
    "several": (3, 9),
    "dozens": (24, None),
    "a dozen": (12, 12),
    "a few": (2, 5),
    "a handful": (2, 6),
    "a number of": (2, None),
    "some": (2, None),
    "many": (4, None),
    "scores": (40, None),
    "hundreds": (200, None),
}
AGE_BANDS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
PART_OF_DAY_MINUTES: dict[str, tuple[int, int]] = {  # start, end (minutes from the day's start)
    "MO": (5 * 60, 12 * 60),
    "MI": (11 * 60, 14 * 60),
    "AF": (12 * 60, 18 * 60),
    "EV": (17 * 60, 22 * 60),
    "NI": (20 * 60, 30 * 60),
    "DT": (8 * 60, 18 * 60),
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {  # first month, number of months
    "SP": (3, 3),
    "SU": (6, 3),
    "FA": (9, 3),
    "AU": (9, 3),
    "WI": (12, 3),
}
QUARTER_MONTHS: dict[str, tuple[int, int]] = {
    "Q1": (1, 3),
    "Q2": (4, 3),
    "Q3": (7, 3),
    "Q4": (10, 3),
    "H1": (1, 6),
    "H2": (7, 6),
}

_RANGE = re.compile(r"^(\d+)\s*(?:-|to|–)\s*(\d+)$")
_BOUND = re.compile(r"^(>=|<=|>|<)\s*(\d+)$")
_AGE_BAND = re.compile(r"^(?:(early|mid|late)[\s-]*)?(\d)0s$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_TIMEX = re.compile(
    r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(?:(\d{2}):(\d{2})|(MO|MI|AF|EV|NI|DT)))?$"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A closed numeric range; ``hi`` None is open-ended, ``lo == hi`` an exact value."""

    lo: float
    hi: float | None

    @property
    def exact(self) -> bool:
        """Whether the range is one value (a precise count or age)."""
        return self.hi is not None and self.lo == self.hi

    def overlaps(self, other: Span, slack: float = 0) -> bool:
        """Whether the two ranges share a value (ends widened by ``slack``)."""
        lo_ok = self.hi is None or other.lo <= self.hi + slack
        hi_ok = other.hi is None or self.lo <= other.hi + slack
        return lo_ok and hi_ok

    def above(self, other: Span) -> bool:
        """Whether every value of this range is larger than every value of ``other``."""
        return other.hi is not None and self.lo > other.hi


def _as_span_dict(value: dict[str, int | None]) -> Span | None:
    lo, hi = value.get("min"), value.get("max")
    if lo is None and hi is None:
        return None
    try:
        return Span(float(lo or 0), None if hi is None else float(hi))
    except (TypeError, ValueError):  # not a number: the value cannot be read as a range
        return None


def parse_count(value: FactValue) -> Span | None:
    """A count as a range: 4, {"min": 3, "max": 9}, "several", "20-30", ">10", ">=3"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return Span(float(value), float(value))
    if isinstance(value, dict):
        return _as_span_dict(value)
    text = str(value).strip().lower()
    if text.isdecimal():  # not isdigit: "²" is a digit that float() refuses
        return Span(float(text), float(text))
    if text in VAGUE_COUNTS:
        lo, hi = VAGUE_COUNTS[text]
        return Span(lo, hi)
    if m := _RANGE.match(text):
        return Span(float(m[1]), float(m[2]))
    if m := _BOUND.match(text):
        n = float(m[2])
        return {">": Span(n + 1, None), ">=": Span(n, None), "<": Span(0, n - 1)}.get(
            m[1], Span(0, n)
        )
    return None


def parse_age(value: FactValue) -> Span | None:
    """An age as a range: 29, {"min": 26, "max": 29}, "40s", "late 20s"."""
    if isinstance(value, str) and (m := _AGE_BAND.match(value.strip().lower())):
        decade = int(m[2]) * 10
        lo, hi = AGE_BANDS[m[1]] if m[1] else (0, 9)
        return Span(decade + lo, decade + hi)
    return parse_count(value)


def parse_speed(value: FactValue) -> float | None:
    """A speed in mph: 40, "40mph", "43.5mph", ">100km/h" (its figure); km/h and knots are
    converted (``core.speed_values``)."""
    if isinstance(value, dict):
        span = _as_span_dict(value)
        return span.lo if span else None
    speed = parse_stated_speed(value)
    return speed.mph if speed else None


def parse_clock(value: FactValue) -> int | None:
    """Minutes after midnight of "HH:MM" (also the time part of a TIMEX3 value); 24:00 is 1440."""
    text = str(value).strip()
    if "T" in text:
        text = text.split("T", 1)[1]
    m = _CLOCK.match(text)
    if not m or int(m[1]) > 24 or int(m[2]) > 59:
        return None
    return int(m[1]) * 60 + int(m[2])


def _add_months(year: int, month: int, months: int) -> date:
    index = year * 12 + (month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


@lru_cache(maxsize=4096)
def timex_interval(value: str) -> tuple[int, int, bool] | None:
    """A TIMEX3 value as (start, end, instant) in minutes since year 1; None if unplaceable."""
    try:
        return _interval(value.strip())
    except (ValueError, OverflowError):  # year 0, year 10000, day 31 of a 30-day month
        return None


def _interval(text: str) -> tuple[int, int, bool] | None:
    day_minutes = 24 * 60
    if re.fullmatch(r"\d{3}", text):  # decade
        start, end = date(int(text) * 10, 1, 1), date(int(text) * 10 + 10, 1, 1)
        return _minutes(start), _minutes(end), False
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])", text):
        first, count = (SEASON_MONTHS | QUARTER_MONTHS)[m[2]]
        start = date(int(m[1]), first, 1)
        return _minutes(start), _minutes(_add_months(int(m[1]), first, count)), False
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", text):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        start = monday + timedelta(days=5) if m[3] else monday
        end = monday + timedelta(days=7)
        return _minutes(start), _minutes(end), False
    m = _TIMEX.match(text)
    if not m:
        return None
    year, month, day, hour, minute, part = m.groups()
    if month is None:
        return _minutes(date(int(year), 1, 1)), _minutes(date(int(year) + 1, 1, 1)), False
    if day is None:
        start = date(int(year), int(month), 1)
        return _minutes(start), _minutes(_add_months(int(year), int(month), 1)), False
    base = _minutes(date(int(year), int(month), int(day)))
    if hour is not None:
        clock = int(hour) * 60 + int(minute)
        return base + clock, base + clock, True
    if part is not None:
        lo, hi = PART_OF_DAY_MINUTES[part]
        return base + lo, base + hi, False
    return base, base + day_minutes, False


def _minutes(day: date) -> int:
    return day.toordinal() * 24 * 60


_ZONED = re.compile(r"^(\d{1,2}):(\d{2}) UTC([+-])(\d{2}):(\d{2})$")


def parse_zoned(value: FactValue) -> tuple[int, int] | None:
    """(minutes after midnight, zone offset in minutes) of a clock kept in its zone, as
    ``zones.to_local`` writes it when the place's zone is unknown: "13:00 UTC+00:00"."""
    m = _ZONED.match(str(value).strip())
    if not m:
        return None
    offset = (int(m[4]) * 60 + int(m[5])) * (1 if m[3] == "+" else -1)
    return int(m[1]) * 60 + int(m[2]), offset


def _compare_zoned(a: FactValue, b: FactValue) -> str | None:
    """A clock in a named zone against another: both zoned compare in UTC; against a local
    clock of an unknown zone, they agree when some whole-hour offset brings them together."""
    za, zb = parse_zoned(a), parse_zoned(b)
    if za and zb:
        gap = abs((za[0] - za[1]) - (zb[0] - zb[1])) % 1440
    elif (zoned := za or zb) and (local := parse_clock(b if za else a)) is not None:
        gap = abs(local - zoned[0]) % 60
    else:
        return None
    gap = min(gap, (60 if not (za and zb) else 1440) - gap)
    if gap == 0:
        return MATCH if za and zb else COMPATIBLE
    return COMPATIBLE if gap < TIME_TOLERANCE_MINUTES else CONFLICT


_CLOCK_WINDOW = re.compile(r"^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$")


def parse_clock_window(value: FactValue) -> tuple[int, int] | None:
    """(first, last) minutes after midnight of a clock time (both the same) or of a window
    "11:30-12:00" (one that passes midnight ends past 1440)."""
    if (m := _CLOCK_WINDOW.match(str(value).strip())) is None:
        at = parse_clock(value)
        return None if at is None else (at, at)
    first, last = parse_clock(m[1]), parse_clock(m[2])
    if first is None or last is None:
        return None
    return first, last if last >= first else last + 1440


def compare_clock(a: FactValue, b: FactValue) -> str | None:
    """Two clock times: match when equal, compatible when less than 10 minutes apart; a window
    ("11:30-12:00") is compatible with a clock inside it or that near it."""
    wa, wb = parse_clock_window(a), parse_clock_window(b)
    if wa is None or wb is None:
        return _compare_zoned(a, b)
    if wa == wb:
        return MATCH
    # 24:00 is 00:00; 23:55 and 00:03 are 8 minutes apart
    gap = min(max(0, wb[0] + shift - wa[1], wa[0] - wb[1] - shift) for shift in (-1440, 0, 1440))
    if gap == 0 and wa[0] == wa[1] and wb[0] == wb[1]:
        return MATCH
    return COMPATIBLE if gap < TIME_TOLERANCE_MINUTES else CONFLICT


@lru_cache(maxsize=8192)
def compare_timex(a: str, b: str) -> str | None:
    """Two TIMEX3 values: the same, one within the other (or clock times close), or apart."""
    if a == b:
        return MATCH
    ia, ib = timex_interval(a), timex_interval(b)
    if ia is None or ib is None:
        return None
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short)] in "-T":
        return COMPATIBLE  # a part of its own day (a night runs past midnight), a day of its month
    (sa, ea, pa), (sb, eb, pb) = ia, ib
    if pa and pb:
        gap = abs(sa - sb)
        if gap == 0:
            return MATCH
        return COMPATIBLE if gap < TIME_TOLERANCE_MINUTES else CONFLICT
    if (sa, ea) == (sb, eb):
        return MATCH
    if pa:  # an instant inside (or at the edge of) an interval
        return COMPATIBLE if sb <= sa <= eb else CONFLICT
    if pb:
        return COMPATIBLE if sa <= sb <= ea else CONFLICT
    # one within the other, or vague stretches that overlap ("tonight" / "this evening")
    return COMPATIBLE if sa < eb and sb < ea else CONFLICT


def compare_spans(a: Span | None, b: Span | None, slack: float = 0) -> str | None:
    """Two ranges: match when the same exact value or range, compatible when they overlap."""
    if a is None or b is None:
        return None
    if a == b:
        return MATCH
    if a.exact and b.exact:
        return CONFLICT
    return COMPATIBLE if a.overlaps(b, slack) else CONFLICT


def compare_counts(a: FactValue, b: FactValue) -> str | None:
    """Two counts (casualties, arrests): ranges overlap -> compatible, else conflict."""
    return compare_spans(parse_count(a), parse_count(b))


def compare_ages(a: FactValue, b: FactValue) -> str | None:
    """Two ages: exact ages must be equal; bands are compatible with what they cover."""
    sa, sb = parse_age(a), parse_age(b)
    if sa is None or sb is None:
        return None
    slack = 0 if sa.exact and sb.exact else AGE_SLACK_YEARS
    return compare_spans(sa, sb, slack)


def speed_unit(value: FactValue) -> str | None:
    """The unit a speed was stated in: "mph" (a bare figure is mph, as the extractor writes it),
    "km/h" or "knots"; None for a range or an unreadable value."""
    if isinstance(value, dict):
        return None
    speed = parse_stated_speed(value)
    return speed.unit if speed else None


def compare_speeds(a: FactValue, b: FactValue) -> str | None:
    """Two speeds: equal -> match. Two figures stated in the same unit that differ conflict, hedged
    or not ("around 90 km/h" / "82 km/h": a hedge says the figure is rounded, not that another
    figure is the same speed). Figures in different units are compared in mph: one a rounded
    conversion of the other ("30mph" / "50 km/h") is compatible, less than 5 mph apart. A bound
    ("more than 100 km/h") agrees with the figures it allows (110 km/h), within that tolerance
    across units."""
    if isinstance(a, dict) or isinstance(b, dict):
        sa, sb = parse_speed(a), parse_speed(b)
        if sa is None or sb is None:
            return None
        if round(sa) == round(sb):
            return MATCH
        return COMPATIBLE if abs(sa - sb) < SPEED_TOLERANCE_MPH else CONFLICT
    pa, pb = parse_stated_speed(a), parse_stated_speed(b)
    if pa is None or pb is None:
        return None
    if pa.bound or pb.bound:
        if pa == pb:
            return MATCH
        slack = 0.0 if pa.unit == pb.unit else SPEED_TOLERANCE_MPH
        (alo, ahi), (blo, bhi) = pa.mph_range(), pb.mph_range()
        apart = alo - slack > bhi or blo - slack > ahi
        return CONFLICT if apart else COMPATIBLE
    if round(pa.mph) == round(pb.mph):
        return MATCH
    if pa.unit == pb.unit:
        return CONFLICT
    return COMPATIBLE if abs(pa.mph - pb.mph) < SPEED_TOLERANCE_MPH else CONFLICT


def compare_dates(a: FactValue, b: FactValue) -> str | None:
    """Two dates (ISO or any TIMEX3 date): a month is compatible with a day inside it."""
    return compare_timex(str(a), str(b))
