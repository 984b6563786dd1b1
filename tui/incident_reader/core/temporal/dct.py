"""Infer a missing document creation time from what the text itself says (never from today).

Evidence, strongest first: the latest full date the text gives, moved by an offset it states
("just 11 months after" that date), then snapped to the weekday it names ("Tuesday"). Without an
offset the date must stand in the opening lines. A text with no full date gives no DCT: a weekday
alone does not fix a calendar day.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from datetime import date, timedelta

from incident_reader.core.anniversaries import years_from, years_marked
from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal.anchoring import add_months, safe_date
from incident_reader.core.temporal.handlers_common import number, unit_of
from incident_reader.core.temporal.tagger import scan
from incident_reader.core.temporal.tense import sentence_tense, tense

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
_MONTH_WORD = r"(?:" + "|".join(k.capitalize() for k in lx.MONTHS if len(k) > 2) + r")\.?"
_WEEKDAY_DAY_MONTH = re.compile(
    r"\b(?P<wd>" + "|".join(k.capitalize() for k in lx.WEEKDAYS if len(k) > 4) + r"),?\s+"
    r"\(?"  # "Tuesday (Aug 14)": the date in brackets after its weekday
    r"(?:(?:the\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>"
    + _MONTH_WORD
    + r")"
    r"|(?P<mon2>" + _MONTH_WORD + r")\s+(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
    r"(?!\w|,?\s+\d{4}|\s*[-/]\d)"
)
# A weekday with its date after it, with a year or without ("Tuesday 22 September 2026").
_DATED_WEEKDAY = re.compile(_WEEKDAY_DAY_MONTH.pattern.rsplit("(?!", 1)[0])
_MONTH_DAY = re.compile(
    r"\b(?:(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>"
    + _MONTH_WORD
    + r")|(?P<mon2>"
    + _MONTH_WORD
    + r")\s+(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?!\w|,?\s+\d{4}|\s*[-/]\d)"
)
YEAR_HINT_REACH = 1  # a hinted year may be off by one (a story across New Year)
# When no year near the hint fits, up to five years before it: the hint is the dated reports'
# commonest year (ties: the latest), and an undated first-day report may precede a fifth
# anniversary's piece; a weekday and a day-month recur in 5, 6 or 11 years, so a fit must be the
# only one in the window.
YEAR_HINT_PAST = 5
NEAR_HINT_DAYS = 183  # a month-day read beside the other reports' day lies within half a year of it
LEAD_CHARS = 600  # a date that dates the report stands in its opening lines
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_LINE = re.compile(r"^.*\b(?:1[6-9]|20)\d\d\b.*$", re.MULTILINE)


def _shift(d: date, amount: int, unit: str) -> date:
    """``d`` moved forward by ``amount`` days, weeks, months or years."""
    if unit == "D":
        return d + timedelta(days=amount)
    if unit == "W":
        return d + timedelta(weeks=amount)
    months = amount * (12 if unit == "Y" else 1)
    y, m = add_months(d.year, d.month, months)
    return safe_date(y, m, min(d.day, 28)) or d


def _weekday_dated(
    text: str, year_hint: int, *, future: bool = False, past: int = YEAR_HINT_REACH
) -> tuple[date, str, int] | None:
    """The latest past "Saturday 21 September" whose weekday fixes its year near ``year_hint``.

    A day and month fall on a given weekday once in 5 to 11 years, so within the hint's year
    and the years either side at most one fits: that year is the date's. Dates in a future
    clause ("is due to appear on Monday 23 October") do not bound the report's date from
    below; with ``future`` the earliest of those is given instead (the report is before it).
    """
    best: tuple[date, str, int] | None = None
    for m in _WEEKDAY_DAY_MONTH.finditer(text):
        wd = lx.WEEKDAYS[m["wd"].lower()]
        mon = lx.MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        day = int(m["day"] or m["day2"])
        fits = [
            d
            for y in range(year_hint - past, year_hint + YEAR_HINT_REACH + 1)
            if (d := safe_date(y, mon, day)) is not None and d.isoweekday() == wd
        ]
        if len(fits) != 1 or (tense(text, m.start(), m.end()) > 0) != future:
            continue
        if best is None or (fits[0] < best[0] if future else fits[0] > best[0]):
            best = (fits[0], m[0], m.end())
    return best


def _past_day_before(text: str, bound: date) -> tuple[date, str] | None:
    """The latest day and month in a past clause ("on January 15th"), in the year that puts it
    within the half year before ``bound`` (a dated day the report looks forward to)."""
    best: tuple[date, str] | None = None
    for m in _MONTH_DAY.finditer(text):
        mon = lx.MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        day = int(m["day"] or m["day2"])
        for year in (bound.year, bound.year - 1):
            d = safe_date(year, mon, day)
            if d is not None and d < bound and (bound - d).days <= 183:
                if tense(text, m.start(), m.end()) <= 0 and (best is None or d > best[0]):
                    best = (d, m[0])
                break
    return best


def _from_weekday_date(
    text: str, year_hint: int, near: date | None = None
) -> tuple[str, str] | None:
    """A DCT from a dated weekday and the weekdays the text names around it.

    The first weekday named is the story's day, the occurrence nearest the dated weekday; the
    report is dated on the latest named weekday from that day on (news names a weekday only
    within the week before it), and not before the dated weekday itself.
    """
    found = _weekday_dated(text, year_hint)
    bound = None
    if found is None:  # only future dated days: the story's day is a past date before them
        ahead = _weekday_dated(text, year_hint, future=True)
        story_day = _past_day_before(text, ahead[0]) if ahead else None
        if ahead is not None and story_day is not None:
            bound = ahead[0]
            found = (story_day[0], f"{story_day[1]} (before {ahead[1]})", 0)
        else:
            found = _day_on_named_weekday(text, year_hint, near)
        if found is None:
            found = _weekday_dated(text, year_hint, past=YEAR_HINT_PAST)
        if found is None:
            return None
    anchor, quote, _ = found
    dated = {m.start() for m in _WEEKDAY_DAY_MONTH.finditer(text)}
    named = [
        lx.WEEKDAYS[m["wd"].lower()] for m in _WEEKDAY.finditer(text) if m.start() not in dated
    ]
    estimate, reasons = (
        anchor,
        [f"{quote!r} is a {anchor:%A} in {anchor.year} (year near {year_hint})"],
    )
    if named:
        week = [anchor + timedelta(days=k) for k in range(-3, 4)]
        story = next(d for d in week if d.isoweekday() == named[0])
        latest = max(story + timedelta(days=(wd - story.isoweekday()) % 7) for wd in named)
        if latest > estimate and (bound is None or latest < bound):
            estimate = latest
            reasons.append(f"the latest weekday it names after {story:%A %d %B}")
    return estimate.isoformat(), "; ".join(reasons)


def _day_on_named_weekday(
    text: str, year_hint: int, near: date | None = None
) -> tuple[date, str, int] | None:
    """A past "on January 15th" whose year near ``year_hint`` is the only one that puts it on
    the first weekday the text names ("on Wednesday morning ... on January 15th"): the story's
    day, as in ``_from_weekday_date``. A weekday and a month-day meet by chance one time in
    seven: with the other reports' day (``near``) the month-day is read in the half year around
    it, and a fit a year away from it tells nothing ("on Tuesday ... ordered it on 18 February"
    beside reports of a later Tuesday)."""
    first = _WEEKDAY.search(text)
    if first is None:
        return None
    named = {lx.WEEKDAYS[first["wd"].lower()]}
    best: tuple[date, str, int] | None = None
    for m in _MONTH_DAY.finditer(text):
        mon = lx.MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        day = int(m["day"] or m["day2"])
        fits = [
            d
            for y in range(year_hint - YEAR_HINT_REACH, year_hint + YEAR_HINT_REACH + 1)
            if (d := safe_date(y, mon, day)) is not None and d.isoweekday() in named
        ]
        if near is not None:
            fits = [d for d in fits if abs((d - near).days) <= NEAR_HINT_DAYS]
        if len(fits) == 1 and tense(text, m.start(), m.end()) <= 0:
            if best is None or fits[0] > best[0]:
                best = (fits[0], m[0], m.end())
    return best


def _full_dates(text: str) -> list[tuple[str, str, int]]:
    """Every absolute calendar date in the text as (value, words, offset).

    A full date carries a four-digit year and stands within one line, so only the lines with a
    year are tagged: a text without one costs a regex search, not a second tagging pass.
    """
    found: list[tuple[str, str, int]] = []
    for line in _YEAR_LINE.finditer(text):
        found.extend(
            (t.value, t.text, line.start() + t.start)
            for t in scan(line[0], None)
            if _FULL_DATE.match(t.value)
        )
    return found


def infer_dct_with_evidence(
    text: str, year_hint: int | None = None, date_hint: str | None = None
) -> tuple[str, str] | None:
    """The inferred DCT and a short human reason, or None when the text does not allow it.

    ``year_hint`` (say, the year of another report of the same incident) lets a weekday with a
    day and month ("Saturday 21 September") fix the year when the text gives no full date;
    ``date_hint`` (the earliest date of the other reports) dates a text that tells its days only
    relative to its own ("on Tuesday morning", "last night").
    """
    if date_hint and not _full_dates(text) and _writes_day(text, date_hint):
        # the folder's day for it is the day its own dateline writes ("NEW YORK, Nov 1"): more
        # than a year guessed from a weekday beside that month-day
        if later := _steps_after_told_day(text, date_hint):
            return later, f"the latest weekday it names after {_day_words(date_hint)}"
        return date_hint[:10], f"its own {_day_words(date_hint)}, dated by the other reports"
    found = _infer(text, year_hint, _hint_day(date_hint))
    if found is None and date_hint and (marked := years_marked(text)):
        # an anniversary piece is written N years after the story's first day, not on it
        on = years_from(date.fromisoformat(date_hint[:10]), marked[0]).isoformat()
        return on, f"the anniversary it marks of the other reports' day ({date_hint[:10]})"
    if found is None and date_hint and _RELATIVE_DAY.search(text):
        if later := _after_story_day(text, date_hint):
            return later, f"the latest weekday it names after the story's day ({date_hint[:10]})"
        # not "dated like the other reports": the hint is a day worked out from their dates (the
        # story's first day, or the morrow of the day they tell for its weekday), often none's own
        day = date_hint[:10]
        if later := _told_after_hint(text, day):
            return later, f"the latest weekday it tells as past after the folder's day ({day})"
        return day, f"the day the other reports in the folder point to ({day})"
    return found


_LAST_BEFORE = re.compile(r"\b(?:last|next|this|coming|previous|following)\s+$", re.IGNORECASE)


def _after_story_day(text: str, story_iso: str) -> str | None:
    """The DCT of a text telling the other reports' day by its weekday ("Thursday's attack"):
    not that day, which it would call "today", but the latest weekday it names in the past from
    that day on (news names a weekday only within the week before it, as ``_from_weekday_date``),
    at least the day after; None when it does not name the story's weekday."""
    from incident_reader.core.sibling_days import same_day

    story = date.fromisoformat(story_iso[:10])
    dated = {m.start() for m in _WEEKDAY_DAY_MONTH.finditer(text)}
    told = [
        m
        for m in _WEEKDAY.finditer(text)
        if m.start() not in dated
        and not _LAST_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and tense(text, m.start(), m.end()) <= 0
    ]
    named = [lx.WEEKDAYS[m["wd"].lower()] for m in told]
    if story.isoweekday() not in named:
        return None
    own = told[named.index(story.isoweekday())]
    if same_day(text, own):  # "early on Wednesday morning ... treated 31 people this afternoon"
        return story.isoformat()
    past = {  # told in a past sentence, or before the story ("had gone to bed on Monday")
        lx.WEEKDAYS[m["wd"].lower()]
        for m in told
        if sentence_tense(text, m.start(), m.end()) < 0 or _before_or_if(text, m.start())
    }
    latest = max(_run_or_near(story, wd, past) for wd in named)
    return max(latest, story + timedelta(days=1)).isoformat()


def _run_or_near(story: date, weekday: int, past: Collection[int]) -> date:
    """The day of ``weekday`` in the run of days the text tells as past back from the story's
    day ("Monday night ... early on Tuesday ... on Wednesday": the days up to it, not next
    Monday), else as ``_near_story`` reads it."""
    for back in range(1, 6):
        day = story - timedelta(days=back)
        if day.isoweekday() not in past:
            break
        if day.isoweekday() == weekday:
            return day
    return _near_story(story, weekday)


def _told_after_hint(text: str, hint_iso: str) -> str | None:
    """The latest weekday a text tells in the past ("the fourth suspect was detained on
    Thursday"), read near the folder's day as ``_near_story`` reads it, when it falls after that
    day: a report is written on or after every day it tells as past. None when none does.

    The folder's day may be two days after the story's own (the siblings' day for the text's
    weekday, moved on by a step the text dates "yesterday": core.sibling_days): the text's first
    weekday, two days before the folder's day with none named between, is that story's day, not
    the same weekday a week on ("killed four on Wednesday ... died yesterday evening" on a
    Friday)."""
    hint = date.fromisoformat(hint_iso[:10])
    dated = {m.start() for m in _WEEKDAY_DAY_MONTH.finditer(text)}
    told: list[int] = []
    for m in _WEEKDAY.finditer(text):
        if m.start() in dated or _LAST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if tense(text, m.start(), m.end()) >= 0 or _before_or_if(text, m.start()):
            continue  # to come, untold, or before the story ("had been seen on Thursday")
        told.append(lx.WEEKDAYS[m["wd"].lower()])
    eve, two_before = ((hint - timedelta(days=k)).isoweekday() for k in (1, 2))
    story_two_before = bool(told) and told[0] == two_before and eve not in told
    latest = hint
    for weekday in told:
        if story_two_before and weekday == two_before:
            continue
        latest = max(latest, _near_story(hint, weekday))
    return latest.isoformat() if latest > hint else None


# A day written as the day something happened ("caught fire at 11 a.m. on Oct. 21"), not a
# dateline ("NEW YORK, Nov 1 -"): a preposition right before it.
_ON_BEFORE = re.compile(
    r"\b(?:on|of)\s+(?:(?:"
    + "|".join(k.capitalize() for k in lx.WEEKDAYS if len(k) > 4)
    + r"),?\s+)?$"
)


def _steps_after_told_day(text: str, story_iso: str) -> str | None:
    """The DCT of a text that writes the story's day in its body ("the plant caught fire on Oct.
    21") and tells later steps by their weekdays in the past ("was questioned on Thursday", "said
    on Monday that"): the latest such weekday from the day after the story's on; None when the
    day stands only as a dateline or no weekday names a later day."""
    from incident_reader.core.sibling_days import told_month_days

    story = date.fromisoformat(story_iso[:10])
    if not any(
        _ON_BEFORE.search(text, max(0, at - 20), at)
        for at in told_month_days(text, (story.month, story.day))
    ):
        return None
    dated = {m.start() for m in _WEEKDAY_DAY_MONTH.finditer(text)}
    days = []
    for m in _WEEKDAY.finditer(text):
        if m.start() in dated or _LAST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        wd = lx.WEEKDAYS[m["wd"].lower()]
        if tense(text, m.start(), m.end()) < 0:
            days.append(story + timedelta(days=(wd - story.isoweekday()) % 7))
        elif sentence_tense(text, m.start(), m.end()) < 0 and not _before_or_if(text, m.start()):
            # a past sentence's ("the minister, who visited the scene on Saturday, announced"),
            # not one told before the story ("had been stolen on Saturday") or supposed ("if
            # you saw it on Sunday")
            days.append(_near_story(story, wd))
    latest = max(days, default=story)
    return latest.isoformat() if latest > story else None


_HAD_OR_IF = re.compile(r"\b(?:had|if)\b", re.IGNORECASE)
SENTENCE_REACH = 300


def _before_or_if(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` holds a past perfect (a step before the story: "had
    been stolen on Saturday") or a supposition ("if you saw it on Sunday")."""
    lo = max(0, at - SENTENCE_REACH)
    start = max(text.rfind(c, lo, at) for c in ".!?\n") + 1
    return _HAD_OR_IF.search(text, max(lo, start), at) is not None


def _near_story(story: date, weekday: int) -> date:
    """The day of ``weekday`` a report of the story means: from the story's day to six days on,
    but the story's eve for the weekday before it (the other reports may be the morrow's)."""
    ahead = (weekday - story.isoweekday()) % 7
    return story + timedelta(days=ahead - 7 if ahead == 6 else ahead)


def _writes_day(text: str, iso: str) -> bool:
    """Whether the text writes the month and day of ``iso`` (without a year)."""
    from incident_reader.core.sibling_days import month_days

    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return False
    return (day.month, day.day) in month_days(text)


_MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _day_words(iso: str) -> str:
    """ "Nov 1", in English whatever the locale (strftime's %b follows it)."""
    day = date.fromisoformat(iso[:10])
    return f"{_MONTH_ABBR[day.month - 1]} {day.day}"


_RELATIVE_DAY = re.compile(
    r"\b(?:" + "|".join(k.capitalize() for k in lx.WEEKDAYS if len(k) > 4) + r")\b"
    r"|\b(?i:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
)


# A line that stamps the report's own date before it: "Posted 23 May 2026", "Published: 4 March
# 2025", "First published on Tuesday 4 March 2025".
_STAMP = re.compile(
    r"\s*(?:first\s+)?(?:posted|published|issued|released|updated|last\s+updated)\s*:?\s*"
    r"(?:on\s+|at\s+)?(?:[A-Z][a-z]+day,?\s+)?",
    re.IGNORECASE,
)


def _hint_day(date_hint: str | None) -> date | None:
    """The other reports' day as a date, None when there is none or it does not parse."""
    try:
        return date.fromisoformat(date_hint[:10]) if date_hint else None
    except ValueError:
        return None


def _infer(text: str, year_hint: int | None, near: date | None = None) -> tuple[str, str] | None:
    """The DCT the text itself gives, with the year hint; see ``infer_dct_with_evidence``."""
    anchors = _full_dates(text)
    if not anchors:
        return _from_weekday_date(text, year_hint, near) if year_hint is not None else None
    for value, words, at in anchors:
        line_start = text.rfind("\n", 0, at) + 1
        if at <= LEAD_CHARS and _STAMP.fullmatch(text, line_start, at):
            # "Posted 23 September 2026, 6.30pm": the release dates itself
            return value[:10], f"the date it was posted: {words!r}"
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
    dated = {m.start() for m in _DATED_WEEKDAY.finditer(text)}
    # a weekday the text dates itself ("on Tuesday 22 September") or one still to come ("will
    # appear in court on Friday") tells no day of its own
    weekdays = Counter(
        m["wd"]
        for m in _WEEKDAY.finditer(text)
        if m.start() not in dated and tense(text, m.start(), m.end()) <= 0
    )
    if not weekdays and dated and not offset:
        return latest.isoformat(), reasons[0]  # its days are all dated: the latest of them
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


def infer_dct(text: str, year_hint: int | None = None, date_hint: str | None = None) -> str | None:
    """Infer a missing DCT from the text (and optional hints); None when it cannot."""
    found = infer_dct_with_evidence(text, year_hint, date_hint)
    return found[0] if found else None
