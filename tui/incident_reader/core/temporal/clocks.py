"""Clock-time normalisers: a clock time on its own day, the narrative's, the incident's, a blog's.

These are the expressions that follow the narrative: a bare clock time takes the day the text is
talking about (the narrative date when it was set a sentence ago, else the incident's day), so
"late last night ... at around 22:15" lands on the night before a report dated the next day.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal import timeml
from incident_reader.core.temporal.anchoring import (
    Context,
    monthday_year,
    safe_date,
)
from incident_reader.core.temporal.days import (
    _REF_SHIFT,
    _SENTENCE_BREAK,
    UNKNOWN_DAY,
    _shift_word,
    _weekday_date,
    story_weekday,
)
from incident_reader.core.temporal.handlers_common import Found, Groups, month_num, norm, number
from incident_reader.core.temporal.tense import ahead_only, sentence_bounds, sentence_tense

_STAMP_AFTER = re.compile(r"\s*(?:[:\-–—|]|\n)")
# A label that opens the line before an entry's stamp: "UPDATE 15:05:", "Update 9.15am -",
# "[Latest 14.20]", "Edit at 1800 hrs:": the clock says when the entry was written.
_STAMP_LABEL = re.compile(
    r"(?:^|\n)[ \t]*[\[(]?(?:updated?|latest|edit(?:ed)?|correction|addendum|breaking|posted)"
    r"(?:[ \t]+at)?[ \t]*[:\-–—]?[ \t]*$",
    re.IGNORECASE,
)
_LABEL_REACH = 24
_STAMP_CLOSE = re.compile(r"[ \t]*[\])]")


_WEEKDAY_NAMES = "|".join(k.capitalize() for k in lx.WEEKDAYS if len(k) > 4)


# "11.52pm on Monday", "7.20am this morning", "1am in the early hours of Sunday": the clock's own
# day follows it (a separate extent).
_OWN_DAY_AFTER = re.compile(
    r"\.?(?:\s*\([^()\n]{1,30}\))?(?:\s*,)?\s*(?:on\s+|in\s+the\s+(?:early|small|wee)\s+hours\s+of\s+)?(?:(?P<wd>"
    + _WEEKDAY_NAMES
    + r")|(?P<dw>yesterday|today|tomorrow|tonight"
    r"|this\s+(?:morning|afternoon|evening)|last\s+night"
    r"|(?P<ana>(?:that|the\s+same|the\s+next|the\s+following|the\s+previous)"
    r"\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before"
    r"|that\s+(?:same\s+)?(?P<awd>" + _WEEKDAY_NAMES + r"))))\b"
)


_MONTH_NAMES = "|".join(sorted((k.capitalize() for k in lx.MONTHS), key=len, reverse=True))


_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


# "11pm on 26 February", "1:47 a.m. on Feb. 8", "11.18pm on the night of Friday 23 August".
_OWN_DATE_AFTER = re.compile(
    r"\.?\s{0,3},?\s{0,3}(?:on\s{1,3}(?:the\s{1,3}(?:night|morning|afternoon|evening)\s{1,3}of\s{1,3})?"
    r"|in\s{1,3}the\s{1,3}(?:early|small|wee)\s{1,3}hours\s{1,3}of\s{1,3})"
    r"(?:(?P<wd>" + _WEEKDAY_NAMES + r"),?\s{1,3})?(?:the\s{1,3})?"
    r"(?:(?P<d1>" + _DAY_NUM + r")\s{1,3}(?:of\s{1,3})?(?P<m1>" + _MONTH_NAMES + r")\b\.?"
    r"|(?P<m2>" + _MONTH_NAMES + r")\b\.?\s{1,3}(?P<d2>" + _DAY_NUM + r")"
    r"|(?P<d3>[12]\d|3[01]|0?[1-9])(?P<sep>[./-])(?P<m3>1[0-2]|0?[1-9])(?P=sep)(?P<y3>(?:19|20)\d\d)\b)"
    r"(?:,?\s{1,3}(?P<y>(?:1[6-9]|20)\d\d)\b|\s{1,3}(?P<yrel>last|next)\s{1,3}year\b)?"
)


# The other end of a clock range: "between 11pm and midnight on Tuesday", "2am to 4am on Sunday".
_RANGE_NEXT = re.compile(
    r"\s{0,3}(?:and|to|until|till|[-–])\s{0,3}(?:(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?[ap]\.?\s?m\.?"
    r"|[012]?\d:[0-5]\d|midnight|noon|midday)"
    r"(?=\s{0,3},?\s{0,3}(?:on\s|last\s|this\s|yesterday|today|(?-i:[A-Z])[a-z]+day\b))",
    re.IGNORECASE,
)


# Between a day named just before and its clock time: "on Friday at 1pm", "yesterday, around 3pm".
_DAY_THEN_CLOCK = re.compile(
    r"(?:['’]s)?\s{0,3},?\s{0,3}(?:(?:at|from|around|about|by|until|till|before|after|shortly\s+after"
    r"|shortly\s+before|just\s+after|just\s+before|soon\s+after)\s{1,3})?"
    r"(?:(?:about|around|approximately|roughly)\s{1,3})?"
)


DAY_THEN_CLOCK_REACH = 40


_POD_SPAN = {"MO": (4 * 60, 12 * 60 + 30), "MI": (11 * 60, 14 * 60), "AF": (12 * 60, 18 * 60 + 30),
             "EV": (16 * 60, 23 * 60), "NI": (18 * 60, 6 * 60)}  # fmt: skip


RECENT_REACH = 1500  # characters after which a named day is no longer the narrative's


def _story_day_after(g: Groups, ctx: Context, e: int) -> date | None:
    """The story's day that an anaphoric day after the clock names ("8pm the previous day",
    "ten o'clock that night"), counted from the narrative's day, which it does not move."""
    if ctx.dct is None or g.get("wd") or g.get("dw") or g.get("mon"):
        return None
    after = _OWN_DAY_AFTER.match(ctx.text, e)
    if after is None or not after["ana"]:
        return None
    if after["awd"]:  # "9:45 p.m. that Saturday": the Saturday nearest the story's day
        return story_weekday(ctx.ref or ctx.dct, lx.WEEKDAYS[after["awd"].lower()])
    ana = norm(after["ana"])
    shift = -1 if ana == "the day before" else _REF_SHIFT.get(ana.rsplit(" ", 1)[0], 0)
    return (ctx.ref or ctx.dct) + timedelta(days=shift)


def _own_day(g: Groups, ctx: Context, s: int, e: int) -> date | None:
    """The day a clock time names itself: in its extent ("noon Saturday") or right after it.

    A bracket between them does not part them: "10:35 a.m. (0735 GMT) Friday".
    """
    wd, dw = g.get("wd"), norm(g.get("dw"))
    if not wd and not dw and not g.get("mon"):  # "between 2am and 4am on Sunday": both on Sunday
        coordinated = _RANGE_NEXT.match(ctx.text, e)
        e = coordinated.end() if coordinated else e
    dated = None if wd or dw or g.get("mon") else _OWN_DATE_AFTER.match(ctx.text, e)
    if ctx.dct is None:  # no report date: only a date written in full places the clock
        return _full_date(dated) if dated is not None else None
    has_date = dated is not None and bool(dated["m1"] or dated["m2"] or dated["d3"])
    wd_at = (s, e)  # the tense that places a weekday is read around the weekday itself
    if not wd and not dw and not g.get("mon") and not has_date:
        after = _OWN_DAY_AFTER.match(ctx.text, e)
        if after and not after["ana"]:
            wd, dw = after["wd"], norm(after["dw"])
            wd_at = after.span("wd") if wd else wd_at
    if dw:
        return _shift_word(dw, ctx)
    if not wd and not g.get("mon"):
        if dated and dated["d3"]:  # "4 pm on 08.06.2024": day first, as the numeric rules read it
            return safe_date(int(dated["y3"]), int(dated["m3"]), int(dated["d3"]))
        if dated and (dated["m1"] or dated["m2"]):
            mon = lx.MONTHS[(dated["m1"] or dated["m2"]).lower()]
            day = int(re.sub(r"\D", "", dated["d1"] or dated["d2"]))
            if dated["y"]:
                return safe_date(int(dated["y"]), mon, day)
            if dated["yrel"]:  # "at 6.50pm on November 16 last year"
                return safe_date(ctx.dct.year + (1 if dated["yrel"] == "next" else -1), mon, day)
            side = sentence_tense(ctx.text, s, dated.end())
            return safe_date(monthday_year(ctx.dct, mon, day, side), mon, day)
        if dated and dated["wd"]:
            wd, wd_at = dated["wd"], dated.span("wd")
    if wd:
        return _weekday_date(wd, "", ctx, *wd_at)
    if g.get("mon") and g.get("day"):
        mon, day = month_num(g), int(g["day"] or 0)
        return safe_date(monthday_year(ctx.dct, mon, day, 0), mon, day)
    if 0 <= ctx.day_end and s - ctx.day_end <= DAY_THEN_CLOCK_REACH:
        between = _DAY_THEN_CLOCK.match(ctx.text, ctx.day_end, s)
        if between is not None and between.end() == s:
            return ctx.day
    return None


def _full_date(dated: re.Match[str]) -> date | None:
    """The day of "9pm on 3 March 2019" or "4 pm on 08.06.2024", which needs no report date."""
    if dated["d3"]:
        return safe_date(int(dated["y3"]), int(dated["m3"]), int(dated["d3"]))
    if (dated["m1"] or dated["m2"]) and dated["y"]:
        mon = lx.MONTHS[(dated["m1"] or dated["m2"]).lower()]
        return safe_date(int(dated["y"]), mon, int(re.sub(r"\D", "", dated["d1"] or dated["d2"])))
    return None


def _narrative_day(ctx: Context, s: int, minutes: int) -> date | None:
    """The day of a bare clock time: the narrative's if recent and fitting, else the incident's.

    "This morning ... 9.30pm" cannot share a day part, so the evening goes to the incident's day.
    """
    recent = (
        0 <= ctx.ref_pos
        and s - ctx.ref_pos <= RECENT_REACH
        and len(_SENTENCE_BREAK.findall(ctx.text, ctx.ref_pos, s)) <= 1
    )
    fits = ctx.ref_pod is None or _fits(ctx.ref_pod, minutes)
    ahead = ctx.ref is not None and ctx.dct is not None and ctx.ref > ctx.dct
    behind = ctx.ref is not None and ctx.dct is not None and ctx.ref < ctx.dct
    if behind and ahead_only(ctx.text, s, s):
        return ctx.dct  # "expected around 5pm" after "yesterday": a clock to come, not the past
    if recent and fits and not (ahead and sentence_tense(ctx.text, s, s) < 0):
        return ctx.ref  # a clock told in the past is not on a day still to come
    return _day_of_same_topic(ctx, s) or ctx.incident_day or ctx.dct


# The incident's day told as a night: "the night of Saturday 15 to Sunday 16", "Friday night".
_NIGHT_AT = re.compile(r"(?:night\b|[A-Za-z]+day\s+night\b)", re.IGNORECASE)


def _incident_night(ctx: Context, d: date) -> bool:
    """Whether ``d`` is the incident's day told as a night ("During the night of Saturday to
    Sunday ...", "on Friday night"): a small hour a later sentence falls back to is past its
    midnight ("Alerted at 03.15")."""
    return (
        d == ctx.incident_day
        and ctx.incident_pos >= 0
        and bool(_NIGHT_AT.match(ctx.text, ctx.incident_pos))
    )


_CONTENT_WORD = re.compile(r"[A-Za-z]{5,}")


TOPIC_DAYS = 7  # how far before the DCT a day may lie to lend its date to a later clock time


_COMMON = 3  # a word this frequent in the text is the story's, not one event's


def _topic_words(ctx: Context, s: int, e: int, reach: int = 10_000) -> frozenset[str]:
    """The rarer content words of the sentence around ``text[s:e]``, within ``reach`` of it (kept
    in ``ctx``: every clock time compares itself with the same named days)."""
    known = ctx.topic_words.get((s, e, reach))
    if known is not None:
        return known
    lo, hi = sentence_bounds(ctx.text, s, e)
    lo, hi = max(lo, s - reach), min(hi, e + reach)
    counts = ctx.word_counts
    words = frozenset(
        w for w in map(str.lower, _CONTENT_WORD.findall(ctx.text, lo, hi))
        if counts.get(w, 0) < _COMMON
    )  # fmt: skip
    ctx.topic_words[(s, e, reach)] = words
    return words


def _day_of_same_topic(ctx: Context, s: int) -> date | None:
    """The past day named beside the same event words as a clock time's sentence ("Monday's
    cylinder explosion" ... "the explosion took place at about 1.20 pm"), when one shares more
    than any other; else None."""
    if ctx.dct is None or not ctx.named_days:
        return None
    if not ctx.word_counts:  # counted once per text ("" marks it done)
        ctx.word_counts[""] = 0
        text = ctx.text
        # An ASCII text lowered first gives the same words (one character for one), in one call.
        words = (
            _CONTENT_WORD.findall(text.lower())
            if text.isascii()
            else map(str.lower, _CONTENT_WORD.findall(text))
        )
        ctx.word_counts.update(Counter(words))
    mine = _topic_words(ctx, s, s + 1)
    scores: dict[date, int] = {}
    for pos, d in ctx.named_days[-TOPIC_NAMED:]:
        if 0 <= (ctx.dct - d).days <= TOPIC_DAYS:
            shared = len(mine & _topic_words(ctx, pos, pos + 1, TOPIC_REACH))
            scores[d] = max(scores.get(d, 0), shared)
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] == 0 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return next(d for d, n in scores.items() if n == ranked[0])


TOPIC_REACH = 50  # the words beside a named day that say what happened on it


TOPIC_NAMED = 12  # the latest named days compared (bounded work per clock time)


_LATER_DAY_PART = re.compile(
    r"\.?\s{0,3},?\s{0,3}(?:on\s+|in\s+)?(?:(?:(?:last|this|that|tomorrow|yesterday"
    r"|the\s+(?:same|previous|following|next)|"
    + _WEEKDAY_NAMES
    + r")\s+|the\s+(?=(?:afternoon|evening|night)\s+of\b))"  # "on the afternoon of 14 June"
    r"(?P<part>afternoon|evening|night)|(?P<tonight>tonight))\b",
    re.IGNORECASE,
)


def _later_part_of_day(text: str, e: int, hh: int) -> int:
    """12 when the words after a bare hour put it after noon ("9.45 last night", "nine on Friday
    evening", "7.30 tonight"); a small hour of the night stays in the morning ("2.15 ... night")."""
    m = _LATER_DAY_PART.match(text, e)
    if m is None:
        return 0
    part = (m["part"] or "night").lower()
    return 12 if part != "night" or hh >= 6 else 0


LAST_CLOCK_REACH = 300  # characters over which a pm clock time makes a bare hour pm too
# Characters over which the part of day the story is in ("yesterday evening") reads a bare hour
# told after it, with no clock between, in that part ("... just after half past seven": 19:30);
# a bulletin's reporter may tell the story a paragraph after the lead named its afternoon.
NARRATIVE_POD_REACH = 800


def _earlier_part_of_day(ctx: Context, s: int, minutes: int) -> int:
    """12 when what comes just before a bare hour puts it after noon: a day's evening named right
    before it ("Saturday evening around 7.30"), or a pm clock time just told ("7.05pm ... at 7.12")
    that the hour follows within the hour; past midnight ("11pm ... 1.30") stays small."""
    if (
        ctx.ref_pod in ("AF", "EV", "NI")
        and 0 <= ctx.day_end
        and s - ctx.day_end <= DAY_THEN_CLOCK_REACH
        and getattr(_DAY_THEN_CLOCK.match(ctx.text, ctx.day_end, s), "end", lambda: -1)() == s
        and (ctx.ref_pod != "NI" or minutes >= 6 * 60)
    ):
        return 12
    if ctx.last_clock is not None and s - ctx.last_clock[0] <= LAST_CLOCK_REACH:
        before = ctx.last_clock[1]
        if before >= 12 * 60 and minutes + 12 * 60 >= before - 60:
            return 12
    if (
        not ctx.told_clocks
        or _HOURS_CLOCK.match(ctx.text, s)
        or (ctx.day24 and _DIGIT_CLOCK.search(ctx.text, s, s + 8))
    ):
        pass  # "1000 hours", a 24-hour copy's "10:00": as written
    elif (half := _half_of_told_clocks(ctx, minutes)) is not None:
        return half  # "at about 8:15am ... 'a crack around eight o'clock'": 08:00
    if (
        ctx.ref_pod in ("AF", "EV", "NI")
        and 0 <= ctx.ref_pos
        and s - ctx.ref_pos <= NARRATIVE_POD_REACH
        and (ctx.last_clock is None or ctx.last_clock[0] < ctx.ref_pos)
        and not _fits(ctx.ref_pod, minutes)
        and _fits(ctx.ref_pod, minutes + 12 * 60)
    ):
        return 12  # "on Monday evening. ... shortly before 8 o'clock": the evening's 8
    if _afternoon_by_default(ctx, s, minutes):
        return 12  # "the figures my officers gave me at three o'clock": 15:00
    return 0


# A small bare hour ("at three o'clock", "at about 4.25") that nothing else places is the
# afternoon's: a writer names an hour of the night as one ("3am", "three in the morning"). A
# story in the night or a told clock of the night keeps it small.
_NIGHT_WORDS = re.compile(
    r"\b(?:night|overnight|midnight|early\s+hours|small\s+hours|dawn|daybreak|morning)\b",
    re.IGNORECASE,
)
DEFAULT_PM_FROM, DEFAULT_PM_UNTIL = 60, 6 * 60  # 1:00 to 5:59
NIGHT_WORDS_REACH = 200


def _afternoon_by_default(ctx: Context, s: int, minutes: int) -> bool:
    """Whether a small bare hour at ``s`` reads as the afternoon's for want of anything else.

    A story in the morning keeps it small until a clock is told after the morning was named
    ("on Sunday morning ... a little after 11 a.m. ... about half past one": 13:30)."""
    if not DEFAULT_PM_FROM <= minutes < DEFAULT_PM_UNTIL or ctx.ref_pod == "NI":
        return False
    if ctx.ref_pod == "MO" and (ctx.last_clock is None or ctx.last_clock[0] < ctx.ref_pos):
        return False
    if ctx.small_hours is not None or ctx.late_days:
        return False
    if any(c < 6 * 60 or c >= 20 * 60 for c in ctx.told_clocks):
        return False
    lo, hi = sentence_bounds(ctx.text, s, s)
    return _NIGHT_WORDS.search(ctx.text, max(lo, s - NIGHT_WORDS_REACH), min(hi, s + 60)) is None


TOLD_CLOCKS = 24  # the story's clocks told with their half of the day that a bare hour reads by
TOLD_CLOCK_NEAR = 120  # minutes within which a told clock makes a bare hour's reading its own
TOLD_CLOCK_MARGIN = 180  # and by how many minutes the other reading must lie farther


_DIGIT_CLOCK = re.compile(r"\d[:.]\d\d")
_HOURS_CLOCK = re.compile(r"\d{4}(?!\d)")  # "1000 hours", "0930": four digits are 24-hour


def _half_of_told_clocks(ctx: Context, minutes: int) -> int | None:
    """12 or 0 when one reading of a bare hour lies within two hours of a clock the text told
    with its half of the day and the other reading lies hours farther from all of them ("16:41 ...
    half past four" is 16:30, "7.05 a.m. ... at 7.10" 07:10, "11.40pm ... at 1" 01:00); None when
    no told clock is that near. Distances go round midnight."""

    def apart(a: int) -> int:
        return min(min(abs(a - c), 24 * 60 - abs(a - c)) for c in ctx.told_clocks)

    am, pm = apart(minutes), apart(minutes + 12 * 60)
    if min(am, pm) > TOLD_CLOCK_NEAR or abs(am - pm) < TOLD_CLOCK_MARGIN:
        return None  # far from all, or near told clocks either way ("10.30am ... 8pm ... nine")
    return 12 if pm < am else 0


STAMP_JUMP = 12 * 60  # minutes between two entries' stamps that only midnight explains


def _stamp_day(ctx: Context, previous: tuple[int, int] | None, minutes: int) -> date | None:
    """The day of a live-blog stamp: the previous entry's, moved across midnight when the clock
    jumps by more than half a day ("05.30 ... 23.40" down a newest-first blog is the evening
    before; "23.40 ... 00.40" down an oldest-first one the morning after)."""
    day = ctx.stamp_day or ctx.dct
    if day is None or previous is None:
        return day
    if minutes - previous[1] > STAMP_JUMP:
        return day - timedelta(days=1)
    if previous[1] - minutes > STAMP_JUMP:
        return day + timedelta(days=1)
    return day


STAMP_NEIGHBOURS = 3 * 60  # minutes within which two entries' stamps read as neighbours


def _after_previous_stamp(ctx: Context, minutes: int) -> int:
    """12 when a bare-hour stamp continues an afternoon blog ("12.50 ... 1.15" is 13:15), else 0:
    a stamp is read from the blog's own stamps, never from the times its entries tell ("shortly
    before 10pm" inside an entry does not make the next stamp "11.05" 23:05)."""
    if ctx.entry_stamp is None:
        return 0
    before = ctx.entry_stamp[1]
    near = abs(minutes + 12 * 60 - before) <= STAMP_NEIGHBOURS
    return 12 if before >= 12 * 60 and near else 0


def _before_entry_stamp(ctx: Context, s: int, minutes: int) -> int:
    """12 when a bare hour inside a live-blog entry reads best in the afternoon: the entry's
    stamp says when it was written, and the latest reading not after it is the one meant
    ("21.05 - ... the tram lurched at about quarter to eight" is 19:45)."""
    if ctx.entry_stamp is None:
        return 0
    at, stamp = ctx.entry_stamp
    if s - at > LAST_CLOCK_REACH or "\n" in ctx.text[at:s]:
        return 0
    return 12 if minutes + 12 * 60 <= stamp else 0


def _night_of_story(ctx: Context, s: int) -> bool:
    """Whether a small hour at ``s`` is past the midnight of the night the story is in: the
    incident's own night ("stabbed on Saturday night ... at 1.30am") or one the same sentence
    goes on from ("the roof fell in on Friday night, and at 2.10am"); a night named in an
    earlier sentence after the incident's day was told without it is a later step's ("the fire
    at 4am yesterday ... died at 6.20pm last night ... woke at 3.45am": the fire's day)."""
    if ctx.incident_pos < 0 or ctx.incident_day != ctx.ref or ctx.incident_pos == ctx.ref_pos:
        return True
    return _SENTENCE_BREAK.search(ctx.text, ctx.ref_pos, s) is None


def _opens_line(text: str, s: int) -> bool:
    """Whether only spaces stand between the line's start and ``s`` (read back over the spaces
    only, so a clock deep in a one-line text costs nothing)."""
    i = s
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _is_stamp(text: str, s: int, e: int) -> bool:
    """Whether the clock at ``text[s:e]`` stamps a live entry or an update: it opens its line, or
    follows only a stamp's label there ("UPDATE 15:05: ..."), and a separator follows it."""
    if _opens_line(text, s):
        return _STAMP_AFTER.match(text, e) is not None
    if _STAMP_LABEL.search(text, max(0, s - _LABEL_REACH), s) is None:
        return False
    return _STAMP_AFTER.match(text, e) is not None or _STAMP_CLOSE.match(text, e) is not None


# Words that count from midnight forward: the day it opens, not the one it ends ("24:00").
_FROM_MIDNIGHT_BEFORE = re.compile(r"\b(?:after|since|past|from)\s+$", re.IGNORECASE)


def _fits(pod: str, minutes: int) -> bool:
    """Whether a clock time can fall in a part of day (MO, AF, EV, NI)."""
    lo, hi = _POD_SPAN.get(pod, (0, 24 * 60))
    return lo <= minutes < hi if lo < hi else minutes >= lo or minutes < hi


def clock(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A clock time on its own day, the narrative's, the incident's, or a live blog's."""
    cw = norm(g.get("cw"))
    if cw:
        hh, mm = (int(x) for x in lx.CLOCK_WORDS[cw].split(":"))
        if hh == 24 and _FROM_MIDNIGHT_BEFORE.search(ctx.text, max(0, s - 12), s):
            hh = 0  # "shortly after midnight", "since midnight": the night's start, on its day
    else:
        h = number(g.get("h") or g.get("h2"))
        if h is None or h > 24:
            return None
        hh, mm = int(h), int(g.get("m") or 0)
        ap = norm(g.get("ap")) or {"morning": "a"}.get(
            norm(g.get("pod")), "p" if g.get("pod") else ""
        )
        if g.get("ap2"):  # "between 2 and 3 a.m.": the second end's half, or the other one
            ap = norm(g["ap2"])  # when the range crosses it ("from 9 to 5pm")
            if hh % 12 > int(g.get("hend") or 0) % 12:
                ap = "a" if ap == "p" else "p"
        if g.get("night") and 6 <= hh < 12:  # "eleven at night"; "2 at night" stays small
            ap = "p"
        if ap == "p" and hh < 12:
            hh += 12
        elif ap == "a" and hh == 12:
            hh = 0
        if hh > 24 or (hh == 24 and mm):
            return None
    # "9h", "14h30": continental clocks are 24-hour, so no part of day makes them pm
    told = cw or g.get("hsep") or g.get("hsep2") or g.get("ap") or g.get("ap2") or g.get("pod")
    told = told or g.get("night")
    bare = not told and 1 <= hh < 12
    stamp = _is_stamp(ctx.text, s, e)
    if bare and stamp:
        hh += _after_previous_stamp(ctx, hh * 60 + mm)  # an entry's stamp follows the blog's
    elif bare:
        hh += _later_part_of_day(ctx.text, e, hh)
        if hh < 12 and not str(g.get("h") or "").startswith("0"):  # "07:30" is a 24-hour clock
            hh += _earlier_part_of_day(ctx, s, hh * 60 + mm)
    if bare and hh < 12 and not stamp and not str(g.get("h") or "").startswith("0"):
        hh += _before_entry_stamp(ctx, s, hh * 60 + mm)
    minutes = hh * 60 + mm
    own = _own_day(g, ctx, s, e)
    story = _story_day_after(g, ctx, e)
    previous_stamp = ctx.entry_stamp
    if stamp:
        ctx.entry_stamp = (s, minutes)
    if story is not None:
        d: date | None = story
    elif own is not None:
        d = own
        ctx.set_ref(d, s)
    elif stamp:
        d = _stamp_day(ctx, previous_stamp, minutes)  # a live-blog entry: the blog's day
    elif ctx.small_hours is not None and minutes < 6 * 60:
        d = ctx.small_hours  # "in the early hours of Sunday ... at 2.30 a.m."
    else:
        d = _narrative_day(ctx, s, minutes)
        # past midnight in a night-time narrative: "11.52pm ... 1.30am" is the next day
        if (
            d is not None
            and (
                d in ctx.late_days
                or (d == ctx.ref and ctx.ref_pod == "NI" and _night_of_story(ctx, s))
                or _incident_night(ctx, d)
            )
            and minutes < 6 * 60
            and (ctx.dct is None or d < ctx.dct)
        ):
            d = d + timedelta(days=1)
            ctx.set_ref(d, s)
        elif (
            d is not None
            and d == ctx.dct
            and ctx.ref_pos < 0
            and minutes < 6 * 60
            and sentence_tense(ctx.text, s, e) > 0
        ):
            # "he will leave at 4 in the morning", no day named yet: the coming night's small
            # hours, the report's own being past when it is written
            d = d + timedelta(days=1)
        elif (
            d is not None
            and d == ctx.dct
            and minutes >= 20 * 60
            and d - timedelta(days=1) in ctx.late_days
            and d not in ctx.late_days
        ):
            # "11.20pm on Friday ... 6.40am today ... on the road between 11pm and 11.30pm":
            # a report's own day has not reached its late evening; the night before has
            d = d - timedelta(days=1)
    if stamp:
        ctx.stamp_day = d
    if d is not None and minutes >= 20 * 60:
        ctx.late_days.add(d)
    zero = str(g.get("h") or "").startswith("0")  # "07:30" is a 24-hour clock: its half is told
    if (not bare or zero) and len(ctx.told_clocks) < TOLD_CLOCKS:
        ctx.told_clocks.append(minutes)
    if (zero or (not told and hh >= 13)) and (
        _DIGIT_CLOCK.search(ctx.text, s, e) or _HOURS_CLOCK.match(ctx.text, s)
    ):
        ctx.day24 = True
    if g.get("ap") or (bare and hh >= 12):  # a clock whose half of the day is known says
        ctx.last_clock = (e, minutes)  # how a later bare hour reads
    day = d.isoformat() if d else UNKNOWN_DAY
    return "TIME", timeml.clock(day, hh, mm), None


_PAST_MINUTES = {"half": 30, "quarter": 15, "a quarter": 15, "twenty": 20, "ten": 10, "five": 5,
                 "twenty five": 25, "twenty-five": 25}  # fmt: skip


def clock_past(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "half past seven", "a quarter to nine in the evening": minutes from or to an hour."""
    hw = norm(g.get("hw"))
    h = {"midnight": 24, "noon": 12, "midday": 12}[hw] if hw else number(g.get("h"))
    minutes = _PAST_MINUTES.get(norm(g.get("frac")))
    if h is None or minutes is None or not 1 <= h <= (24 if hw else 12):
        return None
    hour = int(h) % 24 if hw and norm(g.get("side")) == "past" else int(h)
    if norm(g.get("side")) == "to":
        hour, minutes = (hour - 1) or 12, 60 - minutes
    if hw:  # "twenty to midnight" is 23:40 as it stands: no am/pm reading
        plain = {**g, "h": str(hour), "m": f"{minutes:02d}", "ap": None, "pod": None, "night": None}
        return clock(plain, ctx, s, e)
    pod = "evening" if g.get("night") and hour < 12 else g.get("pod")
    return clock({**g, "h": str(hour), "m": f"{minutes:02d}", "pod": pod}, ctx, s, e)


def clock_word_day(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """An hour in words before its day ("at nine last night"), or the British "half nine" (9:30)."""
    return clock({**g, "m": "30" if g.get("frac") else None}, ctx, s, e)
