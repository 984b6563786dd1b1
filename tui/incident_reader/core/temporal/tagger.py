"""The recogniser: one combined regex over all rules, one pass in reading order, then modifiers."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Generator
from datetime import date, timedelta
from functools import cache

from incident_reader.core.model import Timex
from incident_reader.core.temporal import dispatch, handlers, timeml
from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal.anchoring import Context, parse_dct
from incident_reader.core.temporal.days import SMALL_HOURS_BEFORE
from incident_reader.core.temporal.rules import RULES, Rule, expand
from incident_reader.core.temporal.tense import sentence_tense

# Words before a date that belong to its extent and say which part of it (TimeBank "early 1990").
_POSITION = re.compile(
    r"(?<![\w-])(?P<p>the\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of|(?:the\s+)?(?:early|late)|mid-?"
    r"|earlier|later)"
    r"[\s-]*$",
    re.IGNORECASE,
)
_POSITION_MOD = {"end": "END", "close": "END", "beginning": "START", "start": "START",
                 "middle": "MID", "early": "START", "late": "END", "mid": "MID"}  # fmt: skip
# Words before a time that qualify it but stay outside the extent (report-pairs convention).
_APPROX = re.compile(
    r"(?<![\w-])(?P<a>shortly\s+after|just\s+after|soon\s+after|shortly\s+before|just\s+before|"
    r"around|about|approximately|approx\.?|roughly|some|nearly|almost|by|until|till|since|after|before)"
    r"(?:\s+at)?\s+$",
    re.IGNORECASE,
)
_APPROX_MOD = {"shortly after": "AFTER", "just after": "AFTER", "soon after": "AFTER",
               "after": "AFTER", "since": "AFTER", "shortly before": "BEFORE",
               "just before": "BEFORE", "before": "BEFORE", "until": "BEFORE", "till": "BEFORE",
               "by": "ON_OR_BEFORE", "nearly": "APPROX", "almost": "APPROX"}  # fmt: skip
_DAY_WORD = re.compile(r"(?i:yesterday|today|that\s+day|that\s+same\s+day)$")
_MONTH_NAME = re.compile(r"\b" + lx.alternation(lx.MONTHS) + r"\b", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})(?:-\d{2})?$")
_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(?:T(?:MO|AF|EV|NI|MI))?$")
_HYPHEN_ADJECTIVE = re.compile(r"(?i:the)\s+\S*\w-\w+$")
# A unit inside a compound modifier is no time of its own: "the quarter-to-quarter comparison",
# "year-on-year growth", "a day-by-day account".
# A unit word that only opens a compound noun: "quarter-on-quarter", "the quarter-final", "the
# first half-time whistle", "the quarterback"'s "quarter-back".
_UNIT_COMPOUND = re.compile(
    r"-(?:(?:to|on|by|over)-(?:the-)?[a-z]+|(?:final(?:ist)?s?|time|backs?)\b)", re.IGNORECASE
)
_PLAIN_DATE = re.compile(
    r"^(?:[\dX]{2,4}(?:-(?:[\dX]{2}|Q\d|H\d|W[\dX]{2}|SP|SU|FA|WI))*(?:-WE)?|\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI))$"
)


def _rule_regex(i: int, rule: Rule) -> tuple[str, tuple[tuple[str, str], ...]]:
    """One rule's regex with its groups renamed ``r{i}_name``, and the (renamed, plain) names."""
    body = expand(rule.pattern)
    names = tuple(dict.fromkeys(re.findall(r"\(\?P<([a-z_0-9]+)>", body)))
    body = re.sub(r"\(\?P<([a-z_0-9]+)>", lambda m: f"(?P<r{i}_{m[1]}>", body)
    return f"(?P<r{i}>{body})", tuple((f"r{i}_{n}", n) for n in names)


@cache
def compiled() -> tuple[re.Pattern[str], tuple[tuple[Rule, tuple[tuple[str, str], ...]], ...]]:
    """The combined pattern of all rules and, per rule, its (renamed, plain) group names."""
    parts = [_rule_regex(i, rule) for i, rule in enumerate(RULES)]
    pattern = r"(?<![\w'’])(?:" + "|".join(p for p, _ in parts) + r")(?![\w])"
    return re.compile(pattern, re.IGNORECASE), tuple(
        (r, n) for r, (_, n) in zip(RULES, parts, strict=True)
    )


@cache
def _table() -> dispatch.Table:
    return dispatch.Table(expand(rule.pattern) for rule in RULES)


@cache
def _rule_patterns() -> tuple[re.Pattern[str], ...]:
    """Each rule alone, with the same word boundaries as the combined pattern."""
    return tuple(
        re.compile(r"(?<![\w'’])" + _rule_regex(i, rule)[0] + r"(?![\w])", re.IGNORECASE)
        for i, rule in enumerate(RULES)
    )


# Every spelling of each article in any case ("The", "THE", "An"), to its lower-case form.
_ARTICLE_FORMS: dict[str, str] = {
    "".join(c.upper() if bit & (1 << i) else c for i, c in enumerate(article)): article
    for article in dispatch.ARTICLES
    for bit in range(1 << len(article))
}


def _matches(text: str, exhaustive: bool) -> Generator[re.Match[str], int, None]:
    """Candidate matches in reading order; the caller sends back where to resume.

    At each word only the rules that can start with it are tried, in rule order: the first that
    matches wins, as in the combined pattern (``exhaustive`` runs that one, as the reference).
    """
    if exhaustive:
        rx = compiled()[0]
        pos = 0
        while (m := rx.search(text, pos)) is not None:
            pos = yield m
        return
    table = _table()
    lookup, after_article = table.rules_for_word, table.rules_after_article
    by_digits = table.rules_for_digits
    patterns = _rule_patterns()
    resume = 0
    articles = _ARTICLE_FORMS
    token = dispatch.TOKEN
    candidates = table.candidates
    pos = 0
    while (c := candidates.search(text, pos)) is not None:
        start = c.start()
        end = token.match(text, start).end()  # type: ignore[union-attr]
        word = text[start:end]
        pos = end
        article = articles.get(word) if len(word) <= 3 else None
        if article is not None:  # "the", "a", "an": the word after it decides
            if end < len(text) and not text[end].isspace():
                following: str | None = dispatch.SIGN  # "a-", "a.m."
            else:
                nxt = token.search(text, end)
                following = nxt[0] if nxt else None
            rules = after_article(following, article)
        elif word[0].isdigit():  # "7 March", "7.30am": the character after the digits decides
            rules = by_digits(text, start)
        else:
            rules = lookup(word)
        if rules and start >= resume:
            for i in rules:
                m = patterns[i].match(text, start)
                if m is not None:
                    resume = yield m
                    pos = max(pos, resume)
                    break


# A capitalised word right before, itself inside a sentence (not its first word): "on "CBS This
# Morning" Wednesday", "NBC's Today Show". A time phrase written in title case after it is part of
# that name.
_NAME_BEFORE = re.compile(r"(?<![.!?\n])(?<![.!?][\"“‘'])\s[\"“‘']?[A-Z][\w’'&-]*[^\S\n]+$")
_TITLE_WORDS = re.compile(
    r"(?:This|Last|Next|Good|Late)\s+(?:Morning|Afternoon|Evening|Night|Week|Weekend|Day)\b"
)


def _in_a_title(text: str, s: int, e: int) -> bool:
    """Whether the time phrase at ``s``-``e`` is title-case words of a name ("CBS This Morning",
    "ITV's Good Morning Britain"): two capitalised words after a capitalised word mid-sentence."""
    if not _TITLE_WORDS.fullmatch(text, s, e):
        return False
    return bool(_NAME_BEFORE.search(text, max(0, s - 40), s))


def scan(text: str, dct: str | None = None, *, exhaustive: bool = False) -> list[Timex]:
    """Find, normalise and qualify every time expression of ``text`` in reading order.

    ``exhaustive`` tries every rule at every position (the reference the fast path is tested on).
    """
    meta = compiled()[1]
    ctx = Context(text=text, dct=parse_dct(dct))
    found: list[Timex] = []
    candidates = _matches(text, exhaustive)
    m = next(candidates, None)
    while m is not None:
        rule, names = meta[int((m.lastgroup or "r0")[1:])]
        groups = {plain: m.group(full) for full, plain in names}
        s, e = m.span()
        if groups.get("dayw") is not None and not _day_in_words(groups, m, names):
            m = _advance(candidates, s + 1)
            continue
        if _in_a_title(text, s, e):  # "CBS This Morning": a programme's name, no time
            m = _advance(candidates, e)
            continue
        try:
            result = handlers.HANDLERS[rule.handler](groups, ctx, s, e)
        except (OverflowError, ValueError):  # arithmetic past year 1 or 9999 (DCT 9999-12-31)
            result = None
        if (
            result is None
            or not timeml.is_valid(result[1])
            or (text.startswith("-", e) and _UNIT_COMPOUND.match(text, e))
        ):
            m = _advance(candidates, s + 1)
            continue
        next_pos = e
        ttype, value, mod = result
        if _HYPHEN_ADJECTIVE.match(text, s, e):
            s = text.index(" ", s) + 1  # "the third-quarter loss": TimeBank leaves "the" out
        floor = found[-1].end if found else 0
        if ttype in ("DATE", "TIME") and _PLAIN_DATE.match(value) and not _POSITION.match(m[0]):
            pm = _POSITION.search(text, max(floor, s - 24), s)
            if (
                pm
                and len(value) >= 10
                and pm["p"].lower() in ("earlier", "later")
                and not _DAY_WORD.match(m[0])
            ):
                pm = None  # "Later Thursday": TimeBank keeps weekdays bare, not "Earlier yesterday"
            if pm:
                s = pm.start()
                word = pm["p"].lower().rstrip("- ")
                key = next((k for k in _POSITION_MOD if k in word.split()), word)
                mod = mod or _POSITION_MOD.get(key)
        own = _POSITION.match(m[0])
        if own and mod is None:
            word = own["p"].lower().rstrip("- ")
            mod = _POSITION_MOD.get(next((k for k in _POSITION_MOD if k in word.split()), word))
        if ttype in ("DATE", "TIME") and mod is None:
            am = _APPROX.search(text, max(floor, s - 20), s)
            if am:
                mod = _APPROX_MOD.get(re.sub(r"\s+", " ", am["a"].lower()), "APPROX")
        if ttype == "DATE" and found and (day_value := _DAY_VALUE.match(value)):
            _date_clock_before(found, text, s, day_value[1])
            _weekday_before_date(found, ctx, s, day_value[1])
        if ttype == "TIME" and found and (later := _range_past_midnight(found, text, s, value)):
            value = later
            if ctx.dct and later[:10] > ctx.dct.isoformat() and sentence_tense(text, s, e) < 0:
                value = _earlier_first_end(found, value)  # told as past: the night before
        if (
            ttype == "DURATION"
            and found
            and (joined := _joined_duration(found[-1], text, s, e, value))
        ):
            found[-1] = dataclasses.replace(
                found[-1], end=e, text=text[found[-1].start : e], value=joined
            )
            m = _advance(candidates, next_pos)
            continue
        if ttype == "DATE" and found and _QUARTER.match(value):
            _renamed_quarter(found, text, s, value)
        found.append(Timex(s, e, text[s:e], ttype, value, mod))
        ctx.last_value, ctx.last_end = value, e
        if ttype in ("DATE", "TIME") and ctx.told_year is not None and value[:4].isdigit():
            ctx.dated(int(value[:4]), s)
        if ttype in ("DATE", "TIME") and (day := _DAY_VALUE.match(value)):
            ctx.day, ctx.day_end = parse_dct(day[1]), e
            if SMALL_HOURS_BEFORE.search(text, max(0, s - 30), s):
                ctx.small_hours = ctx.day  # "in the early hours of 12 March ... at 2.30 a.m."
        if ttype == "DATE" and (month := _MONTH_VALUE.match(value)):
            ctx.narrative_month = (int(month[1]), int(month[2]))
            if _MONTH_NAME.search(text, s, e):  # "from March | to June", not "Friday | to June"
                ctx.month_end = e
            if len(value) == 7:
                ctx.month_pos = s  # "in March 2011. That same day": a day of that month
        m = _advance(candidates, next_pos)
    return found


_SIMPLE_DURATION = re.compile(r"P(T?)(\d+)([YMWDHS])$")
_DURATION_PARTS = re.compile(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?$")
_DURATION_JOIN = re.compile(r"\s{1,3}(?:and\s{1,3})?")
# a comma joins clock units only: "2 hours, 8 minutes, 51 seconds" is one time told in full, where
# "one year, six months of it" are two lengths
_CLOCK_UNITS_JOIN = re.compile(r",\s{1,3}(?:and\s{1,3})?")
# "three hours, 20 minutes of it": the second length is a part of the first
_PART_OF = re.compile(r"\s+of\s+(?:it|them|which)\b", re.IGNORECASE)
_UNIT_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")  # larger first; "T" marks clock units


def _duration_counts(value: str) -> dict[str, int] | None:
    """The counts of a plain duration value per unit ("P2Y8M" {Y: 2, M: 8}), or None."""
    if not _DURATION_PARTS.match(value) or value == "P":
        return None
    day, _, clock = value[1:].partition("T")
    counts = {u: int(n) for n, u in re.findall(r"(\d+)([YMWD])", day)}
    counts.update({"T" + u: int(n) for n, u in re.findall(r"(\d+)([HMS])", clock)})
    return counts or None


def _joined_duration(last: Timex, text: str, s: int, e: int, value: str) -> str | None:
    """One DURATION for a count in units from larger to smaller ("two years and eight months"
    P2Y8M, "1 hour 40 minutes" PT1H40M), or None when the two are not one length."""
    b = _SIMPLE_DURATION.match(value)
    counts = _duration_counts(last.value) if last.type == "DURATION" and not last.mod else None
    if counts is None or b is None:
        return None
    unit = b[1] + b[3]
    if not _DURATION_JOIN.fullmatch(text, last.end, s) and not (
        unit[0] == "T"
        and all(u[0] == "T" for u in counts)
        and _CLOCK_UNITS_JOIN.fullmatch(text, last.end, s)
        and not _PART_OF.match(text, e)
    ):
        return None
    if not all(_UNIT_ORDER.index(u) < _UNIT_ORDER.index(unit) for u in counts):
        return None
    counts[unit] = int(b[2])
    if "W" in counts and "D" in counts:
        counts["D"] += 7 * counts.pop("W")  # "two weeks and three days": P17D
    day = "".join(f"{counts[u]}{u}" for u in _UNIT_ORDER[:4] if u in counts)
    clock = "".join(f"{counts[u]}{u[1]}" for u in _UNIT_ORDER[4:] if u in counts)
    return "P" + day + ("T" + clock if clock else "")


_QUARTER = re.compile(r"(\d{4})-Q\d$")
_APPOSED = re.compile(r"\s*,\s*")


def _renamed_quarter(found: list[Timex], text: str, s: int, value: str) -> None:
    """A quarter in apposition names the one before it ("In the comparable year-ago quarter,
    the second quarter ended Oct. 31"): the one before, of the same year, takes its value."""
    last = found[-1]
    before = _QUARTER.match(last.value) if last.type == "DATE" else None
    if (
        before
        and before[1] == value[:4]
        and s - last.end <= 4
        and _APPOSED.fullmatch(text, last.end, s)
    ):
        found[-1] = dataclasses.replace(last, value=value)


_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)$")
_CLOCK_TO_DAY = re.compile(r"(?:\s*,)?\s*(?:on\s+)?")


def _date_clock_before(found: list[Timex], text: str, s: int, day: str) -> None:
    """A clock time right before the day it names takes that day ("shortly before midnight on
    Christmas Eve", "at 9am on the 6th"), whatever day the clock alone was given."""
    last = found[-1]
    clock = _CLOCK_VALUE.match(last.value) if last.type == "TIME" else None
    if clock and s - last.end <= 8 and _CLOCK_TO_DAY.fullmatch(text, last.end, s):
        found[-1] = dataclasses.replace(last, value=day + clock[1])


_WEEKDAY_WORD = re.compile(r"(?i:(" + "|".join(lx.WEEKDAYS) + r"))\.?$")
_WEEKDAY_TO_DATE = re.compile(r"\s{0,3}[(,]\s{0,3}(?:the\s+)?")


def _weekday_before_date(found: list[Timex], ctx: Context, s: int, day: str) -> None:
    """A weekday with its date beside it ("Monday (1 December)", "Monday, 1 December") is that
    date, whichever way the weekday alone was resolved, when the two name the same weekday."""
    text, last = ctx.text, found[-1]
    word = _WEEKDAY_WORD.search(last.text) if last.type == "DATE" and not last.mod else None
    if (
        word
        and s - last.end <= 8
        and _WEEKDAY_TO_DATE.fullmatch(text, last.end, s)
        and date.fromisoformat(day).isoweekday() == lx.WEEKDAYS[word[1].lower()]
    ):
        found[-1] = dataclasses.replace(last, value=day)
        ctx.redate(last.start, date.fromisoformat(day))


_CLOCK_PARTS = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$")
_RANGE_TO = re.compile(r"\s{0,3}(?:to|until|till|and|through|-|–)\s{0,3}", re.IGNORECASE)


def _range_past_midnight(found: list[Timex], text: str, s: int, value: str) -> str | None:
    """The second end of a clock range that crosses midnight ("from 10pm to 6am", "between 11pm
    on Friday and 2am") on the first end's day: the value on the next day, else None."""
    last = found[-1]
    if s - last.end > 12 or not _RANGE_TO.fullmatch(text, last.end, s):
        return None
    if last.type == "DATE" and len(found) > 1 and last.value == value[:10]:
        last = found[-2]  # the first end's own day stands between ("11pm on Friday and 2am")
        if last.end > found[-1].start or found[-1].start - last.end > 8:
            return None
    first, second = _CLOCK_PARTS.match(last.value), _CLOCK_PARTS.match(value)
    if first is None or second is None or first[1] != second[1]:
        return None
    if not int(first[2]) >= 12 > int(second[2]):
        return None
    day = date.fromisoformat(first[1]) + timedelta(days=1)
    return f"{day.isoformat()}T{second[2]}:{second[3]}"


def _earlier_first_end(found: list[Timex], value: str) -> str:
    """A past range over midnight that would end after the DCT: its first end moves back a
    day ("between 11pm and 3am, 40 calls came in" on the DCT: from the night before)."""
    i = -2 if found[-1].type == "DATE" and len(found) > 1 else -1
    first = found[i]
    day = date.fromisoformat(first.value[:10]) - timedelta(days=1)
    found[i] = dataclasses.replace(first, value=day.isoformat() + first.value[10:])
    return first.value[:10] + value[10:]  # the second end on the first end's former day


_OF = re.compile(r"\s+of\s", re.IGNORECASE)


def _day_in_words(
    groups: dict[str, str | None], m: re.Match[str], names: tuple[tuple[str, str], ...]
) -> bool:
    """Put the number of a day told in words ("the eighth of March") in the ``day`` group;
    False when the word comes before its month without "of" ("the first March rally")."""
    full = dict((plain, name) for name, plain in names)
    word = groups["dayw"] or ""
    groups["day"] = str(lx.DAY_ORDINALS[re.sub(r"\s+", " ", word.lower())])
    if "mon" in full and m.start(full["mon"]) > m.end(full["dayw"]) >= 0:
        return _OF.match(m.string, m.end(full["dayw"]), m.start(full["mon"]) + 1) is not None
    return True


def _advance(candidates: Generator[re.Match[str], int, None], pos: int) -> re.Match[str] | None:
    """The next candidate match at or after ``pos``."""
    try:
        return candidates.send(pos)
    except StopIteration:
        return None
