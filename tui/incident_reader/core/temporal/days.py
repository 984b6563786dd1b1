"""Day-level normalisers: weekdays, today/yesterday and their parts of day, anaphoric days.

A past day named in the text moves the narrative (``Context.set_ref``) so later clock times and
"that night" land on it; "said Monday" dates the report, not the story, and moves nothing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from incident_reader.core.temporal import lexicon as lx
from incident_reader.core.temporal import timeml
from incident_reader.core.temporal.anchoring import (
    Context,
    weekday_near,
)
from incident_reader.core.temporal.handlers_common import Found, Groups, norm
from incident_reader.core.temporal.tense import ahead_only, plan_in_past_perfect, sentence_tense

UNKNOWN_DAY = "XXXX-XX-XX"


_REPORTING_BEFORE = re.compile(
    r"\b(?:" + lx.alternation((*lx.REPORTING_VERBS, *lx.HEARING_VERBS)) + r")"
    # the speaker after the verb, in a wire's word order: "announced the police on Sunday",
    # "said Inspector Tariq Mehmood on Sunday" (one word or a name, with no verb of its own; an
    # adverb of time is no speaker: "shots were heard late on Sunday night" tells the story's day)
    r"(?:\s+(?:the\s+)?(?:(?!(?:late|early|later|earlier|again|only|also|just|then|first|last|once)\b)(?-i:[a-z])+|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2})(?=\s+on\s))?"
    r"(?:\s+(?:on|late|early))?\s+$",
    re.IGNORECASE,
)
REPORTING_REACH = 45  # characters before a day searched for a reporting verb and its speaker


# The frame of a briefing before its day: "Addressing reporters on Tuesday, the SP said ...".
_BRIEFING_BEFORE = re.compile(
    r"\b(?:(?:addressing|briefing|speaking\s+to|talking\s+to|told|telling)\s+(?:the\s+)?"
    r"(?:reporters|journalists|media|press|mediapersons|newsmen)"
    r"|(?:at|during)\s+a\s+(?:press|news)\s+(?:conference|briefing)|in\s+a\s+(?:statement|release))"
    r"\s+(?:here\s+)?(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)


# A listener after "told" before its day: "told the Herald yesterday", "told our newspaper on
# Monday", "told him today" (one lower-case word or up to three capitalised ones; "told to leave
# on Monday" is no listener).
_TOLD_BEFORE = re.compile(
    r"\btold\s+(?:(?:the|our|this|a|local)\s+)?(?:(?-i:[a-z]+)|(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){0,2})"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)


def said_on(ctx: Context, s: int) -> bool:
    """Whether the day at ``s`` dates a saying ("said Monday", "told the Herald yesterday",
    "the court heard today", "in a statement on Sunday"): the telling's day, not the story's, so
    it moves neither the narrative's day nor the incident's."""
    lo = max(0, s - REPORTING_REACH)
    return (
        _REPORTING_BEFORE.search(ctx.text, lo, s) is not None
        or _BRIEFING_BEFORE.search(ctx.text, lo, s) is not None
        or _TOLD_BEFORE.search(ctx.text, lo, s) is not None
    )


# "in the early hours of Sunday", "the small hours of the 12th": a later clock before 6am is on it.
SMALL_HOURS_BEFORE = re.compile(
    r"\b(?:early|wee|small)\s+hours\s+of\s+(?:last\s+)?$", re.IGNORECASE
)


_DAY_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1, "this": 0, "last": -1, "tonight": 0,
              "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip


_REF_SHIFT = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1}


_ANA = {
    "that day": 0,
    "that same day": 0,
    "the very same day": 0,
    "the very next day": 1,
    "the same day": 0,
    "the next day": 1,
    "the following day": 1,
    "the day after": 1,
    "the previous day": -1,
    "the day before": -1,
    "the second day": 1,
}


def _weekday_date(wd_word: str | None, rel: str, ctx: Context, s: int, e: int) -> date:
    """The date of a named weekday: "last"/"next" and the sentence's tense decide the side."""
    assert ctx.dct is not None
    wd = lx.WEEKDAYS[norm(wd_word)]
    if rel in ("last", "this past"):
        return weekday_near(ctx.dct - timedelta(days=1), wd, -1)
    if rel in ("next", "this coming"):
        return weekday_near(ctx.dct + timedelta(days=1), wd, 1)
    if rel == "week":  # "Monday week": a week after the coming Monday
        return weekday_near(ctx.dct + timedelta(days=1), wd, 1) + timedelta(days=7)
    if rel in ("the previous", "the following"):  # counted from the day the story is on
        base = ctx.ref or ctx.dct
        if rel == "the previous":
            return weekday_near(base - timedelta(days=1), wd, -1)
        return weekday_near(base + timedelta(days=1), wd, 1)
    if rel in ("that", "that same") and ctx.ref is not None:
        return story_weekday(ctx.ref, wd)
    if not rel and plan_in_past_perfect(ctx.text, s, e):
        return story_weekday(ctx.dct, wd)  # "had been due to close on Tuesday": either side
    side = sentence_tense(ctx.text, s, e)
    if rel == "this" and side == 0:  # untensed "this Friday": the Friday of the DCT's week
        return ctx.dct + timedelta(days=wd - ctx.dct.isoweekday())
    return weekday_near(ctx.dct, wd, 1 if side > 0 else -1)


def story_weekday(ref: date, wd: int) -> date:
    """The weekday ``wd`` (1=Mon) nearest the story's day ``ref``: "that Saturday" after a Saturday
    the story named is that day, after a Friday the day after."""
    return ref + timedelta(days=(wd - ref.isoweekday() + 3) % 7 - 3)


def _shift_word(dw: str, ctx: Context) -> date | None:
    """The day that "yesterday", "this morning" or "last night" names."""
    if ctx.dct is None:
        return None
    first = dw.split()[0]
    return ctx.dct + timedelta(days=_DAY_SHIFT.get(dw, _DAY_SHIFT.get(first, 0)))


# Between the two ends of a weekday range: "Monday to Friday", "Tuesday through Thursday".
_RANGE_END_BEFORE = re.compile(r"\s*(?:to|until|till|through|thru|-|–)\s*", re.IGNORECASE)


# Between two days joined as one list: "tonight and Saturday", "Thursday and on Friday".
_JOINED_BEFORE = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:on\s+)?", re.IGNORECASE)


# "every Friday and Saturday night", "each Monday, Wednesday or Friday": "every" covers them all.
_EVERY_LIST_BEFORE = re.compile(
    r"\b(?:every|each)\s+(?:(?-i:[A-Z])[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?,?\s+)+"
    r"(?:(?:and|or|&)\s+)?$",
    re.IGNORECASE,
)


# The week a weekday told before "last/this/next week" falls in, in days from the DCT's week.
_WEEK_SHIFT = {"last": -7, "this": 0, "next": 7}


def weekday(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """A weekday, before or after the DCT as the tense says; a past one moves the narrative."""
    before = ctx.text[max(0, s - 60) : s].lower()
    if ("every" in before or "each" in before) and not g.get("rel"):
        if _EVERY_LIST_BEFORE.search(ctx.text, max(0, s - 60), s):
            return weekday_set(g, ctx, s, e)
    pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")))
    if ctx.dct is None:
        wd = lx.WEEKDAYS[norm(g.get("wd"))]
        return "DATE", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None
    rel = norm(g.get("rel")) or norm(g.get("post"))  # "Monday last", "Monday week"
    week = _WEEK_SHIFT.get(norm(g.get("wk")))  # "Thursday last week": that week's Thursday
    if week is not None:
        rel = ""
        d = ctx.dct + timedelta(days=lx.WEEKDAYS[norm(g.get("wd"))] - ctx.dct.isoweekday() + week)
    else:
        d = _weekday_date(g.get("wd"), rel, ctx, s, e)
    if (
        not rel
        and ctx.day is not None
        and ctx.text[max(0, ctx.day_end - 3) : ctx.day_end].lower() == "day"  # a weekday first
        and s - ctx.day_end <= 12  # a short gap: a whitespace run never backtracks
        and _RANGE_END_BEFORE.fullmatch(ctx.text, ctx.day_end, s)
    ):
        # "from Monday to Friday": the second end is the first weekday on or after the first's
        d = weekday_near(ctx.day + timedelta(days=1), lx.WEEKDAYS[norm(g.get("wd"))], 1)
    elif (
        not rel
        and week is None
        and ctx.day is not None
        and ctx.dct <= ctx.day < d + timedelta(days=7)  # the first a coming day (or today)
        and d <= ctx.dct
        and s - ctx.day_end <= 12
        and _JOINED_BEFORE.fullmatch(ctx.text, ctx.day_end, s)
        and (ctx.day > ctx.dct or sentence_tense(ctx.text, s, e) >= 0)
    ):
        # "for tonight and Saturday morning", "a strike on Thursday and Friday": a day joined
        # to a coming one is coming too, the first of its name after it
        d = weekday_near(ctx.day + timedelta(days=1), lx.WEEKDAYS[norm(g.get("wd"))], 1)
    if SMALL_HOURS_BEFORE.search(ctx.text, max(0, s - 30), s):
        ctx.small_hours = d  # a later clock time before 6am falls on this day
    if d <= ctx.dct and not said_on(ctx, s):
        ctx.set_ref(d, s, pod)  # "said Monday" dates the report, not the narrative
    mod = {"early": "START", "late": "END"}.get(rel)
    if pod:
        return "TIME", f"{d.isoformat()}T{pod}", mod
    return "DATE", d.isoformat(), mod


def weekday_set(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "every Tuesday", "Tuesday nights": a weekly set."""
    wd = lx.WEEKDAYS[norm(g.get("wd"))]
    pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")).removesuffix("s"))
    return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None


def dayword(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "today", "last night", "this morning", "the afternoon": days and parts of days."""
    dw = norm(g.get("dw"))
    pod_word = norm(g.get("pod"))
    # dawn and dusk are moments, not parts of the day: "at dawn" is the day's date
    pod = None if pod_word in lx.DAWN_DUSK else lx.PARTS_OF_DAY.get(pod_word)
    base: date | None
    if dw in _DAY_SHIFT:
        if dw == "last" and pod_word not in ("night", "evening"):
            return None
        base = _shift_word(dw, ctx)
    elif dw in _REF_SHIFT or not dw:
        if pod_word == "tonight":
            base = ctx.dct
        elif pod_word == "overnight" and ctx.dct and sentence_tense(ctx.text, s, e) < 0:
            # "she died overnight": the night before the report, or the night that starts on
            # the story's day when the story is on an earlier day ("hurt on Thursday ... died
            # overnight")
            past = ctx.ref is not None and ctx.ref < ctx.dct
            base = ctx.ref if past else ctx.dct - timedelta(days=1)
            if past and base is not None and _morning_of_story(ctx, s):
                base -= timedelta(days=1)  # "swept away at 7.10am after overnight rain"
        elif dw in ("that", "the same") and (month := _story_month(ctx)) is not None:
            return ("TIME", f"{month}-XXT{pod}", None) if pod else ("DATE", f"{month}-XX", None)
        elif dw in ("that", "the same") and ctx.ref_pos < 0:
            base = None  # "that night" with no day named: the story's night, unknown
        elif not dw and ctx.ref and ctx.dct and ctx.ref < ctx.dct and ahead_only(ctx.text, s, e):
            base = ctx.dct  # "forecast to reach 38C by mid-afternoon": the report's day to come
        else:
            base = ctx.ref + timedelta(days=_REF_SHIFT.get(dw, 0)) if ctx.ref else None
    else:
        return None
    if base is None:
        prefix = UNKNOWN_DAY
    else:
        prefix = base.isoformat()
        if ctx.dct and base <= ctx.dct and not (dw in _DAY_SHIFT and said_on(ctx, s)):
            ctx.set_ref(base, s, pod)  # "told the Herald yesterday" dates the telling
    if pod:
        return "TIME", f"{prefix}T{pod}", None
    return "DATE", prefix, None


MORNING_END = 12 * 60
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')]*\s")


def _morning_of_story(ctx: Context, s: int) -> bool:
    """Whether the sentence of a past "overnight" at ``s`` tells the story's day as a morning
    ("crossing at 7.10am when it was hit by a surge after overnight rain", "on Thursday morning,
    after rain overnight"): the night then ended that morning, the night before. Told sentences
    later ("killed yesterday morning ... charged overnight") it is the night after."""
    at = -1
    if ctx.ref_pod == "MO":
        at = ctx.ref_pos
    clock = ctx.last_clock
    if clock is not None and clock[0] > ctx.ref_pos >= 0 and clock[1] < MORNING_END:
        at = max(at, clock[0])
    return at >= 0 and _SENTENCE_BREAK.search(ctx.text, at, s) is None


def nth_day_now(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "it's the second day of the offensive": the day being told about, which stays put."""
    return "DATE", ctx.ref.isoformat() if ctx.ref else UNKNOWN_DAY, None


def nth_day_of(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the 40th day after the killings": a day of the story counted from an event whose
    date the tagger does not know, so underspecified."""
    return "DATE", UNKNOWN_DAY, None


_APPOSITION = re.compile(r"\s*,\s*")
# A past perfect in the clause before an anaphoric day ("had checked the pumps the day before").
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\b[^.;:!?,]*$", re.IGNORECASE)


def _story_month(ctx: Context) -> str | None:
    """The month the story is in when it was named after the last day ("bombed in March 2011.
    That same day ..."): a day of that month, which one unknown."""
    if ctx.narrative_month is None or ctx.month_pos <= ctx.ref_pos:
        return None
    return timeml.month(*ctx.narrative_month)


def anaphoric(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "that day", "the next day", "the day after his death": counted from the day the
    story has named, else left underspecified (the DCT is not the story's day by default)."""
    if (month := _story_month(ctx)) is not None:
        return "DATE", month + "-XX", None
    if ctx.ref is None or ctx.ref_pos < 0:
        return "DATE", UNKNOWN_DAY, None
    key = norm(g.get("ana")) or "the day " + norm(g.get("sig"))
    if (
        g.get("sig")
        and ctx.day is not None
        and s - ctx.day_end <= 4
        and _APPOSITION.fullmatch(ctx.text, ctx.day_end, s)
    ):
        return "DATE", ctx.day.isoformat(), None  # "Oct. 12, the day before the crash": Oct. 12
    d = ctx.ref + timedelta(days=_ANA[key])
    if not (_ANA[key] < 0 and _PAST_PERFECT_BEFORE.search(ctx.text, max(0, s - 60), s)):
        ctx.set_ref(d, s)  # "he had cleared it the day before": a look back, the story stays
    return "DATE", d.isoformat(), None


def pod_of_event(g: Groups, ctx: Context, s: int, e: int) -> Found | None:
    """Like "the night of the fight": that part of the day of an event the tagger cannot date
    (the incident's, which the facts place: ``facts.story_days``)."""
    pod = lx.PARTS_OF_DAY.get(norm(g.get("pod")))
    if pod is None:
        return None
    return "TIME", f"{UNKNOWN_DAY}T{pod}", None
