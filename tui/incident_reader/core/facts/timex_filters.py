"""Time expressions that name no moment of the story: datelines, train names, a zone's echo.

"KESARPET, January 21:" dates the dispatch, "the 7.35am commuter service" names a train and
"at 7.35pm (1835 GMT)" tells one moment twice; neither the incident nor its clause reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.event_cues import _modifies_noun
from incident_reader.core.facts.vocabulary import VEHICLE_CLASSES
from incident_reader.core.model import Timex

_LOCAL = re.compile(r"[^)]*\blocal\b", re.IGNORECASE)

DATELINE_REACH = 40

# "KESARPET,", "NANDGAON (Maharashtra),", "Springfield, Ill.,": a place in capitals, a region after.
_DATELINE_HEAD = re.compile(
    r"^[A-Z][\w.'’ -]{1,30}(?:\s*\([^()]{1,30}\))?,(?:\s*[A-Z][\w.'’ -]{1,20},)?\s*$"
)

_DATELINE_TAIL = re.compile(r"\s*(?:\(|:|[–—-]\s)")

_ATTRIBUTIVE_HEAD = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)
# A weekday after a determiner and a modifier, before the noun it classes: no date.
_ATTRIBUTIVE_AFTER_ADJECTIVE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?!(?:following|next|last|previous|same|first|second|final"
    r"|past|coming)\b)[a-z][\w-]*\s+$",
    re.IGNORECASE,
)

# A part of the day after "in the" or "at" is a clock's half, not a day ("three o'clock in the
# morning", "at 11 at night"); after a day's name or alone it names one ("Monday night").
_DAY_WORD = re.compile(
    r"(?i:today|yesterday|tonight|day)|"
    r"(?<!\bin\sthe\s)(?<!\bat\s)(?i:night|morning|evening|afternoon)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\d{1,2}/\d{1,2}"
)

# A calendar date names its month or its numbers ("26 February", "Feb. 26", "26/02").
_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,2}/\d{1,2}|\d{4}-\d{2}"
)

_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")

# A train named by its departure: "the 22.47 from Dunmarsh", "the 8.15 to Leeds".
_SERVICE_TAIL = re.compile(r"\s+(?:from|to)\s+[A-Z]")
_CLOCK_WORDS = re.compile(r"\d[.:]\d\d")
# A bracket echoing a time in another zone: "2:10 a.m. local time (1810 GMT Saturday)".
_ZONE_WORD = re.compile(r"\b(?:GMT|UTC|[A-Z]{1,4}[SD]?T)\b")
_BEFORE_BRACKET = re.compile(r"(?:\d|[ap]\.?m\.?|\blocal(?:\s+time)?|\btime)\s*\($", re.IGNORECASE)
ECHO_REACH = 16

# A time after these is a stretch the story lasted ("through the night", "all morning").
# A time the sentence denies or sets aside for another: "around 2am, not at half past two",
# "on Tuesday rather than Monday", "not at 9pm but at 8pm", "instead of at noon".
_DENIED_BEFORE = re.compile(
    r"(?<![\w-])(?:not|never|rather\s+than|instead\s+of)\s+(?:(?:at|on|in|by)\s+)?"
    r"(?:(?:about|around|approximately|roughly|some)\s+)?$",
    re.IGNORECASE,
)
_SPAN_BEFORE = re.compile(r"\b(?:through|throughout|all)\s+$", re.IGNORECASE)


# A vehicle's model year: an indefinite article, a bare year, then a make's capitalised name or
# a vehicle word ("a 2003 Honda", "an 1998 Ford pickup", "a 2017 sedan"); "a 2003 attack" and
# "the 2017 Manchester attack" stay times.
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])an?\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_VEHICLE_AFTER = re.compile(
    r"\s+(?:(?-i:[A-Z][\w-]*)|"
    + "|".join(
        sorted({w for ws in VEHICLE_CLASSES.values() for w in ws}, key=lambda w: (-len(w), w))
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)


def model_year(text: str, lo: int, hi: int) -> bool:
    """Whether the time expression at ``lo:hi`` is a vehicle's model year ("a 2003 Honda")."""
    return (
        _YEAR.fullmatch(text, lo, hi) is not None
        and _ARTICLE_BEFORE.search(text, max(0, lo - 4), lo) is not None
        and _VEHICLE_AFTER.match(text, hi) is not None
    )


def _not_a_moment(text: str, lo: int, hi: int, previous: Timex | None, base: int) -> bool:
    """A time that names no moment of the story: a dateline, a train's name, a zone's rendering.

    "KESARPET, January 21:" dates the dispatch; "the 7.35am commuter service" names a train;
    "at 7.35pm (1835 GMT)" gives the same moment twice.
    """
    if model_year(text, lo, hi):
        return True  # "alone in a 2003 Honda": the car's year, no moment of the story
    if _DENIED_BEFORE.search(text, max(0, lo - 32), lo):
        return True  # "around 2am, not at half past two": the time the report rejects
    if _SPAN_BEFORE.search(text, max(0, lo - 12), lo):
        return True  # "battled the blaze through the night": how long, not when it began
    if lo < DATELINE_REACH and _DATELINE_HEAD.match(text[:lo]) and _DATELINE_TAIL.match(text, hi):
        return True
    if _ATTRIBUTIVE_HEAD.search(text, max(0, lo - 8), lo) and (
        _modifies_noun(text, hi)
        or (_SERVICE_TAIL.match(text, hi) and _CLOCK_WORDS.search(text, lo, hi) is not None)
    ):
        return True  # "the 7.35am commuter service", "the 22.47 from Dunmarsh": a train's name
    if (
        _WEEKDAY.fullmatch(text, lo, hi)
        and _ATTRIBUTIVE_AFTER_ADJECTIVE.search(text, max(0, lo - 24), lo)
        and _modifies_noun(text, hi)
    ):
        return True  # "the crowded Saturday stalls", "a busy Friday market": a kind of day
    if _is_holiday(text[lo:hi]) and _modifies_noun(text, hi):
        return True  # "a huge Halloween party crowd": a feast naming a noun, not a moment
    return zone_echo(text, lo, hi, previous, base)


def zone_echo(text: str, lo: int, hi: int, previous: Timex | None, base: int) -> bool:
    """Whether the time at ``lo:hi`` repeats the one before it in another zone, in brackets
    right after it ("at 7.35pm (1835 GMT)", "2:39pm London time (1.39am AEDT)")."""
    if previous is None or _LOCAL.match(text, lo, min(len(text), hi + 12)):
        return False
    if text[max(0, lo - 2) : lo].endswith(("(", "[")) and 0 <= lo - (previous.end - base) <= 3:
        return True
    # Inside a bracket that opens right after a time ("local time (") and names a zone: the
    # bracket's day too is the echo's ("(1810 GMT Saturday)").
    opened = text.rfind("(", max(0, lo - 30), lo)
    if opened < 0 or ")" in text[opened:lo]:
        return False
    closed = text.find(")", hi)
    bracket = text[opened : closed if closed >= 0 else hi]
    prev_end = previous.end - base
    return bool(
        _ZONE_WORD.search(bracket)
        and _BEFORE_BRACKET.search(text, max(0, opened - ECHO_REACH), opened + 1)
        # the bracket's first time is already an echo, or the time before opens the bracket
        and (prev_end > opened or 0 <= opened - prev_end <= ECHO_REACH)
    )


def _is_holiday(words: str) -> bool:
    """Whether a time expression is a feast's name ("Halloween", "Christmas Eve"): capitalised,
    with no digit, weekday or month in it."""
    return (
        words[:1].isupper()
        and not any(ch.isdigit() for ch in words)
        and not _WEEKDAY.search(words)
        and not _CALENDAR.search(words)
        and not _DAY_WORD.fullmatch(words.lower())
    )


# Between the two days of one night: "the night of Sunday 21 to Monday 22 June", "the night of
# 3 to 4 May", "overnight Saturday into Sunday", "the night from Friday to Saturday".
_NIGHT_BETWEEN = re.compile(
    r"\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:to|into|and|-|–)\s*", re.IGNORECASE
)
_NIGHT_BEFORE = re.compile(r"\b(?:night|overnight)\b[^.;:!?]{0,12}$", re.IGNORECASE)


def night_spans(text: str, timexes: Sequence[Timex], base: int) -> set[int]:
    """The indexes of the days a night told across two days does not fall on: the one with no
    clock of the sentence ("the night of Sunday 21 to Monday 22 June, at about 00:15" is Monday),
    the second when no clock tells ("the night of Friday to Saturday" is Friday's night)."""
    out: set[int] = set()
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if a.type not in ("DATE", "TIME") or b.type != "DATE" or b.value[:10] <= a.value[:10]:
            continue
        lo = a.start - base
        night = a.value.endswith("TNI") or _NIGHT_BEFORE.search(text, max(0, lo - 20), lo)
        if not night or not _NIGHT_BETWEEN.fullmatch(text, a.end - base, b.start - base):
            continue
        clocks = [t.value[:10] for t in timexes if "T" in t.value and t.value[11:12].isdigit()]
        out.add(i if b.value[:10] in clocks else i + 1)
    return out
